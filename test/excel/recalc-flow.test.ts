import { detectTable, planRecalc } from "../../src/core/recalc";
import { writeFormulas } from "../../src/excel/read-selection";
import { readTable } from "../../src/excel/read-table";
import { resetUndoMemory } from "../../src/excel/undo";
import { FakeExcel } from "./fake-excel";

const noWait = { retries: 0, sleep: async () => {} };
const ROWS = 1000;
let fake: FakeExcel;

// A department tracking table of 1,000 products starting at B3:
// STT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện | Cùng kỳ | % so KH | So cùng kỳ (%)
beforeEach(() => {
  resetUndoMemory();
  fake = new FakeExcel(["Báo cáo"]).install();
  ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Thực hiện", "Cùng kỳ", "% so KH", "So cùng kỳ (%)"].forEach((h, i) =>
    fake.put(`${"BCDEFGHI"[i]}3`, h),
  );
  for (let i = 0; i < ROWS; i++) {
    const r = 4 + i;
    fake.put(`B${r}`, i + 1);
    fake.put(`C${r}`, `Sản phẩm ${i + 1}`);
    fake.put(`D${r}`, "tấn");
    fake.put(`E${r}`, 1000 + i);
    fake.put(`F${r}`, 500 + i);
    fake.put(`G${r}`, 400 + i);
  }
  fake.put("H10", 0.5); // a rate the planner typed by hand
  fake.put("I5", "", "Báo cáo", "0.0"); // a cell the planner formatted with one decimal
  fake.select("C50");
});
afterEach(() => fake.uninstall());

test("reads and recalculates a 1,000-row table in at most 3 syncs, leaving a typed rate alone", async () => {
  const table = await readTable({ run: noWait });
  const detection = detectTable(table.grid, table.anchor);
  const plan = planRecalc(table.grid, detection);
  await writeFormulas(table.sheet, plan.writes.map((w) => ({ row: w.row, col: w.col, formula: w.formula, numberFormat: w.numberFormat })), { run: noWait });

  expect(fake.syncCount).toBeLessThanOrEqual(3);
  // "General" comparison cells get the index format the formulas produce; a planner's own format stays.
  expect(fake.cell("H4").numberFormat).toBe("0.00");
  expect(fake.cell("I5").numberFormat).toBe("0.0");
  expect(plan.writes).toHaveLength(2 * ROWS - 1);
  expect(plan.conflicts.map((c) => c.address)).toEqual(["H10"]);
  expect(fake.cell("H10").formula).toBe(0.5);
  expect(fake.cell("H4").formula).toBe('=IF(AND(ISNUMBER(F4),ISNUMBER(E4),E4<>0),F4/E4*100,"")');
  expect(fake.cell("I1003").formula).toBe('=IF(AND(ISNUMBER(F1003),ISNUMBER(G1003),G1003<>0),F1003/G1003*100,"")');
});

test("replaces the typed rate only with the planner's consent", async () => {
  const table = await readTable({ run: noWait });
  const plan = planRecalc(table.grid, detectTable(table.grid, table.anchor), { overwrite: true });
  await writeFormulas(table.sheet, plan.writes.map((w) => ({ row: w.row, col: w.col, formula: w.formula })), { run: noWait });
  expect(fake.cell("H10").formula).toBe('=IF(AND(ISNUMBER(F10),ISNUMBER(E10),E10<>0),F10/E10*100,"")');
});
