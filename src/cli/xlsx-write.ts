/**
 * Writes a declarative SheetBlock into an ExcelJS worksheet: the CLI's counterpart of the
 * Excel layer. Formulas are stored without a cached result so that Excel, LibreOffice and
 * any other reader compute them from the cells instead of trusting a stale number.
 */

import type * as ExcelJS from "exceljs";
import { newExcelWorkbook } from "./exceljs";
import { cellAddress, parseCellAddress, shiftFormula, type CellPosition } from "../core/a1";
import type { BlockCell, CellStyle, SheetBlock } from "../core/sheet-block";
import { localized, UserError } from "../core/user-error";

/** The official look: Vietnamese administrative documents are set in Times New Roman. */
export const DEFAULT_FONT_NAME = "Times New Roman";
/** Size used when a cell does not say; 12 pt is the usual size of statistical tables in reports. */
export const DEFAULT_FONT_SIZE = 12;
/** ExcelJS/OOXML paper size code for A4. */
export const PAPER_A4 = 9;
/** Excel's limit on a literal drop-down list ("Vượt,Đạt,..."), separators included. */
const MAX_LIST_LENGTH = 255;

export interface PlaceOptions {
  /** Top-left cell of the block, "A1" by default. */
  anchor?: string;
  /** Write even if some target cells already hold something (the planner agreed). */
  overwrite?: boolean;
}

export interface WriteFileOptions extends PlaceOptions {
  /** Worksheet name, "Sheet1" by default. */
  sheetName?: string;
}

/** A workbook that Excel recalculates fully when it is opened (our formulas carry no cached results). */
export function newWorkbook(): ExcelJS.Workbook {
  const wb = newExcelWorkbook();
  wb.calcProperties.fullCalcOnLoad = true;
  return wb;
}

/** Writes the block into a new workbook with one sheet and saves it as .xlsx. */
export async function writeBlockToFile(block: SheetBlock, path: string, options: WriteFileOptions = {}): Promise<void> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(checkedSheetName(options.sheetName ?? "Sheet1"));
  addBlockToWorksheet(ws, block, options.anchor ?? "A1", options);
  await wb.xlsx.writeFile(path);
}

/**
 * Places the block with its top-left corner at `anchor`. Refuses (UserError) to write over
 * non-empty cells unless `overwrite` is set, so a planner's figures are never lost silently.
 */
export function addBlockToWorksheet(
  ws: ExcelJS.Worksheet,
  block: SheetBlock,
  anchor: string = "A1",
  options: Pick<PlaceOptions, "overwrite"> = {},
): void {
  const origin = parseAnchor(anchor);
  // Everything that can fail is checked before the first cell is touched: a failed write
  // must leave the sheet as it was.
  checkBlock(block);
  refuseMergedTarget(ws, block, origin);
  if (!options.overwrite) refuseNonEmptyTarget(ws, block, origin);
  const fontName = block.fontName ?? DEFAULT_FONT_NAME;

  for (let r = 0; r < block.rows; r++) {
    for (let c = 0; c < block.cols; c++) {
      const cell = block.cells[r]?.[c];
      if (!cell) continue;
      writeCell(ws.getCell(origin.row + r + 1, origin.col + c + 1), cell, fontName, origin);
    }
  }

  // After the cells: ExcelJS copies the master's style onto the covered cells of a merge,
  // so the borders of a merged header stay whole.
  for (const m of block.merges) {
    if (m.rows <= 1 && m.cols <= 1) continue;
    const top = origin.row + m.row + 1;
    const left = origin.col + m.col + 1;
    ws.mergeCells(top, left, top + m.rows - 1, left + m.cols - 1);
  }

  block.columnWidths?.forEach((width, i) => {
    ws.getColumn(origin.col + i + 1).width = width;
  });

  if (block.freezeRows && block.freezeRows > 0) {
    const ySplit = origin.row + block.freezeRows;
    ws.views = [{ state: "frozen", xSplit: 0, ySplit, topLeftCell: cellAddress(ySplit, 0) }];
  }

  if (block.print) {
    ws.pageSetup.paperSize = PAPER_A4;
    ws.pageSetup.orientation = block.print.landscape ? "landscape" : "portrait";
    if (block.print.fitToWidth) {
      // One page wide, as many pages tall as needed (0 = automatic).
      ws.pageSetup.fitToPage = true;
      ws.pageSetup.fitToWidth = 1;
      ws.pageSetup.fitToHeight = 0;
    }
  }

  ws.workbook.calcProperties.fullCalcOnLoad = true;
}

function writeCell(target: ExcelJS.Cell, cell: BlockCell, fontName: string, origin: CellPosition): void {
  if (cell.formula !== undefined) {
    const shifted = shiftFormula(cell.formula, origin.row, origin.col);
    // ExcelJS wants the formula without "="; no `result`, so no stale <v> is written.
    target.value = { formula: shifted.startsWith("=") ? shifted.slice(1) : shifted } as ExcelJS.CellFormulaValue;
  } else if (cell.value !== undefined && cell.value !== null && cell.value !== "") {
    target.value = cell.value;
  }
  if (cell.numberFormat) target.numFmt = cell.numberFormat;
  applyStyle(target, cell.style ?? {}, fontName);
  // Provenance and "not compared" explanations: a cell note, also on cells that hold nothing.
  if (cell.note) target.note = cell.note;
  if (cell.validation) target.dataValidation = listValidation(cell.validation.list);
}

/**
 * A drop-down list that accepts only its items. OOXML stores a literal list as one quoted
 * formula, items separated by commas, at most 255 characters (checked by checkBlock).
 */
function listValidation(list: string[]): ExcelJS.DataValidation {
  return {
    type: "list",
    allowBlank: true,
    showErrorMessage: true,
    formulae: [`"${list.map((item) => item.replace(/"/g, '""')).join(",")}"`],
  };
}

/** Why a literal list cannot be written, or null when it can. */
function listProblem(list: string[]): string | null {
  if (list.length === 0) return "empty list";
  if (list.some((item) => item === "" || item.includes(","))) return "an item is empty or contains a comma";
  if (list.join(",").length > MAX_LIST_LENGTH) return `longer than ${MAX_LIST_LENGTH} characters`;
  return null;
}

function applyStyle(target: ExcelJS.Cell, style: CellStyle, fontName: string): void {
  const font: Partial<ExcelJS.Font> = { name: fontName, size: style.fontSize ?? DEFAULT_FONT_SIZE };
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  target.font = font;

  if (style.hAlign || style.vAlign || style.wrap) {
    const alignment: Partial<ExcelJS.Alignment> = {};
    if (style.hAlign) alignment.horizontal = style.hAlign;
    if (style.vAlign) alignment.vertical = style.vAlign;
    if (style.wrap) alignment.wrapText = true;
    target.alignment = alignment;
  }

  if (style.border) {
    const thin: Partial<ExcelJS.Border> = { style: "thin" };
    target.border = { top: thin, left: thin, bottom: thin, right: thin };
  }

  if (style.fill) {
    target.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  }
}

/** "#1F4E79" -> "FF1F4E79" (opaque ARGB, as OOXML stores colours). */
function argb(hex: string): string {
  const m = /^#?([0-9a-fA-F]{6})$/.exec(hex);
  if (!m || !m[1]) {
    throw new UserError(
      "xlsx.bad-colour",
      localized(`Mã màu không hợp lệ: "${hex}" (cần dạng #RRGGBB).`, `Invalid colour "${hex}" (expected #RRGGBB).`),
    );
  }
  return `FF${m[1].toUpperCase()}`;
}

function checkBlock(block: SheetBlock): void {
  block.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.style?.fill) argb(cell.style.fill);
      if (cell.style?.fontColor) argb(cell.style.fontColor);
      const problem = cell.validation ? listProblem(cell.validation.list) : null;
      if (problem) {
        // A template bug, not the planner's: reported before any write, like a bad merge.
        throw new UserError(
          "xlsx.bad-list",
          localized(
            `Mẫu biểu có danh sách chọn không hợp lệ ở dòng ${r + 1}, cột ${c + 1} (${problem}).`,
            `The template has an invalid drop-down list at row ${r + 1}, column ${c + 1} (${problem}).`,
          ),
        );
      }
    }),
  );
  const covered = new Set<string>();
  for (const m of block.merges) {
    const inside =
      m.row >= 0 && m.col >= 0 && m.rows >= 1 && m.cols >= 1 && m.row + m.rows <= block.rows && m.col + m.cols <= block.cols;
    let overlaps = false;
    for (let r = m.row; inside && r < m.row + m.rows; r++) {
      for (let c = m.col; c < m.col + m.cols; c++) {
        const key = `${r},${c}`;
        if (covered.has(key)) overlaps = true;
        covered.add(key);
      }
    }
    if (!inside || overlaps) {
      // A template bug, not the planner's: still reported in both languages, before any write.
      throw new UserError(
        "xlsx.bad-merge",
        localized(
          `Mẫu biểu có vùng gộp ô không hợp lệ (dòng ${m.row + 1}, cột ${m.col + 1}, ${m.rows}x${m.cols}).`,
          `The template has an invalid merged range (row ${m.row + 1}, column ${m.col + 1}, ${m.rows}x${m.cols}).`,
        ),
      );
    }
  }
}

function parseAnchor(anchor: string): CellPosition {
  const pos = parseCellAddress(anchor);
  if (!pos) {
    throw new UserError(
      "xlsx.bad-anchor",
      localized(`Ô bắt đầu không hợp lệ: "${anchor}" (ví dụ: A1, B3).`, `Invalid start cell "${anchor}" (e.g. A1, B3).`),
    );
  }
  return pos;
}

// Excel's rules: 1-31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe.
function checkedSheetName(name: string): string {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new UserError(
      "xlsx.bad-sheet-name",
      localized(
        `Tên trang tính không hợp lệ: "${name}" (tối đa 31 ký tự, không chứa : \\ / ? * [ ]).`,
        `Invalid sheet name "${name}" (at most 31 characters, none of : \\ / ? * [ ]).`,
      ),
    );
  }
  return name;
}

// Writing into an existing merge would scramble it (and ExcelJS cannot merge over it), even
// when overwriting was agreed.
function refuseMergedTarget(ws: ExcelJS.Worksheet, block: SheetBlock, origin: CellPosition): void {
  for (let r = 0; r < block.rows; r++) {
    for (let c = 0; c < block.cols; c++) {
      if (!ws.findCell(origin.row + r + 1, origin.col + c + 1)?.isMerged) continue;
      const at = cellAddress(origin.row + r, origin.col + c);
      throw new UserError(
        "xlsx.target-merged",
        localized(
          `Vùng đích trên trang "${ws.name}" có ô đã gộp (${at}). Hãy bỏ gộp ô hoặc chọn vùng khác.`,
          `The target range on sheet "${ws.name}" contains merged cells (${at}). Unmerge them or pick another range.`,
        ),
      );
    }
  }
}

function refuseNonEmptyTarget(ws: ExcelJS.Worksheet, block: SheetBlock, origin: CellPosition): void {
  const taken: string[] = [];
  for (let r = 0; r < block.rows; r++) {
    for (let c = 0; c < block.cols; c++) {
      const v = ws.getCell(origin.row + r + 1, origin.col + c + 1).value;
      if (v !== null && v !== undefined && v !== "") taken.push(cellAddress(origin.row + r, origin.col + c));
    }
  }
  if (taken.length === 0) return;
  const shown = taken.slice(0, 5).join(", ") + (taken.length > 5 ? ", …" : "");
  throw new UserError(
    "xlsx.target-not-empty",
    localized(
      `Vùng đích trên trang "${ws.name}" đã có dữ liệu (${taken.length} ô: ${shown}). Chọn vùng trống hoặc đồng ý ghi đè.`,
      `The target range on sheet "${ws.name}" is not empty (${taken.length} cells: ${shown}). Pick an empty range or agree to overwrite.`,
    ),
  );
}
