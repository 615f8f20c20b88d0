import { insertBlock } from "../../src/excel/insert-block";
import { BLOCKS_KEY, UNDO_KEY } from "../../src/excel/block-records";
import { NothingToUndoError, resetUndoMemory, undoLastInsert } from "../../src/excel/undo";
import { productsBlock } from "./blocks";
import { noWait, openExcel, sheetPicture, type TestExcel } from "./sim";

let xl: TestExcel;
const wb = () => xl.sim.workbook;

beforeEach(() => {
  resetUndoMemory();
  xl = openExcel("web");
});
afterEach(() => xl.close());

/** A sheet the planner has worked on: text kept as text, a formatted figure, a fill, a wide column. */
function plannerSheet(): void {
  wb().setCell("Sheet1", "B6", "'01");
  wb().setCell("Sheet1", "D8", 19125.44);
  wb().setFill("Sheet1", "D8", "#FFFF00");
  wb().setCell("Sheet1", "A1", "Báo cáo tháng 6");
}

describe("undoLastInsert", () => {
  test("restores contents, number formats, cell formats, merges, widths and frozen panes in 2 syncs", async () => {
    plannerSheet();
    const before = sheetPicture(xl.sim, "Sheet1", "A1:H9");
    await insertBlock(productsBlock(3), { overwrite: true, anchor: "A1", run: noWait });
    expect(sheetPicture(xl.sim, "Sheet1", "A1:H9")).not.toEqual(before);
    expect(wb().frozenRows("Sheet1")).toBe(4);

    const syncsBefore = xl.sim.stats.syncs;
    const undone = await undoLastInsert(noWait);
    expect(xl.sim.stats.syncs - syncsBefore).toBe(2);
    expect(undone).toEqual({ kind: "insert", sheet: "Sheet1", addresses: ["A1:G7"], notRestored: [] });
    expect(sheetPicture(xl.sim, "Sheet1", "A1:H9")).toEqual(before);
    expect(wb().cell("Sheet1", "B6")).toMatchObject({ value: "01", hasApostrophe: true });
    // The block record goes with the block.
    expect(wb().settings()[BLOCKS_KEY]).toEqual([]);
  });

  test("works from the workbook settings after the pane was reloaded", async () => {
    plannerSheet();
    const before = sheetPicture(xl.sim, "Sheet1", "A1:H9");
    await insertBlock(productsBlock(2), { overwrite: true, anchor: "A1", run: noWait });
    expect(typeof wb().settings()[UNDO_KEY]).toBe("string");
    resetUndoMemory(); // the pane was closed and opened again
    await undoLastInsert(noWait);
    expect(sheetPicture(xl.sim, "Sheet1", "A1:H9")).toEqual(before);
  });

  test("says so when there is nothing to undo, and undoes only once", async () => {
    await expect(undoLastInsert(noWait)).rejects.toBeInstanceOf(NothingToUndoError);
    await insertBlock(productsBlock(1), { overwrite: false, anchor: "C3", run: noWait });
    await undoLastInsert(noWait);
    await expect(undoLastInsert(noWait)).rejects.toBeInstanceOf(NothingToUndoError);
  });

  test("on Excel 2016 (ExcelApi 1.4, no per-cell formats) undo clears the formats it added", async () => {
    xl.close();
    xl = openExcel("excel-2016");
    wb().setCell("Sheet1", "B3", 5);
    const before = sheetPicture(xl.sim, "Sheet1", "A1:I8");
    await insertBlock(productsBlock(2), { overwrite: true, anchor: "B2", run: noWait });
    await undoLastInsert(noWait);
    expect(sheetPicture(xl.sim, "Sheet1", "A1:I8")).toEqual(before);
  });

  test("a target the planner formatted alike (borders, fill, font) gets its formats back after undo", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:H9");
      for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) {
        const border = range.format.borders.getItem(edge);
        border.style = "Dash";
        border.color = "#FF0000";
      }
      range.format.fill.color = "#E2EFDA";
      range.format.font.italic = true;
      await context.sync();
    });
    const before = sheetPicture(xl.sim, "Sheet1", "A1:H9");
    await insertBlock(productsBlock(3), { overwrite: true, anchor: "A1", run: noWait });
    await undoLastInsert(noWait);
    expect(sheetPicture(xl.sim, "Sheet1", "A1:H9")).toEqual(before);
    expect(wb().cell("Sheet1", "B3").format).toMatchObject({ fillColor: "#E2EFDA", italic: true });
  });

  test("a snapshot with frozen panes undone in Excel 2016 (no freezePanes before ExcelApi 1.7) says so", async () => {
    await insertBlock(productsBlock(1), { overwrite: false, anchor: "A1", run: noWait });
    xl.close();
    xl = openExcel("excel-2016");
    const undone = await undoLastInsert(noWait);
    expect(undone.notRestored.map((f) => f.feature).sort()).toEqual(["freeze", "pageLayout"]);
  });

  test("a deleted sheet is reported, nothing is changed", async () => {
    xl.close();
    xl = openExcel("web", ["Sheet1", "Sheet2"]);
    await insertBlock(productsBlock(1), { overwrite: false, anchor: "Sheet2!A1", run: noWait });
    resetUndoMemory();
    const stored = wb().settings()[UNDO_KEY] as string;
    xl.close();
    xl = openExcel("web", ["Sheet1"]);
    // The same workbook without Sheet2: only the stored snapshot is left.
    await runStore(stored);
    const err = await undoLastInsert(noWait).catch((e: unknown) => e);
    expect((err as { code?: string }).code).toBe("item-not-found");
  });

  test("a banded insert is undone band by band, each request and answer under 5 MB", async () => {
    wb().setCell("Sheet1", "C2000", "giữ lại");
    const before = sheetPicture(xl.sim, "Sheet1", "A1995:H2005");
    await insertBlock(productsBlock(3000), { overwrite: true, anchor: "A1", run: noWait });
    const syncs = xl.sim.stats.syncs;
    await undoLastInsert(noWait);
    expect(xl.sim.stats.syncs - syncs).toBe(1 + 3); // read the settings, then one sync per band
    expect(Math.max(...xl.sim.stats.requests.slice(syncs))).toBeLessThan(5 * 1024 * 1024);
    expect(sheetPicture(xl.sim, "Sheet1", "A1995:H2005")).toEqual(before);
    expect(wb().cell("Sheet1", "A5").value).toBe("");
  }, 60_000);
});

/** Puts a stored undo snapshot in this workbook's settings, as a reopened file would hold it. */
async function runStore(value: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.settings.add(UNDO_KEY, value);
    await context.sync();
  });
}
