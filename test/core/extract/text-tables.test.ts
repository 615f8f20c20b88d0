/**
 * Tables of tab-separated cells in report text (a Word report's tables, a table copied from a release): each figure
 * read by its column's header and its row's label, with the comparison columns' rates. Tables written for the test.
 */
import { extractRecords } from "../../../src/core/extract";
import { wordText } from "../../../src/core/report-file/docx-text";

const SIX_MONTHS = [
  "Biểu 1. Một số chỉ tiêu chủ yếu 6 tháng đầu năm 2024",
  "STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2024\tƯớc thực hiện 6 tháng năm 2024\tCùng kỳ năm 2023\tSo với KH (%)\tSo với cùng kỳ (%)",
  "1\tTổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng\tTỷ đồng\t98.000\t50.312,8\t45.120,5\t51,34\t111,51",
  "2\tKim ngạch xuất khẩu\tTriệu USD\t2.800\t1.402,7\t1.250,3\t50,10\t112,19",
].join("\n");

const row = (records: ReturnType<typeof extractRecords>["records"], code: string) =>
  records.filter((r) => r.indicator.code === code).map((r) => ({ kind: r.kind, period: r.period.label, value: r.value, reported: r.reported }));

describe("tables in report text", () => {
  it("reads each figure cell by its column (kind, period) and row (indicator, unit), with the row's rates", () => {
    const { records } = extractRecords(SIX_MONTHS);
    expect(row(records, "main.retail-sales")).toEqual([
      { kind: "plan", period: "năm 2024", value: 98000, reported: {} },
      { kind: "estimate", period: "6 tháng đầu năm 2024", value: 50312.8, reported: { pctOfPlan: 51.34, indexVsPrior: 111.51 } },
      { kind: "actual", period: "6 tháng đầu năm 2023", value: 45120.5, reported: {} },
    ]);
    expect(row(records, "main.export-turnover").map((r) => r.value)).toEqual([2800, 1402.7, 1250.3]);
    const exports = records.find((r) => r.indicator.code === "main.export-turnover")!;
    expect(exports.indicator.unit).toBe("trieu-usd");
    // The quote is the row's line, where the pane highlights it.
    expect(exports.quote).toBe("2\tKim ngạch xuất khẩu\tTriệu USD\t2.800\t1.402,7\t1.250,3\t50,10\t112,19");
    expect(SIX_MONTHS.slice(exports.quoteOffset.start, exports.quoteOffset.end)).toBe(exports.quote);
    // Nothing else: no sentence is read out of the table's lines (the STT numbers and the rates are no figures).
    expect(records).toHaveLength(6);
  });

  it("keeps the sentences around a table in the order of the text", () => {
    const text = `Kim ngạch nhập khẩu 6 tháng đầu năm 2024 ước đạt 812,4 triệu USD, tăng 9,2% so với cùng kỳ.\n${SIX_MONTHS}\nSản lượng điện thương phẩm 6 tháng đầu năm 2024 ước đạt 2.498 triệu kWh.`;
    const { records } = extractRecords(text);
    expect(records.map((r) => r.value)).toEqual([812.4, 98000, 50312.8, 45120.5, 2800, 1402.7, 1250.3, 2498]);
    expect(records.map((r) => r.id)).toEqual(["x-1", "x-2", "x-3", "x-4", "x-5", "x-6", "x-7", "x-8"]);
  });

  it("dates a 'Cùng kỳ' column by the table's own period, not the document's wording of it", () => {
    // The title's "6 tháng đầu năm 2024" reads as the first half; the table counts 6 months: last year's column is the
    // same 6 months of 2023, the span the rates compare with (a dataset built from it derives no second figure for it).
    const text = `Báo cáo tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2024\n${SIX_MONTHS.split("\n").slice(1).join("\n")}`;
    const prior = extractRecords(text).records.filter((r) => r.kind === "actual");
    expect(prior.map((r) => [r.period.type, r.period.months, r.period.year, r.value])).toEqual([
      ["months", 6, 2023, 45120.5],
      ["months", 6, 2023, 1250.3],
    ]);
  });

  it("reads a header cell Word wrote once over the columns its row lacks, and a growth column as growth", () => {
    const text = [
      "Đơn vị tính: Tỷ đồng",
      "TT\tChỉ tiêu\tThực hiện 9 tháng năm 2025\tTốc độ tăng so với cùng kỳ (%)",
      "1\tThu ngân sách nhà nước trên địa bàn\t12.450,6\t+8,4",
      "2\tChi ngân sách địa phương\t9.870,2\t-2,1",
    ].join("\n");
    const { records } = extractRecords(text);
    expect(records.map((r) => [r.indicator.vi, r.kind, r.period.label, r.value, r.indicator.unit, r.reported])).toEqual([
      [expect.stringMatching(/ngân sách/i), "actual", "9 tháng đầu năm 2025", 12450.6, "ty-dong", { growthVsPrior: 8.4 }],
      ["Chi ngân sách địa phương", "actual", "9 tháng đầu năm 2025", 9870.2, "ty-dong", { growthVsPrior: -2.1 }],
    ]);
  });

  it("takes a catalog indicator only when the label says most of its name; goes on past a section row", () => {
    // A section row keeps its empty first cell, or (merged across the table by Word) has no tab at all.
    for (const section of ["\tPhân theo ngành", "Phân theo ngành"]) {
      const text = [
        "Đơn vị tính: Tỷ đồng",
        "STT\tChỉ tiêu\tThực hiện 9 tháng năm 2025\tSo với cùng kỳ (%)",
        "1\tGiá trị sản xuất công nghiệp\t18.240,5\t109,4",
        section,
        "-\tCông nghiệp chế biến, chế tạo\t15.730,2\t110,2",
      ].join("\n");
      const codes = extractRecords(text).records.map((r) => [r.value, r.indicator.code]);
      // The sector's production value is no bank credit to manufacturing ("Dư nợ cho vay ngành công nghiệp chế biến, chế tạo").
      expect(codes).toEqual([
        [18240.5, "main.industrial-production-value"],
        [15730.2, expect.stringMatching(/^(text\.|main\.industrial-production-value\.)/u)],
      ]);
    }
  });

  it("reads nothing from a table of tasks (no figure columns), nor from lines with a tab or two", () => {
    const tasks = [
      "TT\tNội dung công việc\tCơ quan chủ trì\tThời gian thực hiện\tSản phẩm",
      "1\tRà soát chính sách ưu đãi đầu tư\tSở Kế hoạch và Đầu tư\t2021-2025\tNghị quyết",
      "2\tPhát triển cụm công nghiệp\tSở Công Thương\t2022\tBáo cáo",
    ].join("\n");
    expect(extractRecords(tasks).records).toEqual([]);
  });
});

describe("a Word report's table", () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const cell = (text: string, attrs = "") => `<w:tc>${attrs ? `<w:tcPr>${attrs}</w:tcPr>` : ""}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const row = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
  const merged = cell("", '<w:vMerge/>');

  it("reads the figures under a header whose group cell spans two columns (written once by Word)", () => {
    const document = `<w:document ${W}><w:body>
      <w:p><w:r><w:t>Phụ lục: Kết quả thực hiện một số chỉ tiêu 6 tháng đầu năm 2024</w:t></w:r></w:p>
      <w:tbl>
        ${row(cell("STT", '<w:vMerge w:val="restart"/>'), cell("Chỉ tiêu", '<w:vMerge w:val="restart"/>'), cell("ĐVT", '<w:vMerge w:val="restart"/>'), cell("Kế hoạch năm 2024", '<w:vMerge w:val="restart"/>'), cell("Ước thực hiện 6 tháng năm 2024", '<w:vMerge w:val="restart"/>'), cell("So sánh (%)", '<w:gridSpan w:val="2"/>'))}
        ${row(merged, merged, merged, merged, merged, cell("So với kế hoạch"), cell("So với cùng kỳ"))}
        ${row(cell("1"), cell("Giá trị sản xuất công nghiệp (giá so sánh 2010)"), cell("Tỷ đồng"), cell("42.500"), cell("20.910,3"), cell("49,20"), cell("108,75"))}
        ${row(cell("2"), cell("Kim ngạch xuất khẩu"), cell("Triệu USD"), cell("1.650"), cell("812,6"), cell("49,25"), cell("110,02"))}
      </w:tbl>
    </w:body></w:document>`;
    const text = wordText({ document });
    const { records } = extractRecords(text);
    expect(records.map((r) => [r.indicator.code, r.kind, r.period.label, r.value, r.reported])).toEqual([
      ["main.industrial-production-value", "plan", "năm 2024", 42500, {}],
      ["main.industrial-production-value", "estimate", "6 tháng đầu năm 2024", 20910.3, { pctOfPlan: 49.2, indexVsPrior: 108.75 }],
      ["main.export-turnover", "plan", "năm 2024", 1650, {}],
      ["main.export-turnover", "estimate", "6 tháng đầu năm 2024", 812.6, { pctOfPlan: 49.25, indexVsPrior: 110.02 }],
    ]);
    // The row's label says its prices.
    expect(records[0]!.indicator.priceBasis).toBe("comparable-2010");
    expect(records[2]!.indicator.priceBasisStated).toBe(false);
  });
});
