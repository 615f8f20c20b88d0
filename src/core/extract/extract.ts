/**
 * Figures from report text as plan-data records: the same shape as the curated dataset's records
 * (indicator, unit, period, kind, value, reported percentages, verbatim quote) plus the quote's
 * character offsets in the text, so the pane can highlight the sentence a figure came from.
 * Pure and total: any text gives a result, never an exception.
 */
import type { Period, PlanRecord, PriceBasis } from "../dataset/types";
import { runChecks, type CheckItem, type Finding } from "./checks";
import { COUNTED_BY_STATISTIC, findFigures } from "./figures";
import { CATALOG_MATCH, childOf, matchIndicator, foldWords, namesNothingMeasured, VALUE, type MatchInput } from "./indicator-match";
import { indicatorByCode, type IndicatorDef } from "../catalog/indicators";
import { groupingOf, type DigitGrouping } from "../numbers";
import { splitBlocks, type Block } from "./layout";
import { goesOn, placesPutForward } from "./names";
import { originalSpan } from "./mapped-text";
import { periodLabelVi as periodLabel } from "../dataset/period-text";
import { findPeriods, lastMonthOf, samePeriod, type PeriodMention, type Printed } from "./periods";
import { basesIn, type RateBase } from "./percent-reads";
import { clauses, readBlock, type BlockContext, type Statement } from "./statements";
import { readTextTables, type TableFigure, type TextTable } from "./text-tables";

export interface ExtractOptions {
  /** Prefix of record ids ("x" gives "x-1", "x-2", ...). */
  idPrefix?: string;
  /** Province to put on the records; found in the text ("tỉnh Trà Vinh") when not given. */
  province?: string;
}

/** What the caller knows of the document besides its text (the CLI and pane pass what they know). */
export interface DocumentContext {
  /** The document's date, "2020-09" or "2020-09-30": the year and month of periods written without them. */
  documentDate?: string;
  /** Its title or heading ("Tình hình kinh tế - xã hội tháng 9 và 9 tháng năm 2020"): the document's own period. */
  heading?: string;
}

/** Why an extracted figure is less sure than the others (set on the record, never dropped silently). */
export type Uncertainty = "approximate" | "unit-unknown" | "period-guessed" | "indicator-uncatalogued" | "number-grouping";

export interface ExtractedRecord extends PlanRecord {
  quoteOffset: { start: number; end: number };
  /** Catalog code when the indicator is in the catalog; the record's indicator.code is then the same. */
  catalogCode?: string;
  /** For a plan stated with a figure ("(KH 70.962 tỷ đồng)"): the id of that figure's record. */
  planFor?: string;
  uncertain?: Uncertainty[];
}

export interface Extraction {
  province: string;
  /** The document's own period, from its title and first paragraphs. */
  period: Period | undefined;
  records: ExtractedRecord[];
}


export interface TextCheck {
  extraction: Extraction;
  findings: Finding[];
}

export function extractRecords(text: string, options: ExtractOptions = {}, context: DocumentContext = {}): Extraction {
  return read(text, options, context).extraction;
}

/** The figures of a report and what its own figures say against them. */
export function checkText(text: string, options: ExtractOptions = {}, context: DocumentContext = {}): TextCheck {
  const { extraction, items } = read(text, options, context);
  return { extraction, findings: runChecks(items) };
}

/** "2020-09", "2020-09-30" -> the month; anything else -> undefined. */
function givenDate(date: string | undefined): Period | undefined {
  const m = /^((?:19|20)\d\d)-(\d\d)/.exec(date ?? "");
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  // A stock's date ("as of"): the figures it dates are counted at the month's end.
  const period: Period = { type: "month", part: month, year: Number(m[1]), label: "" };
  return { ...period, label: periodLabel(period, true) };
}

/** A document's blocks, own period and statements, read once before its figures are matched. */
interface ReadDocument {
  body: Block[];
  period: Period | undefined;
  statements: Statement[];
  /** Footnote number -> the words before its mark in the text. */
  anchors: Map<string, string>;
  province: string;
  /** Tables of tab-separated cells: their figures are read by their header, no sentence is read in them. */
  tables: TextTable[];
}

/**
 * The document's own period and year (from the caller's date, its heading, or its first paragraphs) and its statements,
 * in the order of the text.
 */
function readDocument(text: string, options: ExtractOptions, context: DocumentContext): ReadDocument {
  const { body, footnotes } = splitBlocks(text);
  // Document-wide patterns read composed text; quotes still come from the text as given.
  const composed = text.normalize("NFC");
  // The year of periods written without one is the document's own (its date), never a year it compares with;
  // only when the date is unknown, the year the text names most.
  const given = givenDate(context.documentDate);
  const asOf = given ?? documentDate(composed);
  // A date given as a year alone ("2023": a yearly report) still gives the year.
  const givenYear = Number(/^((?:19|20)\d\d)(?!\d)/.exec(context.documentDate ?? "")?.[1] ?? 0);
  const defaultYear = given?.year ?? (givenYear || commonestYear(composed));
  const printed = given ? { month: given.part!, year: given.year } : undefined;
  const headingPeriod = findPeriods((context.heading ?? "").normalize("NFC"), defaultYear, given?.part, printed).find((p) => !p.reference && p.period.year > 0)?.period;
  const docPeriod = headingPeriod ?? documentPeriod(body, defaultYear, printed);
  // "lũy kế", "từ đầu năm": the months from January to the month the document reports on, which is its own period's
  // (a report on October printed on 5 November) when it names one, else its date's.
  // A period that ends more than a month after the date is a plan or an outlook ("Nhiệm vụ 6 tháng cuối năm" in a
  // September report), not the month reported on; a report may estimate the month after its date (December in November).
  const ownEnd = lastMonthOf(docPeriod);
  const documentMonth = ownEnd !== undefined && given?.part !== undefined && docPeriod?.year === given.year && ownEnd > given.part + 1 ? given.part : (ownEnd ?? given?.part);
  const fallback: Period = docPeriod ?? { type: "year", year: defaultYear, label: defaultYear ? `năm ${defaultYear}` : "" };
  // "1,234,567" or "12,345.6" anywhere: the text groups thousands the English way, "126,484 tỷ đồng" is 126 484.
  const grouping = groupingOf(composed);
  const province = options.province ?? findProvince(composed);
  const tables = readTextTables(text, fallback, grouping);
  const read = readStatements(body, footnotes, { defaultYear, documentMonth, printed, asOf, docPeriod, fallback, grouping, province });
  // In the order of the text (each statement's place found once, not at each comparison of the sort).
  const statements = read
    .map((s) => ({ s, at: spanOf(s).start }))
    .filter(({ at }) => tables.length === 0 || !inTable(tables, at))
    .sort((a, b) => a.at - b.at)
    .map(({ s }) => s);
  return { body, period: docPeriod, statements, anchors: footnoteAnchors(body, text), province, tables };
}

function read(text: string, options: ExtractOptions, context: DocumentContext): { extraction: Extraction; items: CheckItem[] } {
  const prefix = options.idPrefix ?? "x";
  const { body, period, statements, anchors, province, tables } = readDocument(text, options, context);
  const records: ExtractedRecord[] = [];
  const add = (r: Omit<ExtractedRecord, "id">): void => {
    records.push({ id: `${prefix}-${records.length + 1}`, ...r });
  };
  const addPlan = (s: Statement, of: ExtractedRecord): void => add(planRecordOf(s, of, province, text));
  // A headline or subheading: a short line with no sentence in it, text after it ("Doanh thu bán lẻ hàng hóa quý I/2024
  // ước đạt 1.190,3 nghìn tỷ đồng |" above the paragraph that details it).
  const isHeadline = (b: Block): boolean => body.length > 1 && b.kind !== "footnote" && b.text.length <= 200 && !/[.;:!?]\s*$|[.!?]\s/u.test(b.text.trim());
  const kept: CheckItem[] = [];
  const byKey = new Map<string, CheckItem[]>();
  /** Figures given with a growth or an index, for spotting a later sentence that only repeats them. */
  const withGrowth: RatesGiven = { growth: new Map(), index: new Map() };
  const notesSeen = new Set<Block>();
  const clauseCache = new Map<Block, Array<[number, number]>>();
  let broken: Broken | undefined;
  /** Where each paragraph first speaks of a value (Infinity: never), found once per paragraph. */
  const valueAt = new Map<Block, number>();
  for (const s of statements) {
    s.period = monthOfPrevRate(s);
    // "67/74 sản phẩm ... đạt": the whole (74) is not what its part (67) is, but its sibling (those entered).
    const exclude = s.name.endsWith(WHOLE) || isWholeOfShare(s, kept) ? records[records.length - 1]?.catalogCode : partOf(s, broken);
    const input = asShareOfWhole(matchInputOf(s, { anchors, clauseCache, valueAt }, exclude), s, broken);
    const known = catalogued(s, input, broken, kept);
    const previous = kept[kept.length - 1]?.s;
    const subItem = previous !== undefined && previous.block === s.block && previous.unit.id === "percent";
    if (!isIndicatorStatement(s, known !== undefined, subItem)) continue;
    // "đạt 63,24 tỷ USD, tăng 4,43 tỷ USD so với cùng kỳ": a change no catalog indicator measures fills no field and
    // states no level; the catalog's own changes ("dư nợ ... so với cuối năm 2020 tăng 8.570 tỷ đồng") are kept.
    if (s.delta && !known) continue;
    if (isRestatement(s, withGrowth)) continue;
    const key = known?.code ?? foldWords(s.name).join(" ");
    // Within one paragraph an equal figure is another item ("(1) ... công suất 48MW; (2) ... công suất 48MW").
    // A headline or subheading that states a figure ("Chỉ số sản xuất ngành công nghiệp tăng 4%") is a statement of its
    // own, not a twin of the sentence that states it again.
    // A footnote that details a figure of the text, or a sectioned report's summary that gives a section's figure again,
    // restates it; a news story's lead and the paragraph that details it, or a caption, each state it.
    const twin = byKey.get(key)?.find((k) => k.s.block !== s.block && restates(k.s, s) && !isHeadline(k.s.block) && sameFigure(k.s, s));
    if (twin) {
      if (known) broken = { def: known, block: s.block, s: twin.s };
      mergeTwin(twin, s, addPlan);
      continue;
    }
    const opensNote = s.block.kind === "footnote" && !notesSeen.has(s.block);
    notesSeen.add(s.block);
    if (opensNote && restatesText(s, kept)) continue;
    add(recordOf(s, known, province, text));
    // Items that break a figure down keep it as their parent ("cao đẳng 1.542, trung cấp 2.524").
    if (known && !(broken && broken.block === s.block && known.code.startsWith(`${broken.def.code}.`))) broken = { def: known, block: s.block, s };
    const item: CheckItem = { s, record: records[records.length - 1]!, key };
    kept.push(item);
    const sameKey = byKey.get(key);
    if (sameKey) sameKey.push(item);
    else byKey.set(key, [item]);
    if (s.rate === undefined && (s.reported.growthVsPrior !== undefined || s.reported.indexVsPrior !== undefined)) rememberRates(withGrowth, s);
    if (s.plan?.asRecord) addPlan(s, records[records.length - 1]!);
  }
  return { extraction: { province, period, records: withTables(records, tables, province, text, prefix) }, items: kept };
}

/** Whether an offset is inside one of the tables (in the order of the text): found by bisection. */
function inTable(tables: readonly TextTable[], at: number): boolean {
  let lo = 0;
  let hi = tables.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tables[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < tables.length && tables[lo]!.start <= at;
}

/** The records of the text's tables among those of its sentences, in the order of the text, numbered again. */
function withTables(records: ExtractedRecord[], tables: readonly TextTable[], province: string, text: string, prefix: string): ExtractedRecord[] {
  const figures = tables.flatMap((t) => t.figures);
  if (figures.length === 0) return records;
  const all = [...records, ...figures.map((f) => ({ id: "", ...tableRecordOf(f, province, text) }))];
  // Stable: a sentence's records keep their order, a row's figures theirs (plan, then the period's, then last year's).
  all.sort((a, b) => a.quoteOffset.start - b.quoteOffset.start);
  const ids = new Map<string, string>();
  all.forEach((r, i) => {
    if (r.id) ids.set(r.id, `${prefix}-${i + 1}`);
    r.id = `${prefix}-${i + 1}`;
  });
  for (const r of all) if (r.planFor) r.planFor = ids.get(r.planFor) ?? r.planFor;
  return all;
}

/** A table's figure as a record: the row's label names the indicator, the row's line is the quote. */
function tableRecordOf(f: TableFigure, province: string, text: string): Omit<ExtractedRecord, "id"> {
  const known = f.code ? indicatorByCode(f.code) : undefined;
  const uncertain: Uncertainty[] = [...(f.unit ? [] : (["unit-unknown"] as const)), ...(known ? [] : (["indicator-uncatalogued"] as const))];
  const span = { start: f.start, end: f.end };
  return recordFrom({ ...f, name: f.label, unitId: f.unit?.id, priceBasis: f.basis ?? "n/a", span, uncertain }, known, province, text);
}

/** A statement's record (its id aside): the catalog indicator when known, else one named by its own words. */
function recordOf(s: Statement, known: IndicatorDef | undefined, province: string, text: string): Omit<ExtractedRecord, "id"> {
  const unitId = s.unitUnknown ? undefined : s.unit.id;
  return recordFrom({ ...s, unitId, span: spanOf(s), uncertain: uncertaintyOf(s, known !== undefined) }, known, province, text);
}

/** What a record is made of, read from a sentence or from a table's cell. */
interface RecordSource {
  name: string;
  /** The registry's unit; undefined for a unit outside it, kept as written. */
  unitId: string | undefined;
  unitText: string;
  priceBasis: PriceBasis;
  span: { start: number; end: number };
  period: Period;
  kind: ExtractedRecord["kind"];
  value: number;
  reported: ExtractedRecord["reported"];
  qualifier?: ExtractedRecord["qualifier"];
  uncertain: Uncertainty[];
}

function recordFrom(src: RecordSource, known: IndicatorDef | undefined, province: string, text: string): Omit<ExtractedRecord, "id"> {
  const indicator = {
    code: known?.code ?? `text.${slug(src.name)}`,
    vi: known?.vi ?? src.name,
    en: known?.en ?? "",
    // A unit outside the registry keeps its own words as its unit ("triệu bao"), never the registry's generic count.
    unit: src.unitId ?? src.unitText,
    unitText: src.unitText,
    priceBasis: src.priceBasis,
    priceBasisStated: src.priceBasis !== "n/a",
  };
  return {
    province,
    indicator,
    quote: text.slice(src.span.start, src.span.end),
    quoteOffset: src.span,
    ...(known ? { catalogCode: known.code } : {}),
    period: src.period,
    kind: src.kind,
    value: src.value,
    reported: { ...src.reported },
    ...(src.qualifier ? { qualifier: src.qualifier } : {}),
    ...(src.uncertain.length > 0 ? { uncertain: src.uncertain } : {}),
  };
}

/** The plan stated with a figure ("(KH 70.962 tỷ đồng)") as a record of the same indicator. */
function planRecordOf(s: Statement, of: ExtractedRecord, province: string, text: string): Omit<ExtractedRecord, "id"> {
  const quoteOffset = spanOf(s);
  return {
    province,
    indicator: of.indicator,
    quote: text.slice(quoteOffset.start, quoteOffset.end),
    quoteOffset,
    ...(of.catalogCode ? { catalogCode: of.catalogCode } : {}),
    period: s.plan!.period,
    kind: "plan",
    value: s.plan!.value,
    reported: {},
    planFor: of.id,
  };
}

/** The same figure said again ("tỷ lệ hồ sơ nộp trực tuyến đạt 34%" twice): one record, all its percentages. */
function mergeTwin(twin: CheckItem, s: Statement, addPlan: (s: Statement, of: ExtractedRecord) => void): void {
  twin.record.reported = { ...s.reported, ...twin.record.reported };
  twin.s.reportedDecimals = { ...s.reportedDecimals, ...twin.s.reportedDecimals };
  if (!twin.s.plan && s.plan) {
    // "15.178 học viên, đạt 100,19% kế hoạch" and, in a footnote, "15.178/15.000 học viên": the plan is the footnote's.
    twin.s.plan = s.plan;
    if (s.plan.asRecord) addPlan(s, twin.record);
  }
}

/** What is worked out once per paragraph or document for matching its figures to the catalog. */
interface MatchCaches {
  anchors: Map<string, string>;
  clauseCache: Map<Block, Array<[number, number]>>;
  /** Where each paragraph first speaks of a value (Infinity: never). */
  valueAt: Map<Block, number>;
}

/** The words around a statement that say which indicator it is (see MatchInput). */
function matchInputOf(s: Statement, caches: MatchCaches, exclude: string | undefined): MatchInput {
  // A change ("tăng 8.570 tỷ đồng") is not the indicator's level: only a catalog change is its indicator, named by
  // the words from the level to the change ("dư nợ cho vay ... là 80.296 tỷ đồng, so với cuối năm 2020 tăng").
  const tail = tailOf(s);
  // "22 TTHC mức độ 2, 36 TTHC mức độ 3": a count named by the words right after it; the words before are the
  // previous item's.
  const own = s.block.text.slice(s.figureStart, s.end);
  const postNamed =
    !s.delta && !MEASURES.has(s.unit.family) && s.start < s.figureStart && own.length <= s.unitText.length + 16 && !own.includes("%") && POST_NAME.test(tail);
  const near = postNamed ? `${s.unitText} ${tail}` : s.near;
  // A footnote's items ("⁴ Chiếu sáng công cộng: 59.526 kWh") break down the figure its mark follows in the text.
  const anchor = s.block.kind === "footnote" ? (caches.anchors.get(noteNumber(s.block.note)) ?? "") : "";
  // (A count named after it opens its sentence with its result as much as any: "Kết quả kiểm tra tại 81 cơ sở sản xuất".)
  const context = s.delta ? s.block.text.slice(s.start, s.end) : `${resultOf(s)} ${postNamed ? `${s.near} ` : ""}${s.context}`;
  const valueNamed = (): boolean => firstValueWord(s.block, caches.valueAt) < s.figureStart;
  const sentence = sentenceOpening(s, caches.clauseCache);
  return { near, context, tail, sentence, anchor, heading: s.heading, lead: s.lead, rate: s.rate, delta: s.delta, part: s.partOfWhole, valueNamed, exclude };
}

/**
 * "Tỷ trọng công nghiệp - xây dựng trong GRDP ... đạt 22,2%; trong đó riêng công nghiệp đạt 19%": a part given "trong đó"
 * of a share is a share of the same whole, and the whole's name says what it is a share of (the whole's own indicator is
 * excluded already, see partOf).
 */
function asShareOfWhole(input: MatchInput, s: Statement, broken: Broken | undefined): MatchInput {
  if (input.exclude === undefined || input.exclude !== broken?.def.code || broken.def.group !== "structure" || s.rate !== "level") return input;
  return { ...input, rate: "share", context: `${broken.s.near} ${input.context ?? ""}` };
}

/** The last catalogued figure, which the figures after it in its paragraph may break down. */
interface Broken {
  def: IndicatorDef;
  block: Block;
  s: Statement;
}

/**
 * "tổng mức bán lẻ hàng hoá và doanh thu dịch vụ ... đạt 13.526 tỷ đồng ...; trong đó tổng mức bán lẻ hàng hóa đạt
 * 11.488 tỷ đồng": a smaller figure given "trong đó" after a catalogued one is a part of it, never that indicator.
 */
function partOf(s: Statement, broken: Broken | undefined): string | undefined {
  const whole = broken?.s;
  if (!whole || whole.block !== s.block || whole.unit.family !== s.unit.family || whole.end > s.figureStart || s.figureStart - whole.end > 300) return undefined;
  if (whole.value * whole.unit.factor <= s.value * s.unit.factor) return undefined;
  return /trong đó/iu.test(s.block.text.slice(whole.end, s.figureStart)) ? broken.def.code : undefined;
}

/**
 * A statement's catalog indicator: the catalog name that fits its words, else the child of the figure its paragraph
 * breaks down (see childOf), else the growth of the level given before it.
 */
function catalogued(s: Statement, input: MatchInput, broken: Broken | undefined, kept: readonly CheckItem[]): IndicatorDef | undefined {
  if (s.elsewhere !== undefined) return undefined;
  const match = matchIndicator(input, s.unit);
  if (match !== undefined && match.score >= CATALOG_MATCH) return match.def;
  // "có 67/74 sản phẩm ... đạt": the whole is the sibling of its part's indicator the words fit best ("... tham gia bình
  // chọn", those entered), its name left unsaid by the "X/Y" itself.
  if ((s.name.endsWith(WHOLE) || isWholeOfShare(s, kept)) && input.exclude !== undefined) {
    const sibling = matchIndicator({ ...input, siblingOf: input.exclude }, s.unit);
    if (sibling !== undefined && sibling.score >= WHOLE_MATCH) return sibling.def;
  }
  const parent = broken !== undefined && broken.block === s.block && broken.def.unit !== "percent" && s.unit.family !== "percent" ? broken.def : undefined;
  return (parent && childOf(parent, input, s.unit)) ?? growthOfLevelBefore(s, kept);
}

/**
 * "vốn triển khai 985,5 tỷ đồng, đạt 25,06% so với số vốn đăng ký 3.931,2 tỷ đồng": the whole a share was taken of is,
 * like the whole of an "X/Y", a sibling of the part's indicator (registered beside disbursed capital), named in the
 * part's words more than its own ("số vốn đăng ký", "175,42 ha đã thuê").
 */
function isWholeOfShare(s: Statement, kept: readonly CheckItem[]): boolean {
  const plan = kept[kept.length - 1]?.s.plan;
  return plan !== undefined && !plan.asRecord && plan.start === s.figureStart;
}

/** The share of its name's words a whole's sibling of its part needs (see catalogued). */
const WHOLE_MATCH = 0.6;

/** How statements.ts names the whole of an "X/Y" figure ("67/74 sản phẩm" gives 74 as "sản phẩm: tổng số"). */
const WHOLE = ": tổng số";

/**
 * "Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh lần thứ V năm 2020. Kết quả, có 67/74 sản phẩm
 * ... đạt": a sentence that opens with its result goes on with the one before it, whose words name what was counted.
 * Looked for no further back than a long sentence.
 */
function resultOf(s: Statement): string {
  const from = Math.max(0, s.figureStart - 400);
  const before = s.block.text.slice(from, s.figureStart);
  const stop = before.lastIndexOf(". ");
  if (stop < 0 || !/^\s*Kết quả(?!\p{L})/u.test(before.slice(stop + 2))) return "";
  return before.slice(Math.max(0, before.lastIndexOf(". ", stop - 1) + 2), stop);
}

/**
 * "Ước tính chỉ số sản xuất công nghiệp tăng 3% so với tháng trước" under "11 tháng năm 2023": a rate against the
 * previous month is a month's, the last month of the span it was read in (never the months from January).
 * It is that month's flow ("tháng 11/2023"), not a stock at its end.
 */
function monthOfPrevRate(s: Statement): Period {
  const p = s.period;
  if (p.type === "month" || (s.reported.growthVsPrevPeriod === undefined && s.reported.indexVsPrevPeriod === undefined)) return p;
  const month = lastMonthOf(p);
  if (month === undefined) return p;
  const said = s.block.text.slice(s.figureStart, Math.min(s.block.text.length, Math.max(s.end, s.figureStart) + 80));
  if (!/so\s+(?:với\s+)?(?:cùng thời điểm\s+)?tháng\s+(?:trước|liền kề)/u.test(said)) return p;
  const period: Period = { type: "month", part: month, year: p.year, label: "" };
  return { ...period, label: periodLabel(period) };
}

/** What the whole document says of its periods: the defaults every paragraph starts from. */
interface DocumentPeriods {
  defaultYear: number;
  documentMonth: number | undefined;
  printed: Printed | undefined;
  asOf: Period | undefined;
  docPeriod: Period | undefined;
  fallback: Period;
  grouping: DigitGrouping | undefined;
  /** The document's own province (not a period, but read once for every paragraph like them). */
  province: string;
}

/**
 * The statements of every paragraph and footnote, each read in the context of the headings above it (period and
 * kind), the last multi-year range, and the list it belongs to ("..., trong đó:" and its items).
 */
function readStatements(body: Block[], footnotes: Block[], doc: DocumentPeriods): Statement[] {
  const { defaultYear, documentMonth, printed, asOf, docPeriod, fallback, grouping, province } = doc;
  const statements: Statement[] = [];
  // (A period not written above a paragraph is the document's date's, or its commonest year for want of one.)
  const unwritten = docPeriod === undefined ? "guess" : "date";
  let section: BlockContext = { period: fallback, kind: "report", asOf, periodFrom: unwritten };
  let sub = section;
  let lastRange: Period | undefined;
  let list: ListIntro | undefined;
  let previous: { block: Block; periods: PeriodMention[] } | undefined;
  const contexts: Array<{ at: number; ctx: BlockContext }> = [];
  // The last period the running text named: a paragraph that names none goes on in it ("Tính chung 10 tháng, ...".
  // then "Ngoài ô tô, các nhóm hàng khác như xăng dầu tăng trên 15%").
  let narrative: Period | undefined;
  let sectioned = false;
  // Another place the text put forward ("Trà Vinh là địa phương ..."), for a paragraph going on with it ("Trong đó, ...").
  let forward: string | undefined;
  for (const block of body) {
    const periods = findPeriods(block.text, sub.period.year || defaultYear, documentMonth, printed);
    if (block.kind === "heading") {
      sectioned = true;
      narrative = undefined;
      const own = periods.find((p) => !p.reference)?.period;
      const kind = headingKind(block.text);
      if (/^[IVX]{1,5}\./.test(block.text)) {
        // "I. THỰC TRẠNG ...": the current state, as of the document's date.
        const state = /thực trạng|hiện trạng/iu.test(block.text) ? asOf : undefined;
        const period = own ?? state ?? fallback;
        section = { period, kind: kind ?? "report", asOf, heading: block.text, ...(period === fallback ? { periodFrom: unwritten } : {}) };
        sub = section;
      } else {
        sub = { period: own ?? section.period, kind: kind ?? section.kind, asOf, heading: block.text, ...(own === undefined && section.periodFrom ? { periodFrom: section.periodFrom } : {}) };
      }
    }
    // "... so với cùng kỳ năm trước, trong đó:" and the items under it: the intro's period and order of bases.
    if (block.kind !== "item") list = undefined;
    // "... tăng 1,9% so với quý I và tăng 11,1% so với cùng kỳ năm trước." then a paragraph "Trong đó, doanh thu bán lẻ
    // hàng hóa đạt 914,4 nghìn tỷ đồng, tăng 0,6% và tăng 11,8%; ...": a paragraph opening with "Trong đó" lists the parts
    // of the one before it; its first sentence's bare rates follow that paragraph's order of bases.
    const lead = block.kind === "text" && previous?.block.kind === "text" && PARTS_OPENING.test(block.text) ? listIntro(previous.block.text, previous.periods).order : undefined;
    const running = sectioned ? {} : { running: true, ...(narrative !== undefined && block.kind !== "heading" ? { period: narrative, periodFrom: undefined } : {}) };
    const placeForward = goesOn(block.text) ? forward : undefined;
    const putForward = placesPutForward(block.text, province);
    const ctx: BlockContext = {
      ...sub,
      ...running,
      lastRange,
      putForward,
      ...(placeForward !== undefined ? { placeForward } : {}),
      ...(list ? { period: list.period ?? narrative ?? sub.period, rateOrder: list.order } : {}),
      ...(lead ? { leadOrder: lead } : {}),
    };
    contexts.push({ at: block.starts[0] ?? 0, ctx });
    const read = readBlock(block, findFigures(block.text, grouping), periods, ctx);
    statements.push(...read);
    lastRange = periods.filter((p) => !p.reference && p.period.type === "range").pop()?.period ?? lastRange;
    forward = putForward[putForward.length - 1]?.place ?? placeForward;
    if (block.kind !== "heading" && !sectioned) narrative = runningPeriod(block, periods, read) ?? narrative;
    if (/:\s*$/u.test(block.text)) list = listIntro(block.text, periods);
    previous = { block, periods };
  }
  // Footnotes come in document order: the context is that of the last paragraph before each.
  let nextContext = 0;
  for (const note of footnotes) {
    const at = note.starts[0] ?? 0;
    while (nextContext < contexts.length && contexts[nextContext]!.at <= at) nextContext++;
    const ctx = contexts[nextContext - 1]?.ctx ?? section;
    const noteCtx: BlockContext = { ...ctx, kind: ctx.kind === "remaining" ? "report" : ctx.kind, putForward: placesPutForward(note.text, province) };
    statements.push(...readBlock(note, findFigures(note.text, grouping), findPeriods(note.text, ctx.period.year || defaultYear, documentMonth, printed), noteCtx));
  }

  return statements;
}

/**
 * The period a paragraph of running prose leaves the reader in: that of its last figure, or the first period named by a
 * later sentence without figures ("Trong 6 tháng đầu năm 2023, ..., kế hoạch năm 2023." is about the 6 months).
 */
function runningPeriod(block: Block, periods: PeriodMention[], read: Statement[]): Period | undefined {
  let at = -1;
  let period: Period | undefined;
  for (const s of read) {
    if (s.figureStart > at && !s.earlier) [at, period] = [s.figureStart, s.period];
  }
  // One pass over clauses, figures and periods in text order (a paste without breaks is one long block).
  const figureStarts = read.map((s) => s.figureStart).sort((a, b) => a - b);
  let f = 0;
  let p = 0;
  for (const [start, end] of clauses(block.text)) {
    while (f < figureStarts.length && figureStarts[f]! < start) f++;
    while (p < periods.length && periods[p]!.start < start) p++;
    if (start < at || (f < figureStarts.length && figureStarts[f]! < end)) continue;
    const named: PeriodMention[] = [];
    for (let k = p; k < periods.length && periods[k]!.start < end; k++) if (!periods[k]!.reference && periods[k]!.end <= end) named.push(periods[k]!);
    // ("trong tháng 3 và trong quí I năm nay, tình hình ... tích cực. Nổi bật là GRDP đạt 8,1%": the span, not its month.)
    const first = named.find((p) => !p.inName && !p.inSpanAfter) ?? named.find((p) => !p.inName) ?? named[0];
    if (first) [at, period] = [first.start, first.period];
  }
  return period;
}

/** "Trong đó, ...", "Trong đó: ..." at a paragraph's head. */
const PARTS_OPENING = /^\s*trong đó(?![\p{L}])/iu;

interface ListIntro {
  period?: Period;
  order: RateBase[];
}

/** The last sentence of a paragraph that ends with ":": the period it names and the bases its rates are against, in order. */
function listIntro(text: string, periods: PeriodMention[]): ListIntro {
  const from = Math.max(text.lastIndexOf(". ", text.length - 2) + 1, 0);
  const period = periods.find((p) => !p.reference && p.start >= from)?.period;
  const order = basesIn(text.slice(from).toLowerCase(), period);
  return { ...(period ? { period } : {}), order };
}

/** What makes a figure less sure: a bound, not a figure; a unit the registry lacks; a period not written; a name not in the catalog. */
function uncertaintyOf(s: Statement, catalogued: boolean): Uncertainty[] {
  const out: Uncertainty[] = [];
  if (s.qualifier) out.push("approximate");
  if (s.unitUnknown) out.push("unit-unknown");
  if (s.periodFrom === "guess") out.push("period-guessed");
  if (!catalogued) out.push("indicator-uncatalogued");
  if (s.groupingUnsure) out.push("number-grouping");
  return out;
}

/**
 * What the pane and the checks treat as an indicator statement: a figure the text compares with a
 * plan or an earlier period, a figure of a catalog indicator, or a money or rate figure given as a
 * plan, target or remainder. Other numbers in prose (support money, counts of meetings) are not.
 */
function isIndicatorStatement(s: Statement, known: boolean, afterRate: boolean): boolean {
  const r = s.reported;
  const compared = r.pctOfPlan !== undefined || r.growthVsPrior !== undefined || r.indexVsPrior !== undefined || r.share !== undefined || s.plan !== undefined;
  if (compared || known) return true;
  // "11 lượt" (visits received, people commended): an uncompared count in a unit the registry lacks is
  // office activity; "450 triệu bao" (a magnitude) is output.
  // "tăng gấp 2,3 lần": a ratio is a statement too.
  // "09 trong 12 nhóm hàng ghi nhận mức tăng trưởng khá": goods and places counted by a statistic are statements.
  // "khách quốc tế đạt 40.000 lượt": visits of guests are a tourism statement, where "tiếp 11 lượt công dân" is not.
  // ("quảng bá sản phẩm ... với 38 tỉnh, thành phố trên cả nước": places worked with are no statistic.)
  const partners = (): boolean => /(?:^|\s)(?:với|cùng|cho|giữa)\s+$/u.test(s.block.text.slice(Math.max(0, s.figureStart - 8), s.figureStart));
  if (s.unitUnknown) {
    const visits = /^lượt/u.test(s.unitText) && /khách/iu.test(`${s.name} ${s.unitText}`);
    // "Tổng đàn trâu bò đạt 54.352 con", "- Gà: 2.431.189 con": a herd is what farm reports measure livestock by, a
    // statement even uncompared, where "15.000 việc làm" or "3.500 phòng" alone are not.
    const herd = s.unitText === "con" && LIVESTOCK.test(s.name);
    // ("GDP bình quân đầu người là 3.442 USD/người": a registry unit per head or per day measures like its unit.)
    return (/^(?:(?:nghìn|ngàn|triệu|tỷ)(?: |$)|lần$|[^/\s]+\/\p{L})/u.test(s.unitText) || (COUNTED_BY_STATISTIC.test(s.unitText) && !partners()) || visits || herd) && s.name.length > 0;
  }
  if (s.unit.id !== "percent") return s.name.length > 0;
  // A percentage on its own is an indicator when it is a rate, a share or an average growth.
  // "...; trong đó riêng công nghiệp đạt 19%": the items after a rate are rates too.
  // ("Có 95% được bố trí ...": a bare percentage no words name tells the reader nothing they could settle.)
  return s.name.trim().length > 0 && (RATE_WORDS.test(s.name) || s.nameInherited || s.rate === "growth" || afterRate);
}

const LIVESTOCK = /(?<![\p{L}])(?:đàn|gia súc|gia cầm|trâu|bò|lợn|heo|gà|vịt|ngan|ngỗng|dê|cừu|ngựa|chim cút|cút)(?![\p{L}])/iu;

const RATE_WORDS = /tỷ lệ|tỷ trọng|cơ cấu|chỉ số|tốc độ|tăng trưởng|bình quân|chiếm|công suất/iu;

/** Figures with the growth or index they were given with, by that rate (a long report gives thousands). */
interface RatesGiven {
  growth: Map<number, Statement[]>;
  index: Map<number, Statement[]>;
}

function rememberRates(given: RatesGiven, s: Statement): void {
  for (const [rates, value] of [
    [given.growth, s.reported.growthVsPrior],
    [given.index, s.reported.indexVsPrior],
  ] as const) {
    if (value === undefined) continue;
    const list = rates.get(value);
    if (list) list.push(s);
    else rates.set(value, [s]);
  }
}

/** "Giá trị sản xuất công nghiệp duy trì mức tăng trưởng 11,77%" after the value was given with its 11,77%. */
function isRestatement(s: Statement, earlier: RatesGiven): boolean {
  if ((s.rate !== "growth" && s.rate !== "index") || Number.isNaN(s.value)) return false;
  return (earlier[s.rate].get(s.value) ?? []).some((e) => e.rate === undefined && samePeriod(e.period, s.period));
}

/**
 * "Triển khai thực hiện 04 Đề án⁹" and footnote 9 "04 đề án gồm: (1) ...": a footnote whose first figure repeats
 * a figure of the text (same value, unit and period) opens by restating its anchor before itemising it.
 */
function restatesText(s: Statement, kept: CheckItem[]): boolean {
  return kept.some((k) => k.s.block.kind !== "footnote" && k.s.unit.id === s.unit.id && k.s.value === s.value && samePeriod(k.s.period, s.period));
}

function restates(earlier: Statement, s: Statement): boolean {
  return earlier.block.kind === "footnote" || s.block.kind === "footnote" || (earlier.heading !== "" && s.heading !== "");
}

function sameFigure(a: Statement, b: Statement): boolean {
  return a.unit.family === b.unit.family && Math.abs(a.value * a.unit.factor - b.value * b.unit.factor) < 1e-9 * Math.max(1, Math.abs(a.value * a.unit.factor)) && samePeriod(a.period, b.period);
}

/**
 * The words after a statement to the next figure or the clause's end: "85/85 xã | đạt tiêu chí số 4 về điện và",
 * "58 vụ | vận chuyển, kinh doanh thuốc lá điếu nhập lậu;". Before a next figure, the words after a comma are that
 * figure's name ("tăng gần 10%, | công nghiệp sản xuất và phân phối điện ... tăng 14,6%"). Scanned no further than a
 * long name.
 */
function tailOf(s: Statement): string {
  // (Read with the few words before it: "02 hồ sơ mức độ | 2, 5 hồ sơ mức độ 3" ends the figure's words on "mức độ".)
  const from = Math.max(0, s.end - TAIL_LOOKBACK);
  const text = s.block.text.slice(from, s.end + 120);
  const rest = text.slice(s.end - from);
  TAIL_CUT.lastIndex = s.end - from;
  const found = TAIL_CUT.exec(text);
  if (!found) return rest;
  const cut = found.index - (s.end - from);
  const comma = /\d/.test(rest[cut]!) ? rest.indexOf(",") : -1;
  return rest.slice(0, comma >= 0 && comma < cut ? comma : cut);
}

const TAIL_LOOKBACK = 12;
/**
 * Where a figure's tail ends: a clause mark, or the next figure. Not at a number of a category, part of the name ("tiêu
 * chí số 4", "mức độ 3", "hạng 2", "giai đoạn 1", "đạt 3 sao"), nor at a threshold that is ("64 TTHC được cắt giảm từ
 * 50% trở lên thời gian ...", "27 TTHC được cắt giảm dưới 50% thời gian"), nor inside a number the cut was not made
 * at.
 */
const TAIL_CUT =
  /[;:!?(]|\.(?=\s)|(?<!\d[.,]?)(?<!(?:số|chí|độ|hạng|đoạn|loại|nhóm|cấp|khu vực) )(?<!(?:từ|dưới|trên|hơn) (?=\d+(?:[.,]\d+)?\s?%\s+(?:trở\s+(?:lên|xuống)|(?!(?:so|và|với|của|đạt|là)(?!\p{L}))\p{L})))\d(?! sao(?!\p{L}))/gu;

/**
 * Words right after a count that name it ("TTHC | mức độ 3", "25 dự án | có vốn đầu tư trong nước": "có" opens what the
 * counted things have, the tail stopping at the next figure), not a link to what follows ("TTHC | và bãi bỏ ...", "hồ
 * sơ | cho người dân").
 */
const POST_NAME = /^\s+(?!(?:và|với|cho|của|tại|trên|để|được|đã|đang|trong|từ|theo|so|là|thuộc|nhằm|gồm|thì|nhưng|hoặc|đến|sang|về)(?!\p{L}))\p{L}/u;
/** Unit families of quantities (money, energy, goods, rates), as against things counted one by one (TTHC, hồ sơ, xã, chợ). */
const MEASURES: ReadonlySet<string> = new Set(["percent", "vnd", "usd", "area", "energy", "length", "liquid", "mass", "power", "apparent-power", "volume", "tablets", "pieces-cai", "pieces-chiec", "pairs", "sets", "tonne-km", "passenger-km"]);

/** "(5)", "5" -> "5". */
function noteNumber(note: string | undefined): string {
  return (note ?? "").replace(/\D/g, "");
}

/** A footnote mark the layout dropped from the text: "<sup>(15)</sup>", "⁴", or digits glued to a word ("năm 20194"). */
const NOTE_MARK = /^\s*(?:<sup>\s*)?\(?(\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\)?(?:\s*<\/sup>)?\s*$/u;
/** How much of the text before a footnote's mark is read as its items' context. */
const ANCHOR_WORDS = 250;

/**
 * The words before each footnote's mark in the running text, by footnote number: where the cleaned text skips a
 * footnote mark of the original. One pass over the body.
 */
function footnoteAnchors(body: Block[], raw: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const block of body) {
    for (let i = 1; i < block.text.length; i++) {
      const from = block.ends[i - 1]!;
      const to = block.starts[i]!;
      if (to - from < 1 || to - from > 24) continue;
      const mark = NOTE_MARK.exec(raw.slice(from, to));
      if (!mark) continue;
      const number = /\d/.test(mark[1]!) ? mark[1]! : [...mark[1]!].map((c) => "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c)).join("");
      if (!out.has(number)) out.set(number, block.text.slice(Math.max(0, i - ANCHOR_WORDS), i));
    }
  }
  return out;
}

/**
 * The opening words (up to the first figure) of the clauses before the statement's in its sentence: the verb or the
 * list intro they share ("Phát triển 77,35 km đường dây trung thế; 87,34km đường dây hạ thế" gives "Phát triển" to
 * the second). No more than a few clauses back.
 */
function sentenceOpening(s: Statement, cache: Map<Block, Array<[number, number]>>): string {
  let cuts = cache.get(s.block);
  if (!cuts) {
    cuts = clauses(s.block.text);
    cache.set(s.block, cuts);
  }
  const text = s.block.text;
  let lo = 0;
  let hi = cuts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (cuts[mid]![0] <= s.figureStart) lo = mid;
    else hi = mid - 1;
  }
  const out: string[] = [];
  for (let k = lo; k > 0 && k > lo - 6; k--) {
    const [start] = cuts[k]!;
    // A clause that opens a sentence ends the search.
    if (/[.!?]\s*$/u.test(text.slice(Math.max(0, start - 3), start))) break;
    const [prevStart, prevEnd] = cuts[k - 1]!;
    const prev = text.slice(prevStart, Math.min(prevEnd, prevStart + 120));
    const digit = prev.search(/\d/);
    // With what its first figure counts, to the next figure or comma: "Tổ chức 03 Phiên chợ hàng Việt về nông thôn ...;
    // xã ..., với 78 doanh nghiệp tham gia, tổng doanh thu các phiên chợ đạt 2,1 tỷ đồng" speaks of those fairs.
    const opening = digit < 0 ? prev : `${prev.slice(0, digit)} ${countedBy(prev)}`;
    // Not the paragraph's lead ("a) Về phát triển hạ tầng thương mại: hiện nay ... có 02"): the words after its colon.
    out.unshift(opening.slice(opening.lastIndexOf(":") + 1));
  }
  return out.join(" ");
}

/** The words after a clause's first number that is no year, to the next number or comma: what it counts. */
function countedBy(clause: string): string {
  COUNTED.lastIndex = 0;
  for (let m = COUNTED.exec(clause); m !== null; m = COUNTED.exec(clause)) if (!/^(?:19|20)\d\d$/.test(m[1]!)) return m[2]!;
  return "";
}

const COUNTED = /(\d+(?:[.,]\d+)*)[.,]?\s+([^\d,;:()]*)/gu;

function spanOf(s: Statement): { start: number; end: number } {
  return originalSpan(s.block, s.start, s.end);
}

function headingKind(text: string): BlockContext["kind"] | undefined {
  const t = text.toLowerCase();
  if (/cần (?:phải )?thực hiện|còn lại/u.test(t)) return "remaining";
  if (/^\S+\s+(?:thực hiện|kết quả|đánh giá)/u.test(t)) return "report";
  if (/kế hoạch|mục tiêu|chương trình công tác|phương hướng|định hướng/u.test(t)) return "plan";
  if (/kết quả|đánh giá|thực trạng|tình hình|thực hiện/u.test(t)) return "report";
  return undefined;
}

/**
 * The document's date as an "as of" month: "Trà Vinh, ngày 01 tháng 9 năm 2021", "ngày tháng 12 năm 2021",
 * or the decision it is attached to, "(Ban hành kèm theo Quyết định số 1013/QĐ-UBND, ngày 18/6/2015".
 */
function documentDate(text: string): Period | undefined {
  const head = text.slice(0, 4000).replace(/\s+/g, " ");
  const written = /ngày\s+(?:\d{1,2}\s+)?tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)/u.exec(head);
  const attached = /kèm theo[^()]{0,80}?ngày\s+\d{1,2}\/(\d{1,2})\/((?:19|20)\d\d)/iu.exec(head);
  const m = written && attached ? (written.index < attached.index ? written : attached) : (written ?? attached);
  if (!m) return undefined;
  const month = Number(m[1]);
  const year = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const period: Period = { type: "month", part: month, year, label: "" };
  return { ...period, label: periodLabel(period, true) };
}

/** The first period the document names in its title and opening paragraphs. */
function documentPeriod(body: Block[], defaultYear: number, printed: Printed | undefined): Period | undefined {
  let seen = 0;
  for (const block of body) {
    const first = firstPeriod(block.text, defaultYear, printed);
    if (first) return first.period;
    seen += block.text.length;
    if (seen > 1500) break;
  }
  return undefined;
}

/**
 * The first period named in a paragraph (with its year), read from the paragraph's head when it is there: a text
 * pasted as one line is one paragraph of a megabyte. A phrase that ends well before the cut is read as in the whole
 * paragraph (patterns, the words around a phrase and the year taken from the next one all reach less than the margin).
 */
function firstPeriod(text: string, defaultYear: number, printed: Printed | undefined): PeriodMention | undefined {
  const first = (t: string): PeriodMention | undefined => {
    for (const p of findPeriods(t, defaultYear, undefined, printed)) {
      if (p.reference || p.period.year <= 0) continue;
      const own = p.aside ? sameSpanThisYear(p, defaultYear, printed) : p;
      if (own) return own;
    }
    return undefined;
  };
  if (text.length > HEAD_WINDOW) {
    const inHead = first(text.slice(0, HEAD_WINDOW));
    if (inHead && inHead.end <= HEAD_WINDOW - HEAD_MARGIN) return inHead;
  }
  return first(text);
}

/**
 * "(cơ cấu tương ứng của 6 tháng đầu năm 2023 là …)" first in a report printed in July 2024: the year before in brackets
 * is the base compared with, the same span of the document's year is what it reports on (when that span is over by
 * the date printed); else the aside names no period of the document.
 */
function sameSpanThisYear(m: PeriodMention, defaultYear: number, printed: Printed | undefined): PeriodMention | undefined {
  const ends = lastMonthOf(m.period);
  if (!printed || m.period.year !== defaultYear - 1 || ends === undefined || ends > printed.month) return undefined;
  const period: Period = { ...m.period, year: defaultYear, label: "" };
  return { ...m, aside: false, period: { ...period, label: periodLabel(period) } };
}

const HEAD_WINDOW = 8000;
const HEAD_MARGIN = 2000;

function commonestYear(text: string): number {
  const counts = new Map<number, number>();
  const re = /(?<![\d/.,])(?:19|20)\d\d(?![\d/])/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // A year compared with is not the document's: an undated "tăng 20,3% so với cùng kỳ năm 2024" is of 2025 (the
    // same span one year on), "tăng 10% so với năm 2016" names no year of its own.
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const sameSpan = /cùng\s+kỳ\s+(?:năm\s+)?$/iu.test(before);
    if (!sameSpan && /(?<!\p{L})so\s+(?:với\s+)?(?:năm\s+)?$/iu.test(before)) continue;
    const y = Number(m[0]) + (sameSpan ? 1 : 0);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [y, n] of counts) if (n > bestCount || (n === bestCount && y > best)) [best, bestCount] = [y, n];
  return best;
}

function findProvince(text: string): string {
  const counts = new Map<string, number>();
  const re = /[Tt]ỉnh ((?:[A-ZĐ\p{Lu}][\p{Ll}]+)(?: [A-ZĐ\p{Lu}][\p{Ll}]+){0,2})/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  let best = "";
  let bestCount = 0;
  for (const [p, n] of counts) if (n > bestCount) [best, bestCount] = [p, n];
  return best;
}

function slug(name: string): string {
  return foldWords(name).slice(0, 8).join("-") || "unnamed";
}

/** Where a paragraph first speaks of a value ("giá trị sản xuất ...", "theo giá so sánh"), or Infinity when it never does (cached per paragraph). */
function firstValueWord(block: Block, cache: Map<Block, number>): number {
  let at = cache.get(block);
  if (at === undefined) {
    const m = VALUE.exec(block.text);
    at = m ? m.index : Number.POSITIVE_INFINITY;
    cache.set(block, at);
  }
  return at;
}

/**
 * A bare growth rate ("...đạt 24.670 tỷ đồng, tăng 1,9 lần so với năm 2010; tốc độ tăng bình quân 13,67%/năm") is the
 * growth of the level its paragraph gave just before: the catalog's growth of that main indicator, when it has one
 * ("main.industrial-production-value" -> "growth.industrial-production-value"), or of the growth given just before.
 */
function growthOfLevelBefore(s: Statement, kept: readonly CheckItem[]): IndicatorDef | undefined {
  if (s.rate !== "growth" || s.unit.family !== "percent" || !namesNothingMeasured(s.near)) return undefined;
  for (let k = kept.length - 1; k >= 0 && kept[k]!.s.block === s.block; k--) {
    const before = kept[k]!;
    if (before.s.delta) continue;
    // "chỉ số sản xuất ... tăng 6,5%, thấp hơn mức tăng 7,2% của cùng kỳ năm 2016": a bare rate right after a catalogued
    // growth compares it with another period's; a share or rate of the level's parts in between, "(*trong đó: bán lẻ
    // ... chiếm 72%)", is passed over.
    if (before.s.unit.family === "percent") {
      if (before.s.rate === "growth" && before.key.startsWith("growth.")) return indicatorByCode(before.key);
      continue;
    }
    // The key of a catalogued figure is its code ("main.…"); an uncatalogued one's is its folded name.
    return before.key.startsWith("main.") ? indicatorByCode(`growth.${before.key.slice(5)}`) : undefined;
  }
  return undefined;
}
