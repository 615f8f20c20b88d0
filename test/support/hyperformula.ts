/**
 * Evaluates a SheetBlock (placed at A1) with HyperFormula, the engine the preview uses.
 * Test support only: HyperFormula is GPL and a devDependency.
 */

import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";
import type { BlockCell, SheetBlock } from "../../src/core/sheet-block";
import type { CellReader, EngineValue } from "./engine-value";

export const HYPERFORMULA_CONFIG = { licenseKey: "gpl-v3", smartRounding: false } as const;

/** All cell values of the block, computed once; the reader is 0-based and block-relative. */
export function evaluateWithHyperFormula(block: SheetBlock): CellReader {
  const data: RawCellContent[][] = block.cells.map((row) => row.map(rawContent));
  const hf = HyperFormula.buildFromArray(data, HYPERFORMULA_CONFIG);
  const sheet = 0;
  const grid: EngineValue[][] = [];
  try {
    for (let row = 0; row < block.rows; row++) {
      const values: EngineValue[] = [];
      for (let col = 0; col < block.cols; col++) {
        const v = hf.getCellValue({ sheet, row, col });
        values.push(v instanceof DetailedCellError ? { error: v.value } : v);
      }
      grid.push(values);
    }
  } finally {
    hf.destroy();
  }
  return (row, col) => {
    if (row < 0 || row >= block.rows || col < 0 || col >= block.cols) {
      throw new RangeError(`cell (${row}, ${col}) is outside the ${block.rows}x${block.cols} block`);
    }
    return grid[row]?.[col] ?? null;
  };
}

function rawContent(cell: BlockCell): RawCellContent {
  if (cell.formula !== undefined) return cell.formula;
  const v = cell.value;
  if (v === undefined || v === null || v === "") return null;
  // HyperFormula parses strings as if typed: "1.234" would become the number 1.234 and "=x" a
  // formula. An Excel text cell stays text, so the apostrophe prefix keeps it a string.
  if (typeof v === "string") return `'${v}`;
  return v;
}
