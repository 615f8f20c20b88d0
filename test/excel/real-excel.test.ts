/**
 * Behaviours of real Excel that the hand fake hid, one test each, run on the simulated Excel
 * (src/simulator) with the link to the documentation or office-js issue that describes them.
 * Each was seen failing on the simulator before its fix in src/excel.
 */
import { insertBlock } from "../../src/excel/insert-block";
import { TargetBlockedError } from "../../src/excel/errors";
import { listBlocks, refreshBlock } from "../../src/excel/refresh";
import { readTable } from "../../src/excel/read-table";
import { readSelection, writeFormulas } from "../../src/excel/read-selection";
import { runExcel } from "../../src/excel/run";
import { resetUndoMemory, undoLastInsert } from "../../src/excel/undo";
import { UserError } from "../../src/core/user-error";
import { productsBlock } from "./blocks";
import { noWait, openExcel, sheetPicture, type TestExcel } from "./sim";

let xl: TestExcel;
beforeEach(() => resetUndoMemory());
afterEach(() => xl?.close());

describe("labels that begin like a formula stay text (Range.values reference)", () => {
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
  test('"- Ngành khai khoáng" and a bare "-" are written as the planner reads them, and a refresh sees no change', async () => {
    xl = openExcel("web");
    const block = productsBlock(2);
    block.cells[4]![0] = { value: "- Ngành khai khoáng", role: "label" };
    block.cells[5]![4] = { value: "-", role: "data" };
    await insertBlock(block, { overwrite: false, anchor: "A1", run: noWait });
    const label = xl.sim.workbook.cell("Sheet1", "A5");
    expect(label.formula).toBeNull();
    expect(label.value).toBe("- Ngành khai khoáng");
    expect(label.text).toBe("- Ngành khai khoáng");
    const dash = xl.sim.workbook.cell("Sheet1", "E6");
    expect(dash.formula).toBeNull();
    expect(dash.value).toBe("-");

    const result = await refreshBlock(block, { blockId: "Sheet1!A1:G6", run: noWait });
    expect(result.changes).toEqual([]);
  });
});

describe("merged cells whose top-left lies outside the target (office-js #3611)", () => {
  // https://github.com/OfficeDev/office-js/issues/3611: getMergedAreasOrNullObject answers only
  // merges that start inside the range.
  test("a title merged across A1:H1 stops an insert anchored at C1, before any write", async () => {
    xl = openExcel("web");
    xl.sim.workbook.setCell("Sheet1", "A1", "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI");
    xl.sim.workbook.merge("Sheet1", "A1:H1");
    const before = sheetPicture(xl.sim, "Sheet1", "A1:J8");
    const err = await insertBlock(productsBlock(2), { overwrite: true, anchor: "C1", run: noWait }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TargetBlockedError);
    expect((err as TargetBlockedError).code).toBe("target-merged");
    expect((err as TargetBlockedError).text.vi).toContain("A1:H1");
    expect(sheetPicture(xl.sim, "Sheet1", "A1:J8")).toEqual(before);
  });

  test("a sheet name with a comma and a quote: merges inside the target are named and merged again on undo", async () => {
    const name = "KH 2021, bản của Sở 'CT'";
    xl = openExcel("web", [name]);
    xl.sim.workbook.merge(name, "C6:D6");
    const before = sheetPicture(xl.sim, name, "A1:H8");
    const err = await insertBlock(productsBlock(2), { overwrite: false, anchor: "A1", run: noWait }).catch((e: unknown) => e);
    expect((err as TargetBlockedError).code).toBe("target-merged");
    expect((err as TargetBlockedError).text.en).toContain("(C6:D6)");
    await insertBlock(productsBlock(2), { overwrite: true, anchor: "A1", run: noWait });
    expect(xl.sim.workbook.merges(name)).not.toContain("C6:D6");
    await undoLastInsert(noWait);
    expect(sheetPicture(xl.sim, name, "A1:H8")).toEqual(before);
  });
});

describe("undo puts back a cell without fill as without fill (office-js #4900, #6218)", () => {
  // https://github.com/OfficeDev/office-js/issues/4900, https://github.com/OfficeDev/office-js/issues/6218:
  // getCellProperties answers fill.color "#FFFFFF" with pattern null for no fill.
  test("cells that had no fill have none after undo; a yellow one is yellow again", async () => {
    xl = openExcel("web");
    xl.sim.workbook.setCell("Sheet1", "B6", "ghi chú");
    xl.sim.workbook.setFill("Sheet1", "C6", "#FFFF00");
    const before = sheetPicture(xl.sim, "Sheet1", "A1:H8");
    const block = productsBlock(3);
    for (const cell of block.cells[2]!) cell.style = { ...cell.style, fill: "#DDEBF7" };
    await insertBlock(block, { overwrite: true, anchor: "A1", run: noWait });
    expect(xl.sim.workbook.cell("Sheet1", "A3").format.fillColor).toBe("#DDEBF7");
    await undoLastInsert(noWait);
    expect(xl.sim.workbook.cell("Sheet1", "A3").format.fillColor ?? null).toBeNull();
    expect(xl.sim.workbook.cell("Sheet1", "C6").format.fillColor).toBe("#FFFF00");
    expect(sheetPicture(xl.sim, "Sheet1", "A1:H8")).toEqual(before);
  });
});

describe("undo keeps apostrophe text as text (office-js #6687)", () => {
  // https://github.com/OfficeDev/office-js/issues/6687: range.formulas drops the leading apostrophe.
  test("'001, '=x and '-5 come back as text, not a number or a formula", async () => {
    xl = openExcel("web");
    xl.sim.workbook.setCell("Sheet1", "B6", "'001");
    xl.sim.workbook.setCell("Sheet1", "C6", "'=x");
    xl.sim.workbook.setCell("Sheet1", "D6", "'-5");
    xl.sim.workbook.setCell("Sheet1", "E6", "Tôm đông");
    const before = sheetPicture(xl.sim, "Sheet1", "A1:H8");
    await insertBlock(productsBlock(2), { overwrite: true, anchor: "A1", run: noWait });
    await undoLastInsert(noWait);
    const b6 = xl.sim.workbook.cell("Sheet1", "B6");
    expect(b6).toMatchObject({ value: "001", formula: null, hasApostrophe: true });
    expect(xl.sim.workbook.cell("Sheet1", "C6")).toMatchObject({ value: "=x", formula: null, hasApostrophe: true });
    expect(xl.sim.workbook.cell("Sheet1", "D6")).toMatchObject({ value: "-5", formula: null });
    expect(sheetPicture(xl.sim, "Sheet1", "A1:H8")).toEqual(before);
  });
});

describe("Excel on the web's 5 MB request and response limits", () => {
  // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
  test("a selection over 200,000 cells is refused from its size alone: no content is loaded", async () => {
    xl = openExcel("web");
    const rows = Array.from({ length: 2000 }, (_, i) => [`Chỉ tiêu số ${i + 1} của bảng tổng hợp`, 1000 + i, 2000 + i]);
    xl.sim.workbook.setCells("Sheet1", "A1", rows);
    xl.sim.workbook.select("Sheet1", "A1:J30000");
    const err = await readSelection({ run: noWait }).catch((e: unknown) => e);
    expect((err as UserError).code).toBe("range-too-large");
    expect(Math.max(...xl.sim.stats.responses)).toBeLessThan(2000);
  });

  test("a request over 5 MB gets a message that says what to do, in Vietnamese", async () => {
    xl = openExcel("web");
    xl.sim.failSync("RequestPayloadSizeLimitExceeded");
    const err = await runExcel(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [[1]];
      await context.sync();
    }, noWait).catch((e: unknown) => e);
    expect((err as UserError).code).toBe("payload-too-large");
    expect((err as UserError).text.vi).toContain("5 MB");
    expect((err as UserError).text.vi).toContain("chọn vùng nhỏ hơn");
  });
});

describe("whole-row and whole-column selections (unbounded ranges load null)", () => {
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-unbounded
  function table(): void {
    xl.sim.workbook.setCells("Sheet1", "B3", [
      ["Chỉ tiêu", "Kế hoạch", "Thực hiện", "% KH"],
      ["Tôm đông", 10500, 5268, null],
      ["Cá tra", 2000, 1500, null],
    ]);
  }
  test.each(["3:5", "B:E"])("selecting %s reads the table clipped to the used range", async (address) => {
    xl = openExcel("web");
    table();
    xl.sim.workbook.select("Sheet1", address);
    const read = await readTable({ run: noWait });
    expect(read.anchor).toEqual({ row: 2, col: 1, rows: 3, cols: 4 });
    expect(read.grid.rows[3]![2]!.value).toBe(10500);
    expect(read.grid.rows[2]![1]!.value).toBe("Chỉ tiêu");
  });
});

describe("errors are matched by code, never by their localized message", () => {
  // https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
  test("a protected sheet in a Vietnamese Excel says so; a general error mentioning protection is a general error", async () => {
    xl = openExcel("web");
    xl.sim.workbook.protect("Sheet1", true);
    const denied = await runExcel(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    }, noWait).catch((e: unknown) => e);
    expect((denied as UserError).code).toBe("sheet-protected");
    const general = await runExcel(async () => {
      throw Object.assign(new Error("The range is protected."), { code: "GeneralException" });
    }, noWait).catch((e: unknown) => e);
    expect((general as UserError).code).toBe("excel-general");
  });
});

describe("cell-edit mode (Excel.run delayForCellEdit, ExcelApi 1.11)", () => {
  // https://learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member
  test("where 1.11 is supported the insert waits for the planner to leave the cell instead of failing", async () => {
    xl = openExcel("desktop");
    xl.sim.setCellEditMode(true);
    const insert = insertBlock(productsBlock(2), { overwrite: false, anchor: "A1", run: noWait });
    setTimeout(() => xl.sim.setCellEditMode(false), 20);
    await expect(insert).resolves.toMatchObject({ address: "Sheet1!A1:G6" });
    expect(xl.sim.workbook.cell("Sheet1", "A1").value).toBe("SẢN PHẨM CÔNG NGHIỆP CHỦ YẾU");
  });
});

describe("cell-edit mode starting half way through a banded insert, before ExcelApi 1.11", () => {
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling (InvalidOperationInCellEditMode):
  // the request is refused whole while the planner edits a cell.
  test("Excel 2019: the refused band is sent again once the planner leaves the cell; the table is whole and undo exact", async () => {
    xl = openExcel("excel-2019");
    xl.sim.workbook.setCell("Sheet1", "C1500", "giữ lại");
    const before = sheetPicture(xl.sim, "Sheet1", "A1495:H1505");
    // 3,004 rows: 3 reads, then the writes; the planner starts typing before the second write.
    xl.sim.setCellEditMode(true, { after: 4 });
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
      xl.sim.setCellEditMode(false);
    };
    const done = await insertBlock(productsBlock(3000), { overwrite: true, anchor: "A1", run: { retries: 3, delayMs: 10, sleep } });
    expect(waits).toHaveLength(1);
    expect(done.rowsWritten).toBe(3004);
    expect(xl.sim.workbook.cell("Sheet1", "A3004").value).toBe("Sản phẩm 3000");
    await undoLastInsert(noWait);
    expect(sheetPicture(xl.sim, "Sheet1", "A1495:H1505")).toEqual(before);
    expect(xl.sim.workbook.cell("Sheet1", "A5").value).toBe("");
  }, 60_000);

  test("Excel 2019: a refresh and a formula write refused by cell-edit mode are sent again, not reported as a failed restore", async () => {
    xl = openExcel("excel-2019");
    await insertBlock(productsBlock(2), { overwrite: false, anchor: "A1", run: noWait });
    const sleep = async () => xl.sim.setCellEditMode(false);
    xl.sim.setCellEditMode(true, { after: 1 });
    const fresh = productsBlock(2, 1);
    const refreshed = await refreshBlock(fresh, { blockId: "Sheet1!A1:G6", run: { retries: 2, sleep } });
    expect(refreshed.changes).toHaveLength(6);
    expect(xl.sim.workbook.cell("Sheet1", "C5").value).toBe(10001);
    xl.sim.setCellEditMode(true, { after: 1 });
    await writeFormulas("Sheet1", [{ row: 9, col: 0, formula: "=C5*2" }], { run: { retries: 2, sleep } });
    expect(xl.sim.workbook.cell("Sheet1", "A10").value).toBe(20002);
  });
});

describe("undo of a snapshot taken in a newer Excel (requirement sets)", () => {
  // https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets:
  // setCellProperties and pageLayout are ExcelApi 1.9; Excel 2019 has up to 1.8.
  test("Excel 2019 restores the contents and says which formats it could not put back", async () => {
    xl = openExcel("web");
    const setup = (t: TestExcel) => {
      t.sim.workbook.setCell("Sheet1", "B6", "ghi chú");
      t.sim.workbook.setCell("Sheet1", "C6", 42);
      t.sim.workbook.setFill("Sheet1", "C6", "#FFFF00");
    };
    setup(xl);
    await insertBlock(productsBlock(2), { overwrite: true, anchor: "B2", run: noWait });
    xl.close();
    // The same workbook opened in Excel 2019 with the inserted table; the pane still holds the snapshot.
    xl = openExcel("excel-2019");
    xl.sim.workbook.setCells("Sheet1", "B2", [["SẢN PHẨM CÔNG NGHIỆP CHỦ YẾU"], [null], [null], [null], ["Sản phẩm 1", "tấn"]]);
    const done = await undoLastInsert(noWait);
    expect(done.notRestored.map((f) => f.feature).sort()).toEqual(["formatUndo", "pageLayout"]);
    expect(done.notRestored[0]!.reason.vi).toMatch(/Excel/);
    expect(xl.sim.workbook.cell("Sheet1", "B6").value).toBe("ghi chú");
    expect(xl.sim.workbook.cell("Sheet1", "C6").value).toBe(42);
    expect(xl.sim.workbook.cell("Sheet1", "B2").value).toBe("");
  });
});

describe("merged titles get their height (autofit ignores merged cells)", () => {
  // https://support.microsoft.com/office/change-the-column-width-and-row-height-72f5e3cc-994d-43e8-ae58-9774a0905f46
  test("a long title merged across the table gets a row tall enough for its lines, and undo puts the height back", async () => {
    xl = openExcel("web");
    const before = xl.sim.workbook.rowHeight("Sheet1", 1);
    const block = productsBlock(2);
    block.cells[0]![0] = {
      value: "TÌNH HÌNH THỰC HIỆN CÁC SẢN PHẨM CÔNG NGHIỆP CHỦ YẾU 6 THÁNG ĐẦU NĂM 2020 VÀ ƯỚC THỰC HIỆN CẢ NĂM 2020 CỦA TỈNH TRÀ VINH",
      role: "label",
      style: { bold: true, hAlign: "center", fontSize: 14, wrap: true },
    };
    await insertBlock(block, { overwrite: false, anchor: "A1", run: noWait });
    expect(xl.sim.workbook.rowHeight("Sheet1", 1)).toBeGreaterThanOrEqual(2 * 14 * 1.2);
    await undoLastInsert(noWait);
    expect(xl.sim.workbook.rowHeight("Sheet1", 1)).toBe(before);
  });

  test("undo gives a row of the standard height its standard height back, not a fixed one that no longer grows with its text", async () => {
    xl = openExcel("web");
    const standard = async (): Promise<boolean> =>
      Excel.run(async (context) => {
        const format = context.workbook.worksheets.getItem("Sheet1").getRange("1:1").format;
        format.load("useStandardHeight");
        await context.sync();
        return format.useStandardHeight;
      });
    expect(await standard()).toBe(true);
    const block = productsBlock(2);
    block.cells[0]![0] = { value: "TÌNH HÌNH THỰC HIỆN CÁC SẢN PHẨM CÔNG NGHIỆP CHỦ YẾU 6 THÁNG ĐẦU NĂM 2020 VÀ ƯỚC THỰC HIỆN CẢ NĂM 2020", role: "label", style: { bold: true, hAlign: "center", fontSize: 14, wrap: true } };
    await insertBlock(block, { overwrite: false, anchor: "A1", run: noWait });
    expect(await standard()).toBe(false);
    await undoLastInsert(noWait);
    expect(await standard()).toBe(true);
  });
});

describe("fit to one page wide is ignored until the Page Layout tab was opened (office-js #1860)", () => {
  // https://github.com/OfficeDev/office-js/issues/1860
  test("the insert reads the zoom back and says so when Excel did not take it", async () => {
    xl = openExcel("web");
    const ignored = await insertBlock(productsBlock(1), { overwrite: false, anchor: "A1", run: noWait });
    expect(ignored.skipped.map((s) => s.feature)).toContain("fitToWidth");
    expect(ignored.skipped.find((s) => s.feature === "fitToWidth")!.reason.vi).toContain("Page Layout");
    xl.sim.workbook.setPageLayoutTabOpen(true);
    const taken = await insertBlock(productsBlock(1), { overwrite: true, anchor: "A1", run: noWait });
    expect(taken.skipped.map((s) => s.feature)).not.toContain("fitToWidth");
    expect(xl.sim.workbook.pageLayout("Sheet1").zoom).toMatchObject({ horizontalFitToPages: 1 });
    expect(taken.syncs).toBe(2);
  });
});

test("listBlocks answers the blocks of the workbook", async () => {
  xl = openExcel("web");
  await insertBlock(productsBlock(1), { overwrite: false, anchor: "B2", run: noWait });
  expect((await listBlocks({ run: noWait })).map((b) => b.id)).toEqual(["Sheet1!B2:H6"]);
});
