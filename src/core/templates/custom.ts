/**
 * "Chỉ tiêu tự chọn" (issue 13, point 2): the indicators the planner picks, in the order picked,
 * in the main-indicators layout (plan | actual | same period | % of plan | % of same period),
 * with its formulas. Every figure a dataset states reaches this table for its own period: an
 * outcome in column (2), a plan, target or "still to do" figure of the period in column (1),
 * the year's plan in column (1) of a part of the year when no figure is set for the part itself.
 */

import type { Period, PlanDataset, PlanRecord } from "../dataset/types";
import { UserError, type Lang } from "../user-error";
import { INDICATORS } from "../catalog/indicators";
import { COMPLETION_COLUMNS, buildComparisonTable, type ComparisonRow, type ComparisonTableKind } from "./comparison-table";
import { unitLabel } from "./common";
import { periodKey, periodLabel, periodText } from "./periods";
import { best, periodOf, samePeriodBefore, yearPlan } from "./records";
import { col, type IndicatorPick, type PeriodChoice, type TemplateDef } from "./template";

export const CUSTOM_ID = "custom";

const OUTCOME = new Set(["actual", "estimate"]);
const PLAN_LIKE = new Set(["plan", "target", "remaining"]);

/** Rates are levels here: dividing a growth rate by another means nothing (domain notes). */
function isRate(code: string): boolean {
  return code.startsWith("growth.") || code.startsWith("index.");
}

/** Stated records first, then derived ones, each in the dataset's order. */
function statedFirst(records: PlanRecord[]): PlanRecord[] {
  return [...records.filter((r) => !r.derived), ...records.filter((r) => r.derived)];
}

/** What the dataset holds for one indicator in one period. */
function figuresOf(ds: PlanDataset, code: string, key: string): { outcomes: PlanRecord[]; plans: PlanRecord[] } {
  const mine = ds.records.filter((r) => r.indicator.code === code && periodKey(r.period) === key);
  return {
    outcomes: statedFirst(mine.filter((r) => OUTCOME.has(r.kind))),
    plans: statedFirst(mine.filter((r) => PLAN_LIKE.has(r.kind))),
  };
}

/** A part of a year (6 months, a quarter, a month): its plan may be the year's. */
function partOfYear(p: Period): boolean {
  return p.type !== "year" && p.type !== "range";
}

/**
 * One row per distinct stated outcome (a value the document gives in two units, or two series
 * of one indicator, are two rows); the same value stated twice is one figure citing both places.
 */
function outcomeSeries(outcomes: PlanRecord[]): { main: PlanRecord; also: PlanRecord[] }[] {
  const stated = outcomes.filter((r) => !r.derived);
  const pool = stated.length > 0 ? stated : outcomes.slice(0, 1);
  const series: { main: PlanRecord; also: PlanRecord[] }[] = [];
  for (const r of pool) {
    const same = series.find((s) => s.main.value === r.value && s.main.indicator.unit === r.indicator.unit);
    if (same) same.also.push(r);
    else series.push({ main: r, also: [] });
  }
  return series;
}

/** Whether the table sets its plan column from figures of the period itself rather than the year. */
function ownPeriodPlans(ds: PlanDataset, codes: readonly string[], key: string, period: Period): boolean {
  return !partOfYear(period) || codes.some((code) => figuresOf(ds, code, key).plans.length > 0);
}

function nameOf(record: PlanRecord | undefined, code: string, lang: Lang): string {
  if (record) return record.indicator[lang];
  const def = INDICATORS.find((d) => d.code === code);
  return def ? def[lang] : code;
}

function rowsFor(ds: PlanDataset, code: string, key: string, period: Period, own: boolean, lang: Lang): ComparisonRow[] {
  const { outcomes, plans } = figuresOf(ds, code, key);
  const planFor = (reference?: PlanRecord): PlanRecord | undefined => {
    return own ? best(plans, reference) : yearPlan(ds, code, period.year, reference);
  };
  const row = (actual: PlanRecord | undefined, also: PlanRecord[], plan: PlanRecord | undefined): ComparisonRow => {
    const any = actual ?? plan;
    return {
      name: nameOf(any, code, lang),
      unit: any ? unitLabel(any.indicator, lang) : "",
      actual,
      ...(also.length > 0 ? { actualAlso: also } : {}),
      plan,
      prior: actual ? samePeriodBefore(ds, code, period, actual) : samePeriodBefore(ds, code, period),
      noRatio: isRate(code),
    };
  };
  const rows = outcomeSeries(outcomes).map((s) => row(s.main, s.also, planFor(s.main)));
  if (rows.length === 0) rows.push(row(undefined, [], planFor()));
  // A stated plan of the period no row took (in a unit no outcome is given in) gets a row of its own.
  for (const p of plans.filter((x) => !x.derived)) {
    if (own && !rows.some((r) => r.plan === p)) rows.push(row(undefined, [], p));
  }
  return rows;
}

/** The picked codes of the table: the pick as given, or every indicator with a figure in the period. */
export function pickedCodes(ds: PlanDataset, pick: IndicatorPick, key: string): string[] {
  if (pick !== "all") return [...pick];
  const codes: string[] = [];
  for (const r of ds.records) {
    if (!r.derived && periodKey(r.period) === key && !codes.includes(r.indicator.code)) codes.push(r.indicator.code);
  }
  return codes;
}

/** Rejects codes the dataset does not hold, naming them and where to find the valid ones. */
export function checkPick(ds: PlanDataset, pick: IndicatorPick): void {
  if (pick === "all") return;
  if (pick.length === 0) {
    throw new UserError("custom-no-indicators", {
      vi: "Chưa chọn chỉ tiêu nào cho bảng tự chọn.",
      en: "No indicators picked for the custom table.",
    });
  }
  const unknown = pick.filter((code) => !ds.records.some((r) => r.indicator.code === code));
  if (unknown.length > 0) {
    throw new UserError("custom-unknown-indicator", {
      vi: `Bộ số liệu "${ds.id}" không có chỉ tiêu: ${unknown.join(", ")}. Xem danh sách: data indicators --dataset ${ds.id}.`,
      en: `Dataset "${ds.id}" has no indicator: ${unknown.join(", ")}. See the list: data indicators --dataset ${ds.id}.`,
    });
  }
}

function kindFor(pick: IndicatorPick): ComparisonTableKind {
  return {
    templateId: CUSTOM_ID,
    version: "1.0.0",
    title: { vi: "Các chỉ tiêu", en: "Selected indicators" },
    nameHeader: { vi: "Chỉ tiêu", en: "Indicator" },
    includes: () => true,
    statedWhenNoBase: true,
    rows: ({ dataset, period, periodKey: key }, lang) => {
      const codes = pickedCodes(dataset, pick, key);
      const own = ownPeriodPlans(dataset, codes, key, period);
      return codes.flatMap((code) => rowsFor(dataset, code, key, period, own, lang));
    },
    // A year's column keeps "Kế hoạch năm 2020"; a range or a part of the year set its own figures.
    planHeader: (period, lang, rows) => {
      const own = rows.some((r) => r.plan && periodKey(r.plan.period) === periodKey(period));
      if (period.type === "year" || !(own || period.type === "range")) return undefined;
      return `${lang === "vi" ? "Kế hoạch, mục tiêu" : "Plan, target"} ${periodText(period, lang, true)}`;
    },
  };
}

/** Periods with a stated figure of any picked indicator (the dataset's main period first). */
export function customPeriods(ds: PlanDataset, pick: IndicatorPick = "all"): PeriodChoice[] {
  const seen = new Map<string, Period>();
  for (const r of ds.records) {
    if (r.derived || (pick !== "all" && !pick.includes(r.indicator.code))) continue;
    const key = periodKey(r.period);
    if (!seen.has(key)) seen.set(key, r.period);
  }
  const main = periodKey(ds.period);
  return [...seen.entries()]
    .sort(([a], [b]) => (a === main ? -1 : b === main ? 1 : 0))
    .map(([key, p]) => ({ key, label: periodLabel(p) }));
}

export const custom: TemplateDef = {
  info: {
    id: CUSTOM_ID,
    version: "1.0.0",
    name: { vi: "Chỉ tiêu tự chọn", en: "Indicators of your choice" },
    description: {
      vi: "Các chỉ tiêu bạn chọn từ bộ số liệu, theo thứ tự chọn: kế hoạch, thực hiện, cùng kỳ, % so kế hoạch và cùng kỳ.",
      en: "The indicators you pick from the dataset, in the order picked: plan, actual, same period, % of plan and of same period.",
    },
    columns: [
      col("STT", "No."),
      col("Chỉ tiêu", "Indicator"),
      col("Đơn vị tính", "Unit"),
      col("(1) Kế hoạch", "(1) Plan"),
      col("(2) Thực hiện kỳ báo cáo", "(2) Actual, period"),
      col("(3) Cùng kỳ năm trước", "(3) Same period last year"),
      col("So sánh (%): 4=2/1 Kế hoạch", "Comparison (%): 4=2/1 plan"),
      col("So sánh (%): 5=2/3 Cùng kỳ", "Comparison (%): 5=2/3 same period"),
    ],
  },
  periodChoices: (ds, pick) => {
    checkPick(ds, pick ?? "all");
    return customPeriods(ds, pick ?? "all");
  },
  build: (input, options, emptyRows) => {
    const pick = input?.indicators ?? "all";
    if (input) checkPick(input.dataset, pick);
    const period = input ? periodOf(input.dataset, input.periodKey) : undefined;
    const block = buildComparisonTable(kindFor(pick), input && period ? { ...input, period } : null, options, emptyRows);
    if (input) block.meta.options = { ...block.meta.options, indicators: pick === "all" ? "all" : pick.join(",") };
    return block;
  },
  completion: COMPLETION_COLUMNS,
};
