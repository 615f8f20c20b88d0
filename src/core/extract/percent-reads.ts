/**
 * What a percentage in a statement's sentence says, read by the words around it: "đạt 42,13% kế hoạch" (% of plan),
 * "tăng 8,5% so cùng kỳ" (growth vs the same period), "so với tháng trước" (vs the previous month or quarter),
 * "bằng 92,19% so với năm 2020" (an index), "chiếm 59,33%" (a share); and whether it attaches to the statement
 * before it or stands as a statement of its own.
 */
import type { Period, ReportedPercentages } from "../dataset/types";
import { COUNTED_BY_STATISTIC } from "./figures";
import type { RateKind, Statement } from "./statements";

// Words before and after a percentage that say what it compares (matched on lower case text).
const BEFORE_PLAN_OR_INDEX = /(?:đạt|bằng|được|hoàn thành)(?:\s+(?:khoảng|trên|gần|hơn))?\s*$/u;
// ("đạt 97,8%/KH", "đạt 97,5%KH": the plan glued to the figure.)
export const AFTER_PLAN = /^\s*(?:\/\s*)?(?:so\s+)?(?:với\s+)?(?:kế hoạch|kh(?![\p{L}])|chỉ tiêu|dự toán|mục tiêu|nhiệm vụ|năm(?!\s*(?:19|20)\d\d|\s+trước|\s+nay))/u;
const AFTER_PRIOR =
  /^\s*(?:so\s+(?:với\s+)?(?:cùng kỳ(?:\s+(?:năm\s+)?(?:trước|(?:19|20)\d\d))?|cùng thời điểm\s+năm\s+(?:trước|(?:19|20)\d\d)|cùng(?![\p{L}])|năm\s+(?:trước|(?:19|20)\d\d)|cuối năm\s+(?:19|20)\d\d)|cùng kỳ(?:\s+(?:năm\s+)?(?:trước|(?:19|20)\d\d))?)/u;
/** "so với tháng trước", "so quý trước", "so với kỳ trước": against the previous month or quarter, never the same period. */
// ("so với cùng thời điểm tháng trước": a count taken on a day, against the same day a month before.)
const AFTER_PREV = /^\s*so\s+(?:với\s+)?(?:(?:cùng\s+)?thời điểm\s+)?(?:tháng trước|qu[ýí] trước|kỳ trước|tháng liền kề|qu[ýí] liền kề)/u;
const SINCE_YEAR_START = /^\s*so\s+(?:với\s+)?(?:thời điểm\s+)?đầu năm(?![\p{L}])/u;
/** "so với tháng 5/2023", "so với quý I/2023": a month or quarter named as the base. */
const AFTER_NAMED_BASE = /^\s*so\s+(?:với\s+)?(tháng|quý)\s+(\d{1,2}|iv|iii|ii|i)(?![\p{L}\d])(?:\s*(?:\/|-|năm)\s*((?:19|20)\d\d))?/u;
const BEFORE_GROWTH = /(?<![\p{L}])(tăng|giảm)(?:\s+trưởng)?(?:\s+(?:là|bình quân|khoảng|xấp xỉ|ước|hơn|gần|trên|nhẹ|mạnh|cao|khá|nhanh|chậm|tới|đến|lần lượt|tương ứng))*\s*$/u;
/** "chiếm 59,33%", "chiếm tỷ trọng 3,65%", "chiếm tỷ trọng cao nhất với 82,14%", "chiếm cơ cấu lớn nhất với trên 70%". */
const BEFORE_SHARE = /chiếm(?:\s+(?:tỷ trọng|tỷ lệ|cơ cấu))?(?:\s+(?:cao|lớn|nhiều)\s+nhất)?(?:\s+với)?(?:\s+(?:khoảng|trên|gần|hơn))?\s*$/u;
/** A growth named as the subject of "đạt", "là", "ở mức" right before the figure. */
// ("mục tiêu tăng trưởng (GRDP) 7,5%": with no verb between, the same.)
// ("tốc độ tăng trưởng bình quân giai đoạn 2016 – 2020 đạt 11,2%/năm": the period written between.)
const GROWTH_SUBJECT = /(?:tăng trưởng|tốc độ tăng)(?:\s+[\p{L}\d()/–-]+){0,8}?(?:\s+(?:đạt|là|ở mức)(?:\s+(?:khoảng|trên|gần|hơn))?)?\s*$/u;
const BEFORE_IGNORED = /(?:vượt|tương đương(?:\s+(?:tăng|giảm))?|hụt|thấp hơn|cao hơn|giảm còn|xuống)\s*$/u;

/** "so kế hoạch", "so với chỉ tiêu": a plan named as the base of a rise. */
const OVER_PLAN = /^\s*so\s+(?:với\s+)?(?:kế hoạch|kh(?![\p{L}])|chỉ tiêu|dự toán|mục tiêu)/u;

export type PercentKind = "plan" | RateKind;

/** What a rate written without its base is against, in a list whose intro set the order of bases. */
export type RateBase = "prev" | "prior" | "plan";

const BASES = /so\s+(?:với\s+)?(?:(tháng trước|qu[ýí] trước|kỳ trước)|cùng kỳ|(?=(?:tháng|quý)\s+(?:\d|i)))|(\d\s*%\s*(?:so\s+(?:với\s+)?)?(?:kế hoạch|kh(?![\p{L}])|dự toán|chỉ tiêu))/gu;

/**
 * The bases a list's intro compares with, in order: "..., bằng 21% dự toán năm, giảm 30% so với cùng kỳ; trong đó thu
 * nội địa ... (bằng 23,8%; -15,6%)" gives plan, then the same period, for the items' bare rates. A month or quarter
 * named as a base ("so với quý I-2019" in the intro of quarter II) is read against the intro's `period`.
 */
export function basesIn(intro: string, period?: Period): RateBase[] {
  const order: RateBase[] = [];
  BASES.lastIndex = 0;
  for (let m = BASES.exec(intro); m !== null; m = BASES.exec(intro)) {
    if (m[2]) order.push("plan");
    else if (m[1]) order.push("prev");
    else if (/cùng kỳ$/u.test(m[0])) order.push("prior");
    else {
      const named = baseOf(intro.slice(m.index), period);
      if (named === "prev" || named === "prior") order.push(named);
    }
  }
  return order;
}

export interface PercentRead {
  kind: PercentKind;
  negative: boolean;
  /** Against the previous month or quarter ("so với tháng trước"), not the same period. */
  prev?: boolean;
  /** "vượt 5% kế hoạch": the excess over the plan, so 105% of it. */
  excess?: boolean;
  /** "đạt 25,06% so với số vốn đăng ký ...": of a whole named after it, neither a plan nor a period: a share. */
  ofWhole?: boolean;
}

/** What a comparison's tail names as its base, for a figure of `period`. "other": a month or quarter that is neither. */
export function baseOf(post: string, period: Period | undefined): "prior" | "prev" | "other" | undefined {
  if (AFTER_PREV.test(post)) return "prev";
  // "dư nợ ... đạt 152.300 tỷ đồng, tăng 8,5% so với đầu năm": a rise since the year began is neither against the same
  // period nor the previous month; no field holds it.
  if (SINCE_YEAR_START.test(post)) return "other";
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

/** "so với tháng trước tăng 1,1%", "so với cùng kỳ giảm 2%": the base written before the verb. */
const BASE_BEFORE_VERB = /(?:^|[\s,;(])(so\s+(?:với\s+)?[\p{L}\d\s/-]{2,30}?)\s*,?\s*(?:tăng|giảm)(?:\s+(?:khoảng|xấp xỉ|hơn|gần|trên|nhẹ|mạnh))*\s*$/u;

/** The base a rate's own words name: after it ("tăng 9% so với cùng kỳ"), or before its verb ("so với tháng trước tăng 1,1%"). */
export function writtenBase(pre: string, post: string, period: Period | undefined): ReturnType<typeof baseOf> {
  const after = baseOf(post, period);
  if (after !== undefined) return after;
  const before = BASE_BEFORE_VERB.exec(pre);
  return before ? baseOf(before[1]!, period) : undefined;
}

export function classifyPercent(pre: string, post: string, period: Period | undefined, implied?: RateBase): PercentRead | undefined {
  const written = writtenBase(pre, post, period);
  // A plan implied by the list's intro is a plan only for "đạt/bằng X%"; a rise or fall is still against the same period.
  const ofPlan = written === undefined && implied === "plan";
  const base = written ?? (implied === "plan" ? undefined : implied);
  // "tăng 3% so với tháng 2/2023" in a report on June: a rate against some other month belongs to no field.
  if (base === "other") return undefined;
  const prev = base === "prev";
  // ("vượt hơn 27% kế hoạch": the excess given as a bound, a flag the statement keeps.)
  if (/vượt(?:\s+(?:khoảng|hơn|gần|trên))?\s*$/u.test(pre) && AFTER_PLAN.test(post)) return { kind: "plan", negative: false, excess: true };
  // "vượt kế hoạch 1,2%": the same excess, the plan named first ("vượt mục tiêu Nghị quyết 0,36%": the resolution's).
  if (/vượt\s+(?:kế hoạch|kh|chỉ tiêu|dự toán|mục tiêu)(?:\s+(?:năm|đề ra|được giao|nghị quyết))?\s*$/u.test(pre)) return { kind: "plan", negative: false, excess: true };
  // "đạt 13.956 tỷ đồng, tương đương 107,8 % kế hoạch năm 2021": the same figure as a share of its plan.
  if (/tương đương\s*$/u.test(pre) && AFTER_PLAN.test(post)) return { kind: "plan", negative: false };
  if (BEFORE_IGNORED.test(pre)) return undefined;
  if (BEFORE_SHARE.test(pre)) return { kind: "share", negative: false };
  // "xuất khẩu hàng công nghiệp đạt 61% tổng kim ngạch xuất khẩu của tỉnh": a percentage of a total is a share of it.
  if (BEFORE_PLAN_OR_INDEX.test(pre) && /^\s*tổng\s/u.test(post)) return { kind: "share", negative: false };
  const growth = BEFORE_GROWTH.exec(pre);
  // "tăng 20% so kế hoạch năm": 120% of the plan, like "vượt 20% kế hoạch".
  if (growth && growth[1] === "tăng" && OVER_PLAN.test(post)) return { kind: "plan", negative: false, excess: true };
  if (growth) return { kind: "growth", negative: growth[1] === "giảm", prev };
  // "tăng trưởng kinh tế (GRDP) đạt 8,1% so với cùng kỳ", "Tốc độ tăng trưởng đạt 7,5% so với năm 2019": what reaches the
  // figure is a growth, so the figure is the growth, not an index.
  if (GROWTH_SUBJECT.test(pre) && !AFTER_PLAN.test(post) && !ofPlan) return { kind: "growth", negative: false, prev };
  if (BEFORE_PLAN_OR_INDEX.test(pre) || pre.trim() === "" || /,\s*$/.test(pre)) {
    if (AFTER_PLAN.test(post) || ofPlan) return { kind: "plan", negative: false };
    // "Tốc độ tăng trưởng đạt 7,5% so với năm 2019", "tăng trưởng kinh tế (GRDP) đạt 8,1% so với cùng kỳ": a growth
    // rate said with "đạt", not an index.
    if (base !== undefined && /(?:tăng trưởng|tốc độ tăng)(?![\p{L}])[^,;:.]*?(?:đạt|được)\s*$/u.test(pre)) return { kind: "growth", negative: false, prev };
    if (base !== undefined) return { kind: "index", negative: false, prev };
    // "đạt 25,06% so với số vốn đăng ký 3.931,2 tỷ đồng": a share of a stated whole, read like a plan (the whole is
    // taken as its base) but reported as the share it is.
    if (BEFORE_PLAN_OR_INDEX.test(pre) && /^\s*so\s+với\s/u.test(post)) return { kind: "plan", negative: false, ofWhole: true };
  }
  return { kind: "level", negative: false };
}

/** "khu vực NLTS (-2,31%)", "giảm (-9,28%)": a written sign makes a percentage a change, of that sign. */
export function signedRate(read: PercentRead | undefined, sign: 1 | -1 | undefined): PercentRead | undefined {
  if (read === undefined || sign === undefined) return read;
  if (read.kind === "level") return { kind: "growth", negative: sign < 0 };
  if (read.kind === "growth") return { ...read, negative: sign < 0 };
  return read;
}

/** The reported field a comparison fills. */
export function fieldOf(read: PercentRead): keyof ReportedPercentages | undefined {
  switch (read.kind) {
    case "plan":
      return read.ofWhole ? "share" : "pctOfPlan";
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
export function attach(s: Statement, read: PercentRead, value: number, pre: string, post: string): boolean {
  const r = s.reported;
  const field = fieldOf(read);
  if (field === undefined || r[field] !== undefined) return false;
  switch (read.kind) {
    case "plan":
      // "tỷ lệ ... đạt 95,05%, vượt 0,05% so với kế hoạch": over a rate, the excess is in points, not a % of plan.
      if (s.rate === "growth" || s.rate === "index" || (read.excess && s.unit.id === "percent")) return false;
      r[field] = read.excess ? 100 + value : value;
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
      // ("sứ vệ sinh tăng hơn 2 lần, gạch ốp lát tăng 15%": a ratio takes no rate; the rate is the next item's.)
      if (s.rate === "share" || (s.unitUnknown && s.unitText === "lần")) return false;
      // "09 trong 12 nhóm hàng ghi nhận mức tăng trưởng khá, đặc biệt doanh thu nhóm hàng ô tô tăng 14,6%": a count of
      // goods or places is not what grows; the rate after it is another statement's.
      if (s.unitUnknown && COUNTED_BY_STATISTIC.test(s.unitText)) return false;
      // A rate ("tỷ lệ ... đạt 34%") takes a growth only when the text says against what.
      if (s.rate === "level" && !AFTER_PRIOR.test(post) && !AFTER_PREV.test(post)) return false;
      r[field] = value;
      return true;
    }
    case "share":
      // Only right after its figure: "18.921,57 tỷ đồng, chiếm 59,33%".
      // "đạt 71,83 tỷ USD, tăng 20,2% và chiếm 35,4%": after its figure's other rates too.
      if (s.rate !== undefined || !/^\s*[,(]?\s*(?:và\s+)?chiếm/u.test(pre)) return false;
      r.share = value;
      return true;
    case "level":
      return false;
  }
}

/** Length of the words that finish a comparison ("so cùng kỳ", "kế hoạch", "so với năm 2020"). */
export function comparisonTail(post: string): number {
  const m = AFTER_PRIOR.exec(post) ?? AFTER_PREV.exec(post) ?? AFTER_NAMED_BASE.exec(post) ?? AFTER_PLAN.exec(post) ?? /^\s*\/năm/u.exec(post);
  return m ? m[0].length : 0;
}
