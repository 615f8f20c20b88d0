/**
 * Where a block's "% of plan" chart takes its data (issue 4, point 14): the indicator names and
 * the % of plan formulas of the body rows. Templates that have such a column say which it is
 * (TemplateDef.completion); this file finds the rows that hold a % of plan formula.
 */

import type { SheetBlock } from "../sheet-block";
import { UserError } from "../user-error";
import { optionsFromMeta } from "./options";

export interface CompletionColumns {
  /** Block column of the indicator names (the chart's categories). */
  labelCol: number;
  /** Block column of % of plan (the bars). */
  valueCol: number;
}

export interface CompletionChart extends CompletionColumns {
  /** First and last block rows (0-based, inclusive) charted: rows with a % of plan formula. */
  firstRow: number;
  lastRow: number;
  /** The value that means 100% of plan in this block's style: 1 (shown 100%) or 100 (index). */
  full: number;
}

/**
 * The chart's rows: from the first to the last body row whose % of plan is a formula. Rate rows
 * (the IIP, sub-sector indices) show "-" there and come before or after those rows in every
 * table the templates build; a "-" between them would chart as a 0% bar, so such a block gets
 * no chart (null), as does a block without any % of plan formula.
 */
export function completionRows(block: SheetBlock, columns: CompletionColumns): CompletionChart | null {
  if (!block.body) return null;
  const rows: number[] = [];
  for (let r = block.body.firstRow; r <= block.body.lastRow; r++) {
    if (block.cells[r]?.[columns.valueCol]?.formula !== undefined) rows.push(r);
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined || last - first + 1 !== rows.length) return null;
  const style = optionsFromMeta(block.meta.options).options.comparisonStyle;
  // Against the plan the growth style shows the index (see comparison-table.ts): 100 is the plan.
  return { ...columns, firstRow: first, lastRow: last, full: style === "percent" ? 1 : 100 };
}

/** Said when a table has nothing to chart; the Excel host and the preview say the same. */
export function noCompletionChartError(): UserError {
  return new UserError("chart-not-available", {
    vi: "Bảng này không có các dòng tỷ lệ % so kế hoạch liền nhau để vẽ biểu đồ (chỉ bảng Chỉ tiêu chủ yếu và Sản phẩm công nghiệp chủ yếu có).",
    en: "This table has no contiguous % of plan rows to chart (only Main indicators and Main industrial products tables do).",
  });
}

/** The chart's title in the block's language. */
export function completionChartTitle(lang: "vi" | "en"): string {
  return lang === "vi" ? "Tỷ lệ hoàn thành kế hoạch (%)" : "Completion of plan (%)";
}
