/**
 * The planner's table for recalculation: the selection (or the region around a single selected
 * cell) read in one sync and placed at its sheet position, as the detector expects.
 */
import type { Anchor, Grid, GridCell } from "../core/recalc";
import { readSelection, type ReadOptions } from "./read-selection";

export interface SheetTable {
  sheet: string;
  grid: Grid;
  /** The range read, taken as the table. */
  anchor: Anchor;
}

export async function readTable(options: Pick<ReadOptions, "run"> = {}): Promise<SheetTable> {
  const read = await readSelection({ scope: "auto", run: options.run });
  const rows: (GridCell | null)[][] = [];
  read.values.forEach((line, r) => {
    const cells: (GridCell | null)[] = new Array<GridCell | null>(read.col).fill(null);
    line.forEach((value, c) => {
      const formula = read.formulas[r]?.[c];
      cells.push({
        value: value === "" ? null : value,
        formula: typeof formula === "string" && formula.startsWith("=") ? formula : undefined,
        numberFormat: read.numberFormat[r]?.[c],
      });
    });
    rows[read.row + r] = cells;
  });
  const anchor = { row: read.row, col: read.col, rows: read.values.length, cols: read.values[0]?.length ?? 0 };
  return { sheet: read.sheet, grid: { rows }, anchor };
}
