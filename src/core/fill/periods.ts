/** The periods a form can be filled for: the pane's period list and the CLI's --period take them from here. */
import { periodKey } from "../dataset/period-text";
import type { Period, PlanDataset } from "../dataset/types";

/**
 * The document's own period first, then every period it states a figure for (a derived figure's period is
 * not offered: nothing of it is written in the document). It gives the period of columns whose header names
 * none ("Ước TH", "Cùng kỳ").
 */
export function formPeriods(ds: PlanDataset): Period[] {
  const seen = new Map<string, Period>([[periodKey(ds.period), ds.period]]);
  for (const r of ds.records) if (!r.derived && !seen.has(periodKey(r.period))) seen.set(periodKey(r.period), r.period);
  return [...seen.values()];
}
