import { groupRuns, readSelection, writeFormulas } from "../../src/excel/read-selection";
import { resetUndoMemory, undoLastInsert } from "../../src/excel/undo";
import { UserError } from "../../src/core/user-error";
import { content, noWait, openExcel, sheetPicture, type TestExcel } from "./sim";

let xl: TestExcel;
const wb = () => xl.sim.workbook;

function plannerTable(): void {
  // A planner's table in B2:D4: indicator, plan, actual.
  wb().setCells("Sheet1", "B2", [
    ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
    ["Tôm đông", 10500, 5268],
    ["Tổng", "=SUM(C3:C3)", "=SUM(D3:D3)"],
  ]);
}

beforeEach(() => {
  resetUndoMemory();
  xl = openExcel("web", ["Sheet1", "KH 2021"]);
  plannerTable();
});
afterEach(() => xl.close());

describe("readSelection", () => {
  test("reads the selected range as a grid: shapes first, then the contents", async () => {
    wb().select("Sheet1", "C3:D4");
    const grid = await readSelection({ run: noWait });
    expect(xl.sim.stats.syncs).toBe(2);
    expect(grid).toMatchObject({ sheet: "Sheet1", address: "C3:D4", row: 2, col: 2, fromRegion: false });
    expect(grid.formulas).toEqual([
      [10500, 5268],
      ["=SUM(C3:C3)", "=SUM(D3:D3)"],
    ]);
    expect(grid.values[1]).toEqual([10500, 5268]);
    expect(grid.numberFormat[0]).toEqual(["General", "General"]);
  });

  test("a single selected cell reads the current region around it", async () => {
    wb().select("Sheet1", "C3");
    const grid = await readSelection({ run: noWait });
    expect(grid.address).toBe("B2:D4");
    expect(grid.fromRegion).toBe(true);
    expect(grid.values[0]).toEqual(["Chỉ tiêu", "Kế hoạch", "Thực hiện"]);
  });

  test("selection scope reads exactly one cell when one is selected", async () => {
    wb().select("Sheet1", "C3");
    const grid = await readSelection({ scope: "selection", run: noWait });
    expect(grid.address).toBe("C3");
  });

  test("before ExcelApi 1.7 (Excel 2016) the region cannot be read: auto reads the selection, region says why", async () => {
    xl.close();
    xl = openExcel("excel-2016");
    plannerTable();
    wb().select("Sheet1", "C3");
    expect((await readSelection({ run: noWait })).address).toBe("C3");
    const err = await readSelection({ scope: "region", run: noWait }).catch((e: unknown) => e);
    expect((err as UserError).code).toBe("region-unsupported");
  });

  test("a whole column of an empty sheet holds nothing to read", async () => {
    wb().select("KH 2021", "C:C");
    const err = await readSelection({ run: noWait }).catch((e: unknown) => e);
    expect((err as UserError).code).toBe("range-empty");
  });

  test("a 100,000-cell table is read in bands, each answer far under 5 MB", async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [`Sản phẩm ${i + 1}`, "tấn", 1000 + i, 500 + i, 400 + i, 1.5, 2.5, 3.5, 4.5, 5.5]);
    wb().setCells("KH 2021", "A1", rows);
    wb().select("KH 2021", "A1:J10000");
    const grid = await readSelection({ run: noWait });
    expect(grid.values).toHaveLength(10_000);
    expect(grid.values[9999]![2]).toBe(10999);
    expect(xl.sim.stats.syncs).toBe(1 + 4);
    expect(Math.max(...xl.sim.stats.responses)).toBeLessThan(2 * 1024 * 1024);
  }, 60_000);
});

describe("writeFormulas", () => {
  test("groups contiguous cells into one range each: one sync reads what they hold, one writes", async () => {
    const writes = [
      { row: 2, col: 4, formula: '=IF(AND(ISNUMBER(D3),ISNUMBER(C3),C3<>0),D3/C3,"")' },
      { row: 3, col: 4, formula: '=IF(AND(ISNUMBER(D4),ISNUMBER(C4),C4<>0),D4/C4,"")', numberFormat: "0.00%" },
      { row: 5, col: 4, formula: "=1" },
    ];
    const result = await writeFormulas("Sheet1", writes, { run: noWait });
    expect(xl.sim.stats.syncs).toBe(2);
    expect(result.ranges).toEqual(["E3:E4", "E6"]);
    expect(content(xl.sim, "E4")).toBe('=IF(AND(ISNUMBER(D4),ISNUMBER(C4),C4<>0),D4/C4,"")');
    expect(wb().cell("Sheet1", "E4")).toMatchObject({ value: 5268 / 10500, numberFormat: "0.00%" });
    expect(wb().cell("Sheet1", "E3").numberFormat).toBe("General");
  });

  test("the write can be undone: the cells it replaced come back exactly, apostrophe text too", async () => {
    wb().setCell("Sheet1", "E3", "ghi chú");
    wb().setCell("Sheet1", "E4", "'0012");
    const before = sheetPicture(xl.sim, "Sheet1", "A1:F6");
    await writeFormulas("Sheet1", [{ row: 2, col: 4, formula: "=D3/C3" }, { row: 3, col: 4, formula: "=D4/C4", numberFormat: "0%" }], { run: noWait });
    expect(content(xl.sim, "E3")).toBe("=D3/C3");
    await undoLastInsert(noWait);
    expect(sheetPicture(xl.sim, "Sheet1", "A1:F6")).toEqual(before);
  });

  test("a write failing half way is put back entirely", async () => {
    const column = Array.from({ length: 30_000 }, (_, i) => ({ row: 10 + i, col: 1, formula: `=${i}` }));
    wb().setCell("Sheet1", "B20000", "giữ lại");
    // Two read syncs (20,000 + 10,000 cells), then the writes: the second write fails.
    xl.sim.failSync("GeneralException", { after: 3 });
    const err = await writeFormulas("Sheet1", column, { run: noWait }).catch((e: unknown) => e);
    expect((err as UserError).code).toBe("excel-general");
    expect(content(xl.sim, "B11")).toBe("");
    expect(content(xl.sim, "B20000")).toBe("giữ lại");
  }, 60_000);

  test("runs go along rows when that needs fewer ranges", () => {
    const runs = groupRuns([
      { row: 9, col: 1, formula: 1 },
      { row: 9, col: 2, formula: 2 },
      { row: 9, col: 3, formula: 3 },
    ]);
    expect(runs).toEqual([{ address: "B10:D10", formulas: [[1, 2, 3]] }]);
  });
});
