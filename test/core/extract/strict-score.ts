/**
 * Strict scoring of extracted statements against hand-annotated ones (issue 11, point 1).
 *
 * A statement counts only when ALL of these are right:
 * - indicator: the same catalog code; or, for an uncatalogued indicator ("name:<phrase>" in the gold,
 *   `text.*` from the extractor), the same name: both names folded (no tone marks, lower case, words
 *   only) and stripped of period words (năm, tháng, quý, đầu, cuối, years, numbers), of the classifiers
 *   "ngành" and "các" (a head noun, not the name: "các ngành dịch vụ tiêu dùng khác" is "dịch vụ tiêu dùng
 *   khác"; the annotations keep or drop "ngành" as the sentence has it) and of the unit's own words, must be
 *   the same word sequence;
 * - value: equal after unit conversion within one unit family (a unit outside the registry: the same
 *   folded unit text and the same number);
 * - period: type, months or part, and year (6 months from January is the first half, 12 months the year);
 * - reported percentages: the same set of fields (% of plan, growth and index vs the same period, growth and
 *   index vs the previous month/quarter, share), each with the same value.
 *
 * The loose figure (value, unit family and period only; the measure used before issue 11) is printed beside it.
 * Everything here is written for the test, not taken from the extractor.
 */
import { periodKey } from "../../../src/core/dataset/period-text";
import { foldWords as fold } from "../../../src/core/extract/indicator-match";
import type { Period, PlanRecord } from "../../../src/core/dataset/types";
import type { ExpectedStatement } from "../../support/real-reports";
import { resolveUnit, unitById, type UnitDef } from "../../../src/core/units";

/** One statement to compare: gold and extracted both reduce to this. */
export interface Stmt {
  /** Catalog code, or "name:<phrase>" for an uncatalogued indicator. */
  indicator: string;
  value: number;
  unit?: string;
  unitText: string;
  period: Period;
  reported: Record<string, number | undefined>;
  quote?: string;
}

/**
 * Spans a report may name either way are one span here (written here, not taken from the extractor): 6 months from
 * January is the first half, 12 months the year. Keyed by core's one periodKey.
 */
/** A dataset's record or an extracted one (the same shape): an uncatalogued indicator ("text.*") compares by its name. */
export function fromRecord(r: PlanRecord): Stmt {
  return {
    indicator: r.indicator.code.startsWith("text.") ? `name:${r.indicator.vi}` : r.indicator.code,
    value: r.value,
    unit: r.indicator.unit,
    unitText: r.indicator.unitText,
    period: r.period,
    reported: { ...r.reported },
    quote: r.quote,
  };
}

/** A hand-annotated statement as a Stmt (its period has no label: labels are not compared). */
export function fromExpected(e: ExpectedStatement): Stmt {
  const period = { ...e.period, label: "" };
  return { indicator: e.indicator, value: e.value, unitText: e.unit, period, reported: { ...(e.reported ?? {}) }, quote: e.quote };
}

export function spanKey(p: Period): string {
  if (p.type === "half" && p.part === 1) return periodKey({ ...p, type: "months", months: 6, part: undefined });
  if (p.type === "months" && p.months === 12) return periodKey({ ...p, type: "year", months: undefined });
  return periodKey(p);
}


const PERIOD_WORDS = new Set(["nganh", "cac", "nam", "thang", "quy", "dau", "cuoi", "ca", "luy", "ke", "ky", "nay", "i", "ii", "iii", "iv", "giai", "doan"]);

/** The folded words of an indicator name that say which indicator it is. */
export function nameKey(name: string, unitText: string): string {
  const unitWords = new Set(fold(unitText));
  return fold(name)
    .filter((w) => !PERIOD_WORDS.has(w) && !/^\d+$/.test(w) && !unitWords.has(w))
    .join(" ");
}

function unitOf(s: Stmt): UnitDef | undefined {
  return (s.unit ? unitById(s.unit) : undefined) ?? resolveUnit(s.unitText);
}

export function sameValue(a: Stmt, b: Stmt): boolean {
  const ua = unitOf(a);
  const ub = unitOf(b);
  if (!ua || !ub) return !ua && !ub && fold(a.unitText).join(" ") === fold(b.unitText).join(" ") && Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(b.value));
  if (ua.family !== ub.family) return false;
  const va = a.value * ua.factor;
  const vb = b.value * ub.factor;
  return Math.abs(va - vb) <= 1e-9 * Math.max(1, Math.abs(vb));
}

export function sameIndicator(a: Stmt, b: Stmt): boolean {
  const an = a.indicator.startsWith("name:");
  const bn = b.indicator.startsWith("name:");
  if (an !== bn) return false;
  if (!an) return a.indicator === b.indicator;
  return nameKey(a.indicator.slice(5), a.unitText) === nameKey(b.indicator.slice(5), b.unitText);
}

/**
 * A percentage standing alone ("tăng trưởng 9,2%", "chiếm 14,88%") is its own value: a reported field equal to
 * the value of a percent statement says nothing more, so both sides drop it before comparing.
 */
function ownReported(s: Stmt): Record<string, number | undefined> {
  if (unitOf(s)?.family !== "percent") return s.reported;
  return Object.fromEntries(Object.entries(s.reported).filter(([, v]) => v !== s.value));
}

export function sameReported(x: Stmt, y: Stmt): boolean {
  const a = { reported: ownReported(x) };
  const b = { reported: ownReported(y) };
  const keys = new Set([...Object.keys(a.reported), ...Object.keys(b.reported)].filter((k) => a.reported[k] !== undefined || b.reported[k] !== undefined));
  for (const k of keys) {
    const x = a.reported[k];
    const y = b.reported[k];
    if (x === undefined || y === undefined || Math.abs(x - y) > 1e-9) return false;
  }
  return true;
}

export const loose = (a: Stmt, b: Stmt): boolean => sameValue(a, b) && spanKey(a.period) === spanKey(b.period);
export const strict = (a: Stmt, b: Stmt): boolean => loose(a, b) && sameIndicator(a, b) && sameReported(a, b);

export interface Score {
  gold: number;
  extracted: number;
  found: number;
  misses: Stmt[];
  extras: Stmt[];
}

/** Pairs each gold statement with at most one extracted statement (first fit, strict ones first). */
export function score(gold: Stmt[], extracted: Stmt[], same: (a: Stmt, b: Stmt) => boolean): Score {
  const used = new Set<number>();
  const matched = new Set<number>();
  for (let g = 0; g < gold.length; g++) {
    const e = extracted.findIndex((x, k) => !used.has(k) && same(x, gold[g]!));
    if (e >= 0) {
      used.add(e);
      matched.add(g);
    }
  }
  return {
    gold: gold.length,
    extracted: extracted.length,
    found: matched.size,
    misses: gold.filter((_, g) => !matched.has(g)),
    extras: extracted.filter((_, k) => !used.has(k)),
  };
}

/**
 * Why each strict miss was missed, in the order a reader would look: an unmatched extracted statement with the same
 * value, unit and period that names another indicator and/or reports other percentages; else one with the same value
 * in another period; else nothing read with that value. Each extracted statement explains one miss at most.
 */
export function missCauses(s: Score): Map<string, number> {
  const causes = new Map<string, number>();
  const count = (cause: string) => causes.set(cause, (causes.get(cause) ?? 0) + 1);
  const used = new Set<number>();
  const take = (m: Stmt, fits: (e: Stmt, m: Stmt) => boolean): Stmt | undefined => {
    const k = s.extras.findIndex((e, i) => !used.has(i) && fits(e, m));
    if (k >= 0) used.add(k);
    return k >= 0 ? s.extras[k] : undefined;
  };
  const unexplained: Stmt[] = [];
  for (const m of s.misses) {
    const same = take(m, loose);
    if (!same) unexplained.push(m);
    else count([sameIndicator(same, m) ? "" : "indicator", sameReported(same, m) ? "" : "percentages"].filter(Boolean).join(" and ") || "other");
  }
  for (const m of unexplained) count(take(m, (e) => loose({ ...e, period: m.period }, m)) ? "period" : "value not read");
  return causes;
}

export function pct(n: number, d: number): string {
  return d === 0 ? "n/a" : `${((100 * n) / d).toFixed(1)}%`;
}

export function describe1(s: Stmt): string {
  const r = Object.entries(s.reported)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${v}`)
    .join(",");
  return `${s.indicator} ${spanKey(s.period)}: ${s.value} ${s.unitText}${r ? ` [${r}]` : ""}`;
}
