/**
 * The host side of office.js for bench/load.js: what Excel on Windows gives a task pane, so that Microsoft's real
 * office.js (from the @microsoft/office-js package, served in place of the CDN) starts as it does in Excel and
 * answers Office.onReady with host "Excel", platform "PC". Runs in the page before its scripts (an init script).
 *
 * office.js asks the page's host object, window.external, for GetHostInfo() ("Excel$Win32$16.01$<locale>$...", the
 * same string Office passes as the `_host_Info` query parameter to pages it frames; office.debug.js,
 * _retrieveHostInfo), loads excel-win32-16.01.js and its strings next to office.js, then reads the add-in's context
 * from window.external.GetContext() (excel-win32-16.01.debug.js, InitializationHelper.getAppContext) and registers its
 * events through RegisterEvent. Requests through Execute are the Excel JavaScript API's (dispatch id 93,
 * executeRichApiRequestAsync): office.js's own NotifyActionHandlerReady at start-up and its telemetry
 * (SendTelemetryEvent, sent through the host by telemetry/oteljs_agave.js, so no request or frame leaves the page)
 * are answered with success and no results, as a host with nothing to report would. There is no workbook: the pane's
 * own Excel.run calls get the same empty answer and fail to read anything, so it keeps its default settings.
 */
(function () {
  "use strict";
  var LOCALE = "vi-VN";
  // Requirement sets of a current Excel for Windows (the pane checks ExcelApi up to 1.13).
  var MATRIX = JSON.stringify({ ExcelApi: "1.17", DialogApi: "1.2", SharedRuntime: "1.1", RibbonApi: "1.1" });
  var context = {
    GetAppType: function () { return 1; }, // OSF.AppName.Excel
    GetSolutionRef: function () { return "plan-indicators-bench"; },
    GetAppVersionMajor: function () { return 16; },
    GetAppVersionMinor: function () { return 1; },
    GetAppUILocale: function () { return LOCALE; },
    GetAppDataLocale: function () { return LOCALE; },
    GetDocUrl: function () { return ""; },
    GetAppCapabilities: function () { return 0; }, // OSF.ClientMode.ReadWrite
    GetActivationMode: function () { return 2; }, // OSF.DDA.RichInitializationReason: DocumentOpened
    GetControlIntegrationLevel: function () { return 0; },
    GetSolutionToken: function () { return ""; },
    GetSupportedMatrix: function () { return MATRIX; },
    // Office.context.officeTheme, colours as integers (OSF.OUtil.convertIntToCssHexColor): Office's light theme.
    GetOfficeThemeInfo: function () {
      return JSON.stringify({ bodyBackgroundColor: 0xffffff, bodyForegroundColor: 0x262626, controlBackgroundColor: 0xffffff, controlForegroundColor: 0x262626 });
    },
    GetSettings: function () {
      return { Read: function () {}, Write: function () {} };
    },
  };
  function emptyRichApiAnswer() {
    // [status ooeSuccess, payload [HTTP status, headers, body]] as office.js reads a host's answer (toArray()).
    return { toArray: function () { return [0, [200, [], JSON.stringify({ Results: [] })]]; } };
  }
  var host = {
    GetHostInfo: function () { return "Excel$Win32$16.01$" + LOCALE + "$$$$0"; },
    GetContext: function () { return context; },
    Execute: function (_dispId, _params, callback) {
      window.__officeHostRequests = (window.__officeHostRequests || 0) + 1;
      setTimeout(function () { callback(emptyRichApiAnswer()); });
    },
    RegisterEvent: function (_dispId, _target, _handler, callback) {
      setTimeout(function () { callback(0); });
    },
    UnregisterEvent: function (_dispId, _target, callback) {
      setTimeout(function () { callback(0); });
    },
  };
  window.external = host;
})();
