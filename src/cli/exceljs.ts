/**
 * ExcelJS, loaded on first use: requiring it takes about 0.3 s, which `data list` or `text check`
 * should not pay. Everything else imports ExcelJS's types only (`import type`).
 */
import type * as ExcelJSModule from "exceljs";

export function newExcelWorkbook(): ExcelJSModule.Workbook {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ExcelJS = require("exceljs") as typeof ExcelJSModule;
  return new ExcelJS.Workbook();
}
