/**
 * The extractor's rules against numbers that are not indicator statements, or that repeat one, each on a
 * sentence of the seeds (shortened) and on a near sentence that must still give its figure.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { checkText, extractRecords } from "../../../src/core/extract";

const SEEDS = path.resolve(__dirname, "..", "..", "..", "seeds");
const seed = (prefix: string): string => {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return fs.readFileSync(path.join(SEEDS, file), "utf8");
};

const values = (text: string): number[] => extractRecords(text).records.map((r) => r.value);

describe("extractor precision rules", () => {
  it("skips a tally of the items that rose or fell, keeps a count that grew by a figure", () => {
    const tally = "- Sản lượng một số sản phẩm công nghiệp chủ yếu: Sáu tháng đầu 2020 có 9 sản phẩm tăng và 04 sản phẩm giảm so cùng kỳ.";
    expect(extractRecords(tally).records).toEqual([]);
    const grew = "- Sáu tháng đầu năm 2020 phát triển 79 công tơ hai chiều điện mặt trời áp mái, tăng 22 công tơ so cùng kỳ.";
    expect(values(grew)).toEqual([79, 22]);
  });

  it("gives a share that opens a clause after ';' to the sentence's last level, not a record of its own", () => {
    const text =
      "Đến ngày 31/12/2021, cho vay theo đối tượng khách hàng là Doanh nghiệp khoảng 22.294 tỷ đồng, chiếm 27,76%/tổng dư nợ toàn tỉnh, trong đó cho vay DNVVN dư nợ là 9.713 tỷ đồng với 1.025 doanh nghiệp trên địa bàn còn dư nợ, so với cuối năm 2020 tăng 1.529 tỷ đồng, tỷ lệ tăng 18,68%; chiếm 43,57% dư nợ cho vay khách hàng là DN của tỉnh.";
    const { extraction, findings } = checkText(text);
    expect(extraction.records.some((r) => r.value === 43.57)).toBe(false);
    expect(extraction.records.find((r) => r.value === 9713)!.reported.share).toBe(43.57);
    // 9.713 ÷ 22.294 = 43,57%: right, so no finding against the province's total.
    expect(findings.filter((f) => f.code === "share")).toEqual([]);
  });

  it("reads \"đạt X% so với\" a stated whole as the figure's share of it, and checks it against that whole", () => {
    const text = "Năm 2023, các cụm công nghiệp đã giải ngân 412,6 tỷ đồng, đạt 41,2% so với tổng vốn đăng ký 1.000 tỷ đồng.";
    const { extraction, findings } = checkText(text);
    const disbursed = extraction.records.find((r) => r.value === 412.6)!;
    expect(disbursed.reported).toEqual({ share: 41.2 });
    // 412,6 ÷ 1.000 = 41,26%, not 41,2%: the whole written after it is the base of the check.
    expect(findings.map((f) => [f.code, f.stated])).toContainEqual(["pct-of-plan", 41.2]);
    // Against a plan it stays a % of plan.
    expect(extractRecords("Năm 2023, các cụm công nghiệp đã giải ngân 412,6 tỷ đồng, đạt 41,3% so với kế hoạch.").records[0]!.reported).toEqual({ pctOfPlan: 41.3 });
  });

  it("gives a bracketed rate after a count to that count as its share", () => {
    const text =
      "Có 64 TTHC được cắt giảm từ 50% trở lên thời gian thực hiện theo quy định (tỷ lệ đạt 54.7%); 27 TTHC được cắt giảm dưới 50% thời gian quy định (tỷ lệ 23.1%).";
    const { records } = extractRecords(text);
    expect(records.map((r) => [r.value, r.reported.share])).toEqual([
      [64, 54.7],
      [27, 23.1],
    ]);
    // Without the bracket the percentage is a rate of its own.
    expect(values("Tỷ lệ hồ sơ nộp trực tuyến đạt 34%.")).toEqual([34]);
  });

  it("drops a footnote's opening figure that restates its anchor, keeps the footnote's items", () => {
    // Seed 001: "Triển khai thực hiện 04 Đề án 9với tổng vốn ..." and, among the page's footnotes, "9 04 đề án gồm: (1) ...".
    const { records } = extractRecords(seed("001"));
    const schemes = records.filter((r) => r.value === 4 && r.indicator.unit === "de-an");
    expect(schemes.map((r) => r.quote.replace(/\s+/g, " "))).toEqual(["Triển khai thực hiện 04 Đề án"]);
    expect(records.filter((r) => [294800000, 39900000, 196900000, 619000000].includes(r.value))).toHaveLength(4);
  });

  it("reads progress towards a whole ('79/79 turbine') as a stock at the document's date, and the whole as a figure", () => {
    const text =
      "Trà Vinh, ngày 15 tháng 12 năm 2021\nI. KẾT QUẢ NĂM 2021\n- Đã lắp đặt được 79/79 turbine của 05 dự án và được công nhận phát điện thương mại (COD) với 64/79 turbine, tổng công suất là 256,8MW.";
    const { records } = extractRecords(text);
    // 79 is not given twice: the whole of 64/79 was already stated.
    expect(records.map((r) => r.value)).toEqual([79, 5, 64, 256.8]);
    for (const r of records) expect(r.period).toMatchObject({ type: "month", part: 12, year: 2021 });
    const rural = extractRecords("Sáu tháng đầu năm 2020, có 67/74 sản phẩm của 53/59 cơ sở đạt.").records;
    expect(rural.map((r) => r.value)).toEqual([67, 74, 53, 59]);
    expect(rural[1]!.kind).toBe("actual");
  });

  it("does not count a number of items that names the figure after it", () => {
    const text = "Năm 2021, tổng sản lượng phát điện của Công ty Cổ phần Điện mặt trời Trung Nam là 220 triệu kWh; 05 dự án điện gió 263,5 triệu kWh.";
    expect(values(text)).toEqual([220, 263.5]);
    // Linked by "với", the count is a figure of its own.
    expect(values("Năm 2021 đang triển khai 05 dự án điện gió với tổng công suất 322MW.")).toEqual([5, 322]);
  });

  it("counts a result from 'kết quả': the year of the goal before it is not its period", () => {
    const text =
      "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2020\n- Hỗ trợ huyện Càng Long thực hiện tiêu chí 4 về điện góp phần xây dựng đạt huyện nông thôn mới năm 2020, kết quả huyện Càng Long có 13/13 xã đạt tiêu chí 4 về điện.";
    const [r] = extractRecords(text).records;
    expect(r).toMatchObject({ value: 13, period: { type: "months", months: 6, year: 2020 } });
  });

  it("does not take the year in an event's name for the period of the figures", () => {
    const text =
      "I. KẾT QUẢ NĂM 2021\n- Triển khai, đề cử 02 doanh nghiệp tham gia Chương trình xét chọn doanh nghiệp xuất khẩu uy tín năm 2020 do Bộ Công Thương tổ chức và có 01 doanh nghiệp xuất khẩu đạt.";
    const { records } = extractRecords(text);
    expect(records.map((r) => [r.value, r.period.year])).toEqual([
      [2, 2021],
      [1, 2021],
    ]);
    // A work programme's year is still a period.
    const plan = extractRecords("II. CHƯƠNG TRÌNH CÔNG TÁC\n- Chương trình công tác năm 2022: triển khai thực hiện 11 Đề án.").records;
    expect(plan[0]!.period).toMatchObject({ type: "year", year: 2022 });
  });

  it("skips the department's own staff pay decisions", () => {
    const text =
      "Xét nâng bậc lương trước hạn, nâng phần trăm phụ cấp thâm niên vượt khung cho 16 CCVC, trong đó có 02 trường hợp nâng bậc lương trước hạn, 03 trường hợp nâng phần trăm phụ cấp thâm niên vượt khung.";
    expect(extractRecords(text).records).toEqual([]);
    expect(values("Kiểm tra an toàn thực phẩm tại 81 cơ sở, ghi nhận 28 trường hợp vi phạm.")).toEqual([81, 28]);
  });

  it("keeps equal figures of different items in one paragraph, merges a figure said again elsewhere", () => {
    const items =
      "(1) Dự án điện gió V1-2 (12/12 turbine, công suất 48MW); (2) Dự án điện gió Hàn Quốc - Trà Vinh (12/12 turbine, công suất 48MW).";
    expect(values(items)).toEqual([12, 48, 12, 48]);
    // In a sectioned report, a later section's summary gives the figure again: one statement. (In a news story without
    // sections, a lead and the paragraph detailing it each state it: see periods-values.test.ts.)
    const twice = "I. KẾT QUẢ\nNăm 2021, tỷ lệ hồ sơ nộp trực tuyến đạt 34%.\nII. ĐÁNH GIÁ CHUNG\nNăm 2021, tỷ lệ hồ sơ nộp trực tuyến đạt 34%, tăng 21,7% so cùng kỳ.";
    const { records } = extractRecords(twice);
    expect(records).toHaveLength(1);
    expect(records[0]!.reported.growthVsPrior).toBe(21.7);
  });
});
