/**
 * How the Data section words a record: value with its unit, the percentages the document reports,
 * dates and times. Numbers go through formatNumber so the pane shows 5.268 and 50,17 in Vietnamese.
 */
import { periodLabelEn } from "../../core/dataset/period-text";
import type { FigureKind, Period, PlanRecord, RecordFlag } from "../../core/dataset/types";
import type { Lang } from "../../core/user-error";
import { formatNumber, type MessageKey, type Translate } from "../i18n";

export const KIND_LABELS: Record<FigureKind, MessageKey> = {
  actual: "dataKindActual",
  estimate: "dataKindEstimate",
  plan: "dataKindPlan",
  target: "dataKindTarget",
  remaining: "dataKindRemaining",
};

export const FLAG_LABELS: Record<RecordFlag["code"], MessageKey> = {
  "pct-mismatch": "dataFlagPctMismatch",
  "value-conflict": "dataFlagValueConflict",
  "basis-conflict": "dataFlagBasisConflict",
  "unit-conflict": "dataFlagUnitConflict",
  other: "dataFlagOther",
};

export function periodLabel(lang: Lang, period: Period): string {
  return lang === "vi" ? period.label : periodLabelEn(period);
}

/** "5.268 tấn", "trên 2.444 doanh nghiệp", "34%". */
export function formatValue(lang: Lang, t: Translate, r: PlanRecord): string {
  const n = formatNumber(lang, r.value);
  const figure = r.indicator.unitText === "%" ? `${n}%` : `${n} ${r.indicator.unitText}`;
  if (r.qualifier === "over") return t("dataOver", { value: figure });
  if (r.qualifier === "about") return t("dataAbout", { value: figure });
  return figure;
}

/** The percentages the document states beside the figure: "đạt 50,17% kế hoạch · tăng 56,27% so cùng kỳ". */
export function formatReported(lang: Lang, t: Translate, r: PlanRecord): string[] {
  const pct = (v: number) => formatNumber(lang, v);
  const out: string[] = [];
  const { pctOfPlan, growthVsPrior, indexVsPrior, share } = r.reported;
  if (pctOfPlan !== undefined) out.push(t("dataPctOfPlan", { pct: pct(pctOfPlan) }));
  if (growthVsPrior !== undefined) {
    out.push(t(growthVsPrior < 0 ? "dataGrowthDown" : "dataGrowthUp", { pct: pct(Math.abs(growthVsPrior)) }));
  }
  if (indexVsPrior !== undefined) out.push(t("dataIndexVsPrior", { pct: pct(indexVsPrior) }));
  if (share !== undefined) out.push(t("dataShare", { pct: pct(share) }));
  return out;
}

/** The "as of" time of a fetched copy (an ISO timestamp) in the planner's own clock and separators. */
export function formatAsOf(lang: Lang, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  // Explicit fields: vi-VN's "short" date style writes a two-digit year (25/11/26).
  return new Intl.DateTimeFormat(lang === "vi" ? "vi-VN" : "en-GB", {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hour12: false,
  }).format(d);
}

/**
 * A document date as written in that language: "2021-09-01" -> 01/09/2021, and "2022-01" (a document dated
 * by month only) -> 01/2022; "—" when the document has none.
 */
export function formatDocDate(lang: Lang, iso: string): string {
  if (lang !== "vi") return iso || "—";
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso || "—";
  return m[3] ? `${m[3]}/${m[2]}/${m[1]}` : `${m[2]}/${m[1]}`;
}

/** Lower case without Vietnamese diacritics, so "thuy san" finds "Thủy sản". */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
}
