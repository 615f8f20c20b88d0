/**
 * Periods written in headers: "Tháng 02 năm 2025" (one month), "02 tháng năm 2025" or
 * "TH 6 tháng 2020" (the first N months, cumulative), "Quý III năm 2024", "Năm 2023",
 * "KH năm 2021", "thời điểm 01/02/2025". Works on folded text (see fold.ts).
 */
import type { Localized } from "../user-error";

/** "span": several years ("Giai đoạn 2016-2020"), n the first year and year the last. */
export type PeriodKind = "month" | "months" | "quarter" | "half" | "year" | "point" | "span";

export interface Period {
  kind: PeriodKind | null;
  /** Month number, number of months, quarter or half; null when not written. */
  n: number | null;
  year: number | null;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const MONTHS_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** The period a (folded) header fragment names, or null when it names none. */
const NUMBER_WORDS: [RegExp, string][] = [
  [/\bmuoi mot thang\b/g, "11 thang"],
  [/\bmuoi hai thang\b/g, "12 thang"],
  [/\bmuoi thang\b/g, "10 thang"],
  [/\bmot thang\b/g, "1 thang"],
  [/\bhai thang\b/g, "2 thang"],
  [/\bba thang\b/g, "3 thang"],
  [/\b(?:bon|tu) thang\b/g, "4 thang"],
  [/(?<!\bky )(?<!\bcung )\bnam thang\b/g, "5 thang"],
  [/\bsau thang\b/g, "6 thang"],
  [/\bbay thang\b/g, "7 thang"],
  [/\btam thang\b/g, "8 thang"],
  [/\bchin thang\b/g, "9 thang"],
];

/** "2016-2020", "2016 - 2020", "(2021–2025)", "2021÷2025": the first and last year, the last after the first. */
export function spanIn(folded: string): { fromYear: number; year: number } | null {
  // Not inside a longer number or a date ("0294-3862", "01/2016-2020"); a comma or stop after it ends the span.
  const m = /(?<![\d/.,])((?:19|20)\d{2})\s*[-–—÷~]\s*((?:19|20)\d{2})(?![\d/]|[.,]\d)/.exec(folded);
  if (!m) return null;
  const fromYear = Number(m[1]);
  const year = Number(m[2]);
  return year > fromYear && year - fromYear <= 20 ? { fromYear, year } : null;
}

export function parsePeriod(folded: string): Period | null {
  // "Giai đoạn 2016-2020", "Bình quân 2021-2025 (%/năm)": several years, not the first of them.
  const span = spanIn(folded);
  if (span) return { kind: "span", n: span.fromYear, year: span.year };
  let t = ` ${folded.replace(/[()[\],:;]/g, " ").replace(/\s+/g, " ")} `;
  // "Sáu tháng 2020", "Mười một tháng đầu năm 2021": months written in words.
  for (const [re, digits] of NUMBER_WORDS) t = t.replace(re, digits);
  let kind: PeriodKind | null = null;
  let n: number | null = null;
  let year: number | null = null;

  const date = /\b\d{1,2}\/\d{1,2}\/((?:19|20)\d{2})\b/.exec(t);
  const q = /\b(?:quy|quarter) (iv|iii|ii|i|[1-4])\b/.exec(t) ?? /\bq([1-4])\b/.exec(t);
  const monthOf = /\b(?:thang|month) (\d{1,2})\b/.exec(t);
  const monthEn = new RegExp(`\\b(${MONTHS_EN.join("|")})[a-z]*\\.? (?:19|20)\\d{2}\\b`).exec(t);
  const firstMonths = /\b(\d{1,2}) (?:thang|months?)\b/.exec(t);
  const half = /\b(?:6 thang (dau|cuoi) nam|h([12])|(first|second) half)\b/.exec(t);

  if (q) {
    kind = "quarter";
    n = ROMAN[q[1]!] ?? Number(q[1]);
  } else if (half && (half[1] === "cuoi" || half[2] === "2" || half[3] === "second")) {
    kind = "half";
    n = 2;
  } else if (monthOf && Number(monthOf[1]) >= 1 && Number(monthOf[1]) <= 12 && !date) {
    kind = "month";
    n = Number(monthOf[1]);
  } else if (firstMonths && Number(firstMonths[1]) >= 1 && Number(firstMonths[1]) <= 12) {
    kind = "months";
    n = Number(firstMonths[1]);
  } else if (half) {
    kind = "months";
    n = 6;
  } else if (monthEn) {
    kind = "month";
    n = MONTHS_EN.indexOf(monthEn[1]!) + 1;
  } else if (date) {
    kind = "point";
  } else if (/\b(?:thang nay|trong thang|thang bao cao|thang bc|this month|thang)\b/.test(t) && !/\bthang (?:truoc|sau|toi)\b/.test(t)) {
    kind = "month";
  }

  const y =
    /\b(?:nam|year|fy) ((?:19|20)\d{2})\b/.exec(t) ??
    (date ? [date[0], date[1]] : null) ??
    /(?<![\d/.,])((?:19|20)\d{2})(?![\d/.,])/.exec(t);
  if (y) year = Number(y[1]);
  if (kind === null && (year !== null || /\b(?:ca nam|nam|year|annual)\b/.test(t))) kind = "year";
  if (kind === null && year === null) return null;
  return { kind, n, year };
}

/** Same period: same kind and, where both say it, the same number and year. */
export function samePeriod(a: Period | null | undefined, b: Period | null | undefined): boolean {
  if (!a || !b || a.kind === null || b.kind === null || a.kind !== b.kind) return false;
  if (a.n !== null && b.n !== null && a.n !== b.n) return false;
  if (a.year !== null && b.year !== null && a.year !== b.year) return false;
  return (a.n !== null && b.n !== null) || (a.year !== null && b.year !== null);
}

/** Same period one year earlier. */
export function yearBefore(p: Period): Period {
  return { ...p, year: p.year === null ? null : p.year - 1 };
}

/** The period just before: previous month or quarter (December of the year before for January). */
export function periodBefore(p: Period): Period | null {
  if ((p.kind === "month" || p.kind === "quarter") && p.n !== null) {
    const last = p.kind === "month" ? 12 : 4;
    if (p.n > 1) return { ...p, n: p.n - 1 };
    return { kind: p.kind, n: last, year: p.year === null ? null : p.year - 1 };
  }
  return null;
}

export function describePeriod(p: Period | null | undefined): Localized {
  if (!p || p.kind === null) return { vi: "", en: "" };
  const y = p.year !== null ? p.year : null;
  const yv = y !== null ? ` năm ${y}` : "";
  const ye = y !== null ? ` ${y}` : "";
  switch (p.kind) {
    case "month":
      return p.n !== null ? { vi: `tháng ${p.n}${yv}`, en: `month ${p.n}${ye}` } : { vi: `tháng${yv}`, en: `month${ye}` };
    case "months":
      return { vi: `${p.n ?? "?"} tháng${yv}`, en: `first ${p.n ?? "?"} months${ye}` };
    case "quarter":
      return { vi: `quý ${p.n ?? "?"}${yv}`, en: `Q${p.n ?? "?"}${ye}` };
    case "half":
      return { vi: `6 tháng cuối năm${yv}`, en: `second half${ye}` };
    case "point":
      return { vi: `thời điểm${yv}`, en: `point in time${ye}` };
    case "year":
      return { vi: y !== null ? `năm ${y}` : "cả năm", en: y !== null ? `year ${y}` : "full year" };
    case "span":
      return { vi: `giai đoạn ${p.n}-${p.year}`, en: `${p.n}-${p.year}` };
  }
}
