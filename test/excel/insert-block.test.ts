import { insertBlock } from "../../src/excel/insert-block";
import { TargetBlockedError, TargetNotEmptyError } from "../../src/excel/errors";
import { BLOCKS_KEY, type BlockRecord } from "../../src/excel/block-records";
import { resetUndoMemory, undoLastInsert } from "../../src/excel/undo";
import { UserError } from "../../src/core/user-error";
import { FakeExcel, officeError } from "./fake-excel";
import { productsBlock } from "./blocks";

const noWait = { retries: 0, sleep: async () => {} };
let fake: FakeExcel;

beforeEach(() => {
  resetUndoMemory();
  fake = new FakeExcel(["Sheet1", "Báo cáo"]).install();
});
afterEach(() => fake.uninstall());

describe("insertBlock writes the block at the anchor", () => {
  test("values, formulas shifted to the anchor, number formats, styles and merges", async () => {
    fake.select("D5");
    const result = await insertBlock(productsBlock(3), { overwrite: false, run: noWait });

    expect(result.address).toBe("Sheet1!D5:J11");
    expect(result.rowsWritten).toBe(7);
    expect(fake.cell("D5").formula).toBe("SẢN PHẨM CÔNG NGHIỆP CHỦ YẾU");
    expect(fake.cell("D9").formula).toBe("Sản phẩm 1");
    expect(fake.cell("F9").formula).toBe(10000);
    expect(fake.cell("F9").numberFormat).toBe("#,##0");
    // Block F5 (% of plan, first data row) lands in I9 with its references moved by 4 rows, 3 columns.
    expect(fake.cell("I9").formula).toBe('=IF(AND(ISNUMBER(G9),ISNUMBER(F9),F9<>0),G9/F9,"")');
    expect(fake.cell("J11").formula).toBe('=IF(AND(ISNUMBER(G11),ISNUMBER(H11),H11<>0),G11/H11,"")');
    expect(fake.cell("J11").numberFormat).toBe("0.00%");
    expect(fake.cell("D7").format["font.bold"]).toBe(true);
    expect(fake.cell("D7").format["wrapText"]).toBe(true);
    expect(fake.cell("D7").format["horizontalAlignment"]).toBe("Center");
    expect(fake.cell("E9").format["borders.top.style"]).toBe("Continuous");
    expect(fake.cell("F10").format["font.name"]).toBe("Times New Roman");
    expect(fake.cell("D3").format["font.name"]).toBe("Calibri"); // outside the block: untouched
    expect(fake.sheet().merges).toEqual(
      expect.arrayContaining([
        { row: 4, col: 3, rows: 1, cols: 7 }, // D5:J5 title
        { row: 6, col: 8, rows: 1, cols: 2 }, // I7:J7 "So sánh (%)"
        { row: 6, col: 3, rows: 2, cols: 1 }, // D7:D8 "Chỉ tiêu"
      ]),
    );
    expect(fake.sheet().merges).toHaveLength(8);
    // 30 characters -> (30 × 7 + 5) × 0.75 = 161.25 pt, on column D where the block starts.
    expect(fake.sheet().columnWidths.get(3)).toBe(161.25);
    expect(fake.sheet().page).toEqual({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1 } });
  });

  test("freezes the header only when the block starts at row 1", async () => {
    fake.select("B4");
    const low = await insertBlock(productsBlock(2), { overwrite: false, run: noWait });
    expect(fake.sheet().frozen).toBeNull();
    expect(low.skipped.map((s) => s.feature)).toContain("freeze");

    await insertBlock(productsBlock(2), { overwrite: false, anchor: "Báo cáo!A1", run: noWait });
    expect(fake.sheet("Báo cáo").frozen).toBe("1:4");
  });

  test("text that looks like a formula is written as text", async () => {
    const block = productsBlock(1);
    block.cells[4]![0] = { value: "=HYPERLINK(\"x\")", role: "label" };
    await insertBlock(block, { overwrite: false, anchor: "A1", run: noWait });
    expect(fake.cell("A5").formula).toBe("'=HYPERLINK(\"x\")");
  });

  test("records template, dataset, options, address and the written data in the workbook settings", async () => {
    await insertBlock(productsBlock(2), { overwrite: false, anchor: "Báo cáo!B2", run: noWait });
    const records = fake.settings.get(BLOCKS_KEY) as BlockRecord[];
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      id: "'Báo cáo'!B2:H7",
      sheet: "Báo cáo",
      address: "B2:H7",
      templateId: "products",
      templateVersion: "1.0.0",
      datasetId: "tra-vinh-2020-h1",
      datasetVersion: "3",
      options: { comparison: "percent" },
    });
    expect(records[0]!.written).toEqual({ "4,2": 10000, "4,3": 5268, "4,4": 3371, "5,2": 10001, "5,3": 5269, "5,4": 3372 });
  });
});

describe("round trips", () => {
  test.each([50, 1000])("%i data rows: one read sync and one write sync", async (n) => {
    const result = await insertBlock(productsBlock(n), { overwrite: false, anchor: "A1", run: noWait });
    expect(fake.syncCount).toBe(2);
    expect(result.syncs).toBe(2);
    // Contents and number formats go out as one 2-D assignment each, not cell by cell.
    expect(fake.setsNamed("formulas")).toHaveLength(1);
    expect(fake.setsNamed("numberFormat")).toHaveLength(1);
    // Styles are set per rectangle of equal style: the same handful whatever the row count.
    expect(fake.setsNamed("font.bold")).toHaveLength(2);
    expect(fake.setsNamed("borders.EdgeTop.style").length).toBeLessThanOrEqual(3);
    // Reads all happen in sync 1, writes in sync 2.
    expect(new Set(fake.loads.map((l) => l.sync))).toEqual(new Set([1]));
    expect(new Set(fake.sets.map((s) => s.sync))).toEqual(new Set([2]));
    expect(fake.cell(`F${n + 4}`).formula).toBe(`=IF(AND(ISNUMBER(D${n + 4}),ISNUMBER(C${n + 4}),C${n + 4}<>0),D${n + 4}/C${n + 4},"")`);
  });

  test("10,000 data rows go in bands of at most 1,200 rows, each request under 5 MB, with progress", async () => {
    const progress: number[] = [];
    const result = await insertBlock(productsBlock(10_000), {
      overwrite: false,
      anchor: "A1",
      onProgress: (done) => progress.push(done),
      run: noWait,
    });
    // 10,004 rows in 9 bands (8 × 1,200 + 404): 9 reads, then 9 writes.
    expect(fake.syncCount).toBe(18);
    expect(result.syncs).toBe(18);
    expect(progress).toEqual([1200, 2400, 3600, 4800, 6000, 7200, 8400, 9600, 10004]);
    expect(fake.setsNamed("formulas")).toHaveLength(9);
    expect(Math.max(...fake.syncBytes)).toBeLessThan(5 * 1024 * 1024);
    expect(result.maxRequestBytes).toBeLessThan(4 * 1024 * 1024);
    expect(fake.cell("A10004").formula).toBe("Sản phẩm 10000");
    expect(fake.cell("G10004").formula).toBe('=IF(AND(ISNUMBER(D10004),ISNUMBER(E10004),E10004<>0),D10004/E10004,"")');
  });
});

describe("safety before writing", () => {
  test("refuses a non-empty target without consent, writes nothing, and succeeds with it", async () => {
    fake.put("C7", "ghi chú của tôi");
    fake.put("E9", 42);
    fake.select("B5");
    const refused = insertBlock(productsBlock(3), { overwrite: false, run: noWait });
    await expect(refused).rejects.toBeInstanceOf(TargetNotEmptyError);
    const err = (await refused.catch((e: unknown) => e)) as TargetNotEmptyError;
    expect(err.cells).toHaveLength(2);
    expect(err.cells).toEqual(["C7", "E9"]);
    expect(err.text.vi).toContain("Ghi đè lên các ô này?");
    expect(fake.syncCount).toBe(1);
    expect(fake.sets).toHaveLength(0);
    expect(fake.cell("C7").formula).toBe("ghi chú của tôi");

    const done = await insertBlock(productsBlock(3), { overwrite: true, run: noWait });
    expect(done.address).toBe("Sheet1!B5:H11");
    // C7 now holds the block's "ĐVT" header; the old note is in the undo snapshot.
    expect(fake.cell("C7").formula).toBe("ĐVT");
    expect(done.undo.areas[0]!.formulas[2]![1]).toBe("ghi chú của tôi");
  });

  test("a protected sheet stops the insert with a clear message and no write", async () => {
    fake.sheet().protected = true;
    const p = insertBlock(productsBlock(2), { overwrite: true, anchor: "A1", run: noWait });
    await expect(p).rejects.toBeInstanceOf(TargetBlockedError);
    const err = (await p.catch((e: unknown) => e)) as TargetBlockedError;
    expect(err.code).toBe("target-protected");
    expect(err.text.vi).toContain("đang được bảo vệ");
    expect(err.text.en).toContain("is protected");
    expect(fake.sets).toHaveLength(0);
  });

  test("a merge the block would cut through stops the insert, even with consent", async () => {
    fake.sheet().merges.push({ row: 5, col: 5, rows: 1, cols: 4 }); // F6:I6 sticks out of A1:G6
    const err = await insertBlock(productsBlock(2), { overwrite: true, anchor: "A1", run: noWait }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TargetBlockedError);
    expect((err as TargetBlockedError).code).toBe("target-merged");
    expect((err as TargetBlockedError).overwriteResolves).toBe(false);
    expect((err as TargetBlockedError).text.en).toContain("F6:I6");
    expect(fake.sets).toHaveLength(0);
  });

  test("merges inside the target need consent; with it they are replaced, and undo merges them again", async () => {
    fake.sheet().merges.push({ row: 5, col: 2, rows: 1, cols: 2 }); // C6:D6, inside A1:G6
    const before = fake.dump();
    const err = await insertBlock(productsBlock(2), { overwrite: false, anchor: "A1", run: noWait }).catch((e: unknown) => e);
    expect((err as TargetBlockedError).code).toBe("target-merged");
    expect((err as TargetBlockedError).overwriteResolves).toBe(true);
    expect((err as TargetBlockedError).text.vi).toContain("đồng ý ghi đè");

    await insertBlock(productsBlock(2), { overwrite: true, anchor: "A1", run: noWait });
    expect(fake.sheet().merges).not.toContainEqual({ row: 5, col: 2, rows: 1, cols: 2 });
    expect(fake.cell("C6").formula).toBe(10001);
    await undoLastInsert(noWait);
    expect(fake.dump()).toEqual(before);
  });

  test("inserting the same table again over itself works with consent and undoes to the first insert", async () => {
    await insertBlock(productsBlock(3), { overwrite: false, anchor: "B2", run: noWait });
    const first = fake.dump();
    const again = await insertBlock(productsBlock(3, 5), { overwrite: true, anchor: "B2", run: noWait });
    expect(again.syncs).toBe(2);
    expect(fake.cell("D6").formula).toBe(10005);
    await undoLastInsert(noWait);
    expect(fake.dump()).toEqual(first);
  });

  test("an overlapping Excel table stops the insert", async () => {
    fake.sheet().tables.push({ name: "BangGia", rect: { row: 3, col: 6, rows: 10, cols: 3 } });
    const err = await insertBlock(productsBlock(2), { overwrite: true, anchor: "A1", run: noWait }).catch((e: unknown) => e);
    expect((err as TargetBlockedError).code).toBe("target-table");
    expect((err as TargetBlockedError).text.vi).toContain("BangGia");
    expect(fake.sets).toHaveLength(0);
  });

  test("a block that would run off the sheet's edge, or a bad anchor, is refused before any write", async () => {
    fake.select("A1048570");
    const err = await insertBlock(productsBlock(10), { overwrite: true, run: noWait }).catch((e: unknown) => e);
    expect((err as TargetBlockedError).code).toBe("target-outside-sheet");
    expect((err as TargetBlockedError).text.vi).toContain("14 dòng × 7 cột");
    const bad = await insertBlock(productsBlock(1), { overwrite: true, anchor: "Sheet1!B", run: noWait }).catch((e: unknown) => e);
    expect((bad as TargetBlockedError).code).toBe("target-bad-anchor");
    expect(fake.sets).toHaveLength(0);
  });

  test("on ExcelApi 1.4 the checks it cannot make are reported, and it still takes 2 syncs", async () => {
    fake.apiMinor = 4;
    const result = await insertBlock(productsBlock(2), { overwrite: false, anchor: "A1", run: noWait });
    expect(result.skipped.map((s) => s.feature).sort()).toEqual(["formatUndo", "freeze", "mergeCheck", "pageLayout", "tableCheck"]);
    expect(fake.syncCount).toBe(2);
  });
});

describe("a failed write leaves the sheet as it was", () => {
  test("the write sync fails half way: the snapshot is put back and the error goes up", async () => {
    fake.put("B6", "số liệu cũ", "Sheet1", "@");
    fake.put("C8", 123.5, "Sheet1", "0.0");
    fake.sheet().columnWidths.set(1, 70);
    fake.cell("C8"); // default formats elsewhere
    const before = fake.dump();
    fake.failSync(2, officeError("GeneralException", "An internal error has occurred."), 6);

    const err = await insertBlock(productsBlock(3), { overwrite: true, anchor: "B5", run: noWait }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).code).toBe("excel-general");
    expect((err as UserError).text.en).toContain("An internal error has occurred.");
    // Some of the write did land before the failure; the restore sync put everything back.
    expect(fake.sets.filter((s) => s.sync === 2).length).toBe(6);
    expect(fake.syncCount).toBe(3);
    expect(fake.dump()).toEqual(before);
    expect(fake.settings.get(BLOCKS_KEY)).toEqual([]);
  });

  test("a banded insert failing on its second write puts every band back", async () => {
    fake.put("C1500", "giữ lại", "Sheet1", "@");
    const before = fake.dump();
    // 3,004 rows: 3 read syncs, then writes; sync 5 is the second band's write.
    fake.failSync(5, officeError("GeneralException", "Request payload size exceeds the limit."), 2);
    const err = await insertBlock(productsBlock(3000), { overwrite: true, anchor: "A1", run: noWait }).catch((e: unknown) => e);
    expect((err as UserError).code).toBe("excel-general");
    expect(fake.syncCount).toBe(5 + 3); // one restore sync per band
    expect(fake.dump()).toEqual(before);
  });
});
