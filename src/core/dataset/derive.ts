/**
 * Figures a document implies but does not state: the plan behind "đạt 50,17% kế hoạch" and
 * the same period behind "tăng 56,27% so cùng kỳ". Each derived record says how it was made
 * and from which record, so a planner can always tell it from a stated figure.
 */
import type { Period, PlanRecord } from "./types";
import { formatAsWritten } from "../numbers";
import { periodKey, periodLabelEn, periodLabelVi, priorPeriod, recordIdPeriod } from "./period-text";

export const yearPeriod = (y: number): Period => ({ type: "year", year: y, label: periodLabelVi({ type: "year", year: y, label: "" }) });

/**
 * The period of a derived same-period record: core's one priorPeriod, labelled as every record's period is. None for a
 * multi-year range: its growth is a yearly average, not a change against the span before it.
 */
function derivedPriorPeriod(p: Period): Period | null {
  const prior = priorPeriod(p);
  return prior.type === "range" ? null : { ...prior, label: periodLabelVi(prior) };
}

/** Ten significant digits: enough for any reported figure, without binary noise in the JSON. */
function round10(x: number): number {
  return Number(x.toPrecision(10));
}


/** Plan = figure ÷ reported % of plan × 100, for the plan period (by default the figure's year). */
export function derivePlan(src: PlanRecord, idPrefix: string, planPeriod: Period = yearPeriod(src.period.year)): PlanRecord | null {
  const p = src.reported.pctOfPlan;
  if (p === undefined || p === 0) return null;
  return {
    id: `${idPrefix}:${src.indicator.code}:${recordIdPeriod(planPeriod)}:plan:from-${recordIdPeriod(src.period)}`,
    province: src.province,
    period: planPeriod,
    kind: "plan",
    indicator: src.indicator,
    value: round10((src.value / p) * 100),
    reported: {},
    derived: {
      method: "plan = value / pctOfPlan * 100",
      vi: `Kế hoạch = ${src.period.label} (${formatAsWritten(src.value)} ${src.indicator.unitText}) ÷ ${formatAsWritten(p)}% × 100`,
      en: `Plan = figure for ${periodLabelEn(src.period)} (${src.value} ${src.indicator.unitText}) ÷ ${p}% × 100`,
      from: [src.id],
    },
    quote: src.quote,
    ...(src.quoteOffset ? { quoteOffset: src.quoteOffset } : {}),
  };
}

/** Same period last year = figure ÷ (1 + growth/100), or figure ÷ index × 100. */
export function derivePrior(src: PlanRecord, idPrefix: string): PlanRecord | null {
  const g = src.reported.growthVsPrior;
  const ix = src.reported.indexVsPrior;
  const prior = derivedPriorPeriod(src.period);
  if ((g === undefined && (ix === undefined || ix === 0)) || prior === null) return null;
  const value = g !== undefined ? src.value / (1 + g / 100) : (src.value / ix!) * 100;
  return {
    id: `${idPrefix}:${src.indicator.code}:${recordIdPeriod(prior)}:actual:from-${recordIdPeriod(src.period)}`,
    province: src.province,
    period: prior,
    kind: "actual",
    indicator: src.indicator,
    value: round10(value),
    reported: {},
    derived:
      g !== undefined
        ? {
            method: "prior = value / (1 + growthVsPrior / 100)",
            vi: `Cùng kỳ = ${src.period.label} (${formatAsWritten(src.value)} ${src.indicator.unitText}) ÷ (1 ${g < 0 ? "−" : "+"} ${formatAsWritten(Math.abs(g))}%)`,
            en: `Same period last year = figure for ${periodLabelEn(src.period)} (${src.value} ${src.indicator.unitText}) ÷ (1 ${g < 0 ? "−" : "+"} ${Math.abs(g)}%)`,
            from: [src.id],
          }
        : {
            method: "prior = value / indexVsPrior * 100",
            vi: `Năm trước = ${src.period.label} (${formatAsWritten(src.value)} ${src.indicator.unitText}) ÷ ${formatAsWritten(ix!)}% × 100`,
            en: `Previous year = figure for ${periodLabelEn(src.period)} (${src.value} ${src.indicator.unitText}) ÷ ${ix}% × 100`,
            from: [src.id],
          },
    quote: src.quote,
    ...(src.quoteOffset ? { quoteOffset: src.quoteOffset } : {}),
  };
}

/**
 * The records plus, for each stated actual or estimate that reports its percentages, the
 * derived plan and same-period figures, unless a figure for that indicator and period is stated.
 */
export function withDerived(records: PlanRecord[], idPrefix: string): PlanRecord[] {
  const stated = new Set(records.map((r) => `${r.indicator.code}|${periodKey(r.period)}|${r.kind}`));
  const out = [...records];
  for (const r of records) {
    if (r.derived || (r.kind !== "actual" && r.kind !== "estimate")) continue;
    for (const d of [derivePlan(r, idPrefix), derivePrior(r, idPrefix)]) {
      if (d && !stated.has(`${d.indicator.code}|${periodKey(d.period)}|${d.kind}`)) out.push(d);
    }
  }
  return out;
}
