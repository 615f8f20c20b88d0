/**
 * Finding the table around a cell, like Excel's "current region" but tolerant of what real
 * templates contain: one blank row between the header and the figures, and up to two blank
 * columns between blocks of the same table (GSO sheets keep last year's columns apart).
 */
import { GridView, isNumericCell, isTextCell, hasFormula, type Rect } from "./grid";
import { isColumnNumberRow } from "./layout";
import { headerWords } from "./vocab";

const MAX_GROW = 200000;

export function currentRegion(view: GridView, row: number, col: number): Rect {
  const r: Rect = { top: row, left: col, bottom: row, right: col };
  let guard = 0;
  let changed = true;
  while (changed && guard++ < MAX_GROW) {
    changed = false;
    const lo = Math.max(0, r.left - 1);
    const hi = r.right + 1;
    if (r.top > 0 && rowFilled(view, r.top - 1, lo, hi)) {
      r.top--;
      changed = true;
    } else if (r.top > 1 && rowFilled(view, r.top - 2, lo, hi) && !rowHasFigures(view, r.top - 2, lo, hi)) {
      // Over blank lines only to header or title text: figures above a gap are another table.
      r.top -= 2;
      changed = true;
    } else if (r.top > 2 && !rowFilled(view, r.top - 2, lo, hi) && rowFilled(view, r.top - 3, lo, hi) && !rowHasFigures(view, r.top - 3, lo, hi)) {
      r.top -= 3;
      changed = true;
    }
    if (r.bottom + 1 < view.rowCount && rowFilled(view, r.bottom + 1, lo, hi)) {
      r.bottom++;
      changed = true;
    } else if (r.bottom + 2 < view.rowCount && rowFilled(view, r.bottom + 2, lo, hi)) {
      r.bottom += 2;
      changed = true;
    }
    const top = Math.max(0, r.top - 1);
    const bottom = r.bottom + 1;
    if (r.left > 0 && colFilled(view, r.left - 1, top, bottom)) {
      r.left--;
      changed = true;
    }
    if (r.right + 1 < view.colCount && colFilled(view, r.right + 1, top, bottom)) {
      r.right++;
      changed = true;
    }
  }
  return r;
}

/**
 * Extends a region to the right over up to two blank columns when the columns beyond carry
 * header text (no formulas) above `firstDataRow` and figures below it.
 */
export function bridgeColumns(view: GridView, r: Rect, firstDataRow: number): Rect {
  const out = { ...r };
  for (let step = 0; step < 50; step++) {
    let extended = false;
    for (let gap = 1; gap <= 2; gap++) {
      const c = out.right + gap + 1;
      if (c >= view.colCount) break;
      let blankGap = true;
      for (let g = 1; g <= gap; g++) if (colFilled(view, out.right + g, out.top, out.bottom)) blankGap = false;
      if (!blankGap) break;
      if (belongsToTable(view, c, out, firstDataRow)) {
        let right = c;
        while (right + 1 < view.colCount && belongsToTable(view, right + 1, out, firstDataRow)) right++;
        out.right = right;
        extended = true;
        break;
      }
    }
    if (!extended) break;
  }
  return out;
}

function belongsToTable(view: GridView, c: number, r: Rect, firstDataRow: number): boolean {
  let headerText = false;
  const parts: string[] = [];
  for (let row = r.top; row < firstDataRow; row++) {
    const cell = view.cell(row, c);
    if (hasFormula(cell)) return false;
    if (isTextCell(cell) || (view.merge(row, c) && view.text(row, c) !== "")) {
      headerText = true;
      parts.push(view.text(row, c));
    }
  }
  if (!headerText) return false;
  // An empty comparison column (its figures cleared, waiting for formulas) still belongs.
  const words = headerWords(parts.join(" "));
  if (words.compare || words.share) return true;
  for (let row = firstDataRow; row <= r.bottom; row++) if (isNumericCell(view.cell(row, c))) return true;
  return false;
}

export function rowFilled(view: GridView, row: number, left: number, right: number): boolean {
  const hi = Math.min(right, view.colCount - 1);
  for (let c = Math.max(0, left); c <= hi; c++) if (view.filled(row, c)) return true;
  return false;
}

function rowHasFigures(view: GridView, row: number, left: number, right: number): boolean {
  const hi = Math.min(right, view.colCount - 1);
  for (let c = Math.max(0, left); c <= hi; c++) {
    const cell = view.cell(row, c);
    if (isNumericCell(cell) && !isYearLike(cell!.value)) return true;
  }
  return false;
}

export function colFilled(view: GridView, col: number, top: number, bottom: number): boolean {
  const hi = Math.min(bottom, view.rowCount - 1);
  for (let r = Math.max(0, top); r <= hi; r++) if (view.filled(r, col)) return true;
  return false;
}

/** A plausible year written as a number in a header: 1990-2100, whole. */
export function isYearLike(v: unknown): boolean {
  return typeof v === "number" && Number.isInteger(v) && v >= 1990 && v <= 2100;
}

/**
 * First row holding figures: a number (not a year in the header) in a row that is not the
 * column-number row. Rows whose only numbers are years belong to the header.
 */
export function firstFigureRow(view: GridView, r: Rect): number {
  for (let row = r.top; row <= r.bottom; row++) {
    if (isColumnNumberRow(view, row, r.left, r.right)) continue;
    let numbers = 0;
    let years = 0;
    for (let c = r.left; c <= r.right; c++) {
      if (view.merge(row, c) && view.ownerKey(row, c) !== `${row},${c}`) continue;
      const cell = view.cell(row, c);
      if (isNumericCell(cell)) {
        numbers++;
        if (isYearLike(cell!.value) && !hasFormula(cell)) years++;
      }
    }
    if (numbers > 0 && numbers > years) return row;
  }
  return r.bottom + 1;
}
