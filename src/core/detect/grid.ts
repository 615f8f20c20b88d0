/**
 * The sheet as detection sees it: a rectangle of cells read from Excel (Office.js) or from an
 * .xlsx file (ExcelJS). Row and column indexes are 0-based sheet positions; the grid starts
 * at A1 so an index is also the cell's address.
 */
import { parseNumberText } from "../numbers";

export type GridValue = string | number | boolean | null;

export interface GridCell {
  /** The displayed value; for a formula, its last computed result (or null when unknown). */
  value: GridValue;
  /** "=C7/B7*100" when the cell holds a formula. */
  formula?: string;
  /** Excel invariant format code, "0.0", "0.00%". */
  numberFormat?: string;
}

/** A merged area, 0-based, top-left corner and size. */
export interface MergeArea {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface Grid {
  /** rows[r][c]; missing rows or cells are empty. Only the top-left cell of a merge holds its value. */
  rows: ReadonlyArray<ReadonlyArray<GridCell | null | undefined> | null | undefined>;
  merges?: ReadonlyArray<MergeArea>;
}

/** Rectangle, 0-based, inclusive bounds. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Fast access to a grid with merges resolved: every cell of a merge reads its top-left cell. */
export class GridView {
  readonly rowCount: number;
  readonly colCount: number;
  private readonly mergeOf = new Map<string, MergeArea>();

  constructor(readonly grid: Grid) {
    const rows = Array.isArray(grid.rows) ? grid.rows : [];
    this.rowCount = rows.length;
    let cols = 0;
    for (const r of rows) if (Array.isArray(r) && r.length > cols) cols = r.length;
    this.colCount = cols;
    for (const m of Array.isArray(grid.merges) ? grid.merges : []) {
      if (!m || !(m.rows >= 1) || !(m.cols >= 1) || m.rows * m.cols > 100000) continue;
      for (let r = m.row; r < m.row + m.rows; r++) {
        for (let c = m.col; c < m.col + m.cols; c++) this.mergeOf.set(`${r},${c}`, m);
      }
    }
  }

  /** The cell as stored (no merge resolution). */
  raw(row: number, col: number): GridCell | null {
    const r = this.grid.rows[row];
    if (!Array.isArray(r)) return null;
    const c = r[col];
    return c && typeof c === "object" ? c : null;
  }

  merge(row: number, col: number): MergeArea | undefined {
    return this.mergeOf.get(`${row},${col}`);
  }

  /** The cell, reading the top-left cell for any position inside a merge. */
  cell(row: number, col: number): GridCell | null {
    const m = this.mergeOf.get(`${row},${col}`);
    return m ? this.raw(m.row, m.col) : this.raw(row, col);
  }

  /** Identity of the cell that holds the value at (row, col): "r,c" of a merge's top-left. */
  ownerKey(row: number, col: number): string {
    const m = this.mergeOf.get(`${row},${col}`);
    return m ? `${m.row},${m.col}` : `${row},${col}`;
  }

  /** Trimmed text of a cell (numbers as written by JS), "" when empty. Merge-aware. */
  text(row: number, col: number): string {
    return cellText(this.cell(row, col));
  }

  /** Non-empty as stored, without merge resolution (for extent finding). */
  filled(row: number, col: number): boolean {
    return !isEmptyCell(this.raw(row, col)) || this.mergeOf.has(`${row},${col}`);
  }
}

export function cellText(cell: GridCell | null | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return "";
}

export function isEmptyCell(cell: GridCell | null | undefined): boolean {
  if (!cell) return true;
  if (typeof cell.formula === "string" && cell.formula.length > 0) return false;
  const v = cell.value;
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

export function hasFormula(cell: GridCell | null | undefined): boolean {
  return !!cell && typeof cell.formula === "string" && cell.formula.length > 0;
}

/** A number, or a formula (its result is a number or not yet known). */
export function isNumericCell(cell: GridCell | null | undefined): boolean {
  if (!cell) return false;
  if (typeof cell.value === "number") return Number.isFinite(cell.value);
  return hasFormula(cell) && (cell.value === null || cell.value === undefined || cell.value === "");
}

/** A string cell that holds a number written as text ("19.125,44", " 1234 "). */
export function isTextNumber(cell: GridCell | null | undefined): boolean {
  return !!cell && typeof cell.value === "string" && !hasFormula(cell) && parseNumberText(cell.value) !== null;
}

/** A plain text cell (not a number, not a number written as text, not a formula). */
export function isTextCell(cell: GridCell | null | undefined): boolean {
  return !!cell && typeof cell.value === "string" && cell.value.trim() !== "" && !hasFormula(cell) && !isTextNumber(cell);
}

/** Builds a grid from plain values (tests, pasted tables): strings starting with "=" become formulas. */
export function gridFromValues(values: ReadonlyArray<ReadonlyArray<GridValue | undefined>>, merges: MergeArea[] = []): Grid {
  return {
    rows: values.map((row) =>
      row.map((v) => {
        if (v === undefined || v === null || v === "") return null;
        if (typeof v === "string" && v.startsWith("=") && v.length > 1) return { value: null, formula: v };
        return { value: v };
      }),
    ),
    merges,
  };
}
