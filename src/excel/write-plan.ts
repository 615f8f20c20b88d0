/**
 * What an insert sends to Excel, as plain data: the operations for one band of rows (values and
 * formulas, number formats, styles grouped into rectangles) and the finishing operations for the
 * whole block (merges, widths, frozen header, print setup). Pure, so the benchmark and tests can
 * measure the payload without Excel, and chunking can cut a big block into bands.
 */
import { rangeAddress, shiftFormula, columnLetter } from "../core/a1";
import type { BlockCell, CellStyle, PrintSetup, SheetBlock } from "../core/sheet-block";

/** Where the block's top-left cell goes (0-based). */
export interface Anchor {
  sheet: string;
  row: number;
  col: number;
}

export type Content = string | number | boolean;

export type WriteOp =
  | { kind: "formulas"; address: string; formulas: Content[][] }
  | { kind: "numberFormat"; address: string; numberFormat: string[][] }
  | { kind: "fontName"; address: string; name: string }
  | { kind: "style"; address: string; rows: number; cols: number; style: CellStyle }
  | { kind: "merge"; address: string }
  | { kind: "unmerge"; address: string }
  | { kind: "columnWidth"; address: string; points: number }
  /** Wrap a merged one-row text and give its row the height of its lines ("5:5"). */
  | { kind: "fitRow"; address: string; row: string; points: number }
  | { kind: "freezeRows"; rows: number }
  | { kind: "pageLayout"; print: PrintSetup };

/**
 * Excel's column width unit is the width of the widest digit of the default font (7 px for
 * Calibri 11 at 96 DPI) plus 5 px of cell padding; Office.js wants points (72 per 96 px).
 * So a width of 10 characters is (10 × 7 + 5) × 0.75 = 56.25 pt, the value Excel itself shows.
 */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * A text that Excel would read as a formula ("=", "+", "-" or "@" first: "- Ngành khai khoáng",
 * a bare "-") is written with a leading apostrophe so it stays text: a quote from a document
 * must never run as a formula. Excel keeps the apostrophe as the cell's prefix, not in its
 * value, so the planner sees the text unchanged.
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member
 */
export function safeText(text: string): string {
  return /^[=+\-@]/.test(text) ? `'${text}` : text;
}

/** What Excel reads back through range.formulas for what was written: the prefix apostrophe is gone (office-js #6687). */
export function asReadBack(content: Content): Content {
  return typeof content === "string" && content.startsWith("'") ? content.slice(1) : content;
}

/** What a block cell writes through range.formulas, moved to the anchor. */
export function cellFormula(cell: BlockCell, anchor: { row: number; col: number }): Content {
  if (cell.formula !== undefined) return shiftFormula(cell.formula, anchor.row, anchor.col);
  const v = cell.value;
  if (v === undefined || v === null) return "";
  return typeof v === "string" ? safeText(v) : v;
}

function styleKey(style: CellStyle | undefined): string {
  if (!style) return "";
  const entries = Object.entries(style).filter(([, v]) => v !== undefined && v !== false);
  if (entries.length === 0) return "";
  entries.sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(entries);
}

export interface StyleRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
  style: CellStyle;
}

/**
 * Groups equal styles into rectangles: runs of equal style along each row, then runs stacked on
 * the rows below with the same columns and style. A table's body (same style down a column)
 * becomes one rectangle per column group however many rows it has.
 */
export function styleRects(cells: BlockCell[][], firstRow: number, lastRow: number): StyleRect[] {
  const done: StyleRect[] = [];
  let open = new Map<string, StyleRect>();
  for (let r = firstRow; r <= lastRow; r++) {
    const row = cells[r] ?? [];
    const next = new Map<string, StyleRect>();
    let c = 0;
    while (c < row.length) {
      const key = styleKey(row[c]?.style);
      let end = c;
      while (end + 1 < row.length && styleKey(row[end + 1]?.style) === key) end++;
      if (key !== "") {
        const id = `${c}:${end}:${key}`;
        const above = open.get(id);
        if (above) {
          above.rows++;
          open.delete(id);
          next.set(id, above);
        } else {
          next.set(id, { row: r, col: c, rows: 1, cols: end - c + 1, style: row[c]!.style! });
        }
      }
      c = end + 1;
    }
    for (const rect of open.values()) done.push(rect);
    open = next;
  }
  for (const rect of open.values()) done.push(rect);
  return done;
}

function absAddress(anchor: Anchor, row: number, col: number, rows: number, cols: number): string {
  return rangeAddress(anchor.row + row, anchor.col + col, rows, cols);
}

/** Operations for block rows firstRow..lastRow (inclusive): contents, formats, styles. */
export function planBand(block: SheetBlock, anchor: Anchor, firstRow: number, lastRow: number): WriteOp[] {
  const rows = lastRow - firstRow + 1;
  const address = absAddress(anchor, firstRow, 0, rows, block.cols);
  const formulas: Content[][] = [];
  const numberFormat: string[][] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const row = block.cells[r] ?? [];
    const f: Content[] = [];
    const nf: string[] = [];
    for (let c = 0; c < block.cols; c++) {
      const cell = row[c] ?? {};
      f.push(cellFormula(cell, anchor));
      nf.push(cell.numberFormat ?? "General");
    }
    formulas.push(f);
    numberFormat.push(nf);
  }
  const ops: WriteOp[] = [];
  // Number formats first, so a text cell formatted "@" receives its text as text.
  ops.push({ kind: "numberFormat", address, numberFormat });
  ops.push({ kind: "formulas", address, formulas });
  if (block.fontName) ops.push({ kind: "fontName", address, name: block.fontName });
  for (const rect of styleRects(block.cells, firstRow, lastRow)) {
    ops.push({
      kind: "style",
      address: absAddress(anchor, rect.row, rect.col, rect.rows, rect.cols),
      rows: rect.rows,
      cols: rect.cols,
      style: rect.style,
    });
  }
  return ops;
}

export interface FinishOptions {
  /** Freeze the header rows (only when the block starts at row 1 and the host supports it). */
  freeze: boolean;
  /** Apply block.print (when the host supports page layout). */
  pageLayout: boolean;
}

/** Excel's default column width, in characters. */
const DEFAULT_WIDTH_CHARS = 8.43;

/**
 * The height a merged one-row text needs, in points, or null when one line holds it. Excel's
 * autofit ignores merged cells (https://support.microsoft.com/office/change-the-column-width-and-row-height-72f5e3cc-994d-43e8-ae58-9774a0905f46:
 * "AutoFit does not work on merged cells"), so a long title or footnote would show its first
 * line only. Estimated from the text length: an average Vietnamese character of a Times New
 * Roman line is about 0.5 of the font size wide (bold 0.55), a line about 1.3 of it high; the
 * estimate errs towards one line more.
 */
export function mergedTextHeight(text: string, fontSize: number, bold: boolean, widthPx: number): number | null {
  const charPx = fontSize * (96 / 72) * (bold ? 0.55 : 0.5);
  const lines = Math.ceil((text.length * charPx) / Math.max(1, widthPx - 6));
  if (lines <= 1) return null;
  return Math.ceil(lines * fontSize * 1.3 + 3);
}

function fitRows(block: SheetBlock, anchor: Anchor): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const m of block.merges) {
    const text = block.cells[m.row]?.[m.col]?.value;
    // Only rows the merge spans alone (title, subtitles, footnotes): a fixed height would stop
    // Excel fitting the other wrapped cells of a header row.
    if (m.rows !== 1 || m.cols !== block.cols || typeof text !== "string") continue;
    const style = block.cells[m.row]?.[m.col]?.style ?? {};
    let width = 0;
    // Each column: its characters of 7 px plus 5 px of padding (see charsToPoints).
    for (let c = m.col; c < m.col + m.cols; c++) width += (block.columnWidths?.[c] ?? DEFAULT_WIDTH_CHARS) * 7 + 5;
    const points = mergedTextHeight(text, style.fontSize ?? 11, style.bold === true, width);
    if (points === null) continue;
    const row = anchor.row + m.row + 1;
    ops.push({ kind: "fitRow", address: absAddress(anchor, m.row, m.col, 1, m.cols), row: `${row}:${row}`, points });
  }
  return ops;
}

/** Whole-block operations that come after every band: merges, widths, row heights, frozen rows, print. */
export function planFinish(block: SheetBlock, anchor: Anchor, options: FinishOptions): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const m of block.merges) ops.push({ kind: "merge", address: absAddress(anchor, m.row, m.col, m.rows, m.cols) });
  (block.columnWidths ?? []).forEach((chars, c) => {
    const letter = columnLetter(anchor.col + c);
    ops.push({ kind: "columnWidth", address: `${letter}:${letter}`, points: charsToPoints(chars) });
  });
  ops.push(...fitRows(block, anchor));
  if (options.freeze && block.freezeRows) ops.push({ kind: "freezeRows", rows: block.freezeRows });
  if (options.pageLayout && block.print) ops.push({ kind: "pageLayout", print: block.print });
  return ops;
}

/**
 * Approximate bytes an operation adds to an Office.js request: the JSON of what is set plus
 * about 100 bytes per action (Office.js sends each property set and each getRange/getItem as
 * an action with ids, names and object paths). Used to keep every request under 4 MB, below
 * Excel on the web's 5 MB limit.
 */
export const ACTION_BYTES = 100;

function styleActions(op: Extract<WriteOp, { kind: "style" }>): number {
  const s = op.style;
  let n = 1; // getRange
  for (const k of ["bold", "italic", "fontSize", "fontColor", "fill", "hAlign", "vAlign", "wrap"] as const) {
    if (s[k] !== undefined) n++;
  }
  if (s.border) n += 2 * (4 + (op.rows > 1 ? 1 : 0) + (op.cols > 1 ? 1 : 0));
  return n;
}

export function opBytes(op: WriteOp): number {
  const actions = op.kind === "style" ? styleActions(op) : 2;
  return JSON.stringify(op).length + ACTION_BYTES * actions;
}

export function opsBytes(ops: WriteOp[]): number {
  return ops.reduce((sum, op) => sum + opBytes(op), 0);
}

export interface Band {
  firstRow: number;
  lastRow: number;
}

export interface ChunkLimits {
  /**
   * Rows per request: 1,200 by default, so a 1,000-row table with its title, header and
   * signature rows goes in one read and one write.
   */
  maxRows: number;
  /** Bytes per request (4 MB by default, under Excel on the web's 5 MB). */
  maxBytes: number;
}

export const DEFAULT_LIMITS: ChunkLimits = { maxRows: 1200, maxBytes: 4 * 1024 * 1024 };

/**
 * Cuts the block into bands of at most maxRows rows whose operations stay under maxBytes,
 * halving a band until it fits. A block within both limits is one band.
 */
export function planBands(block: SheetBlock, anchor: Anchor, limits: ChunkLimits = DEFAULT_LIMITS): Band[] {
  const bands: Band[] = [];
  let first = 0;
  while (first < block.rows) {
    let size = Math.min(limits.maxRows, block.rows - first);
    while (size > 1 && opsBytes(planBand(block, anchor, first, first + size - 1)) > limits.maxBytes) {
      size = Math.ceil(size / 2);
    }
    bands.push({ firstRow: first, lastRow: first + size - 1 });
    first += size;
  }
  return bands;
}

/** "Sheet1!B3" style address used in messages and records. */
export function sheetAddress(sheet: string, address: string): string {
  const quoted = /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${address}`;
}
