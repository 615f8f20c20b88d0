import * as fs from "node:fs";
import * as path from "node:path";
import { checkText, type Finding } from "../../../src/core/extract";

const SEEDS = path.resolve(__dirname, "..", "..", "..", "seeds");
const seed = (prefix: string): string => {
  const file = fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return fs.readFileSync(path.join(SEEDS, file), "utf8");
};

function only(findings: Finding[], code: Finding["code"]): Finding {
  const hits = findings.filter((f) => f.code === code);
  expect(hits).toHaveLength(1);
  return hits[0]!;
}

describe("checkText", () => {
  it("finds a stated % of plan that its figures do not give (100,19% for 15.178 ÷ 15.000)", () => {
    const text =
      "- Năm 2021, tuyển sinh đào tạo nghề cho 15.178 học viên, đạt 100,19% kế hoạch đề ra⁴.\n⁴ Năm 2021 các cơ sở giáo dục nghề nghiệp trên địa bàn Tỉnh đã tuyển sinh và đào tạo được 15.178/15.000 học viên. Chia theo trình độ đào tạo: cao đẳng 1.542, trung cấp 2.524, sơ cấp và đào tạo dưới 3 tháng: 11.112 học viên, đạt 101,19% kế hoạch năm.";
    const f = only(checkText(text).findings, "pct-of-plan");
    expect(f.stated).toBe(100.19);
    expect(f.computed).toBeCloseTo(101.1867, 3);
    expect(f.vi).toContain("100,19%");
    expect(f.vi).toContain("101,19%");
    expect(f.en).toContain("101.19%");
    expect(text.slice(f.quoteOffset.start, f.quoteOffset.end)).toBe(f.quote);
    expect(f.quote).toContain("15.178 học viên, đạt 100,19% kế hoạch");
  });

  it("accepts a % of plan within the rounding of the percentage", () => {
    // 15.178 ÷ 15.000 = 101,1867%: written 101,19% it is right.
    const text = "Năm 2021 đã tuyển sinh được 15.178/15.000 học viên, đạt 101,19% kế hoạch năm.";
    expect(checkText(text).findings).toEqual([]);
  });

  it("flags 99,71% for 45.266 of a plan of 45.400 (99,70%)", () => {
    const text = "Dự ước đến cuối năm 2020 đạt 45.266 tỷ đồng, tăng 17,32% so cùng kỳ năm 2019, đạt 99,71% kế hoạch (45.400 tỷ đồng).";
    const f = only(checkText(text).findings, "pct-of-plan");
    expect(f.computed).toBeCloseTo(99.7048, 3);
  });

  it("finds a share that its whole does not give", () => {
    const text =
      "- Giá trị sản xuất công nghiệp đạt 32.015,43 tỷ đồng, chỉ đạt 70,92% kế hoạch, giảm 9,74% so cùng kỳ. Trong đó, ngành điện đóng góp 18.921,57 tỷ đồng, chiếm 59,33% tổng giá trị sản xuất công nghiệp chung toàn tỉnh.";
    const f = only(checkText(text).findings, "share");
    expect(f.stated).toBe(59.33);
    expect(f.computed).toBeCloseTo(59.1015, 3);
  });

  it("finds a growth that the previous year's figure does not give", () => {
    const text =
      "I. KẾT QUẢ THỰC HIỆN NĂM 2021\n- Giá trị sản xuất công nghiệp đạt 32.015,43 tỷ đồng, chỉ đạt 70,92% kế hoạch.\nIII. MỤC TIÊU NĂM 2022\n- Giá trị sản xuất công nghiệp năm 2022 đạt 37.300 tỷ đồng, tăng 16,95% so cùng kỳ 2021.";
    const f = only(checkText(text).findings, "growth");
    expect(f.stated).toBe(16.95);
    expect(f.computed).toBeCloseTo(16.5067, 3);
  });

  it("finds an average growth rate that the start and end values do not give", () => {
    const text =
      "- Năm 2015, tổng kim ngạch xuất khẩu của tỉnh ước đạt 330 triệu USD.\n- Phấn đấu tăng trưởng kim ngạch xuất khẩu bình quân 9,63%/năm giai đoạn 2016 - 2020. Đến năm 2020 đạt kim ngạch xuất khẩu đạt 530 triệu USD.";
    const f = only(checkText(text).findings, "average-growth");
    // (530 / 330)^(1/5) − 1 = 9,94%
    expect(f.computed).toBeCloseTo(9.935, 2);
  });

  it("finds parts that do not add up to their total, and passes those that do", () => {
    const text =
      "Kết quả, đã tiếp nhận 13.511 hồ sơ (trong đó có 02 hồ sơ mức độ 2, 5 hồ sơ mức độ 3, 13.504 hồ sơ mức độ 4), tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích 2.796 hồ sơ, tiếp nhận trực tuyến 10.552 hồ sơ.";
    const f = only(checkText(text).findings, "subtotal");
    expect(f.stated).toBe(13511);
    expect(f.computed).toBe(13348);
  });

  it("checks a remainder against the year's estimate minus the first half", () => {
    const ok =
      "I. KẾT QUẢ 6 THÁNG ĐẦU NĂM 2020\n- Giá trị sản xuất công nghiệp: Ước đạt 19.125,44 tỷ đồng. Dự ước đến cuối năm 2020 đạt 45.266 tỷ đồng.\nII. CHƯƠNG TRÌNH CÔNG TÁC 6 THÁNG CUỐI NĂM 2020\n2. Các chỉ tiêu cần phải thực hiện 6 tháng cuối năm 2020:\n- Giá trị sản xuất công nghiệp: 26.140,56 tỷ đồng";
    expect(checkText(ok).findings).toEqual([]);
    const wrong = ok.replace("26.140,56", "26.410,56");
    const f = only(checkText(wrong).findings, "remaining");
    expect(f.computed).toBeCloseTo(26140.56, 6);
  });

  it("checks a remainder said in the sentence against plan − actual or estimate − actual", () => {
    // Plan 45.400, first half 19.125,44: 26.274,56 remain against the plan.
    const ok =
      "Giá trị sản xuất công nghiệp kế hoạch năm 2020 là 45.400 tỷ đồng. Giá trị sản xuất công nghiệp 6 tháng đầu năm 2020 ước đạt 19.125,44 tỷ đồng. Giá trị sản xuất công nghiệp cần thực hiện 6 tháng cuối năm 2020: 26.274,56 tỷ đồng.";
    expect(checkText(ok).findings.filter((f) => f.code === "remaining")).toEqual([]);
    const f = only(checkText(ok.replace("26.274,56", "25.274,56")).findings, "remaining");
    expect(f.stated).toBe(25274.56);
    expect(f.computed).toBeCloseTo(26274.56, 6);
  });

  it("finds two average growth rates for one period in one paragraph", () => {
    const text =
      "- Ngành công nghiệp trong tỉnh duy trì được mức tăng trưởng khá, bình quân giai đoạn 2011-2015 đạt 13,81%/năm. Tính theo giá so sánh 2010 thì giá trị sản xuất công nghiệp năm 2015 ước đạt 24.670 tỷ đồng; tốc độ tăng bình quân 13,67%/năm.";
    const f = only(checkText(text).findings, "value-conflict");
    expect([f.stated, f.computed].sort()).toEqual([13.67, 13.81]);
  });

  it("takes a part's share of the whole of its own period, not of last year's total written before it", () => {
    // Written for the test: last year's total 400 comes first; 90 of this year's 500 is 18% (of 400 it would be 22,5%).
    const text =
      "6 tháng năm 2022, kim ngạch xuất khẩu của tỉnh đạt 400 triệu USD; năm nay, 6 tháng đầu năm 2023 kim ngạch xuất khẩu ước đạt 500 triệu USD, trong đó hàng dệt may ước đạt 90 triệu USD (chiếm tỷ trọng 25%).";
    const f = only(checkText(text).findings, "share");
    expect(f.stated).toBe(25);
    expect(f.computed).toBeCloseTo(18, 6);
    // Right against its own period's total, it is no finding.
    expect(checkText(text.replace("25%", "18%")).findings).toEqual([]);
  });

  it("does not hold a total against a \"trong đó\" list of some of its parts, unless they add up to more", () => {
    const some = "Năm 2023, kim ngạch xuất khẩu đạt 700 triệu USD, trong đó, các mặt hàng chủ lực gồm thủy sản 420 triệu USD, gạo 150 triệu USD; nhập khẩu đạt 300 triệu USD.";
    expect(checkText(some).findings.filter((f) => f.code === "subtotal")).toEqual([]);
    const more = some.replace("420 triệu USD", "620 triệu USD");
    const f = only(checkText(more).findings, "subtotal");
    expect(f.stated).toBe(700);
    expect(f.computed).toBe(770);
  });

  it("reads averages of the parts after \"trong đó\", \"riêng\", \"lần lượt\" as other indicators, not a second figure for the whole", () => {
    const text =
      "Tốc độ tăng trưởng xuất khẩu bình quân giai đoạn 2016 - 2020 đạt 9,5%/năm; trong đó, xuất khẩu nông sản tăng bình quân 6,2%/năm, riêng xuất khẩu cơ khí và điện tử tăng cao, đạt mức tăng bình quân lần lượt là 30,4%/năm và 28%/năm.";
    expect(checkText(text).findings.filter((f) => f.code === "value-conflict")).toEqual([]);
  });

  it("does not hold the country's figure against a province's, each saying whose it is", () => {
    const text =
      "Trong tháng 9/2023, kim ngạch xuất khẩu của Việt Nam đạt 30 tỷ USD.\n\nCụ thể, trong tháng 9/2023 kim ngạch xuất khẩu của Đồng Nai đạt 2,1 tỷ USD.";
    expect(checkText(text).findings.filter((f) => f.code === "value-conflict")).toEqual([]);
    // Without a place of its own, the second is the first said again, and the two values conflict.
    const f = only(checkText(text.replace(" của Đồng Nai", "")).findings, "value-conflict");
    expect([f.stated, f.computed].sort((x, y) => x - y)).toEqual([2.1, 30]);
  });

  it("finds a total growth target that its sectors' targets at their base-year shares do not give", () => {
    const text =
      "- Về giá trị sản xuất công nghiệp: năm 2020 đạt 44.164 tỷ đồng. Trong đó: ngành khai khoáng chiếm 0,029%; ngành công nghiệp chế biến, chế tạo chiếm 38,94%; ngành công nghiệp sản xuất và phân phối điện, khí đốt chiếm 60,43%; ngành cung cấp nước, quản lý và xử lý rác thải chiếm 0,59%.\n" +
      "- Giá trị sản xuất công nghiệp tăng trưởng bình quân 14,48% giai đoạn 2021 - 2025 (trong đó, khai khoáng tăng 5%, công nghiệp chế biến, chế tạo tăng 12%, sản xuất và phân phối điện tăng 15%, cung cấp nước, quản lý và xử lý rác tăng 15%).";
    const f = only(checkText(text).findings, "sector-growth");
    // ((0,029×1,05⁵ + 38,94×1,12⁵ + 60,43×1,15⁵ + 0,59×1,15⁵) ÷ 99,989)^(1/5) − 1 = 13,87%
    expect(f.stated).toBe(14.48);
    expect(f.computed).toBeCloseTo(13.87, 2);
  });

  it("finds sectors' contributions adding up to more than the growth they make up, and passes those that add up", () => {
    const lead = "Tổng sản phẩm trên địa bàn tỉnh (GRDP) 9 tháng năm 2025 ước đạt 52.310,4 tỷ đồng, tăng 7,25% so với cùng kỳ năm trước.\n";
    const list = (services: string) =>
      `Trong đó: khu vực nông, lâm nghiệp và thủy sản tăng 3,10%, đóng góp 0,71 điểm phần trăm; khu vực công nghiệp và xây dựng tăng 9,40%, đóng góp 3,12 điểm phần trăm; khu vực dịch vụ tăng 7,80%, đóng góp ${services} điểm phần trăm; thuế sản phẩm trừ trợ cấp sản phẩm tăng 5,20%, đóng góp 0,40 điểm phần trăm.`;
    // 0,71 + 3,12 + 3,02 + 0,40 = 7,25: the contributions make up the growth.
    expect(checkText(lead + list("3,02")).findings.filter((f) => f.code === "contributions")).toEqual([]);
    // 0,71 + 3,12 + 3,92 + 0,40 = 8,15 points for a growth of 7,25%.
    const f = only(checkText(lead + list("3,92")).findings, "contributions");
    expect(f.stated).toBe(7.25);
    expect(f.computed).toBeCloseTo(8.15, 9);
    expect(f.vi).toContain("0,71 + 3,12 + 3,92 + 0,40 = 8,15 điểm phần trăm");
    expect(f.quote).toContain("tăng 7,25% so với cùng kỳ");
  });

  it("does not add up contributions of a list that leaves parts out or where a part fell", () => {
    const lead = "GRDP 6 tháng đầu năm 2025 ước tăng 5,10% so với cùng kỳ năm trước.\n";
    // Less than the whole: a "trong đó" list may name only some parts.
    const some = "Trong đó: khu vực công nghiệp và xây dựng đóng góp 2,90 điểm phần trăm; khu vực dịch vụ đóng góp 1,80 điểm phần trăm.";
    expect(checkText(lead + some).findings.filter((f) => f.code === "contributions")).toEqual([]);
    // A sector that shrank took points away: the others may add up to more than the whole.
    const fell = "Trong đó: khu vực nông, lâm nghiệp và thủy sản giảm 1,20%, làm giảm 0,30 điểm phần trăm; khu vực công nghiệp và xây dựng đóng góp 3,40 điểm phần trăm; khu vực dịch vụ đóng góp 2,00 điểm phần trăm.";
    expect(checkText(lead + fell).findings.filter((f) => f.code === "contributions")).toEqual([]);
    // ... also when the part that fell comes last, its points written as a change.
    const fellLast = "Trong đó: khu vực công nghiệp và xây dựng tăng 8,1%, đóng góp 3,40 điểm phần trăm; khu vực dịch vụ tăng 4,2%, đóng góp 2,00 điểm phần trăm; thuế sản phẩm trừ trợ cấp sản phẩm giảm 2,5%, mức đóng góp giảm 0,30 điểm phần trăm.";
    expect(checkText(lead + fellLast).findings.filter((f) => f.code === "contributions")).toEqual([]);
  });

  it("takes figures written with two significant digits as rounded: a share they can give is right, one they cannot is not", () => {
    // 4,1 ÷ 4,8 = 85,42%, but 4,14 ÷ 4,76 = 86,97%: the writer worked from finer figures.
    const text = (share: string): string =>
      `Kim ngạch xuất khẩu 5 tháng năm 2025 đạt 4,8 tỷ USD, tăng 12% so với cùng kỳ. Trong đó, khu vực có vốn đầu tư nước ngoài đạt 4,1 tỷ USD, chiếm ${share}% tổng kim ngạch xuất khẩu.`;
    expect(checkText(text("86,6")).findings.filter((f) => f.code === "share")).toEqual([]);
    // No figures rounding to 4,1 and 4,8 give 91% (at most 4,15 ÷ 4,75 = 87,4%).
    expect(only(checkText(text("91,0")).findings, "share").computed).toBeCloseTo(85.4167, 3);
  });

  it("does not set a line that says a figure of the text again against another indicator's figure", () => {
    const index = "Chỉ số sản xuất công nghiệp 9 tháng năm 2025 tăng 6,8% so với cùng kỳ năm trước.";
    const line = "Sản xuất công nghiệp 9 tháng năm 2025 tăng 6,1%.";
    // Alone, the loose line reads as the index and disagrees with it ...
    expect(only(checkText(`${line}\n\n${index}`).findings, "value-conflict").stated).toBe(6.8);
    // ... but it is the value added's 6,1%, said again.
    const valueAdded = "Giá trị tăng thêm ngành công nghiệp 9 tháng năm 2025 ước tăng 6,1% so với cùng kỳ năm trước.";
    expect(checkText(`${valueAdded}\n\n${line}\n\n${index}`).findings.filter((f) => f.code === "value-conflict")).toEqual([]);
  });

  it("reads a title whose period only the document's date gives as the figure of the text it repeats", () => {
    const check = (title: string): Array<[number, number]> => {
      const heading = `Chỉ số sản xuất công nghiệp Bắc Ninh tăng ${title}%`;
      const text = `${heading}\nTheo Cục Thống kê Bắc Ninh, chỉ số sản xuất công nghiệp (IIP) tháng 10-2025 tăng 0,8% so với tháng trước và tăng 6,2% so với cùng kỳ năm 2024.\nTính chung 10 tháng năm nay, chỉ số sản xuất công nghiệp tăng 3,8% so với cùng kỳ năm trước. Trong đó, công nghiệp chế biến, chế tạo tăng 3,1%.`;
      return checkText(text, {}, { documentDate: "2025-10", heading }).findings.filter((f) => f.code === "value-conflict").map((f) => [f.stated, f.computed]);
    };
    // The title's 3,8% is the ten months', not October's 6,2%.
    expect(check("3,8")).toEqual([]);
    // One the text gives nowhere is set against October's, the period the date gives it.
    expect(check("4,4")).toEqual([[6.2, 4.4]]);
  });

  it("finds on the seeds every discrepancy the curated dataset reports within one document", () => {
    const found = (prefix: string): string[] => checkText(seed(prefix)).findings.map((f) => `${f.code} ${f.stated}`);
    expect(found("000")).toEqual(["sector-growth 14.48"]);
    expect(found("001")).toEqual(expect.arrayContaining(["pct-of-plan 99.71"]));
    expect(found("002")).toEqual(expect.arrayContaining(["pct-of-plan 25.06", "pct-of-plan 49.18", "average-growth 9.63", "value-conflict 13.67"]));
    expect(found("003")).toEqual(expect.arrayContaining(["share 59.33", "growth 16.95", "subtotal 13511"]));
    expect(found("004")).toEqual(expect.arrayContaining(["share 9.16", "pct-of-plan 100.19"]));
  });
});
