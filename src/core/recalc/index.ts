/**
 * Recalculating achievement rates in a planner's own table.
 *
 * API (pure TypeScript, no Office, no I/O; indexes are 0-based sheet positions):
 *
 *   detectTable(grid, anchor) -> TableDetection
 *     grid: { rows: GridCell[][], merges? } where GridCell = { value, formula?, numberFormat? };
 *     only the top-left cell of a merge holds its value (as Office.js and ExcelJS report it).
 *     anchor: { row, col } finds the table around that cell; { row, col, rows, cols } with more
 *     than one cell takes that range as the table. findAnchor(grid) picks the first row of
 *     figures when the user named no cell. Never throws; problems come back in `messages`.
 *     The detection lists each column's role (label, unit, plan, actual, cumulative, prior,
 *     previous, comparison, share, source, other) with a reason in vi/en, its period, and for
 *     comparison and share columns what they divide (subjectCol ÷ baseCol, or ÷ the total
 *     row), their style (percent, index ×100, growth, coefficient) and `missing` when an
 *     operand is not in the table. Rows are data, total, section, note or blank.
 *     detectTable(grid, anchor, { roles: { 3: "plan" } }) applies the planner's corrections
 *     (column -> role) and resolves the comparisons again; a caller may also edit a column's
 *     comparison (subjectCol, baseCol, style) in the detection before planning.
 *
 *   planRecalc(grid, detection, options) -> RecalcPlan
 *     options: overwrite (consent to replace non-empty cells), convertText (turn "19.125,44"
 *     into 19125.44), addMissing (add vs-plan / vs-same-period / vs-previous columns at the
 *     right), onlyColumns.
 *     plan.writes: { row, col, address, formula } blank-safe native formulas, one per data or
 *     total row that has an input; section rows and rows without inputs stay blank.
 *     plan.conflicts: cells that already hold something (left out of writes unless overwrite).
 *     plan.textNumbers / plan.conversions, plan.headerWrites (added columns), plan.skipped
 *     (comparison columns whose base is not in the table), plan.messages (vi/en).
 */
export { detectTable, GridView, gridFromValues, fold, parsePeriod, describePeriod } from "../detect";
export type * from "../detect/types";
export type { DetectOptions } from "../detect";
export type { Grid, GridCell, GridValue, MergeArea, Rect, Period } from "../detect";
export { findAnchor } from "../detect/anchor";
export { planRecalc } from "./plan";
export type { RecalcOptions, RecalcPlan, FormulaWrite, ValueWrite, Conflict, PlannedColumn } from "./plan";
export type { TextNumberFinding } from "./text-numbers";
