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
  // Each side grows as far as it can before the others are checked again, so a long table costs
  // one pass per row along its edge, not one pass over the whole edge per row.
  const strip = (): { left: number; width: number; top: number; height: number } => {
    const left = Math.max(0, col - 1);
    const top = Math.max(0, row - 1);
    return { left, width: Math.min(MAX_COLS - 1, col + cols) - left + 1, top, height: Math.min(MAX_ROWS - 1, row + rows) - top + 1 };
  };
  for (let grew = true; grew; ) {
    grew = false;
    while (row + rows < MAX_ROWS && anyValue(state, s, { row: row + rows, col: strip().left, rows: 1, cols: strip().width })) { rows++; grew = true; }
    while (row > 0 && anyValue(state, s, { row: row - 1, col: strip().left, rows: 1, cols: strip().width })) { row--; rows++; grew = true; }
    while (col + cols < MAX_COLS && anyValue(state, s, { row: strip().top, col: col + cols, rows: strip().height, cols: 1 })) { cols++; grew = true; }
    while (col > 0 && anyValue(state, s, { row: strip().top, col: col - 1, rows: strip().height, cols: 1 })) { col--; cols++; grew = true; }
  }
  return { row, col, rows, cols };
}
