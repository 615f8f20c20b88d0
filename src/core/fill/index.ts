/**
 * Filling a planner's own form from plan data (pure TypeScript, no Office, no I/O).
 *
 *   planFill(grid, dataset, { period?, overwrite?, choices?, anchor? }) -> FillPlan
 *     Finds the form's table below its official blocks, tells its columns (role, kind, period) with
 *     src/core/detect, matches each row label and unit to an indicator of the dataset, and proposes
 *     one value per cell with the record id, its quote and a confidence; rows it cannot place are
 *     `ambiguous` (candidates to ask) or `unmatched`; cells already holding something are
 *     `conflicts` (written only with `overwrite`); `recalc` holds the comparison formulas the
 *     recalculation writes once the figures are in. `choices` carries the planner's answers.
 */
export { planFill } from "./plan";
export type { FillOptions, FillPlan, FillRow, FillValue, FillColumn, FillRowStatus } from "./plan";
export { locateForm, type FormLocation } from "./locate";
export { formPeriods } from "./periods";
export { vn as formatFillNumber } from "./explain";
export { fillCellWrites, type FillCellWrite } from "./writes";
