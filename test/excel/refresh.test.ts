import { insertBlock } from "../../src/excel/insert-block";
import { BLOCKS_KEY, type BlockRecord } from "../../src/excel/block-records";
import { HandEditError } from "../../src/excel/errors";
import { listBlocks, refreshBlock } from "../../src/excel/refresh";
import { resetUndoMemory, undoLastInsert } from "../../src/excel/undo";
import { UserError } from "../../src/core/user-error";
import { productsBlock } from "./blocks";
import { content, noWait, openExcel, sheetPicture, type TestExcel } from "./sim";

let xl: TestExcel;
const wb = () => xl.sim.workbook;
const records = () => wb().settings()[BLOCKS_KEY] as BlockRecord[];

beforeEach(async () => {
  resetUndoMemory();
  xl = openExcel("web");
  await insertBlock(productsBlock(3), { overwrite: false, anchor: "B2", run: noWait });
});
afterEach(() => xl.close());

/** The same table built from a newer dataset: every figure one higher. */
function fresher(rows = 3) {
  const b = productsBlock(rows, 1);
  b.meta.datasetVersion = "4";
  return b;
}

describe("refreshBlock", () => {
  test("rewrites only the data cells that changed, in 2 syncs, and reports them", async () => {
    const [block] = await listBlocks({ run: noWait });
    expect(block!.id).toBe("Sheet1!B2:H8");
    wb().setCell("Sheet1", "B6", "Tôm đông lạnh (đã sửa tên)"); // a label: never written by a refresh
    const syncs = xl.sim.stats.syncs;
    const result = await refreshBlock(fresher(), { blockId: "Sheet1!B2:H8", run: noWait });
    expect(xl.sim.stats.syncs - syncs).toBe(2);
    expect(result.changes).toHaveLength(9);
    expect(result.changes[0]).toEqual({ address: "D6", before: 10000, after: 10001, handEdited: false });
    expect(content(xl.sim, "D6")).toBe(10001);
    expect(content(xl.sim, "F8")).toBe(3374);
    expect(content(xl.sim, "B6")).toBe("Tôm đông lạnh (đã sửa tên)");
    // Data cells sit in D6:F8: one range per column run, no label, header or formula cell written.
    const written = xl.sim.stats.actions.filter((a) => a.kind === "set" && a.name === "formulas" && a.sync > syncs);
    expect(written.map((a) => a.address).sort()).toEqual(["D6:D8", "E6:E8", "F6:F8"]);
    // The formulas follow: 5269 / 10001.
    expect(wb().cell("Sheet1", "G6").value).toBeCloseTo(5269 / 10001, 12);
    expect(records()[0]!.datasetVersion).toBe("4");
    expect(records()[0]!.written?.["4,2"]).toBe(10001);
  });

  test("stops before replacing a figure the planner edited by hand, and replaces it with consent", async () => {
    wb().setCell("Sheet1", "E7", 6000); // the planner corrected the actual of product 2
    const err = await refreshBlock(fresher(), { blockId: "Sheet1!B2:H8", run: noWait }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HandEditError);
    expect((err as HandEditError).edits).toEqual([{ address: "E7", written: 5269, current: 6000, next: 5270 }]);
    expect((err as HandEditError).text.vi).toContain("sửa tay");
    expect(content(xl.sim, "E7")).toBe(6000);
    expect(content(xl.sim, "D6")).toBe(10000); // nothing written

    const done = await refreshBlock(fresher(), { blockId: "Sheet1!B2:H8", acceptHandEdits: true, run: noWait });
    expect(done.changes.filter((c) => c.handEdited).map((c) => c.address)).toEqual(["E7"]);
    expect(content(xl.sim, "E7")).toBe(5270);
  });

  test("leaves hand edits outside the data cells untouched", async () => {
    wb().setCell("Sheet1", "G6", "=E6/D6*100"); // the planner's own formula in a formula cell
    wb().setCell("Sheet1", "J6", "ghi chú ngoài bảng"); // beside the table
    await refreshBlock(fresher(), { blockId: "Sheet1!B2:H8", run: noWait });
    expect(content(xl.sim, "G6")).toBe("=E6/D6*100");
    expect(content(xl.sim, "J6")).toBe("ghi chú ngoài bảng");
    expect(content(xl.sim, "D6")).toBe(10001);
  });

  test("a refresh can be undone exactly", async () => {
    const before = sheetPicture(xl.sim, "Sheet1", "A1:I9");
    await refreshBlock(fresher(), { blockId: "Sheet1!B2:H8", run: noWait });
    await undoLastInsert(noWait);
    expect(sheetPicture(xl.sim, "Sheet1", "A1:I9")).toEqual(before);
    expect(records()[0]!.datasetVersion).toBe("3");
  });

  test("a refresh with nothing new changes no cell, records the dataset version, and leaves the insert undoable", async () => {
    const same = productsBlock(3);
    same.meta.datasetVersion = "3.1";
    const before = sheetPicture(xl.sim, "Sheet1", "A1:I9");
    const result = await refreshBlock(same, { blockId: "Sheet1!B2:H8", run: noWait });
    expect(result.changes).toEqual([]);
    expect(result.undo).toBeNull();
    expect(sheetPicture(xl.sim, "Sheet1", "A1:I9")).toEqual(before);
    expect(records()[0]!.datasetVersion).toBe("3.1");
    // "Hoàn tác" now undoes the insert, as it did before the refresh (seen by B3 through the pane).
    const undone = await undoLastInsert(noWait);
    expect(undone.addresses).toEqual(["B2:H8"]);
    expect(records()).toEqual([]);
    expect(content(xl.sim, "B2")).toBe("");
    resetUndoMemory();
    await expect(undoLastInsert(noWait)).rejects.toMatchObject({ code: "nothing-to-undo" });
  });

  test("an unknown block, a changed shape and a protected sheet are refused before any write", async () => {
    const unknown = await refreshBlock(fresher(), { blockId: "Sheet1!C3:I9", run: noWait }).catch((e: unknown) => e);
    expect((unknown as UserError).code).toBe("block-not-found");
    const shape = await refreshBlock(fresher(4), { blockId: "Sheet1!B2:H8", run: noWait }).catch((e: unknown) => e);
    expect((shape as UserError).code).toBe("block-shape-changed");
    expect((shape as UserError).text.vi).toContain("8×7");
    wb().protect("Sheet1", true);
    const locked = await refreshBlock(fresher(), { blockId: "Sheet1!B2:H8", run: noWait }).catch((e: unknown) => e);
    expect((locked as UserError).code).toBe("target-protected");
    expect(content(xl.sim, "D6")).toBe(10000);
  });

  test("a failed write is put back, the record too", async () => {
    const before = sheetPicture(xl.sim, "Sheet1", "A1:I9");
    xl.sim.failSync("GeneralException", { after: 1 });
    const err = await refreshBlock(fresher(), { blockId: "Sheet1!B2:H8", run: noWait }).catch((e: unknown) => e);
    expect((err as UserError).code).toBe("excel-general");
    expect(sheetPicture(xl.sim, "Sheet1", "A1:I9")).toEqual(before);
    expect(records()[0]!.datasetVersion).toBe("3");
  });
});
