/**
 * The sizes the product promises on Excel on the web, whose requests and answers are limited to
 * 5 MB (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization):
 * a 10,000-row table inserted, refreshed and undone, and a planner's 100,000-cell table
 * recalculated, each request and answer as the simulator measures them under 4 MB (a 20% margin).
 */
import { detectTable, planRecalc } from "../../src/core/recalc";
import { insertBlock } from "../../src/excel/insert-block";
import { refreshBlock } from "../../src/excel/refresh";
import { readTable } from "../../src/excel/read-table";
import { writeFormulas } from "../../src/excel/read-selection";
import { resetUndoMemory, undoLastInsert } from "../../src/excel/undo";
import { productsBlock } from "./blocks";
import { content, noWait, openExcel, type TestExcel } from "./sim";

const MARGIN_LIMIT = 4 * 1024 * 1024;
let xl: TestExcel;
beforeEach(() => {
  resetUndoMemory();
  xl = openExcel("web");
});
afterEach(() => xl.close());

function largest(): { request: number; response: number } {
  return { request: Math.max(...xl.sim.stats.requests), response: Math.max(...xl.sim.stats.responses) };
}

test("10,000 rows: insert, refresh of every figure, undo", async () => {
  await insertBlock(productsBlock(10_000), { overwrite: false, anchor: "A1", run: noWait });
  xl.sim.stats.reset();
  const result = await refreshBlock(productsBlock(10_000, 1), { blockId: "Sheet1!A1:G10004", acceptHandEdits: true, run: noWait });
  expect(result.changes).toHaveLength(30_000);
  expect(content(xl.sim, "C10004")).toBe(20_000);
  expect(largest().request).toBeLessThan(MARGIN_LIMIT);
  expect(largest().response).toBeLessThan(MARGIN_LIMIT);

  xl.sim.stats.reset();
  await undoLastInsert(noWait);
  expect(content(xl.sim, "C10004")).toBe(19_999);
  expect(largest().request).toBeLessThan(MARGIN_LIMIT);
  expect(largest().response).toBeLessThan(MARGIN_LIMIT);
}, 120_000);

test("a 100,000-cell table (10,000 rows × 10 columns) is read from one cell and recalculated", async () => {
  const grid: (string | number | null)[][] = [["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Thực hiện", "Cùng kỳ", "Lũy kế", "Ghi chú", "% so KH", "So cùng kỳ (%)"]];
  for (let i = 0; i < 9_999; i++) grid.push([i + 1, `Sản phẩm ${i + 1}`, "tấn", 1000 + i, 500 + i, 400 + i, 3000 + i, "", null, null]);
  xl.sim.workbook.setCells("Sheet1", "A1", grid);
  xl.sim.workbook.select("Sheet1", "B5");
  const table = await readTable({ run: noWait });
  expect(table.anchor).toEqual({ row: 0, col: 0, rows: 10_000, cols: 10 });
  const plan = planRecalc(table.grid, detectTable(table.grid, table.anchor));
  await writeFormulas(table.sheet, plan.writes.map((w) => ({ row: w.row, col: w.col, formula: w.formula, numberFormat: w.numberFormat })), { run: noWait });
  expect(plan.writes.length).toBeGreaterThanOrEqual(2 * 9_999);
  // Evaluated by the simulator on the first product row: "% so KH" is the cumulative (Lũy kế,
  // 3,000) over the year's plan (1,000), as an index ×100 under a "%" header.
  expect(xl.sim.workbook.cell("Sheet1", "I2").value).toBeCloseTo(300, 9);
  expect(largest().request).toBeLessThan(MARGIN_LIMIT);
  expect(largest().response).toBeLessThan(MARGIN_LIMIT);
}, 120_000);
