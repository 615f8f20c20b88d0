import { detectTable, planRecalc } from "../../src/core/recalc";
import { writeFormulas } from "../../src/excel/read-selection";
import { readTable } from "../../src/excel/read-table";
import { resetUndoMemory, undoLastInsert } from "../../src/excel/undo";
import { content, noWait, openExcel, sheetPicture, type TestExcel } from "./sim";

const ROWS = 1000;
let xl: TestExcel;
const wb = () => xl.sim.workbook;

// A department tracking table of 1,000 products starting at B3:
// STT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện | Cùng kỳ | % so KH | So cùng kỳ (%)
beforeEach(() => {
  resetUndoMemory();
  xl = openExcel("web", ["Báo cáo"]);
  const rows: (string | number | null)[][] = [["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Thực hiện", "Cùng kỳ", "% so KH", "So cùng kỳ (%)"]];
  for (let i = 0; i < ROWS; i++) rows.push([i + 1, `Sản phẩm ${i + 1}`, "tấn", 1000 + i, 500 + i, 400 + i, null, null]);
  wb().setCells("Báo cáo", "B3", rows);
  wb().setCell("Báo cáo", "H10", 0.5); // a rate the planner typed by hand
  wb().select("Báo cáo", "C50");
});
afterEach(() => xl.close());

async function recalc(overwrite: boolean) {
  const table = await readTable({ run: noWait });
  const plan = planRecalc(table.grid, detectTable(table.grid, table.anchor), { overwrite });
  await writeFormulas(table.sheet, plan.writes.map((w) => ({ row: w.row, col: w.col, formula: w.formula, numberFormat: w.numberFormat })), { run: noWait });
  return plan;
}

test("reads and recalculates a 1,000-row table in 4 syncs, leaving a typed rate alone", async () => {
  const plan = await recalc(false);
  // Read: shapes, contents; write: the cells' contents before, then the formulas.
  expect(xl.sim.stats.syncs).toBe(4);
  expect(wb().cell("Báo cáo", "H4").numberFormat).toBe("0.00");
  expect(plan.writes).toHaveLength(2 * ROWS - 1);
  expect(plan.conflicts.map((c) => c.address)).toEqual(["H10"]);
  expect(content(xl.sim, "H10", "Báo cáo")).toBe(0.5);
  expect(content(xl.sim, "H4", "Báo cáo")).toBe('=IF(AND(ISNUMBER(F4),ISNUMBER(E4),E4<>0),F4/E4*100,"")');
  // Evaluated: 500 / 1000 × 100.
  expect(wb().cell("Báo cáo", "H4").value).toBe(50);
  expect(content(xl.sim, "I1003", "Báo cáo")).toBe('=IF(AND(ISNUMBER(F1003),ISNUMBER(G1003),G1003<>0),F1003/G1003*100,"")');
});

test("replaces the typed rate only with the planner's consent, and undo brings it back", async () => {
  const before = sheetPicture(xl.sim, "Báo cáo", "G8:I12");
  await recalc(true);
  expect(content(xl.sim, "H10", "Báo cáo")).toBe('=IF(AND(ISNUMBER(F10),ISNUMBER(E10),E10<>0),F10/E10*100,"")');
  await undoLastInsert(noWait);
  expect(sheetPicture(xl.sim, "Báo cáo", "G8:I12")).toEqual(before);
});

test("a whole-row selection of the table reads it clipped to the used range", async () => {
  wb().select("Báo cáo", "3:1003");
  const table = await readTable({ run: noWait });
  expect(table.anchor).toEqual({ row: 2, col: 1, rows: 1001, cols: 8 });
  const plan = planRecalc(table.grid, detectTable(table.grid, table.anchor));
  expect(plan.writes).toHaveLength(2 * ROWS - 1);
});
