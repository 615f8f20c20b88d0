/** Loading the real GSO release workbooks and evaluating planned formulas with HyperFormula. */
import * as path from "node:path";
import * as ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import { columnIndex } from "../../src/core/a1";
import type { Grid, GridCell } from "../../src/core/detect";
import type { FormulaWrite } from "../../src/core/recalc";
import { sheetToGrid } from "../../src/cli/xlsx-read";

/** The GSO release workbooks in ../shared beside the project (not in the repository: they are not ours). */
export const WORKBOOKS = path.resolve(__dirname, "..", "..", "..", "shared", "real-workbooks");

const cache = new Map<string, Promise<ExcelJS.Workbook>>();

export function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let p = cache.get(file);
  if (!p) {
    const wb = new ExcelJS.Workbook();
    p = wb.xlsx.readFile(path.join(WORKBOOKS, file)).then(() => wb);
    cache.set(file, p);
  }
  return p;
}

export async function sheetGrid(file: string, sheet: string): Promise<Grid> {
  const wb = await loadWorkbook(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet} in ${file}`);
  return sheetToGrid(ws);
}

/** The GSO's own figures in a column from a 1-based row on: row -> value. */
export function columnValues(grid: Grid, letter: string, fromRow1: number): Map<number, number> {
  const col = columnIndex(letter);
  const out = new Map<number, number>();
  for (let r = fromRow1 - 1; r < grid.rows.length; r++) {
    const v = grid.rows[r]?.[col]?.value;
    if (typeof v === "number") out.set(r, v);
  }
  return out;
}

/** A copy of the grid with the given columns emptied from a 1-based row on (values and formulas). */
export function clearColumns(grid: Grid, letters: string[], fromRow1: number): Grid {
  const cols = letters.map(columnIndex);
  const rows = grid.rows.map((row, r) =>
    (row ?? []).map((cell, c): GridCell | null => {
      if (!cell) return null;
      if (r >= fromRow1 - 1 && cols.includes(c)) return cell.numberFormat ? { value: null, numberFormat: cell.numberFormat } : null;
      return cell;
    }),
  );
  return { rows, merges: grid.merges ?? [] };
}

/**
 * Evaluates the written formulas over the sheet's values (formula cells of the sheet enter as
 * their cached results) and returns row -> value for each written cell.
 */
export function evaluateWrites(grid: Grid, writes: FormulaWrite[]): Map<string, unknown> {
  const width = Math.max(0, ...grid.rows.map((r) => r?.length ?? 0), ...writes.map((w) => w.col + 1));
  const data: (string | number | boolean | null)[][] = grid.rows.map((row) => {
    const line: (string | number | boolean | null)[] = [];
    for (let c = 0; c < width; c++) {
      const v = row?.[c]?.value ?? null;
      line.push(typeof v === "string" && v.startsWith("=") ? `'${v}` : v);
    }
    return line;
  });
  for (const w of writes) {
    while (data.length <= w.row) data.push(new Array(width).fill(null));
    data[w.row]![w.col] = w.formula;
  }
  const hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3", smartRounding: false });
  const out = new Map<string, unknown>();
  for (const w of writes) out.set(w.address, hf.getCellValue({ sheet: 0, row: w.row, col: w.col }));
  hf.destroy();
  return out;
}
