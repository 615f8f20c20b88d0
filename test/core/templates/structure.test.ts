import { buildTemplate, DEFAULT_OPTIONS, periodChoices } from "../../../src/core/templates";
import { evaluate, loadDataset, round2, rowOf } from "./evaluate";

const h1 = loadDataset("tv-sct-2020-h1");
const qd = loadDataset("tv-qd1809-2021");

describe("structure for tv-sct-2020-h1: electricity saved (footnote 4)", () => {
  const b = buildTemplate("structure", { dataset: h1! }, DEFAULT_OPTIONS);
  const get = evaluate(b);

  it("reproduces the shares 0,80%, 2,72%, 56,95%, 39,53% and sums them to 100%", () => {
    expect(periodChoices("structure", h1!).map((c) => c.key)).toEqual(["months6-2020"]);
    const share = (name: string) => round2((get(`E${rowOf(b, name) + 1}`) as number) * 100);
    expect(share("Chiếu sáng công cộng")).toBe(0.8);
    expect(share("Cơ quan hành chính sự nghiệp")).toBe(2.72);
    expect(share("Sinh hoạt - kinh doanh dịch vụ")).toBe(56.95);
    expect(share("Doanh nghiệp sản xuất")).toBe(39.53);
    const total = rowOf(b, "Điện năng tiết kiệm được");
    expect(b.cells[total]![3]!.value).toBe(7460886);
    expect(round2((get(`E${total + 1}`) as number) * 100)).toBe(100);
  });

  it("writes shares as an index under 'Cơ cấu (%)' in the index and growth styles", () => {
    const idx = buildTemplate("structure", { dataset: h1! }, { ...DEFAULT_OPTIONS, comparisonStyle: "growth" });
    expect(round2(evaluate(idx)(`E${rowOf(idx, "Doanh nghiệp sản xuất") + 1}`))).toBe(39.53);
  });
});

describe("structure for tv-qd1809-2021: 2020 shares of production value and retail", () => {
  const b = buildTemplate("structure", { dataset: qd! }, DEFAULT_OPTIONS);
  const get = evaluate(b);

  it("keeps the stated shares and derives each part's value from the total", () => {
    const manuf = rowOf(b, "Ngành chế biến, chế tạo");
    expect(b.cells[manuf]![4]!.value).toBeCloseTo(0.3894, 12);
    expect(b.cells[manuf]![3]!.formula).toBeDefined();
    expect(round2(get(`D${manuf + 1}`))).toBe(17197.46); // 44.164 × 38,94%
    const goods = rowOf(b, "Bán lẻ hàng hóa");
    expect(round2(get(`D${goods + 1}`))).toBe(24552.37); // 34.416 × 71,34%
  });

  it("shows that the document's shares add up to 99,99%, not 100%", () => {
    expect(round2((get(`E${rowOf(b, "Giá trị sản xuất công nghiệp") + 1}`) as number) * 100)).toBe(99.99);
    expect(round2((get(`E${rowOf(b, "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng") + 1}`) as number) * 100)).toBe(99.99);
  });
});
