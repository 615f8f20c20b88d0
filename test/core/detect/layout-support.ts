/** Small helpers to state what a person reads in a table: roles by column letter, operands. */
import { columnLetter } from "../../../src/core/a1";
import { detectTable, gridFromValues, type Grid, type GridValue, type MergeArea, type TableDetection } from "../../../src/core/detect";
import { findAnchor } from "../../../src/core/detect/anchor";

export type Rows = (GridValue | undefined)[][];

export function detect(rows: Rows, opts: { merges?: MergeArea[]; anchor?: { row: number; col: number; rows?: number; cols?: number }; grid?: Grid } = {}): TableDetection {
  const grid = opts.grid ?? gridFromValues(rows, opts.merges ?? []);
  const anchor = opts.anchor ?? findAnchor(grid);
  if (!anchor) throw new Error("no anchor");
  return detectTable(grid, anchor);
}

/** "A:label B:unit C:plan ..." in column order. */
export function roles(d: TableDetection): string {
  return d.columns.map((c) => `${c.letter}:${c.role}`).join(" ");
}

/** Comparison and share columns: letter -> "subject/base style" ("?" for a missing operand; shares "E/$10"). */
export function operands(d: TableDetection): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of d.columns) {
    const k = c.comparison;
    if (!k) continue;
    const s = k.subjectCol === null ? "?" : columnLetter(k.subjectCol);
    const b = k.baseRole === "total" ? (k.baseRow == null ? "?" : `$${k.baseRow + 1}`) : k.baseCol === null ? "?" : columnLetter(k.baseCol);
    out[c.letter] = `${s}/${b} ${k.style}`;
  }
  return out;
}
