/**
 * The current region (Range.getSurroundingRegion, ExcelApi 1.7; Ctrl+Shift+* / VBA
 * CurrentRegion): the range grows while any cell just outside it, diagonals included, holds a
 * value (https://learn.microsoft.com/office/vba/api/excel.range.currentregion: "a range bounded
 * by any combination of blank rows and blank columns").
 */
import { MAX_COLS, MAX_ROWS, type Rect } from "./address";
import { isBlankCell, type SheetState, type WorkbookState } from "./workbook-state";

function anyValue(state: WorkbookState, s: SheetState, r: Rect): boolean {
  if (r.rows <= 0 || r.cols <= 0 || r.row < 0 || r.col < 0) return false;
  for (const [, , c] of state.stored(s, r)) if (!isBlankCell(c)) return true;
  return false;
}

export function surroundingRegion(state: WorkbookState, s: SheetState, start: Rect): Rect {
  let { row, col, rows, cols } = start;
  for (let grew = true; grew; ) {
    grew = false;
    const top = Math.max(0, row - 1);
    const left = Math.max(0, col - 1);
    const bottom = Math.min(MAX_ROWS - 1, row + rows);
    const right = Math.min(MAX_COLS - 1, col + cols);
    const height = bottom - top + 1;
    const width = right - left + 1;
    if (row > 0 && anyValue(state, s, { row: row - 1, col: left, rows: 1, cols: width })) { row--; rows++; grew = true; }
    if (row + rows < MAX_ROWS && anyValue(state, s, { row: row + rows, col: left, rows: 1, cols: width })) { rows++; grew = true; }
    if (col > 0 && anyValue(state, s, { row: top, col: col - 1, rows: height, cols: 1 })) { col--; cols++; grew = true; }
    if (col + cols < MAX_COLS && anyValue(state, s, { row: top, col: col + cols, rows: height, cols: 1 })) { cols++; grew = true; }
  }
  return { row, col, rows, cols };
}
