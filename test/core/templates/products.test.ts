import { buildTemplate, DEFAULT_OPTIONS, periodChoices, type TemplateOptions } from "../../../src/core/templates";
import { UserError } from "../../../src/core/user-error";
import type { SheetBlock } from "../../../src/core/sheet-block";
import { evaluate, loadDataset, round2, rowOf, texts } from "./evaluate";
import { SMALL } from "./fixtures";
import { PRODUCTS_H1_2020 } from "../../support/document-figures";

/** Footnote 1 of seeds/001: the 13 products, 6 months of 2020, in the report's order. */
const FOOTNOTE_1 = PRODUCTS_H1_2020;

const real = loadDataset("tv-sct-2020-h1");

function opts(o: Partial<TemplateOptions> = {}): TemplateOptions {
  return { ...DEFAULT_OPTIONS, ...o };
}

function build(o: Partial<TemplateOptions> = {}): SheetBlock {
  return buildTemplate("products", { dataset: real!, periodKey: "months6-2020" }, opts(o));
}

describe("products for tv-sct-2020-h1, 6 months of 2020", () => {
  const block = build();

  it("offers the report's period first, then the year-end estimate", () => {
    const choices = periodChoices("products", real!);
    expect(choices[0]).toEqual({ key: "months6-2020", label: { vi: "6 tháng đầu năm 2020", en: "first 6 months of 2020" } });
    expect(choices.map((c) => c.key)).toContain("year-2020");
  });

  it("has the title block, the unit line and the two header rows with the merged comparison group", () => {
    expect(block.cells[0]![0]!.value).toBe("SẢN PHẨM CÔNG NGHIỆP CHỦ YẾU 6 THÁNG ĐẦU NĂM 2020");
    expect(block.cells[0]![0]!.style?.bold).toBe(true);
    expect(block.merges).toContainEqual({ row: 0, col: 0, rows: 1, cols: 8 });
    expect(block.cells[1]![0]!.value).toBe("Tỉnh Trà Vinh");
    const all = texts(block);
    expect(all).toContain("Đơn vị tính: ghi tại cột C");
    const h = block.freezeRows! - 3; // two header rows, then the column-number row
    const header = block.cells[h]!.map((c) => c.value);
    expect(header).toEqual([
      "STT",
      "Sản phẩm",
      "Đơn vị tính",
      "Kế hoạch năm 2020 (*)",
      "Ước thực hiện 6 tháng 2020",
      "Cùng kỳ 6 tháng 2019 (*)",
      "So sánh (%)",
      undefined,
    ]);
    expect(block.cells[h + 1]![6]!.value).toBe("Kế hoạch");
    expect(block.cells[h + 1]![7]!.value).toBe("Cùng kỳ");
    expect(block.merges).toContainEqual({ row: h, col: 6, rows: 1, cols: 2 });
    expect(block.merges).toContainEqual({ row: h, col: 0, rows: 2, cols: 1 });
    expect(block.cells[h + 2]!.map((c) => c.value)).toEqual(["A", "B", "C", "1", "2", "3", "4=2/1", "5=2/3"]);
    expect(block.cells[h]!.every((c) => c.style?.border && c.role === "header")).toBe(true);
  });

  it("lists the 13 products in the report's order with their units and stated figures as numbers", () => {
    const { firstRow, lastRow } = block.body!;
    expect(firstRow).toBe(block.freezeRows);
    expect(lastRow - firstRow + 1).toBe(13);
    FOOTNOTE_1.forEach(([name, unit, value], i) => {
      const row = block.cells[firstRow + i]!;
      expect(row[0]!.value).toBe(i + 1);
      expect(row[1]!.value).toBe(name);
      expect(row[2]!.value).toBe(unit);
      expect(row[4]!.value).toBe(value);
      expect(row[4]!.role).toBe("data");
      expect(typeof row[3]!.value).toBe("number");
      expect(typeof row[5]!.value).toBe("number");
    });
  });

  it("writes % columns as blank-safe formulas on the row's own cells", () => {
    const r = block.body!.firstRow + 1; // 1-based row of the first product is firstRow + 1
    const first = block.cells[block.body!.firstRow]!;
    expect(first[6]!.formula).toBe(`=IF(AND(ISNUMBER(E${r}),ISNUMBER(D${r}),D${r}<>0),E${r}/D${r},"")`);
    expect(first[7]!.formula).toBe(`=IF(AND(ISNUMBER(E${r}),ISNUMBER(F${r}),F${r}<>0),E${r}/F${r},"")`);
    expect(first[6]!.numberFormat).toBe("0.00%");
    expect(first[6]!.role).toBe("formula");
  });

  // The report states no plan and no 2019 figure for the products: the dataset derives them from these very
  // percentages, so getting them back checks which cells the formulas read, not the numbers.
  it.each(FOOTNOTE_1)("%s: the % formulas read the row's actual and derived bases, giving the report's percentages back (HyperFormula)", (name, _u, _v, pct, growth) => {
    const get = evaluate(block);
    const row = rowOf(block, name) + 1;
    expect(round2((get(`G${row}`) as number) * 100)).toBe(pct);
    expect(round2(((get(`H${row}`) as number) - 1) * 100)).toBe(growth);
  });

  it("gives 50,17 and +56,27 for frozen seafood in index and growth styles", () => {
    for (const style of ["index", "growth"] as const) {
      const b = build({ comparisonStyle: style });
      const row = rowOf(b, "Thủy sản đông lạnh") + 1;
      const get = evaluate(b);
      expect(round2(get(`G${row}`))).toBe(50.17);
      expect(round2(get(`H${row}`))).toBe(style === "index" ? 156.27 : 56.27);
      expect(b.cells[row - 1]![6]!.numberFormat).toBe("0.00");
      expect(b.cells[row - 1]![7]!.numberFormat).toBe(style === "index" ? "0.00" : "+0.00;-0.00;0.00");
    }
    const giay = build({ comparisonStyle: "growth" });
    expect(round2(evaluate(giay)(`H${rowOf(giay, "Giày thành phẩm") + 1}`))).toBe(-63.43);
    expect(texts(giay)).toContain("5=2/3-1");
  });

  it("follows the decimals option in the comparison formats", () => {
    const b = build({ decimals: 1 });
    expect(b.cells[b.body!.firstRow]![6]!.numberFormat).toBe("0.0%");
  });

  it("marks the derived plan and same-period figures: italic, a note that says how, a footnote", () => {
    const row = block.cells[rowOf(block, "Thủy sản đông lạnh")]!;
    expect(row[3]!.style?.italic).toBe(true);
    expect(row[3]!.note).toContain("Số suy ra");
    expect(row[3]!.note).toContain("50,17%");
    expect(row[5]!.style?.italic).toBe(true);
    expect(row[4]!.style?.italic).toBeFalsy();
    expect(row[4]!.note).toContain("Thủy sản đông lạnh ước đạt 5.268 tấn");
    expect(texts(block).some((t) => t.startsWith("(*) Số in nghiêng là số suy ra từ tỷ lệ % báo cáo"))).toBe(true);
  });

  it("adds a source column with the document and the verbatim quote on request", () => {
    const b = build({ sourceColumn: true });
    expect(b.cols).toBe(9);
    const src = b.cells[rowOf(b, "Thủy sản đông lạnh")]![8]!.value as string;
    expect(src).toContain("Báo cáo tình hình sản xuất công nghiệp");
    expect(src).toContain("“(1) Thủy sản đông lạnh ước đạt 5.268 tấn, đạt 50,17% kế hoạch, tăng 56,27% so cùng kỳ”");
    expect(b.columnWidths).toHaveLength(9);
  });

  it("ends with the signature block and records how it was built", () => {
    const all = texts(block);
    expect(all).toContain("Người lập biểu");
    expect(all).toContain("Thủ trưởng đơn vị");
    expect(all).toContain("Trà Vinh, ngày ... tháng ... năm ...");
    expect(block.fontName).toBe("Times New Roman");
    expect(block.print).toEqual({ landscape: true, fitToWidth: true, paper: "A4" });
    expect(block.columnWidths).toHaveLength(8);
    expect(block.meta).toEqual({
      templateId: "products",
      templateVersion: "1.0.0",
      datasetId: "tv-sct-2020-h1",
      datasetVersion: real!.version,
      options: { comparisonStyle: "percent", decimals: 2, sourceColumn: false, lang: "vi", periodKey: "months6-2020" },
    });
    expect(block.cells).toHaveLength(block.rows);
    expect(block.cells.every((r) => r.length === block.cols)).toBe(true);
  });

  it("writes English labels on request", () => {
    const b = build({ lang: "en" });
    expect(b.cells[0]![0]!.value).toBe("MAIN INDUSTRIAL PRODUCTS, FIRST 6 MONTHS OF 2020");
    expect(texts(b)).toContain("Frozen seafood");
    expect(texts(b)).toContain("Head of office");
  });

  it("reads the year-end rows of footnote 2 (bases derived from its percentages: cells, not numbers)", () => {
    const b = buildTemplate("products", { dataset: real!, periodKey: "year-2020" }, opts({ comparisonStyle: "growth" }));
    const get = evaluate(b);
    const check: [string, number, number][] = [
      ["Thuốc viên các loại", 100, 50],
      ["Điện sản xuất", 119, 32.96],
      ["Thủy sản đông lạnh", 74.29, -19.17],
      ["Thảm xơ dừa", 81.08, -10.86],
    ];
    for (const [name, pct, growth] of check) {
      const row = rowOf(b, name) + 1;
      expect(round2(get(`G${row}`))).toBe(pct);
      expect(round2(get(`H${row}`))).toBe(growth);
    }
  });
});

describe("products on a hand-made dataset", () => {
  const block = buildTemplate("products", { dataset: SMALL }, DEFAULT_OPTIONS);

  it("defaults to the dataset's period and leaves comparisons blank without a base or with a zero base", () => {
    const get = evaluate(block);
    const a = rowOf(block, "Sản phẩm A") + 1;
    const b = rowOf(block, "Sản phẩm B") + 1;
    const c = rowOf(block, "Sản phẩm C") + 1;
    expect(get(`G${a}`)).toBeCloseTo(0.4, 12);
    expect(get(`H${a}`)).toBeCloseTo(1.25, 12);
    expect(get(`G${b}`)).toBe("");
    expect(get(`H${b}`)).toBe("");
    expect(get(`G${c}`)).toBe("");
    expect(get(`H${c}`)).toBeCloseTo(0.75, 12);
    // Text typed into a base gives a blank too, not #VALUE!.
    expect(evaluate(block, { [`D${a}`]: "-" })(`G${a}`)).toBe("");
  });

  it("leaves cells with no figure as inputs for the planner", () => {
    const row = block.cells[rowOf(block, "Sản phẩm B")]!;
    expect(row[3]!.role).toBe("input");
    expect(row[3]!.value).toBeUndefined();
  });

  it("says Thực hiện when the figures are not all estimates, and marks only columns holding derived figures", () => {
    const h = block.freezeRows! - 3;
    expect(block.cells[h]!.slice(3, 6).map((c) => c.value)).toEqual(["Kế hoạch năm 2020 (*)", "Thực hiện 6 tháng 2020", "Cùng kỳ 6 tháng 2019"]);
  });
});

describe("template catalog errors", () => {
  it("refuses an unknown template, an unknown period and a dataset without products, in Vietnamese", () => {
    expect(() => buildTemplate("nope", null, DEFAULT_OPTIONS)).toThrow(UserError);
    try {
      buildTemplate("products", { dataset: SMALL, periodKey: "year-1999" }, DEFAULT_OPTIONS);
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).message_in("vi")).toContain("không có kỳ");
    }
    const none = { ...SMALL, records: SMALL.records.filter((r) => !r.indicator.code.startsWith("product.")) };
    expect(periodChoices("products", none)).toEqual([]);
    expect(() => buildTemplate("products", { dataset: none }, DEFAULT_OPTIONS)).toThrow(/no figures/);
  });

  it("refuses bad options", () => {
    expect(() => buildTemplate("products", null, { ...DEFAULT_OPTIONS, decimals: -1 })).toThrow(UserError);
    expect(() => buildTemplate("products", null, { ...DEFAULT_OPTIONS, comparisonStyle: "ratio" as never })).toThrow(UserError);
    expect(() => buildTemplate("products", null, DEFAULT_OPTIONS, 0)).toThrow(UserError);
  });
});
