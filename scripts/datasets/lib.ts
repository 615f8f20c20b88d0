/**
 * Helpers that turn a hand-written list of the documents' statements into PlanDataset records.
 * Quotes are located in the seed file (whitespace in the spec matches any run of spaces and line
 * breaks in the file), then the exact file text is stored, so a quote is never retyped.
 * Every figure and percentage is checked against its quote here, before the tests check it again.
 */
import type {
  DocumentRef,
  FigureKind,
  IndicatorRef,
  Period,
  PlanDataset,
  PlanRecord,
  PriceBasis,
  RecordFlag,
  ReportedPercentages,
  TaskRecord,
} from "../../src/core/dataset/types";
import { parseVietnameseNumber } from "../../src/core/numbers";
import { resolveUnit, unitById } from "../../src/core/units";
import { indicatorByCode } from "../../src/core/catalog/indicators";
import { recordIdPeriod } from "../../src/core/dataset/period-text";
import { derivePlan, derivePrior } from "../../src/core/dataset/derive";

export { recordIdPeriod };

export const year = (y: number): Period => ({ type: "year", year: y, label: `năm ${y}` });
export const months = (n: number, y: number): Period => ({
  type: "months",
  months: n,
  year: y,
  label: `${n} tháng đầu năm ${y}`,
});
export const half = (part: 1 | 2, y: number): Period => ({
  type: "half",
  part,
  year: y,
  label: `6 tháng ${part === 1 ? "đầu" : "cuối"} năm ${y}`,
});
export const range = (from: number, to: number): Period => ({
  type: "range",
  fromYear: from,
  year: to,
  label: `giai đoạn ${from}-${to}`,
});
export const quarter = (q: number, y: number): Period => ({ type: "quarter", part: q, year: y, label: `quý ${q} năm ${y}` });
export const month = (m: number, y: number): Period => ({ type: "month", part: m, year: y, label: `tháng ${m} năm ${y}` });
/** A stock figure "as of" a month ("đến nay" in a document dated that month). */
export const asOf = (m: number, y: number): Period => ({ type: "month", part: m, year: y, label: `đến tháng ${m}/${y}` });

export interface StatedSpec {
  code: string;
  kind: FigureKind;
  period: Period;
  /** The figure as the quote writes it: "5.268". */
  value: string;
  /** The unit as the quote writes it: "tấn", "triệu Kwh", "%". */
  unit: string;
  /** The statement, whitespace free-form (matched against the seed file). */
  quote: string;
  /** Percentages as written ("50,17"); growth signed ("-63,43" for "giảm 63,43%"). */
  pctOfPlan?: string;
  growth?: string;
  index?: string;
  share?: string;
  basis?: PriceBasis;
  /** Disambiguates two statements of one indicator, period and kind. */
  suffix?: string;
  /** Unit id when the document's unit text is a slip ("kV" written for kVA); the record is flagged. */
  unitId?: string;
  /** Problems a reader finds in the statement itself, kept on the record for the add-in to show. */
  flags?: RecordFlag[];
  qualifier?: "over" | "about";
  /** The unit text is in a header or earlier sentence, not in the quote. */
  unitOutsideQuote?: boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Number tokens in a text ("5.268", "10,6", "2.000MW" -> "2.000"). */
export function numberTokens(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\d[\d.,]*/g)) {
    const v = parseVietnameseNumber(m[0].replace(/[.,]+$/, ""));
    if (v !== null) out.push(v);
  }
  return out;
}


function pct(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const v = parseVietnameseNumber(text);
  if (v === null) throw new Error(`unreadable percentage ${text}`);
  return v;
}

export class DatasetBuilder {
  readonly records: PlanRecord[] = [];
  readonly tasks: TaskRecord[] = [];
  private readonly ids = new Set<string>();
  /** The seed in NFC (some seed files mix decomposed accents) and, per NFC index, the offset in the original. */
  private readonly nfc: string;
  private readonly toOriginal: number[];

  constructor(
    readonly meta: { id: string; version: string; province: string; document: DocumentRef; period: Period },
    readonly seedText: string,
  ) {
    // Normalise one base character with its combining marks at a time, so each NFC index maps back exactly.
    let nfc = "";
    const map: number[] = [];
    for (const m of seedText.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
      const seg = m[0].normalize("NFC");
      for (let i = 0; i < seg.length; i++) map.push(m.index);
      nfc += seg;
    }
    map.push(seedText.length);
    this.nfc = nfc;
    this.toOriginal = map;
  }

  /** The exact text of the seed file that the free-form quote matches (first occurrence). */
  quote(q: string): string {
    return this.locate(q).text;
  }

  private locate(q: string): { text: string; start: number; end: number } {
    const parts = q.normalize("NFC").trim().split(/\s+/).map(escapeRegExp);
    const re = new RegExp(parts.join("\\s+"));
    const m = re.exec(this.nfc);
    if (!m) throw new Error(`${this.meta.id}: quote not found in seed: ${q}`);
    const start = this.toOriginal[m.index]!;
    const end = this.toOriginal[m.index + m[0].length]!;
    return { text: this.seedText.slice(start, end), start, end };
  }

  private addId(id: string): string {
    if (this.ids.has(id)) throw new Error(`duplicate record id ${id}`);
    this.ids.add(id);
    return id;
  }

  private indicator(code: string, unitText: string, basis: PriceBasis | undefined, unitId?: string) {
    const def = indicatorByCode(code);
    if (!def) throw new Error(`unknown indicator code ${code}`);
    const unit = unitId ? unitById(unitId) : resolveUnit(unitText);
    if (!unit) throw new Error(`unknown unit "${unitText}" (${code})`);
    const defUnit = unitById(def.unit)!;
    if (defUnit.family !== unit.family) throw new Error(`${code}: unit ${unit.id} not in the family of ${def.unit}`);
    if (def.hasPriceBasis && basis === undefined) throw new Error(`${code}: price basis required`);
    const ref: IndicatorRef = {
      code,
      vi: def.vi,
      en: def.en,
      unit: unit.id,
      unitText,
      priceBasis: def.hasPriceBasis ? basis! : "n/a",
    };
    if (def.hasPriceBasis && basis === "n/a") ref.priceBasisStated = false;
    return ref;
  }

  stated(s: StatedSpec): PlanRecord {
    const found = this.locate(s.quote);
    const quote = found.text;
    const value = parseVietnameseNumber(s.value);
    if (value === null) throw new Error(`unreadable value ${s.value}`);
    const tokens = numberTokens(quote);
    const check = (v: number | undefined, what: string) => {
      if (v !== undefined && !tokens.some((t) => Math.abs(t - Math.abs(v)) < 1e-9)) {
        throw new Error(`${s.code} ${recordIdPeriod(s.period)}: ${what} ${v} not in quote: ${quote}`);
      }
    };
    check(value, "value");
    const reported: ReportedPercentages = {};
    const p = pct(s.pctOfPlan);
    const g = pct(s.growth);
    const ix = pct(s.index);
    const sh = pct(s.share);
    if (p !== undefined) reported.pctOfPlan = p;
    if (g !== undefined) reported.growthVsPrior = g;
    if (ix !== undefined) reported.indexVsPrior = ix;
    if (sh !== undefined) reported.share = sh;
    check(p, "pctOfPlan");
    check(g, "growth");
    check(ix, "index");
    check(sh, "share");
    const unitRe = new RegExp(s.unit.normalize("NFC").split(/\s+/).map(escapeRegExp).join("\\s+"), "i");
    if (!s.unitOutsideQuote && s.unit !== "%" && !unitRe.test(quote.normalize("NFC"))) {
      throw new Error(`${s.code}: unit text "${s.unit}" not in quote`);
    }
    const base = `${this.meta.id}:${s.code}:${recordIdPeriod(s.period)}:${s.kind}`;
    const rec: PlanRecord = {
      id: this.addId(s.suffix ? `${base}:${s.suffix}` : base),
      province: this.meta.province,
      period: s.period,
      kind: s.kind,
      indicator: this.indicator(s.code, s.unit, s.basis, s.unitId),
      value,
      reported,
      quote,
      quoteOffset: { start: found.start, end: found.end },
    };
    if (s.qualifier) rec.qualifier = s.qualifier;
    if (s.flags) rec.flags = s.flags;
    this.records.push(rec);
    return rec;
  }

  /** Plan = actual ÷ reported % of plan × 100, for the plan period (usually the year). */
  derivePlan(src: PlanRecord, planPeriod: Period = year(src.period.year)): PlanRecord {
    const rec = derivePlan(src, this.meta.id, planPeriod);
    if (!rec) throw new Error(`${src.id}: no % of plan to derive from`);
    rec.id = this.addId(rec.id);
    this.records.push(rec);
    return rec;
  }

  /** Same period last year = figure ÷ (1 + growth/100), or figure ÷ index × 100. */
  derivePrior(src: PlanRecord): PlanRecord {
    const rec = derivePrior(src, this.meta.id);
    if (!rec) throw new Error(`${src.id}: no growth to derive from`);
    rec.id = this.addId(rec.id);
    this.records.push(rec);
    return rec;
  }

  /** Stated figure plus its derived plan and same-period records, in that order. */
  statedWithDerived(s: StatedSpec, planPeriod?: Period): PlanRecord {
    const rec = this.stated(s);
    if (rec.reported.pctOfPlan !== undefined && rec.reported.pctOfPlan !== 0) this.derivePlan(rec, planPeriod);
    if (rec.reported.growthVsPrior !== undefined || rec.reported.indexVsPrior !== undefined) this.derivePrior(rec);
    return rec;
  }

  task(t: Omit<TaskRecord, "id" | "quote"> & { quote: string }): void {
    const quote = this.quote(t.quote);
    this.tasks.push({ id: this.addId(`${this.meta.id}:task:${t.no}`), ...t, quote });
  }

  /** A task whose quote is already the exact text of the seed (cut by position, not retyped). */
  taskExact(t: Omit<TaskRecord, "id" | "quote">, quote: string): void {
    if (!this.seedText.includes(quote)) throw new Error(`task ${t.no}: quote not in seed`);
    this.tasks.push({ id: this.addId(`${this.meta.id}:task:${t.no}`), ...t, quote });
  }

  build(): PlanDataset {
    const ds: PlanDataset = { ...this.meta, records: this.records };
    if (this.tasks.length > 0) ds.tasks = this.tasks;
    return ds;
  }
}

