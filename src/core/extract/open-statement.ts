/**
 * A statement opened at a figure: the words that name it (its subject, the words after it, or the statement it points
 * back to), its period, kind (actual, estimate, plan, remaining), price basis and the bound written before it.
 */
import type { FigureKind, Period, PriceBasis } from "../dataset/types";
import type { UnitDef } from "../units";
import { unitById } from "../units";
import type { Figure } from "./figures";
import { deflatedName, firstWord, isPlaceOnly, placeNamed, rankedMeasure, statisticsName, stripName, subjectOf, wordsAfter } from "./names";
import { asOfMonthEnd, periodsStarting, relabel, type PeriodMention } from "./periods";
import type { BlockContext, BlockReading, ClauseReading, Statement } from "./statements";

export const PERCENT = unitById("percent")!;
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

/**
 * "bình quân giai đoạn 2016 - 2020 tăng 6,2%": an average over a span. "GRDP bình quân đầu người năm 2020" is per head,
 * a figure of its own year.
 */
export const AVERAGE = /bình quân(?!\s+(?:trên\s+)?(?:đầu người|mỗi người|một người|1 người))/u;

/** Words that make a figure a remainder, an estimate, or say its price basis. */
const REMAINING_WORDS = /(?:cần|còn)(?:\s+phải)?\s+(?:thực hiện|đạt)|còn lại/u;
/** "ước", "dự ước": an estimate; never "so với ước thực hiện năm 2022" (the base of a comparison is the estimate). */
const ESTIMATE_WORD = /(?<![\p{L}])(?<!so\s(?:với\s)?)(?:dự ước|ước tính|ước thực hiện|ước)(?![\p{L}])/u;
/**
 * A figure the writer means to reach: "phấn đấu", "đặt mục tiêu", "mục tiêu tăng trưởng 7,5%", "Sở sẽ tập trung thực
 * hiện ...", "theo kế hoạch đề ra ... là 8,42%" ("mục tiêu kép" names a policy, not a figure; "đạt và vượt kế hoạch đề ra,
 * như: ... ước tăng 8,39%" says what was reached).
 */
const TARGET_WORDS = /(?<![\p{L}])(?:phấn đấu|mục tiêu(?! kép)|sẽ|theo kế hoạch)(?![\p{L}])/u;
/** The words of TARGET_WORDS, one of which each of its matches holds. */
const TARGET_HOLDS = ["phấn đấu", "mục tiêu", "sẽ", "theo kế hoạch"];
/** "trong 2 tháng cuối năm", "những tháng còn lại": the months left of the year. */
const MONTHS_LEFT = /(?<![\p{L}])(?:\d{1,2}|những|các) tháng (?:cuối năm|còn lại)/u;
const COMPARABLE_2010 = /giá\s+(?:so sánh\s+)?(?:năm\s+)?2010/u;
const CURRENT_PRICES = /giá\s+(?:hiện hành|thực tế)/u;

/** The last statement read that `test` accepts, looked for from the end (no copy of a long paragraph's list). */
export function lastWhere(out: Statement[], test: (s: Statement) => boolean): Statement | undefined {
  for (let i = out.length - 1; i >= 0; i--) if (test(out[i]!)) return out[i];
  return undefined;
}

/** How a figure is named: the words quoted for it and what the catalog is matched on. */
interface Naming {
  name: string;
  inherited: boolean;
  start: number;
  end: number;
  near: string;
  /** The figure of another place than the document's: the measure named with that place (see placeFigure). */
  elsewhere?: string;
  /** "tăng 5,69% so với cùng kỳ (kế hoạch là 4%)": the statement this figure is the plan of. */
  planOf?: Statement;
}

/**
 * The name of the figure at `f`: its subject before it; for a figure with a unit and no subject, the words after it
 * ("87,34km đường dây hạ thế"); a subject that only points at the statement before it ("(cùng kỳ năm 2019 tăng
 * 10,8%)", "nếu loại trừ yếu tố giá giảm 3,6%") takes that statement's indicator; none: the last name written.
 */
function nameFigure(b: BlockReading, c: ClauseReading, f: Figure, unit: UnitDef, unitText: string, preStart: number, ofPriorYear: boolean): Naming {
  const text = b.text;
  // "09 trong 12 nhóm hàng ghi nhận mức tăng trưởng khá": the words naming a part counted out of a whole follow the whole.
  const outOf = /^\s*trong\s+\d[\d.,]*\s+/u.exec(text.slice(f.end, f.end + 24));
  const counted = outOf && text.startsWith(unitText, f.end + outOf[0].length) ? f.end + outOf[0].length + unitText.length : f.end;
  // "04/5 sản phẩm, bộ sản phẩm được ... công nhận": the set form written beside what is counted is the same count.
  const afterAt = text.startsWith(`, bộ ${unitText}`, counted) ? counted + unitText.length + 5 : counted;
  const after = wordsAfter(text, afterAt, c.end);
  let named = (COUNT_FAMILIES.has(unit.family) ? placesCounted(b, f, unitText, preStart) : undefined) ?? subjectOf(text, preStart, f.start, b.periods);
  const ofPlace = countryAside(b, c, f) ?? placeFigure(b, c, f, named, after, unitText);
  if (ofPlace) return ofPlace;
  let end = f.end;
  // "Toàn tỉnh có 10 cụm công nghiệp, 2 khu công nghiệp, 83 chợ": an item of the list before it, counted in words the
  // registry does not know, names nothing of the figure after it.
  if (/^\d[\d.,]*\s+\p{L}/u.test(named.name) && /,\s*$/u.test(text.slice(preStart, f.start))) named = { name: "", start: f.start };
  // "87,34km đường dây hạ thế", "08 HTX": with no words before it, the words after a figure name it. Never a
  // percentage's: the words after it say what it is compared with or a share of ("so với cùng kỳ", "tổng kim ngạch");
  // nor a figure that rates before it in the clause are waiting for ("chiếm 82,14%, đạt 20.283 tỷ đồng do ...").
  // ("Quảng Ninh đón khoảng 7,1 triệu lượt khách du lịch": a subject that only names a place does not name the figure.)
  // (With no words after the figure, "Sầm Sơn đón 4,1 triệu lượt khách", the place is what tells the count apart.)
  // ("Bên cạnh những tín hiệu tích cực, có 03 nhóm hàng sụt giảm doanh thu": what "có" counts is named after it; the
  // words before say where or when.)
  // ("Theo báo cáo của Sở Văn hóa, thể thao và du lịch, Thanh Hóa đã đón ...": the piece after the last comma is the subject.)
  const placeOnly = (isPlaceOnly(named.name.slice(named.name.lastIndexOf(",") + 1).trim()) || (COUNT_FAMILIES.has(unit.family) && /(?:^|\s)có\s*$/u.test(b.lower.slice(preStart, f.start)))) && stripName(after).length > 0;
  if ((named.name.length === 0 || placeOnly) && unit !== PERCENT && c.rates.length === 0 && (after.trim().length > 0 || COUNT_FAMILIES.has(unit.family))) {
    // ("8,3 triệu lượt khách du lịch": the thing counted, without the magnitude of the count.)
    const counted = COUNT_FAMILIES.has(unit.family) ? unitText.replace(/^(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+/u, "") : "";
    const own = after.slice(0, listOpening(after));
    // ("Có 61 địa phương có chỉ số IIP tăng": places counted by what a statistic did there keep it, as placesCounted names them.)
    const did = PLACES_COUNTED.test(counted) ? /\s(tăng|giảm)\s*$/u.exec(own)?.[1] : undefined;
    const name = stripName(`${counted} ${own}`.replace(/\s+/gu, " ")) + (did ? ` ${did}` : "");
    if (name.length > 0) {
      named = { name, start: firstWord(text, preStart, f.start) };
      end = afterAt + own.length;
    }
  }
  // "ngành chế biến, chế tạo tăng 9,6%, đóng góp 7,2 điểm phần trăm": a contribution with no subject of its own is that
  // of the figure before it in the clause, else of the indicator named last ("ngành khai khoáng đóng góp").
  if (/^(?:mức\s+)?đóng góp(?:\s+giảm)?$/iu.test(named.name)) {
    const contributor = lastWhere(b.out, (o) => o.block === b.block && o.figureStart >= c.start && !o.earlier);
    if (contributor) return { name: `${contributor.name} đóng góp`, inherited: false, start: contributor.start, end, near: `${contributor.name} đóng góp ${unitText} ${after}` };
    if (b.lastName) named = { ...named, name: `${b.lastName} ${named.name}` };
  }
  // "GTSXCN cần phải đạt hơn 70 nghìn tỷ đồng/tháng, trong khi bình quân các tháng chỉ đạt khoảng 60 nghìn tỷ đồng",
  // "CPI ... tăng 3,1%; bình quân 9 tháng tăng 2,9%": an average with no subject of its own is of the indicator named last.
  // ("Tỷ lệ tồn kho ... bình quân 6 tháng đầu năm 2022 là 78% (bình quân 6 tháng đầu năm 2021 là 92%)": an average of an
  // average is that indicator again, not its name said twice.)
  else if (/^bình quân(?:\s+(?:các|mỗi|một)\s+tháng)?$/iu.test(named.name) && b.lastName) named = { ...named, name: b.lastName.endsWith(named.name) ? b.lastName : `${b.lastName} ${named.name}` };
  const near = `${named.full || named.name} ${unitText} ${after}`;
  // The period reader takes "cùng kỳ năm 2019" whole as the figure's period, leaving no subject: that too points back.
  const reference = referenceOf(named.name) ?? (named.name.length === 0 && ofPriorYear ? "prior" : undefined) ?? comparedWith(b.lower, preStart, f.start);
  const of = reference ? (c.current ?? lastWhere(b.out, (o) => o.block === b.block && !o.delta)) : undefined;
  if (reference && of) {
    // The same indicator as the statement it follows: the prior year's figure is matched like it; the figure net of
    // prices is another indicator (the catalog has none), named after it.
    return {
      name: reference === "deflated" ? deflatedName(of.name) : of.name,
      inherited: true,
      start: named.start,
      end,
      near: reference === "deflated" ? `${of.name} ${near}` : of.near,
      ...(reference === "plan" ? { planOf: of } : {}),
    };
  }
  const inherited = named.name.length === 0;
  const name = inherited ? b.lastName || b.lead : named.name;
  const start = inherited ? firstWord(text, c.start, f.start) : named.start;
  // The catalog is matched on the whole subject ("giá trị sản xuất của khối công nghiệp"), the name is its shortest form.
  // ("chỉ số này ước tăng 19,6%": a pointer's words say nothing, the name it points at does.)
  return { name, inherited, start, end, near: `${inherited && POINTS.test(named.full ?? "") ? name : named.full || name} ${unitText} ${after}` };
}

/** Words that point at the indicator named before ("chỉ số này", "con số đó"). */
const POINTS = /(?:này|đó|trên)$/u;

/**
 * "những địa phương có chỉ số IIP tăng cao như Trà Vinh tăng 102,7%; Khánh Hòa tăng 37%", "... là địa phương dẫn đầu cả
 * nước về kim ngạch xuất khẩu với 31,1 tỷ USD; Bình Dương với 22,51 tỷ USD", "kim ngạch xuất khẩu của Bắc Ninh đạt 4,2 tỷ
 * USD, trong khi của thành phố Hồ Chí Minh là 3,4 tỷ USD": a figure whose subject is only a place, in a list of places or
 * after the same measure of another, is that measure of that place ("chỉ số IIP Trà Vinh"). Never a catalog indicator:
 * the catalog's are the document's own province's, and a ranking of provinces is about others.
 */
function placeFigure(b: BlockReading, c: ClauseReading, f: Figure, named: { name: string; start: number }, after: string, unitText: string): Naming | undefined {
  const place = placeNamed(named.name);
  if (place === undefined || stripName(after).length > 0) return undefined;
  const measure = rankedMeasure(b.text.slice(sentenceStart(b.lower, c.start), f.start)) ?? measureBefore(b, named.start);
  if (measure === undefined) return undefined;
  const name = `${measure} ${place}`;
  const at = b.text.indexOf(place, named.start);
  return { name, inherited: false, start: at >= 0 ? at : named.start, end: f.end, near: `${name} ${unitText}`, elsewhere: measure };
}

/**
 * "Sau Bắc Giang, Trà Vinh là địa phương có tăng trưởng GRDP cao thứ hai cả nước, với GRDP tăng 13,93% ... Trong đó, tổng
 * giá trị sản xuất nông nghiệp tăng 2,75%": in a sentence that puts another place forward, and in those going on with
 * it, a figure is that place's: its name says so ("GRDP Trà Vinh", "chỉ số IIP Trà Vinh"), and it is no catalog indicator.
 */
function ofPlaceForward(b: BlockReading, f: Figure, naming: Naming): Naming {
  if (naming.elsewhere !== undefined || naming.name.length === 0) return naming;
  let place = b.ctx.placeForward;
  for (const p of b.forward) if (p.from <= f.start) place = p.place;
  // "... là Bắc Giang với 44,2%, trong đó chỉ số sản xuất của ngành chế biến, chế tạo tăng 46,6%": a part of a place's
  // figure, in its sentence, is that place's.
  const whole = b.out[b.out.length - 1];
  if (whole?.elsewhere && PART_OF_IT.test(b.text.slice(whole.figureStart, f.start))) place = whole.name.slice(whole.elsewhere.length + 1);
  if (place === undefined || naming.name.endsWith(place)) return naming;
  const measure = statisticsName(naming.name);
  return { ...naming, name: `${measure} ${place}`, elsewhere: measure };
}

/** "..., trong đó ..." with no sentence's end between: what follows is a part of the figure before. */
const PART_OF_IT = /^[^.;]*(?<![\p{L}])trong đó(?![\p{L}])[^.;]*$/iu;

/**
 * "05 địa phương có kim ngạch nhập khẩu cao nhất cả nước lần lượt là thành phố Hồ Chí Minh (40,71 tỷ USD), ...": the words
 * after a count stop where the list of the places it counts opens; each place is the subject of the figure after it.
 */
function listOpening(after: string): number {
  const m = /\s(?:lần lượt\s+)?(?:là|gồm)\s+/u.exec(after);
  return m && placeNamed(after.slice(m.index + m[0].length).trim()) !== undefined ? m.index : after.length;
}

/**
 * "..., tăng 12,5% so với cùng kỳ (cả nước tăng 11,1%)": the country's figure set beside the province's, named as the
 * country, no catalog indicator of the province's.
 */
function countryAside(b: BlockReading, c: ClauseReading, f: Figure): Naming | undefined {
  const before = b.lower.slice(Math.max(c.start, f.start - 40), f.start);
  const m = COUNTRY_ASIDE.exec(before);
  if (!m) return undefined;
  const start = f.start - before.length + m.index + m[0].indexOf("cả");
  return { name: b.text.slice(start, start + "cả nước".length), inherited: false, start, end: f.end, near: "cả nước", elsewhere: "" };
}

const COUNTRY_ASIDE = /\(\s*(?:so với\s+)?cả nước\s+(?:(?:ước\s+)?(?:tăng|giảm|đạt|là)\s*)?$/u;

/**
 * The measure a place's figure takes from the statement before it: the same measure "của" another place ("..., trong khi
 * của thành phố Hồ Chí Minh là 3,4 tỷ USD"), or the statistic whose rise or fall was counted in places ("tăng ở 61 địa
 * phương và giảm ở 2 địa phương (Trà Vinh giảm 17,2%").
 */
function measureBefore(b: BlockReading, nameStart: number): string | undefined {
  // ("...; Hà Tĩnh giảm 7,5%)": the next place of the same list.)
  const previous = b.out[b.out.length - 1];
  if (previous?.elsewhere && previous.name === b.lastName) return previous.elsewhere;
  if (b.lastName.length === 0) return undefined;
  if (/(?:^|\s)của\s+$/u.test(b.text.slice(Math.max(0, nameStart - 8), nameStart))) return b.lastName;
  const counted = /^(?:địa phương|tỉnh, thành(?: phố)?) có (.+) (?:tăng|giảm)$/u.exec(b.lastName);
  return counted ? statisticsName(counted[1]!) : undefined;
}

/** Words counting places: "61 địa phương", "09 tỉnh, thành phố". */
const PLACES_COUNTED = /^(?:địa phương|tỉnh(?:,\s*thành(?:\s+phố)?)?|thành phố)$/u;

/** "... tăng ở 61 địa phương": the places or items where the subject rose or fell are counted. */
const ROSE_AT = /(?:^|\s)(tăng|giảm)\s+ở\s*$/u;

/**
 * "IIP 5 tháng đầu năm 2022 so với cùng kỳ năm trước tăng ở 61 địa phương và giảm ở 2 địa phương": a count of the places
 * where a statistic rose (or fell) is named by what is counted and what it says of them, "địa phương có IIP tăng";
 * the second count, with no subject of its own, is of the same statistic.
 */
function placesCounted(b: BlockReading, f: Figure, unitText: string, preStart: number): { name: string; start: number; full: string } | undefined {
  const m = ROSE_AT.exec(b.lower.slice(preStart, f.start));
  if (!m) return undefined;
  const counted = unitText.replace(/^(?:nghìn|ngàn|triệu|tỷ|tỉ)\s+/u, "");
  const own = subjectOf(b.text, preStart, preStart + m.index, b.periods);
  // (The comparison it is made in, "so với cùng kỳ năm trước", is no part of the name: stripName drops it.)
  let subject = own.name;
  if (subject.length === 0) {
    const before = lastWhere(b.out, (o) => o.block === b.block && o.name.startsWith(`${counted} có `));
    subject = before ? before.name.slice(counted.length + 4).replace(/\s+(?:tăng|giảm)$/u, "") : "";
  }
  if (subject.length === 0) return undefined;
  // (Lower-cased at the start as in a sentence, never an acronym: "IIP".)
  const lead = /^\p{Lu}\p{Ll}/u.test(subject) ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject;
  const name = `${counted} có ${lead} ${m[1]}`;
  return { name, start: subject === own.name ? own.start : f.start - m[0].trimStart().length, full: name };
}

/**
 * "(cùng kỳ năm trước dư nợ tăng trưởng 10,18%)", "(cùng kỳ năm 2019 tăng 10,8%)": the figure of the same period of the
 * year written; "cao hơn mức tăng 7,2% của cùng kỳ năm 2016": the same, written after the figure. Its group is the year
 * ("trước": the one before). Never the base of a comparison ("so với cùng kỳ năm 2019").
 */
function priorYearOf(pre: string, after: string): RegExpExecArray | null {
  // ("(cùng thời điểm năm trước tăng 29,5%)": a stock's figure at the same date of the year before, the same way; "(cùng kỳ
  // giảm 12,9%)": the same, the year before left unsaid.)
  return /(?<!so\s(?:với\s)?|của\s)cùng (?:kỳ|thời điểm) năm (trước|(?:19|20)\d\d)/u.exec(pre) ?? /^\s*của\s+cùng (?:kỳ|thời điểm) năm (trước|(?:19|20)\d\d)/u.exec(after) ?? BRACKETED_PRIOR.exec(pre.slice(-32));
}

/** "(cùng kỳ giảm": read in the last words before the figure only (the pattern is not anchored at its start). */
const BRACKETED_PRIOR = /\(\s*cùng kỳ\s+(?:(?:ước\s+)?(?:tăng|giảm|đạt|là|bằng))\s*$/u;

/**
 * "GDP quý III tăng 6,88%. Mức này tuy thấp hơn mức 7,45% của quý I nhưng cao hơn mức tăng 6,73% của quý II": a figure
 * set against the one before as its level ("mức") is of the same indicator (read in the few words before it).
 */
function comparedWith(lower: string, preStart: number, at: number): "compared" | undefined {
  return COMPARED_LEVEL.test(lower.slice(Math.max(preStart, at - 48), at)) ? "compared" : undefined;
}

const COMPARED_LEVEL = /(?:^|\s)(?:cao|thấp|lớn|nhỏ)\s+hơn\s+(?:(?:so\s+)?với\s+)?mức(?:\s+(?:tăng trưởng|tăng|giảm))?\s*$/u;

/** A subject that names no indicator but points at the statement before it. */
function referenceOf(subject: string): "prior" | "deflated" | "plan" | undefined {
  const s = subject.toLowerCase();
  // "(cùng kỳ năm 2019 tăng 10,8%)": the same indicator, in the same period of an earlier year.
  if (/^cùng (?:kỳ(?:\s+năm\s+(?:trước|(?:19|20)\d\d))?|thời điểm\s+năm\s+(?:trước|(?:19|20)\d\d))$/u.test(s)) return "prior";
  // "nếu loại trừ yếu tố giá giảm 3,6%", "nếu loại trừ yếu tố giá thì con số này tăng 5%", "thì mức tăng là 9,5%".
  if (/^(?:nếu\s+)?loại trừ yếu tố giá(?:\s+thì)?(?:\s+(?:con số này|mức tăng(?:\s+là)?))?$/u.test(s)) return "deflated";
  // "tăng 10,51% so với năm 2016 (kế hoạch tăng 10,6%)", "..., chỉ tiêu đề ra là tăng 20%": the plan of the same indicator.
  // ("tăng 11,73%, vượt tốc độ tăng trưởng so với kế hoạch đề ra đầu năm 2022 là 8,42%": the rate it passes is the plan's;
  // "(kế hoạch là là 4%)": a word typed twice.)
  if (/^(?:vượt\s+)?(?:(?:tốc độ\s+)?tăng trưởng\s+)?(?:so\s+với\s+)?(?:theo\s+)?(?:kế hoạch|kh|chỉ tiêu|mục tiêu)(?:\s+(?:đề ra|đặt ra|giao))?(?:\s+đầu(?:\s+năm)?)?(?:\s+là){0,2}$/u.test(s)) return "plan";
  return undefined;
}

/** A statement at the figure `f`: its name, period, kind, price basis and the bound written before it. */
export function open(b: BlockReading, c: ClauseReading, f: Figure, unit: UnitDef, unitText: string, pre: string, stockClause = false): Statement {
  const { text, lower, periods } = b;
  const ctx = c.ctx;
  const clauseStart = c.start;
  const preStart = f.start - pre.length;
  const after = lower.slice(f.end, f.end + 40);
  const priorYear = priorYearOf(pre, after);
  const naming = ofPlaceForward(b, f, nameFigure(b, c, f, unit, unitText, preStart, priorYear !== null));
  const sentenceBefore = lower.slice(clauseStart, f.start);
  const sentence = lower.slice(sentenceStart(lower, clauseStart), f.start);
  // "... góp phần xây dựng đạt huyện nông thôn mới năm 2020, kết quả huyện Càng Long có 13/13 xã": the year before
  // "kết quả" is the goal's; the result is counted from there.
  const result = sentenceBefore.lastIndexOf("kết quả");
  const from = result >= 0 ? clauseStart + result + "kết quả".length : clauseStart;
  // "tình hình sản xuất công nghiệp Quý I trên địa bàn tỉnh có nhiều chuyển biến ...: xi măng tăng 14,1%; thiết bị điện
  // tăng 14,2%": a stock word ("trên địa bàn tỉnh có") whose clause writes a period is not a stock as of the document's
  // date ("...giai đoạn 2021 - 2030; Đến nay, tỉnh đã thành lập 04 CCN ..." is: its clause writes none).
  const stockWords = stockSaid(sentence, f.start, periods);
  let period = periodFor(f, preStart, from, c.end, periods, ctx, AVERAGE.test(pre), stockClause || stockWords, text, c.going);
  // "Tính đến hết tháng 9, toàn tỉnh có 1.200 doanh nghiệp": a count of things is a stock as of the month's end.
  // (Visits, "lượt", happen over the months: a flow, not a stock counted at the month's end.)
  if (period.throughMonth && COUNT_FAMILIES.has(unit.family) && !/(?:^|\s)lượt(?:\s|$)/u.test(unitText)) period = { ...period, period: asOfMonthEnd(period.period) };
  // "... cao hơn mức tăng 6,3% của 6 tháng đầu năm nay": a figure of another period quoted to compare with; the text
  // does not go on in its period.
  // ("(sơ bộ quý I/2015 tăng 7,90%)" after a figure of 2016: see PeriodMention.aside.)
  const quoted = priorYear !== null || period.aside === true || /^\s*của\s+(?:\d{1,2}\s+tháng|tháng|qu[ýí]|năm|cùng kỳ)(?![\p{L}])/u.test(after);
  if (priorYear) {
    const p = period.period;
    const shift = priorYear[1] === undefined || priorYear[1] === "trước" ? 1 : p.year - Number(priorYear[1]);
    period = { ...period, period: { ...p, year: p.year - shift, fromYear: p.fromYear === undefined ? undefined : p.fromYear - shift } };
    period.period.label = relabel(period.period);
    if (period.period.fromYear === undefined) delete period.period.fromYear;
  }
  const upToFigure = lower.slice(Math.max(0, f.start - 400), f.start);
  // (Both price patterns open with "giá": words without it, most figures', are not searched twice.)
  const pricesSaid = upToFigure.includes("giá");
  const priceBasis: PriceBasis = pricesSaid && COMPARABLE_2010.test(upToFigure) ? "comparable-2010" : pricesSaid && CURRENT_PRICES.test(upToFigure) ? "current" : "n/a";
  // A figure of an earlier period quoted to compare with ("(cùng kỳ năm 2023 tăng 13,3%)") is done, whatever the sentence estimates.
  let kind = quoted && ctx.kind === "report" ? "actual" : kindOf(ctx, sentence, text.slice(f.start - sentence.length, f.start), sentenceBefore, period);
  // "Tính chung 10 tháng, doanh thu ... ước đạt 42,3 nghìn tỷ đồng; ..., đặc biệt nhóm hàng ô tô tăng cao 14,6%": a
  // figure going on in an estimate's period, its part or its detail, is estimated too.
  if (kind === "actual" && !quoted && period.inherited && lastWhere(b.out, (o) => o.block === b.block && !o.earlier)?.kind === "estimate") kind = "estimate";
  // The plan of the statement before it is a plan whatever that statement is; a bare rate planned for a growth ("tăng
  // 5,69% so với cùng kỳ (kế hoạch là 4%)"), or for a figure given with its growth ("đạt 4,36 tỷ USD, tăng 11,73%, vượt
  // ... kế hoạch đề ra là 8,42%"), is the growth planned.
  if (naming.planOf) kind = "plan";
  const plannedGrowth = unit === PERCENT && naming.planOf !== undefined && (naming.planOf.rate === "growth" || naming.planOf.reported.growthVsPrior !== undefined);
  // ("ít nhất 377MW", "tối thiểu": at least, a bound from below like "trên".)
  const qualifier = /(?:trên|hơn|ít nhất|tối thiểu)\s*$/u.test(pre) ? "over" : /(?:khoảng|xấp xỉ|ước chừng)\s*$/u.test(pre) ? "about" : /(?:gần|dưới)\s*$/u.test(pre) ? "under" : undefined;
  return {
    block: b.block,
    start: naming.start,
    end: naming.end,
    figureStart: f.start,
    value: f.value,
    unit,
    unitText,
    name: naming.name,
    nameInherited: naming.inherited,
    near: naming.near,
    lead: b.lead,
    context: text.slice(Math.max(clauseStart, f.start - 240), f.start),
    heading: ctx.heading ?? "",
    period: period.period,
    kind,
    priceBasis,
    qualifier,
    ...(f.unitUnknown ? { unitUnknown: true } : {}),
    ...(f.groupingUnsure ? { groupingUnsure: true } : {}),
    ...(period.fromContext && ctx.periodFrom ? { periodFrom: ctx.periodFrom } : {}),
    ...(quoted ? { earlier: true } : {}),
    ...(naming.elsewhere !== undefined ? { elsewhere: naming.elsewhere } : {}),
    reported: plannedGrowth ? { growthVsPrior: f.value } : {},
    decimals: f.decimals,
    reportedDecimals: plannedGrowth ? { growthVsPrior: f.decimals } : {},
  };
}


/** The period found for a figure, and what its phrase says besides (see PeriodMention). */
interface FigurePeriod {
  period: Period;
  estimate: boolean;
  fromContext?: boolean;
  aside?: boolean;
  throughMonth?: boolean;
  /** No period written for the figure: it goes on in the period of the figure before it or of its context. */
  inherited?: boolean;
}

function written(m: PeriodMention): FigurePeriod {
  return { period: m.period, estimate: m.estimate, aside: m.aside, throughMonth: m.throughMonth };
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
): FigurePeriod {
  // Only the periods from the clause's start to just after the figure can be the clause's or the following one.
  const usable = periodsStarting(periods, clauseStart, f.end + 60).filter((p) => !p.reference);
  // "tăng trưởng bình quân 14,48% giai đoạn 2021 - 2025": the period follows the figure.
  // (Not a period quoted for an earlier figure of the clause: "... mức tăng 6,3% của 6 tháng đầu năm nay. Ngành ...".)
  const inClause = usable.filter((p) => p.end <= f.start && p.start >= clauseStart && !p.afterFigure);
  // ("GDP 9 tháng năm 2020 tăng 2,12% (Quý I tăng 3,68%; ...)": a period after the figure is the next figure's when
  // the figure already has one.)
  // ("mức tăng 7,3% trong giai đoạn 2011 – 2015", "6,3% của 6 tháng đầu năm nay": "trong", "của" before it.)
  // ("chỉ tiêu đón 9 triệu lượt khách lưu trú trong năm 2024": after the words of what is counted, the same.)
  // ("chiếm 42,3% (9 tháng đầu năm 2022 là 41,5%)": an earlier period in a bracket after the figure dates the bracket's own.)
  const following = usable.find((p) => p.start >= f.end && !(p.aside && text.slice(f.end, p.start).includes("(")) && (p.start - f.end <= 6 || /^[\p{L}\s]*?\s*(?:của|trong)\s+$/u.test(text.slice(f.end, p.start))) && p.end <= clauseEnd);
  // ("Trong đó, quý I tăng 7,45% và quý II tăng 6,79%", "tăng lần lượt 5,4% và 17,2%, lũy kế 9 tháng ...": after "và" or a
  // comma, a period heads the next figure's clause, not this one's, which has its own.)
  if (following && (following.period.type === "range" || inClause.length === 0 || !NEXT_CLAUSE.test(text.slice(f.end, following.start)))) return written(following);
  if (average) {
    // An average is over a span: the last one named in the paragraph or before it.
    const range = periods.filter((p) => !p.reference && p.end <= f.start && p.period.type === "range").pop();
    if (range) return { period: range.period, estimate: range.estimate };
    if (ctx.lastRange) return { period: ctx.lastRange, estimate: false };
  }
  // The words since the previous figure name the period first ("năm 2021 và Tết Nhâm Dần năm 2022 là ..." is 2021).
  // A period in a report's name ("Theo Báo cáo ... quý II, tháng 6/2024, ...") only when no other is written.
  const own = leadPassed(inClause.filter((p) => p.start >= preStart && !p.inName), text) ?? inClause.find((p) => p.start >= preStart);
  if (own) return written(own);
  // None since the figure before it: it goes on in that figure's period ("... bình quân giai đoạn 2021-2023 tăng 0,4%/năm,
  // trong đó khu vực dịch vụ (+6,7%)"; "... năm 2021 và Tết năm 2022 là 291,982 tỷ đồng (trong đó, hàng tết 147,443 tỷ đồng").
  const bracketed = asideStillOpen(periods, text, preStart, f.start);
  if (bracketed) return written(bracketed);
  if (previous) return { period: previous, estimate: false, inherited: true };
  const last = inClause[0];
  if (last) return written(last);
  if (stock && ctx.asOf) return { period: ctx.asOf, estimate: false };
  return { period: ctx.period, estimate: false, fromContext: true, inherited: true };
}

/** Between a figure and a period after it: the period opens another clause (a bracket, ";", "," or "và"). */
const NEXT_CLAUSE = /[(;,]|(?<![\p{L}])và(?![\p{L}])/u;

/**
 * "(cơ cấu tương ứng của 6 tháng đầu năm 2023 là: 22,81%; 25,81%; 47,17%)": the figures after an earlier period named in
 * a bracket stay in that period until the bracket closes, each ";" clause as much as the first.
 */
function asideStillOpen(periods: readonly PeriodMention[], text: string, preStart: number, at: number): PeriodMention | undefined {
  for (let i = periods.length - 1; i >= 0; i--) {
    const p = periods[i]!;
    if (p.end > at) continue;
    // (A figure of its own right after the period, "(cùng kỳ năm 2023 tăng 14,7%)", is read by its own words.)
    if (p.end > preStart) return undefined;
    if (!p.aside) return undefined;
    const open = text.lastIndexOf("(", p.start);
    const close = open < 0 ? -1 : text.indexOf(")", open);
    return open >= 0 && (close < 0 || close > at) ? p : undefined;
  }
  return undefined;
}

/**
 * The first of the periods written before a figure, unless a comma closes the words it ends ("Dựa trên kết quả năm 2024,
 * tỉnh đặt mục tiêu tăng trưởng năm 2025 đạt 13,6%": the lead-in's year is not the figure's; the next one written is).
 */
function leadPassed(before: PeriodMention[], text: string): PeriodMention | undefined {
  let at = 0;
  while (at + 1 < before.length && /,/u.test(text.slice(before[at]!.end, before[at + 1]!.start))) at++;
  return before[at];
}

/**
 * What a figure is (a remainder, a plan, a target, an estimate or done), by its heading's kind and the words of its
 * sentence before it. An estimate word holds for the whole sentence ("ước tăng 8,01%; trong đó ngành dịch vụ tăng
 * 6,32%" estimates both); a remainder is said in its own clause.
 */
function kindOf(ctx: BlockContext, before: string, written: string, clause: string, period: FigurePeriod): FigureKind {
  if (ctx.kind === "remaining") return "remaining";
  // (Sentences glued without a space, "... so với cùng kỳ năm trước.Tính chung 7 tháng", end at the full stop too:
  // `written` is `before` as written, capitals kept.)
  const sentence = before.slice(lastSentenceEnd(written));
  // "... cần thực hiện 6 tháng cuối năm: 26.274,56 tỷ đồng", "trong 2 tháng cuối năm, GTSXCN cần phải đạt hơn 70
  // nghìn tỷ đồng/tháng": a remainder said in the sentence itself.
  if (REMAINING_WORDS.test(clause) && ((period.period.type === "half" && period.period.part === 2) || MONTHS_LEFT.test(sentence))) return "remaining";
  if (ctx.kind === "plan") return "plan";
  // (Each pattern, a lookbehind at its head, is tried only on a sentence holding one of its words: asked of every figure,
  // it would otherwise be tried at every position of the sentence before it.)
  if (TARGET_HOLDS.some((w) => sentence.includes(w)) && TARGET_WORDS.test(sentence)) return "target";
  return (sentence.includes("ước") && ESTIMATE_WORD.test(sentence)) || period.estimate ? "estimate" : "actual";
}

/** Where the last sentence of `text` starts: after its last full stop before a space or a capital. */
function lastSentenceEnd(text: string): number {
  // (Full stops are few: each is looked at, never each character.)
  for (let i = text.length - 2; i >= 0; i--) {
    i = Math.max(text.lastIndexOf(".", i), text.lastIndexOf("!", i), text.lastIndexOf("?", i));
    if (i < 0) break;
    if (SENTENCE_NEXT.test(text[i + 1]!)) return i + 1;
  }
  return 0;
}

const SENTENCE_NEXT = /[\s\p{Lu}]/u;

/** The sentence before a figure gives it as a stock: a stock word, and no period written from that word's clause on. */
function stockSaid(sentence: string, figureStart: number, periods: PeriodMention[]): boolean {
  // (The last stock word of the sentence: a list goes on after "Nâng tổng số đến nay toàn tỉnh có ...".)
  let at = -1;
  STOCK_WORDS.lastIndex = 0;
  for (let m = STOCK_WORDS.exec(sentence); m !== null; m = STOCK_WORDS.exec(sentence)) {
    if (m.index > 0 && LETTER.test(sentence[m.index - 1]!)) STOCK_WORDS.lastIndex = m.index + 1;
    else at = m.index;
  }
  if (at < 0) return false;
  const clauseFrom = figureStart - sentence.length + sentence.lastIndexOf(";", at) + 1;
  return !periodsStarting(periods, clauseFrom, figureStart).some((p) => !p.reference && p.end <= figureStart);
}

const LETTER = /\p{L}/u;
/**
 * Words that give a figure as a stock at a date ("đến nay toàn tỉnh có", "nâng tổng số") rather than a flow. The word
 * start is checked by the loop, not by a lookbehind: one at the pattern's head is tried at every position of every
 * sentence (ten times slower here, for a test run on each figure's sentence).
 */
const STOCK_WORDS =
  /(?:đến nay|hiện nay|hiện có|hiện trạng|nâng tổng số|toàn tỉnh có|trên địa bàn tỉnh (?:có|đã)|đã thành lập|đã thu hút|lũy kế)(?![\p{L}])/gu;

/** Start of the sentence holding `at` (after the last ". " before it). */
export function sentenceStart(lower: string, at: number): number {
  // Backwards, and no further than a long sentence: a paste without full stops must not cost n².
  // (The mark is looked for by its code first: asked of every figure, a pattern tried on each character was a cost.)
  const limit = Math.max(0, at - 1000);
  for (let i = Math.min(at, lower.length - 1); i > limit; i--) {
    if (isSentenceMark(lower.charCodeAt(i - 1)) && SPACE.test(lower[i]!)) return i + 1;
  }
  return limit;
}

const SPACE = /\s/;

/** ".", "!" or "?", by its code (read so where a paragraph is looked at character by character). */
export function isSentenceMark(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}
