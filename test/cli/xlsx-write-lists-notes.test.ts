/**
 * The BlockCell fields the templates add beyond values and formulas: drop-down lists
 * (`validation`) and notes on cells that hold nothing (role "note", the "not compared" cells).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { addBlockToWorksheet, newWorkbook, writeBlockToFile } from "../../src/cli/xlsx-write";
import { emptyGrid, type SheetBlock } from "../../src/core/sheet-block";
import { buildTemplate, DEFAULT_OPTIONS } from "../../src/core/templates";
import { SMALL } from "../core/templates/fixtures";
import { readZipEntry } from "../support/zip-entry";

const STATUSES = ["Vượt", "Đạt", "Chậm", "Chưa thực hiện"];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "xlsx-lists-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readBack(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error(`no sheet in ${path}`);
  return ws;
}

function noteText(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note;
  return typeof note === "string" ? note : note?.texts?.map((t) => t.text).join("");
}

function listBlock(list: string[]): SheetBlock {
  const cells = emptyGrid(2, 1);
  cells[0]![0] = { value: "Tiến độ", role: "header" };
  cells[1]![0] = { role: "input", validation: { list } };
  return { rows: 2, cols: 1, cells, merges: [], meta: { templateId: "list", templateVersion: "0" } };
}

describe("drop-down lists (BlockCell.validation)", () => {
  it("writes the empty task appendix's status cells as a list that accepts only the four statuses", async () => {
    // Empty "tasks" with 3 rows: the status column is H, body rows 5-7 (see the template).
    const block = buildTemplate("tasks", null, DEFAULT_OPTIONS, 3);
    const path = join(dir, "tasks.xlsx");
    await writeBlockToFile(block, path);
    const ws = await readBack(path);
    for (const a of ["H5", "H6", "H7"]) {
      expect(ws.getCell(a).dataValidation).toMatchObject({
        type: "list",
        allowBlank: true,
        showErrorMessage: true,
        formulae: ['"Vượt,Đạt,Chậm,Chưa thực hiện"'],
      });
      expect(ws.getCell(a).value).toBeNull();
    }
    // Neither the task column nor the summary rows get a list.
    expect(ws.getCell("B5").dataValidation).toBeUndefined();
    expect(ws.getCell("H8").dataValidation).toBeUndefined();
    const xml = readZipEntry(path, "xl/worksheets/sheet1.xml");
    // One rule over the three cells; the quotes of the literal are XML-escaped.
    expect(xml).toMatch(/<dataValidation type="list"[^>]*sqref="H5:H7"><formula1>&quot;Vượt,Đạt,Chậm,Chưa thực hiện&quot;<\/formula1>/);
  });

  it("shifts the list with the block's anchor", async () => {
    const ws = newWorkbook().addWorksheet("S");
    addBlockToWorksheet(ws, listBlock(STATUSES), "C4");
    expect(ws.getCell("C5").dataValidation?.formulae).toEqual(['"Vượt,Đạt,Chậm,Chưa thực hiện"']);
    expect(ws.getCell("A2").dataValidation).toBeUndefined();
  });

  it("doubles a quote inside an item, as an Excel text literal needs", () => {
    const ws = newWorkbook().addWorksheet("S");
    addBlockToWorksheet(ws, listBlock(['Đạt "tốt"', "Chậm"]));
    expect(ws.getCell("A2").dataValidation?.formulae).toEqual(['"Đạt ""tốt"",Chậm"']);
  });

  it.each([
    ["an item with a comma", ["Đạt", "Chậm, có lý do"]],
    ["an empty item", ["Đạt", ""]],
    ["an empty list", []],
    ["a list over 255 characters", Array.from({ length: 30 }, (_, i) => `Trạng thái số ${i}`)],
  ])("refuses %s before writing anything", (_why, list) => {
    const ws = newWorkbook().addWorksheet("S");
    expect(() => addBlockToWorksheet(ws, listBlock(list))).toThrow(expect.objectContaining({ code: "xlsx.bad-list" }));
    expect(ws.getCell("A1").value).toBeNull();
  });
});

describe("notes on cells that hold nothing", () => {
  it("keeps the price-basis note on the blank same-period comparison", async () => {
    // SMALL's production value: current prices this year, comparable 2010 prices last year.
    const block = buildTemplate("main-indicators", { dataset: SMALL }, DEFAULT_OPTIONS);
    const row = block.cells.findIndex((r) => r[1]?.value === "Giá trị");
    expect(block.cells[row]![7]!.role).toBe("note");
    const path = join(dir, "basis.xlsx");
    await writeBlockToFile(block, path);
    const cell = (await readBack(path)).getCell(row + 1, 8);
    expect(cell.value).toBeNull();
    expect(noteText(cell)).toBe("Không so sánh: hai số khác giá (giá hiện hành và giá so sánh 2010).");
  });
});
