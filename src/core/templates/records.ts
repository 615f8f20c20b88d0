/** Queries on a PlanDataset that the templates share: which figure fills which cell. */

import type { FigureKind, IndicatorRef, Period, PlanDataset, PlanRecord } from "../dataset/types";
import { periodKey, priorPeriod } from "./periods";

const OUTCOME: readonly FigureKind[] = ["actual", "estimate"];

function isOutcome(r: PlanRecord): boolean {
  return OUTCOME.includes(r.kind);
}

/**
 * The figure to show among candidates for one cell. With a reference figure (the row's actual),
 * only figures in the same unit qualify (the report mixes "tấn" and "nghìn tấn" for one product),
 * a stated figure wins, then one derived from the reference itself (it reproduces the report's
 * own percentage), then the dataset's order. A percentage over such a derived base equals the
 * stated one by construction: tests compare percentages with the documents only where both
 * figures are stated (test/support/document-figures.ts).
 */
export function best(records: PlanRecord[], reference?: PlanRecord): PlanRecord | undefined {
  const pool = reference ? records.filter((r) => r.indicator.unit === reference.indicator.unit) : records;
  return (
    pool.find((r) => !r.derived) ??
    (reference ? pool.find((r) => r.derived?.from.includes(reference.id)) : undefined) ??
    pool[0]
  );
}

/** Indicator codes with an actual or estimate in the period, in the dataset's (the document's) order. */
export function outcomeCodes(ds: PlanDataset, key: string, includes: (code: string) => boolean): string[] {
  const codes: string[] = [];
  for (const r of ds.records) {
    if (isOutcome(r) && includes(r.indicator.code) && periodKey(r.period) === key && !codes.includes(r.indicator.code)) {
      codes.push(r.indicator.code);
    }
  }
  return codes;
}

/**
 * Periods with stated outcomes for the codes (the dataset's main period first, then as first
 * seen). A same-period figure derived from a growth rate does not make its year a choice.
 */
export function outcomePeriods(ds: PlanDataset, includes: (code: string) => boolean): Period[] {
  const seen = new Map<string, Period>();
  for (const r of ds.records) {
    if (isOutcome(r) && !r.derived && includes(r.indicator.code)) {
      const key = periodKey(r.period);
      if (!seen.has(key)) seen.set(key, r.period);
    }
  }
  const main = periodKey(ds.period);
  return [...seen.entries()].sort(([a], [b]) => (a === main ? -1 : b === main ? 1 : 0)).map(([, p]) => p);
}

export function outcome(ds: PlanDataset, code: string, key: string): PlanRecord | undefined {
  return best(ds.records.filter((r) => isOutcome(r) && r.indicator.code === code && periodKey(r.period) === key));
}

/** The year's plan the period is measured against ("Kế hoạch năm 2020" for 6 months of 2020). */
export function yearPlan(ds: PlanDataset, code: string, year: number, reference?: PlanRecord): PlanRecord | undefined {
  return best(
    ds.records.filter((r) => r.kind === "plan" && r.indicator.code === code && r.period.type === "year" && r.period.year === year),
    reference,
  );
}

/** The full-year figure expected at the time of the report (an estimate for the year, "dự ước cả năm"). */
export function yearEstimate(ds: PlanDataset, code: string, year: number, reference?: PlanRecord): PlanRecord | undefined {
  return best(ds.records.filter((r) => isOutcome(r) && r.indicator.code === code && periodKey(r.period) === periodKey({ type: "year", year, label: "" })), reference);
}

/** The same period of the previous year ("cùng kỳ"). */
export function samePeriodBefore(ds: PlanDataset, code: string, period: Period, reference?: PlanRecord): PlanRecord | undefined {
  const key = periodKey(priorPeriod(period));
  return best(ds.records.filter((r) => isOutcome(r) && r.indicator.code === code && periodKey(r.period) === key), reference);
}

/**
 * Current and comparable prices are different series: their ratio means nothing. A quantity
 * ("n/a") never conflicts; a money value whose basis the document does not name
 * (priceBasisStated false) is not compared with one at a named basis.
 */
export function basesConflict(a: IndicatorRef, b: IndicatorRef): boolean {
  const unknownMoney = (x: IndicatorRef): boolean => x.priceBasis === "n/a" && x.priceBasisStated === false;
  if (a.priceBasis !== "n/a" && b.priceBasis !== "n/a") return a.priceBasis !== b.priceBasis;
  if (a.priceBasis !== "n/a") return unknownMoney(b);
  if (b.priceBasis !== "n/a") return unknownMoney(a);
  return false;
}

/** The period a key names, as the dataset writes it (its label included). */
export function periodOf(ds: PlanDataset, key: string): Period {
  if (periodKey(ds.period) === key) return ds.period;
  return ds.records.find((r) => periodKey(r.period) === key)?.period ?? ds.period;
}
