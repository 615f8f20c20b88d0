/**
 * Indicator statements in one paragraph: "<indicator> ước đạt <value> <unit>, đạt <p>% kế hoạch,
 * tăng|giảm <g>% so cùng kỳ", "(KH 70.962 tỷ đồng)", "15.178/15.000 học viên", "bằng 92,19% so với
 * năm 2020", "tăng trưởng bình quân 14,48% giai đoạn 2021 - 2025", lists "(1) ...; (2) ...".
 *
 * A paragraph is cut into clauses (sentences, ";" and "(n)" list items). In a clause the first figure
 * with a unit opens a statement; the percentages after it are read by the words around them (đạt ...
 * kế hoạch, tăng/giảm ... so cùng kỳ, bằng ... so với năm, chiếm ...) and attached to it; a percentage
 * with nothing to attach to is a statement of its own (a rate, a growth, an index or a share).
 */
import type { FigureKind, Period, PriceBasis, ReportedPercentages } from "../dataset/types";
import { agreesAtPrecision } from "../numbers";
import type { UnitDef } from "../units";
import type { Figure } from "./figures";
import type { Block } from "./layout";
import { foldWords } from "./indicator-match";
import { blockLead, forgetNames, stripName, wordsAfter, type PlaceForward } from "./names";
import { AVERAGE, COUNT_FAMILIES, PERCENT, isSentenceMark, lastWhere, open, sentenceStart } from "./open-statement";
import { AFTER_PLAN, attach, basesIn, classifyPercent, comparisonTail, fieldOf, signedRate, writtenBase, type PercentRead, type RateBase } from "./percent-reads";
import { periodsStarting, samePeriod, type PeriodMention } from "./periods";

export type RateKind = "level" | "growth" | "index" | "share";

export interface Statement {
  block: Block;
  /** Cleaned offsets in the block of the words quoted for it. */
  start: number;
  end: number;
  /** Cleaned offsets of the figure itself. */
  figureStart: number;
  value: number;
  unit: UnitDef;
  unitText: string;
  /** The indicator as the sentence names it (or as an earlier sentence did, see nameInherited). */
  name: string;
  nameInherited: boolean;
  /** Words near the figure and the paragraph's lead words, for matching the catalog. */
  near: string;
  lead: string;
  /** The clause's words before the figure ("Khu công nghiệp Long Đức, diện tích 108 ha, tỷ lệ lấp đầy") and the heading above. */
  context: string;
  heading: string;
  period: Period;
  kind: FigureKind;
  priceBasis: PriceBasis;
  qualifier?: "over" | "about" | "under";
  /** The unit is not in the registry: kept as written ("triệu bao"). */
  unitUnknown?: boolean;
  /**
   * No period is written for the figure, in its clause or a heading: the document's date gave it ("date": a figure in the
   * title of a November report may be November's or the eleven months'), or its commonest year for want of one ("guess").
   */
  periodFrom?: "date" | "guess";
  /** The value's one comma may group thousands ("126,484 tỷ đồng"): read as a decimal comma for want of evidence. */
  groupingUnsure?: boolean;
  reported: ReportedPercentages;
  /** Decimals written for the value and for each reported percentage (for rounding tolerances). */
  decimals: number;
  reportedDecimals: Partial<Record<keyof ReportedPercentages, number>>;
  /** For a percentage standing alone: what it measures. */
  rate?: RateKind;
  /** The change of the figure before it ("so với cuối năm 2020 tăng 8.570 tỷ đồng"), not a level. */
  delta?: boolean;
  /** The part X of an "X/Y" figure ("3/18 turbine", "67/74 sản phẩm ... đạt"): those done of Y in all. */
  partOfWhole?: boolean;
  /** A figure of the earlier period itself ("(cùng kỳ năm 2019 tăng 10,8%)"): the text does not go on in its period. */
  earlier?: boolean;
  /**
   * A figure of another place, named with it ("chỉ số IIP Trà Vinh"): the measure ("chỉ số IIP"), never a catalog
   * indicator of the document's.
   */
  elsewhere?: string;
  /**
   * A plan figure stated with it ("(KH 70.962 tỷ đồng)", "15.178/15.000"), or the whole it was compared
   * with ("đạt 25,06% so với số vốn đăng ký 3.931,2 tỷ đồng"; asRecord false: that figure is a record of its own).
   */
  plan?: { value: number; decimals: number; start: number; end: number; period: Period; asRecord: boolean };
  /** The words after a share ("chiếm 9,16% tổng dư nợ toàn tỉnh"): what it is a share of. */
  shareOf?: string;
}

/** Where the paragraph sits: period and kind from the headings above it, and the document's own. */
export interface BlockContext {
  period: Period;
  kind: "report" | "plan" | "remaining";
  /** The document's date as a month: stocks ("đến nay", "nâng tổng số") are given as of it. */
  asOf?: Period;
  /** The last multi-year range named so far: average growth rates without one refer to it. */
  lastRange?: Period;
  /** The nearest heading's words ("3. Về phát triển điện"): what the figures under it are about. */
  heading?: string;
  /**
   * Another place than the document's, put forward by the paragraph before ("Trà Vinh là địa phương có ...") and gone on
   * with by this one ("Trong đó, ..."): its figures are that place's.
   */
  placeForward?: string;
  /** The places other than the document's this paragraph puts forward (see placesPutForward), in its own offsets. */
  putForward?: readonly PlaceForward[];
  /** The period is not written: the document's date's, or its commonest year for want of one ("guess"). */
  periodFrom?: "date" | "guess";
  /**
   * Items of a list introduced by "... tăng 14,4% so với quý trước và tăng 4,5% so với cùng kỳ, trong đó:" write
   * "tăng 11,5% và tăng 8,3%": their bare rates follow the intro's order of bases.
   */
  rateOrder?: ReadonlyArray<RateBase>;
  /** The order of bases of the paragraph before, for a paragraph opening "Trong đó, ..." (its parts). */
  leadOrder?: ReadonlyArray<RateBase>;
  /**
   * Running prose, no section headings above (a news story): a sentence without figures that names a period
   * ("... tăng trong 7 tháng qua là do ...") sets it for the sentences after it.
   */
  running?: boolean;
}


const BEFORE_PLAN_VALUE =
  /(?:(?<![\p{L}])kh|kế hoạch|chỉ tiêu giao|mục tiêu)(?:\s+(?:năm\s+)?(?:19|20)\d\d)?(?:\s+(?:là|đề ra|được giao|giao))?\s*[:(]?\s*$/u;
/** "kiểm tra theo kế hoạch 624 vụ, đột xuất 392 vụ": what was done under the plan (planned inspections), not the plan's figure. */
const BY_PLAN = /(?:^|[^\p{L}])theo\s+(?:kế hoạch|kh)\s*$/u;
const BEFORE_DELTA = /(?<![\p{L}])(?:tăng|giảm)(?:\s+thêm)?\s*$/u;
const PULLS_DOWN = /(?:đóng góp|làm)\s+giảm\s*$/u;
const BEFORE_PRIOR_VALUE = /cùng kỳ(?:\s+năm trước)?(?:\s+là)?\s*[:(]?\s*$/u;
/** What a threshold is usually inside the name of ("mặt hàng đạt kim ngạch trên 1 tỷ USD"). */
const COUNTED_GROUPS = "mặt hàng|sản phẩm|nhóm hàng|doanh nghiệp|thị trường|dự án|địa phương";
const THRESHOLD = new RegExp(String.raw`(?:${COUNTED_GROUPS})(?:\s+[\p{L}-]+){0,8}\s+(?:trên|từ|dưới|hơn)\s*$`, "u");
const EXCESS_BEFORE = /(?<![\p{L}])vượt(?:\s+(?:hơn|gần|khoảng|trên))?\s*$/u;
const BOUND_AFTER = /^\s*trở\s+(?:lên|xuống)(?![\p{L}])/u;
const REACHES_OVER = /(?<![\p{L}])(?:đạt|được)\s+(?:trên|hơn)\s*$/u;
/**
 * A bound several things each pass, never one thing's figure: "điện thoại và máy vi tính đều đạt kim ngạch trên 40 tỷ
 * USD", "4 tỉnh vẫn có kim ngạch xuất khẩu dưới ngưỡng 100 triệu USD", "... là 6 tỉnh/thành thu về kim ngạch xuất khẩu
 * trên 10 tỷ USD" ("đều", a threshold, places counted before the verb).
 */
const SEVERAL_PASS = /(?:(?<![\p{L}])đều\s+(?:đạt|có|thu về)(?:\s+[\p{L}-]+){0,4}\s+(?:trên|hơn|từ|dưới)|(?<![\p{L}])(?:trên|dưới)\s+ngưỡng|\d\s+(?:tỉnh|địa phương)(?:[\/,]?\s*thành(?:\s+phố)?)?(?:\s+[\p{L}-]+){0,8}\s+(?:trên|từ|dưới|hơn))\s*$/u;
/** "TP. Hồ Chí Minh, Bắc Ninh, Bình Dương và Thái Nguyên, Hải Phòng, Bắc Giang thu về kim ngạch xuất khẩu trên 10 tỷ USD": places listed, then the bound they pass. */
const PLACES_PASS = /(?:\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*(?:,|\s+và)\s+){2,}\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*)*\s+(?:đều\s+)?(?:đạt|có|thu về)(?:\s+\p{Ll}+){0,4}\s+(?:trên|hơn|từ|dưới)\s*$/u;
const COUNTED_FIRST = new RegExp(String.raw`^\s*(?:${COUNTED_GROUPS})(?![\p{L}])`, "u");
/** Words for the size of the figure just given: "quy mô", "mức". */
const SCALE_OF_IT = /(?:^|\s)(?:quy mô|qui mô|mức|con số)(?=\s|$)/gu;
/** The words after a count up to "là:", "gồm:", "lần lượt là", "cao nhất là": the items it counts follow (no figure between). */
const ANNOUNCES_LIST = /^[^\d;.:]{0,90}?(?:(?:là|gồm|bao gồm)\s*:|lần lượt là|(?:cao|thấp|lớn|nhỏ) nhất là)/u;
const STAFF_PAY = /(?<![\p{L}])(?:bậc lương|phụ cấp thâm niên)(?![\p{L}])/u;
/**
 * "(tỷ lệ đạt 54.7%)", "(tỷ lệ 23.1%)", "(đạt 73%)", "(hồ sơ tiếp nhận trực tuyến đạt tỷ lệ 78,1% trên tổng số hồ sơ
 * tiếp nhận)" right after a count: the bracket gives the count's share.
 */
const BRACKETED_RATE = /\((?:[^()]{0,60}\s)?(?:tỷ lệ(?:\s+đạt)?|đạt(?:\s+tỷ lệ)?)\s*$/u;
/** "9 sản phẩm tăng và 04 sản phẩm giảm so cùng kỳ": a count followed by rose/fell and no figure. */
const TALLY_AFTER = /^\s*(?:tăng|giảm)(?![\p{L}])\s*(?:và|,|;|\.|so\s|$)/u;
const PLAN_WORD = /kế hoạch|(?<![\p{L}])kh(?![\p{L}])|chỉ tiêu/u;

/** Clause boundaries: end of sentence, ";", and "(1)", "1)" list marks. */
// ("Tổng doanh thu du lịch của TP. HCM ước đạt ...": the full stop of an abbreviated place or title ends no sentence.)
// ("... so với cùng kỳ năm trước.Tính chung 7 tháng": a full stop glued to the next sentence's first word ends it too.)
// Found by looking at each mark and around it, not by one pattern with a lookbehind at its head: V8 tries such a pattern
// at every position of the paragraph, slowly.
const ABBREVIATED = /(?:^|[\s(])(?:TP|Tp|TX|Tx|TT|Tt|ThS|TS|PGS|GS|Q|P)$/u;
const NEXT_SENTENCE = /\s+[\p{Lu}\d(“"]|\s*$/uy;
const GLUED_SENTENCE = /\p{Lu}\p{Ll}/uy;
const LOWER_OR_PERCENT = /[\p{Ll}%]/u;

/** Where sentences and ";" clauses end: the offsets of their marks. */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    // (By code: a character above U+00FF read as a string is a new string, and most of a paragraph is looked at here.)
    const code = text.charCodeAt(i);
    if (code === 59 /* ; */) {
      ends.push(i);
      continue;
    }
    if (!isSentenceMark(code)) continue;
    NEXT_SENTENCE.lastIndex = i + 1;
    if (!ABBREVIATED.test(text.slice(Math.max(0, i - 4), i)) && NEXT_SENTENCE.test(text)) {
      ends.push(i);
      continue;
    }
    GLUED_SENTENCE.lastIndex = i + 1;
    if (code === 46 && i > 0 && LOWER_OR_PERCENT.test(text[i - 1]!) && GLUED_SENTENCE.test(text)) ends.push(i);
  }
  return ends;
}
// "(2) tên" and "2) tên" open an item. ("ước tăng 8,01% (1) so với cùng kỳ": a number in brackets right after a figure
// is a footnote mark, not an item.) What may stand before the mark is checked by listMarkAt, not by lookbehinds: at the
// pattern's head they would be tried at every position of every block.
const LIST_MARK = /\(\d{1,2}\)(?=\s*\p{L})|\d{1,2}\)(?=\s)/gu;

function listMarkAt(text: string, m: RegExpExecArray): boolean {
  if (m[0].startsWith("(")) return !/[\d%]\s?$/u.test(text.slice(Math.max(0, m.index - 2), m.index));
  return m.index === 0 || /[\s;:.]/u.test(text[m.index - 1]!);
}

export function clauses(text: string): Array<[number, number]> {
  const cuts = new Set<number>([0, text.length]);
  for (const at of sentenceEnds(text)) if (text[at] !== ";" || !inShortBracket(text, at)) cuts.add(at + 1);
  LIST_MARK.lastIndex = 0;
  for (let m = LIST_MARK.exec(text); m !== null; m = LIST_MARK.exec(text)) {
    if (listMarkAt(text, m)) cuts.add(m.index);
    else LIST_MARK.lastIndex = m.index + 1;
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < sorted.length; i++) if (sorted[i + 1]! > sorted[i]!) out.push([sorted[i]!, sorted[i + 1]!]);
  return out;
}

/**
 * "thu nội địa đạt gần 5 nghìn tỷ đồng (bằng 23,8%; -15,6%)": a ";" inside a short bracket separates the figure's
 * comparisons, not clauses. Looked for no further than a short bracket either side.
 */
function inShortBracket(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 100), at);
  const after = text.slice(at + 1, at + 100);
  const close = after.indexOf(")");
  return before.lastIndexOf("(") > before.lastIndexOf(")") && close >= 0 && !after.slice(0, close).includes("(");
}

/** What reading a paragraph carries from clause to clause. */
export interface BlockReading {
  block: Block;
  text: string;
  lower: string;
  lead: string;
  figures: Figure[];
  periods: PeriodMention[];
  ctx: BlockContext;
  /** The paragraph names a plan (tested once: a paragraph can be a whole text pasted as one line). */
  speaksOfPlan: boolean;
  out: Statement[];
  /** The last name a sentence wrote: a figure with no words naming it is about the same indicator. */
  lastName: string;
  /** A period at the head of a clause ("Dự ước đến cuối năm 2020: ...", "Năm 2021, ...") holds for the clauses after it. */
  carried?: Period;
  /** A list opened inside a sentence ("... so với tháng trước, trong đó ..."): its items' bare rates follow the intro's bases, to `until`. */
  subList?: { order: RateBase[]; until: number };
  /** The places the paragraph puts forward, from where (see placesPutForward). */
  forward: readonly PlaceForward[];
}

/** One clause being read: its figures and what its figures so far left for the next ones. */
export interface ClauseReading {
  start: number;
  end: number;
  figures: Figure[];
  /** Index in the paragraph's figures of the clause's first one. */
  firstIndex: number;
  /** The period written at the clause's head, before its first figure. */
  head?: PeriodMention;
  ctx: BlockContext;
  /** Progress towards a whole ("79/79 turbine") in a paragraph that speaks of no plan: a stock to date. */
  overWhole: boolean;
  /** The statement the clause's comparisons attach to. */
  current?: Statement;
  /** The last figure with a unit in this clause, for a bracketed rate after it ("(tỷ lệ 23.1%)"). */
  lastUnitFigure?: Statement;
  lastComparison?: "plan" | "base" | "other";
  /** Where the words naming the next figure start (the end of the previous figure and its comparison). */
  prevEnd: number;
  /** Rates in this clause with no base written, for the list intro's order (ctx.rateOrder). */
  bare: number;
  /**
   * Shares and growths opened as statements of their own since the clause's last figure with a unit: a nameless
   * figure after them is theirs ("nhóm thủy sản chiếm tỷ trọng 3,65%, đạt 118,9 triệu USD").
   */
  rates: Statement[];
  /** "gạo và hàng may mặc ... lần lượt là 51,6% và 50%": the names the next rates take, in order. */
  respectively?: string[];
  /** The period of the clause's last figure, unless that figure was of an earlier period ("(cùng kỳ năm 2023 tăng 13,3%)"). */
  going?: Period;
}

/** Reads the statements of one paragraph. */
export function readBlock(block: Block, figures: Figure[], periods: PeriodMention[], ctx: BlockContext): Statement[] {
  forgetNames();
  const text = block.text;
  const lower = text.toLowerCase();
  const b: BlockReading = { block, text, lower, lead: blockLead(text), figures, periods, ctx, speaksOfPlan: PLAN_WORD.test(lower), out: [], lastName: "", forward: ctx.putForward ?? [] };
  let firstIndex = 0;
  for (const [cStart, cEnd] of clauses(text)) {
    // Figures are in text order: each clause starts where the previous one's figures ended.
    while (firstIndex < figures.length && figures[firstIndex]!.start < cStart) firstIndex++;
    const c = startClause(b, cStart, cEnd, firstIndex);
    for (const f of c.figures) readFigure(b, c, f);
    // Running prose goes on in the period of its last figure ("... giai đoạn 2021-2023 chỉ tăng 0,4%/năm, trong đó
    // ... (+0,95%); khu vực dịch vụ (+6,7%)").
    if (b.ctx.running && c.going) b.carried = c.going;
  }
  return b.out;
}

function startClause(b: BlockReading, start: number, end: number, firstIndex: number): ClauseReading {
  const figures: Figure[] = [];
  for (let k = firstIndex; k < b.figures.length && b.figures[k]!.start < end; k++) figures.push(b.figures[k]!);
  // "nâng bậc lương trước hạn ... 03 trường hợp": the department's own staff pay, not a figure of the sector.
  if (STAFF_PAY.test(b.lower.slice(start, end))) figures.length = 0;
  const firstFigure = figures.find((f) => f.percent || f.unit)?.start ?? end;
  // (A clause without a figure carries only a period at its head: "Sáu tháng 2020: ...", not the
  // "đến năm 2025" at the end of a plan's title; or a cumulative span it names anywhere: "kim ngạch xuất khẩu tăng
  // trong 7 tháng qua là do ...", the span of the figures that follow.)
  // In running prose (no section headings) any period of a clause without figures carries on; one in a report's name
  // ("Theo Báo cáo ... quý II") only when the clause names no other. A period in brackets of an earlier year ("(sơ bộ
  // quý I/2015 tăng 7,90%)") dates its own figure only.
  const heads = periodsStarting(b.periods, start, firstFigure).filter((p) => !p.reference && !p.afterFigure && !p.aside && p.start >= start && p.end <= firstFigure && (firstFigure < end || p.start - start <= 45 || (p.period.type === "months" && firstFigure === end) || b.ctx.running === true));
  // ("trong tháng 3 và trong quí I năm nay, tình hình ... tích cực.": a clause without figures leaves the span, not its month.)
  const head = (firstFigure === end ? heads.find((p) => !p.inName && !p.inSpanAfter) : undefined) ?? heads.find((p) => !p.inName) ?? heads[0];
  const ctx: BlockContext = b.carried ? { ...b.ctx, period: b.carried } : b.ctx;
  // "Đã lắp đặt được 79/79 turbine của 05 dự án ...": progress towards a whole is a count to date, a stock.
  const overWhole = !b.speaksOfPlan && figures.some((f) => f.over !== undefined && !f.percent);
  if (head) b.carried = head.period;
  return { start, end, figures, firstIndex, head, ctx, overWhole, prevEnd: start, bare: 0, rates: [] };
}

const NOTE_AFTER_FIGURE = /^\s?\(\d{1,2}\)(?=\s)/u;

function readFigure(b: BlockReading, c: ClauseReading, f: Figure): void {
  if (f.start < c.prevEnd) return;
  // A bare number (a year, a code) is neither a figure nor the end of the words naming the next one.
  if (!f.percent && !f.unit) return;
  if (f.range) {
    c.prevEnd = f.end;
    return;
  }
  const pre = b.lower.slice(c.prevEnd, f.start);
  // "ước tăng 8,01% (1) so với cùng kỳ": a footnote mark after the figure is read as blanks (same length, same offsets).
  const post = b.lower.slice(f.end, Math.min(c.end, f.end + 60)).replace(NOTE_AFTER_FIGURE, (m) => " ".repeat(m.length));
  c.prevEnd = f.end + (f.percent ? comparisonTail(post) : 0);
  const listAt = pre.lastIndexOf("trong đó");
  if (listAt >= 0) b.subList = subListAt(b, f.start - pre.length + listAt);
  if (f.percent) readPercent(b, c, f, pre, post);
  else readUnitFigure(b, c, f, pre, post);
}

/** A percentage: a comparison of the statement before it, a share of an earlier figure, or a statement of its own. */
function readPercent(b: BlockReading, c: ClauseReading, f: Figure, givenPre: string, post: string): void {
  let pre = givenPre;
  // "có đến 5 địa phương có GRDP tăng trưởng trên 10%": a threshold inside what the count counts.
  if (thresholdOfCount(b, c, f)) return;
  // "Trong 8,01% tăng trưởng của quý I/2016, ngành ... đóng góp": the whole the parts are of, given again, no statement.
  if (/(?:^|[\s,.;:(])trong\s*$/u.test(pre) && /^\s*(?:tăng trưởng|mức tăng|tốc độ tăng)/u.test(post)) return;
  const period = c.current?.period ?? c.head?.period ?? b.carried ?? b.ctx.period;
  // "ngành khai khoáng tăng 8% so với tháng trước và tăng 2,2% so với cùng kỳ; ngành chế biến tương ứng tăng 5,9% và 6,4%":
  // rates given "tương ứng" (correspondingly) take, in order, the bases their sentence wrote before them.
  if (RESPECTIVE_RATES.test(pre)) {
    b.subList = { order: basesIn(b.lower.slice(sentenceStart(b.lower, f.start), f.start), period), until: c.end };
    c.bare = 0;
  }
  pre = verbGoingOn(b, c, f, pre);
  const written = writtenBase(pre, post, period) !== undefined;
  const order = b.ctx.rateOrder ?? (written ? undefined : itemsOrder(b, c, pre)) ?? (b.subList && f.start < b.subList.until ? b.subList.order : undefined);
  const rate = shareOfList(b, f, pre, signedRate(classifyPercent(pre, post, period, written ? undefined : order?.[c.bare]), f.sign));
  if (rate === undefined) return;
  if (!written && (rate.kind === "growth" || rate.kind === "index" || (rate.kind === "plan" && !AFTER_PLAN.test(post)))) c.bare++;
  // "chiếm tỷ lệ 65,3% tổng kim ngạch xuất khẩu, đạt 3,2 tỷ USD": the whole a share is of names no later figure.
  if (rate.kind === "share" && comparisonTail(post) === 0) c.prevEnd = Math.max(c.prevEnd, f.end + wordsAfter(b.text, f.end, c.end).length);
  const signed = rate.kind === "growth" && rate.negative ? -f.value : f.value;
  // "bình quân giai đoạn 2016 - 2020 tăng 23,5%": an average growth rate is a figure of its own.
  const average = AVERAGE.test(pre);
  if (shareOfEarlier(b, c, f, rate, pre, post)) return;
  // "Ngành nông, lâm nghiệp và thuỷ sản chiếm 17,36%, giảm 1,19%": a rise or fall right after a share with no value is the
  // share's change, in points; no field holds it and it is no growth of the sector.
  if (rate.kind === "growth" && c.current?.rate === "share" && c.current.value === c.current.reported.share && /^\s*,\s*(?:tăng|giảm)/u.test(pre)) return;
  // ", trong đó ngành khai khoáng tăng 1,75%": an item of a list names its own indicator.
  const item = /trong đó/u.test(pre) && stripName(pre.slice(pre.lastIndexOf("trong đó") + "trong đó".length).replace(BEFORE_RATE_WORDS, "")).length > 0;
  // "1.500 triệu USD (trong đó, xuất khẩu ...; nhập khẩu ... giảm 2%), tăng 2,5% so với cùng kỳ": after a bracket
  // closes, a comparison is the figure's before the bracket opened.
  const target = (rate.kind === "plan" && !rate.excess ? ratioOwner(b, f.value) : undefined) ?? afterBracket(b, f, pre) ?? c.current ?? rateGoingOn(b, c, pre);
  if (target && !average && !item && attach(target, rate, signed, pre, post)) {
    c.current = target;
    const field = fieldOf(rate);
    c.current.end = Math.max(c.current.end, f.end + comparisonTail(post));
    if (field) c.current.reportedDecimals[field] = f.decimals;
    if (rate.kind === "share") c.current.shareOf = wordsAfter(b.text, f.end, c.end);
    c.lastComparison = rate.kind === "plan" ? (/^\s*so\s+với\s/u.test(post) && !AFTER_PLAN.test(post) ? "base" : "plan") : "other";
    return;
  }
  // "Đạt 98,96% so với tổng số hộ dân" with no figure before it: a rate, not a comparison.
  const ofWhole = /^\s*so\s+với\s/u.test(post) && !AFTER_PLAN.test(post);
  // "thu ngân sách nhà nước trong 3 tháng đầu năm đạt 36,6% dự toán năm": a share of the plan with its own subject and
  // no figure before it is a statement of its own (its value is that share).
  if (rate.kind === "plan" && !ofWhole) {
    if (c.current === undefined && !rate.excess && stripName(pre.replace(BEFORE_RATE_WORDS, "")).length > 0) openRate(b, c, f, rate, signed, average, pre, post);
    return;
  }
  if (rate.kind === "plan") rate.kind = "level";
  openRate(b, c, f, rate, signed, average, pre, post);
}

/**
 * "đã tuyển sinh 15.178/15.000 học viên. Chia theo trình độ: …, sơ cấp 11.112 học viên, đạt 101,19% kế hoạch năm": a % of
 * plan that is exactly the ratio of an earlier figure of the paragraph to the plan written with it (15.178 / 15.000) is
 * that figure's, not the part's right before it.
 */
function ratioOwner(b: BlockReading, pct: number): Statement | undefined {
  return lastWhere(b.out, (o) => o.block === b.block && o.plan !== undefined && o.plan.value > 0 && o.reported.pctOfPlan === undefined && agreesAtPrecision(pct, (100 * o.value) / o.plan.value));
}

/**
 * The words a bracket gives before its rate name the count it follows: none ("(tỷ lệ đạt 54.7%)"), or some of the
 * count's own ("tiếp nhận trực tuyến 10.552 hồ sơ (hồ sơ tiếp nhận trực tuyến đạt tỷ lệ 78,1%)"); "tiếp nhận mới 5.530
 * hồ sơ (tỷ lệ hồ sơ nộp trực tuyến đạt 34%)" is the rate of something else.
 */
function bracketNamesIt(count: Statement, pre: string): boolean {
  const unit = new Set(foldWords(count.unitText));
  const inBracket = foldWords(pre.slice(pre.lastIndexOf("(") + 1).replace(/(?:tỷ lệ|đạt)/gu, " ")).filter((w) => !unit.has(w));
  if (inBracket.length === 0) return true;
  const own = new Set(foldWords(count.name));
  return inBracket.some((w) => own.has(w));
}

/** The statement before the bracket that closes right before `f`'s words ("...), tăng 2,5%"), if any. */
function afterBracket(b: BlockReading, f: Figure, pre: string): Statement | undefined {
  if (!/^\s*\)/u.test(pre)) return undefined;
  // The bracket's opening, looked for backwards no further than a long sentence.
  let depth = 0;
  const close = f.start - pre.length + pre.indexOf(")");
  for (let i = close; i >= Math.max(0, close - 1000); i--) {
    // (By code: no one-character string made for each of up to a thousand characters.)
    const code = b.text.charCodeAt(i);
    if (code === 41 /* ) */) depth++;
    else if (code === 40 /* ( */ && --depth === 0) return lastWhere(b.out, (o) => o.block === b.block && o.figureStart < i && !o.delta && o.end <= i + 1);
  }
  return undefined;
}

/**
 * "Các thị trường chính gồm Mỹ (chiếm 32%), EU (18%), Nhật Bản (11%)": after a share given in brackets, a bare
 * percentage in brackets of the same list is a share too.
 */
function shareOfList(b: BlockReading, f: Figure, pre: string, rate: PercentRead | undefined): PercentRead | undefined {
  if (rate?.kind !== "level" || !/\(\s*$/u.test(pre)) return rate;
  const last = b.out[b.out.length - 1];
  if (!last || last.block !== b.block || last.rate !== "share" || f.start - last.figureStart > 200) return rate;
  // (The share before it was bracketed too: "(chiếm 32%)", or an earlier item of the same list, "(18%)".)
  const bracketed = /\(\s*(?:chiếm(?:\s+tỷ trọng)?\s*)?$/u.test(b.lower.slice(Math.max(0, last.figureStart - 24), last.figureStart));
  return bracketed && !/[.;!?]/u.test(b.text.slice(last.figureStart, f.start)) ? { kind: "share", negative: false } : rate;
}

const RESPECTIVE_RATES = /(?:^|\s)tương ứng(?:\s+(?:là|tăng|giảm))?\s*$/u;

/** "tăng 5,9% và 6,4%": a rate joined by "và" to a rise or fall before it rises or falls too. */
function verbGoingOn(b: BlockReading, c: ClauseReading, f: Figure, pre: string): string {
  if (!/^\s*và\s*$/u.test(pre)) return pre;
  const before = c.figures[c.figures.indexOf(f) - 1];
  if (!before?.percent) return pre;
  const verb = /(?:^|\s)(tăng|giảm)(?:\s+\p{L}+)?\s*$/u.exec(b.lower.slice(Math.max(c.start, before.start - 24), before.start));
  return verb ? `${pre}${verb[1]} ` : pre;
}

/**
 * "Chỉ số giá tiêu dùng tháng 7 tăng 0,03% so với tháng trước; tăng 2,38% so với cùng kỳ năm trước": a clause after ";"
 * that is only a verb and its rate goes on with the statement the clause before ended with.
 */
function rateGoingOn(b: BlockReading, c: ClauseReading, pre: string): Statement | undefined {
  const last = b.out[b.out.length - 1];
  if (!last || last.block !== b.block || last.delta || !/^\s*(?:tăng|giảm|bằng)(?![\p{L}])/u.test(pre) || stripName(pre.replace(BEFORE_RATE_WORDS, "")).length > 0) return undefined;
  return /^\s*;\s*$/u.test(b.text.slice(last.end, c.start)) ? last : undefined;
}

/**
 * "Hà Nội đạt 1.837 tỷ đồng, bằng 9,5% kế hoạch năm và tăng 22% so với cùng kỳ; Nghệ An 395 tỷ đồng, bằng 10,4% và tăng
 * 3,1%": the items of one sentence are written alike, so an item's bare rates take, in order, the bases of the last item
 * before it that wrote them (here plan, then the same period). Only an item of the same period: "tháng 5 ... tăng 2% so
 * với tháng trước; lũy kế 5 tháng ... tăng 8%" is against the same period, as a bare rate is. And only a rate right
 * after its item's figure: "..., tỷ lệ che phủ rừng ước đạt 61,2%" names a statement of its own.
 */
function itemsOrder(b: BlockReading, c: ClauseReading, pre: string): RateBase[] | undefined {
  const owner = c.current;
  if (!owner || owner.block !== b.block || owner.rate !== undefined) return undefined;
  // (The statement right before the item's own, found from the end: a paragraph pasted as one line holds thousands.)
  const at = b.out.lastIndexOf(owner);
  const before = at > 0 ? b.out[at - 1]! : undefined;
  if (!before || before.figureStart >= owner.figureStart || !samePeriod(before.period, owner.period)) return undefined;
  const from = sentenceStart(b.lower, owner.figureStart);
  if (before.figureStart < from || stripName(pre.replace(BEFORE_RATE_WORDS, "")).length > 0) return undefined;
  const items = b.lower.slice(from, owner.figureStart).split(";");
  for (let i = items.length - 1; i >= 0; i--) {
    const order = basesIn(items[i]!, owner.period);
    if (order.length > 0) return order;
  }
  return undefined;
}

/** The verb before a rate ("tăng", "giảm nhẹ", "chiếm tỷ trọng", "đạt"): not words naming a list item. */
const BEFORE_RATE_WORDS = /(?:tăng|giảm|đạt|bằng|chiếm)[\p{L}\s]*$/u;

/** The list opened at `at` ("trong đó"): the bases its sentence wrote before it, in order, and where the sentence ends. */
function subListAt(b: BlockReading, at: number): { order: RateBase[]; until: number } {
  const from = sentenceStart(b.lower, at);
  const own = basesIn(b.lower.slice(from, at), b.ctx.period);
  // ("Trong đó, ..." opening the paragraph: the parts of the paragraph before, in its order.)
  const order = own.length === 0 && b.lower.slice(0, at).trim() === "" && b.ctx.leadOrder ? [...b.ctx.leadOrder] : own;
  const end = /[.!?](?:\s|$)/u.exec(b.lower.slice(at));
  return { order, until: end ? at + end.index : b.lower.length };
}

/**
 * A share that belongs to a figure already read, not to the statement being built: "(tỷ lệ đạt 54.7%)" after a
 * count, or "chiếm 43,57% ..." opening a clause after ";". True when the share was taken.
 */
function shareOfEarlier(b: BlockReading, c: ClauseReading, f: Figure, rate: PercentRead, pre: string, post: string): boolean {
  // "64 TTHC được cắt giảm ... (tỷ lệ đạt 54.7%)", "87/119 TTHC (đạt 73%)": the bracket gives that count's share.
  const last = c.lastUnitFigure;
  if (last !== undefined && rate.kind === "level" && BRACKETED_RATE.test(pre) && /^[^()]{0,60}\)/u.test(post) && last.reported.share === undefined && bracketNamesIt(last, pre)) {
    last.reported.share = f.value;
    last.reportedDecimals.share = f.decimals;
    return true;
  }
  // "...tỷ lệ tăng 18,68%; chiếm 43,57% dư nợ cho vay ...": a share opening a clause is the sentence's last level's.
  const opensClause = rate.kind === "share" && c.current === undefined && /^[\s;]*chiếm(?:\s+tỷ trọng)?\s*$/u.test(b.lower.slice(c.start, f.start)) && b.text.slice(0, c.start).trimEnd().endsWith(";");
  if (!opensClause) return false;
  const level = lastWhere(b.out, (o) => o.block === b.block && !o.delta && o.rate === undefined && !COUNT_FAMILIES.has(o.unit.family));
  if (!level || level.reported.share !== undefined || /[.!?]\s/u.test(b.text.slice(level.figureStart, c.start))) return false;
  level.reported.share = f.value;
  level.reportedDecimals.share = f.decimals;
  level.shareOf = wordsAfter(b.text, f.end, c.end);
  return true;
}

/** A percentage standing alone: a rate, a growth, an index or a share is a statement of its own. */
function openRate(b: BlockReading, c: ClauseReading, f: Figure, rate: PercentRead, signed: number, average: boolean, pre: string, post: string): void {
  const s = open(b, c, f, PERCENT, f.unitText ?? "%", pre);
  // "bình quân giai đoạn 2011-2015 đạt 13,81%/năm": an average is a growth rate however it is worded.
  const kind: RateKind = rate.kind === "plan" ? "level" : rate.kind;
  s.rate = average && kind === "level" ? "growth" : kind;
  s.decimals = f.decimals;
  const ownField = fieldOf(rate);
  if (ownField) {
    s.reportedDecimals[ownField] = f.decimals;
    s.reported[ownField] = signed;
  }
  s.value = signed;
  s.end = Math.max(s.end, f.end + comparisonTail(post));
  if (rate.kind === "level") takeCounterpart(b, c, f, s);
  if (rate.kind === "level" || rate.kind === "share") s.kind = s.kind === "plan" ? "plan" : s.kind;
  else if (c.ctx.kind === "plan") s.kind = "target";
  b.out.push(s);
  c.current = s;
  if (!s.earlier) c.going = s.period;
  if (!s.nameInherited) b.lastName = s.name;
  c.lastComparison = undefined;
  if (!average && (kind === "share" || kind === "growth" || kind === "index")) c.rates.push(s);
  splitJoint(b, s, pre);
  nameRespectively(b, c, s, pre);
}

/**
 * "khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng 27,31%; ...; thuế sản phẩm chiếm 5,06% (cơ cấu tương ứng của năm
 * 2023 là 28,34%; 35,92%; 30,31%; 5,43%)": the k-th rate of a list said to correspond ("tương ứng") is, in its own
 * period, what the k-th of as many rates given just before it in the paragraph is: named, matched and rated like it.
 */
function takeCounterpart(b: BlockReading, c: ClauseReading, f: Figure, s: Statement): void {
  // (Looked for in the few words before the figure: such a list is short, a clause may not be.)
  const lo = Math.max(c.start, f.start - CORRESPONDING_REACH);
  const before = b.lower.slice(lo, f.start);
  const at = before.lastIndexOf("tương ứng");
  // Only the list's period and its rates so far between the words and the figure.
  if (at < 0 || !CORRESPONDING_LIST.test(before.slice(at + "tương ứng".length))) return;
  const from = lo + at;
  const list = c.figures.filter((g) => g.start > from && g.percent);
  const earlier: Statement[] = [];
  for (let i = b.out.length - 1; i >= 0 && earlier.length < list.length && b.out[i]!.block === b.block; i--) {
    const o = b.out[i]!;
    if (o.figureStart < from && o.unit === PERCENT && !o.earlier) earlier.unshift(o);
  }
  const of = earlier.length === list.length ? earlier[list.indexOf(f)] : undefined;
  if (of === undefined) return;
  s.name = of.name;
  s.near = of.near;
  s.nameInherited = true;
  s.rate = of.rate;
  if (of.rate === "share") {
    s.reported = { share: s.value };
    s.reportedDecimals = { share: s.decimals };
  }
}

const CORRESPONDING_REACH = 160;
const CORRESPONDING_LIST = /^[^;%]{0,60}?(?:là|:)\s*(?:[-+]?\d[\d.,]*\s*%\s*[;,]\s*(?:và\s+)?)*$/u;

/**
 * "kim ngạch xuất khẩu gạo và hàng may mặc tăng trưởng cao, đạt mức tăng bình quân lần lượt là 51,6%/năm và 50%/năm":
 * rates given "lần lượt" (respectively) are of the subjects joined before, in order.
 */
function nameRespectively(b: BlockReading, c: ClauseReading, s: Statement, pre: string): void {
  if (c.respectively && c.respectively.length > 0 && /^[\s,;]*(?:và\s*)?$/u.test(pre)) {
    s.name = c.respectively.shift()!;
    s.near = `${s.name} ${s.unitText}`;
    s.nameInherited = false;
    // Its words are the figure's own: the subjects were quoted for the first rate.
    s.start = s.figureStart;
    return;
  }
  c.respectively = undefined;
  const m = /(?:^|\s)lần lượt(?:\s+là)?\s*$/u.exec(pre);
  if (!m) return;
  // The subjects end where their verb starts ("... tăng trưởng cao, đạt mức tăng bình quân lần lượt là").
  const verb = /(?:^|[\s,])(?:tăng|giảm|đạt|chiếm|bằng)(?![\p{L}])/u.exec(pre.slice(0, m.index));
  const subjects = stripName(verb ? pre.slice(0, verb.index) : "");
  const and = subjects.lastIndexOf(" và ");
  if (and <= 0) return;
  const first = stripName(subjects.slice(0, and));
  const second = stripName(subjects.slice(and + 4));
  if (first.length === 0 || second.length === 0) return;
  s.name = first;
  s.near = `${first} ${s.unitText}`;
  s.nameInherited = false;
  c.respectively = [second];
}

/**
 * "sản xuất, chế biến thực phẩm và sản xuất xe có động cơ cùng tăng 6,4%": two indicators said to share one rate are
 * two statements of that rate.
 */
function splitJoint(b: BlockReading, s: Statement, pre: string): void {
  if (s.nameInherited || !/(?:^|\s)cùng\s+(?:tăng|giảm|đạt|bằng)[\p{L}\s]*$/u.test(pre)) return;
  const and = s.name.lastIndexOf(" và ");
  if (and <= 0) return;
  const second = stripName(s.name.slice(and + 4));
  if (second.length === 0) return;
  // Each is matched to the catalog on its own words.
  b.out.push({ ...s, name: second, near: `${second} ${s.unitText}`, reported: { ...s.reported }, reportedDecimals: { ...s.reportedDecimals } });
  s.name = stripName(s.name.slice(0, and));
  s.near = `${s.name} ${s.unitText}`;
}

/** A figure with a unit: a plan or prior figure of the statement before it, a change, a threshold, or a statement. */
function readUnitFigure(b: BlockReading, c: ClauseReading, f: Figure, pre: string, post: string): void {
  const unit = f.unit!;
  const planValue = (BEFORE_PLAN_VALUE.test(pre) && !BY_PLAN.test(pre)) || (c.lastComparison === "plan" && /^\s*\(\s*$/.test(pre));
  // "Giá trị sản xuất công nghiệp kế hoạch năm 2020 là 45.400 tỷ đồng" with no figure before it in the clause: a plan of its own.
  const ownPlan = planValue && c.current === undefined && /\p{L}{2,}/u.test(pre.replace(BEFORE_PLAN_VALUE, ""));
  if (planValue && !ownPlan) {
    planOfCurrent(b, c, f, pre, post);
    return;
  }
  if (BEFORE_PRIOR_VALUE.test(pre)) return;
  // "đạt 5.000 tỷ đồng, vượt 300 tỷ đồng so với dự toán", "đạt 42,9 tỷ USD, vượt hơn 10 tỷ USD so với nhóm đứng thứ 3": by
  // how much a figure passes another is no level of anything; no field holds it. ("đạt và vượt kế hoạch 900 triệu USD"
  // names the plan's own figure: kept.)
  if (/^\s*so\s/u.test(post) && EXCESS_BEFORE.test(pre)) return;
  if (restates(c, f, pre, post)) return;
  // "đạt 120 tỷ đồng, gấp 2,1 lần cùng kỳ": a ratio with no subject of its own compares the figure before it (no
  // field holds it); "sản xuất than cốc ... tăng gấp 2,3 lần" names its own.
  // ("ước đạt 330 triệu USD, qui mô gấp 1,3 lần so với năm 2010": "quy mô", the figure's scale, names nothing new.)
  if (f.unitText === "lần" && c.current !== undefined && c.current.rate === undefined && stripName(pre.replace(SCALE_OF_IT, " ")).length === 0) return;
  // "30 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD", "Nhiều địa phương thu từ khách du lịch trên 10.000 tỷ đồng": a
  // threshold inside the name of what is counted.
  // ("nhóm hàng đá quý ... chỉ đạt hơn 695 triệu USD": a named group reaching the figure is no threshold; "30 mặt hàng
  // đạt trên 1 tỷ USD", the group counted right before, still is.)
  if (THRESHOLD.test(pre) && !(REACHES_OVER.test(pre) && !COUNTED_FIRST.test(pre))) return;
  // (The cheap test of the bound word first: most figures have none.)
  if (/(?:trên|hơn|từ|dưới|ngưỡng)\s*$/u.test(pre) && (SEVERAL_PASS.test(pre) || PLACES_PASS.test(b.text.slice(f.start - pre.length, f.start)))) return;
  if (thresholdOfCount(b, c, f)) return;
  if (boundOfCount(b, c, f, pre, post)) return;
  // "Trong 30 sản phẩm công nghiệp chủ yếu của tỉnh, có 21 sản phẩm tăng", "trong số 63 tỉnh": a reference total.
  if (COUNT_FAMILIES.has(unit.family) && /(?:^|[\s,.;:(])trong(?:\s+(?:số|tổng số))?\s*$/u.test(pre)) return;
  // "05 địa phương cao nhất là: Bắc Ninh, ...", "có 4 khoản thu tăng, gồm: ...", "05 địa phương có kim ngạch nhập khẩu cao
  // nhất lần lượt là thành phố Hồ Chí Minh (40,71 tỷ USD), ...": a count that announces the items named after it.
  if (COUNT_FAMILIES.has(unit.family) && ANNOUNCES_LIST.test(b.lower.slice(f.end, Math.min(c.end, f.end + 120)))) return;
  // "mức đóng góp giảm 0,26 điểm phần trăm", "làm giảm 0,11 điểm phần trăm": a contribution that pulls a growth down is
  // negative, not the change of one.
  const pulledDown = unit.family === "percentage-points" && PULLS_DOWN.test(pre);
  // ("tăng 2,5 lần": a ratio, never an amount risen by.)
  if (BEFORE_DELTA.test(pre) && !pulledDown && !(f.unitUnknown && f.unitText === "lần")) {
    readDelta(b, c, f, pre);
    return;
  }
  if (c.lastComparison === "base" && c.current && !c.current.plan) {
    // The whole a share was taken of: the check needs it, and it is a figure of its own too.
    c.current.plan = { value: f.value, decimals: f.decimals, start: f.start, end: f.end, period: c.current.period, asRecord: false };
  }
  // "9 sản phẩm tăng và 04 sản phẩm giảm so cùng kỳ": a tally of the items that rose or fell, not a figure.
  if (COUNT_FAMILIES.has(unit.family) && TALLY_AFTER.test(post)) return;
  // "05 dự án điện gió 263,5 triệu kWh": a count that names the figure right after it is part of that name.
  if (COUNT_FAMILIES.has(unit.family) && namesNextFigure(b.text, f, c.figures)) return;
  const s = open(b, c, f, unit, f.unitText ?? unit.vi, pre, c.overWhole);
  if (pulledDown) s.value = -s.value;
  if (ownPlan) s.kind = "plan";
  absorbRates(b, c, s);
  // "15.178/15.000 học viên" is actual over plan when the paragraph speaks of a plan; "85/85 xã" is a count of a whole.
  if (f.over !== undefined && b.speaksOfPlan) s.plan = { value: f.over, decimals: 0, start: f.start, end: f.end, period: s.period, asRecord: true };
  b.out.push(s);
  pushWhole(b, c, f, s);
  c.current = s;
  if (!s.earlier) c.going = s.period;
  c.lastUnitFigure = s;
  if (!s.nameInherited) b.lastName = s.name;
  c.lastComparison = undefined;
  c.rates = [];
  // "02 hồ sơ mức độ 2, 5 hồ sơ mức độ 3": the words naming a figure after it are not the next one's name.
  c.prevEnd = Math.max(c.prevEnd, s.end);
}

/**
 * "Có 30 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD, chiếm 91,3%": the threshold right after a count of goods or
 * places is part of what is counted ("mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD"); the rates after it are the
 * count's. True when taken.
 */
function thresholdOfCount(b: BlockReading, c: ClauseReading, f: Figure): boolean {
  const count = c.current;
  if (!count || count.rate !== undefined || !COUNT_FAMILIES.has(count.unit.family)) return false;
  // Only the words of the threshold between them: "30 mặt hàng | đạt kim ngạch xuất khẩu trên | 1 tỷ USD" (the count may
  // have taken some as its name already, so they are read from the count's end, not from `pre`).
  const countEnd = b.figures.find((g) => g.start === count.figureStart)?.end ?? f.start;
  const between = b.lower.slice(countEnd, f.start);
  if (!/^[\s\p{L}]{1,60}$/u.test(between) || !/\s(?:trên|từ|dưới|hơn)\s*$/u.test(between)) return false;
  count.name = `${count.unitText.replace(/^(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+/u, "")}${b.text.slice(countEnd, f.end)}`.replace(/\s+/gu, " ");
  count.nameInherited = false;
  count.near = `${count.name} ${count.near}`;
  count.end = f.end;
  c.prevEnd = Math.max(c.prevEnd, f.end);
  return true;
}

/**
 * "có 7 nhóm đạt từ 10 tỷ USD trở lên": a lower bound right after a number of things counted picks out what is counted,
 * whatever the thing's unit; "diện tích ... đạt từ 120 ngàn ha trở lên", with words of its own before, is a figure.
 */
function boundOfCount(b: BlockReading, c: ClauseReading, f: Figure, pre: string, post: string): boolean {
  if (!BOUND_AFTER.test(post) || !/(?:^|\s)từ\s*$/u.test(pre)) return false;
  const count = c.figures[c.figures.indexOf(f) - 1];
  return count !== undefined && !count.percent && /^[\s\p{L}]{1,60}$/u.test(b.lower.slice(count.end, f.start));
}

/**
 * One statement per value: "thị trường châu Âu (chiếm tỷ trọng 6,33%) tăng 70,94% so với cùng kỳ, tương đương 302,95
 * triệu USD" is the value 302,95 with its share and growth, not three statements. Taken when the value has no name
 * of its own and the rates fill different fields.
 */
function absorbRates(b: BlockReading, c: ClauseReading, s: Statement): void {
  if (!s.nameInherited || c.rates.length === 0) return;
  // "Nếu loại trừ yếu tố giá giảm 5,3%, trong đó quý II ước tính đạt 1.154.900 tỷ đồng": the rates before "trong đó" are
  // the whole's, the value after it a part's.
  if (/trong đó/u.test(b.lower.slice(c.rates[0]!.figureStart, s.figureStart))) return;
  const fields = c.rates.flatMap((r) => (Object.keys(r.reported) as Array<keyof ReportedPercentages>).filter((k) => r.reported[k] !== undefined));
  if (new Set(fields).size !== fields.length || fields.length === 0) return;
  for (const r of c.rates) {
    for (const k of Object.keys(r.reported) as Array<keyof ReportedPercentages>) {
      s.reported[k] = r.reported[k];
      if (r.reportedDecimals[k] !== undefined) s.reportedDecimals[k] = r.reportedDecimals[k];
    }
    if (r.shareOf !== undefined) s.shareOf = r.shareOf;
  }
  const first = c.rates[0]!;
  s.name = first.name;
  s.nameInherited = first.nameInherited;
  s.start = Math.min(s.start, first.start);
  // They are the last statements read (a paragraph pasted as one line holds thousands: no pass over all of them).
  const absorbed = new Set(c.rates);
  for (let i = b.out.length - 1; i >= 0 && absorbed.size > 0; i--) if (absorbed.delete(b.out[i]!)) b.out.splice(i, 1);
  c.rates = [];
}

/**
 * "ước vượt 1 triệu tỷ đồng (1,03 triệu tỷ đồng)": a figure in brackets right after one of the same kind is that
 * figure written exactly; the statement takes it (and loses the bound). True when taken.
 */
function restates(c: ClauseReading, f: Figure, pre: string, post: string): boolean {
  const s = c.current;
  if (!s || s.rate !== undefined || s.unit.family !== f.unit!.family || !/^\s*\(\s*$/u.test(pre) || !/^\s*\)/u.test(post)) return false;
  // Only right after the figure and its unit: "278.435 hộ sử dụng điện trên tổng số hộ dân (281.360 hộ)" is a whole.
  const before = c.figures[c.figures.indexOf(f) - 1];
  if (!before || before.start !== s.figureStart || before.end !== f.start - pre.length) return false;
  s.value = f.value;
  s.unit = f.unit!;
  s.unitText = f.unitText ?? f.unit!.vi;
  s.decimals = f.decimals;
  delete s.qualifier;
  s.end = f.end + (/^\s*\)/u.exec(post)?.[0].length ?? 0);
  return true;
}

/** "(KH 70.962 tỷ đồng)", "kế hoạch năm là ...": the plan of the statement being built (the first one given). */
function planOfCurrent(b: BlockReading, c: ClauseReading, f: Figure, pre: string, post: string): void {
  const current = c.current;
  if (!current || current.plan) return;
  const own = b.periods.filter((p) => !p.reference && p.start >= f.start - pre.length && p.end <= f.start).pop();
  current.plan = { value: f.value, decimals: f.decimals, start: f.start, end: f.end, period: own?.period ?? current.period, asRecord: true };
  current.end = Math.max(current.end, f.end + (/^\s*\)/.exec(post)?.[0].length ?? 0));
}

/** "so với cuối năm 2020 tăng 8.570 tỷ đồng": the change of the figure just given, as a figure of its own. */
function readDelta(b: BlockReading, c: ClauseReading, f: Figure, pre: string): void {
  const unit = f.unit!;
  const base = lastWhere(b.out, (o) => o.block === b.block && o.figureStart >= c.start && o.unit.family === unit.family && !o.delta);
  if (!base) return;
  const sign = /giảm(?:\s+thêm)?\s*$/u.test(pre) ? -1 : 1;
  const delta: Statement = { ...base, start: base.start, end: f.end, figureStart: f.start, value: sign * f.value, unit, unitText: f.unitText ?? unit.vi, reported: {}, reportedDecimals: {}, decimals: f.decimals, delta: true };
  delta.name = `${base.name}: ${sign < 0 ? "giảm" : "tăng"}`;
  delete delta.rate;
  delete delta.plan;
  b.out.push(delta);
  // "so với cuối năm 2020 tăng 1.529 tỷ đồng, tỷ lệ tăng 18,68%": the rates after a change are its base's.
  c.current = base;
}

/** "67/74 sản phẩm": the whole (74 entered) is a figure too, unless the clause already gave it ("13/13 xã ... 12/13 xã"). */
function pushWhole(b: BlockReading, c: ClauseReading, f: Figure, s: Statement): void {
  if (f.over === undefined || s.plan !== undefined || f.over === f.value) return;
  s.partOfWhole = true;
  // Looked for in the paragraph, no further back than a long paragraph (a paste without breaks is one block).
  let given = false;
  for (let k = c.firstIndex + c.figures.indexOf(f) - 1; k >= 0 && !given && b.figures[k]!.start > f.start - 3000; k--) {
    const g = b.figures[k]!;
    given = g.unit?.id === f.unit!.id && (g.value === f.over || g.over === f.over);
  }
  if (!given) b.out.push({ ...s, value: f.over, name: `${s.name}: tổng số`, reported: {}, reportedDecimals: {}, decimals: 0, partOfWhole: false });
}

/** Only words, no link ("với", "và", "có", ...), between a count and a figure of another kind after it. */
function namesNextFigure(text: string, f: Figure, clauseFigures: Figure[]): boolean {
  const next = clauseFigures.find((g) => g.start > f.start);
  if (!next || next.percent || !next.unit || COUNT_FAMILIES.has(next.unit.family)) return false;
  const between = text.slice(f.end, next.start);
  // ("5 mặt hàng xuất khẩu trên 10 tỷ USD": a threshold of what is counted, see thresholdOfCount.)
  if (/\s(?:trên|từ|dưới|hơn)\s*$/u.test(between)) return false;
  return /^[\s\p{L}]{1,30}$/u.test(between) && !/(?<![\p{L}])(?:với|và|có|đạt|là|gồm|tổng|trong|cho|của|tại|được)(?![\p{L}])/iu.test(between);
}
