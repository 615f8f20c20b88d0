/**
 * Filling a planner's form in Excel: the form is read as read-table.ts reads a table (the selection,
 * or the region around the selected cell, in one sync); the core plans the fill; the figures and the
 * comparison formulas are then written by writeFormulas in one sync, whose snapshot (taken in the
 * same batch) lets "Hoàn tác" restore every cell of the fill at once: the same undo as insert,
 * refresh and recalculation, not a second one.
 */
import type { PlanDataset } from "../core/dataset/types";
import { fillCellWrites, planFill, type FillOptions, type FillPlan } from "../core/fill";
import { UserError } from "../core/user-error";
import { writeFormulas } from "./read-selection";
import { readTable, type SheetTable } from "./read-table";
import type { RunOptions } from "./run";

export interface FormRead {
  table: SheetTable;
  plan: FillPlan;
}

/** Reads the form around the selection and plans its fill (nothing written). */
export async function readForm(dataset: PlanDataset, options: Omit<FillOptions, "anchor"> = {}, run?: RunOptions): Promise<FormRead> {
  const table = await readTable({ run });
  return { table, plan: planFill(table.grid, dataset, { ...options, anchor: { row: table.anchor.row, col: table.anchor.col } }) };
}

export interface FillWritten {
  ranges: string[];
  values: number;
  formulas: number;
}

/**
 * Writes a planned fill. A plan made without consent leaves out the cells holding another figure;
 * one made with it replaces them. Nothing to write is the planner's message, not an empty sync.
 */
export async function writeFill(sheet: string, plan: FillPlan, run?: RunOptions): Promise<FillWritten> {
  const writes = fillCellWrites(plan);
  if (writes.length === 0) {
    throw new UserError("nothing-to-fill", { vi: "Không có ô nào để điền: không dòng nào của biểu khớp với bộ số liệu.", en: "Nothing to fill: no row of the form matches the dataset." });
  }
  const done = await writeFormulas(sheet, writes.map((w) => ({ row: w.row, col: w.col, formula: w.content, numberFormat: w.numberFormat })), { run });
  return { ranges: done.ranges, values: plan.writes.length, formulas: plan.recalc?.writes.length ?? 0 };
}
