/**
 * A1 addresses as Excel writes and reads them: sheet-qualified ("Sheet1!B3:H20", "'My sheet'!A1"),
 * whole rows ("3:5") and whole columns ("C:D"), which the Office.js docs call unbounded ranges.
 */
import { cellAddress, columnIndex, columnLetter } from "../core/a1";

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD); Microsoft's worksheet limits: https://support.microsoft.com/cs-cz/office/limity-excelov%C3%BDch-list%C5%AF-a-se%C5%A1it%C5%AF-c13798fc-f1d5-4e73-998d-c02268bc65ae */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** 0-based top-left and size. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

export function intersection(a: Rect, b: Rect): Rect | null {
  if (!intersects(a, b)) return null;
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  return { row, col, rows: Math.min(a.row + a.rows, b.row + b.rows) - row, cols: Math.min(a.col + a.cols, b.col + b.cols) - col };
}

export function boundingRect(a: Rect, b: Rect): Rect {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rows: Math.max(a.row + a.rows, b.row + b.rows) - row, cols: Math.max(a.col + a.cols, b.col + b.cols) - col };
}

export function containsCell(r: Rect, row: number, col: number): boolean {
  return row >= r.row && row < r.row + r.rows && col >= r.col && col < r.col + r.cols;
}

export function insideSheet(r: Rect): boolean {
  return r.row >= 0 && r.col >= 0 && r.rows >= 1 && r.cols >= 1 && r.row + r.rows <= MAX_ROWS && r.col + r.cols <= MAX_COLS;
}

/** Whole rows or whole columns: what the unbounded-ranges doc is about. */
export function isUnbounded(r: Rect): boolean {
  return (r.col === 0 && r.cols === MAX_COLS) || (r.row === 0 && r.rows === MAX_ROWS);
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

function cell(text: string): { row: number; col: number } | null {
  const m = CELL.exec(text);
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]!);
  return row >= 0 && row < MAX_ROWS && col >= 0 && col < MAX_COLS ? { row, col } : null;
}

/** Parses the part after "!": "B3", "B3:H20", "3:3", "C:D". Null when Excel would refuse it. */
export function parseRect(text: string): Rect | null {
  const t = text.trim();
  const cols = COLS.exec(t);
  if (cols) {
    const a = columnIndex(cols[1]!);
    const b = columnIndex(cols[2]!);
    if (a >= MAX_COLS || b >= MAX_COLS) return null;
    return { row: 0, col: Math.min(a, b), rows: MAX_ROWS, cols: Math.abs(b - a) + 1 };
  }
  const rows = ROWS.exec(t);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    if (a < 0 || b < 0 || a >= MAX_ROWS || b >= MAX_ROWS) return null;
    return { row: Math.min(a, b), col: 0, rows: Math.abs(b - a) + 1, cols: MAX_COLS };
  }
  const [first, second, extra] = t.split(":");
  if (extra !== undefined || first === undefined) return null;
  const a = cell(first);
  const b = second === undefined ? a : cell(second);
  if (!a || !b) return null;
  return { row: Math.min(a.row, b.row), col: Math.min(a.col, b.col), rows: Math.abs(b.row - a.row) + 1, cols: Math.abs(b.col - a.col) + 1 };
}

/** Splits "Sheet1!A1", "'It''s'!A1" or "A1" into sheet (undefined: none given) and rect text. */
export function splitSheet(address: string): { sheet?: string; rest: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { rest: address };
  const raw = address.slice(0, bang);
  const sheet = /^'.*'$/.test(raw) ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, rest: address.slice(bang + 1) };
}

/** "B3:H20", "B3", "3:5" or "C:D", as Excel writes a range's address (no $ signs). */
export function rectText(r: Rect): string {
  if (r.col === 0 && r.cols === MAX_COLS) return `${r.row + 1}:${r.row + r.rows}`;
  if (r.row === 0 && r.rows === MAX_ROWS) return `${columnLetter(r.col)}:${columnLetter(r.col + r.cols - 1)}`;
  const start = cellAddress(r.row, r.col);
  return r.rows === 1 && r.cols === 1 ? start : `${start}:${cellAddress(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** Excel quotes a sheet name that is not a plain identifier: 'My sheet'!A1, 'a,b'!A1, 'It''s'!A1. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function fullAddress(sheet: string, r: Rect): string {
  return `${quoteSheet(sheet)}!${rectText(r)}`;
}

export function cellsOf(r: Rect): number {
  return r.rows * r.cols;
}
