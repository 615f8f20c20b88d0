import { buildTemplate, DEFAULT_OPTIONS, periodChoices } from "../../../src/core/templates";
import { evaluate, loadDataset, round2, rowOf } from "./evaluate";

const qd = loadDataset("tv-qd1809-2021");

describe("growth-targets for tv-qd1809-2021 (2021-2025)", () => {
  const b = buildTemplate("growth-targets", { dataset: qd! }, DEFAULT_OPTIONS);
  const get = evaluate(b);
  const param = (label: string) => b.cells.findIndex((r) => r[0]?.value === label) + 1;

  it("lists the overall target and the four sub-sectors with the document's rates", () => {
    expect(periodChoices("growth-targets", qd!).map((c) => c.key)).toEqual(["range-2021-2025"]);
    expect(b.cells[0]![0]!.value).toBe("MỤC TIÊU TĂNG TRƯỞNG GIAI ĐOẠN 2021-2025");
    const rate = (name: string) => b.cells[rowOf(b, name)]![4]!.value;
    expect(rate("Giá trị sản xuất công nghiệp")).toBe(14.48);
    expect(rate("- Giá trị sản xuất ngành khai khoáng")).toBe(5);
    expect(rate("- Giá trị sản xuất ngành chế biến, chế tạo")).toBe(12);
    expect(rate("- Giá trị sản xuất ngành sản xuất và phân phối điện")).toBe(15);
    expect(rate("- Giá trị sản xuất ngành cung cấp nước, xử lý rác thải")).toBe(15);
  });

  it("implies the 2025 value from the 2020 base: 44.164 × 1,1448^5 = 86.839,34 tỷ đồng", () => {
    expect(get(`D${param("(n) Số năm của giai đoạn:")}`)).toBe(5);
    const r = rowOf(b, "Giá trị sản xuất công nghiệp") + 1;
    expect(b.cells[r - 1]![3]!.value).toBe(44164);
    expect(round2(get(`F${r}`))).toBe(86839.34);
    expect(get(`I${r}`)).toBe(""); // no actual after 2020 in this document
    expect(get(`F${rowOf(b, "- Giá trị sản xuất ngành khai khoáng") + 1}`)).toBe("");
  });

  it("computes achieved and required average growth once an actual is typed in", () => {
    const r = rowOf(b, "Giá trị sản xuất công nghiệp") + 1;
    const with2021 = evaluate(b, { [`D${param("(c) Năm có số thực hiện gần nhất:")}`]: 2021, [`H${r}`]: 50000 });
    // 50.000 ÷ 44.164 − 1 = 13,21%; (86.839,34 ÷ 50.000)^(1/4) − 1 = 14,80%; gap 13,21 − 14,48 = −1,27 points.
    expect(round2(with2021(`I${r}`))).toBe(13.21);
    expect(round2(with2021(`J${r}`))).toBe(14.8);
    expect(round2(with2021(`K${r}`))).toBe(-1.27);
  });
});
