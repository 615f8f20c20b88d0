import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { addBlockToWorksheet, newWorkbook, writeBlockToFile } from "../../src/cli/xlsx-write";
import { emptyGrid, type SheetBlock } from "../../src/core/sheet-block";
import { UserError } from "../../src/core/user-error";
import { productsBlock } from "../support/sample-blocks";
import { readZipEntry } from "../support/zip-entry";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "xlsx-write-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readBack(path: string, sheet: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  return ws;
}

describe("writeBlockToFile at A1", () => {
  let path: string;
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    path = join(dir, "products-a1.xlsx");
    await writeBlockToFile(productsBlock(), path, { sheetName: "Sản phẩm" });
    ws = await readBack(path, "Sản phẩm");
  });

  it("writes values, keeping text bases as text", () => {
    expect(ws.getCell("A1").value).toBe("SẢN PHẨM CÔNG NGHIỆP CHỦ YẾU");
    expect(ws.getCell("A6").value).toBe("Thủy sản đông lạnh");
    expect(ws.getCell("C6").value).toBe(10500);
    expect(ws.getCell("D6").value).toBe(5268);
    expect(ws.getCell("C9").value).toBe("1.234");
    expect(ws.getCell("E9").value).toBe("-");
    // A blank base stays an empty cell, not an empty string.
    expect(ws.getCell("E8").value).toBeNull();
  });

  it("writes formulas without '=' and without a cached result", () => {
    const f6 = ws.getCell("F6").value as ExcelJS.CellFormulaValue;
    expect(f6.formula).toBe('IF(AND(ISNUMBER(D6),ISNUMBER(C6),C6<>0),D6/C6,"")');
    expect(f6.result).toBeUndefined();
    expect((ws.getCell("I7").value as ExcelJS.CellFormulaValue).formula).toBe(
      'IF(AND(ISNUMBER(D7),ISNUMBER(E7),E7<>0),D7/E7*100,"")',
    );
    expect((ws.getCell("K9").value as ExcelJS.CellFormulaValue).formula).toBe(
      'IF(AND(ISNUMBER(D9),ISNUMBER(E9),E9<>0),(D9/E9-1)*100,"")',
    );
    expect((ws.getCell("D11").value as ExcelJS.CellFormulaValue).formula).toBe('IF(COUNT(D6:D10)=0,"",SUM(D6:D10))');
  });

  it("stores no <v> for formula cells and asks Excel to recalculate on open", () => {
    const sheetXml = readZipEntry(path, "xl/worksheets/sheet1.xml");
    const f6 = /<c r="F6"[^>]*>(.*?)<\/c>/.exec(sheetXml)?.[1];
    expect(f6).toMatch(/^<f>IF\(AND/);
    expect(f6).not.toContain("<v>");
    expect(readZipEntry(path, "xl/workbook.xml")).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("applies number formats per column", () => {
    expect(ws.getCell("C6").numFmt).toBe("#,##0");
    expect(ws.getCell("F6").numFmt).toBe("0.00%");
    expect(ws.getCell("H6").numFmt).toBe("0.00");
    expect(ws.getCell("J6").numFmt).toBe("+0.00;-0.00;0.00");
  });

  it("sets Times New Roman everywhere, with bold, italic and sizes", () => {
    for (const a of ["A1", "A2", "F4", "C6", "F6", "B8"]) expect(ws.getCell(a).font.name).toBe("Times New Roman");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("A2").font).toMatchObject({ italic: true, size: 12 });
    expect(ws.getCell("C6").font.bold).toBeFalsy();
    expect(ws.getCell("A11").font.bold).toBe(true);
  });

  it("aligns and wraps headers and draws thin borders", () => {
    expect(ws.getCell("D3").alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(ws.getCell("A2").alignment).toMatchObject({ horizontal: "right" });
    expect(ws.getCell("F6").border).toMatchObject({
      top: { style: "thin" },
      left: { style: "thin" },
      bottom: { style: "thin" },
      right: { style: "thin" },
    });
    // The title has no border.
    expect(ws.getCell("A1").border?.top).toBeUndefined();
  });

  it("merges the title, unit line, stacked headers and the 'So sánh' group", () => {
    expect([...ws.model.merges].sort()).toEqual(["A1:K1", "A2:K2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:K3"].sort());
  });

  it("sets column widths, freezes the header and prints A4 landscape one page wide", () => {
    expect(ws.getColumn(1).width).toBe(28);
    expect(ws.getColumn(6).width).toBe(10);
    expect(ws.getColumn(11).width).toBe(11);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });

  it("adds the provenance note", () => {
    const note = ws.getCell("D6").note;
    const text = typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("");
    expect(text).toBe("Nguồn: số liệu mẫu cho kiểm thử");
    expect(ws.getCell("D7").note).toBeUndefined();
  });
});

describe("writeBlockToFile at another anchor", () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    const path = join(dir, "products-c4.xlsx");
    await writeBlockToFile(productsBlock(), path, { sheetName: "KH", anchor: "C4" });
    ws = await readBack(path, "KH");
  });

  it("shifts every reference by the anchor offset (2 columns, 3 rows)", () => {
    // Block cell F6 (row 5, col 5) lands on H9.
    expect((ws.getCell("H9").value as ExcelJS.CellFormulaValue).formula).toBe(
      'IF(AND(ISNUMBER(F9),ISNUMBER(E9),E9<>0),F9/E9,"")',
    );
    expect((ws.getCell("F14").value as ExcelJS.CellFormulaValue).formula).toBe('IF(COUNT(F9:F13)=0,"",SUM(F9:F13))');
    expect(ws.getCell("E9").value).toBe(10500);
    expect(ws.getCell("A1").value).toBeNull();
  });

  it("shifts merges, widths and the frozen rows", () => {
    expect(ws.model.merges).toContain("C4:M4");
    expect(ws.model.merges).toContain("H6:M6");
    expect(ws.getColumn(3).width).toBe(28);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 8 });
  });
});

describe("addBlockToWorksheet safety", () => {
  it("refuses to write over a planner's value and leaves the sheet as it was", () => {
    const wb = newWorkbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("D7").value = 123;
    let caught: unknown;
    try {
      addBlockToWorksheet(ws, productsBlock(), "A1");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).code).toBe("xlsx.target-not-empty");
    expect((caught as UserError).message_in("vi")).toContain("D7");
    expect(ws.getCell("D7").value).toBe(123);
    expect(ws.getCell("A1").value).toBeNull();
  });

  it("refuses a target that holds merged cells, even with consent to overwrite", () => {
    const ws = newWorkbook().addWorksheet("S");
    ws.mergeCells("H20:I21");
    expect(() => addBlockToWorksheet(ws, productsBlock(), "B12", { overwrite: true })).toThrow(
      expect.objectContaining({ code: "xlsx.target-merged" }),
    );
    expect(ws.getCell("B12").value).toBeNull();
    // Beside the merge it fits.
    addBlockToWorksheet(ws, productsBlock(), "J12");
    expect(ws.getCell("J12").value).toBe("SẢN PHẨM CÔNG NGHIỆP CHỦ YẾU");
  });

  it("writes over it when the planner agreed", () => {
    const ws = newWorkbook().addWorksheet("S");
    ws.getCell("D7").value = 123;
    addBlockToWorksheet(ws, productsBlock(), "A1", { overwrite: true });
    expect(ws.getCell("D7").value).toBe(9870);
  });

  it("places a second block beside the first on the same sheet", () => {
    const ws = newWorkbook().addWorksheet("S");
    addBlockToWorksheet(ws, productsBlock(), "A1");
    addBlockToWorksheet(ws, productsBlock(), "M1");
    expect((ws.getCell("R6").value as ExcelJS.CellFormulaValue).formula).toBe(
      'IF(AND(ISNUMBER(P6),ISNUMBER(O6),O6<>0),P6/O6,"")',
    );
    expect(ws.workbook.calcProperties.fullCalcOnLoad).toBe(true);
  });

  it("rejects a bad anchor and a bad sheet name with a Vietnamese message", async () => {
    const ws = newWorkbook().addWorksheet("S");
    expect(() => addBlockToWorksheet(ws, productsBlock(), "1A")).toThrow(UserError);
    try {
      addBlockToWorksheet(ws, productsBlock(), "1A");
    } catch (e) {
      expect((e as UserError).message_in("vi")).toContain("Ô bắt đầu không hợp lệ");
    }
    await expect(writeBlockToFile(productsBlock(), join(dir, "x.xlsx"), { sheetName: "Báo cáo: 6 tháng" })).rejects.toMatchObject({
      code: "xlsx.bad-sheet-name",
    });
  });
});

describe("fills, colours and the block's own font", () => {
  function tinyBlock(fill: string): SheetBlock {
    const cells = emptyGrid(1, 2);
    cells[0]![0] = { value: "Ghi chú", style: { fill, fontColor: "#c00000", vAlign: "top" } };
    return { rows: 1, cols: 2, cells, merges: [], fontName: "Arial", meta: { templateId: "tiny", templateVersion: "0" } };
  }

  it("writes a solid fill, the font colour and the block's font", () => {
    const ws = newWorkbook().addWorksheet("S");
    addBlockToWorksheet(ws, tinyBlock("#FFF2CC"));
    expect(ws.getCell("A1").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
    expect(ws.getCell("A1").font).toMatchObject({ name: "Arial", color: { argb: "FFC00000" } });
    expect(ws.getCell("A1").alignment).toMatchObject({ vertical: "top" });
    // Empty cells of the block get the font too, so what the planner types there matches.
    expect(ws.getCell("B1").font.name).toBe("Arial");
    expect(ws.getCell("B1").value).toBeNull();
  });

  it("rejects a colour that is not #RRGGBB before writing anything", () => {
    const ws = newWorkbook().addWorksheet("S");
    expect(() => addBlockToWorksheet(ws, tinyBlock("yellow"))).toThrow(expect.objectContaining({ code: "xlsx.bad-colour" }));
    expect(ws.getCell("A1").value).toBeNull();
  });

  it("rejects overlapping or out-of-block merges before writing anything", () => {
    const ws = newWorkbook().addWorksheet("S");
    const overlapping = { ...productsBlock(), merges: [{ row: 0, col: 0, rows: 1, cols: 3 }, { row: 0, col: 2, rows: 2, cols: 1 }] };
    expect(() => addBlockToWorksheet(ws, overlapping)).toThrow(expect.objectContaining({ code: "xlsx.bad-merge" }));
    const outside = { ...productsBlock(), merges: [{ row: 0, col: 0, rows: 1, cols: 12 }] };
    expect(() => addBlockToWorksheet(ws, outside)).toThrow(expect.objectContaining({ code: "xlsx.bad-merge" }));
    expect(ws.getCell("A1").value).toBeNull();
  });
});
