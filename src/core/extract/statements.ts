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
import type { UnitDef } from "../units";
import { unitById } from "../units";
import type { Figure } from "./figures";
import type { Block } from "./layout";
import { periodLabel, type PeriodMention } from "./periods";

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
  /** No period is written for the figure, in its clause or a heading: the document's commonest year was taken. */
  periodGuessed?: boolean;
  reported: ReportedPercentages;
  /** Decimals written for the value and for each reported percentage (for rounding tolerances). */
  decimals: number;
  reportedDecimals: Partial<Record<keyof ReportedPercentages, number>>;
  /** For a percentage standing alone: what it measures. */
  rate?: RateKind;
  /** The change of the figure before it ("so với cuối năm 2020 tăng 8.570 tỷ đồng"), not a level. */
  delta?: boolean;
  /** A figure of the earlier period itself ("(cùng kỳ năm 2019 tăng 10,8%)"): the text does not go on in its period. */
  earlier?: boolean;
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
  /** The period is the document's commonest year, for want of any written one. */
  periodGuessed?: boolean;
  /**
   * Items of a list introduced by "... tăng 14,4% so với quý trước và tăng 4,5% so với cùng kỳ, trong đó:" write
   * "tăng 11,5% và tăng 8,3%": their bare rates follow the intro's order of bases.
   */
  rateOrder?: ReadonlyArray<"prev" | "prior">;
  /**
   * Running prose, no section headings above (a news story): a sentence without figures that names a period
   * ("... tăng trong 7 tháng qua là do ...") sets it for the sentences after it.
   */
  running?: boolean;
}

const PERCENT = unitById("percent")!;
/** Units that are things counted ("doanh nghiệp", "HTX", "hộ"): the unit word is part of the name. */
export const COUNT_FAMILIES: ReadonlySet<string> = new Set([
  "households",
  "people",
  "enterprises",
  "cooperatives",
  "establishments",
  "communes",
  "products",
  "projects",
  "markets",
  "stations",
  "meters",
  "count",
]);

// Words before and after a percentage that say what it compares (matched on lower case text).
const BEFORE_PLAN_OR_INDEX = /(?:đạt|bằng|được|hoàn thành)(?:\s+(?:khoảng|trên|gần|hơn))?\s*$/u;
const AFTER_PLAN = /^\s*(?:so\s+)?(?:với\s+)?(?:kế hoạch|kh(?![\p{L}])|chỉ tiêu|dự toán|mục tiêu|nhiệm vụ|năm(?!\s*(?:19|20)\d\d|\s+trước|\s+nay))/u;
const AFTER_PRIOR =
  /^\s*(?:so\s+(?:với\s+)?(?:cùng kỳ(?:\s+năm\s+(?:trước|(?:19|20)\d\d))?|cùng(?![\p{L}])|năm\s+(?:trước|(?:19|20)\d\d)|cuối năm\s+(?:19|20)\d\d)|cùng kỳ(?:\s+năm\s+(?:trước|(?:19|20)\d\d))?)/u;
/** "so với tháng trước", "so quý trước", "so với kỳ trước": against the previous month or quarter, never the same period. */
const AFTER_PREV = /^\s*so\s+(?:với\s+)?(?:tháng trước|quý trước|kỳ trước|tháng liền kề|quý liền kề)/u;
/** "so với tháng 5/2023", "so với quý I/2023": a month or quarter named as the base. */
const AFTER_NAMED_BASE = /^\s*so\s+(?:với\s+)?(tháng|quý)\s+(\d{1,2}|iv|iii|ii|i)(?![\p{L}\d])(?:\s*(?:\/|-|năm)\s*((?:19|20)\d\d))?/u;
const BEFORE_GROWTH = /(?<![\p{L}])(tăng|giảm)(?:\s+trưởng)?(?:\s+(?:bình quân|khoảng|ước|hơn|gần|trên|nhẹ|mạnh|cao|khá|nhanh|chậm|tới|đến|lần lượt|tương ứng))*\s*$/u;
const BEFORE_SHARE = /chiếm(?:\s+tỷ trọng)?(?:\s+(?:khoảng|trên|gần|hơn))?\s*$/u;
const BEFORE_IGNORED = /(?:vượt|tương đương(?:\s+(?:tăng|giảm))?|hụt|thấp hơn|cao hơn|giảm còn|xuống)\s*$/u;
const BEFORE_PLAN_VALUE =
  /(?:(?<![\p{L}])kh|kế hoạch|chỉ tiêu giao|mục tiêu)(?:\s+(?:năm\s+)?(?:19|20)\d\d)?(?:\s+(?:là|đề ra|được giao|giao))?\s*[:(]?\s*$/u;
const BEFORE_DELTA = /(?<![\p{L}])(?:tăng|giảm)(?:\s+thêm)?\s*$/u;
const BEFORE_PRIOR_VALUE = /cùng kỳ(?:\s+năm trước)?(?:\s+là)?\s*[:(]?\s*$/u;
const REMAINING_WORDS = /(?:cần|còn)(?:\s+phải)?\s+thực hiện|còn lại/u;
const THRESHOLD = /(?:mặt hàng|sản phẩm|nhóm hàng|doanh nghiệp|thị trường|dự án)(?:\s+[\p{L}-]+){0,8}\s+(?:trên|từ|dưới|hơn)\s*$/u;
const STAFF_PAY = /(?<![\p{L}])(?:bậc lương|phụ cấp thâm niên)(?![\p{L}])/u;
/** "(tỷ lệ đạt 54.7%)", "(tỷ lệ 23.1%)", "(đạt 73%)" right after a count. */
const BRACKETED_RATE = /\(\s*(?:tỷ lệ(?:\s+đạt)?|đạt)\s*$/u;
/** "9 sản phẩm tăng và 04 sản phẩm giảm so cùng kỳ": a count followed by rose/fell and no figure. */
const TALLY_AFTER = /^\s*(?:tăng|giảm)(?![\p{L}])\s*(?:và|,|;|\.|so\s|$)/u;
const PLAN_WORD = /kế hoạch|(?<![\p{L}])kh(?![\p{L}])|chỉ tiêu/u;
const ESTIMATE_WORD = /(?<![\p{L}])(?:dự ước|ước tính|ước thực hiện|ước)(?![\p{L}])/u;
const COMPARABLE_2010 = /giá\s+(?:so sánh\s+)?(?:năm\s+)?2010/u;
const CURRENT_PRICES = /giá\s+(?:hiện hành|thực tế)/u;

/** Clause boundaries: end of sentence, ";", and "(1)", "1)" list marks. */
const SENTENCE_END = /[.!?](?=\s+[\p{Lu}\d(“"]|\s*$)|;/gu;
const LIST_MARK = /\(\d{1,2}\)(?=\s*\p{L})|(?<=^|[\s;:.])\d{1,2}\)(?=\s)/gu;

export function clauses(text: string): Array<[number, number]> {
  const cuts = new Set<number>([0, text.length]);
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) cuts.add(m.index + 1);
  LIST_MARK.lastIndex = 0;
  for (let m = LIST_MARK.exec(text); m !== null; m = LIST_MARK.exec(text)) cuts.add(m.index);
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < sorted.length; i++) if (sorted[i + 1]! > sorted[i]!) out.push([sorted[i]!, sorted[i + 1]!]);
  return out;
}

/** Reads the statements of one paragraph. */
export function readBlock(block: Block, figures: Figure[], periods: PeriodMention[], ctx: BlockContext): Statement[] {
  const text = block.text;
  const lower = text.toLowerCase();
  const lead = blockLead(text);
  const out: Statement[] = [];
  let lastName = "";
  // A period at the head of a clause ("Dự ước đến cuối năm 2020: ...", "Năm 2021, ...") holds for the clauses after it.
  let carried: Period | undefined;
  let firstInClause = 0;
  for (const [cStart, cEnd] of clauses(text)) {
    // Figures are in text order: each clause starts where the previous one's figures ended.
    while (firstInClause < figures.length && figures[firstInClause]!.start < cStart) firstInClause++;
    const clauseFigures: Figure[] = [];
    for (let k = firstInClause; k < figures.length && figures[k]!.start < cEnd; k++) clauseFigures.push(figures[k]!);
    // "nâng bậc lương trước hạn ... 03 trường hợp": the department's own staff pay, not a figure of the sector.
    if (STAFF_PAY.test(lower.slice(cStart, cEnd))) clauseFigures.length = 0;
    const firstFigure = clauseFigures.find((f) => f.percent || f.unit)?.start ?? cEnd;
    // (A clause without a figure carries only a period at its head: "Sáu tháng 2020: ...", not the
    // "đến năm 2025" at the end of a plan's title.)
    const heads = periods.filter((p) => !p.reference && p.start >= cStart && p.end <= firstFigure && (firstFigure < cEnd || p.start - cStart <= 45 || ctx.running === true));
    const head = heads.find((p) => !p.inName) ?? heads[0];
    const clauseCtx: BlockContext = carried ? { ...ctx, period: carried } : ctx;
    // "Đã lắp đặt được 79/79 turbine của 05 dự án ...": progress towards a whole is a count to date, a stock.
    const overWhole = !PLAN_WORD.test(lower) && clauseFigures.some((f) => f.over !== undefined && !f.percent);
    if (head) carried = head.period;
    let current: Statement | undefined;
    /** The period of the clause's last figure, unless that figure was of an earlier period ("(cùng kỳ năm 2023 tăng 13,3%)"). */
    let going: Period | undefined;
    /** The last figure with a unit in this clause, for a bracketed rate after it ("(tỷ lệ 23.1%)"). */
    let lastUnitFigure: Statement | undefined;
    let lastComparison: "plan" | "base" | "other" | undefined;
    let prevEnd = cStart;
    /** Rates in this clause with no base written, for the list intro's order (ctx.rateOrder). */
    let bare = 0;
    for (const f of clauseFigures) {
      if (f.start < prevEnd) continue;
      // A bare number (a year, a code) is neither a figure nor the end of the words naming the next one.
      if (!f.percent && !f.unit) continue;
      const pre = lower.slice(prevEnd, f.start);
      const post = lower.slice(f.end, Math.min(cEnd, f.end + 60));
      prevEnd = f.end + (f.percent ? comparisonTail(post) : 0);
      if (f.percent) {
        const period = current?.period ?? head?.period ?? carried ?? ctx.period;
        const written = baseOf(post, period) !== undefined;
        const rate = signedRate(classifyPercent(pre, post, period, written ? undefined : ctx.rateOrder?.[bare]), f.sign);
        if (rate === undefined) continue;
        if (!written && (rate.kind === "growth" || rate.kind === "index")) bare++;
        const field = fieldOf(rate);
        const signed = rate.kind === "growth" && rate.negative ? -f.value : f.value;
        // "bình quân giai đoạn 2016 - 2020 tăng 23,5%": an average growth rate is a figure of its own.
        const average = /bình quân/u.test(pre);
        // "64 TTHC được cắt giảm ... (tỷ lệ đạt 54.7%)", "87/119 TTHC (đạt 73%)": the bracket gives that count's share.
        const bracketed = lastUnitFigure !== undefined && BRACKETED_RATE.test(pre) && /^\s*\)/u.test(post);
        if (bracketed && lastUnitFigure!.reported.share === undefined) {
          lastUnitFigure!.reported.share = f.value;
          lastUnitFigure!.reportedDecimals.share = f.decimals;
          continue;
        }
        // "...tỷ lệ tăng 18,68%; chiếm 43,57% dư nợ cho vay ...": a share opening a clause is the sentence's last level's.
        const sentenceLevel = rate.kind === "share" && current === undefined && /^[\s;]*chiếm(?:\s+tỷ trọng)?\s*$/u.test(lower.slice(cStart, f.start)) && /;\s*$/u.test(text.slice(0, cStart))
          ? [...out].reverse().find((o) => o.block === block && !o.delta && o.rate === undefined && !COUNT_FAMILIES.has(o.unit.family))
          : undefined;
        if (sentenceLevel && sentenceLevel.reported.share === undefined && !/[.!?]\s/u.test(text.slice(sentenceLevel.figureStart, cStart))) {
          sentenceLevel.reported.share = f.value;
          sentenceLevel.reportedDecimals.share = f.decimals;
          sentenceLevel.shareOf = wordsAfter(text, f.end, cEnd);
          continue;
        }
        if (current && !average && attach(current, rate, signed, pre, post)) {
          current.end = Math.max(current.end, f.end + comparisonTail(post));
          if (field) current.reportedDecimals[field] = f.decimals;
          if (rate.kind === "share") current.shareOf = wordsAfter(text, f.end, cEnd);
          lastComparison = rate.kind === "plan" ? (/^\s*so\s+với\s/u.test(post) && !AFTER_PLAN.test(post) ? "base" : "plan") : "other";
          continue;
        }
        // "Đạt 98,96% so với tổng số hộ dân" with no figure before it: a rate, not a comparison.
        if (rate.kind === "plan" && !(/^\s*so\s+với\s/u.test(post) && !AFTER_PLAN.test(post))) continue;
        if (rate.kind === "plan") rate.kind = "level";
        const s = open(block, f, PERCENT, "%", pre, f.start - pre.length, cStart, cEnd, lastName, lead, periods, clauseCtx, lower, false, going);
        // "bình quân giai đoạn 2011-2015 đạt 13,81%/năm": an average is a growth rate however it is worded.
        s.rate = average && rate.kind === "level" ? "growth" : rate.kind;
        s.decimals = f.decimals;
        const ownField = fieldOf(rate);
        if (ownField) {
          s.reportedDecimals[ownField] = f.decimals;
          s.reported[ownField] = signed;
        }
        s.value = signed;
        s.end = Math.max(s.end, f.end + comparisonTail(post));
        if (rate.kind === "level" || rate.kind === "share") s.kind = s.kind === "plan" ? "plan" : s.kind;
        else if (ctx.kind === "plan") s.kind = "target";
        out.push(s);
        current = s;
        if (!s.earlier) going = s.period;
        if (!s.nameInherited) lastName = s.name;
        lastComparison = undefined;
        continue;
      }
      if (!f.unit) continue;
      const planValue = BEFORE_PLAN_VALUE.test(pre) || (lastComparison === "plan" && /^\s*\(\s*$/.test(pre));
      // "Giá trị sản xuất công nghiệp kế hoạch năm 2020 là 45.400 tỷ đồng" with no figure before it in the clause: a plan of its own.
      const ownPlan = planValue && current === undefined && /\p{L}{2,}/u.test(pre.replace(BEFORE_PLAN_VALUE, ""));
      if (planValue && !ownPlan) {
        if (current && !current.plan) {
          const own = periods.filter((p) => !p.reference && p.start >= f.start - pre.length && p.end <= f.start).pop();
          current.plan = { value: f.value, decimals: f.decimals, start: f.start, end: f.end, period: own?.period ?? current.period, asRecord: true };
          current.end = Math.max(current.end, f.end + (/^\s*\)/.exec(post)?.[0].length ?? 0));
        }
        continue;
      }
      if (BEFORE_PRIOR_VALUE.test(pre)) continue;
      // "30 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD": a threshold inside the name of what is counted.
      if (THRESHOLD.test(pre)) continue;
      if (BEFORE_DELTA.test(pre)) {
        // "so với cuối năm 2020 tăng 8.570 tỷ đồng": the change of the figure just given, as a figure of its own.
        const base = [...out].reverse().find((o) => o.block === block && o.figureStart >= cStart && o.unit.family === f.unit!.family && !o.delta);
        if (base) {
          const sign = /giảm(?:\s+thêm)?\s*$/u.test(pre) ? -1 : 1;
          const delta: Statement = { ...base, start: base.start, end: f.end, figureStart: f.start, value: sign * f.value, unit: f.unit, unitText: f.unitText ?? f.unit.vi, reported: {}, reportedDecimals: {}, decimals: f.decimals, delta: true };
          delta.name = `${base.name}: ${sign < 0 ? "giảm" : "tăng"}`;
          delete delta.rate;
          delete delta.plan;
          out.push(delta);
        }
        continue;
      }
      if (lastComparison === "base" && current && !current.plan) {
        // The whole a share was taken of: the check needs it, and it is a figure of its own too.
        current.plan = { value: f.value, decimals: f.decimals, start: f.start, end: f.end, period: current.period, asRecord: false };
      }
      // "9 sản phẩm tăng và 04 sản phẩm giảm so cùng kỳ": a tally of the items that rose or fell, not a figure.
      if (COUNT_FAMILIES.has(f.unit.family) && TALLY_AFTER.test(post)) continue;
      // "05 dự án điện gió 263,5 triệu kWh": a count that names the figure right after it is part of that name.
      if (COUNT_FAMILIES.has(f.unit.family) && namesNextFigure(text, f, clauseFigures)) continue;
      const s = open(block, f, f.unit, f.unitText ?? f.unit.vi, pre, f.start - pre.length, cStart, cEnd, lastName, lead, periods, clauseCtx, lower, overWhole, going);
      if (ownPlan) s.kind = "plan";
      // "15.178/15.000 học viên" is actual over plan when the paragraph speaks of a plan; "85/85 xã" is a count of a whole.
      if (f.over !== undefined && PLAN_WORD.test(lower)) s.plan = { value: f.over, decimals: 0, start: f.start, end: f.end, period: s.period, asRecord: true };
      out.push(s);
      // "67/74 sản phẩm": the whole (74 entered) is a figure too, unless the clause already gave it ("13/13 xã ... 12/13 xã").
      if (f.over !== undefined && s.plan === undefined && f.over !== f.value) {
        // Looked for in the paragraph, no further back than a long paragraph (a paste without breaks is one block).
        let given = false;
        for (let k = firstInClause + clauseFigures.indexOf(f) - 1; k >= 0 && !given && figures[k]!.start > f.start - 3000; k--) {
          const g = figures[k]!;
          given = g.unit?.id === f.unit.id && (g.value === f.over || g.over === f.over);
        }
        if (!given) out.push({ ...s, value: f.over, name: `${s.name}: tổng số`, reported: {}, reportedDecimals: {}, decimals: 0 });
      }
      current = s;
      if (!s.earlier) going = s.period;
      lastUnitFigure = s;
      if (!s.nameInherited) lastName = s.name;
      lastComparison = undefined;
      // "02 hồ sơ mức độ 2, 5 hồ sơ mức độ 3": the words naming a figure after it are not the next one's name.
      prevEnd = Math.max(prevEnd, s.end);
    }
    // Running prose goes on in the period of its last figure ("... giai đoạn 2021-2023 chỉ tăng 0,4%/năm, trong đó
    // ... (+0,95%); khu vực dịch vụ (+6,7%)").
    if (ctx.running && going) carried = going;
  }
  return out;
}

/** Only words, no link ("với", "và", "có", ...), between a count and a figure of another kind after it. */
function namesNextFigure(text: string, f: Figure, clauseFigures: Figure[]): boolean {
  const next = clauseFigures.find((g) => g.start > f.start);
  if (!next || next.percent || !next.unit || COUNT_FAMILIES.has(next.unit.family)) return false;
  const between = text.slice(f.end, next.start);
  return /^[\s\p{L}]{1,30}$/u.test(between) && !/(?<![\p{L}])(?:với|và|có|đạt|là|gồm|tổng|trong|cho|của|tại|được)(?![\p{L}])/iu.test(between);
}

type PercentKind = "plan" | RateKind;

interface PercentRead {
  kind: PercentKind;
  negative: boolean;
  /** Against the previous month or quarter ("so với tháng trước"), not the same period. */
  prev?: boolean;
  /** "vượt 5% kế hoạch": the excess over the plan, so 105% of it. */
  excess?: boolean;
}

/** What a comparison's tail names as its base, for a figure of `period`. "other": a month or quarter that is neither. */
function baseOf(post: string, period: Period | undefined): "prior" | "prev" | "other" | undefined {
  if (AFTER_PREV.test(post)) return "prev";
  const named = AFTER_NAMED_BASE.exec(post);
  if (named) {
    const unit = named[1] === "quý" ? "quarter" : "month";
    const n = ROMAN[named[2]!] ?? Number(named[2]);
    // "3 tháng đầu năm" is the first quarter.
    const own = period?.type === "months" && period.months === 3 ? { ...period, type: "quarter" as const, part: 1 } : period;
    if (!own || own.type !== unit || own.part === undefined) return "other";
    const part = own.part;
    const year = named[3] ? Number(named[3]) : own.year;
    const last = unit === "quarter" ? 4 : 12;
    if (n === part && year === own.year - 1) return "prior";
    const prevPart = part === 1 ? last : part - 1;
    const prevYear = part === 1 ? own.year - 1 : own.year;
    return n === prevPart && year === prevYear ? "prev" : "other";
  }
  return AFTER_PRIOR.test(post) ? "prior" : undefined;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function classifyPercent(pre: string, post: string, period: Period | undefined, implied?: "prev" | "prior"): PercentRead | undefined {
  const base = baseOf(post, period) ?? implied;
  // "tăng 3% so với tháng 2/2023" in a report on June: a rate against some other month belongs to no field.
  if (base === "other") return undefined;
  const prev = base === "prev";
  if (/vượt\s*$/u.test(pre) && AFTER_PLAN.test(post)) return { kind: "plan", negative: false, excess: true };
  if (BEFORE_IGNORED.test(pre)) return undefined;
  if (BEFORE_SHARE.test(pre)) return { kind: "share", negative: false };
  const growth = BEFORE_GROWTH.exec(pre);
  if (growth) return { kind: "growth", negative: growth[1] === "giảm", prev };
  if (BEFORE_PLAN_OR_INDEX.test(pre) || pre.trim() === "" || /,\s*$/.test(pre)) {
    if (AFTER_PLAN.test(post)) return { kind: "plan", negative: false };
    if (base !== undefined) return { kind: "index", negative: false, prev };
    // "đạt 25,06% so với số vốn đăng ký 3.931,2 tỷ đồng": a share of a stated whole, read like a plan.
    if (BEFORE_PLAN_OR_INDEX.test(pre) && /^\s*so\s+với\s/u.test(post)) return { kind: "plan", negative: false };
  }
  return { kind: "level", negative: false };
}

/** "khu vực NLTS (-2,31%)", "giảm (-9,28%)": a written sign makes a percentage a change, of that sign. */
function signedRate(read: PercentRead | undefined, sign: 1 | -1 | undefined): PercentRead | undefined {
  if (read === undefined || sign === undefined) return read;
  if (read.kind === "level") return { kind: "growth", negative: sign < 0 };
  if (read.kind === "growth") return { ...read, negative: sign < 0 };
  return read;
}

/** The reported field a comparison fills. */
function fieldOf(read: PercentRead): keyof ReportedPercentages | undefined {
  switch (read.kind) {
    case "plan":
      return "pctOfPlan";
    case "growth":
      return read.prev ? "growthVsPrevPeriod" : "growthVsPrior";
    case "index":
      return read.prev ? "indexVsPrevPeriod" : "indexVsPrior";
    case "share":
      return "share";
    case "level":
      return undefined;
  }
}

/** Attaches a comparison to the statement it qualifies; false when it is a statement of its own. */
function attach(s: Statement, read: PercentRead, value: number, pre: string, post: string): boolean {
  const r = s.reported;
  const field = fieldOf(read);
  if (field === undefined || r[field] !== undefined) return false;
  switch (read.kind) {
    case "plan":
      // "tỷ lệ ... đạt 95,05%, vượt 0,05% so với kế hoạch": over a rate, the excess is in points, not a % of plan.
      if (s.rate === "growth" || s.rate === "index" || (read.excess && s.unit.id === "percent")) return false;
      r.pctOfPlan = read.excess ? 100 + value : value;
      return true;
    case "growth":
    case "index": {
      const same = read.kind === "growth" ? "growthVsPrior" : "indexVsPrior";
      const prevField = read.kind === "growth" ? "growthVsPrevPeriod" : "indexVsPrevPeriod";
      if (s.rate === "growth" || s.rate === "index") {
        // "tăng 2,7% so với tháng trước và tăng 4,9% so với cùng kỳ": one growth statement, each rate on its field;
        // its value is the rate against the same period when there is one.
        if (s.rate !== read.kind || (r[same] === undefined && r[prevField] === undefined)) return false;
        r[field] = value;
        if (field === same) s.value = value;
        return true;
      }
      if (s.rate === "share") return false;
      // A rate ("tỷ lệ ... đạt 34%") takes a growth only when the text says against what.
      if (s.rate === "level" && !AFTER_PRIOR.test(post) && !AFTER_PREV.test(post)) return false;
      r[field] = value;
      return true;
    }
    case "share":
      // Only right after its figure: "18.921,57 tỷ đồng, chiếm 59,33%".
      if (s.rate !== undefined || !/^\s*[,(]?\s*chiếm/u.test(pre)) return false;
      r.share = value;
      return true;
    case "level":
      return false;
  }
}

/** Length of the words that finish a comparison ("so cùng kỳ", "kế hoạch", "so với năm 2020"). */
function comparisonTail(post: string): number {
  const m = AFTER_PRIOR.exec(post) ?? AFTER_PREV.exec(post) ?? AFTER_NAMED_BASE.exec(post) ?? AFTER_PLAN.exec(post) ?? /^\s*\/năm/u.exec(post);
  return m ? m[0].length : 0;
}

function open(
  block: Block,
  f: Figure,
  unit: UnitDef,
  unitText: string,
  pre: string,
  preStart: number,
  clauseStart: number,
  clauseEnd: number,
  lastName: string,
  lead: string,
  periods: PeriodMention[],
  ctx: BlockContext,
  lower: string,
  stockClause = false,
  previous?: Period,
): Statement {
  const text = block.text;
  const after = wordsAfter(text, f.end, clauseEnd);
  let named = subjectOf(text, preStart, f.start, periods);
  let end = f.end;
  // "87,34km đường dây hạ thế", "08 HTX": with no words before it, the words after a figure name it.
  if (named.name.length === 0 && (after.trim().length > 0 || COUNT_FAMILIES.has(unit.family))) {
    const name = stripName(`${COUNT_FAMILIES.has(unit.family) ? unitText : ""} ${after}`);
    if (name.length > 0) {
      named = { name, start: firstWord(text, preStart, f.start) };
      end = f.end + after.length;
    }
  }
  const inherited = named.name.length === 0;
  const name = inherited ? lastName || lead : named.name;
  const start = inherited ? firstWord(text, clauseStart, f.start) : named.start;
  const sentenceBefore = lower.slice(clauseStart, f.start);
  const sentence = lower.slice(sentenceStart(lower, clauseStart), f.start);
  // "... góp phần xây dựng đạt huyện nông thôn mới năm 2020, kết quả huyện Càng Long có 13/13 xã": the year before
  // "kết quả" is the goal's; the result is counted from there.
  const result = sentenceBefore.lastIndexOf("kết quả");
  const from = result >= 0 ? clauseStart + result + "kết quả".length : clauseStart;
  let period = periodFor(f, preStart, from, clauseEnd, periods, ctx, /bình quân/u.test(pre), stockClause || STOCK_WORD.test(sentence), text, previous);
  // "(cùng kỳ năm trước dư nợ tăng trưởng 10,18%)": the figure of the year before.
  // "(cùng kỳ năm 2019 tăng 10,8%)": the same period of the year named.
  const priorYear = /(?<!so\s(?:với\s)?)cùng kỳ năm (trước|(?:19|20)\d\d)/u.exec(pre);
  if (priorYear) {
    const p = period.period;
    const shift = priorYear[1] === "trước" ? 1 : p.year - Number(priorYear[1]);
    period = { ...period, period: { ...p, year: p.year - shift, fromYear: p.fromYear === undefined ? undefined : p.fromYear - shift } };
    period.period.label = periodLabel(period.period);
    if (period.period.fromYear === undefined) delete period.period.fromYear;
  }
  const upToFigure = lower.slice(Math.max(0, f.start - 400), f.start);
  const priceBasis: PriceBasis = COMPARABLE_2010.test(upToFigure) ? "comparable-2010" : CURRENT_PRICES.test(upToFigure) ? "current" : "n/a";
  const estimate = ESTIMATE_WORD.test(sentenceBefore) || period.estimate;
  // "... cần thực hiện 6 tháng cuối năm: 26.274,56 tỷ đồng": a remainder said in the sentence itself.
  const remaining = REMAINING_WORDS.test(sentenceBefore) && period.period.type === "half" && period.period.part === 2;
  const kind: FigureKind =
    ctx.kind === "remaining" || remaining ? "remaining" : ctx.kind === "plan" ? "plan" : estimate ? "estimate" : "actual";
  const qualifier = /(?:trên|hơn)\s*$/u.test(pre) ? "over" : /(?:khoảng|xấp xỉ|ước chừng)\s*$/u.test(pre) ? "about" : /(?:gần|dưới)\s*$/u.test(pre) ? "under" : undefined;
  return {
    block,
    start,
    end,
    figureStart: f.start,
    value: f.value,
    unit,
    unitText,
    name,
    nameInherited: inherited,
    // The catalog is matched on the whole subject ("giá trị sản xuất của khối công nghiệp"), the name is its shortest form.
    near: `${named.full || name} ${unitText} ${after}`,
    lead,
    context: text.slice(Math.max(clauseStart, f.start - 240), f.start),
    heading: ctx.heading ?? "",
    period: period.period,
    kind,
    priceBasis,
    qualifier,
    ...(f.unitUnknown ? { unitUnknown: true } : {}),
    ...(period.fromContext && ctx.periodGuessed ? { periodGuessed: true } : {}),
    ...(priorYear ? { earlier: true } : {}),
    reported: {},
    decimals: f.decimals,
    reportedDecimals: {},
  };
}


function periodFor(
  f: Figure,
  preStart: number,
  clauseStart: number,
  clauseEnd: number,
  periods: PeriodMention[],
  ctx: BlockContext,
  average: boolean,
  stock: boolean,
  text: string,
  previous?: Period,
): { period: Period; estimate: boolean; fromContext?: boolean } {
  const usable = periods.filter((p) => !p.reference);
  // "tăng trưởng bình quân 14,48% giai đoạn 2021 - 2025": the period follows the figure.
  const inClause = usable.filter((p) => p.end <= f.start && p.start >= clauseStart);
  // ("GDP 9 tháng năm 2020 tăng 2,12% (Quý I tăng 3,68%; ...)": a period after the figure is the next figure's when
  // the figure already has one.)
  const following = usable.find((p) => p.start >= f.end && p.start - f.end <= 6 && p.end <= clauseEnd);
  if (following && (following.period.type === "range" || inClause.length === 0 || !/[(;]/u.test(text.slice(f.end, following.start)))) return { period: following.period, estimate: following.estimate };
  if (average) {
    // An average is over a span: the last one named in the paragraph or before it.
    const range = usable.filter((p) => p.end <= f.start && p.period.type === "range").pop();
    if (range) return { period: range.period, estimate: range.estimate };
    if (ctx.lastRange) return { period: ctx.lastRange, estimate: false };
  }
  // The words since the previous figure name the period first ("năm 2021 và Tết Nhâm Dần năm 2022 là ..." is 2021).
  // A period in a report's name ("Theo Báo cáo ... quý II, tháng 6/2024, ...") only when no other is written.
  const own = inClause.find((p) => p.start >= preStart && !p.inName) ?? inClause.find((p) => p.start >= preStart);
  if (own) return { period: own.period, estimate: own.estimate };
  // None since the figure before it: it goes on in that figure's period ("... bình quân giai đoạn 2021-2023 tăng 0,4%/năm,
  // trong đó khu vực dịch vụ (+6,7%)"; "... năm 2021 và Tết năm 2022 là 291,982 tỷ đồng (trong đó, hàng tết 147,443 tỷ đồng").
  if (previous) return { period: previous, estimate: false };
  const last = inClause[0];
  if (last) return { period: last.period, estimate: last.estimate };
  if (stock && ctx.asOf) return { period: ctx.asOf, estimate: false };
  return { period: ctx.period, estimate: false, fromContext: true };
}

/** Words that give a figure as a stock at a date ("đến nay toàn tỉnh có", "nâng tổng số") rather than a flow. */
const STOCK_WORD =
  /(?<![\p{L}])(?:đến nay|hiện nay|hiện có|hiện trạng|nâng tổng số|toàn tỉnh có|trên địa bàn tỉnh (?:có|đã)|đã thành lập|đã thu hút|lũy kế)(?![\p{L}])/u;

/** Start of the sentence holding `at` (after the last ". " before it). */
function sentenceStart(lower: string, at: number): number {
  // Backwards, and no further than a long sentence: a paste without full stops must not cost n².
  const limit = Math.max(0, at - 1000);
  for (let i = Math.min(at, lower.length - 1); i > limit; i--) {
    if (/\s/.test(lower[i]!) && /[.!?]/.test(lower[i - 1]!)) return i + 1;
  }
  return limit;
}

/** The paragraph's lead: "Về tổng mức bán lẻ hàng hóa và dịch vụ" in "- Về tổng mức bán lẻ ...: Ước đạt ...". */
function blockLead(text: string): string {
  const colon = text.indexOf(":");
  if (colon < 0 || colon > 120) return "";
  return stripName(text.slice(0, colon));
}

/** Leading and trailing words that are not part of an indicator's name. */
const LEADING_NOISE =
  /^(?:[\s,.;:()\-+*–•“”"]+|\(?\d{1,2}\)\s*|(?:và|trong đó|riêng|cụ thể|về|chỉ tiêu|đến nay|hiện nay|trong|với|còn|là|có|như|gồm|bao gồm|đối với|phân theo ngành kinh tế|kết quả|theo đó|ngoài ra|đồng thời|tuy nhiên|nâng tổng số(?: toàn tỉnh)?|toàn tỉnh|tính theo|phấn đấu|tính chung|xét theo [\p{L} ]{1,30},|theo số liệu [\p{L} ]{1,40},|lũy kế|cộng dồn|(?:cùng với|bên cạnh) đó|đó,)(?![\p{L}])\s*)/iu;
const TRAILING_NOISE =
  /(?:[\s,.;:()\-+*–•]+|(?<![\p{L}])(?:ước đạt|ước tính|ước thực hiện|dự ước|thực hiện|ước|đạt|là|có|được|khoảng|trên|gần|hơn|cho|với|tăng|giảm|bằng|chiếm|lên|tổng|hiện có|phấn đấu|đạt trên|mức|tăng trưởng|dự ước tăng trưởng|chiếm tỷ trọng(?: cao nhất| lớn nhất)?|tiếp tục|cũng|ước tăng|tăng nhẹ|giảm nhẹ|tăng cao|tăng mạnh|giảm mạnh|giảm ít|ước tính|theo giá (?:so sánh|hiện hành|thực tế)(?: năm)?(?: 2010)?|trên địa bàn(?: tỉnh)?|tính chung)\s*)$/iu;

function stripName(raw: string): string {
  let s = raw;
  for (let i = 0; i < 12; i++) {
    const before = s;
    s = s.replace(LEADING_NOISE, "").replace(TRAILING_NOISE, "");
    if (s === before) break;
  }
  return s.trim();
}

/**
 * Words that end a lead-in and start the indicator's name: "Kinh doanh thương mại sôi động trở lại với | tổng mức
 * bán lẻ hàng hóa", "Một số sản phẩm tăng trưởng mạnh như | tôm đông lạnh", "tiếp đến là | khu vực NLTS".
 */
const NAME_CUE = /(?:^|\s)(?:(?<!so\s)với|như|gồm|trong đó(?: có)?|đặc biệt(?: là)?|cho biết|tiếp đến là|nhất là|riêng|khi)\s+/giu;

/**
 * The shortest phrase that names the indicator. After a cue word, the words that follow it; a comma ends a lead-in
 * ("Chia theo loại hình kinh tế, | khu vực kinh tế Nhà nước") unless the words before it are one short piece of an
 * enumeration inside the name ("khu vực nông, lâm nghiệp, thủy sản", "ngành chế biến, chế tạo").
 */
/** A piece before a comma that is a lead-in, not part of the name: a source, a breakdown, a setting, a clause with its verb. */
const LEAD_IN = /(?:^|\s)(?:theo|chia theo|phân theo|xét theo|tính chung|tính đến|tính theo|cơ cấu|báo cáo|cho biết|ngoài|về|đối với|sau|trong khi|dịch covid(?:-19)?|dịch bệnh|nền kinh tế|so với|hiện nay|đến nay|đã|được|đạt|tăng|giảm|là|có|dự ước|ước tính|dự kiến|đến hết)(?:\s|$)/iu;

function shortestName(name: string): string {
  let out = name;
  let cut = -1;
  NAME_CUE.lastIndex = 0;
  for (let m = NAME_CUE.exec(out); m !== null; m = NAME_CUE.exec(out)) cut = m.index + m[0].length;
  if (cut > 0 && cut < out.length) out = out.slice(cut);
  const pieces = out.split(/\s*,\s*/u);
  for (let i = pieces.length - 1; i >= 1; i--) {
    const before = pieces[i - 1]!.trim();
    const rest = pieces.slice(i).join(", ");
    if (LEAD_IN.test(before) && rest.trim().split(/\s+/u).length >= 2) return stripName(rest);
  }
  return stripName(out);
}

/** The indicator words before a figure, and where they start. Period words are dropped. */
function subjectOf(text: string, from: number, to: number, periods: PeriodMention[]): { name: string; start: number; full?: string } {
  let segment = text.slice(from, to);
  let offset = from;
  const colon = segment.lastIndexOf(":");
  if (colon >= 0) {
    const afterColon = stripName(withoutPeriods(segment.slice(colon + 1), offset + colon + 1, periods));
    if (afterColon.length > 0) {
      offset += colon + 1;
      segment = segment.slice(colon + 1);
    } else {
      segment = segment.slice(0, colon);
    }
  }
  // "(11 dự án ... và 25 dự án ...), với tổng vốn triển khai": a bracket closed before the figure ends the name's left side.
  const closed = segment.lastIndexOf(")");
  if (closed >= 0 && segment.lastIndexOf("(", closed) < 0) {
    const rest = stripName(withoutPeriods(segment.slice(closed + 1), offset + closed + 1, periods));
    if (rest.length > 0) {
      offset += closed + 1;
      segment = segment.slice(closed + 1);
    }
  }
  const full = stripName(withoutPeriods(segment, offset, periods));
  const name = shortestName(full);
  if (name.length === 0) return { name: "", start: firstWord(text, from, to), full };
  const at = text.indexOf(name, offset);
  return { name: name.length > 140 ? name.slice(-140).replace(/^\S*\s/, "") : name, start: at >= 0 ? at : offset, full };
}

function withoutPeriods(segment: string, offset: number, periods: PeriodMention[]): string {
  let out = segment;
  for (const p of [...periods].reverse()) {
    const a = p.start - offset;
    const b = p.end - offset;
    if (a >= 0 && b <= segment.length) out = out.slice(0, a) + " ".repeat(b - a) + out.slice(b);
  }
  return out.replace(/(?<![\p{L}])(?:trong|đến|tính đến|vào)\s+(?=\s|$)/gu, " ").replace(/\s+/g, " ");
}

/** The first word at or after `from` (skipping spaces, list marks and punctuation). */
function firstWord(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /[\s,.;:()\-+*–•]/.test(text[i]!)) i++;
  return i;
}

/** Up to eight words after the figure, to the next comma or clause end: "km đường dây trung thế". */
function wordsAfter(text: string, from: number, to: number): string {
  const rest = text.slice(from, Math.min(to, from + 80));
  const cut = rest.search(/[,;.(\d]|\s(?:và|với|trong đó|tăng|giảm|đạt)\s/u);
  // Verbatim (not re-spaced), so its length is the text it covers.
  return (cut >= 0 ? rest.slice(0, cut) : rest).trimEnd();
}
