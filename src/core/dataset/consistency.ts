/**
 * Consistency report: recomputes the percentages the documents state from the figures they state, and
 * compares figures given twice (in one document or across documents). It lists the documents' own
 * discrepancies; it never corrects them. A reported percentage is taken as consistent when it equals the
 * recomputed one rounded to the decimals the document wrote (42,13 vs 42,1265...).
 */
import type { FigureKind, PlanDataset, PlanRecord, PriceBasis, RecordFlag } from "./types";
import { agreesAtPrecision, decimalsWritten as decimals, formatVietnameseNumber, roundingOf } from "../numbers";
import { convert, sameFamily } from "../units";
import { periodKey, periodLabelEn } from "./period-text";

export interface Discrepancy {
  code: RecordFlag["code"];
  vi: string;
  en: string;
  /** The records involved; each gets the flag. */
  records: string[];
  /** The two figures compared: what the document says and what its other figures give. */
  stated: number;
  expected: number;
}

export interface ConsistencyReport {
  /** How many relations were checked. */
  checked: number;
  discrepancies: Discrepancy[];
}

// Lives with the number helpers so the pane can use it without this module (src/core/fill).
export { agreesAtPrecision };

function periodOf(r: PlanRecord): string {
  return periodKey(r.period);
}

function kindGroup(k: FigureKind): string {
  return k === "estimate" ? "actual" : k;
}

/** Vietnamese-style number for messages: 45266 -> "45.266", 99.7048 -> "99,70". */
const vn = (x: number, d = 2): string => formatVietnameseNumber(x, d, "whole-if-zero");

function en(x: number, d = 2): string {
  return Number(x.toFixed(d)).toLocaleString("en-US", { maximumFractionDigits: d });
}

const BASIS_VI: Record<PriceBasis, string> = { current: "giá hiện hành", "comparable-2010": "giá so sánh 2010", "n/a": "không ghi giá" };
const BASIS_EN: Record<PriceBasis, string> = { current: "current prices", "comparable-2010": "comparable 2010 prices", "n/a": "basis not stated" };

/** "45.266 tỷ đồng", "13,81%". */
function withUnit(r: PlanRecord, text: string): string {
  return r.indicator.unit === "percent" ? `${text}%` : `${text} ${r.indicator.unitText}`;
}

interface Ctx {
  docOf: Map<string, PlanDataset>;
  out: Discrepancy[];
  checked: number;
}

function valueIn(r: PlanRecord, unit: string): number {
  return convert(r.value, r.indicator.unit, unit);
}

function docName(ctx: Ctx, r: PlanRecord): string {
  const d = ctx.docOf.get(r.id);
  return d ? `${d.document.number || d.document.seedFile} (${d.id})` : r.id;
}

/** Stated (not derived) records of one dataset with this code and period. */
function find(ds: PlanDataset, code: string, pred: (r: PlanRecord) => boolean): PlanRecord[] {
  return ds.records.filter((r) => r.indicator.code === code && !r.derived && pred(r));
}

/** % of plan: actual ÷ a stated plan of the same dataset for the plan year. */
function checkPctOfPlan(ctx: Ctx, ds: PlanDataset): void {
  for (const r of ds.records) {
    const p = r.reported.pctOfPlan;
    if (p === undefined || r.derived || r.kind === "plan") continue;
    for (const plan of find(ds, r.indicator.code, (x) => x.kind === "plan" && x.period.type === "year" && x.period.year === r.period.year)) {
      ctx.checked++;
      const computed = (r.value / valueIn(plan, r.indicator.unit)) * 100;
      if (agreesAtPrecision(p, computed)) continue;
      ctx.out.push({
        code: "pct-mismatch",
        vi: `${r.indicator.vi} ${r.period.label}: văn bản ghi đạt ${vn(p)}% kế hoạch, nhưng ${vn(r.value)} ÷ ${vn(plan.value)} = ${vn(computed)}%.`,
        en: `${r.indicator.en}, ${periodLabelEn(r.period)}: the document says ${en(p)}% of plan, but ${en(r.value)} ÷ ${en(plan.value)} = ${en(computed)}%.`,
        records: [r.id, plan.id],
        stated: p,
        expected: computed,
      });
    }
  }
}

/** Growth vs the same period: a stated figure of the previous year in the same dataset. */
function checkGrowth(ctx: Ctx, ds: PlanDataset): void {
  for (const r of ds.records) {
    const g = r.reported.growthVsPrior;
    const ix = r.reported.indexVsPrior;
    if ((g === undefined && ix === undefined) || r.derived || r.period.type === "range" || r.indicator.unit === "percent") continue;
    const prior = find(ds, r.indicator.code, (x) => kindGroup(x.kind) === "actual" && x.period.type === r.period.type && x.period.year === r.period.year - 1 && x.period.part === r.period.part && x.period.months === r.period.months);
    for (const base of prior) {
      ctx.checked++;
      const ratio = (r.value / valueIn(base, r.indicator.unit)) * 100;
      const computed = g !== undefined ? ratio - 100 : ratio;
      const stated = g !== undefined ? g : ix!;
      if (agreesAtPrecision(stated, computed)) continue;
      const basisNote =
        r.indicator.priceBasis !== base.indicator.priceBasis
          ? {
              vi: ` Hai số khác cách tính giá (${BASIS_VI[r.indicator.priceBasis]} / ${BASIS_VI[base.indicator.priceBasis]}).`,
              en: ` The two figures are at different price bases (${BASIS_EN[r.indicator.priceBasis]} / ${BASIS_EN[base.indicator.priceBasis]}).`,
            }
          : { vi: "", en: "" };
      ctx.out.push({
        code: basisNote.vi ? "basis-conflict" : "pct-mismatch",
        vi: `${r.indicator.vi} ${r.period.label}: văn bản ghi ${g !== undefined ? `tăng ${vn(stated)}%` : `bằng ${vn(stated)}%`} so cùng kỳ, nhưng so với ${vn(base.value)} (${base.period.label}) là ${vn(computed)}%.${basisNote.vi}`,
        en: `${r.indicator.en}, ${periodLabelEn(r.period)}: the document says ${g !== undefined ? `growth ${en(stated)}%` : `index ${en(stated)}%`}, but against ${en(base.value)} (${periodLabelEn(base.period)}) it is ${en(computed)}%.${basisNote.en}`,
        records: [r.id, base.id],
        stated,
        expected: computed,
      });
    }
  }
}

/** A part's stated share of a total: part code -> total code (same dataset, same period when possible). */
const SHARE_OF: Record<string, string> = {
  "structure.electricity-saved.public-lighting": "other.electricity-saved",
  "structure.electricity-saved.administrative": "other.electricity-saved",
  "structure.electricity-saved.households-services": "other.electricity-saved",
  "structure.electricity-saved.manufacturing": "other.electricity-saved",
  "structure.ipv-electricity-value": "main.industrial-production-value",
  "other.admin-procedures.cut-50-plus": "other.admin-procedures.department",
  "other.admin-procedures.cut-under-50": "other.admin-procedures.department",
  "other.admin-procedures.unchanged": "other.admin-procedures.department",
  "other.admin-procedures.no-time-limit": "other.admin-procedures.department",
  "other.applications.online": "other.applications.received",
  "other.admin-procedures.online-public": "other.admin-procedures.department",
  "other.credit.enterprises": "other.credit.outstanding",
  "other.credit.sme": "other.credit.enterprises",
  "other.credit.manufacturing": "other.credit.outstanding",
  "other.industrial-parks.disbursed-capital": "other.industrial-parks.registered-capital",
  "other.industrial-parks.used-area": "other.industrial-parks.leased-area",
};

function checkShares(ctx: Ctx, ds: PlanDataset): void {
  for (const r of ds.records) {
    const share = r.reported.share;
    const totalCode = SHARE_OF[r.indicator.code];
    if (share === undefined || !totalCode || r.derived) continue;
    const candidates = find(ds, totalCode, (x) => kindGroup(x.kind) === kindGroup(r.kind) && x.period.year === r.period.year);
    const total = candidates.find((x) => periodOf(x) === periodOf(r)) ?? candidates[0];
    if (!total || !sameFamily(total.indicator.unit, r.indicator.unit)) continue;
    ctx.checked++;
    const computed = (r.value / valueIn(total, r.indicator.unit)) * 100;
    if (agreesAtPrecision(share, computed)) continue;
    const otherDate = periodOf(total) !== periodOf(r);
    ctx.out.push({
      code: "pct-mismatch",
      vi: `${r.indicator.vi}: văn bản ghi chiếm ${vn(share)}%, nhưng ${vn(r.value)} ÷ ${vn(total.value)} = ${vn(computed)}%.${otherDate ? ` Hai số ở hai thời điểm khác nhau (${r.period.label}, ${total.period.label}).` : ""}`,
      en: `${r.indicator.en}: the document says ${en(share)}%, but ${en(r.value)} ÷ ${en(total.value)} = ${en(computed)}%.${otherDate ? ` The two figures are at different dates (${periodLabelEn(r.period)}, ${periodLabelEn(total.period)}).` : ""}`,
      records: [r.id, total.id],
      stated: share,
      expected: computed,
    });
  }
}

/** Rates that are a ratio of two stated counts: rate code -> [part code, total code]. */
const RATIOS: Array<[string, string, string]> = [["main.household-electrification", "other.households-using-electricity", "other.total-households"]];

function checkRatios(ctx: Ctx, ds: PlanDataset): void {
  for (const [rateCode, partCode, totalCode] of RATIOS) {
    for (const rate of find(ds, rateCode, (x) => kindGroup(x.kind) === "actual")) {
      const part = find(ds, partCode, (x) => periodOf(x) === periodOf(rate))[0];
      const total = find(ds, totalCode, (x) => periodOf(x) === periodOf(rate))[0];
      if (!part || !total) continue;
      ctx.checked++;
      const computed = (part.value / total.value) * 100;
      if (agreesAtPrecision(rate.value, computed)) continue;
      ctx.out.push({
        code: "pct-mismatch",
        vi: `${rate.indicator.vi}: văn bản ghi ${vn(rate.value)}%, nhưng ${vn(part.value)} ÷ ${vn(total.value)} = ${vn(computed)}%.`,
        en: `${rate.indicator.en}: the document says ${en(rate.value)}%, but ${en(part.value)} ÷ ${en(total.value)} = ${en(computed)}%.`,
        records: [rate.id, part.id, total.id],
        stated: rate.value,
        expected: computed,
      });
    }
  }
}

/** Totals that the document also splits into parts: total code -> part codes. */
const SUMS: Array<[string, string[]]> = [
  ["other.electricity-saved", ["structure.electricity-saved.public-lighting", "structure.electricity-saved.administrative", "structure.electricity-saved.households-services", "structure.electricity-saved.manufacturing"]],
  ["other.power.duyen-hai.capacity", ["other.power.duyen-hai-1.capacity", "other.power.duyen-hai-2.capacity", "other.power.duyen-hai-3.capacity", "other.power.duyen-hai-3-ext.capacity"]],
  ["other.markets", ["other.markets.class-1", "other.markets.class-2", "other.markets.class-3"]],
  ["other.markets", ["other.markets.run-by-enterprises", "other.markets.run-by-households", "other.markets.run-by-authorities"]],
  ["other.industrial-parks.projects", ["other.industrial-parks.fdi-projects", "other.industrial-parks.domestic-projects"]],
  ["other.admin-procedures.total", ["other.admin-procedures.department", "other.admin-procedures.district"]],
  ["other.admin-procedures.department", ["other.admin-procedures.level-2", "other.admin-procedures.level-3", "other.admin-procedures.level-4"]],
  ["other.admin-procedures.department", ["other.admin-procedures.cut-50-plus", "other.admin-procedures.cut-under-50", "other.admin-procedures.unchanged", "other.admin-procedures.no-time-limit"]],
  ["other.applications.received", ["other.applications.offline", "other.applications.online"]],
  ["other.applications.received", ["other.applications.new", "other.applications.carried-over"]],
  ["other.ocop-products", ["other.ocop-products.3-star", "other.ocop-products.4-star"]],
  ["other.price-stabilisation.funds", ["other.price-stabilisation.tet-goods", "other.price-stabilisation.school-goods"]],
  ["other.market-control.inspections", ["other.market-control.planned", "other.market-control.unplanned"]],
  ["other.vocational-enrolment", ["other.vocational-enrolment.college", "other.vocational-enrolment.intermediate", "other.vocational-enrolment.elementary"]],
];

/** Shares of one whole that should add up to 100%. */
const SHARE_GROUPS: string[][] = [
  ["structure.ipv.mining", "structure.ipv.manufacturing", "structure.ipv.electricity", "structure.ipv.water"],
  ["structure.retail.goods", "structure.retail.accommodation-food", "structure.retail.travel", "structure.retail.other-services"],
];

function checkSums(ctx: Ctx, ds: PlanDataset): void {
  for (const [totalCode, partCodes] of SUMS) {
    for (const total of find(ds, totalCode, (x) => kindGroup(x.kind) === "actual")) {
      const parts = partCodes.map((c) => find(ds, c, (x) => periodOf(x) === periodOf(total) && kindGroup(x.kind) === "actual")[0]);
      if (parts.some((p) => p === undefined)) continue;
      ctx.checked++;
      const sum = parts.reduce((s, p) => s + valueIn(p!, total.indicator.unit), 0);
      if (Math.abs(sum - total.value) <= 1e-6 * Math.max(1, Math.abs(total.value))) continue;
      const names = parts.map((p) => vn(p!.value)).join(" + ");
      ctx.out.push({
        code: "other",
        vi: `${total.indicator.vi} ${total.period.label}: văn bản ghi ${vn(total.value)}, nhưng các phần cộng lại ${names} = ${vn(sum)}.`,
        en: `${total.indicator.en}, ${periodLabelEn(total.period)}: the document says ${en(total.value)}, but its parts add up to ${en(sum)}.`,
        records: [total.id, ...parts.map((p) => p!.id)],
        stated: total.value,
        expected: sum,
      });
    }
  }
  for (const group of SHARE_GROUPS) {
    const first = find(ds, group[0]!, () => true);
    for (const f of first) {
      const parts = group.map((c) => find(ds, c, (x) => periodOf(x) === periodOf(f) && x.kind === f.kind)[0]);
      if (parts.some((p) => p === undefined)) continue;
      ctx.checked++;
      const sum = parts.reduce((s, p) => s + p!.value, 0);
      // Each share is rounded to the decimals written: the sum may miss 100 by half a unit per part.
      const slack = parts.reduce((s, p) => s + roundingOf(decimals(p!.value)), 0);
      if (Math.abs(sum - 100) <= slack) continue;
      ctx.out.push({
        code: "other",
        vi: `Cơ cấu ${f.period.label}: các tỷ trọng cộng lại ${vn(sum, 3)}%, không phải 100%.`,
        en: `Structure, ${periodLabelEn(f.period)}: the shares add up to ${en(sum, 3)}%, not 100%.`,
        records: parts.map((p) => p!.id),
        stated: sum,
        expected: 100,
      });
    }
  }
}

/** Average yearly growth over a range against stated values at both ends: (end ÷ start)^(1/n) − 1. */
function checkRangeGrowth(ctx: Ctx, ds: PlanDataset): void {
  const LEVEL_OF: Record<string, string> = {
    "growth.export-turnover": "main.export-turnover",
    "growth.industrial-production-value": "main.industrial-production-value",
    "growth.retail-sales": "main.retail-sales",
  };
  for (const g of ds.records) {
    const level = LEVEL_OF[g.indicator.code];
    if (!level || g.period.type !== "range" || g.derived) continue;
    const from = g.period.fromYear! - 1;
    const start = find(ds, level, (x) => x.period.type === "year" && x.period.year === from)[0];
    const end = find(ds, level, (x) => x.period.type === "year" && x.period.year === g.period.year)[0];
    if (!start || !end) continue;
    ctx.checked++;
    const n = g.period.year - from;
    const computed = ((end.value / valueIn(start, end.indicator.unit)) ** (1 / n) - 1) * 100;
    if (agreesAtPrecision(g.value, computed)) continue;
    ctx.out.push({
      code: "pct-mismatch",
      vi: `${g.indicator.vi} ${g.period.label}: văn bản ghi bình quân ${vn(g.value)}%/năm, nhưng từ ${vn(start.value)} (${start.period.label}) đến ${vn(end.value)} (${end.period.label}) là ${vn(computed)}%/năm (với ${vn(g.value)}%/năm thì năm ${g.period.year} chỉ đạt ${vn(start.value * (1 + g.value / 100) ** n)}).`,
      en: `${g.indicator.en}, ${periodLabelEn(g.period)}: the document says ${en(g.value)}% a year, but from ${en(start.value)} (${periodLabelEn(start.period)}) to ${en(end.value)} (${periodLabelEn(end.period)}) it is ${en(computed)}% a year (at ${en(g.value)}% the ${g.period.year} figure would be ${en(start.value * (1 + g.value / 100) ** n)}).`,
      records: [g.id, start.id, end.id],
      stated: g.value,
      expected: computed,
    });
  }
}

/** A total growth target against its sub-sector targets weighted by the base-year structure. */
function checkSubsectorTargets(ctx: Ctx, ds: PlanDataset): void {
  const SUBS: Array<[string, string]> = [
    ["growth.industrial-production-value.mining", "structure.ipv.mining"],
    ["growth.industrial-production-value.manufacturing", "structure.ipv.manufacturing"],
    ["growth.industrial-production-value.electricity", "structure.ipv.electricity"],
    ["growth.industrial-production-value.water", "structure.ipv.water"],
  ];
  for (const total of find(ds, "growth.industrial-production-value", (x) => x.kind === "target" && x.period.type === "range")) {
    const n = total.period.year - total.period.fromYear! + 1;
    const base = total.period.fromYear! - 1;
    const pairs = SUBS.map(([g, s]) => ({
      g: find(ds, g, (x) => x.kind === "target" && periodOf(x) === periodOf(total))[0],
      s: find(ds, s, (x) => x.period.type === "year" && x.period.year === base)[0],
    }));
    if (pairs.some((p) => !p.g || !p.s)) continue;
    ctx.checked++;
    const weight = pairs.reduce((a, p) => a + p.s!.value, 0);
    const grown = pairs.reduce((a, p) => a + p.s!.value * (1 + p.g!.value / 100) ** n, 0);
    const implied = ((grown / weight) ** (1 / n) - 1) * 100;
    if (Math.abs(implied - total.value) <= 0.1) continue;
    ctx.out.push({
      code: "other",
      vi: `${total.indicator.vi} ${total.period.label}: mục tiêu chung ${vn(total.value)}%/năm, nhưng các ngành (${pairs.map((p) => `${vn(p.g!.value)}%`).join(", ")}) theo cơ cấu năm ${base} (${pairs.map((p) => `${vn(p.s!.value, 3)}%`).join(", ")}) chỉ cho khoảng ${vn(implied)}%/năm. Cơ cấu tính theo giá hiện hành nên đây là ước lượng.`,
      en: `${total.indicator.en}, ${periodLabelEn(total.period)}: the overall target is ${en(total.value)}% a year, but the sub-sector targets weighted by the ${base} structure give about ${en(implied)}% a year (the structure is at current prices, so this is an approximation).`,
      records: [total.id, ...pairs.map((p) => p.g!.id), ...pairs.map((p) => p.s!.id)],
      stated: total.value,
      expected: implied,
    });
  }
}

/** A stock with its stated increase and growth rate: growth = increase ÷ (stock − increase). */
const INCREASES: Array<[string, string]> = [
  ["other.credit.outstanding", "other.credit.outstanding-increase"],
  ["other.credit.enterprises", "other.credit.enterprises-increase"],
  ["other.credit.sme", "other.credit.sme-increase"],
  ["other.credit.manufacturing", "other.credit.manufacturing-increase"],
];

function checkIncreases(ctx: Ctx, ds: PlanDataset): void {
  for (const [stockCode, incCode] of INCREASES) {
    for (const stock of find(ds, stockCode, (x) => x.reported.growthVsPrior !== undefined)) {
      const inc = find(ds, incCode, (x) => periodOf(x) === periodOf(stock))[0];
      if (!inc) continue;
      ctx.checked++;
      const g = stock.reported.growthVsPrior!;
      const computed = (inc.value / (stock.value - inc.value)) * 100;
      if (agreesAtPrecision(g, computed)) continue;
      ctx.out.push({
        code: "pct-mismatch",
        vi: `${stock.indicator.vi}: văn bản ghi tăng ${vn(g)}%, nhưng ${vn(inc.value)} ÷ (${vn(stock.value)} − ${vn(inc.value)}) = ${vn(computed)}%.`,
        en: `${stock.indicator.en}: the document says +${en(g)}%, but ${en(inc.value)} ÷ (${en(stock.value)} − ${en(inc.value)}) = ${en(computed)}%.`,
        records: [stock.id, inc.id],
        stated: g,
        expected: computed,
      });
    }
  }
}

/** What remains for the second half = full-year figure − first-half figure (seed 001, section II.2). */
function checkRemaining(ctx: Ctx, ds: PlanDataset): void {
  for (const rest of ds.records.filter((r) => r.kind === "remaining" && !r.derived && r.period.type === "half" && r.period.part === 2)) {
    const code = rest.indicator.code;
    const year = find(ds, code, (x) => kindGroup(x.kind) === "actual" && x.period.type === "year" && x.period.year === rest.period.year)[0];
    const h1 = find(ds, code, (x) => kindGroup(x.kind) === "actual" && x.period.year === rest.period.year && ((x.period.type === "months" && x.period.months === 6) || (x.period.type === "half" && x.period.part === 1)))[0];
    if (!year || !h1) continue;
    ctx.checked++;
    const computed = valueIn(year, rest.indicator.unit) - valueIn(h1, rest.indicator.unit);
    if (agreesAtPrecision(rest.value, computed)) continue;
    ctx.out.push({
      code: "other",
      vi: `${rest.indicator.vi} ${rest.period.label}: văn bản ghi còn phải thực hiện ${vn(rest.value)}, nhưng ${vn(year.value)} − ${vn(h1.value)} = ${vn(computed)}.`,
      en: `${rest.indicator.en}, ${periodLabelEn(rest.period)}: the document says ${en(rest.value)} remain, but ${en(year.value)} − ${en(h1.value)} = ${en(computed)}.`,
      records: [rest.id, year.id, h1.id],
      stated: rest.value,
      expected: computed,
    });
  }
}

/** The same indicator, period and kind given different values (within or across documents). */
function checkDuplicates(ctx: Ctx, datasets: PlanDataset[]): void {
  const groups = new Map<string, PlanRecord[]>();
  for (const ds of datasets) {
    for (const r of ds.records) {
      const key = `${r.province}|${r.indicator.code}|${periodOf(r)}|${kindGroup(r.kind)}`;
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
  }
  for (const recs of groups.values()) {
    if (recs.length < 2) continue;
    for (let i = 0; i < recs.length; i++) {
      for (let j = i + 1; j < recs.length; j++) {
        const a = recs[i]!;
        const b = recs[j]!;
        if (!sameFamily(a.indicator.unit, b.indicator.unit)) continue;
        // Two derivations from the same statement are one figure, not two.
        if (a.derived && b.derived && a.derived.from.join() === b.derived.from.join()) continue;
        ctx.checked++;
        const bv = valueIn(b, a.indicator.unit);
        // Plans derived from rounded percentages differ by a few tenths of a percent: not a conflict.
        if (Math.abs(a.value - bv) <= 0.005 * Math.max(Math.abs(a.value), Math.abs(bv))) continue;
        const basisDiffers =
          a.indicator.priceBasis !== b.indicator.priceBasis || a.indicator.priceBasisStated === false || b.indicator.priceBasisStated === false;
        const money = a.indicator.unit.endsWith("dong");
        const how = (r: PlanRecord) => (r.derived ? { vi: "suy ra", en: "derived" } : { vi: r.kind === "estimate" ? "ước tính" : "ghi", en: r.kind === "estimate" ? "estimate" : "stated" });
        const reasons: Array<{ vi: string; en: string }> = [];
        if (a.kind !== b.kind) reasons.push({ vi: "một số là ước tính, số kia là thực hiện", en: "one is an estimate and the other the outturn" });
        if (money && basisDiffers) {
          reasons.push({
            vi: "khác cách tính giá (giá hiện hành hay giá so sánh 2010; văn bản không phải lúc nào cũng ghi rõ)",
            en: "different price bases (current or comparable 2010 prices; the documents do not always say which)",
          });
        }
        const likely =
          reasons.length > 0
            ? { vi: ` Có thể do ${reasons.map((x) => x.vi).join(", hoặc ")}.`, en: ` Likely ${reasons.map((x) => x.en).join(", or ")}.` }
            : { vi: "", en: "" };
        ctx.out.push({
          code: money && basisDiffers ? "basis-conflict" : "value-conflict",
          vi: `${a.indicator.vi} ${a.period.label} (${a.province}): ${docName(ctx, a)} ${how(a).vi} ${withUnit(a, vn(a.value))}, ${docName(ctx, b)} ${how(b).vi} ${withUnit(b, vn(b.value))}.${likely.vi}`,
          en: `${a.indicator.en}, ${periodLabelEn(a.period)} (${a.province}): ${docName(ctx, a)} ${how(a).en} ${withUnit(a, en(a.value))}, ${docName(ctx, b)} ${how(b).en} ${withUnit(b, en(b.value))}.${likely.en}`,
          records: [a.id, b.id],
          stated: a.value,
          expected: bv,
        });
      }
    }
  }
}

export function checkConsistency(datasets: PlanDataset[]): ConsistencyReport {
  const docOf = new Map<string, PlanDataset>();
  for (const ds of datasets) for (const r of ds.records) docOf.set(r.id, ds);
  const ctx: Ctx = { docOf, out: [], checked: 0 };
  for (const ds of datasets) {
    checkPctOfPlan(ctx, ds);
    checkGrowth(ctx, ds);
    checkShares(ctx, ds);
    checkRatios(ctx, ds);
    checkSums(ctx, ds);
    checkRangeGrowth(ctx, ds);
    checkSubsectorTargets(ctx, ds);
    checkIncreases(ctx, ds);
    checkRemaining(ctx, ds);
  }
  checkDuplicates(ctx, datasets);
  return { checked: ctx.checked, discrepancies: ctx.out };
}

/** The flags each record should carry for the report's discrepancies (record id -> flags). */
export function flagsFor(report: ConsistencyReport): Map<string, RecordFlag[]> {
  const flags = new Map<string, RecordFlag[]>();
  for (const d of report.discrepancies) {
    for (const id of d.records) {
      const flag: RecordFlag = { code: d.code, vi: d.vi, en: d.en, related: d.records.filter((x) => x !== id) };
      flags.set(id, [...(flags.get(id) ?? []), flag]);
    }
  }
  return flags;
}
