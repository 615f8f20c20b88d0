/**
 * The whole Excel path on the older hosts the manifest admits: Excel 2019 (ExcelApi up to 1.8)
 * and Excel 2016 with updates (1.4). Features above the host's sets are skipped with a reason,
 * never called (they would fail with ApiNotFound: https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets).
 */
import { detectTable, planRecalc } from "../../src/core/recalc";
import { insertBlock } from "../../src/excel/insert-block";
import { refreshBlock } from "../../src/excel/refresh";
import { readTable } from "../../src/excel/read-table";
import { writeFormulas } from "../../src/excel/read-selection";
import { resetUndoMemory, undoLastInsert } from "../../src/excel/undo";
import { productsBlock } from "./blocks";
import { content, noWait, openExcel, sheetPicture, type TestExcel } from "./sim";

let xl: TestExcel;
beforeEach(() => resetUndoMemory());
afterEach(() => xl.close());

test.each(["excel-2019", "excel-2016"] as const)("%s: insert, refresh, undo, read a whole-row selection and recalculate", async (profile) => {
  xl = openExcel(profile);
  const wb = xl.sim.workbook;
  wb.setCell("Sheet1", "C4", "ghi chú");
  const before = sheetPicture(xl.sim, "Sheet1", "A1:I9");
  const inserted = await insertBlock(productsBlock(3), { overwrite: true, anchor: "B2", run: noWait });
  expect(inserted.skipped.map((s) => s.feature)).toEqual(expect.arrayContaining(["mergeCheck", "tableCheck", "formatUndo", "pageLayout"]));
  expect(inserted.skipped.every((s) => s.reason.vi.length > 0 && s.reason.en.length > 0)).toBe(true);
  const undone = await undoLastInsert(noWait);
  expect(undone.notRestored).toEqual([]);
  expect(sheetPicture(xl.sim, "Sheet1", "A1:I9")).toEqual(before);

  await insertBlock(productsBlock(3), { overwrite: true, anchor: "B2", run: noWait });
  const refreshed = await refreshBlock(productsBlock(3, 1), { blockId: "Sheet1!B2:H8", run: noWait });
  expect(refreshed.changes).toHaveLength(9);
  expect(content(xl.sim, "D6")).toBe(10001);
  await undoLastInsert(noWait); // one step back: the refresh
  expect(content(xl.sim, "D6")).toBe(10000);

  wb.setCells("Sheet1", "A12", [
    ["Chỉ tiêu", "Kế hoạch", "Thực hiện", "% so KH"],
    ["Tôm đông", 10500, 5268, null],
    ["Cá tra", 2000, 1500, null],
  ]);
  wb.select("Sheet1", "12:14");
  const table = await readTable({ run: noWait });
  // Clipped to the used range: its columns A:H (the table above reaches H).
  expect(table.anchor).toEqual({ row: 11, col: 0, rows: 3, cols: 8 });
  const plan = planRecalc(table.grid, detectTable(table.grid, table.anchor));
  await writeFormulas(table.sheet, plan.writes.map((w) => ({ row: w.row, col: w.col, formula: w.formula, numberFormat: w.numberFormat })), { run: noWait });
  // "% so KH" under a "%" header: the index 5,268 ÷ 10,500 × 100 = 50.1714…, shown 50,17.
  expect(wb.cell("Sheet1", "D13")).toMatchObject({ formula: '=IF(AND(ISNUMBER(C13),ISNUMBER(B13),B13<>0),C13/B13*100,"")', text: "50,17" });
  expect(wb.cell("Sheet1", "D13").value).toBeCloseTo(50.171428571, 8);
}, 30_000);
