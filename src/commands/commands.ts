/**
 * Ribbon function file (FunctionFile in manifest.xml). The only ribbon button uses the declarative
 * ShowTaskpane action, so there are no ExecuteFunction commands to register; the page only has to
 * initialise office.js so that Office considers the add-in's command surface ready.
 */
Office.onReady(() => {
  // Nothing to register: see above.
});
