/** Where a table starts on a sheet when the user names no cell: the first row of figures. */
import { GridView, isNumericCell, isTextCell, type Grid } from "./grid";
import { isYearLike } from "./extent";
import type { Anchor } from "./types";

/**
 * The first figure of the first row that starts with a label in the sheet's leftmost used
 * column and then holds a number that is not a year. Null when the sheet has none.
 */
export function findAnchor(grid: Grid): Anchor | null {
  const view = new GridView(grid);
  // Labels start in the leftmost column used by rows that hold figures.
  let leftmost = Infinity;
  for (let r = 0; r < view.rowCount; r++) {
    let first = -1;
    let figures = false;
    for (let c = 0; c < view.colCount; c++) {
      if (first < 0 && view.filled(r, c)) first = c;
      const cell = view.cell(r, c);
      if (isNumericCell(cell) && !isYearLike(cell!.value)) {
        figures = true;
        break;
      }
    }
    if (figures && first >= 0 && first < leftmost) leftmost = first;
  }
  if (!Number.isFinite(leftmost)) return null;
  for (let r = 0; r < view.rowCount; r++) {
    // The label may follow a row number (STT): 1 | Giá trị sản xuất | ...
    let label = -1;
    for (let c = leftmost; c <= Math.min(leftmost + 2, view.colCount - 1); c++) {
      const cell = view.cell(r, c);
      if (isTextCell(cell)) {
        label = c;
        break;
      }
      if (!view.filled(r, c) || !isRowNumber(cell?.value)) break;
    }
    if (label < 0) continue;
    for (let c = label + 1; c < view.colCount; c++) {
      const cell = view.cell(r, c);
      if (isNumericCell(cell) && !isYearLike(cell!.value)) return { row: r, col: c };
    }
  }
  return null;
}

function isRowNumber(v: unknown): boolean {
  return typeof v === "number" && Number.isInteger(v) && v >= 0 && v < 1000;
}
