/**
 * The plan-data record: one figure a document states (or one derived from stated figures),
 * with everything needed to trace it back to the sentence it came from.
 * The JSON Schema in datasets/schema/plan-dataset.schema.json describes the same shape.
 */

export type PriceBasis = "current" | "comparable-2010" | "n/a";

/** What the figure is: an actual, an estimate, a plan, a target (growth rate or end value), or the rest of a plan still to do. */
/** A same-period-last-year figure is an "actual" (or "estimate") record of the earlier period. */
export type FigureKind = "actual" | "estimate" | "plan" | "target" | "remaining";

export type PeriodType = "year" | "half" | "months" | "quarter" | "month" | "range";

export interface Period {
  type: PeriodType;
  /** The calendar year (for "range", the end year). */
  year: number;
  /** 1 or 2 for "half"; quarter number for "quarter"; month number for "month". */
  part?: number;
  /** For "months": the first N months of the year. */
  months?: number;
  /** For "range": the first year of the period (2021 for 2021-2025). */
  fromYear?: number;
  /** Vietnamese label as a planner writes it: "6 tháng đầu năm 2020". */
  label: string;
}

export interface DocumentRef {
  /** "1809/QĐ-UBND"; empty when the document has no number. */
  number: string;
  /** ISO date, "2021-09-01"; empty when not stated. */
  date: string;
  issuer: string;
  title: string;
  /** File name under seeds/: "000_eb2c217ff36e435d.txt". */
  seedFile: string;
}

export interface IndicatorRef {
  /** Stable code from the indicator catalog: "product.frozen-seafood", "main.industrial-production-value". */
  code: string;
  vi: string;
  en: string;
  /** Unit id from the unit registry ("tan", "trieu-kwh"); a unit outside it, as written ("triệu bao"). */
  unit: string;
  /** Unit as the document writes it ("triệu Kwh"). */
  unitText: string;
  priceBasis: PriceBasis;
  /**
   * False when the figure is a money value but the document does not name its price basis; priceBasis is
   * then "n/a" (unknown), and such a value must not be compared with one at a named basis.
   */
  priceBasisStated?: boolean;
}

/** Percentages the document itself states for this figure, as written (42,13% -> 42.13). */
export interface ReportedPercentages {
  /** "đạt 42,13% kế hoạch" */
  pctOfPlan?: number;
  /** "tăng 11,77% so cùng kỳ" -> 11.77; "giảm 9,74%" -> -9.74 */
  growthVsPrior?: number;
  /** "bằng 92,19% so với năm 2020" (an index, not a growth) */
  indexVsPrior?: number;
  /** "chiếm 35,2%" (share of a total) */
  share?: number;
  /** "tăng 2,7% so với tháng trước" / "so quý trước": growth vs the previous month or quarter, never vs the same period */
  growthVsPrevPeriod?: number;
  /** "bằng 101,2% so với tháng trước": index vs the previous month or quarter */
  indexVsPrevPeriod?: number;
}

export interface Derivation {
  /** Machine-readable method: "plan = value / pctOfPlan * 100", "prior = value / (1 + growthVsPrior / 100)", ... */
  method: string;
  /** Vietnamese explanation shown to the planner. */
  vi: string;
  en: string;
  /** Ids of the records whose figures it used. */
  from: string[];
}

export interface RecordFlag {
  code: "pct-mismatch" | "value-conflict" | "basis-conflict" | "unit-conflict" | "other";
  vi: string;
  en: string;
  /** Ids of the other records involved. */
  related: string[];
}

export const UNCERTAINTIES = ["approximate", "unit-unknown", "period-guessed", "indicator-uncatalogued", "number-grouping"] as const;
export type Uncertainty = (typeof UNCERTAINTIES)[number];

export interface PlanRecord {
  id: string;
  province: string;
  period: Period;
  kind: FigureKind;
  indicator: IndicatorRef;
  value: number;
  reported: ReportedPercentages;
  /** Present only when the value is not stated but computed from stated figures. */
  derived?: Derivation;
  /** Verbatim substring of the seed file (line breaks included as they are in the file). */
  quote: string;
  /** Character offsets of the quote in the text it was read from: text.slice(start, end) === quote. */
  quoteOffset?: { start: number; end: number };
  /** The document gives a bound, not an exact figure: "trên 2.444" (over), "khoảng 104,2" (about). */
  qualifier?: "over" | "about" | "under";
  /**
   * Why a record read from a report by the extractor is not sure (absent: sure, or checked by hand):
   * an approximate figure, a unit outside the registry, a period not written beside the figure, an
   * indicator outside the catalog. Kept apart so such records are never mixed silently with sure ones.
   */
  uncertain?: Uncertainty[];
  flags?: RecordFlag[];
}

export interface TaskRecord {
  id: string;
  /** "1", "2", ... as in the appendix. */
  no: string;
  task: string;
  lead: string;
  partners: string;
  timeframe: string;
  product: string;
  note: string;
  quote: string;
}

export interface PlanDataset {
  id: string;
  version: string;
  province: string;
  document: DocumentRef;
  /** The main reporting period of the document, for the picker. */
  period: Period;
  records: PlanRecord[];
  tasks?: TaskRecord[];
}

/** One line of the published index.json. */
export interface DatasetIndexEntry {
  id: string;
  version: string;
  province: string;
  document: DocumentRef;
  period: Period;
  recordCount: number;
  taskCount: number;
  /** Path relative to the index: "tv-sct-2020-h1.json". */
  href: string;
}

export interface DatasetIndex {
  schemaVersion: 1;
  generatedAt: string;
  datasets: DatasetIndexEntry[];
}
