import { insertBlock } from "../../src/excel/insert-block";
import { BLOCKS_KEY, type BlockRecord } from "../../src/excel/block-records";
import { HandEditError } from "../../src/excel/errors";
import { listBlocks, refreshBlock } from "../../src/excel/refresh";
import { resetUndoMemory, undoLastInsert } from "../../src/excel/undo";
import { FakeExcel } from "./fake-excel";
import { productsBlock } from "./blocks";

const noWait = { retries: 0, sleep: async () => {} };
let fake: FakeExcel;

beforeEach(async () => {
  resetUndoMemory();
  fake = new FakeExcel().install();
  await insertBlock(productsBlock(3), { overwrite: false, anchor: "B2", run: noWait });
});
afterEach(() => fake.uninstall());

/** The same table built from a newer dataset: every figure one higher. */
function fresher() {
  const b = productsBlock(3, 1);
  b.meta.datasetVersion = "4";
  return b;
}

describe("refreshBlock", () => {
  test("rewrites only the data cells that changed, in 2 syncs, and reports them", async () => {
    const [block] = await listBlocks({ run: noWait });
    expect(block!.id).toBe("Sheet1!B2:H8");
    const syncs = fake.syncCount;
    const result = await refreshBlock(fresher(), { blockId: "Sheet1!B2:H8", run: noWait });
    expect(fake.syncCount - syncs).toBe(2);
    expect(result.changes).toHaveLength(9);
    expect(result.changes[0]).toEqual({ address: "D6", before: 10000, after: 10001, handEdited: false });
    expect(fake.cell("D6").formula).toBe(10001);
    // Data cells sit in D6:F8: one range per column run, no label, header or formula cell written.
    expect(fake.setsNamed("formulas").filter((s) => s.sync > 2).map((s) => s.target).sort()).toEqual(["D6:D8", "E6:E8", "F6:F8"]);
    const record = (fake.settings.get(BLOCKS_KEY) as BlockRecord[])[0]!;
    expect(record.datasetVersion).toBe("4");
    expect(record.written?.["4,2"]).toBe(10001);
  });

  test("stops before replacing a figure the planner edited by hand, and replaces it with consent", async () => {
    fake.put("E7", 6000); // the planner corrected the actual of product 2
    const err = await refreshBlock(fresher(), { blockId: "Sheet1!B2:H8", run: noWait }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HandEditError);
    expect((err as HandEditError).edits).toEqual([{ address: "E7", written: 5269, current: 6000, next: 5270 }]);
    expect((err as HandEditError).text.vi).toContain("sửa tay");
    expect(fake.cell("E7").formula).toBe(6000);
    expect(fake.cell("D6").formula).toBe(10000); // nothing written

    const done = await refreshBlock(fresher(), { blockId: "Sheet1!B2:H8", acceptHandEdits: true, run: noWait });
    expect(done.changes.filter((c) => c.handEdited).map((c) => c.address)).toEqual(["E7"]);
    expect(fake.cell("E7").formula).toBe(5270);
  });

  test("leaves hand edits outside the data cells untouched", async () => {
    fake.put("B6", "Tôm đông lạnh (đã sửa tên)"); // a label
    fake.put("G6", "=E6/D6*100"); // the planner's own formula in a formula cell
    fake.put("J6", "ghi chú ngoài bảng"); // beside the table
    await refreshBlock(fresher(), { blockId: "Sheet1!B2:H8", run: noWait });
    expect(fake.cell("B6").formula).toBe("Tôm đông lạnh (đã sửa tên)");
    expect(fake.cell("G6").formula).toBe("=E6/D6*100");
    expect(fake.cell("J6").formula).toBe("ghi chú ngoài bảng");
    expect(fake.cell("D6").formula).toBe(10001);
  });

  test("a refresh can be undone", async () => {
    await refreshBlock(fresher(), { blockId: "Sheet1!B2:H8", run: noWait });
    await undoLastInsert(noWait);
    expect(fake.cell("D6").formula).toBe(10000);
    expect((fake.settings.get(BLOCKS_KEY) as BlockRecord[])[0]!.datasetVersion).toBe("3");
  });

  test("a refresh with nothing new changes no cell but records the dataset version", async () => {
    const same = productsBlock(3);
    same.meta.datasetVersion = "3.1";
    const result = await refreshBlock(same, { blockId: "Sheet1!B2:H8", run: noWait });
    expect(result.changes).toEqual([]);
    expect(fake.setsNamed("formulas").filter((s) => s.sync > 2)).toHaveLength(0);
    expect((fake.settings.get(BLOCKS_KEY) as BlockRecord[])[0]!.datasetVersion).toBe("3.1");
    await undoLastInsert(noWait);
    expect((fake.settings.get(BLOCKS_KEY) as BlockRecord[])[0]!.datasetVersion).toBe("3");
  });
});
