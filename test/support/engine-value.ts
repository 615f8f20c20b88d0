/** What a spreadsheet engine shows in a cell, in one shape for HyperFormula and LibreOffice. */

export interface EngineError {
  error: string;
}

/** null: an empty cell; "": a formula that returned the empty string (our "blank" result). */
export type EngineValue = number | string | boolean | null | EngineError;

/** Reads a value of a block placed at A1: row and col are 0-based, relative to the block. */
export type CellReader = (row: number, col: number) => EngineValue;

export function isEngineError(v: EngineValue): v is EngineError {
  return typeof v === "object" && v !== null;
}

/**
 * Same value in both engines. Numbers agree to 12 significant digits: LibreOffice stores cached
 * results in .xlsx with 15 significant digits (0.501714285714286), HyperFormula keeps the full double.
 */
export function sameEngineValue(a: EngineValue, b: EngineValue): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (isEngineError(a) && isEngineError(b)) return a.error === b.error;
  return a === b;
}
