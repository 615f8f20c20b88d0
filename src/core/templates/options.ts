/** The options a planner picks for a standard table; remembered per workbook by the Excel layer. */

import { COMPARISON_STYLES, type ComparisonStyle } from "../formulas";
import type { PlanDataset } from "../dataset/types";
import type { BlockMeta } from "../sheet-block";
import { UserError, type Lang } from "../user-error";
import type { IndicatorPick } from "./template";

export interface TemplateOptions {
  /** percent: 50,17%; index: 50,17 under a "(%)" header; growth: +56,27 (same-period column only). */
  comparisonStyle: ComparisonStyle;
  /** Decimals shown in comparison columns (the values themselves are never rounded). */
  decimals: number;
  /** Add a "Nguồn số liệu" column with the document and the verbatim quote. */
  sourceColumn: boolean;
  /** Language of labels, titles and notes. */
  lang: Lang;
}

export const DEFAULT_OPTIONS: TemplateOptions = Object.freeze({
  comparisonStyle: "percent",
  decimals: 2,
  sourceColumn: false,
  lang: "vi",
}) as TemplateOptions;

/** Rejects options a caller (CLI flags, stored settings) could get wrong, in the planner's words. */
export function checkOptions(options: TemplateOptions): TemplateOptions {
  if (!COMPARISON_STYLES.includes(options.comparisonStyle)) {
    throw new UserError("template-bad-option", {
      vi: `Kiểu so sánh "${String(options.comparisonStyle)}" không hợp lệ (percent, index, growth).`,
      en: `Unknown comparison style "${String(options.comparisonStyle)}" (percent, index, growth).`,
    });
  }
  if (!Number.isInteger(options.decimals) || options.decimals < 0 || options.decimals > 6) {
    throw new UserError("template-bad-option", {
      vi: `Số chữ số thập phân phải là số nguyên từ 0 đến 6 (nhận được ${String(options.decimals)}).`,
      en: `Decimals must be a whole number from 0 to 6 (got ${String(options.decimals)}).`,
    });
  }
  if (options.lang !== "vi" && options.lang !== "en") {
    throw new UserError("template-bad-option", {
      vi: `Ngôn ngữ "${String(options.lang)}" không hợp lệ (vi, en).`,
      en: `Unknown language "${String(options.lang)}" (vi, en).`,
    });
  }
  return options;
}

/** The options as BlockMeta stores them, plus the period the block was built for. */
export function optionsMeta(options: TemplateOptions, periodKey?: string): Record<string, string | number | boolean> {
  const meta: Record<string, string | number | boolean> = {
    comparisonStyle: options.comparisonStyle,
    decimals: options.decimals,
    sourceColumn: options.sourceColumn,
    lang: options.lang,
  };
  if (periodKey) meta.periodKey = periodKey;
  return meta;
}

/** Reads back what optionsMeta stored (from a workbook, so checked again), for a refresh. */
export function optionsFromMeta(meta: Record<string, string | number | boolean> | undefined): {
  options: TemplateOptions;
  periodKey?: string;
  /** The picked indicators of a custom table, as the block stored them ("all" or "code1,code2"). */
  indicators?: IndicatorPick;
} {
  const m = meta ?? {};
  const options = checkOptions({
    comparisonStyle: (m.comparisonStyle ?? DEFAULT_OPTIONS.comparisonStyle) as ComparisonStyle,
    decimals: typeof m.decimals === "number" ? m.decimals : DEFAULT_OPTIONS.decimals,
    sourceColumn: m.sourceColumn === true,
    lang: (m.lang ?? DEFAULT_OPTIONS.lang) as Lang,
  });
  const picked = typeof m.indicators === "string" ? { indicators: m.indicators === "all" ? ("all" as const) : m.indicators.split(",") } : {};
  return typeof m.periodKey === "string" ? { options, periodKey: m.periodKey, ...picked } : { options, ...picked };
}

/** What a block records of itself: template and version, the dataset it was filled from, its options and period. */
export function blockMeta(
  templateId: string,
  templateVersion: string,
  dataset: PlanDataset | null | undefined,
  options: TemplateOptions,
  periodKey?: string,
): BlockMeta {
  return {
    templateId,
    templateVersion,
    ...(dataset ? { datasetId: dataset.id, datasetVersion: dataset.version } : {}),
    options: optionsMeta(options, periodKey),
  };
}
