import * as fs from "node:fs";
import * as path from "node:path";
import { extractRecords, type ExtractedRecord } from "../../../src/core/extract";

const SEEDS = path.resolve(__dirname, "..", "..", "..", "seeds");
const seed = (prefix: string): string => {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return fs.readFileSync(path.join(SEEDS, file), "utf8");
};

function find(records: ExtractedRecord[], value: number, unit?: string): ExtractedRecord {
  const hits = records.filter((r) => Math.abs(r.value - value) < 1e-9 && (unit === undefined || r.indicator.unit === unit));
  if (hits.length === 0) throw new Error(`no record with value ${value} ${unit ?? ""}`);
  return hits[0]!;
}

describe("extractRecords on the issue's sentences", () => {
  it("reads value, unit, % of plan and a decline against the same period", () => {
    const text = "- Giá trị sản xuất công nghiệp đạt 32.015,43 tỷ đồng, chỉ đạt 70,92% kế hoạch, giảm 9,74% so cùng kỳ.";
    const [r] = extractRecords(text).records;
    expect(r).toMatchObject({
      value: 32015.43,
      indicator: { code: "main.industrial-production-value", unit: "ty-dong", unitText: "tỷ đồng" },
      reported: { pctOfPlan: 70.92, growthVsPrior: -9.74 },
    });
  });

  it("reads an estimate with 'ước đạt' and both comparisons, in a numbered list", () => {
    const text =
      "Sáu tháng 2020: Chín sản phẩm tăng: (1) Thủy sản đông lạnh ước đạt 5.268 tấn, đạt 50,17% kế hoạch, tăng 56,27% so cùng kỳ; (2) Nước sinh hoạt ước đạt 17,1 triệu m3, đạt 67,08% so kế hoạch, tăng 32,63% so cùng kỳ.";
    const { records } = extractRecords(text);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ kind: "estimate", value: 5268, indicator: { code: "product.frozen-seafood", unit: "tan" } });
    expect(records[0]!.reported).toEqual({ pctOfPlan: 50.17, growthVsPrior: 56.27 });
    expect(records[1]).toMatchObject({ value: 17.1, indicator: { unit: "trieu-m3" }, reported: { pctOfPlan: 67.08, growthVsPrior: 32.63 } });
    for (const r of records) expect(r.period).toMatchObject({ type: "months", months: 6, year: 2020 });
  });

  it("reads an average growth rate with the period after it", () => {
    const text = "- Giá trị sản xuất công nghiệp tăng trưởng bình quân 14,48% giai đoạn 2021 - 2025 (trong đó, khai khoáng tăng 5%, công nghiệp chế biến, chế tạo tăng 12%).";
    const { records } = extractRecords(text);
    expect(records.map((r) => r.value)).toEqual([14.48, 5, 12]);
    for (const r of records) {
      expect(r.indicator.unit).toBe("percent");
      expect(r.period).toMatchObject({ type: "range", fromYear: 2021, year: 2025 });
    }
  });

  it("reads the plan in brackets and an index against a year", () => {
    const text =
      "Giá trị sản xuất ngành công nghiệp (giá so sánh 2010) đến cuối năm 2021 đạt 61.005 tỷ đồng, đạt 92,19% so với năm 2020, chỉ đạt 85,97% kế hoạch (KH 70.962 tỷ đồng).";
    const { records } = extractRecords(text);
    const actual = find(records, 61005);
    expect(actual.reported).toEqual({ indexVsPrior: 92.19, pctOfPlan: 85.97 });
    expect(actual.indicator.priceBasis).toBe("comparable-2010");
    expect(actual.period).toMatchObject({ type: "year", year: 2021 });
    const plan = find(records, 70962);
    expect(plan).toMatchObject({ kind: "plan", planFor: actual.id, indicator: { unit: "ty-dong" } });
  });

  it("reads a figure over its plan, '15.178/15.000 học viên'", () => {
    const text = "Năm 2021 các cơ sở giáo dục nghề nghiệp đã tuyển sinh và đào tạo được 15.178/15.000 học viên, đạt 101,19% kế hoạch năm.";
    const { records } = extractRecords(text);
    expect(find(records, 15178)).toMatchObject({ kind: "actual", period: { type: "year", year: 2021 } });
    expect(find(records, 15000)).toMatchObject({ kind: "plan" });
  });

  it("carries 'dự ước đến cuối năm' to the items after it and fills the year", () => {
    const text = "- Chỉ số sản xuất công nghiệp 6 tháng đầu năm 2020 ước tăng 19,94% so với cùng kỳ, dự ước đến cuối năm tăng 10,99%.";
    const { records } = extractRecords(text);
    expect(records.map((r) => [r.value, r.period.type, r.period.year, r.kind])).toEqual([
      [19.94, "months", 2020, "estimate"],
      [10.99, "year", 2020, "estimate"],
    ]);
    expect(records[1]!.indicator.vi).toBe(records[0]!.indicator.vi);
  });

  it("takes the period of a remainder from its heading", () => {
    const text = "2. Các chỉ tiêu cần phải thực hiện 6 tháng cuối năm 2020:\n- Giá trị sản xuất công nghiệp: 26.140,56 tỷ đồng\n- Tổng mức bán lẻ hàng hóa và dịch vụ: 18.138 tỷ đồng";
    const { records } = extractRecords(text);
    expect(records.map((r) => [r.kind, r.value, r.period.type, r.period.part])).toEqual([
      ["remaining", 26140.56, "half", 2],
      ["remaining", 18138, "half", 2],
    ]);
  });

  it("does not take a comparison base or a price basis for the period", () => {
    const text = "- Giá trị sản xuất công nghiệp (Theo giá so sánh năm 2010) năm 2022 đạt 37.300 tỷ đồng, tăng 16,95% so cùng kỳ 2021.";
    const [r] = extractRecords(text).records;
    expect(r!.period).toMatchObject({ type: "year", year: 2022 });
  });
});

describe("extractRecords on the seeds' layout", () => {
  it("reads through line breaks and glued footnote numbers, quoting the original text", () => {
    const text = seed("001");
    const { records } = extractRecords(text);
    // "(7) Gạo xay xát ước đạt 151,27 nghìn \n\ntấn": the unit is on the next line.
    const rice = find(records, 151.27, "nghin-tan");
    expect(rice.quote).toContain("151,27 nghìn \n\ntấn");
    // "tiết kiệm được \n\n7.460.886 kWh, tăng 32,79% so với cùng kỳ năm 20194": footnote 4 is glued to the year.
    const saved = find(records, 7460886, "kwh");
    expect(saved.reported.growthVsPrior).toBe(32.79);
    for (const r of records) expect(text.slice(r.quoteOffset.start, r.quoteOffset.end)).toBe(r.quote);
  });

  it("keeps a page's footnotes out of the sentence they interrupt", () => {
    const text = seed("001");
    const { records } = extractRecords(text);
    // Footnote 2 lists the full-year estimates; its "(3) ... ước đạt \n\n1,13 tỷ Kwh" starts a line with a number.
    const sold = find(records, 1.13, "ty-kwh");
    expect(sold.period).toMatchObject({ type: "year", year: 2020 });
    expect(sold.reported).toEqual({ pctOfPlan: 100, growthVsPrior: 12.24 });
  });

  it("gives stocks 'đến nay' as of the document's date", () => {
    const text = seed("003");
    const { records } = extractRecords(text);
    const stations = find(records, 323);
    expect(stations.period).toMatchObject({ type: "month", part: 12, year: 2021 });
  });

  it("reads the seeds' markup: <sup> footnote marks, m<sup>3</sup>, **bold**", () => {
    const text = seed("003");
    const { records } = extractRecords(text);
    expect(find(records, 9690).indicator.unit).toBe("m3");
    expect(find(records, 32015.43).reported).toEqual({ pctOfPlan: 70.92, growthVsPrior: -9.74 });
  });

  it("reads Windows line ends (CRLF) inside a sentence and quotes them as given", () => {
    const text = "+ Giá trị sản xuất công nghiệp: Ước đạt 19.125,44 tỷ đồng, tăng 11,77% so \r\n\r\ncùng kỳ, đạt 42,13% so kế hoạch.";
    const [r] = extractRecords(text).records;
    expect(r).toMatchObject({ value: 19125.44, reported: { growthVsPrior: 11.77, pctOfPlan: 42.13 } });
    expect(r!.quote).toContain("so \r\n\r\ncùng kỳ");
    expect(text.slice(r!.quoteOffset.start, r!.quoteOffset.end)).toBe(r!.quote);
  });

  it("reads decomposed (NFD) text and quotes it as given", () => {
    const text = "Giá trị sản xuất công nghiệp đạt 32.015,43 tỷ đồng, chỉ đạt 70,92% kế hoạch.".normalize("NFD");
    const [r] = extractRecords(text).records;
    expect(r).toMatchObject({ value: 32015.43, reported: { pctOfPlan: 70.92 } });
    expect(text.slice(r!.quoteOffset.start, r!.quoteOffset.end)).toBe(r!.quote);
  });
});
