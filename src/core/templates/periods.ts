/** Period keys for the picker and the words planners use for periods ("6 tháng đầu năm 2020"). */

import type { Period } from "../dataset/types";
import type { Lang, Localized } from "../user-error";

/** The one period key and the one "cùng kỳ" live with the dataset types; the templates take them from here. */
export { periodKey, priorPeriod } from "../dataset/period-text";

/** Months of the year the period covers from January; null when it is not a from-January span. */
export function monthsElapsed(p: Period): number | null {
  if (p.type === "year") return 12;
  if (p.type === "months") return p.months ?? null;
  if (p.type === "half") return p.part === 1 ? 6 : p.part === 2 ? 12 : null;
  if (p.type === "quarter" && p.part === 1) return 3;
  return null;
}

const ROMAN = ["I", "II", "III", "IV"];
const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "6 tháng đầu năm 2020" / "first 6 months of 2020"; short form "6 tháng 2020" for column headers. */
export function periodText(p: Period, lang: Lang, short = false): string {
  const vi = lang === "vi";
  switch (p.type) {
    case "year":
      return vi ? `năm ${p.year}` : `${p.year}`;
    case "months":
      if (p.months === 12) return vi ? `năm ${p.year}` : `${p.year}`;
      if (vi) return short ? `${p.months} tháng ${p.year}` : `${p.months} tháng đầu năm ${p.year}`;
      return short ? `${p.months} months ${p.year}` : `first ${p.months} months of ${p.year}`;
    case "half":
      if (vi) return `6 tháng ${p.part === 2 ? "cuối" : "đầu"} năm ${p.year}`;
      return `${p.part === 2 ? "second" : "first"} half of ${p.year}`;
    case "quarter":
      return vi ? `quý ${ROMAN[(p.part ?? 1) - 1] ?? p.part} năm ${p.year}` : `Q${p.part} ${p.year}`;
    case "month":
      return vi ? `tháng ${p.part} năm ${p.year}` : `${MONTHS_EN[(p.part ?? 1) - 1] ?? p.part} ${p.year}`;
    case "range":
      return vi ? `giai đoạn ${p.fromYear}-${p.year}` : `${p.fromYear}-${p.year}`;
  }
}

export function periodLabel(p: Period): Localized {
  return { vi: periodText(p, "vi"), en: periodText(p, "en") };
}
