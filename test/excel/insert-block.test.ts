import { insertBlock } from "../../src/excel/insert-block";
import { TargetBlockedError, TargetNotEmptyError } from "../../src/excel/errors";
import { BLOCKS_KEY, type BlockRecord } from "../../src/excel/block-records";
import { resetUndoMemory, undoLastInsert } from "../../src/excel/undo";
import { UserError } from "../../src/core/user-error";
import { productsBlock } from "./blocks";
import { content, noWait, openExcel, sheetPicture, type TestExcel } from "./sim";

let xl: TestExcel;
const wb = () => xl.sim.workbook;
const records = () => wb().settings()[BLOCKS_KEY] as BlockRecord[];

beforeEach(() => {
  resetUndoMemory();
  xl = openExcel("web", ["Sheet1", "Báo cáo"]);
});
afterEach(() => xl.close());

describe("insertBlock writes the block at the anchor", () => {
  test("values, formulas shifted to the anchor, number formats, styles and merges", async () => {
    wb().select("Sheet1", "D5");
    const result = await insertBlock(productsBlock(3), { overwrite: false, run: noWait });

    expect(result.address).toBe("Sheet1!D5:J11");
    expect(result.rowsWritten).toBe(7);
    expect(content(xl.sim, "D5")).toBe("SẢN PHẨM CÔNG NGHIỆP CHỦ YẾU");
    expect(content(xl.sim, "D9")).toBe("Sản phẩm 1");
    expect(content(xl.sim, "F9")).toBe(10000);
    expect(wb().cell("Sheet1", "F9")).toMatchObject({ numberFormat: "#,##0", text: "10.000" });
    // Block F5 (% of plan, first data row) lands in I9 with its references moved by 4 rows, 3 columns.
    expect(content(xl.sim, "I9")).toBe('=IF(AND(ISNUMBER(G9),ISNUMBER(F9),F9<>0),G9/F9,"")');
    expect(content(xl.sim, "J11")).toBe('=IF(AND(ISNUMBER(G11),ISNUMBER(H11),H11<>0),G11/H11,"")');
    // Evaluated by the simulator: 5270 / 3373.
    expect(wb().cell("Sheet1", "J11").value).toBeCloseTo(5270 / 3373, 12);
    expect(wb().cell("Sheet1", "J11").numberFormat).toBe("0.00%");
    expect(wb().cell("Sheet1", "D7").format).toMatchObject({ bold: true, wrapText: true, horizontalAlignment: "Center" });
    expect(wb().cell("Sheet1", "E9").format.borders?.top).toBe("Continuous Thin");
    expect(wb().cell("Sheet1", "F10").format.fontName).toBe("Times New Roman");
    expect(wb().cell("Sheet1", "D3").format.fontName).not.toBe("Times New Roman"); // outside the block: untouched
    expect(wb().merges("Sheet1")).toEqual(expect.arrayContaining(["D5:J5", "I7:J7", "D7:D8"]));
    expect(wb().merges("Sheet1")).toHaveLength(8);
    // 30 characters -> (30 × 7 + 5) × 0.75 = 161.25 pt, on column D where the block starts.
    expect(wb().columnWidth("Sheet1", "D")).toBe(161.25);
    expect(wb().pageLayout("Sheet1")).toMatchObject({ orientation: "Landscape", paperSize: "A4" });
  });

  test("freezes the header only when the block starts at row 1", async () => {
    wb().select("Sheet1", "B4");
    const low = await insertBlock(productsBlock(2), { overwrite: false, run: noWait });
    expect(wb().frozenRows("Sheet1")).toBe(0);
    expect(low.skipped.map((s) => s.feature)).toContain("freeze");

    await insertBlock(productsBlock(2), { overwrite: false, anchor: "Báo cáo!A1", run: noWait });
    expect(wb().frozenRows("Báo cáo")).toBe(4);
  });

  test("text that looks like a formula is written as text", async () => {
    const block = productsBlock(1);
    block.cells[4]![0] = { value: '=HYPERLINK("x")', role: "label" };
    await insertBlock(block, { overwrite: false, anchor: "A1", run: noWait });
    expect(wb().cell("Sheet1", "A5")).toMatchObject({ value: '=HYPERLINK("x")', formula: null, hasApostrophe: true });
  });

  test("records template, dataset, options, address and the written data in the workbook settings", async () => {
    await insertBlock(productsBlock(2), { overwrite: false, anchor: "Báo cáo!B2", run: noWait });
    expect(records()).toHaveLength(1);
    expect(records()[0]).toMatchObject({
      id: "'Báo cáo'!B2:H7",
      sheet: "Báo cáo",
      address: "B2:H7",
      templateId: "products",
      templateVersion: "1.0.0",
      datasetId: "tra-vinh-2020-h1",
      datasetVersion: "3",
      options: { comparison: "percent" },
    });
    expect(records()[0]!.written).toEqual({ "4,2": 10000, "4,3": 5268, "4,4": 3371, "5,2": 10001, "5,3": 5269, "5,4": 3372 });
  });
});

describe("round trips and payload (measured by the simulator, Excel on the web)", () => {
  test.each([50, 1000])("%i data rows: one read sync and one write sync", async (n) => {
    const result = await insertBlock(productsBlock(n), { overwrite: false, anchor: "A1", run: noWait });
    expect(xl.sim.stats.syncs).toBe(2);
    expect(result.syncs).toBe(2);
    const actions = xl.sim.stats.actions;
    const sets = (name: string) => actions.filter((a) => a.kind === "set" && a.name === name);
    // Contents and number formats go out as one 2-D assignment each, not cell by cell.
    expect(sets("formulas")).toHaveLength(1);
    expect(sets("numberFormat")).toHaveLength(1);
    // Styles are set per rectangle of equal style: the same handful whatever the row count.
    expect(sets("bold")).toHaveLength(2);
    // Reads all happen in sync 1 (but the print zoom read back after it is set), writes in sync 2.
    const loads = actions.filter((a) => a.kind === "load");
    expect(new Set(loads.filter((a) => a.object !== "PageLayout").map((a) => a.sync))).toEqual(new Set([1]));
    expect(new Set(actions.filter((a) => a.kind === "set").map((a) => a.sync))).toEqual(new Set([2]));
    expect(content(xl.sim, `F${n + 4}`)).toBe(`=IF(AND(ISNUMBER(D${n + 4}),ISNUMBER(C${n + 4}),C${n + 4}<>0),D${n + 4}/C${n + 4},"")`);
  });

  test("10,000 data rows go in bands of at most 1,200 rows, each request and answer under 5 MB, with progress", async () => {
    const progress: number[] = [];
    const result = await insertBlock(productsBlock(10_000), {
      overwrite: false,
      anchor: "A1",
      onProgress: (done) => progress.push(done),
      run: noWait,
    });
    // 10,004 rows in 9 bands (8 × 1,200 + 404): 9 reads, then 9 writes.
    expect(xl.sim.stats.syncs).toBe(18);
    expect(result.syncs).toBe(18);
    expect(progress).toEqual([1200, 2400, 3600, 4800, 6000, 7200, 8400, 9600, 10004]);
    expect(Math.max(...xl.sim.stats.requests)).toBeLessThan(5 * 1024 * 1024);
    expect(Math.max(...xl.sim.stats.responses)).toBeLessThan(5 * 1024 * 1024);
    expect(content(xl.sim, "A10004")).toBe("Sản phẩm 10000");
    expect(content(xl.sim, "G10004")).toBe('=IF(AND(ISNUMBER(D10004),ISNUMBER(E10004),E10004<>0),D10004/E10004,"")');
  }, 60_000);
});

describe("safety before writing", () => {
  test("refuses a non-empty target without consent, writes nothing, and succeeds with it", async () => {
    wb().setCell("Sheet1", "C7", "ghi chú của tôi");
    wb().setCell("Sheet1", "E9", 42);
    wb().select("Sheet1", "B5");
    const before = sheetPicture(xl.sim, "Sheet1", "A1:I12");
    const refused = insertBlock(productsBlock(3), { overwrite: false, run: noWait });
    await expect(refused).rejects.toBeInstanceOf(TargetNotEmptyError);
    const err = (await refused.catch((e: unknown) => e)) as TargetNotEmptyError;
    expect(err.cells).toEqual(["C7", "E9"]);
    expect(err.text.vi).toContain("Ghi đè lên các ô này?");
    expect(sheetPicture(xl.sim, "Sheet1", "A1:I12")).toEqual(before);

    const done = await insertBlock(productsBlock(3), { overwrite: true, run: noWait });
    expect(done.address).toBe("Sheet1!B5:H11");
    // C7 now holds the block's "ĐVT" header; the old note is in the undo snapshot.
    expect(content(xl.sim, "C7")).toBe("ĐVT");
    expect(done.undo.areas[0]!.formulas[2]![1]).toBe("ghi chú của tôi");
  });

  test("a protected sheet stops the insert with a clear message and no write", async () => {
    wb().protect("Sheet1", true);
    const p = insertBlock(productsBlock(2), { overwrite: true, anchor: "A1", run: noWait });
    const err = (await p.catch((e: unknown) => e)) as TargetBlockedError;
    expect(err).toBeInstanceOf(TargetBlockedError);
    expect(err.code).toBe("target-protected");
    expect(err.text.vi).toContain("đang được bảo vệ");
    expect(err.text.en).toContain("is protected");
    expect(content(xl.sim, "A1")).toBe("");
  });

  test("a merge the block would cut through stops the insert, even with consent", async () => {
    wb().merge("Sheet1", "F6:I6"); // sticks out of A1:G6
    const err = await insertBlock(productsBlock(2), { overwrite: true, anchor: "A1", run: noWait }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TargetBlockedError);
    expect((err as TargetBlockedError).code).toBe("target-merged");
    expect((err as TargetBlockedError).overwriteResolves).toBe(false);
    expect((err as TargetBlockedError).text.en).toContain("F6:I6");
    expect(content(xl.sim, "A1")).toBe("");
  });

  test("merges inside the target need consent; with it they are replaced, and undo merges them again", async () => {
    wb().merge("Sheet1", "C6:D6");
    const before = sheetPicture(xl.sim, "Sheet1", "A1:H8");
    const err = await insertBlock(productsBlock(2), { overwrite: false, anchor: "A1", run: noWait }).catch((e: unknown) => e);
    expect((err as TargetBlockedError).code).toBe("target-merged");
    expect((err as TargetBlockedError).overwriteResolves).toBe(true);
    expect((err as TargetBlockedError).text.vi).toContain("đồng ý ghi đè");

    await insertBlock(productsBlock(2), { overwrite: true, anchor: "A1", run: noWait });
    expect(wb().merges("Sheet1")).not.toContain("C6:D6");
    expect(content(xl.sim, "C6")).toBe(10001);
    await undoLastInsert(noWait);
    expect(sheetPicture(xl.sim, "Sheet1", "A1:H8")).toEqual(before);
  });

  test("inserting the same table again over itself works with consent and undoes to the first insert", async () => {
    await insertBlock(productsBlock(3), { overwrite: false, anchor: "B2", run: noWait });
    const first = sheetPicture(xl.sim, "Sheet1", "A1:I9");
    const again = await insertBlock(productsBlock(3, 5), { overwrite: true, anchor: "B2", run: noWait });
    expect(again.syncs).toBe(2);
    expect(content(xl.sim, "D6")).toBe(10005);
    await undoLastInsert(noWait);
    expect(sheetPicture(xl.sim, "Sheet1", "A1:I9")).toEqual(first);
  });

  test("an overlapping Excel table stops the insert", async () => {
    wb().addTable("Sheet1", "G4:I13", "BangGia");
    const err = await insertBlock(productsBlock(2), { overwrite: true, anchor: "A1", run: noWait }).catch((e: unknown) => e);
    expect((err as TargetBlockedError).code).toBe("target-table");
    expect((err as TargetBlockedError).text.vi).toContain("BangGia");
    expect(content(xl.sim, "A1")).toBe("");
  });

  test("a block that would run off the sheet's edge, or a bad anchor, is refused before any write", async () => {
    wb().select("Sheet1", "A1048570");
    const err = await insertBlock(productsBlock(10), { overwrite: true, run: noWait }).catch((e: unknown) => e);
    expect((err as TargetBlockedError).code).toBe("target-outside-sheet");
    expect((err as TargetBlockedError).text.vi).toContain("14 dòng × 7 cột");
    const bad = await insertBlock(productsBlock(1), { overwrite: true, anchor: "Sheet1!B", run: noWait }).catch((e: unknown) => e);
    expect((bad as TargetBlockedError).code).toBe("target-bad-anchor");
    expect(wb().usedRange("Sheet1")).toBeNull();
  });

  test.each([
    ["excel-2019", ["formatUndo", "mergeCheck", "pageLayout", "tableCheck"]],
    ["excel-2016", ["formatUndo", "freeze", "mergeCheck", "pageLayout", "tableCheck"]],
  ] as const)("in %s the checks it cannot make are reported, nothing throws, and it still takes 2 syncs", async (profile, skipped) => {
    xl.close();
    xl = openExcel(profile);
    const result = await insertBlock(productsBlock(2), { overwrite: false, anchor: "A1", run: noWait });
    expect(result.skipped.map((s) => s.feature).sort()).toEqual(skipped);
    expect(xl.sim.stats.syncs).toBe(2);
    expect(content(xl.sim, "C5")).toBe(10000);
  });
});

describe("a failed write leaves the sheet as it was", () => {
  test("the write sync fails: the snapshot is put back and the error goes up", async () => {
    wb().setCell("Sheet1", "B6", "số liệu cũ");
    wb().setCell("Sheet1", "C8", 123.5);
    const before = sheetPicture(xl.sim, "Sheet1", "A1:I10");
    xl.sim.failSync("GeneralException", { after: 1 });

    const err = await insertBlock(productsBlock(3), { overwrite: true, anchor: "B5", run: noWait }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).code).toBe("excel-general");
    expect(xl.sim.stats.syncs).toBe(3);
    expect(sheetPicture(xl.sim, "Sheet1", "A1:I10")).toEqual(before);
    expect(wb().settings()[BLOCKS_KEY]).toEqual([]);
  });

  test("a write refused half way (a protected sheet) is put back too", async () => {
    wb().setCell("Sheet1", "C8", 7);
    const before = sheetPicture(xl.sim, "Sheet1", "A1:I10");
    // Protected between the read and the write: the write batch stops at its first cell write.
    const original = xl.sim.stats.syncs;
    const p = insertBlock(productsBlock(3), { overwrite: true, anchor: "B5", run: noWait });
    await Promise.resolve();
    wb().protect("Sheet1", true);
    const err = await p.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(xl.sim.stats.syncs).toBeGreaterThan(original);
    wb().protect("Sheet1", false);
    expect(sheetPicture(xl.sim, "Sheet1", "A1:I10")).toEqual(before);
  });

  test("a banded insert failing on its second write puts every band back", async () => {
    wb().setCell("Sheet1", "C1500", "giữ lại");
    const before = sheetPicture(xl.sim, "Sheet1", "A1495:H1505");
    // 3,004 rows: 3 read syncs, then writes; the 5th sync is the second band's write.
    xl.sim.failSync("GeneralException", { after: 4 });
    const err = await insertBlock(productsBlock(3000), { overwrite: true, anchor: "A1", run: noWait }).catch((e: unknown) => e);
    expect((err as UserError).code).toBe("excel-general");
    expect(xl.sim.stats.syncs).toBe(5 + 3); // one restore sync per band
    expect(sheetPicture(xl.sim, "Sheet1", "A1495:H1505")).toEqual(before);
    expect(content(xl.sim, "A5")).toBe("");
  }, 60_000);
});
