/**
 * Period phrases in report prose: "6 tháng đầu năm 2020", "Sáu tháng 2020", "dự ước đến cuối năm",
 * "năm 2021", "kế hoạch năm 2022", "giai đoạn 2021 - 2025", "quý II/2021", "Mười một tháng đầu năm 2021".
 * A phrase that names the base of a comparison ("so cùng kỳ 2021", "so với năm 2020") or a price
 * basis ("giá so sánh năm 2010") is not the period of the figure and is marked so.
 */
import { periodLabelVi as periodLabel } from "../dataset/period-text";
import type { Period } from "../dataset/types";

export interface PeriodMention {
  /** Offsets in the cleaned block text. */
  start: number;
  end: number;
  period: Period;
  /** True when the year was not written ("dự ước đến cuối năm") and was filled in from context. */
  yearMissing: boolean;
  /** The phrase names a comparison base or a price basis, not the period of a figure. */
  reference: boolean;
  /** "ước", "dự ước": the figure is an estimate. */
  estimate: boolean;
  /**
   * The phrase is part of the name of a report or a meeting ("Theo Báo cáo kinh tế - xã hội quý II và 6 tháng đầu
   * năm 2024 ...", "Tại buổi họp báo công bố số liệu quý III ..."): the figure's period only when its sentence names no other.
   */
  inName?: boolean;
  /** "năm nay", "quý I năm nay", "9 tháng của năm nay": the document's own year, never a year written after it. */
  thisYear?: boolean;
  /**
   * Written right after a figure with "của" or "trong" ("mức tăng 6,3% của 6 tháng đầu năm nay"): that figure's period,
   * never the head of the clause that goes on after it.
   */
  afterFigure?: boolean;
  /**
   * Written inside brackets with a year before the one the text is in ("ước tăng 8,01% so với cùng kỳ (sơ bộ quý I/2015
   * tăng 7,90%)" in a report on 2016): the figure it dates is quoted for comparison, the text does not go on in it.
   */
  aside?: boolean;
  /**
   * "tính đến hết tháng 10-2019": read as the months from January to its end (a flow's figure); a count of things
   * ("toàn tỉnh có 1.200 doanh nghiệp") is a stock as of that month's end instead (see asOfMonthEnd).
   */
  throughMonth?: boolean;
  /**
   * The month or quarter of a pair "tháng 3 và quý I", "tháng 9 và 9 tháng", "quý IV và cả năm": the span after "và" ends
   * with it. Figures a sentence
   * without figures of its own leaves to the next ones are the span's (see pairedMonths).
   */
  inSpanAfter?: boolean;
  /** "Đến ngày 31/12/2021", "tại thời điểm 1-5-2022": a date a stock is counted at, labelled "đến tháng 12/2021". */
  asOf?: boolean;
}

const NUMBER_WORDS: Record<string, number> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  "mười một": 11,
  "mười hai": 12,
};

// ("năm" is five only in "Năm tháng đầu năm 2015", "năm tháng năm 2015": elsewhere it is the year.)
const COUNT = "(\\d{1,2}|mười một|mười hai|mười|một|hai|ba|bốn|năm(?= tháng (?:đầu|cuối|năm))|sáu|bảy|tám|chín)";
const YEAR = "((?:19|20)\\d\\d)(?!\\d)";
const ROMAN_Q: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

interface Pattern {
  re: RegExp;
  /**
   * What every match of `re` holds within `reach` characters of its start, cheap to look for: `re` is then tried only
   * just before each (see nextMatch) rather than at every position of the paragraph.
   */
  anchor?: { re: RegExp; reach: number };
  build(m: RegExpExecArray): { period: Omit<Period, "year" | "label">; year?: number; estimate?: boolean; yearsBack?: number; asOf?: boolean } | null;
}

const PATTERNS: Pattern[] = [
  {
    // "giai đoạn 2021 - 2025", "bình quân giai đoạn (2016 - 2020)", "thời kỳ 2021 - 2030", "nhiệm kỳ 2020 - 2025"
    re: new RegExp(`(?:giai đoạn|thời kỳ|nhiệm kỳ|năm)\\s*\\(?\\s*${YEAR}\\s*[-–]\\s*${YEAR}\\s*\\)?`, "giu"),
    build: (m) => ({ period: { type: "range", fromYear: Number(m[1]) }, year: Number(m[2]) }),
  },
  {
    // "6 tháng đầu năm 2020", "Sáu tháng đầu 2020", "06 tháng cuối năm 2020", "Sáu tháng 2020"
    // ("9 tháng năm nay": this year, the document's.)
    // ("7 tháng của năm nay", "6 tháng của năm 2023": "của" before the year.)
    // ("9 tháng/2023", "6T/2024": the year after a slash, as tables and headlines abbreviate.)
    // ("6 tháng còn lại", "6 tháng tiếp theo": the second half, as a half-year report says it; "3 tháng cuối năm": quý IV.)
    re: new RegExp(`(?<![\\p{L}\\d])${COUNT}(?: tháng|T(?=\\/))(?: (đầu|cuối|còn lại|tiếp theo))?(?: (?:của )?năm(?: nay(?![\\p{L}]))?)?(?:(?: |\\s*\\/\\s*)${YEAR})?`, "giu"),
    // (A count is 8 characters at most, "mười một": the match starts that close before its " tháng" or "T/".)
    anchor: { re: / tháng|t(?=\/)/giu, reach: 8 },
    build: (m) => {
      const n = countOf(m[1]!);
      const side = m[2]?.toLowerCase();
      const year = m[3] ? Number(m[3]) : undefined;
      if (n === null || n < 1 || n > 12) return null;
      // "3 tháng" alone is a duration ("đào tạo dưới 3 tháng"), not a period, unless its words make it
      // the months so far: "Tính chung 9 tháng, ...", "lũy kế 5 tháng đạt", "6 tháng qua".
      if (!side && year === undefined && !/ nay$/iu.test(m[0]) && !CUMULATIVE_BEFORE.test(before(m)) && !CUMULATIVE_AFTER.test(after(m))) return null;
      // ("bình quân 1 tháng đạt 12,95 tỷ USD": a month's average, no span of the year.)
      if (n === 1 && !side && year === undefined) return null;
      if (side === "còn lại" || side === "tiếp theo") return n === 6 ? { period: { type: "half", part: 2 }, year } : null;
      if (side === "cuối") return n === 6 ? { period: { type: "half", part: 2 }, year } : n === 3 ? { period: { type: "quarter", part: 4 }, year } : null;
      // The first 6 months are written as the curated datasets, templates and forms write them (months6), never as a
      // first half: one span, one key, so a dataset read from a report fills a form's "6 tháng" column.
      if (n === 6) return { period: { type: "months", months: 6 }, year };
      if (n === 12) return { period: { type: "year" }, year };
      return { period: { type: "months", months: n }, year };
    },
  },
  {
    // "từ tháng 1 đến tháng 9/2023", "(từ tháng 01 - tháng 6)": from January, the months so far.
    re: new RegExp(`(?<![\\p{L}])từ\\s+tháng\\s+0?1\\s*(?:đến|tới|-|–)\\s*(?:hết\\s+)?tháng\\s+(\\d{1,2})(?![\\d,]\\d)(?:\\s*(?:/|-|năm)\\s*${YEAR}|\\.${YEAR})?`, "giu"),
    build: (m) => {
      const months = Number(m[1]);
      if (months < 2 || months > 12) return null;
      return { period: months === 12 ? { type: "year" } : { type: "months", months }, year: (m[2] ?? m[3]) ? Number(m[2] ?? m[3]) : undefined };
    },
  },
  {
    // "tháng 9/2020", "tháng 9-2022", "tháng 9 năm 2020", "tháng 1.2023" (the press), "Tháng 12": one month (a flow, or a
    // stock at its end).
    // Not a date ("ngày 01 tháng 9 năm 2021", "ngày 15/9"), which REFERENCE_BEFORE marks.
    re: new RegExp(`(?<![\\p{L}\\d])tháng\\s+(\\d{1,2})(?:(?![\\d,.]\\d)(?:\\s*(?:/|-|năm)\\s*${YEAR}|\\s+năm\\s+nay(?![\\p{L}]))?|\\.${YEAR})(?![\\d/])`, "giu"),
    build: (m) => {
      const month = Number(m[1]);
      if (month < 1 || month > 12) return null;
      const year = m[2] ?? m[3];
      return { period: { type: "month", part: month }, year: year ? Number(year) : undefined };
    },
  },
  {
    // "tháng Bảy vừa qua", "tháng Mười năm 2023": a month written in words, capitalised as the press writes it (a
    // lower-case "tháng năm 2020" or "tháng hai" in running words is not read as one).
    re: new RegExp(`(?<![\\p{L}\\d])tháng\\s+(mười một|mười hai|mười|một|hai|ba|tư|năm|sáu|bảy|tám|chín|chạp)(?![\\p{L}])(?:\\s*(?:/|-|năm)\\s*${YEAR})?`, "giu"),
    build: (m) => {
      const word = m[1]!;
      if (word[0] === word[0]!.toLowerCase() && word.toLowerCase() !== "chạp") return null;
      const month = word.toLowerCase() === "chạp" ? 12 : word.toLowerCase() === "tư" ? 4 : NUMBER_WORDS[word.toLowerCase()];
      return month ? { period: { type: "month", part: month }, year: m[2] ? Number(m[2]) : undefined } : null;
    },
  },
  {
    // "quý đầu năm 2024", "trong quý cuối năm": the first and the last quarter; "Tháng đầu năm 2024" January (not "các
    // tháng đầu năm", a vague span, nor "ba quý đầu năm", nine months).
    re: new RegExp(`(?<![\\p{L}\\d])(quý|quí|tháng)\\s+(đầu|cuối)(?:\\s+tiên)?(?:\\s+(?:của\\s+)?năm)(?:\\s+${YEAR}|\\s+nay(?![\\p{L}]))?`, "giu"),
    build: (m) => {
      if (/(?<![\p{L}])(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các|những|mấy|vài)\s+$/iu.test(before(m))) return null;
      const last = m[2]!.toLowerCase() === "cuối";
      const year = m[3] ? Number(m[3]) : undefined;
      if (m[1]!.toLowerCase() === "tháng") return { period: { type: "month", part: last ? 12 : 1 }, year };
      return { period: { type: "quarter", part: last ? 4 : 1 }, year };
    },
  },
  {
    // "tháng Giêng năm 2024": January.
    re: new RegExp(`(?<![\\p{L}\\d])tháng\\s+giêng(?![\\p{L}])(?:\\s*(?:/|-|năm)\\s*${YEAR})?`, "giu"),
    build: (m) => ({ period: { type: "month", part: 1 }, year: m[1] ? Number(m[1]) : undefined }),
  },
  {
    // "nửa đầu năm 2024", "nửa cuối năm": a half.
    re: new RegExp(`(?<![\\p{L}])nửa\\s+(đầu|cuối)\\s+năm(?:\\s+${YEAR})?`, "giu"),
    build: (m) => ({ period: m[1]!.toLowerCase() === "đầu" ? { type: "months", months: 6 } : { type: "half", part: 2 }, year: m[2] ? Number(m[2]) : undefined }),
  },
  {
    // "quý II/2021", "quý 3 năm 2020"
    // ("quí", "qúy": older and slipped spellings of "quý".)
    re: new RegExp(`(?:quý|quí|qúy) (iv|iii|ii|i|[1-4])(?![\\p{L}\\d])(?:\\s*(?:/|-|năm)\\s*${YEAR}|\\s+năm\\s+nay(?![\\p{L}]))?`, "giu"),
    build: (m) => ({
      period: { type: "quarter", part: ROMAN_Q[m[1]!.toLowerCase()] ?? Number(m[1]) },
      year: m[2] ? Number(m[2]) : undefined,
    }),
  },
  {
    // "dự ước đến cuối năm 2020", "ước thực hiện cả năm", "đến cuối năm 2021", "đến 31/12/2021"
    re: new RegExp(`(?:(dự ước|ước tính|ước thực hiện|ước)\\s+)?(?:đến\\s+)?(?:cuối năm|cả năm)(?:\\s+${YEAR})?`, "giu"),
    build: (m) => ({ period: { type: "year" }, year: m[2] ? Number(m[2]) : undefined, estimate: m[1] !== undefined }),
  },
  {
    // "Từ ngày 01/01/2024 đến ngày 30/6/2024", "từ 1/1 đến 30/9/2023": from January 1 to a month's end, the months so far.
    re: new RegExp(`từ\\s+(?:ngày\\s+)?0?1/0?1(?:/${YEAR})?\\s*(?:đến|tới|-)\\s*(?:ngày\\s+)?(\\d{1,2})/(\\d{1,2})(?:/${YEAR})?`, "giu"),
    build: (m) => {
      const day = Number(m[2]);
      const month = Number(m[3]);
      const year = m[4] ?? m[1];
      if (month < 1 || month > 12 || day < 28 || day > 31) return null;
      return { period: month === 12 ? { type: "year" } : { type: "months", months: month }, year: year ? Number(year) : undefined };
    },
  },
  {
    // "số lao động ... tại thời điểm 1-5-2022 tăng 1,4% so với cùng thời điểm tháng trước": a count taken on a day, the
    // figure of that month (statistics offices count at the first of the month they report on).
    re: new RegExp(`(?<![\\p{L}])(?:tại\\s+)?thời điểm\\s+(?:ngày\\s+)?(\\d{1,2})[/-](\\d{1,2})(?:[/-]${YEAR})?`, "giu"),
    build: (m) => {
      const day = Number(m[1]);
      const month = Number(m[2]);
      if (day < 1 || day > 31 || month < 1 || month > 12) return null;
      return { period: { type: "month", part: month }, year: m[3] ? Number(m[3]) : undefined, asOf: true };
    },
  },
  {
    // "Đến ngày 31/12/2021", "đến 31/10/2021": a stock as of the end of that month.
    // ("từ ngày 16/12/2020 đến ngày 15/11/2021" is a span, not a date of a stock.)
    re: new RegExp(`(?<!\\d{4}\\s)(?:tính\\s+)?đến\\s+(?:ngày\\s+)?\\d{1,2}/(\\d{1,2})/${YEAR}`, "giu"),
    build: (m) => {
      const month = Number(m[1]);
      return month >= 1 && month <= 12 ? { period: { type: "month", part: month }, year: Number(m[2]), asOf: true } : null;
    },
  },
  {
    // "(năm ngoái đạt 1,52 tỉ USD)": the year before the text's. Not right after a figure ("bằng 105% năm ngoái" compares).
    re: /(?<![\p{L}])năm\s+ngoái(?![\p{L}])/giu,
    build: (m) => (/[\d%]\s*(?:so\s+)?$/u.test(m.input.slice(Math.max(0, m.index - 8), m.index)) ? null : { period: { type: "year" }, yearsBack: 1 }),
  },
  {
    // "năm nay": the document's year.
    re: /(?<![\p{L}])năm\s+nay(?![\p{L}])/giu,
    build: () => ({ period: { type: "year" } }),
  },
  {
    // "năm 2021", "Năm 2021,", "đến năm 2025", "kế hoạch năm 2022"
    re: new RegExp(`(?<![\\p{L}])năm\\s+${YEAR}`, "giu"),
    build: (m) => ({ period: { type: "year" }, year: Number(m[1]) }),
  },
];

/**
 * Words just before a phrase that make it the base of a comparison or a price basis. (A crop season may stand between
 * "so với" and its year: "giảm 1,6% so với vụ mùa năm 2018" compares with that season.)
 */
const REFERENCE_BEFORE =
  /(?:(?<!\p{L})so\s+(?:với\s+)?(?:cùng kỳ\s+)?(?:cuối\s+)?(?:vụ\s+(?:mùa|chiêm|đông xuân|hè thu|thu đông|xuân hè|xuân|đông)\s+)?|cùng kỳ\s+|giá\s+(?:so sánh\s+)?(?:cố định\s+)?|(?:gấp|tăng)\s+(?:(?:gần|hơn|khoảng|trên)\s+)?[\d,.]+\s+lần\s+(?:so\s+(?:với\s+)?)?|(?:nghị quyết|quyết định|chỉ thị|công văn|thông tư|nghị định|luật|kết luận)(?:\s+số\s+\S+)?\s+(?:ngày\s+\S+\s+)?(?:của\s+\S+(?:\s+\S+)?\s+)?|ngày\s+(?:\d{1,2}\s+)?tháng\s+\d{1,2}\s+|ngày\s+(?:\d{1,2}\s+)?)$/iu;

/**
 * "Chương trình xét chọn doanh nghiệp xuất khẩu uy tín năm 2020", "Hội chợ Triển lãm Công nghiệp, Thương mại đồng
 * bằng sông Cửu Long năm 2020": the year ends the name of an event (capitalised, no sentence punctuation in
 * between), it is not the period of the figures around it. A work programme ("Chương trình công tác") is not an event.
 */
const EVENT_NAME_BEFORE = /(?:Hội chợ|Triển lãm|Hội nghị|Cuộc thi|Tuần lễ|Lễ hội|Chương trình(?! (?:công tác|hành động|mục tiêu)))[\p{L}\d,\- ]*\s$/u;

/** "Theo Báo cáo ...", "Tại buổi họp báo công bố số liệu ...": a report or meeting whose name runs to the phrase. */
const REPORT_NAME_BEFORE = /(?<![\p{L}])(?:theo|tại|trong)\s+(?:buổi\s+)?(?:báo cáo|họp báo|hội nghị|thông cáo)(?![\p{L}])[^.,;:()\d]{0,90}$/iu;

/**
 * Words that make a bare "N tháng" the months of the year so far. ("Tổng chi ngân sách địa phương ước 10 tháng 19.460 tỷ
 * đồng": an estimate of the months so far.)
 */
const CUMULATIVE_BEFORE = /(?:tính chung|chung|lũy kế|cộng dồn|trong|qua|hết|kết quả|(?<![\p{L}])ước(?:\s+tính)?)\s+$/iu;
// ("tổng sản phẩm 6 tháng của tỉnh tăng 2,41%": the months of a place's economy, where "6 tháng của hợp đồng" is a term.)
// ("Tổng thu ngân sách nhà nước 6 tháng là 12.221 tỷ đồng": the figure of those months.)
const CUMULATIVE_AFTER = /^\s*(?:,|qua|vừa qua|đầu năm|đạt|ước|tăng|giảm|so với|là(?![\p{L}])|của\s+(?:toàn\s+)?(?:tỉnh|thành phố|cả nước|địa phương)(?![\p{L}]))/iu;

/** An open bracket in the words before a phrase (its last "(" not closed since). */
function inBracket(before: string): boolean {
  return before.lastIndexOf("(") > before.lastIndexOf(")");
}

/** `re` made sticky, for the patterns with an anchor: tried at one position. */
const STICKY = new Map(PATTERNS.filter((p) => p.anchor).map((p) => [p, new RegExp(p.re.source, "iuy")]));

/**
 * The first match of a pattern at or after `from`, as its global `re` finds it: with an anchor, the positions tried are
 * those within reach before each anchor, in order (the leftmost match holds an anchor, so it starts at one of them).
 */
function nextMatch(pattern: Pattern, text: string, from: number): RegExpExecArray | null {
  const anchor = pattern.anchor;
  const sticky = STICKY.get(pattern);
  if (!anchor || !sticky) {
    pattern.re.lastIndex = from;
    return pattern.re.exec(text);
  }
  let tried = from;
  anchor.re.lastIndex = from;
  for (let a = anchor.re.exec(text); a !== null; a = anchor.re.exec(text)) {
    for (let at = Math.max(tried, a.index - anchor.reach); at <= a.index; at++) {
      sticky.lastIndex = at;
      const m = sticky.exec(text);
      if (m) return m;
    }
    tried = a.index + 1;
  }
  return null;
}

function before(m: RegExpExecArray): string {
  return m.input.slice(Math.max(0, m.index - 20), m.index);
}

function after(m: RegExpExecArray): string {
  return m.input.slice(m.index + m[0].length, m.index + m[0].length + 20);
}

function countOf(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase()] ?? null;
}

/**
 * Every period phrase of a cleaned text, earliest first; years left out are filled from `defaultYear`.
 * `documentMonth` (the month a report is dated or titled with) gives "lũy kế" with no period after it.
 */
export function findPeriods(text: string, defaultYear?: number, documentMonth?: number, printed?: Printed): PeriodMention[] {
  const found: PeriodMention[] = [];
  // Every phrase holds one of these words: most paragraphs hold none.
  if (!/năm|tháng|quý|quí|qúy|giai đoạn|thời kỳ|đến|lũy kế|lũy tiến|cộng dồn|\dT\//iu.test(text)) return [];
  // The phrases kept so far never overlap: sorted by start, they are sorted by end too, so one bisection tells
  // whether a new one overlaps any (a megabyte pasted as one line holds thousands of them).
  const taken: PeriodMention[] = [];
  const insertAt = (at: number): number => startingBefore(taken, at);
  const overlaps = (start: number, end: number): boolean => {
    const before = insertAt(end);
    return before > 0 && taken[before - 1]!.end > start;
  };
  for (const pattern of PATTERNS) {
    for (let m = nextMatch(pattern, text, 0); m !== null; m = nextMatch(pattern, text, m.index + m[0].length)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const built = pattern.build(m);
      if (!built) continue;
      if (built.yearsBack !== undefined) {
        if (!defaultYear) continue;
        built.year = defaultYear - built.yearsBack;
      }
      const before = text.slice(Math.max(0, start - 60), start);
      // "Sơ bộ quý I giảm mạnh (-11,38%)": "sơ bộ" (preliminary) dates the figure with the period; it names nothing.
      const preliminary = /(?<![\p{L}])sơ bộ\s+$/iu.exec(before);
      // "(cùng kỳ năm 2019 tăng 10,8%)": the figure of that earlier period; "cùng kỳ" is part of its period, no name.
      const earlier = /(?<![\p{L}])(?<!so\s(?:với\s)?)cùng kỳ\s+$/iu.exec(before);
      const mention: PeriodMention = {
        start: preliminary ? start - preliminary[0].length : earlier ? start - earlier[0].length : start,
        end,
        period: { ...built.period, year: built.year ?? 0, label: m[0] } as Period,
        yearMissing: built.year === undefined,
        reference: REFERENCE_BEFORE.test(before) || EVENT_NAME_BEFORE.test(text.slice(Math.max(0, start - 100), start)),
        estimate: built.estimate ?? /(?<!\p{L})(?:dự )?ước\s*$/iu.test(before),
        ...(REPORT_NAME_BEFORE.test(text.slice(Math.max(0, start - 120), start)) ? { inName: true } : {}),
        ...(built.year === undefined && /năm\s+nay$/iu.test(m[0]) ? { thisYear: true } : {}),
        ...(/[\d%]\s*(?:của|trong)\s+(?:cùng kỳ\s+)?$/u.test(before) ? { afterFigure: true } : {}),
        ...(built.year !== undefined && defaultYear !== undefined && built.year < defaultYear && inBracket(before) ? { aside: true } : {}),
        // "Cuối tháng 8/2021, toàn tỉnh có 10.903 doanh nghiệp", "tính đến tháng 9/2023": a date things are counted at.
        ...(built.asOf || (built.period.type === "month" && /(?<![\p{L}])(?:đến|tới|cuối)\s+$/iu.test(before)) ? { asOf: true } : {}),
      };
      found.push(mention);
      taken.splice(insertAt(start), 0, mention);
    }
  }
  throughMonthEnd(text, found);
  if (documentMonth !== undefined) {
    addCumulative(text, found, documentMonth);
    addReportMonth(text, found, documentMonth);
  }
  if (defaultYear) addPastYear(text, found, defaultYear, documentMonth);
  found.sort((a, b) => a.start - b.start);
  fillYears(text, found, defaultYear, printed);
  narrowedYears(text, found);
  pairedMonths(text, found);
  return found;
}

/**
 * "thì năm nay, ước 8 tháng, tổng kim ngạch ...", "Năm 2023, 6 tháng đầu năm ...": a year named and at once narrowed to a
 * part of it is one period, the part (of that year); the bare year is no figure's period.
 */
function narrowedYears(text: string, found: PeriodMention[]): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const year = found[i]!;
    const part = found[i + 1]!;
    if (year.period.type !== "year" || year.reference || part.reference || part.period.type === "year" || part.period.type === "range") continue;
    if (!part.yearMissing || !/^\s*,?\s*(?:(?:dự\s+)?ước(?:\s+tính)?\s+)?$/iu.test(text.slice(year.end, part.start))) continue;
    part.period = { ...part.period, year: year.period.year };
    part.period.label = periodLabel(part.period, part.asOf);
    part.start = year.start;
    part.estimate ||= year.estimate;
    found.splice(i, 1);
  }
}

/** The month and year a document is dated (given by the caller), when known. */
export interface Printed {
  month: number;
  year: number;
}

/**
 * "lũy kế" (or "cộng dồn", "từ đầu năm (đến nay)") with no period of its own: the months of the year up to the
 * document's month. "lũy kế đến hết tháng 10", "từ đầu năm đến tháng 9": the months up to the month written.
 */
/**
 * "trong tháng", "tháng này", "tháng báo cáo" with no month written: the month the document reports on, never the
 * months from January that a later sentence names ("Tính chung 7 tháng ...").
 */
function addReportMonth(text: string, found: PeriodMention[], month: number): void {
  reportQuarter(text, found, month);
  const re = /(?<![\p{L}])(?:trong tháng(?:\s+(?:này|qua|báo cáo))?|tháng này|tháng báo cáo)(?![\p{L}\d]|\s+(?:\d|năm|trước|sau|tới|đầu|cuối))/giu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => f.start < end && f.end > start)) continue;
    found.push({ start, end, period: { type: "month", part: month, year: 0, label: m[0] }, yearMissing: true, reference: false, estimate: false });
  }
}

/**
 * "trong quý", "quý này", "quý báo cáo" with no quarter written, in a report on a quarter's last month: that quarter (a
 * report on August leaves "trong quý" unread: the quarter is not over).
 */
function reportQuarter(text: string, found: PeriodMention[], month: number): void {
  if (month % 3 !== 0) return;
  const re = /(?<![\p{L}])(?:trong quý(?:\s+(?:này|báo cáo))?|quý này|quý báo cáo)(?![\p{L}\d]|\s+(?:\d|[ivx]+(?![\p{L}])|năm|trước|sau|tới|đầu|cuối))/giu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => f.start < end && f.end > start)) continue;
    found.push({ start, end, period: { type: "quarter", part: month / 3, year: 0, label: m[0] }, yearMissing: true, reference: false, estimate: false });
  }
}

function addCumulative(text: string, found: PeriodMention[], month: number): void {
  const re = /(?<![\p{L}])(?:lũy kế|lũy tiến|cộng dồn|(?:tính\s+)?từ\s+đầu\s+năm(?:\s+((?:19|20)\d\d))?(?:\s+(?:đến|tới)\s+nay)?)(?![\p{L}\d])/giu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // "từ đầu năm 2024": its year was read as "năm 2024", a year; the phrase says the months so far.
    for (let i = found.length - 1; i >= 0; i--) if (found[i]!.start >= start && found[i]!.end <= end) found.splice(i, 1);
    if (found.some((f) => f.start < end && f.end > start)) continue;
    const year = m[1] ? Number(m[1]) : undefined;
    const next = found.find((f) => f.start >= end && f.start - end <= 12);
    // "lũy kế năm 2024": the months of that year to the document's month.
    if (next && next.period.type === "year" && month < 12) {
      next.period = { type: "months", months: month, year: next.period.year, label: next.period.label };
      continue;
    }
    // "lũy kế đến hết tháng 10": from January to that month, not the month alone.
    // ("từ đầu năm tính đến ngày 21/3/2023": the date phrase holds the "đến" itself.)
    const gap = text.slice(end, next?.start ?? end);
    const upTo = /^\s*(?:đến|tới)\s+(?:hết\s+)?$/iu.test(gap) || (/^\s*$/u.test(gap) && /^(?:tính\s+)?(?:đến|tới)\s/iu.test(next?.period.label ?? ""));
    if (next && next.period.type === "month" && next.period.part !== undefined && upTo) {
      const months = next.period.part;
      next.period = { ...(months === 12 ? { type: "year" } : { type: "months", months }), year: next.period.year, label: next.period.label } as Period;
      next.start = start;
      continue;
    }
    // "lũy kế 9 tháng": the period is written.
    if (next) continue;
    const period = (month === 12 ? { type: "year" } : { type: "months", months: month }) as Period;
    found.push({ start, end, period: { ...period, year: year ?? 0, label: m[0] }, yearMissing: year === undefined, reference: false, estimate: false });
  }
}

/**
 * "trong tháng 3 và trong quí I năm nay", "tháng 9 và 9 tháng năm 2020", "quý IV và cả năm 2023": marks the month or
 * quarter the span after it ends with.
 */
function pairedMonths(text: string, found: PeriodMention[]): void {
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1]!;
    if ((a.period.type !== "month" && a.period.type !== "quarter") || b.period.type === "month" || b.period.type === a.period.type || a.period.year !== b.period.year) continue;
    // ("quý IV và cả năm 2023", "tháng 12 và năm 2023": the year ends with them too.)
    const bEnds = b.period.type === "year" ? 12 : lastMonthOf(b.period);
    if (bEnds !== lastMonthOf(a.period) || !/^\s*và\s+(?:trong\s+)?$/iu.test(text.slice(a.end, b.start))) continue;
    a.inSpanAfter = true;
  }
}

/**
 * "(tính) đến hết tháng 10", "hết tháng 9", "tính đến tháng 9": the months from January to the end of that month (mentions
 * are not sorted yet). A plain "đến tháng 9" stays a date.
 */
function throughMonthEnd(text: string, found: PeriodMention[]): void {
  for (const m of found) {
    if (m.period.type !== "month" || m.period.part === undefined || m.reference) continue;
    // ("Tính chung hết tháng 9, kim ngạch ... đạt 4,2 tỉ USD", "Hết tháng 9, ...": "hết" alone says it too.)
    // ("Tính đến tháng 9/2022, thành phố đã đón 21,6 triệu lượt khách": "tính đến" counts from January too, "hết" or not.)
    const said = /(?<![\p{L}])(?:(?:(?:tính\s+(?:chung\s+)?)?(?:đến|tới)\s+|tính\s+chung\s+)?hết|tính\s+(?:chung\s+)?(?:đến|tới))\s+$/iu.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (!said) continue;
    const months = m.period.part;
    m.period = { ...(months === 12 ? { type: "year" } : { type: "months", months }), year: m.period.year, label: m.period.label } as Period;
    m.start -= said[0].length;
    m.throughMonth = true;
  }
}

/** The month a span "đến hết tháng N" ends with, for a figure that is a stock at that date. */
export function asOfMonthEnd(p: Period): Period {
  const month = lastMonthOf(p);
  if (month === undefined || p.type === "month") return p;
  const period: Period = { type: "month", part: month, year: p.year, label: "" };
  return { ...period, label: periodLabel(period, true) };
}

/**
 * "Năm qua", "trong năm vừa qua": the year just ended when the document is of its first quarter (a review printed in
 * January), else the document's own year. ("5 năm qua" is a span of years, not this.)
 */
function addPastYear(text: string, found: PeriodMention[], year: number, month: number | undefined): void {
  const re = /(?<![\p{L}\d]\s?)năm\s+(?:vừa\s+)?qua(?![\p{L}])/giu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((f) => f.start < end && f.end > start)) continue;
    const past = month !== undefined && month <= 3 ? year - 1 : year;
    found.push({ start, end, period: { type: "year", year: past, label: m[0] }, yearMissing: false, reference: false, estimate: false });
  }
}

/** "06 tháng đầu năm và chương trình ... năm 2020": a missing year is the next year written, else the default. */
function fillYears(text: string, mentions: PeriodMention[], defaultYear: number | undefined, printed: Printed | undefined): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (!m.yearMissing) continue;
    // (Mentions are sorted by start: the search stops at the first one too far away.)
    // The year written next is this phrase's only when no figure stands between them ("9 tháng đầu năm, GRDP tăng 6,5%,
    // cao hơn mức tăng 5,2% của năm 2022": that year is the figure's quoted for comparison, not the 9 months').
    let next: PeriodMention | undefined;
    let gapFrom = m.end;
    for (let j = i + 1; j < mentions.length && mentions[j]!.start - m.end < 120; j++) {
      if (/\d/.test(text.slice(gapFrom, mentions[j]!.start))) break;
      gapFrom = Math.max(gapFrom, mentions[j]!.end);
      if (!mentions[j]!.yearMissing && !mentions[j]!.reference) {
        next = mentions[j];
        break;
      }
    }
    // "tháng 12", "11 tháng", "quý IV" in a document dated January or February: the year just ended.
    const lastYear = printed !== undefined && printed.month <= 2 && endsLate(m.period) ? printed.year - 1 : undefined;
    // ("năm nay" is the year the document is printed in, even in a January review of the year before.)
    const year = (m.thisYear ? (printed?.year ?? defaultYear) : undefined) ?? next?.period.year ?? lastYear ?? defaultYear ?? 0;
    m.period = { ...m.period, year };
  }
  for (const m of mentions) m.period.label = periodLabel(m.period, m.asOf);
}

/**
 * A period of one year that ends in its last quarter (a month from October, 10 or 11 months, quý IV, the second half),
 * or the whole year ("Tính chung cả năm, ..." in a review printed in January is of the year just ended).
 */
function endsLate(p: Period): boolean {
  return p.type === "year" || (lastMonthOf(p) ?? 0) >= 10;
}

/** The last month of a period within one year (October for "tháng 10", September for "quý III"); none for a year or range. */
export function lastMonthOf(p: Period | undefined): number | undefined {
  switch (p?.type) {
    case "month":
      return p.part;
    case "months":
      return p.months;
    case "quarter":
      return p.part === undefined ? undefined : p.part * 3;
    case "half":
      return p.part === 2 ? 12 : 6;
    default:
      return undefined;
  }
}

/** How many of `mentions` (sorted by start) start before `at`, found by bisection. */
function startingBefore(mentions: readonly PeriodMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (mentions[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The periods starting in [from, to), in text order (findPeriods gives them sorted by start): found by bisection,
 * so a paragraph with thousands of periods (a megabyte pasted as one line) is not scanned whole for each figure.
 */
export function periodsStarting(periods: PeriodMention[], from: number, to: number): PeriodMention[] {
  const first = startingBefore(periods, from);
  return periods.slice(first, Math.max(first, startingBefore(periods, to)));
}

/** Same span of time: 6 months from January is the first half; 12 months is the year. */
export function samePeriod(a: Period, b: Period): boolean {
  const ka = canonical(a);
  const kb = canonical(b);
  return ka === kb;
}

function canonical(p: Period): string {
  let type: string = p.type;
  let part = p.part ?? 0;
  if (p.type === "months" && p.months === 6) {
    type = "half";
    part = 1;
  }
  if (p.type === "months" && p.months === 12) type = "year";
  if (type === "year") part = 0;
  if (type === "range") return `range-${p.fromYear ?? 0}-${p.year}`;
  if (type === "months") return `months-${p.months ?? 0}-${p.year}`;
  return `${type}-${part}-${p.year}`;
}

/** The label of a period whose year or span was changed, still "as of" when it was (a stock's month keeps its "đến"). */
export function relabel(p: Period): string {
  return periodLabel(p, p.type === "month" && p.label.startsWith("đến "));
}
