/**
 * Checks of a report against its own figures: a stated percentage against the figures it was computed
 * from (of plan, of a whole, against the same period, average growth over a period), parts against their
 * total, the remainder of a plan against plan − actual, and one indicator given two different values.
 * A difference counts only beyond the rounding the document itself shows (half a unit of the last digit
 * written), so "đạt 99,71% kế hoạch (45.400 tỷ đồng)" for 45.266 is flagged (99,70%) but 42,13% is not.
 */
import type { PlanRecord } from "../dataset/types";
import { memoByObject } from "../memo";
import { formatVietnameseNumber, roundingOf } from "../numbers";
import { foldWords } from "./indicator-match";
import { samePeriod } from "./periods";
import type { Statement } from "./statements";

export type FindingCode =
  | "pct-of-plan"
  | "share"
  | "growth"
  | "average-growth"
  | "sector-growth"
  | "contributions"
  | "subtotal"
  | "remaining"
  | "value-conflict";

export interface Finding {
  code: FindingCode;
  vi: string;
  en: string;
  /** What the text states, and what its own figures give. */
  stated: number;
  computed: number;
  /** The records involved, the one checked first. */
  recordIds: string[];
  /** The sentence of the checked record, verbatim, and where it is in the text. */
  quote: string;
  quoteOffset: { start: number; end: number };
}

/** One kept statement with its record and its identity for comparisons (catalog code or folded name). */
export interface CheckItem {
  s: Statement;
  record: PlanRecord & { quoteOffset: { start: number; end: number } };
  key: string;
}

export function runChecks(items: readonly CheckItem[]): Finding[] {
  const findings: Finding[] = [];
  const figures = items.filter((i) => !i.s.delta);
  // Each check is handed only the figures it can pair with, in order (a megabyte pasted as one line has thousands):
  // a share those of its paragraph, a % of plan those of its unit family, a growth or a remainder those of its indicator.
  const byBlock = groupBy(figures, (i) => i.s.block);
  const byFamily = groupBy(figures, (i) => i.s.unit.family);
  const byKey = groupBy(figures, (i) => i.key);
  // A growth's base: the same indicator, unit family and kind of period, a year earlier.
  const periodOf = (i: CheckItem, yearsBack: number): string => {
    const p = i.s.period;
    return [i.key, i.s.unit.family, p.type, p.year - yearsBack, p.part, p.months].join("|");
  };
  const byPeriod = groupBy(figures, (i) => periodOf(i, 0));
  const byYear = groupBy(
    figures.filter((i) => i.s.period.type === "year"),
    (i) => i.s.period.year,
  );
  for (const item of figures) {
    checkPctOfPlan(item, byFamily.get(item.s.unit.family)!, findings);
    checkShare(item, byBlock.get(item.s.block)!, findings);
    checkGrowth(item, byPeriod.get(periodOf(item, 1)) ?? [], findings);
    checkAverageGrowth(item, (year) => byYear.get(year) ?? [], findings);
    checkRemaining(item, byKey.get(item.key)!, findings);
  }
  checkSectorGrowth(figures, findings);
  checkContributions(byBlock, findings);
  checkSubtotals(figures, findings);
  checkConflicts(figures, findings);
  return findings;
}

function groupBy<K>(items: readonly CheckItem[], keyOf: (item: CheckItem) => K): Map<K, CheckItem[]> {
  const groups = new Map<K, CheckItem[]>();
  for (const item of items) {
    const list = groups.get(keyOf(item));
    if (list) list.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

function inUnitOf(target: Statement, value: number, from: Statement): number {
  return (value * from.unit.factor) / target.unit.factor;
}

function vi(n: number, decimals = 2): string {
  return formatVietnameseNumber(n, decimals);
}

/** One formatter per number of decimals: toLocaleString builds a new one on every call (a pasted megabyte gives thousands of findings). */
const EN_FORMATS = new Map<number, Intl.NumberFormat>();

function en(n: number, decimals = 2): string {
  let format = EN_FORMATS.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    EN_FORMATS.set(decimals, format);
  }
  return format.format(n);
}

/** Decimals to show a computed value so it can be compared with one written with `d` decimals. */
function shown(d: number): number {
  return Math.max(2, d);
}

function push(findings: Finding[], item: CheckItem, f: Omit<Finding, "quote" | "quoteOffset">): void {
  findings.push({ ...f, quote: item.record.quote, quoteOffset: item.record.quoteOffset });
}

/** The cleaned words of the statement (the quote itself may be decomposed Unicode). */
function said(item: CheckItem): string {
  return item.s.block.text.slice(item.s.start, item.s.end);
}

function name(item: CheckItem): string {
  return `${item.record.indicator.vi} (${item.record.period.label})`;
}

/** The English name when the catalog has one (the period label stays as the document writes it). */
function nameEn(item: CheckItem): string {
  return `${item.record.indicator.en || item.record.indicator.vi} (${item.record.period.label})`;
}

function twins(item: CheckItem, all: readonly CheckItem[]): CheckItem[] {
  const base = item.s.value * item.s.unit.factor;
  return all.filter(
    (o) =>
      o !== item &&
      o.s.unit.family === item.s.unit.family &&
      Math.abs(o.s.value * o.s.unit.factor - base) <= 1e-9 * Math.max(1, Math.abs(base)) &&
      samePeriod(o.s.period, item.s.period),
  );
}

function checkPctOfPlan(item: CheckItem, all: readonly CheckItem[], out: Finding[]): void {
  // (A share of a whole written after it, "đạt 25,06% so với số vốn đăng ký 3.931,2 tỷ đồng", is checked the same way.)
  const ofWhole = item.s.reported.pctOfPlan === undefined && item.s.plan?.asRecord === false;
  const p = ofWhole ? item.s.reported.share : item.s.reported.pctOfPlan;
  if (p === undefined || item.s.unit.id === "percent") return;
  // The plan: given with the figure, or with the same figure elsewhere ("15.178/15.000 học viên" in a footnote).
  const source = item.s.plan ? item : twins(item, all).find((t) => t.s.plan);
  const plan = source?.s.plan;
  if (!source || !plan || plan.value === 0) return;
  const planValue = inUnitOf(item.s, plan.value, source.s);
  const computed = (item.s.value / planValue) * 100;
  const d = (ofWhole ? item.s.reportedDecimals.share : item.s.reportedDecimals.pctOfPlan) ?? 0;
  if (agreesWithRatio(p, d, item, plan.value, plan.decimals, source.s)) return;
  const v = item.s.value;
  push(out, item, {
    code: "pct-of-plan",
    stated: p,
    computed,
    recordIds: source === item ? [item.record.id] : [item.record.id, source.record.id],
    vi: `${name(item)}: văn bản ghi đạt ${vi(p, d)}% ${plan.asRecord ? "kế hoạch" : `so với ${vi(planValue, plan.decimals)}`}, nhưng ${vi(v, item.s.decimals)} ÷ ${vi(planValue, plan.decimals)} = ${vi(computed, shown(d))}%.`,
    en: `${nameEn(item)}: the text says ${en(p, d)}% ${plan.asRecord ? "of plan" : `of ${en(planValue, plan.decimals)}`}, but ${en(v, item.s.decimals)} ÷ ${en(planValue, plan.decimals)} = ${en(computed, shown(d))}%.`,
  });
}

function checkShare(item: CheckItem, all: readonly CheckItem[], out: Finding[]): void {
  const p = item.s.reported.share;
  if (p === undefined || item.s.unit.id === "percent") return;
  const d = item.s.reportedDecimals.share ?? 0;
  // The whole: a larger figure of the same kind given before it in the paragraph.
  // (A figure with a share of its own is a sibling part, not the whole.)
  const larger = all.filter(
    (o) =>
      o.s.block === item.s.block &&
      o.s.figureStart < item.s.figureStart &&
      o.s.unit.family === item.s.unit.family &&
      o.s.value * o.s.unit.factor > item.s.value * item.s.unit.factor,
  );
  const wholes = larger.filter((o) => o.s.reported.share === undefined);
  if (wholes.length === 0) return;
  const share = (w: CheckItem): number => (item.s.value / inUnitOf(item.s, w.s.value, w.s)) * 100;
  // A part of a part ("cho vay DNVVN ... chiếm 43,57% dư nợ cho vay khách hàng là DN", itself 27,76% of the total)
  // is right when it matches that part.
  if (larger.some((w) => agreesWithRatio(p, d, item, w.s.value, w.s.decimals, w.s))) return;
  const words = new Set(foldWords(item.s.shareOf ?? ""));
  const overlap = (w: CheckItem): number => nameWordsOf(w).filter((x) => words.has(x)).length;
  // The whole is named after the share, or opens the list the figure is an item of ("..., trong đó: ..."); a sibling
  // before it in the list ("nhóm hàng CN-TTCN ... 3,13 tỷ USD; nhóm thủy sản chiếm tỷ trọng 3,65%") is not.
  const opensList = (w: CheckItem): boolean => /trong đó|:/iu.test(item.s.block.text.slice(w.s.figureStart, item.s.figureStart));
  const named = wholes.filter((w) => overlap(w) > 0 || opensList(w));
  if (named.length === 0) return;
  // A whole of the part's own period when there is one ("8 tháng năm 2019 … 560 …; năm nay, 8 tháng … 684 …, trong
  // đó gạo 114 (chiếm 23,5%)" is a share of 684, not of last year's 560); a whole at another date only when the
  // text gives none at the part's (a stock at the end of October against the year-end total).
  const samePeriodWholes = named.filter((w) => samePeriod(w.s.period, item.s.period));
  const candidates = samePeriodWholes.length > 0 ? samePeriodWholes : named;
  // The whole sharing most words with what the share is of, then the earliest: each whole's words folded once.
  let whole = candidates[0]!;
  let wholeOverlap = overlap(whole);
  for (const w of candidates.slice(1)) {
    const o = overlap(w);
    if (o > wholeOverlap || (o === wholeOverlap && w.s.figureStart < whole.s.figureStart)) [whole, wholeOverlap] = [w, o];
  }
  const computed = share(whole);
  push(out, item, {
    code: "share",
    stated: p,
    computed,
    recordIds: [item.record.id, whole.record.id],
    vi: `${name(item)}: văn bản ghi chiếm ${vi(p, d)}%, nhưng ${vi(item.s.value, item.s.decimals)} ÷ ${vi(whole.s.value, whole.s.decimals)} = ${vi(computed, shown(d))}%${samePeriod(whole.s.period, item.s.period) ? "" : ` (hai số ở hai thời điểm khác nhau: ${item.record.period.label}, ${whole.record.period.label})`}.`,
    en: `${nameEn(item)}: the text says a share of ${en(p, d)}%, but ${en(item.s.value, item.s.decimals)} ÷ ${en(whole.s.value, whole.s.decimals)} = ${en(computed, shown(d))}%${samePeriod(whole.s.period, item.s.period) ? "" : " (the two figures are at different dates)"}.`,
  });
}

function checkGrowth(item: CheckItem, all: readonly CheckItem[], out: Finding[]): void {
  const g = item.s.reported.growthVsPrior;
  if (g === undefined || item.s.unit.id === "percent") return;
  const p = item.s.period;
  const prior = all.find(
    (o) =>
      o !== item &&
      o.key === item.key &&
      o.s.unit.family === item.s.unit.family &&
      o.s.kind !== "plan" &&
      o.s.period.type === p.type &&
      o.s.period.year === p.year - 1 &&
      o.s.period.part === p.part &&
      o.s.period.months === p.months,
  );
  if (!prior) return;
  const priorValue = inUnitOf(item.s, prior.s.value, prior.s);
  if (priorValue === 0) return;
  const computed = (item.s.value / priorValue - 1) * 100;
  const d = item.s.reportedDecimals.growthVsPrior ?? 0;
  // ("gạo 63 triệu USD" then "114 triệu USD, tăng 82%": 114,4 ÷ 62,8 is +82%.)
  if (agreesWithRatio(g + 100, d, item, prior.s.value, prior.s.decimals, prior.s)) return;
  const basis = item.s.priceBasis !== prior.s.priceBasis;
  push(out, item, {
    code: "growth",
    stated: g,
    computed,
    recordIds: [item.record.id, prior.record.id],
    vi: `${name(item)}: văn bản ghi ${g < 0 ? "giảm" : "tăng"} ${vi(Math.abs(g), d)}% so cùng kỳ, nhưng so với ${vi(prior.s.value, prior.s.decimals)} (${prior.record.period.label}) là ${vi(computed, shown(d))}%${basis ? " (hai số có thể khác cách tính giá)" : ""}.`,
    en: `${nameEn(item)}: the text says ${en(g, d)}% against the same period, but against ${en(prior.s.value, prior.s.decimals)} (${prior.record.period.label}) it is ${en(computed, shown(d))}%${basis ? " (the two figures may be at different price bases)" : ""}.`,
  });
}

/**
 * Whether a percentage written with `decimals` decimals agrees with the figure over a whole, both as written: when it
 * rounds their ratio, or, for a figure or whole written with two significant digits or fewer ("6,2 tỷ USD", "63 triệu
 * USD"), when figures that round to those written give it. Such a figure is the writer's rounding of a finer one, and
 * the percentage was worked from that ("6,2 tỷ USD (chiếm 98,3% …)" of "6,3 tỷ USD": 6,2 ÷ 6,3 is 98,41%, 6,19 ÷ 6,30 is
 * 98,25%). Figures written finer are taken as the writer's own: 99,71% for 45.266 of 45.400 (99,7048%) is wrong, as is
 * 49,18% for 86,3 ha of 175,42 ha (49,196%). The whole is in its own figure's unit (`wholeOf`).
 */
function agreesWithRatio(stated: number, decimals: number, item: CheckItem, whole: number, wholeDecimals: number, wholeOf: CheckItem["s"]): boolean {
  const slack = coarse(item.s.value, item.s.decimals) ? roundingOf(item.s.decimals) : 0;
  const wholeSlack = coarse(whole, wholeDecimals) ? roundingOf(wholeDecimals) : 0;
  const wholes = [inUnitOf(item.s, whole - wholeSlack, wholeOf), inUnitOf(item.s, whole + wholeSlack, wholeOf)];
  // (A whole that may be nought says nothing.)
  if (wholes[0]! <= 0 && wholes[1]! >= 0) return true;
  const ratios = [item.s.value - slack, item.s.value + slack].flatMap((part) => wholes.map((w) => (part / w) * 100));
  const own = roundingOf(decimals);
  return stated >= Math.min(...ratios) - own && stated <= Math.max(...ratios) + own;
}

/** Whether a figure written with `decimals` decimals has two significant digits or fewer (6,2; 63; 0,45), not 114 or 86,3. */
function coarse(value: number, decimals: number): boolean {
  return Math.abs(value) * 10 ** decimals < 100;
}

/** The folded words of a figure's name and its indicator's, once per item (each share may weigh every figure before it). */
const nameWordsOf = memoByObject((w: CheckItem) => foldWords(`${w.s.name} ${w.record.indicator.vi}`));

/** The folded words of a record's indicator name, once per item (the average-growth check asks for every figure). */
const indicatorWordsOf = memoByObject((o: CheckItem) => foldWords(o.record.indicator.vi));

/** `ofYear(y)`: the figures whose period is the year y, in order. */
function checkAverageGrowth(item: CheckItem, ofYear: (year: number) => readonly CheckItem[], out: Finding[]): void {
  const p = item.s.period;
  if (item.s.unit.id !== "percent" || item.s.rate !== "growth" || p.type !== "range" || p.fromYear === undefined) return;
  if (!/bình quân/iu.test(said(item))) return;
  const rateWords = new Set(foldWords(item.s.name));
  const about = (o: CheckItem): boolean => {
    const words = indicatorWordsOf(o);
    return words.length > 0 && words.every((w) => rateWords.has(w));
  };
  const at = (year: number): CheckItem | undefined =>
    ofYear(year).find((o) => o.s.unit.id !== "percent" && o.s.period.type === "year" && o.s.period.year === year && about(o));
  const start = at(p.fromYear - 1);
  const end = at(p.year);
  if (!start || !end || start.key !== end.key || start.s.value <= 0) return;
  const n = p.year - p.fromYear + 1;
  const computed = ((inUnitOf(start.s, end.s.value, end.s) / start.s.value) ** (1 / n) - 1) * 100;
  const g = item.s.value;
  const d = item.s.decimals;
  if (Math.abs(computed - g) <= roundingOf(d)) return;
  push(out, item, {
    code: "average-growth",
    stated: g,
    computed,
    recordIds: [item.record.id, start.record.id, end.record.id],
    vi: `${item.record.indicator.vi}: văn bản ghi bình quân ${vi(g, d)}%/năm giai đoạn ${p.fromYear}-${p.year}, nhưng từ ${vi(start.s.value, start.s.decimals)} (năm ${p.fromYear - 1}) đến ${vi(end.s.value, end.s.decimals)} (năm ${p.year}) là ${vi(computed, shown(d))}%/năm.`,
    en: `${item.record.indicator.en || item.record.indicator.vi}: the text says an average ${en(g, d)}% a year over ${p.fromYear}-${p.year}, but from ${en(start.s.value, start.s.decimals)} (${p.fromYear - 1}) to ${en(end.s.value, end.s.decimals)} (${p.year}) it is ${en(computed, shown(d))}% a year.`,
  });
}

function checkRemaining(item: CheckItem, all: readonly CheckItem[], out: Finding[]): void {
  if (item.s.kind !== "remaining" || item.s.period.type !== "half" || item.s.period.part !== 2) return;
  const year = item.s.period.year;
  const same = (o: CheckItem): boolean => o !== item && o.key === item.key && o.s.unit.family === item.s.unit.family;
  // The year's figure a remainder can be taken from: the estimate for the year, or the plan (either is right).
  const fulls = (["estimate", "plan"] as const)
    .map((kind) => all.find((o) => same(o) && o.s.period.type === "year" && o.s.period.year === year && o.s.kind === kind))
    .filter((o): o is CheckItem => o !== undefined);
  const firstHalf = all.find(
    (o) => same(o) && o.s.kind !== "plan" && o.s.kind !== "remaining" && o.s.period.year === year && ((o.s.period.type === "half" && o.s.period.part === 1) || (o.s.period.type === "months" && o.s.period.months === 6)),
  );
  if (fulls.length === 0 || !firstHalf) return;
  const rest = (full: CheckItem): number => inUnitOf(item.s, full.s.value, full.s) - inUnitOf(item.s, firstHalf.s.value, firstHalf.s);
  const tolerance = (full: CheckItem): number => roundingOf(item.s.decimals) + roundingOf(full.s.decimals) + roundingOf(firstHalf.s.decimals);
  if (fulls.some((full) => Math.abs(rest(full) - item.s.value) <= tolerance(full))) return;
  const full = fulls[0]!;
  const computed = rest(full);
  const d = Math.max(item.s.decimals, full.s.decimals, firstHalf.s.decimals);
  push(out, item, {
    code: "remaining",
    stated: item.s.value,
    computed,
    recordIds: [item.record.id, full.record.id, firstHalf.record.id],
    vi: `${name(item)}: văn bản ghi còn phải thực hiện ${vi(item.s.value, item.s.decimals)}, nhưng ${vi(full.s.value, full.s.decimals)} − ${vi(firstHalf.s.value, firstHalf.s.decimals)} = ${vi(computed, d)}.`,
    en: `${nameEn(item)}: the text says ${en(item.s.value, item.s.decimals)} remain, but ${en(full.s.value, full.s.decimals)} − ${en(firstHalf.s.value, firstHalf.s.decimals)} = ${en(computed, d)}.`,
  });
}

/**
 * A target average growth with its sectors' rates: "tăng trưởng bình quân 14,48% giai đoạn 2021 - 2025
 * (trong đó, khai khoáng tăng 5%, công nghiệp chế biến, chế tạo tăng 12%, ...)". With the sectors' shares of
 * the year before the period (stated elsewhere: "năm 2020 ... ngành khai khoáng chiếm 0,029%; ..."), the
 * sectors grown at their rates for n years give the total's average rate: ((Σ sᵢ(1+gᵢ)ⁿ ÷ Σ sᵢ)^(1/n) − 1).
 */
function checkSectorGrowth(items: readonly CheckItem[], out: Finding[]): void {
  for (const total of items) {
    const p = total.s.period;
    if (total.s.unit.id !== "percent" || total.s.rate !== "growth" || p.type !== "range" || p.fromYear === undefined) continue;
    if (!/bình quân/iu.test(said(total))) continue;
    const text = total.s.block.text;
    const open = text.indexOf("(", total.s.figureStart);
    if (open < 0 || open - total.s.end > 40) continue;
    const close = text.indexOf(")", open);
    const sectors = items.filter(
      (o) => o.s.block === total.s.block && o.s.figureStart > open && (close < 0 || o.s.figureStart < close) && o.s.rate === "growth" && samePeriod(o.s.period, p),
    );
    if (sectors.length < 2) continue;
    const baseYear = p.fromYear - 1;
    const shares = items.filter((o) => o.s.unit.id === "percent" && o.s.reported.share !== undefined && o.s.period.type === "year" && o.s.period.year === baseYear);
    const used = new Set<CheckItem>();
    const pairs: Array<[CheckItem, CheckItem]> = [];
    for (const sector of sectors) {
      const words = new Set(foldWords(sector.s.name).filter((w) => w.length > 1));
      const best = shares
        .filter((sh) => !used.has(sh))
        .map((sh) => ({ sh, common: foldWords(sh.s.name).filter((w) => words.has(w)).length }))
        .sort((a, b) => b.common - a.common)[0];
      if (!best || best.common < Math.min(2, words.size)) break;
      used.add(best.sh);
      pairs.push([sector, best.sh]);
    }
    if (pairs.length !== sectors.length) continue;
    const n = p.year - p.fromYear + 1;
    const weight = pairs.reduce((acc, [, sh]) => acc + sh.s.value, 0);
    const grown = pairs.reduce((acc, [g, sh]) => acc + sh.s.value * (1 + g.s.value / 100) ** n, 0);
    if (weight <= 0) continue;
    const computed = ((grown / weight) ** (1 / n) - 1) * 100;
    // The sectors' rates and shares are rounded: only a gap beyond a tenth of a point says something.
    if (Math.abs(computed - total.s.value) <= 0.1 + roundingOf(total.s.decimals)) continue;
    const list = (f: (n: number, d?: number) => string): string => pairs.map(([g, sh]) => `${f(g.s.value, g.s.decimals)}% × ${f(sh.s.value, sh.s.decimals)}%`).join("; ");
    push(out, total, {
      code: "sector-growth",
      stated: total.s.value,
      computed,
      recordIds: [total.record.id, ...pairs.flatMap(([g, sh]) => [g.record.id, sh.record.id])],
      vi: `${name(total)}: văn bản ghi bình quân ${vi(total.s.value, total.s.decimals)}%/năm, nhưng tốc độ các ngành theo tỷ trọng năm ${baseYear} (${list(vi)}) chỉ cho ${vi(computed, 2)}%/năm.`,
      en: `${nameEn(total)}: the text says an average ${en(total.s.value, total.s.decimals)}% a year, but the sectors' rates at their ${baseYear} shares (${list(en)}) give ${en(computed, 2)}% a year.`,
    });
  }
}

/**
 * The parts' contributions to a growth, listed after it: "GRDP … tăng 6,50% so với cùng kỳ. Trong đó: khu vực nông,
 * lâm nghiệp và thủy sản tăng 2,96%, đóng góp 0,62 điểm phần trăm; … dịch vụ … đóng góp 4,0 điểm phần trăm". The
 * points add up to the growth they make up. A "trong đó" list may leave a part out, and a part that shrank takes
 * points away, so only a sum above the growth is a mismatch, and only in a list where nothing is said to fall.
 */
function checkContributions(byBlock: ReadonlyMap<Statement["block"], CheckItem[]>, out: Finding[]): void {
  const isContribution = (i: CheckItem): boolean => i.s.unit.id === "diem-phan-tram" && /đóng góp/iu.test(said(i) + " " + i.s.name);
  const growthOf = (i: CheckItem): number | undefined =>
    i.s.unit.id === "diem-phan-tram" ? undefined : i.s.reported.growthVsPrior ?? (i.s.unit.id === "percent" && i.s.rate === "growth" ? i.s.value : undefined);
  let previous: CheckItem[] = [];
  for (const [block, group] of byBlock) {
    const before = previous;
    previous = group;
    const parts = group.filter(isContribution);
    if (parts.length < 2) continue;
    // The list opens with "trong đó" before its first part: the whole is the last growth before it, in this paragraph
    // or, when the paragraph itself opens the list ("Trong đó: …"), in the one before.
    const lead = block.text.slice(0, parts[0]!.s.figureStart).toLowerCase().lastIndexOf("trong đó");
    if (lead < 0) continue;
    const total = [...(lead <= 2 ? before : []), ...group.filter((i) => i.s.figureStart < lead)].filter((i) => growthOf(i) !== undefined).pop();
    if (!total) continue;
    const listed = parts.filter((p) => p.s.figureStart > lead && samePeriod(p.s.period, total.s.period));
    // To the end of the list's sentence: a part that fell may come last, written as a change ("mức đóng góp giảm 0,26
    // điểm phần trăm") that is no figure of its own.
    const listText = block.text.slice(lead, sentenceEnd(block.text, listed[listed.length - 1]?.s.figureStart ?? lead));
    if (listed.length < 2 || /giảm/iu.test(listText) || listed.some((p) => p.s.value < 0)) continue;
    const growth = growthOf(total)!;
    const growthDecimals = total.s.reported.growthVsPrior !== undefined ? (total.s.reportedDecimals.growthVsPrior ?? 2) : total.s.decimals;
    const sum = listed.reduce((acc, p) => acc + p.s.value, 0);
    const tolerance = roundingOf(growthDecimals) + listed.reduce((acc, p) => acc + roundingOf(p.s.decimals), 0);
    if (sum - growth <= tolerance) continue;
    const d = shown(Math.max(growthDecimals, ...listed.map((p) => p.s.decimals)));
    const terms = (f: (n: number, d?: number) => string): string => listed.map((p) => f(p.s.value, p.s.decimals)).join(" + ");
    push(out, total, {
      code: "contributions",
      stated: growth,
      computed: sum,
      recordIds: [total.record.id, ...listed.map((p) => p.record.id)],
      vi: `${name(total)}: văn bản ghi tăng ${vi(growth, growthDecimals)}%, nhưng phần đóng góp của các thành phần cộng lại ${terms(vi)} = ${vi(sum, d)} điểm phần trăm.`,
      en: `${nameEn(total)}: the text gives a growth of ${en(growth, growthDecimals)}%, but the parts' contributions add up to ${terms(en)} = ${en(sum, d)} percentage points.`,
    });
  }
}

/**
 * Parts and their total: "1.016 vụ, trong đó ... 624 vụ, ... 392 vụ", "116 chợ (02 chợ hạng I, 09 chợ hạng II,
 * 105 chợ hạng III)", and parts sharing the total's verb ("đã tiếp nhận 13.511 hồ sơ ..., tiếp nhận trực
 * tiếp ... 2.796 hồ sơ, tiếp nhận trực tuyến 10.552 hồ sơ").
 */
function checkSubtotals(items: readonly CheckItem[], out: Finding[]): void {
  const paragraphs = paragraphIndex(items);
  for (const total of items) {
    if (total.s.unit.id === "percent") continue;
    const text = total.s.block.text;
    const paragraph = paragraphs.get(total.s.block)!;
    // The figures of the same kind after the total in its paragraph, up to `limit`, in the order of `items`.
    const after = (limit: number): CheckItem[] =>
      paragraph.between(total.s.figureStart, limit).filter((o) => o.s.unit.family === total.s.unit.family && o.s.unit.id !== "percent");
    const groups: CheckItem[][] = [];
    // "trong đó" names some of the parts ("trong đó, các mặt hàng chủ lực gồm thủy sản 425, gạo 63" of 560): they may
    // add up to less than the total, never to more. A breakdown in brackets or after "gồm" is the whole of it.
    const partial = new Set<CheckItem[]>();
    const firstFigureAfter = (at: number): number => paragraph.firstAfter(at)?.s.figureStart ?? text.length;
    const figureEnd = endOfWord(text, total.s.figureStart);
    const gap = text.slice(figureEnd, firstFigureAfter(total.s.figureStart));
    const open = gap.indexOf("(");
    if (open >= 0 && gap.length < 80) {
      const close = text.indexOf(")", figureEnd + open);
      const end = close < 0 ? text.length : close;
      groups.push(after(end));
      const tail = text.slice(end + 1, end + 30);
      if (/^\s*,?\s*trong đó/u.test(tail)) {
        const parts = after(sentenceEnd(text, end)).filter((o) => o.s.figureStart > end);
        groups.push(parts);
        partial.add(parts);
      }
    } else {
      const listed = /^[^.;)]{0,20}(?:trong đó|gồm|bao gồm)(\s*:)?/u.exec(gap);
      if (listed) {
        // "trong đó: a; b; c." runs to the end of the sentence; "trong đó a, b" to the next ";".
        const end = listed[1] ? sentenceEnd(text, figureEnd) : Math.min(sentenceEnd(text, figureEnd), clauseEnd(text, figureEnd));
        const parts = after(end);
        const first = paragraph.firstAfter(figureEnd);
        if (first && parts[0] === first) {
          groups.push(parts);
          if (/trong đó/u.test(listed[0])) partial.add(parts);
        }
      }
    }
    // Parts named by the total's verb: "đã tiếp nhận 13.511 hồ sơ ..., tiếp nhận trực tiếp ... 2.796, tiếp nhận trực tuyến 10.552".
    const verb = foldWords(total.s.name).slice(-2);
    if (verb.length === 2 && verb.every((w) => /^[a-z]+$/.test(w))) {
      const key = verb.join(" ");
      const inGroups = new Set(groups.flat());
      const shared = after(sentenceEnd(text, figureEnd)).filter((o) => !inGroups.has(o) && foldWords(o.s.name).join(" ").startsWith(`${key} `));
      // Only a near miss says these were meant as the total's parts (13.348 for 13.511), not a wild one.
      const sum = shared.reduce((acc, p) => acc + inUnitOf(total.s, p.s.value, p.s), 0);
      if (Math.abs(sum - total.s.value) <= 0.1 * Math.abs(total.s.value)) groups.push(shared);
    }
    for (const parts of groups) {
      if (parts.length < 2) continue;
      const sum = parts.reduce((acc, p) => acc + inUnitOf(total.s, p.s.value, p.s), 0);
      const tolerance = roundingOf(total.s.decimals) + parts.reduce((acc, p) => acc + inUnitOf(total.s, roundingOf(p.s.decimals), p.s), 0);
      if (Math.abs(sum - total.s.value) <= tolerance || (partial.has(parts) && sum < total.s.value)) continue;
      const d = Math.max(total.s.decimals, ...parts.map((p) => p.s.decimals));
      push(out, total, {
        code: "subtotal",
        stated: total.s.value,
        computed: sum,
        recordIds: [total.record.id, ...parts.map((p) => p.record.id)],
        vi: `${name(total)}: văn bản ghi tổng ${vi(total.s.value, total.s.decimals)}, nhưng các phần cộng lại ${parts.map((p) => vi(p.s.value, p.s.decimals)).join(" + ")} = ${vi(sum, d)}.`,
        en: `${nameEn(total)}: the text gives a total of ${en(total.s.value, total.s.decimals)}, but its parts add up to ${parts.map((p) => en(p.s.value, p.s.decimals)).join(" + ")} = ${en(sum, d)}.`,
      });
    }
  }
}

interface Paragraph {
  /** The items with from < figureStart < to, in the order of the list indexed. */
  between(from: number, to: number): CheckItem[];
  /** The first item of the list (in its order) whose figure starts after `at`. */
  firstAfter(at: number): CheckItem | undefined;
}

/**
 * Each paragraph's items sorted by where their figure starts, so the parts after a total are found by bisection
 * rather than by a pass over every item (a megabyte pasted as one line is one paragraph of thousands of figures).
 */
function paragraphIndex(items: readonly CheckItem[]): Map<Statement["block"], Paragraph> {
  const lists = new Map<Statement["block"], Array<{ item: CheckItem; order: number }>>();
  items.forEach((item, order) => {
    const list = lists.get(item.s.block);
    if (list) list.push({ item, order });
    else lists.set(item.s.block, [{ item, order }]);
  });
  const index = new Map<Statement["block"], Paragraph>();
  for (const [block, list] of lists) {
    const sorted = [...list].sort((a, b) => a.item.s.figureStart - b.item.s.figureStart || a.order - b.order);
    // earliest[k]: the entry of sorted[k..] that comes first in the list.
    const earliest = new Array<{ item: CheckItem; order: number } | undefined>(sorted.length + 1);
    for (let k = sorted.length - 1; k >= 0; k--) earliest[k] = earliest[k + 1] && earliest[k + 1]!.order < sorted[k]!.order ? earliest[k + 1] : sorted[k];
    /** Index in `sorted` of the first figure starting after `at`. */
    const after = (at: number): number => {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid]!.item.s.figureStart <= at) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    index.set(block, {
      between(from, to) {
        const picked: Array<{ item: CheckItem; order: number }> = [];
        for (let k = after(from); k < sorted.length && sorted[k]!.item.s.figureStart < to; k++) picked.push(sorted[k]!);
        return picked.sort((a, b) => a.order - b.order).map((e) => e.item);
      },
      firstAfter: (at) => earliest[after(at)]?.item,
    });
  }
  return index;
}

function clauseEnd(text: string, from: number): number {
  const at = text.indexOf(";", from);
  return at < 0 ? text.length : at;
}

const SENTENCE_STOP = /[.!?](?:\s|$)/gu;

function sentenceEnd(text: string, from: number): number {
  SENTENCE_STOP.lastIndex = from;
  const m = SENTENCE_STOP.exec(text);
  return m ? m.index : text.length;
}

function endOfWord(text: string, from: number): number {
  let i = from;
  while (i < text.length && !/\s/.test(text[i]!)) i++;
  return i;
}

/**
 * The two sentences name the same thing: most of the words of the shorter name are in the other. (Two figures of
 * one catalog code can still be different things: "kim ngạch xuất khẩu" of the province and of its Asian market.)
 */
function sameName(a: CheckItem, b: CheckItem): boolean {
  const wa = new Set(foldWords(a.s.name));
  const wb = new Set(foldWords(b.s.name));
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size === 0) return false;
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  return common / small.size >= 0.6;
}

const KEY_INDICATOR = /^(?:main|product|growth|structure|index)\./;

/** Two figures of one kind equal beyond the rounding of either. */
function sameFigure(a: CheckItem, b: CheckItem): boolean {
  if (a.s.unit.family !== b.s.unit.family || a.s.rate !== b.s.rate) return false;
  return Math.abs(a.s.value - inUnitOf(a.s, b.s.value, b.s)) <= roundingOf(a.s.decimals) + inUnitOf(a.s, roundingOf(b.s.decimals), b.s);
}

/**
 * Whether `x`, set against `other`, is rather a figure the text gives elsewhere, said again: one of the same period
 * ("Sản xuất công nghiệp 6 tháng đầu năm tăng 7,54%" is the value added's 7,54% of the paragraph before, not the index's
 * 7,7%), or, when no words give x's period but the document's date, one of the same name at any period (a November
 * report's title "Chỉ số sản xuất công nghiệp Hà Nội tăng 2,9%" is the eleven months' 2,9%, not November's 4,6%).
 */
function repeatsAnother(x: CheckItem, other: CheckItem, items: readonly CheckItem[]): boolean {
  return items.some((c) => c !== x && c !== other && sameFigure(c, x) && (samePeriod(c.s.period, x.s.period) || (x.s.periodFrom === "date" && sameName(c, x))));
}

/** Whose figure a statement says it is: "của Việt Nam", "của Bắc Ninh", "tại TP. Hồ Chí Minh", "cả nước". */
const PLACE = /(?:của|tại)\s+((?:TP\.\s*|tỉnh\s+|thành phố\s+)?\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3})|(cả nước|toàn quốc)/u;

/**
 * Two statements of one indicator are of one place unless each names its own and they differ: a national article's
 * "xuất khẩu của Việt Nam đạt 30,6 tỷ USD" and its "xuất khẩu của Bắc Ninh đạt 4,2 tỷ USD" are two figures, not a
 * conflict (names leave the place out, so only the statements' own words tell them apart).
 */
function samePlace(a: CheckItem, b: CheckItem): boolean {
  const place = (item: CheckItem): string | undefined => {
    const m = PLACE.exec(said(item));
    const p = m?.[1] ?? m?.[2];
    return p === "toàn quốc" ? "cả nước" : p;
  };
  const pa = place(a);
  const pb = place(b);
  return pa === undefined || pb === undefined || pa === pb;
}

/**
 * The only pairs checkConflicts can flag: two average growth rates of one paragraph, or two figures of one key
 * indicator's code. For item i, the later items of its kind, in order, so a megabyte of figures is not paired
 * each with each (the conditions themselves are still all checked on each pair).
 */
function conflictCandidates(items: readonly CheckItem[]): (i: number) => number[] {
  const groups = new Map<unknown, number[]>();
  const memberOf: Array<number[][]> = items.map(() => []);
  const join = (key: unknown, i: number): number[] => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(i);
    memberOf[i]!.push(group);
    return group;
  };
  const averages = new Set<number[]>();
  items.forEach((item, i) => {
    if (item.s.rate === "growth" && /bình quân/iu.test(said(item))) averages.add(join(item.s.block, i));
    if (KEY_INDICATOR.test(item.record.indicator.code)) join(item.record.indicator.code, i);
  });
  // Average rates pair within their paragraph; a key indicator pairs only across paragraphs.
  const block = (k: number): unknown => items[k]!.s.block;
  return (i) => {
    const later = memberOf[i]!.flatMap((group) => group.filter((j) => j > i && (averages.has(group) || block(j) !== block(i))));
    return memberOf[i]!.length > 1 ? [...new Set(later)].sort((x, y) => x - y) : later;
  };
}

/**
 * Words that move from a whole to its parts: "…bình quân 11,2%/năm; trong đó, xuất khẩu thủy sản tăng bình quân
 * 7,7%/năm, riêng … gạo và hàng may mặc … lần lượt là 51,6%/năm và 50%/năm" gives four different averages.
 */
const PARTS_BETWEEN = /trong đó|riêng|lần lượt|tương ứng/iu;

/** One indicator, one period, two different values (beyond the rounding of either). */
function checkConflicts(items: readonly CheckItem[], out: Finding[]): void {
  const mates = conflictCandidates(items);
  for (let i = 0; i < items.length; i++) {
    const a = items[i]!;
    for (const j of mates(i)) {
      const b = items[j]!;
      if (a.s.unit.family !== b.s.unit.family || !samePeriod(a.s.period, b.s.period)) continue;
      if ((a.s.kind === "plan") !== (b.s.kind === "plan")) continue;
      const averages =
        a.s.rate === "growth" &&
        b.s.rate === "growth" &&
        a.s.block === b.s.block &&
        a.s.period.type === "range" &&
        /bình quân/iu.test(said(a)) &&
        /bình quân/iu.test(said(b)) &&
        !PARTS_BETWEEN.test(a.s.block.text.slice(a.s.figureStart, b.s.figureStart));
      // Key indicators said twice in different paragraphs (a summary repeating the body); counts listed in one
      // sentence ("48MW ..., 100MW") are different things under one name.
      const keyIndicator = KEY_INDICATOR.test(a.record.indicator.code) && a.record.indicator.code === b.record.indicator.code;
      if (!averages && !(keyIndicator && a.s.block !== b.s.block && sameName(a, b) && samePlace(a, b))) continue;
      // "hơn 3 tỷ USD", "khoảng 104,2": a bound or an approximation is not a figure to hold another against.
      if (a.s.qualifier !== undefined || b.s.qualifier !== undefined) continue;
      if (a.s.unit.id === "percent" && a.s.rate !== b.s.rate) continue;
      if (sameFigure(a, b) || repeatsAnother(a, b, items) || repeatsAnother(b, a, items)) continue;
      push(out, b, {
        code: "value-conflict",
        stated: b.s.value,
        computed: a.s.value,
        recordIds: [b.record.id, a.record.id],
        vi: `${name(b)}: văn bản ghi hai số khác nhau, ${vi(a.s.value, a.s.decimals)} ${a.s.unitText} và ${vi(b.s.value, b.s.decimals)} ${b.s.unitText}.`,
        en: `${nameEn(b)}: the text gives two different figures, ${en(a.s.value, a.s.decimals)} ${a.s.unitText} and ${en(b.s.value, b.s.decimals)} ${b.s.unitText}.`,
      });
    }
  }
}
