/**
 * Vietnamese number text: "." groups thousands, "," marks decimals ("19.125,44" = 19125.44).
 * Documents slip sometimes ("86.73%"), so a lone "." followed by other than exactly three
 * digits is read as a decimal mark. Nothing here throws: unreadable text gives null.
 */

export interface ParsedNumber {
  value: number;
  /** The text ended with "%": value is as written (12,5% -> 12.5), not divided by 100. */
  percent: boolean;
}

/** Texts that mean "no figure" in official tables. */
const NO_DATA = new Set(["", "-", "–", "—", "…", "...", "x", "X", "k.c", "kc", "n/a"]);

const MINUS = /^[-−–]/;

export function isNoData(text: string): boolean {
  return NO_DATA.has(text.replace(/[\s\u00a0]+/g, ""));
}

/**
 * How a text groups thousands: "dot" (Vietnamese, "126.484,5") or "comma" (English, "126,484.5"). A text is read as
 * Vietnamese unless it shows otherwise (see groupingOf).
 */
export type DigitGrouping = "dot" | "comma";

/** Unambiguous numbers: two group marks of one kind, or both marks ("1.234.567", "1,234.5"). */
const GROUPED = /(?<![\d.,])\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*(?:([.,])\d+)?(?![\d.,]*\d)/g;

/**
 * The grouping a text shows by its unambiguous numbers: "comma" only when some number can be read no other way
 * ("1,234,567", "12,345.6") and none says the Vietnamese way ("1.234.567", "12.345,6"); else undefined (read as
 * Vietnamese). "126,484 tỷ đồng" alone is no evidence: "108,987 tỷ đồng" is written for 108.987 billion too.
 */
export function groupingOf(text: string): DigitGrouping | undefined {
  let comma = 0;
  let dot = 0;
  GROUPED.lastIndex = 0;
  for (let m = GROUPED.exec(text); m !== null; m = GROUPED.exec(text)) {
    const group = m[1]!;
    const second = m[2];
    // Both marks ("1,234.5"), or the group mark twice with no other ("1,234,567"): readable one way only.
    const unambiguous = second === undefined ? m[0].split(group).length > 2 : second !== group;
    if (!unambiguous) continue;
    if (group === ",") comma++;
    else dot++;
  }
  return comma > 0 && dot === 0 ? "comma" : undefined;
}

/** A number written the English way with its commas grouping thousands ("126,484", "1,234.5"). */
const ENGLISH_GROUPED = /^[-−–+(]?\s*\d{1,3}(?:,\d{3})+(?:\.\d+)?\s*\)?\s*%?$/;

/**
 * "126,484.5" in a text that groups the English way, as the Vietnamese "126.484,5" (the marks swapped). Only a number
 * whose commas can group thousands: "12,5%" in the same text is still twelve and a half.
 */
export function asVietnameseMarks(text: string, grouping: DigitGrouping | undefined): string {
  if (grouping !== "comma" || !ENGLISH_GROUPED.test(text.trim())) return text;
  return text.replace(/[.,]/g, (c) => (c === "," ? "." : ","));
}

/**
 * Parses "19.125,44", "5.268", "-9,74", "+11,77%", "1 234,5", "(9,74)". Null when not a number. A text that groups
 * the English way (`grouping` "comma", from groupingOf) is read with its marks swapped.
 */
export function parseNumberText(raw: string, grouping?: DigitGrouping): ParsedNumber | null {
  let text = asVietnameseMarks(raw, grouping).replace(/[\s\u00a0\u202f]+/g, " ").trim();
  if (isNoData(text)) return null;
  let percent = false;
  if (text.endsWith("%")) {
    percent = true;
    text = text.slice(0, -1).trim();
  }
  let sign = 1;
  if (/^\(.*\)$/.test(text)) {
    sign = -1;
    text = text.slice(1, -1).trim();
  }
  if (MINUS.test(text)) {
    sign = -sign;
    text = text.slice(1).trim();
  } else if (text.startsWith("+")) {
    text = text.slice(1).trim();
  }
  // Spaces may group thousands ("1 234 567,5") but only in groups of three.
  if (text.includes(" ")) {
    if (!/^\d{1,3}( \d{3})+([.,]\d+)?$/.test(text)) return null;
    text = text.replace(/ /g, "");
  }
  if (!/^\d[\d.,]*$/.test(text) && !/^[.,]\d+$/.test(text)) return null;
  const digits = normaliseSeparators(text);
  if (digits === null) return null;
  const value = sign * Number(digits);
  return Number.isFinite(value) ? { value, percent } : null;
}

/** The number a text holds, or null. "12,5%" gives 12.5 (see parseNumberText for the percent flag). */
export function parseVietnameseNumber(raw: string): number | null {
  return parseNumberText(raw)?.value ?? null;
}

/** Rewrites separators to the "1234.5" form Number() reads, or null when they are inconsistent. */
function normaliseSeparators(text: string): string | null {
  const dots = count(text, ".");
  const commas = count(text, ",");
  if (dots > 0 && commas > 0) {
    // Both present: the last one is the decimal mark, the other groups thousands.
    const decimal = text.lastIndexOf(",") > text.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    const [intPart, fracPart, ...rest] = text.split(decimal);
    if (rest.length > 0 || intPart === undefined || fracPart === undefined) return null;
    if (!validGroups(intPart, group)) return null;
    return `${intPart.split(group).join("")}.${fracPart}`;
  }
  if (commas > 1) return validGroups(text, ",") ? text.split(",").join("") : null;
  if (commas === 1) return text.replace(",", ".");
  if (dots > 1) return validGroups(text, ".") ? text.split(".").join("") : null;
  if (dots === 1) {
    // "5.268" groups thousands; "86.73" is a slipped decimal mark.
    const after = text.length - text.indexOf(".") - 1;
    return after === 3 && !text.startsWith(".") ? text.replace(".", "") : text;
  }
  return text;
}

function validGroups(text: string, group: string): boolean {
  const parts = text.split(group);
  return parts.every((p, i) => (i === 0 ? /^\d{1,3}$/.test(p) : /^\d{3}$/.test(p)));
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

/**
 * How a formatted number ends: every decimal asked for ("fixed": 10,60), trailing zeros dropped ("trim": 10,6;
 * explanations, where the figure is shown as precisely as needed), or the fraction dropped only when it is all zeros
 * ("whole-if-zero": 45.266 but 99,70; messages that quote a computed percentage at a fixed precision).
 */
export type FractionEnd = "fixed" | "trim" | "whole-if-zero";

/** The one Vietnamese number formatter, as documents write numbers: 19125.44 -> "19.125,44". */
export function formatVietnameseNumber(value: number, decimals = 2, end: FractionEnd = "fixed"): string {
  if (!Number.isFinite(value)) return "";
  const fixed = Math.abs(value).toFixed(decimals);
  const [intPart = "0", rawFraction = ""] = fixed.split(".");
  const fraction = end === "trim" ? rawFraction.replace(/0+$/, "") : end === "whole-if-zero" && /^0*$/.test(rawFraction) ? "" : rawFraction;
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/** A number with exactly the decimals it carries (a stated figure quoted back): 50.17 -> "50,17", 45266 -> "45.266". */
export function formatAsWritten(value: number): string {
  return formatVietnameseNumber(value, decimalsWritten(value));
}

/** Decimals a number written the Vietnamese way carries: "19.125,44" -> 2, "5.268" -> 0, "86.73" (a slipped decimal point) -> 2. */
export function decimalsOf(token: string): number {
  const comma = token.lastIndexOf(",");
  if (comma >= 0) return token.length - comma - 1;
  const dots = token.split(".").length - 1;
  if (dots === 1) {
    const after = token.length - token.indexOf(".") - 1;
    return after === 3 ? 0 : after;
  }
  return 0;
}

/** Number of decimals as written: 42.13 -> 2, 58.9 -> 1, 100 -> 0. */
export function decimalsWritten(x: number): number {
  const s = String(x);
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}

/**
 * Half a unit of the last digit of a figure written with `decimals` decimals: how far the true figure may be from
 * it (42,13 stands for anything in [42,125; 42,135]), with room for binary floating point.
 */
export function roundingOf(decimals: number): number {
  return 0.5 * 10 ** -decimals + 1e-9;
}

/** A stated figure agrees with a recomputed (or another stated) one at the precision it was written with. */
export function agreesAtPrecision(stated: number, computed: number): boolean {
  return Math.abs(stated - computed) <= roundingOf(decimalsWritten(stated));
}
