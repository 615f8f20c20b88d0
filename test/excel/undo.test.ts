import { insertBlock } from "../../src/excel/insert-block";
import { BLOCKS_KEY, UNDO_KEY } from "../../src/excel/block-records";
import { NothingToUndoError, resetUndoMemory, undoLastInsert } from "../../src/excel/undo";
import { FakeExcel } from "./fake-excel";
import { productsBlock } from "./blocks";

const noWait = { retries: 0, sleep: async () => {} };
let fake: FakeExcel;

beforeEach(() => {
  resetUndoMemory();
  fake = new FakeExcel().install();
});
afterEach(() => fake.uninstall());

/** A sheet the planner has worked on: text kept as text, a formatted figure, a wide column. */
function plannerSheet(): void {
  fake.put("B6", "01", "Sheet1", "@");
  fake.put("D8", 19125.44, "Sheet1", "#,##0.00");
  fake.cellAt(fake.sheet(), 7, 3).format["fill.color"] = "#FFFF00";
  fake.sheet().columnWidths.set(2, 90);
  fake.put("A1", "Báo cáo tháng 6");
}

describe("undoLastInsert", () => {
  test("restores contents, number formats, cell formats, merges, widths and frozen panes in 2 syncs", async () => {
    plannerSheet();
    const before = fake.dump();
    await insertBlock(productsBlock(3), { overwrite: true, anchor: "A1", run: noWait });
    expect(fake.dump()).not.toEqual(before);
    expect(fake.sheet().frozen).toBe("1:4");

    const syncsBefore = fake.syncCount;
    const undone = await undoLastInsert(noWait);
    expect(fake.syncCount - syncsBefore).toBe(2);
    expect(undone).toEqual({ kind: "insert", sheet: "Sheet1", addresses: ["A1:G7"] });
    expect(fake.dump()).toEqual(before);
    expect(fake.cell("B6").formula).toBe("01");
    expect(fake.cell("B6").numberFormat).toBe("@");
    // The block record goes with the block.
    expect(fake.settings.get(BLOCKS_KEY)).toEqual([]);
  });

  test("works from the workbook settings after the pane was reloaded", async () => {
    plannerSheet();
    const before = fake.dump();
    await insertBlock(productsBlock(2), { overwrite: true, anchor: "A1", run: noWait });
    expect(typeof fake.settings.get(UNDO_KEY)).toBe("string");
    resetUndoMemory(); // the pane was closed and opened again
    await undoLastInsert(noWait);
    expect(fake.dump()).toEqual(before);
  });

  test("says so when there is nothing to undo, and undoes only once", async () => {
    await expect(undoLastInsert(noWait)).rejects.toBeInstanceOf(NothingToUndoError);
    await insertBlock(productsBlock(1), { overwrite: false, anchor: "C3", run: noWait });
    await undoLastInsert(noWait);
    await expect(undoLastInsert(noWait)).rejects.toBeInstanceOf(NothingToUndoError);
  });

  test("on ExcelApi 1.4 (no per-cell formats) undo clears the formats it added", async () => {
    fake.apiMinor = 4;
    fake.put("B3", 5);
    const before = fake.dump();
    await insertBlock(productsBlock(2), { overwrite: true, anchor: "B2", run: noWait });
    await undoLastInsert(noWait);
    expect(fake.dump()).toEqual(before);
  });

  test("a banded insert is undone band by band, each request under 5 MB", async () => {
    fake.put("C2000", "giữ lại");
    const before = fake.dump();
    await insertBlock(productsBlock(3000), { overwrite: true, anchor: "A1", run: noWait });
    const syncs = fake.syncCount;
    await undoLastInsert(noWait);
    expect(fake.syncCount - syncs).toBe(1 + 3); // read the settings, then one sync per band
    expect(Math.max(...fake.syncBytes.slice(syncs))).toBeLessThan(5 * 1024 * 1024);
    expect(fake.dump()).toEqual(before);
  });
});
