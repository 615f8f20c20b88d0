/** Figures of seeds/002, 003 and 004 that need more than the generic checks of all-datasets. */
import { buildTemplate, DEFAULT_OPTIONS } from "../../../src/core/templates";
import { evaluate, loadDataset, round2, rowOf, texts } from "./evaluate";

const sct2021 = loadDataset("tv-sct-2021");
const vl = loadDataset("vl-qd1013-2015");
const dt = loadDataset("dt-nq124-2022");

describe("tv-sct-2021 (seeds/003)", () => {
  it("carries the dataset's caution on the derived 2020 production value into the cell note", () => {
    const b = buildTemplate("main-indicators", { dataset: sct2021! }, DEFAULT_OPTIONS);
    const prior = b.cells[rowOf(b, "Giá trị sản xuất công nghiệp")]![5]!;
    expect(prior.style?.italic).toBe(true);
    expect(prior.note).toContain("Số suy ra");
    expect(prior.note).toContain("Lưu ý:");
    expect(prior.note).toContain("35.470,23");
  });

  it("says where the document's 59,33% electricity share disagrees with its own figures", () => {
    const b = buildTemplate("structure", { dataset: sct2021! }, DEFAULT_OPTIONS);
    const row = b.cells.findIndex((r) => r[3]?.value === 18921.57);
    expect(b.cells[row]![4]!.note).toBe("Văn bản ghi chiếm 59,33%; tính từ các số văn bản nêu được 59,10%.");
    expect(round2((evaluate(b)(`E${row + 1}`) as number) * 100)).toBe(59.1);
  });
});

describe("vl-qd1013-2015 (seeds/002)", () => {
  const b = buildTemplate("growth-targets", { dataset: vl! }, DEFAULT_OPTIONS);
  const get = evaluate(b);

  it("puts each sub-sector under its indicator", () => {
    const ipv = rowOf(b, "Giá trị sản xuất công nghiệp");
    expect(b.cells[ipv + 1]![1]!.value).toMatch(/^- /);
    expect(b.cells[ipv + 1]![4]!.value).toBe(19.5);
  });

  it("implies the 2020 values from the 2015 estimates and shows the stated 530 triệu USD beside", () => {
    const ipv = rowOf(b, "Giá trị sản xuất công nghiệp") + 1;
    expect(round2(get(`F${ipv}`))).toBe(47499.98); // 24.670 × 1,14^5
    const exp = rowOf(b, "Kim ngạch xuất khẩu") + 1;
    expect(round2(get(`F${exp}`))).toBe(522.59); // 330 × 1,0963^5
    expect(b.cells[exp - 1]![6]!.value).toBe(530);
  });

  it("does not add up shares the document gives for only some parts", () => {
    const s = buildTemplate("structure", { dataset: vl!, periodKey: "year-2015" }, DEFAULT_OPTIONS);
    const grdp = s.cells[rowOf(s, "Tổng sản phẩm trên địa bàn (GRDP)")]!;
    expect(grdp[4]!.formula).toBeUndefined();
    expect(grdp[4]!.note).toContain("chỉ nêu tỷ trọng của một số thành phần");
    expect(texts(s)).toContain("Văn bản chỉ nêu tỷ trọng của một số thành phần: không cộng tỷ trọng.");
  });
});

describe("dt-nq124-2022 (seeds/004)", () => {
  it("lists the sub-sector indices under production value in the same-period column", () => {
    const b = buildTemplate("main-indicators", { dataset: dt! }, { ...DEFAULT_OPTIONS, comparisonStyle: "index" });
    const get = evaluate(b);
    const ipv = rowOf(b, "Giá trị sản xuất công nghiệp") + 1;
    expect(round2(get(`G${ipv}`))).toBe(85.97);
    expect(round2(get(`H${ipv}`))).toBe(92.19);
    const mining = b.cells[rowOf(b, "- Ngành khai khoáng")]!;
    expect(mining[0]!.value).toBe("");
    expect(mining[7]!.value).toBe(87.61);
    expect(b.cells[rowOf(b, "- Ngành sản xuất và phân phối điện")]![7]!.value).toBe(106.13);
  });
});
