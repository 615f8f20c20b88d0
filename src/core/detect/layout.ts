/**
 * The parts of a table, top to bottom: title lines, the unit line ("Đơn vị tính: %",
 * "Nghìn ha" at the right), header rows, the column-number row (A, B, 1, 2, "4=3/1"), then data.
 */
import { fold, hasAnyWord } from "./fold";
import { GridView, isNumericCell, isTextCell, type Rect } from "./grid";
import { firstFigureRow } from "./extent";
import { UNIT_WORDS } from "./vocab";

export interface Layout {
  titleRows: number[];
  unitLine: { row: number; text: string } | null;
  headerRows: number[];
  columnNumberRow: number | null;
  firstDataRow: number;
  lastDataRow: number;
  labelCols: number[];
}

const COLUMN_NUMBER = /^\(?([A-Za-z]|\d{1,2})\)?$/;
const COLUMN_FORMULA = /^\(?\d{1,2}\)?\s*=\s*[\d()\s/*x×:+\-.,]+$/;

export function isColumnNumberRow(view: GridView, row: number, left: number, right: number): boolean {
  let count = 0;
  let last = -Infinity;
  for (let c = left; c <= right; c++) {
    const key = view.ownerKey(row, c);
    if (key !== `${row},${c}`) continue;
    const cell = view.cell(row, c);
    const t = view.text(row, c);
    if (t === "") continue;
    if (cell && typeof cell.formula === "string" && cell.formula) return false;
    let n: number | null = null;
    if (typeof cell?.value === "number") {
      if (!Number.isInteger(cell.value) || cell.value < 0 || cell.value > 99) return false;
      n = cell.value;
    } else {
      const m = COLUMN_NUMBER.exec(t);
      if (m) n = /\d/.test(m[1]!) ? Number(m[1]) : null;
      else if (!COLUMN_FORMULA.test(t)) return false;
      else n = Number(/\d+/.exec(t)![0]);
    }
    if (n !== null) {
      if (n <= last) return false;
      last = n;
    }
    count++;
  }
  return count >= 2;
}

function ownerCells(view: GridView, row: number, left: number, right: number): number[] {
  const cols: number[] = [];
  for (let c = left; c <= right; c++) {
    if (view.ownerKey(row, c) !== `${row},${c}`) continue;
    if (view.text(row, c) !== "") cols.push(c);
  }
  return cols;
}

function rowBlank(view: GridView, row: number, left: number, right: number): boolean {
  return ownerCells(view, row, left, right).length === 0;
}

function isUnitLineText(text: string): boolean {
  const f = fold(text);
  return /^(don vi tinh|don vi|dvt|unit|units)\s*[:.]/.test(f) || (!!hasAnyWord(f, UNIT_WORDS) && f.includes(":"));
}

export function analyseLayout(view: GridView, r: Rect): Layout {
  const fd = firstFigureRow(view, r);
  const titleRows: number[] = [];
  let top = r.top;
  // Title lines: one text across the top, above the header.
  while (top < fd - 1) {
    const cols = ownerCells(view, top, r.left, r.right);
    if (cols.length !== 1) break;
    const text = view.text(top, cols[0]!);
    const nextBlank = rowBlank(view, top + 1, r.left, r.right);
    const titleish = text.length >= 25 || /^(\d+|[IVX]+)\.\s/.test(text) || /^(phu luc|bieu|bang|table)\b/.test(fold(text));
    if (isUnitLineText(text) || !(titleish || nextBlank) || cols[0]! > r.left + 1) break;
    titleRows.push(top);
    top++;
    while (top < fd && rowBlank(view, top, r.left, r.right)) top++;
  }
  let unitLine: Layout["unitLine"] = null;
  for (let row = top; row < fd; row++) {
    const cols = ownerCells(view, row, r.left, r.right);
    if (cols.length === 0) continue;
    const text = view.text(row, cols[0]!);
    const single = cols.length === 1 && isTextCell(view.cell(row, cols[0]!));
    const nextHasHeader = row + 1 < fd && ownerCells(view, row + 1, r.left, r.right).length > 0;
    if (single && (isUnitLineText(text) || (cols[0]! > r.left + 1 && text.length <= 40 && nextHasHeader && row === firstNonBlank(view, top, fd, r)))) {
      unitLine = { row, text };
      top = row + 1;
    }
    break;
  }
  let columnNumberRow: number | null = null;
  for (let row = top; row <= Math.min(r.bottom, fd + 1); row++) {
    if (isColumnNumberRow(view, row, r.left, r.right)) {
      columnNumberRow = row;
      break;
    }
  }
  const dataStart = fd;
  const labelCols = labelColumns(view, r, dataStart);
  // Section lines right above the first figures ("I. Cây công nghiệp lâu năm") belong to the data.
  let firstDataRow = dataStart;
  for (let row = dataStart - 1; row > top; row--) {
    if (row === columnNumberRow) break;
    const cols = ownerCells(view, row, r.left, r.right);
    if (cols.length === 0) continue;
    if (cols.every((c) => labelCols.includes(c)) && labelCols.length > 0 && labelCols.length < r.right - r.left + 1) {
      firstDataRow = row;
    } else break;
  }
  const headerRows: number[] = [];
  for (let row = top; row < firstDataRow; row++) {
    if (row === columnNumberRow) continue;
    if (!rowBlank(view, row, r.left, r.right)) headerRows.push(row);
  }
  let lastDataRow = r.bottom;
  while (lastDataRow > firstDataRow && rowBlank(view, lastDataRow, r.left, r.right)) lastDataRow--;
  return { titleRows, unitLine, headerRows, columnNumberRow, firstDataRow, lastDataRow, labelCols };
}

function firstNonBlank(view: GridView, from: number, to: number, r: Rect): number {
  for (let row = from; row < to; row++) if (!rowBlank(view, row, r.left, r.right)) return row;
  return -1;
}

/** Leading columns whose data cells are mostly text: the row labels (STT, Chỉ tiêu, ĐVT). */
function labelColumns(view: GridView, r: Rect, dataStart: number): number[] {
  const cols: number[] = [];
  for (let c = r.left; c <= r.right; c++) {
    let text = 0;
    let num = 0;
    for (let row = dataStart; row <= r.bottom; row++) {
      const cell = view.cell(row, c);
      if (isTextCell(cell)) text++;
      else if (isNumericCell(cell)) num++;
    }
    if (text > num && text > 0) cols.push(c);
  }
  return cols;
}
