/**
 * Which record of the dataset goes into one cell: the row's indicator, the column's kind and
 * period, the row's unit (converted within a family, never across) and price basis (a row at
 * 2010 comparable prices never takes a figure at current prices). Among several records the
 * document's own figure beats a derived one, and a derived one computed from the figure already
 * in the row beats the others, so the form's rate reproduces the rate the document states.
 */
import { indicatorByCode } from "../catalog/indicators";
import type { FigureKind, Period, PlanRecord, PriceBasis } from "../dataset/types";
import { periodBefore, type Period as HeaderPeriod } from "../detect/periods";
import type { ColumnDetection } from "../detect/types";
import { priorPeriod } from "../templates/periods";
import { headerWords } from "../detect/vocab";
import { convert, unitById, type UnitDef } from "../units";
import { spanCode, type SpanWant } from "./span";

export interface ColumnWant {
  kinds: FigureKind[];
  period: Period;
  /** A column of a span of years (span.ts): what it measures, and whether its header names a kind. */
  span?: SpanWant;
}

/** The dataset period a header period names, its missing year taken from the form's period. */
export function headerPeriod(p: HeaderPeriod | null, form: Period): Period | null {
  if (!p || p.kind === null) return null;
  const year = p.year ?? form.year;
  switch (p.kind) {
    case "year":
      return { type: "year", year, label: "" };
    case "months":
      return p.n === 12 ? { type: "year", year, label: "" } : p.n === null ? null : { type: "months", months: p.n, year, label: "" };
    case "month":
      return p.n === null ? null : { type: "month", part: p.n, year, label: "" };
    case "quarter":
      return p.n === null ? null : { type: "quarter", part: p.n, year, label: "" };
    case "half":
      return { type: "half", part: 2, year, label: "" };
    default:
      return null;
  }
}

/** What a value column asks for; null for columns that take no figure (labels, comparisons, shares, notes). */
export function columnWant(col: ColumnDetection, form: Period): ColumnWant | null {
  const own = headerPeriod(col.period, form);
  switch (col.role) {
    case "plan":
      return { kinds: ["plan", "target"], period: own ?? { type: "year", year: form.year, label: "" } };
    case "actual":
    case "cumulative":
      return { kinds: col.estimate || col.preliminary ? ["estimate", "actual"] : ["actual", "estimate"], period: own ?? form };
    case "prior": {
      // "Cùng kỳ" alone is the form's period a year earlier and "Cùng kỳ năm 2019" the form's period in 2019;
      // a column that names its own span ("6 tháng 2019", "Thực hiện năm 2019") is that span.
      const sameSpan = headerWords(col.header).prior && (!col.period || (col.period.kind === "year" && col.period.n === null));
      if (sameSpan) return { kinds: ["actual", "estimate"], period: col.period?.year != null ? { ...form, year: col.period.year, label: "" } : priorPeriod(form) };
      return { kinds: ["actual", "estimate"], period: own ?? priorPeriod(form) };
    }
    case "previous": {
      if (own) return { kinds: ["actual", "estimate"], period: own };
      const before = form.type === "month" || form.type === "quarter" ? periodBefore({ kind: form.type, n: form.part ?? null, year: form.year }) : null;
      return before && before.n !== null && before.year !== null ? { kinds: ["actual", "estimate"], period: { type: form.type, part: before.n, year: before.year, label: "" } } : null;
    }
    default:
      return null;
  }
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.type === b.type && a.year === b.year && (a.months ?? null) === (b.months ?? null) && (a.part ?? null) === (b.part ?? null) && (a.fromYear ?? null) === (b.fromYear ?? null);
}

/** A stock at the end of December is the year's figure ("Đường dây trung thế" 12/2021 for "Năm 2021"). */
function periodFits(rec: Period, want: Period): "exact" | "year-end" | null {
  if (samePeriod(rec, want)) return "exact";
  if (want.type === "year" && rec.type === "month" && rec.part === 12 && rec.year === want.year) return "year-end";
  return null;
}

export interface CellContext {
  code: string;
  want: ColumnWant;
  /** Unit of the row (its unit column, its label, or the unit line); undefined when none is written. */
  unit: UnitDef | undefined;
  /** Unit text the row writes that the registry does not know: matches only the same text. */
  unknownUnitText: string | null;
  basis: PriceBasis | null;
  /** Ids of records already placed in this row. */
  rowRecords: Set<string>;
  form: Period;
}

export interface Pick {
  record: PlanRecord;
  value: number;
  conversion: { fromUnit: string; toUnit: string; original: number } | null;
  exactKind: boolean;
  yearEnd: boolean;
  /** The records that were equally good, when the choice was a question (different values). */
  rivals: PlanRecord[];
}

export type PickResult =
  | { status: "picked"; pick: Pick }
  | { status: "ask"; reason: "values-differ" | "basis-unknown"; options: Pick[] }
  | { status: "none" };

function hasBasis(code: string, r: PlanRecord): boolean {
  return !!indicatorByCode(code)?.hasPriceBasis || r.indicator.priceBasis !== "n/a" || r.indicator.priceBasisStated === false;
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function pickRecord(records: readonly PlanRecord[], ctx: CellContext): PickResult {
  const options: (Pick & { rank: number[]; basisUnknown: boolean })[] = [];
  const span = ctx.want.span;
  const code = span ? spanCode(ctx.code, span.measure) : ctx.code;
  // An average growth is a rate whatever the row's unit: its record is in %, the row's unit says nothing of it.
  const rate = span?.measure === "growth";
  for (const r of records) {
    if (r.indicator.code !== code) continue;
    // A span column whose header names no kind takes any stated kind: equal rank, so different figures are a question.
    const kindAt = span?.anyKind ? (ctx.want.kinds.includes(r.kind) ? 0 : -1) : ctx.want.kinds.indexOf(r.kind);
    if (kindAt < 0) continue;
    const fit = periodFits(r.period, ctx.want.period);
    if (!fit) continue;
    if (rate && unitById(r.indicator.unit)?.family !== "percent") continue;
    let basisUnknown = false;
    if (ctx.basis && hasBasis(rate ? r.indicator.code : ctx.code, r)) {
      if (r.indicator.priceBasis === "n/a") basisUnknown = true;
      else if (r.indicator.priceBasis !== ctx.basis) continue;
    }
    const recUnit = unitById(r.indicator.unit);
    let value = r.value;
    let conversion: Pick["conversion"] = null;
    if (rate) {
      // The rate is written as stated: the row's unit is the unit of the row's level, not of its growth.
    } else if (ctx.unknownUnitText !== null) {
      if (ctx.unknownUnitText.trim().toLowerCase() !== r.indicator.unitText.trim().toLowerCase()) continue;
    } else if (ctx.unit) {
      if (!recUnit || recUnit.family !== ctx.unit.family) continue;
      if (recUnit.id !== ctx.unit.id) {
        // 12 significant digits: the conversion must not add float noise (1,006771205 tỷ = 1.006,771205 triệu, not ...4999999).
        value = Number(convert(r.value, recUnit.id, ctx.unit.id).toPrecision(12));
        conversion = { fromUnit: recUnit.vi, toUnit: ctx.unit.vi, original: r.value };
      }
    }
    const derived = r.derived;
    const fromRow = derived ? derived.from.some((id) => ctx.rowRecords.has(id)) : false;
    const fromFormPeriod = derived ? derived.from.some((id) => records.some((x) => x.id === id && samePeriod(x.period, ctx.form))) : false;
    const rank = [basisUnknown ? 1 : 0, fit === "exact" ? 0 : 1, kindAt, derived ? 1 : 0, fromRow ? 0 : 1, conversion ? 1 : 0, fromFormPeriod ? 0 : 1];
    options.push({ record: r, value, conversion, exactKind: kindAt === 0, yearEnd: fit === "year-end", rivals: [], rank, basisUnknown });
  }
  if (options.length === 0) return { status: "none" };
  options.sort((a, b) => compareRank(a.rank, b.rank));
  const best = options[0]!;
  const strip = ({ rank: _r, basisUnknown: _b, ...p }: (typeof options)[number]): Pick => p;
  if (best.basisUnknown) return { status: "ask", reason: "basis-unknown", options: options.map(strip) };
  const ties = options.filter((o) => compareRank(o.rank, best.rank) === 0 && !near(o.value, best.value));
  if (ties.length > 0) return { status: "ask", reason: "values-differ", options: [best, ...ties].map(strip) };
  const rivals = options.filter((o) => o !== best && !near(o.value, best.value) && !o.basisUnknown).map((o) => o.record);
  return { status: "picked", pick: { ...strip(best), rivals } };
}

function compareRank(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
