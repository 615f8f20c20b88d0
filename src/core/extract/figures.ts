/**
 * Figures in cleaned prose: a number with its unit ("19.125,44 tỷ đồng", "13.953kVA"), a percentage
 * ("42,13%", "14%/năm") or a figure over its plan ("15.178/15.000 học viên"). Dates ("13/5/2020"),
 * document numbers ("1809/QĐ-UBND") and numbers inside words are not figures.
 */
import { asVietnameseMarks, decimalsOf, parseNumberText, type DigitGrouping } from "../numbers";
import { resolveUnit, unitById, type UnitDef } from "../units";

export interface Figure {
  /** Offsets in the cleaned text, number and unit together. */
  start: number;
  end: number;
  value: number;
  percent: boolean;
  unit?: UnitDef;
  /** The unit as written ("triệu Kwh"). */
  unitText?: string;
  /** "15.178/15.000": the figure after the slash (the plan or the whole). */
  over?: number;
  /** Digits written after the decimal mark ("42,13" has 2): how far the document rounded. */
  decimals: number;
  /** The unit is not in the registry ("triệu bao", "lượt khách"): kept as written, under a generic count unit. */
  unitUnknown?: boolean;
  /**
   * "126,484 tỷ đồng" in a text that shows no grouping of its own: one comma before exactly three digits reads as a
   * decimal comma (the Vietnamese way, "108,987 tỷ đồng" is written so) but may group thousands; never read silently.
   */
  groupingUnsure?: boolean;
  /** "(-11,38%)", "(+3,63%)", "(bằng 23,8%; -15,6%)": a sign written before a bracketed percentage (a change, signed). */
  sign?: 1 | -1;
  /** A bound of a range ("6,5 - 7%", "từ 7% đến 7,5%"): no figure of its own. */
  range?: boolean;
}

const INDEX_BEFORE = /bằng\s+$/u;
/** "tăng 6,71 so với cùng kỳ": a rate with decimals written without its "%" (the sentence's other rates have it). */
const GROWTH_BEFORE = /(?<![\p{L}])(?:tăng|giảm)\s+$/u;
const INDEX_AFTER = /^\s*(?:%\s*)?(?:so\s+(?:với\s+)?)?cùng kỳ/u;
/**
 * A number as written. Thousands grouped by spaces (the layout has made no-break spaces plain) count only in groups of
 * three with a decimal comma after them ("12 345,6 tỷ đồng", as some offices type): "12 cụm, 345 doanh nghiệp" are two.
 */
const NUMBER = /(?<![\p{L}\d.,/])(?:\d{1,3}(?: \d{3})+,\d+(?![\d.,]\d)|\d[\d.,]*)/gu;
const NOT_UNITS = /^(?:viên chức|cái gì)$/iu;
const UNIT_WORDS = /^ ?([\p{L}\d²³]+)(?: ([\p{L}\d²³]+))?(?: ([\p{L}\d²³]+))?(?: ([\p{L}\d²³]+))?/u;

/** The figures of a paragraph; `grouping` is how the whole document groups thousands (numbers.groupingOf). */
export function findFigures(text: string, grouping?: DigitGrouping): Figure[] {
  const figures: Figure[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    const token = m[0].replace(/[.,]+$/, "");
    const start = m.index;
    let end = start + token.length;
    let over: number | undefined;
    // "ngày 29/9", "sáng 15-10", "từ 01/01 đến 30/6": a day and month after a word of time is a date, not a figure.
    if ((text[end] === "/" || text[end] === "-") && DAY_WORD_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && isDayMonth(token, /^[/-](\d{1,2})(?![\d.,]\d)/.exec(text.slice(end, end + 4))?.[1])) {
      NUMBER.lastIndex = skipWord(text, end);
      continue;
    }
    if (text[end] === "/") {
      const rest = /^\/(\d[\d.,]*)(\/\d+)?/.exec(text.slice(end, end + 24));
      // Dates (13/5/2020, 5/2020) and document numbers (1809/QĐ-UBND) are not figures.
      if (!rest || rest[2] !== undefined || /^(?:19|20)\d\d[.,]?$/.test(rest[1]!)) {
        NUMBER.lastIndex = skipWord(text, end);
        continue;
      }
      const overText = rest[1]!.replace(/[.,]+$/, "");
      over = parseNumberText(overText, grouping)?.value;
      if (over === undefined) continue;
      end += 1 + overText.length;
      NUMBER.lastIndex = end;
    }
    const parsed = parseNumberText(token, grouping);
    if (!parsed) continue;
    // "đứng thứ 5", "xếp thứ 12/63 tỉnh, thành phố", "Top 10 địa phương": a rank is no figure.
    if (/(?<![\p{L}])(?:thứ|top)\s*$/iu.test(text.slice(Math.max(0, start - 5), start))) {
      NUMBER.lastIndex = skipWord(text, end);
      continue;
    }
    // "số 132 Đồng Khởi", "Quyết định số 1013": a number that names something is not a figure;
    // nor is a year ("2022 Đề án/Kế hoạch" in a task table's timeframe column).
    if (/(?<![\p{L}])số\s*:?\s*$/u.test(text.slice(Math.max(0, start - 6), start))) continue;
    const after = text.slice(end, end + 40);
    // ("kinh tế cá thể đạt 1991 tỷ đồng": a number shaped like a year, with a money or mass unit, not after a word of
    // time, is an amount.)
    if (over === undefined && /^(?:19[5-9]\d|20[0-9]\d)$/.test(token) && text[end] !== "%" && text[end + 1] !== "%" && !yearShapedAmount(text, start, after)) continue;
    // "bằng 70,6 cùng kỳ", "bằng 98,5 so với cùng kỳ": an index written without its "%".
    const bareRate = INDEX_AFTER.test(after) && (INDEX_BEFORE.test(text.slice(Math.max(0, start - 8), start)) || (GROWTH_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && /,\d{1,2}$/.test(token)));
    // ("tăng 10,5 phần trăm": the percent sign in words.)
    const pct = /^ ?(?:%|phần trăm(?![\p{L}]))/u.exec(after) ?? (bareRate ? /^/.exec(after) : null);
    if (pct) {
      const perYear = /^ ?%\/năm/u.exec(after);
      // ("(bằng 23,8%; -15,6%)": the second comparison of a bracket is signed too.)
      // ("khai khoáng giảm 3,5%; sản xuất điện -2,1%": a sign glued to a percentage after a word is one too.)
      const signed = /(?:[(;]\s*([-−–+])\s*|[\s:]([-−+]))$/u.exec(text.slice(Math.max(0, start - 4), start));
      figures.push({
        start,
        end: end + (perYear ?? pct)[0].length,
        value: parsed.value,
        percent: true,
        // "tăng bình quân 7,7%/năm": an average yearly rate, its unit kept as written (a percentage all the same).
        ...(perYear ? { unitText: perYear[0].trim() } : {}),
        over,
        decimals: decimalsOf(asVietnameseMarks(token, grouping)),
        ...(signed ? { sign: (signed[1] ?? signed[2]) === "+" ? 1 : -1 } : {}),
      });
      continue;
    }
    const unit = perUnit(after, matchUnit(after)) ?? unknownUnit(after) ?? timesUnit(text.slice(Math.max(0, start - 16), start), after, token);
    figures.push({
      start,
      end: end + (unit?.length ?? 0),
      value: parsed.value,
      percent: false,
      unit: unit?.def,
      unitText: unit?.text,
      over,
      decimals: decimalsOf(asVietnameseMarks(token, grouping)),
      ...(unit && "unknown" in unit ? { unitUnknown: true } : {}),
      ...(grouping === undefined && /^\d{1,3},\d{3}$/.test(token) ? { groupingUnsure: true } : {}),
    });
  }
  shareUnits(text, figures);
  magnitudeUnits(figures);
  return ofWholes(text, markRanges(text, figures));
}

/**
 * "tăng trưởng GRDP đạt 6,5 - 7%", "đạt từ 7% đến 7,5%/năm", "từ 300 đến 350 tỷ đồng": a range gives no one value a
 * reader could settle, so neither bound is a figure (each only ends the words naming the next one). ("tăng từ 37% năm 2010 lên 61% năm 2015" is two figures.)
 */
function markRanges(text: string, figures: Figure[]): Figure[] {
  for (let i = 1; i < figures.length; i++) {
    const [low, high] = [figures[i - 1]!, figures[i]!];
    if (!high.percent && !high.unit) continue;
    const between = text.slice(low.end, high.start);
    const dash = /^\s*[-–]\s*$/u.test(between) && !low.percent && !low.unit;
    const fromTo = /^\s*(?:đến|tới)\s+$/u.test(between) && /(?<![\p{L}])từ\s+$/u.test(text.slice(Math.max(0, low.start - 6), low.start)) && (low.percent === high.percent || !low.unit);
    if (dash || fromTo) low.range = high.range = true;
  }
  return figures;
}

/**
 * "kim ngạch xuất khẩu ước đạt 1.050 triệu USD ..., kim ngạch nhập khẩu ước đạt 160 triệu, tăng 6,67%": a magnitude
 * alone takes the unit of the last figure before it in the paragraph written with that magnitude.
 */
function magnitudeUnits(figures: Figure[]): void {
  const lastWith = new Map<string, Figure>();
  for (const f of figures) {
    if (f.percent || !f.unitText) continue;
    if (f.unitUnknown && /^(?:nghìn|ngàn|triệu|tỷ|tỉ)$/u.test(f.unitText)) {
      const model = lastWith.get(f.unitText);
      if (model && f.start - model.end < 400) {
        f.unit = model.unit;
        f.unitText = model.unitText;
        delete f.unitUnknown;
      }
      continue;
    }
    const magnitude = /^(nghìn|ngàn|triệu|tỷ) /u.exec(f.unitText);
    if (magnitude && !f.unitUnknown) lastWith.set(magnitude[1]!, f);
  }
}

/**
 * "Trong 30 sản phẩm công nghiệp chủ yếu của tỉnh, có 21 sản phẩm tăng": a count after "trong" is the whole the text
 * counts within, a reference total, not a figure; "09 trong 12 sản phẩm": the count before it takes its unit.
 */
function ofWholes(text: string, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i]!;
    const counted = f.unit !== undefined && !f.percent && COUNTED_FAMILIES.has(f.unit.family);
    if (!counted || !/(?<![\p{L}])trong\s+$/iu.test(text.slice(Math.max(0, f.start - 8), f.start))) {
      out.push(f);
      continue;
    }
    const part = out[out.length - 1];
    if (part && !part.unit && !part.percent && /^\s+trong\s+$/iu.test(text.slice(part.end, f.start))) {
      part.unit = f.unit;
      part.unitText = f.unitText;
      if (f.unitUnknown) part.unitUnknown = true;
    }
  }
  return out;
}

/** Families of things counted, whose totals "trong N ..." are a reference, not a figure. */
const COUNTED_FAMILIES: ReadonlySet<string> = new Set(["count", "products", "enterprises", "projects", "communes", "cooperatives", "establishments", "markets"]);

/**
 * "cao đẳng 1.542, trung cấp 2.524, sơ cấp ...: 11.112 học viên": in a list the unit is written once, after
 * the last number, so a bare number followed by a comma takes the unit of the next figure in the list.
 */
function shareUnits(text: string, figures: Figure[]): void {
  for (let i = figures.length - 1; i >= 0; i--) {
    const f = figures[i]!;
    const written = text.slice(f.start, f.end);
    // Small bare numbers are labels ("mức độ 2, 5 hồ sơ mức độ 3"), years are years.
    if (f.unit || f.percent || text[f.end] !== "," || /^(?:19|20)\d\d$/.test(written) || !/\d{3}|[.,]/.test(written)) continue;
    let next: Figure | undefined;
    for (let j = i + 1; j < figures.length && !next; j++) if (figures[j]!.unit || figures[j]!.percent) next = figures[j];
    if (!next || next.percent || !next.unit || next.start - f.end > 90 || /[.;:]\s/.test(text.slice(f.end, next.start).replace(/:\s*$/, ""))) continue;
    f.unit = next.unit;
    f.unitText = next.unitText;
  }
}


/** A year-shaped number that is an amount: a money or mass unit after it, no word of time or span before it. */
function yearShapedAmount(text: string, start: number, after: string): boolean {
  if (!/^ ?(?:(?:nghìn|ngàn|triệu|tỷ) )?(?:đồng|USD|tấn)(?![\p{L}])/u.test(after)) return false;
  return !/(?:năm|giai đoạn|thời kỳ|từ|đến|tới|[-–/])\s*$/iu.test(text.slice(Math.max(0, start - 14), start));
}

/** Words of time before a day: "ngày", "sáng", "chiều", "hôm", "lúc", "từ", "đến". */
const DAY_WORD_BEFORE = /(?<![\p{L}])(?:ngày|sáng|trưa|chiều|tối|đêm|hôm|lúc|từ|đến|tới)\s+$/iu;

function isDayMonth(day: string, month: string | undefined): boolean {
  if (month === undefined || !/^\d{1,2}$/.test(day)) return false;
  const d = Number(day);
  const m = Number(month);
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
}

function skipWord(text: string, from: number): number {
  let i = from;
  while (i < text.length && !/\s/.test(text[i]!)) i++;
  return i;
}

const COUNT_UNIT = unitById("so-luong")!;
/**
 * Units the registry does not know but reports use: a magnitude and a noun ("triệu bao", "nghìn lượt"),
 * "lượt" and "lượt khách" (visits). The value is kept with the unit as written rather than dropped.
 * A magnitude before a period or comparison word ("tăng 2 triệu so với") or a verb ("1.496 tỷ đạt 87,38% kế hoạch")
 * is not a unit with that word: a magnitude alone before a verb or a stop is the unit as written ("tỷ").
 * "290 ngàn lượt khách quốc tế": "khách quốc tế" names what is counted, the unit is "ngàn lượt".
 * "30 mặt hàng", "09 trong 12 nhóm hàng", "tăng ở 61 địa phương": goods and places counted by a statistic.
 * Things counted that the registry lacks ("đàn lợn 12.500 con, tăng 8,2%", "tạo 15.000 việc làm", "1,2 triệu TEU",
 * "3.500 phòng") are statements only when compared (see isIndicatorStatement); two-word nouns after a magnitude
 * ("triệu sản phẩm", "nghìn lượt người") are read whole.
 */
const COUNTED = "con|việc làm|phòng|giường(?: bệnh)?|lượt xe|xe|tàu|chuyến|container|TEU|hành khách";
/**
 * Goods and places a statistic counts ("30 mặt hàng", "tăng ở 61 địa phương", "09 tỉnh, thành phố có kim ngạch ... trên
 * 01 tỷ USD", "57 tỉnh, thành ghi nhận tăng trưởng"): statements even uncompared, never what grows.
 */
const STATISTIC_COUNTED = String.raw`mặt hàng|nhóm hàng|địa phương|tỉnh, thành phố|tỉnh, thành|tỉnh\/thành phố|tỉnh thành`;
export const COUNTED_BY_STATISTIC = new RegExp(`^(?:${STATISTIC_COUNTED})$`, "u");
const UNKNOWN_UNIT = new RegExp(
  String.raw`^ ?((?:nghìn|ngàn|triệu|tỷ) (?:(?:sản phẩm|lượt người|lượt xe|hành khách|việc làm|TEU)(?![\p{L}])|(?!(?:so|đồng|năm|tháng|và|của|trong|với|đạt|tăng|giảm|bằng|chiếm|là|ước|khoảng|trên|hơn|gần)(?![\p{L}]))\p{Ll}+)(?: khách(?! (?:quốc tế|nội địa|trong nước|nước ngoài|lưu trú|du lịch)))?|lượt(?: khách(?! (?:quốc tế|nội địa|trong nước|nước ngoài|lưu trú|du lịch))| người)?|${STATISTIC_COUNTED}|${COUNTED}|(?:nghìn|ngàn|triệu|tỷ|tỉ)(?= (?:đạt|tăng|giảm|bằng|chiếm)(?![\p{L}])|[,;]|\.(?!\d)))(?![\p{L}\d])`,
  "u",
);

/**
 * "tăng gấp 2,3 lần": a ratio, kept as written with its unit "lần" (after "gấp": "3 lần" alone counts occasions).
 * "sứ vệ sinh tăng hơn 2 lần", "tăng 2,5 lần": a rise by a bound or a fraction of times is a ratio too, where "tăng 3
 * lần" may count price rises.
 */
function timesUnit(before: string, after: string, token: string): ReturnType<typeof unknownUnit> {
  const risen = /(?:^|[^\p{L}])(?:tăng|giảm)\s+(?:(hơn|gần|khoảng|trên)\s+)?$/u.exec(before);
  const ratio = /(?<![\p{L}])gấp\s+$/u.test(before) || (risen !== null && (risen[1] !== undefined || /\d,\d/u.test(token)));
  const m = ratio ? /^ ?(lần)(?![\p{L}\d])/u.exec(after) : null;
  return m ? { def: COUNT_UNIT, text: m[1]!, length: m[0].length, unknown: true } : undefined;
}

/** "51 triệu đồng/người": a unit per something the registry does not hold, kept as written. */
function perUnit(after: string, unit: ReturnType<typeof matchUnit>): ReturnType<typeof matchUnit> | ReturnType<typeof unknownUnit> {
  if (!unit) return unit;
  // ("8 tỷ viên/năm" is a capacity a year: the unit stays the registry's. "70 nghìn tỷ đồng/tháng" in the last two
  // months of a year is a month's average, never the period's total: it keeps its "/tháng", as "tấn/ngày" does.)
  // ("78.000 tỷ đồng/KH giao 80.000 tỷ đồng": the plan follows the slash; the unit is "tỷ đồng". "tỷ đồng/tháng 10":
  // a month after the slash is a date.)
  const per = /^\/\s?(?!(?:năm|KH|kế hoạch|dự toán|CK|cùng kỳ)(?![\p{L}])|(?:tháng|ngày)\s*\d)\p{L}+/u.exec(after.slice(unit.length));
  if (!per) return unit;
  const text = `${unit.text}${per[0]}`;
  return { def: COUNT_UNIT, text, length: unit.length + per[0].length, unknown: true };
}

function unknownUnit(after: string): { def: UnitDef; text: string; length: number; unknown: true } | undefined {
  const m = UNKNOWN_UNIT.exec(after);
  if (!m) return undefined;
  return { def: COUNT_UNIT, text: m[1]!, length: m[0].length, unknown: true };
}

/** "cơ sở/doanh nghiệp": a registry spelling that joins two words with a slash. */
const SLASHED_UNIT = /^ ?([\p{L}]+(?: [\p{L}]+)?\/[\p{L}]+(?: [\p{L}]+)?)(?![\p{L}\d])/u;

/** "triệu tấn.km", "nghìn lượt khách.km", "HK.Km", "tấn. km": transport work, whose ".km" no word run reaches. */
const KM_UNIT = /^ ?((?:(?:nghìn|ngàn|triệu) )?(?:tấn|lượt hành khách|lượt khách|hành khách|khách|hk|lượt người|người) ?[.-] ?km)(?![\p{L}\d])/iu;

/** The longest run of up to four words after a number that the unit registry knows. */
function matchUnit(after: string): { def: UnitDef; text: string; length: number } | undefined {
  const km = KM_UNIT.exec(after);
  const kmDef = km ? resolveUnit(km[1]!.replace(/ ?[.-] ?(?=km$)/iu, ".")) : undefined;
  if (km && kmDef) return { def: kmDef, text: km[1]!, length: km[0].length };
  const slashed = SLASHED_UNIT.exec(after);
  const slashedDef = slashed ? resolveUnit(slashed[1]!) : undefined;
  if (slashed && slashedDef) return { def: slashedDef, text: slashed[1]!, length: slashed[0].length };
  const m = UNIT_WORDS.exec(after);
  if (!m) return undefined;
  const words = [m[1], m[2], m[3], m[4]].filter((w): w is string => w !== undefined);
  for (let n = words.length; n >= 1; n--) {
    const text = words.slice(0, n).join(" ");
    const def = resolveUnit(text);
    // "01 viên chức" (a civil servant) is not "viên" (tablets).
    if (def && !NOT_UNITS.test(words.slice(0, n + 1).join(" "))) {
      const lead = after.startsWith(" ") ? 1 : 0;
      return { def, text, length: lead + text.length };
    }
  }
  return undefined;
}
