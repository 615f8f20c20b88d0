/**
 * A fill as the cells it writes, for any host: the figures (numbers, never text) and the
 * comparison formulas with the format the recalculation gives a "General" cell. One list, so the
 * host writes the whole fill in one go and one undo takes it back.
 */
import type { FillPlan } from "./plan";

export interface FillCellWrite {
  row: number;
  col: number;
  /** A number (a figure) or a formula ("=IF(...)"). */
  content: number | string;
  numberFormat?: string;
}

export function fillCellWrites(plan: FillPlan): FillCellWrite[] {
  const values: FillCellWrite[] = plan.writes.map((w) => ({ row: w.row, col: w.col, content: w.value }));
  const formulas: FillCellWrite[] = (plan.recalc?.writes ?? []).map((w) => ({ row: w.row, col: w.col, content: w.formula, ...(w.numberFormat ? { numberFormat: w.numberFormat } : {}) }));
  return [...values, ...formulas];
}
