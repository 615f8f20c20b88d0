/**
 * Which indicator a form row is. The row's words are compared with every name of every indicator
 * the catalog and the dataset know (not only the dataset's): "Chỉ số SXCN" must find the index of
 * industrial production, which the dataset may not hold, rather than the growth of that index,
 * which it may. Units decide too: a row in tấn is never a figure in tỷ đồng.
 */
import { INDICATORS } from "../catalog/indicators";
import type { PlanDataset } from "../dataset/types";
import { unitById, type UnitDef } from "../units";
import { readLabel, type RowLabel } from "./label";

export interface IndicatorName {
  code: string;
  vi: string;
  /** Word sets of the name: without and with its parenthesised part. */
  variants: string[][];
  family: string | undefined;
  inDataset: boolean;
}

export interface RowCandidate {
  code: string;
  vi: string;
  score: number;
}

export type RowMatch =
  | { status: "matched"; code: string; vi: string; score: number }
  | { status: "ambiguous"; candidates: RowCandidate[] }
  | { status: "unmatched"; best: RowCandidate | null; notInDataset: boolean };

/** A name this close is the row; closer rivals than MARGIN make it a question. */
const MATCH = 0.7;
const ASK = 0.5;
const MATCH_COVERED = 0.6;
const MARGIN = 0.1;
/** Words that turn one indicator into another (the additions of a period, a growth rate, an index): a name carrying one the row lacks, or the reverse, is a weaker fit. */
const MARKERS = ["moi", "tang", "chiso"];
const MARKER_PENALTY = 0.8;

/** `covered`: indicators the dataset holds no record of but fills through a column of the form (a span's growth or total, span.ts). */
export function indicatorNames(dataset: PlanDataset, covered: ReadonlySet<string> = new Set()): IndicatorName[] {
  const inData = new Map<string, { vi: Set<string>; unit: string }>();
  for (const r of dataset.records) {
    const e = inData.get(r.indicator.code) ?? { vi: new Set<string>(), unit: r.indicator.unit };
    e.vi.add(r.indicator.vi);
    inData.set(r.indicator.code, e);
  }
  const out = new Map<string, IndicatorName>();
  const add = (code: string, vi: string, unit: string, name = vi): void => {
    const l = readLabel(name);
    const variants = [l.words, [...new Set([...l.words, ...l.noteWords])]];
    const have = out.get(code);
    if (have) have.variants.push(...variants);
    else out.set(code, { code, vi, variants, family: unitById(unit)?.family, inDataset: inData.has(code) || covered.has(code) });
  };
  // English names too: forms with English labels ("Frozen seafood", "Retail sales of goods and consumer services").
  for (const def of INDICATORS) for (const name of [def.vi, ...(def.aliases ?? []), def.en]) add(def.code, def.vi, def.unit, name);
  for (const [code, e] of inData) for (const vi of e.vi) add(code, out.get(code)?.vi ?? vi, e.unit, vi);
  return [...out.values()];
}

function dice(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(b);
  let common = 0;
  for (const w of a) if (set.has(w)) common++;
  return (2 * common) / (a.length + b.length);
}

/** Word sets of the row to try: its own words, with its notes. */
function rowVariants(label: RowLabel): string[][] {
  return [label.words, [...new Set([...label.words, ...label.noteWords])]].filter((w) => w.length > 0);
}

function markerFactor(r: readonly string[], v: readonly string[]): number {
  const rm = MARKERS.filter((m) => r.includes(m));
  const vm = MARKERS.filter((m) => v.includes(m));
  // An index against a growth rate ("Chỉ số ... điện" against "Tốc độ tăng ... điện") are different quantities.
  if (rm.length > 0 && vm.length > 0 && !rm.some((m) => vm.includes(m))) return 0.5;
  return rm.length !== vm.length || rm.some((m) => !vm.includes(m)) ? MARKER_PENALTY : 1;
}

/**
 * A sub-row ("- Khai khoáng", "- Dự án trong nước") read with its heading's words: the heading tells
 * which family, the row's own words which member, so a name lacking the row's own words scores half.
 */
function contextScore(label: RowLabel, context: string[], v: readonly string[]): number {
  const own = label.words.filter((w) => !context.includes(w));
  const all = [...new Set([...context, ...label.words])];
  const covered = own.length === 0 ? 1 : own.filter((w) => v.includes(w)).length / own.length;
  return dice(all, v) * markerFactor(all, v) * (0.5 + 0.5 * covered);
}

/**
 * `context` holds the heading's words for a sub-row, `exclude` the heading's own indicator (a part is
 * never the whole it belongs to), `related` tells two indicators one cell of the form fills alike.
 */
export function matchRow(
  label: RowLabel, unit: UnitDef | undefined, names: IndicatorName[], context: string[] = [], exclude?: string,
  related: (a: string, b: string) => boolean = () => false,
): RowMatch {
  const rows = rowVariants(label);
  const scored: RowCandidate[] = [];
  const info = new Map<string, IndicatorName>();
  for (const n of names) {
    if (unit && n.family !== undefined && n.family !== unit.family) continue;
    if (n.code === exclude) continue;
    let best = 0;
    for (const v of n.variants) {
      for (const r of rows) best = Math.max(best, dice(r, v) * markerFactor(r, v));
      if (context.length > 0) best = Math.max(best, contextScore(label, context, v));
    }
    if (best > 0) {
      scored.push({ code: n.code, vi: n.vi, score: Math.round(best * 1000) / 1000 });
      info.set(n.code, n);
    }
  }
  scored.sort((a, b) => b.score - a.score || a.code.localeCompare(b.code));
  const top = scored[0];
  if (!top || top.score < ASK) return { status: "unmatched", best: top ?? null, notInDataset: false };
  const close = scored.filter((c) => c.score >= top.score - MARGIN && c.score >= ASK);
  if (!info.get(top.code)!.inDataset) {
    // The row is an indicator the dataset does not hold; a weaker rival from the dataset is not it.
    return { status: "unmatched", best: top, notInDataset: true };
  }
  // A rival whose record a column of the form takes for the top one (a span's total export turnover for "Kim ngạch xuất khẩu") is no question.
  const rivals = close.filter((c) => c.code !== top.code && info.get(c.code)!.inDataset && !related(top.code, c.code));
  // A name holding every word of the row (a sub-row: every word of its own) needs less to be the one.
  const own = label.words.filter((w) => !context.includes(w));
  const covered = own.length > 0 && own.every((w) => info.get(top.code)!.variants.some((v) => v.includes(w)));
  // An exact word-for-word name wins over near rivals ("Siêu thị" against "Siêu thị phát triển mới").
  if (((top.score >= MATCH || (covered && top.score >= MATCH_COVERED)) && rivals.length === 0) || (top.score === 1 && !rivals.some((c) => c.score === 1))) {
    return { status: "matched", code: top.code, vi: top.vi, score: top.score };
  }
  return { status: "ambiguous", candidates: close.filter((c) => info.get(c.code)!.inDataset).slice(0, 5) };
}
