/**
 * Tables of tab-separated cells in report text (a Word report's tables, a table copied from a release): each figure
 * read by its column's header and its row's label, with the comparison columns' rates. Tables written for the test.
 */
import { extractRecords } from "../../../src/core/extract";

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

  it("reads nothing from a table of tasks (no figure columns), nor from lines with a tab or two", () => {
    const tasks = [
      "TT\tNội dung công việc\tCơ quan chủ trì\tThời gian thực hiện\tSản phẩm",
      "1\tRà soát chính sách ưu đãi đầu tư\tSở Kế hoạch và Đầu tư\t2021-2025\tNghị quyết",
      "2\tPhát triển cụm công nghiệp\tSở Công Thương\t2022\tBáo cáo",
    ].join("\n");
    expect(extractRecords(tasks).records).toEqual([]);
  });
});
