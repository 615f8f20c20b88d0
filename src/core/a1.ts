/** A1 addresses and formula shifting, so blocks can be built at A1 and placed anywhere. */

export function columnLetter(index: number): string {
  // index is 0-based: 0 -> A, 25 -> Z, 26 -> AA
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3" for row 2, column 1 (both 0-based). */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const start = cellAddress(row, col);
  return rows === 1 && cols === 1 ? start : `${start}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

export interface CellPosition {
  row: number;
  col: number;
}

/** Parses "B3" or "$B$3" (0-based result); null when it is not a single-cell address. */
export function parseCellAddress(address: string): CellPosition | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m || !m[1] || !m[2]) return null;
  const row = Number(m[2]) - 1;
  if (row < 0) return null;
  return { row, col: columnIndex(m[1]) };
}

/** Parses "A1:K80" or "B3" into its top-left corner and size. */
export function parseRangeAddress(address: string): { row: number; col: number; rows: number; cols: number } | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = bare.split(":");
  const start = a ? parseCellAddress(a) : null;
  const end = b ? parseCellAddress(b) : start;
  if (!start || !end) return null;
  const row = Math.min(start.row, end.row);
  const col = Math.min(start.col, end.col);
  return { row, col, rows: Math.abs(end.row - start.row) + 1, cols: Math.abs(end.col - start.col) + 1 };
}

// A cell reference not preceded by a name character and not followed by "(" (a function name
// such as LOG10) or another name character.
const REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(])/g;

/**
 * Moves the relative references of a formula written for a block at A1 by (rows, cols),
 * as Excel does when a formula is copied. String literals are left alone.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  const parts = formula.split('"');
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = (parts[i] ?? "").replace(REF, (_m, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      const col = colAbs ? letters : columnLetter(columnIndex(letters) + cols);
      const row = rowAbs ? digits : String(Number(digits) + rows);
      return `${colAbs}${col}${rowAbs}${row}`;
    });
  }
  return parts.join('"');
}
