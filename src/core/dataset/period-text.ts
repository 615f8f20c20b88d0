/** Keys and labels of periods: the Vietnamese label a record stores on its period, and the short English one. */
import type { Period } from "./types";

/**
 * The one key of a period, the value of the CLI's --period and of a block's stored period:
 * "year-2020", "months6-2020", "half2-2020", "q1-2020", "month6-2020", "range-2021-2025".
 */
export function periodKey(p: Period): string {
  switch (p.type) {
    case "year":
      return `year-${p.year}`;
    case "months":
      return `months${p.months ?? 0}-${p.year}`;
    case "half":
      return `half${p.part ?? 0}-${p.year}`;
    case "quarter":
      return `q${p.part ?? 0}-${p.year}`;
    case "month":
      return `month${p.part ?? 0}-${p.year}`;
    case "range":
      return `range-${p.fromYear ?? p.year}-${p.year}`;
  }
}

/**
 * The same span one year earlier ("cùng kỳ"); for a multi-year period the period before it, of
 * the same length ("giai đoạn 2011-2015" before 2016-2020): a range one year earlier means nothing.
 */
export function priorPeriod(p: Period): Period {
  if (p.type === "range" && p.fromYear !== undefined) {
    const span = p.year - p.fromYear + 1;
    return { ...p, year: p.year - span, fromYear: p.fromYear - span, label: "" };
  }
  return { ...p, year: p.year - 1, fromYear: p.fromYear === undefined ? undefined : p.fromYear - 1, label: "" };
}

/**
 * "2020", "2020-h1", "2020-m6", "2020-q3", "2021-09", "2021-2025": the period part of a record id.
 * Not a second key: record ids are part of the published dataset format and keep this spelling.
 */
export function recordIdPeriod(p: Period): string {
  switch (p.type) {
    case "year":
      return `${p.year}`;
    case "half":
      return `${p.year}-h${p.part}`;
    case "months":
      return `${p.year}-m${p.months}`;
    case "quarter":
      return `${p.year}-q${p.part}`;
    case "month":
      return `${p.year}-${String(p.part).padStart(2, "0")}`;
    case "range":
      return `${p.fromYear}-${p.year}`;
  }
}

/**
 * Vietnamese label for a period, as the curated dataset writes it. A month is a flow of that month ("tháng 9/2023":
 * retail sales, exports in September) unless `asOf`: a stock at the month's end ("đến tháng 9/2023": enterprises
 * counted by then, see asOfMonthEnd and the document's date as a stock's date).
 */
export function periodLabelVi(p: Period, asOf = false): string {
  // Year 0 is a year no one wrote (an undated page's "11 tháng đầu năm"): the label says what the text says, not "năm 0".
  const ofYear = p.year ? ` năm ${p.year}` : "";
  switch (p.type) {
    case "year":
      return ofYear.trim();
    case "half":
      return `6 tháng ${p.part === 2 ? "cuối" : "đầu"}${ofYear}`;
    case "months":
      return `${p.months ?? 0} tháng đầu${ofYear || " năm"}`;
    case "quarter":
      return `quý ${p.part ?? 0}${ofYear}`;
    case "month":
      return `${asOf ? "đến " : ""}tháng ${p.part ?? 0}${p.year ? `/${p.year}` : ""}`;
    case "range":
      return `giai đoạn ${p.fromYear ?? 0} - ${p.year}`;
  }
}

/** "first 6 months of 2020", "H2 2020", "2021-2025", "9/2021". */
export function periodLabelEn(p: Period): string {
  switch (p.type) {
    case "year":
      return `${p.year}`;
    case "half":
      return `H${p.part} ${p.year}`;
    case "months":
      return `first ${p.months} months of ${p.year}`;
    case "quarter":
      return `Q${p.part} ${p.year}`;
    case "month":
      return `${p.part}/${p.year}`;
    case "range":
      return `${p.fromYear}-${p.year}`;
  }
}
