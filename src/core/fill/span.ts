/**
 * Columns of multi-year plan forms. A header that names a span of years ("Giai đoạn 2016-2020",
 * "Tốc độ tăng bình quân giai đoạn 2021-2025 (%)", "Bình quân 2021-2025 (%/năm)", "Tổng kim ngạch cả
 * giai đoạn 2011-2020") takes the record the document states for that span and that measure: the
 * average yearly growth, the total over the span, or the row's own figure for the span. A header
 * that names an end year ("Mục tiêu đến năm 2025") is a target of that year, never a span.
 * The detection gives a span column its span (detect/periods.ts, spanIn); what the span column
 * measures and which kinds it takes are the fill's own reading of the header, here.
 */
import { INDICATORS, indicatorByCode } from "../catalog/indicators";
import type { FigureKind, Period, PlanDataset } from "../dataset/types";
import type { ColumnWant } from "./records";
import { readLabel, type RowLabel } from "./label";
import { matchRow, type IndicatorName, type RowMatch } from "./match-row";
import { fold, hasAnyWord } from "../detect/fold";
import { headerWords } from "../detect/vocab";
import { spanIn } from "../detect/periods";
import { periodLabel } from "../templates/periods";
import type { Localized } from "../user-error";

/** growth: average yearly growth over the span (%/năm); total: the sum over the span; level: the row's own figure for the span. */
export type SpanMeasure = "growth" | "total" | "level";

export interface SpanWant {
  measure: SpanMeasure;
  /** The header names no kind and the document's date does not tell it: any stated kind, a question when they differ. */
  anyKind: boolean;
}

const OUTCOME: FigureKind[] = ["actual", "estimate"];
const ESTIMATE: FigureKind[] = ["estimate", "actual"];
const TARGET: FigureKind[] = ["target", "plan"];

// "bình quân", "BQ", "tốc độ tăng", "tăng trưởng", "%/năm": an average growth per year.
const AVERAGE = /\b(binh quan|bq|toc do tang|toc do tang truong|tang truong)\b|%\s*\/\s*nam/;
// "Tổng", "lũy kế", "cộng dồn", "cả giai đoạn": the sum over the span.
const TOTAL = /\b(tong|tong so|tong cong|luy ke|cong don|ca giai doan)\b/;
// A rate reached ("Tỷ lệ đạt", "vượt") or a comparison ("So sánh", "so với KH"): never a place for a stated figure.
const REACHES = /\b(ty le|ti le|dat|vuot|hoan thanh)\b/;
const COMPARES = /\b(so voi|so sanh|so kh|so ke hoach|so muc tieu)\b/;
const TARGET_WORDS = ["phan dau", "dinh huong", "du kien", "du bao"];

export interface SpanColumn {
  kinds: FigureKind[];
  period: Period;
  span: SpanWant;
  reason: Localized;
}

/**
 * What a column whose header names a span takes; "none" when it names a span but takes no figure
 * (a comparison, a share); null when it names no span (the detection's reading stands).
 */
export function spanColumn(header: string, docYear: number | null): SpanColumn | "none" | null {
  const folded = fold(header);
  const span = spanIn(folded);
  if (!span) return null;
  const w = headerWords(header);
  const average = AVERAGE.test(folded);
  // "Tăng BQ 2021-2025 so với 2020" is still the average growth; a rate reached never is.
  if (w.share || w.note || w.source || REACHES.test(folded) || (COMPARES.test(folded) && !average)) return "none";
  if (!average && /%/.test(folded)) return "none";
  const measure: SpanMeasure = average ? "growth" : TOTAL.test(folded) ? "total" : "level";
  let kinds: FigureKind[] | null = w.plan || hasAnyWord(folded, TARGET_WORDS) ? TARGET : w.estimate ? ESTIMATE : w.actual ? OUTCOME : null;
  // A bare span: one that ended before the document was written is an outcome, one that starts after it a target.
  if (!kinds && docYear !== null) kinds = span.year < docYear ? OUTCOME : span.fromYear > docYear ? TARGET : null;
  const anyKind = kinds === null;
  const period: Period = { type: "range", fromYear: span.fromYear, year: span.year, label: "" };
  return { kinds: kinds ?? [...TARGET, ...OUTCOME], period, span: { measure, anyKind }, reason: spanReason(measure, period, kinds) };
}

const MEASURE_TEXT: Record<SpanMeasure, Localized> = {
  growth: { vi: "tốc độ tăng bình quân (%/năm)", en: "average yearly growth (%/year)" },
  total: { vi: "tổng cả giai đoạn", en: "total over the span" },
  level: { vi: "số của cả giai đoạn", en: "the figure for the span" },
};

function spanReason(measure: SpanMeasure, period: Period, kinds: FigureKind[] | null): Localized {
  const span = periodLabel(period);
  const kind: Localized = kinds === TARGET ? { vi: ", mục tiêu", en: ", target" } : kinds ? { vi: ", thực hiện", en: ", outcome" } : { vi: "", en: "" };
  return {
    vi: `Cột ${span.vi}: ${MEASURE_TEXT[measure].vi}${kind.vi}; chỉ lấy số văn bản nêu cho đúng giai đoạn này.`,
    en: `Span ${span.en} column: ${MEASURE_TEXT[measure].en}${kind.en}; only a figure the document states for this span.`,
  };
}

/** "Mục tiêu đến năm 2025", "Đến năm 2025": a target of the end year (not a span), unless the header says it is an outcome. */
export function endYearTarget(header: string): { kinds: FigureKind[]; period: Period } | null {
  const folded = fold(header);
  const m = /\bden (?:het )?nam ((?:19|20)\d{2})\b/.exec(folded);
  if (!m || spanIn(folded) || /%/.test(folded)) return null;
  const w = headerWords(header);
  if (w.estimate || w.actual || w.prior || w.previous || w.compare || w.share || w.note || w.source || w.label || w.unit) return null;
  return { kinds: TARGET, period: { type: "year", year: Number(m[1]), label: "" } };
}

/** The year the dataset's document was written ("2021-09-01" -> 2021); null when it does not say. */
export function documentYear(ds: PlanDataset): number | null {
  const m = /^(\d{4})/.exec(ds.document.date);
  return m ? Number(m[1]) : null;
}

// The catalog keeps a span's total under a code of its own.
const SPAN_TOTALS: Record<string, string> = { "main.export-turnover": "other.exports.cumulative" };
const TOTAL_CODES = new Set(Object.values(SPAN_TOTALS));

/**
 * The indicator whose record a span cell of the row takes: the growth code of the row's indicator
 * (main.X -> growth.X; a growth row its own code),
 * the span-total code, or the row's own code. Null when the catalog has none.
 */
export function spanCode(rowCode: string, measure: SpanMeasure): string | null {
  const known = (c: string): string | null => (indicatorByCode(c) ? c : null);
  if (measure === "level") return rowCode;
  if (measure === "total") return TOTAL_CODES.has(rowCode) ? rowCode : known(SPAN_TOTALS[rowCode] ?? "");
  if (rowCode.startsWith("growth.")) return rowCode;
  // A share row (structure.*) takes no growth: the growth of a branch is not the growth of its share.
  const main = /^main\.(.+)$/.exec(rowCode);
  return main ? known(`growth.${main[1]}`) : null;
}

/**
 * Indicators a form's span columns fill from another code the dataset holds: "Kim ngạch xuất khẩu" is a
 * row of the form when the dataset states the span's total export turnover or its average growth, even
 * with no yearly figure of exports.
 */
export function spanCovered(ds: PlanDataset, wants: readonly ColumnWant[]): Set<string> {
  const held = new Set(ds.records.map((r) => r.indicator.code));
  const measures = new Set(wants.flatMap((w) => (w.span && w.span.measure !== "level" ? [w.span.measure] : [])));
  const out = new Set<string>();
  for (const def of INDICATORS) {
    for (const m of measures) {
      const code = spanCode(def.code, m);
      if (code && code !== def.code && held.has(code)) out.add(def.code);
    }
  }
  return out;
}

/** One indicator's span cell takes the other's record (the total or growth code of the form's span columns). */
export function spanRelated(wants: readonly ColumnWant[], a: string, b: string): boolean {
  return wants.some((w) => !!w.span && w.span.measure !== "level" && (spanCode(a, w.span.measure) === b || spanCode(b, w.span.measure) === a));
}

/**
 * A branch under a production value ("- Khai khoáng" in tỷ đồng under "Giá trị sản xuất công nghiệp") has no
 * level indicator in the catalog, but its growth has one: in a form with average-growth columns the row is
 * read among the branches of the heading's growth only (growth.industrial-production-value.mining ...), and it
 * takes figures in those columns only. Null when no branch is clearly the row.
 */
export function matchBranchGrowth(label: RowLabel, context: readonly string[], parentCode: string, names: readonly IndicatorName[]): RowMatch | null {
  const whole = spanCode(parentCode, "growth");
  const def = whole ? indicatorByCode(whole) : undefined;
  if (!whole || !def) return null;
  const branches = names.filter((n) => n.code.startsWith(`${whole}.`) && n.inDataset);
  if (branches.length === 0) return null;
  const m = matchRow(label, undefined, branches, [...new Set([...readLabel(def.vi).words, ...context])]);
  return m.status === "matched" ? m : null;
}
