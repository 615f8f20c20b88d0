/**
 * The selection the preview's user made, as an address Excel understands ("B3", "A5:H20",
 * "3:3" for a whole row, "C:C" for a whole column) and as the rectangle the grid highlights.
 * The simulator holds the selection the add-in reads; this only remembers what to draw.
 */
import { columnIndex, parseRangeAddress } from "../core/a1";

/** Excel's sheet size: a whole row spans 16,384 columns, a whole column 1,048,576 rows. */
const SHEET_ROWS = 1048576;
const SHEET_COLS = 16384;

export interface SelectedRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The rectangle of "B3", "A5:H20", "3:5" or "C:D"; null for anything else. */
export function selectionRect(address: string): SelectedRect | null {
  const rows = /^(\d+):(\d+)$/.exec(address);
  if (rows) {
    const [a, b] = [Number(rows[1]), Number(rows[2])];
    return { row: Math.min(a, b) - 1, col: 0, rows: Math.abs(b - a) + 1, cols: SHEET_COLS };
  }
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(address);
  if (cols) {
    const [a, b] = [columnIndex(cols[1]!.toUpperCase()), columnIndex(cols[2]!.toUpperCase())];
    return { row: 0, col: Math.min(a, b), rows: SHEET_ROWS, cols: Math.abs(b - a) + 1 };
  }
  return parseRangeAddress(address);
}

export function isSelected(rect: SelectedRect, row: number, col: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && col >= rect.col && col < rect.col + rect.cols;
}
