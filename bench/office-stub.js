/**
 * Stands in for office.js (Microsoft's CDN, unreachable here) in bench/load.js: Office.onReady answers "Excel" on the
 * next task, as office.js does once initialised, and there is no workbook (Excel.run rejects), so the pane falls back
 * to its default settings. Served in place of the CDN script by Playwright's request routing.
 */
(function () {
  var info = { host: "Excel", platform: "OfficeOnline" };
  window.Office = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    context: {
      displayLanguage: "vi-VN",
      requirements: { isSetSupported: function () { return true; } },
    },
    onReady: function (callback) {
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (callback) callback(info);
          resolve(info);
        }, 0);
      });
    },
  };
  window.Excel = {
    run: function () {
      return Promise.reject(new Error("bench stub: no workbook"));
    },
  };
})();
