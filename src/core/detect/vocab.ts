/**
 * Header words, folded (no diacritics, lower case). Vietnamese as planners write it, with
 * abbreviations, and English. Order inside a list does not matter; phrases match whole words.
 */
import { fold, hasAnyWord, hasWord, lowerKeep } from "./fold";

export const LABEL_WORDS = [
  "stt", "tt", "so tt", "chi tieu", "san pham", "noi dung", "ten chi tieu", "ten san pham", "danh muc",
  "nganh", "linh vuc", "dia phuong", "indicator", "indicators", "item", "items", "product", "description",
  "hang muc", "mat hang", "ten",
];
export const UNIT_WORDS = ["dvt", "don vi tinh", "don vi", "unit", "units", "dv tinh"];
export const SOURCE_WORDS = ["nguon", "nguon so lieu", "source", "data source", "co quan cung cap"];
export const NOTE_WORDS = ["ghi chu", "note", "notes", "remarks"];
export const SHARE_WORDS = ["co cau", "ty trong", "share", "structure", "ti trong"];
export const PLAN_WORDS = [
  "ke hoach", "kh", "khn", "kh nam", "muc tieu", "chi tieu giao", "chi tieu ke hoach", "du toan", "plan",
  "planned", "target", "targets", "budget", "nghi quyet", "nq",
];
export const PRIOR_WORDS = [
  "cung ky", "ck", "cung ky nam truoc", "nam truoc", "cung thoi diem nam truoc", "same period", "same month last year",
  "last year", "previous year", "prior year", "year earlier", "a year earlier", "same period last year",
  "yoy", "y/y", "year on year", "year-on-year",
];
export const PREVIOUS_WORDS = [
  "thang truoc", "ky truoc", "quy truoc", "previous month", "last month", "prior month", "previous period",
  "previous quarter", "month before", "m/m", "mom", "month on month", "month-on-month",
];
export const CUMULATIVE_WORDS = [
  "luy ke", "cong don", "tu dau nam", "ytd", "year to date", "to date", "cumulative", "accumulated", "luy ke tu dau nam",
  // "LK", "LK CK": planners' short form of lũy kế.
  "lk",
];
export const ESTIMATE_WORDS = ["uoc", "uoc tinh", "uoc th", "uoc thuc hien", "uth", "du uoc", "estimate", "estimated", "est"];
export const PRELIMINARY_WORDS = ["so bo", "preliminary", "prelim"];
export const ACTUAL_WORDS = [
  "th", "thuc hien", "ket qua", "thuc te", "sx", "san xuat", "ky nay", "trong ky", "actual", "actuals", "achieved",
  "result", "results", "outturn", "nam nay", "thang nay", "this month", "current month", "this year", "current period",
  "reporting month", "this period",
];
export const GROWTH_WORDS = ["tang giam", "tang/giam", "tang (giam)", "growth", "change", "+/-", "chenh lech %"];
export const COMPARE_PHRASES = [
  "so voi", "so sanh", "ty le dat", "ti le dat", "muc dat", "ty le hoan thanh", "ti le hoan thanh",
  "% dat", "compared with", "compared to", "vs", "vs.", "versus", "% of", "percent of", "achievement",
  "completion rate", "y/y", "yoy", "m/m", "mom",
];
/** Words that may follow a bare "so" (compare) in a header written without diacritics. */
const BASE_AFTER_SO = [
  "kh", "ke hoach", "cung ky", "ck", "thang truoc", "ky truoc", "muc tieu", "nam", "cung", "voi", "sanh", "du toan", "chi tieu",
  // "UTH 2021 so TH 2020", "LK so LK CK": a figure named by its short form.
  "th", "thuc hien", "uth", "uoc", "lk", "luy ke",
];

export interface HeaderWords {
  folded: string;
  label: boolean;
  unit: boolean;
  source: boolean;
  note: boolean;
  share: boolean;
  compare: boolean;
  growth: boolean;
  plan: boolean;
  prior: boolean;
  previous: boolean;
  cumulative: boolean;
  estimate: boolean;
  preliminary: boolean;
  actual: boolean;
}

/** The kinds of words a header (or part of one) contains. */
export function headerWords(text: string): HeaderWords {
  const folded = fold(text);
  const plan = !!hasAnyWord(folded, PLAN_WORDS);
  const previous = !!hasAnyWord(folded, PREVIOUS_WORDS) && !hasWord(folded, "cung ky");
  return {
    folded,
    label: !!hasAnyWord(folded, LABEL_WORDS) && !hasWord(folded, "chi tieu giao") && !hasWord(folded, "chi tieu ke hoach"),
    unit: !!hasAnyWord(folded, UNIT_WORDS),
    source: !!hasAnyWord(folded, SOURCE_WORDS),
    note: !!hasAnyWord(folded, NOTE_WORDS),
    share: !!hasAnyWord(folded, SHARE_WORDS),
    compare: isComparisonText(text, folded),
    growth: !!hasAnyWord(folded, GROWTH_WORDS) || /\btang\s*\/\s*giam\b/.test(folded) || /\+\s*\/\s*-/.test(folded),
    plan,
    prior: !!hasAnyWord(folded, PRIOR_WORDS) && !previous,
    previous,
    cumulative: !!hasAnyWord(folded, CUMULATIVE_WORDS),
    estimate: !!hasAnyWord(folded, ESTIMATE_WORDS),
    preliminary: !!hasAnyWord(folded, PRELIMINARY_WORDS),
    actual: !!hasAnyWord(folded, ACTUAL_WORDS),
  };
}

/**
 * Does a header compare two figures? "So với", "So sánh", "% so KH", "TH/KH", "Tỷ lệ đạt",
 * "Tăng/giảm (%)". "So" is the verb only without a diacritic: "Số DN" is "number of firms".
 */
export function isComparisonText(text: string, folded = fold(text)): boolean {
  if (hasAnyWord(folded, COMPARE_PHRASES)) return true;
  if (/\btang\s*\/\s*giam\b|\+\s*\/\s*-|\btang \(giam\)/.test(folded) || hasWord(folded, "growth")) return true;
  if (splitSlash(folded)) return true;
  // "% KH", "%CK", "% so KH", "% KH năm": a percentage of the base named right after the sign.
  // "% thực hiện KH", "% plan", "% last year" the same in English.
  if (/^%\s*(so\s+|dat\s+|th\s+|thuc hien\s+)?(kh|ck|ke hoach|cung ky|muc tieu|du toan|chi tieu|plan|target|budget|last year|same period)\b/.test(folded)) return true;
  // "Đạt % kế hoạch", "vượt so KH": reaching a plan is a comparison with it.
  if (/\b(dat|vuot)\b/.test(folded) && (/%/.test(folded) || hasAnyWord(folded, PLAN_WORDS))) return true;
  const lower = lowerKeep(text);
  // A real "so" (not "số"): in a header with diacritics it is the verb; without diacritics only
  // when a base word follows it ("so KH", "so cung ky").
  const bare = /(^|[^\p{L}\p{N}])so(?=[^\p{L}\p{N}]|$)/u.test(lower);
  if (!bare) return false;
  const withMarks = lower !== folded;
  if (withMarks) return true;
  // Any bare "so" may be the verb ("Chi so su dung ... so cung thoi diem"): look at each one.
  return verbSoAt(folded) !== null;
}

/**
 * In a header written without diacritics, where the bare "so" that compares stands (the index of
 * its "s"): the first one a base or a period follows ("so KH", "so cung ky", "so (%) Thang 01 nam
 * 2025", "so: Ky goc"), not "so" of "Chi so", "So DN" (chỉ số, số doanh nghiệp). Null when none does.
 */
export function verbSoAt(folded: string): number | null {
  // The words after each "so" are read in a lookahead, so that a later "so" is still seen.
  for (const m of folded.matchAll(/(^|[^a-z0-9])so(?=(?:\s*\(%\)|\s*:)?\s+([a-z0-9%. ]+))/g)) {
    const after = m[2]!.trim();
    const at = m.index + m[1]!.length;
    if (BASE_AFTER_SO.some((w) => hasWord(after.slice(0, 24), w) && after.startsWith(w))) return at;
    if (/^(thang \d{1,2}|nam (19|20)\d{2}|quy [ivx1-4]+|ky goc|binh quan)\b/.test(after)) return at;
  }
  return null;
}

/** "TH/KH", "actual / plan", "lũy kế/cùng kỳ": the two sides when both name a figure. */
export function splitSlash(folded: string): [string, string] | null {
  const cleaned = folded.replace(/\btang\s*\/\s*giam\b/g, "tang giam").replace(/\+\s*\/\s*-/g, " ");
  const i = cleaned.indexOf("/");
  if (i < 0 || cleaned.indexOf("/", i + 1) >= 0) return null;
  const left = cleaned.slice(0, i).trim();
  const right = cleaned.slice(i + 1).trim();
  if (/\d$/.test(left) && /^\d/.test(right)) return null; // a date such as 01/02/2025
  const names = (s: string): boolean =>
    !!hasAnyWord(s, PLAN_WORDS) || !!hasAnyWord(s, PRIOR_WORDS) || !!hasAnyWord(s, ACTUAL_WORDS) ||
    !!hasAnyWord(s, CUMULATIVE_WORDS) || !!hasAnyWord(s, PREVIOUS_WORDS) || !!hasAnyWord(s, ESTIMATE_WORDS);
  return names(left) && names(right) ? [left, right] : null;
}
