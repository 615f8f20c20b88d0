import { groupRuns, readSelection, writeFormulas } from "../../src/excel/read-selection";
import { resetUndoMemory, undoLastInsert } from "../../src/excel/undo";
import { FakeExcel } from "./fake-excel";

const noWait = { retries: 0, sleep: async () => {} };
let fake: FakeExcel;

beforeEach(() => {
  resetUndoMemory();
  fake = new FakeExcel(["Sheet1", "KH 2021"]).install();
  // A planner's table in B2:D4: indicator, plan, actual.
  fake.put("B2", "Chỉ tiêu");
  fake.put("C2", "Kế hoạch");
  fake.put("D2", "Thực hiện");
  fake.put("B3", "Tôm đông");
  fake.put("C3", 10500, "Sheet1", "#,##0");
  fake.put("D3", 5268, "Sheet1", "#,##0");
  fake.put("B4", "Tổng");
  fake.put("C4", "=SUM(C3:C3)");
  fake.put("D4", "=SUM(D3:D3)");
});
afterEach(() => fake.uninstall());

describe("readSelection", () => {
  test("reads the selected range as a grid in one sync", async () => {
    fake.select("C3:D4");
    const grid = await readSelection({ run: noWait });
    expect(fake.syncCount).toBe(1);
    expect(grid).toMatchObject({ sheet: "Sheet1", address: "C3:D4", row: 2, col: 2, fromRegion: false });
    expect(grid.formulas).toEqual([
      [10500, 5268],
      ["=SUM(C3:C3)", "=SUM(D3:D3)"],
    ]);
    expect(grid.numberFormat[0]).toEqual(["#,##0", "#,##0"]);
  });

  test("a single selected cell reads the current region around it, still in one sync", async () => {
    fake.select("C3");
    const grid = await readSelection({ run: noWait });
    expect(fake.syncCount).toBe(1);
    expect(grid.address).toBe("B2:D4");
    expect(grid.fromRegion).toBe(true);
    expect(grid.values[0]).toEqual(["Chỉ tiêu", "Kế hoạch", "Thực hiện"]);
  });

  test("selection scope reads exactly one cell when one is selected", async () => {
    fake.select("C3");
    const grid = await readSelection({ scope: "selection", run: noWait });
    expect(grid.address).toBe("C3");
  });
});

describe("writeFormulas", () => {
  test("groups contiguous cells into one range each and writes in one sync", async () => {
    const writes = [
      { row: 2, col: 4, formula: '=IF(AND(ISNUMBER(D3),ISNUMBER(C3),C3<>0),D3/C3,"")' },
      { row: 3, col: 4, formula: '=IF(AND(ISNUMBER(D4),ISNUMBER(C4),C4<>0),D4/C4,"")' },
      { row: 5, col: 4, formula: "=1" },
    ];
    const result = await writeFormulas("Sheet1", writes, { run: noWait });
    expect(fake.syncCount).toBe(1);
    expect(result.ranges).toEqual(["E3:E4", "E6"]);
    expect(fake.setsNamed("formulas").map((s) => s.target)).toEqual(["E3:E4", "E6"]);
    expect(fake.cell("E4").formula).toBe('=IF(AND(ISNUMBER(D4),ISNUMBER(C4),C4<>0),D4/C4,"")');
  });

  test("the write can be undone: the cells it replaced come back", async () => {
    fake.put("E3", "ghi chú");
    await writeFormulas("Sheet1", [{ row: 2, col: 4, formula: "=D3/C3" }], { run: noWait });
    expect(fake.cell("E3").formula).toBe("=D3/C3");
    await undoLastInsert(noWait);
    expect(fake.cell("E3").formula).toBe("ghi chú");
  });

  test("runs go along rows when that needs fewer ranges", () => {
    const runs = groupRuns([
      { row: 9, col: 1, formula: 1 },
      { row: 9, col: 2, formula: 2 },
      { row: 9, col: 3, formula: 3 },
    ]);
    expect(runs).toEqual([{ address: "B10:D10", formulas: [[1, 2, 3]] }]);
  });
});
