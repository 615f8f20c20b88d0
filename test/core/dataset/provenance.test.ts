/**
 * Every figure of the published datasets traces back to its document: quotes are verbatim, stated values
 * and percentages read back from the quote with the project's number parser, derived values reproduce the
 * percentages they were derived from.
 */
import { parseVietnameseNumber } from "../../../src/core/numbers";
import type { PlanDataset, PlanRecord } from "../../../src/core/dataset/types";
import { convert, resolveUnit } from "../../../src/core/units";
import { DATASET_IDS, loadPublished, seedText } from "./published";

const datasets = DATASET_IDS.map((id) => ({ ds: loadPublished(id), seed: "" }));
for (const d of datasets) d.seed = seedText(d.ds);

/** Every number written in a text, with where it ends ("5.268 tấn" -> 5268 ending before " tấn"). */
function numbersIn(text: string): Array<{ value: number; end: number }> {
  const out: Array<{ value: number; end: number }> = [];
  for (const m of text.matchAll(/\d[\d.,]*/g)) {
    const raw = m[0].replace(/[.,]+$/, "");
    const value = parseVietnameseNumber(raw);
    if (value !== null) out.push({ value, end: m.index + raw.length });
  }
  return out;
}

/** One space, composed accents, lower case: how a unit text is compared with the quote. */
function flat(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").toLowerCase();
}

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

const stated: Array<[string, PlanRecord, string]> = [];
const derived: Array<[string, PlanRecord, PlanDataset]> = [];
for (const { ds, seed } of datasets) {
  for (const r of ds.records) {
    if (r.derived) derived.push([r.id, r, ds]);
    else stated.push([r.id, r, seed]);
  }
}

describe("provenance of the published datasets", () => {
  it("covers the documents: a few hundred records and the 25 tasks of decision 1809", () => {
    const total = datasets.reduce((n, d) => n + d.ds.records.length, 0);
    expect(total).toBeGreaterThanOrEqual(300);
    expect(loadPublished("tv-qd1809-2021").tasks?.map((t) => t.no)).toEqual(Array.from({ length: 25 }, (_, i) => String(i + 1)));
  });

  it.each(datasets.map((d) => [d.ds.id, d] as const))("%s: every quote is a verbatim substring of its seed file", (_id, { ds, seed }) => {
    for (const r of ds.records) {
      expect(seed.includes(r.quote)).toBe(true);
      if (r.quoteOffset) expect(seed.slice(r.quoteOffset.start, r.quoteOffset.end)).toBe(r.quote);
    }
    for (const t of ds.tasks ?? []) expect(seed.includes(t.quote)).toBe(true);
  });

  it.each(stated)("%s: the stated value reads back from its quote, followed by its unit", (_id, r) => {
    const nums = numbersIn(r.quote);
    const hit = nums.filter((n) => same(n.value, Math.abs(r.value)));
    expect(hit.length).toBeGreaterThan(0);
    const rest = hit.map((h) => flat(r.quote.slice(h.end)));
    if (r.indicator.unit === "percent") {
      expect(rest.some((t) => t.startsWith("%"))).toBe(true);
    } else {
      // The unit follows the figure, at once or after a list ("1.542, trung cấp 2.524, ...: 11.112 học viên").
      expect(rest.some((t) => t.includes(flat(r.indicator.unitText)))).toBe(true);
      expect(resolveUnit(r.indicator.unitText)?.id ?? r.flags?.some((f) => f.code === "unit-conflict")).toBeTruthy();
    }
  });

  it.each(stated.filter(([, r]) => Object.keys(r.reported).length > 0))("%s: the reported percentages appear in the quote", (_id, r) => {
    const nums = numbersIn(r.quote).map((n) => n.value);
    for (const v of Object.values(r.reported)) expect(nums.some((n) => same(n, Math.abs(v)))).toBe(true);
  });

  it.each(derived)("%s: the derived value reproduces the percentage it came from, to 2 decimals", (_id, r, ds) => {
    const src = ds.records.find((x) => x.id === r.derived!.from[0])!;
    expect(src).toBeDefined();
    expect(src.derived).toBeUndefined();
    const ratio = (src.value / convert(r.value, r.indicator.unit, src.indicator.unit)) * 100;
    switch (r.derived!.method) {
      case "plan = value / pctOfPlan * 100":
        expect(ratio.toFixed(2)).toBe(src.reported.pctOfPlan!.toFixed(2));
        expect(r.kind).toBe("plan");
        expect(r.period).toMatchObject({ type: "year", year: src.period.year });
        break;
      case "prior = value / (1 + growthVsPrior / 100)":
        expect((ratio - 100).toFixed(2)).toBe(src.reported.growthVsPrior!.toFixed(2));
        expect(r.period.year).toBe(src.period.year - 1);
        break;
      case "prior = value / indexVsPrior * 100":
        expect(ratio.toFixed(2)).toBe(src.reported.indexVsPrior!.toFixed(2));
        expect(r.period.year).toBe(src.period.year - 1);
        break;
      default:
        throw new Error(`unknown derivation ${r.derived!.method}`);
    }
    expect(r.quote).toBe(src.quote);
  });
});

describe("figures of footnote 1 of seed 001 (hand-checked)", () => {
  const ds = loadPublished("tv-sct-2020-h1");
  const rec = (id: string) => ds.records.find((r) => r.id === `tv-sct-2020-h1:${id}`)!;

  it("keeps the 13 products in the document's order with their estimates for 6 months of 2020", () => {
    const h1 = ds.records.filter((r) => r.indicator.code.startsWith("product.") && r.kind === "estimate" && r.period.type === "months" && !r.id.endsWith(":body"));
    expect(h1.map((r) => [r.indicator.vi, r.value, r.indicator.unitText, r.reported.pctOfPlan, r.reported.growthVsPrior])).toEqual([
      ["Thủy sản đông lạnh", 5268, "tấn", 50.17, 56.27],
      ["Nước sinh hoạt", 17.1, "triệu m3", 67.08, 32.63],
      ["Điện sản xuất", 10.6, "tỷ Kwh", 58.9, 31.39],
      ["Bộ truyền dẫn điện dùng trong ô tô", 4999, "nghìn bộ", 56.82, 15.66],
      ["Thuốc viên các loại", 476.8, "triệu viên", 39.73, 6.34],
      ["Điện thương phẩm", 540.8, "triệu Kwh", 47.65, 6.04],
      ["Gạo xay xát", 151.27, "nghìn tấn", 27.5, 1.98],
      ["Than hoạt tính", 3994, "tấn", 49.93, 1.86],
      ["May mặc", 7.33, "triệu chiếc", 48.87, 1.43],
      ["Giày thành phẩm", 3.52, "triệu đôi", 14.75, -63.43],
      ["Túi xách các loại", 799, "nghìn cái", 19.99, -51.45],
      ["Thảm xơ dừa", 932, "nghìn m2", 37.27, -26.28],
      ["Đường kết", 12371, "tấn", 70.69, -31.76],
    ]);
  });

  it("derives the 2020 plan and the first half of 2019 for frozen seafood (5.268 ÷ 50,17% and 5.268 ÷ 1,5627)", () => {
    expect(rec("product.frozen-seafood:2020:plan:from-2020-m6").value).toBeCloseTo(10500.299, 2);
    expect(rec("product.frozen-seafood:2019-m6:actual:from-2020-m6").value).toBeCloseTo(3371.0885, 3);
    expect(rec("product.sugar:2019-m6:actual:from-2020-m6").value).toBeCloseTo(18128.66, 1);
  });

  it("reads 1,2 tỷ viên as 1.2 billion tablets", () => {
    const r = rec("product.tablets:2020:estimate");
    expect(r.value).toBe(1.2);
    expect(convert(r.value, r.indicator.unit, "vien")).toBe(1_200_000_000);
  });

  it("keeps the full-year plan of footnote 2 in line with the first-half one (electricity sold: 1,13 tỷ vs 540,8 ÷ 47,65%)", () => {
    const fromYear = rec("product.electricity-commercial:2020:plan:from-2020");
    const fromH1 = rec("product.electricity-commercial:2020:plan:from-2020-m6");
    expect(convert(fromYear.value, fromYear.indicator.unit, "trieu-kwh")).toBeCloseTo(1130, 6);
    expect(fromH1.value).toBeCloseTo(1134.94, 2);
  });
});
