import { buildTemplate, DEFAULT_OPTIONS, periodChoices, type TemplateOptions } from "../../../src/core/templates";
import { evaluate, loadDataset, round2, rowOf, texts } from "./evaluate";
import { SMALL } from "./fixtures";

const real = loadDataset("tv-sct-2020-h1");
const opts = (o: Partial<TemplateOptions> = {}): TemplateOptions => ({ ...DEFAULT_OPTIONS, ...o });

describe("main-indicators for tv-sct-2020-h1 (seeds/001)", () => {
  it("offers 6 months and the year-end estimate, not the derived 2019 figures", () => {
    expect(periodChoices("main-indicators", real!).map((c) => c.key)).toEqual(["months6-2020", "year-2020"]);
  });

  // Only 42,13% relates two stated figures (19.125,44 and the 45.400 plan) and checks the numbers; the other
  // percentages come back from bases the dataset derived from them, a check of the cells the formulas read.
  it("6 months of 2020: production value 42,13% of plan (stated figures), +11,77%; retail 42,1%, −2,89% (derived bases); IIP +19,94%", () => {
    const b = buildTemplate("main-indicators", { dataset: real! }, opts({ comparisonStyle: "growth" }));
    expect(b.cells[0]![0]!.value).toBe("CÁC CHỈ TIÊU CHỦ YẾU 6 THÁNG ĐẦU NĂM 2020");
    const get = evaluate(b);
    const gtsx = rowOf(b, "Giá trị sản xuất công nghiệp") + 1;
    expect(b.cells[gtsx - 1]![3]!.value).toBe(45400); // the plan the report states, not one derived from 42,13%
    expect(round2(get(`G${gtsx}`))).toBe(42.13);
    expect(round2(get(`H${gtsx}`))).toBe(11.77);
    const retail = rowOf(b, "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng") + 1;
    expect(round2(get(`G${retail}`))).toBe(42.1);
    expect(round2(get(`H${retail}`))).toBe(-2.89);
    const iip = b.cells[rowOf(b, "Chỉ số sản xuất công nghiệp")]!;
    expect(iip[7]!.value).toBe(19.94);
    expect(iip[7]!.role).toBe("data");
    expect(iip[4]!.value).toBe("-");
    const elec = rowOf(b, "Tỷ lệ hộ sử dụng điện") + 1;
    expect(b.cells[elec - 1]![4]!.value).toBe(98.96);
    expect(get(`G${elec}`)).toBe("");
  });

  it("shows the IIP as an index in the index style and as 119,94% in the percent style", () => {
    const idx = buildTemplate("main-indicators", { dataset: real! }, opts({ comparisonStyle: "index" }));
    expect(idx.cells[rowOf(idx, "Chỉ số sản xuất công nghiệp")]![7]!.value).toBe(119.94);
    const pct = buildTemplate("main-indicators", { dataset: real! }, opts());
    const cell = pct.cells[rowOf(pct, "Chỉ số sản xuất công nghiệp")]![7]!;
    expect(cell.value).toBeCloseTo(1.1994, 12);
    expect(cell.numberFormat).toBe("0.00%");
  });

  it("year-end estimate: 99,70% from stated figures where the report writes 99,71% (noted); +17,32%, retail 89,83% / −7,19% from derived bases", () => {
    const b = buildTemplate("main-indicators", { dataset: real!, periodKey: "year-2020" }, opts({ comparisonStyle: "growth" }));
    const get = evaluate(b);
    const gtsx = rowOf(b, "Giá trị sản xuất công nghiệp") + 1;
    // 45.266 ÷ 45.400 = 99,70%: the report writes 99,71%. The cell says so instead of hiding it.
    expect(round2(get(`G${gtsx}`))).toBe(99.7);
    expect(b.cells[gtsx - 1]![6]!.note).toBe("Văn bản ghi 99,71%; tính từ các số văn bản nêu được 99,70%.");
    expect(round2(get(`H${gtsx}`))).toBe(17.32);
    const retail = rowOf(b, "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng") + 1;
    expect(round2(get(`G${retail}`))).toBe(89.83);
    expect(round2(get(`H${retail}`))).toBe(-7.19);
    expect(round2(get(`H${rowOf(b, "Chỉ số sản xuất công nghiệp") + 1}`))).toBe(10.99);
  });
});

describe("price-basis guard", () => {
  it("never divides a current-price value by a comparable-price one: blank cell with a note", () => {
    const b = buildTemplate("main-indicators", { dataset: SMALL }, DEFAULT_OPTIONS);
    const r = rowOf(b, "Giá trị");
    const cells = b.cells[r]!;
    expect(cells[7]!.formula).toBeUndefined();
    expect(cells[7]!.note).toBe("Không so sánh: hai số khác giá (giá hiện hành và giá so sánh 2010).");
    expect(evaluate(b)(`H${r + 1}`)).toBeNull();
    // Plan and actual are both at current prices: compared.
    expect(evaluate(b)(`G${r + 1}`)).toBeCloseTo(0.5, 12);
  });

  it("does not compare a money value of unstated basis with one at a named basis", () => {
    const ds = structuredClone(SMALL);
    const plan = ds.records.find((x) => x.indicator.code === "main.value" && x.kind === "plan")!;
    plan.indicator.priceBasis = "n/a";
    plan.indicator.priceBasisStated = false;
    const b = buildTemplate("main-indicators", { dataset: ds }, opts({ lang: "en" }));
    const cell = b.cells[rowOf(b, "main.value")]![6]!;
    expect(cell.formula).toBeUndefined();
    expect(cell.note).toContain("different price bases");
    expect(texts(b)).toContain("MAIN INDICATORS, FIRST 6 MONTHS OF 2020");
  });
});
