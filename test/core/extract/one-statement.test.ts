/**
 * One statement per value, names cut to their subject, and statements that point back at the one before them
 * (issue 11). Sentences written for the test in the phrasing of provincial and national releases; every expected
 * value is read off the sentence by hand.
 */
import { extractRecords } from "../../../src/core/extract";

const read = (text: string, documentDate = "2022-09") =>
  extractRecords(text, {}, { documentDate }).records.map((r) => ({ name: r.catalogCode ?? `name:${r.indicator.vi}`, value: r.value, unit: r.indicator.unitText, reported: r.reported, year: r.period.year }));

describe("one statement per value", () => {
  it("takes the share and growth written before a value with no name of its own", () => {
    const rows = read("Trong đó, thị trường châu Âu (chiếm tỷ trọng 6,33%) tăng 70,94% so với cùng kỳ, tương đương 302,95 triệu USD; nhóm thủy sản chiếm tỷ trọng 3,65%, đạt 118,9 triệu USD, tăng 0,91%.");
    expect(rows).toEqual([
      expect.objectContaining({ name: "name:thị trường châu Âu", value: 302.95, reported: { share: 6.33, growthVsPrior: 70.94 } }),
      expect.objectContaining({ name: "name:nhóm thủy sản", value: 118.9, reported: { share: 3.65, growthVsPrior: 0.91 } }),
    ]);
  });

  it("reads a figure in brackets right after one of its kind as that figure written exactly", () => {
    const rows = read("Tính chung 2 tháng, tổng mức bán lẻ hàng hóa ước vượt 1 triệu tỷ đồng (1,03 triệu tỷ đồng), tăng 8,1% so với cùng kỳ năm trước.", "2024-02");
    expect(rows.map((r) => [r.value, r.unit, r.reported])).toEqual([[1.03, "triệu tỷ đồng", { growthVsPrior: 8.1 }]]);
  });

  it("gives a comparison after a closing bracket to the figure before the bracket", () => {
    const rows = read("Tổng kim ngạch xuất nhập khẩu ước đạt 1.500 triệu USD (trong đó, xuất khẩu đạt 900 triệu USD, tăng 5%; nhập khẩu đạt 600 triệu USD, giảm 2%), tăng 2,5% so với cùng kỳ.");
    expect(rows.map((r) => [r.value, r.reported])).toEqual([
      [1500, { growthVsPrior: 2.5 }],
      [900, { growthVsPrior: 5 }],
      [600, { growthVsPrior: -2 }],
    ]);
  });
});

describe("statements that point back", () => {
  it("names the prior year's rate and the rate net of prices after the statement they follow", () => {
    const rows = read("Tính chung 9 tháng năm 2020, doanh thu dịch vụ lưu trú đạt 3.673,5 tỷ đồng, tăng 0,7% so với cùng kỳ năm trước, nếu loại trừ yếu tố giá giảm 3,6% (cùng kỳ năm 2019 tăng 10,8%).", "2020-09");
    expect(rows).toEqual([
      expect.objectContaining({ name: "name:doanh thu dịch vụ lưu trú", value: 3673.5, year: 2020 }),
      expect.objectContaining({ name: "name:doanh thu dịch vụ lưu trú loại trừ yếu tố giá", value: -3.6, year: 2020 }),
      expect.objectContaining({ name: "name:doanh thu dịch vụ lưu trú loại trừ yếu tố giá", value: 10.8, year: 2019 }),
    ]);
  });
});

describe("names and reported fields", () => {
  it("ends a name where its predicate starts and finds a lead-in before stripping", () => {
    expect(read("Ngành công nghiệp chế biến, chế tạo tiếp tục là động lực tăng trưởng khi tháng 9/2022 tăng 32,26%.")[0]!.name).toBe("name:Ngành công nghiệp chế biến, chế tạo");
    expect(read("Về sử dụng GDP quý III năm nay, tiêu dùng cuối cùng tăng 1,19% so với cùng kỳ năm trước.")[0]!.name).toBe("name:tiêu dùng cuối cùng");
    expect(read("Quý I, giá trị sản xuất của khối công nghiệp Trung ương đạt 5.048 tỷ đồng, đạt 22,6% kế hoạch.")[0]!.name).toBe("name:khối công nghiệp Trung ương");
  });

  it("reads the items of a list opened in a sentence against the intro's base", () => {
    const rows = read("Chỉ số sản xuất công nghiệp tháng 9/2022 tăng 1,34% so với tháng trước, trong đó ngành khai khoáng tăng 1,75%; ngành dệt may tăng 0,5%.");
    expect(rows.map((r) => [r.value, r.reported])).toEqual([
      [1.34, { growthVsPrevPeriod: 1.34 }],
      [1.75, { growthVsPrevPeriod: 1.75 }],
      [0.5, { growthVsPrevPeriod: 0.5 }],
    ]);
  });

  it("reads a rise over the plan as the plan exceeded, and a ratio as its own statement", () => {
    expect(read("Giá trị sản xuất công nghiệp năm 2022 đạt 25.100 tỷ đồng, vượt kế hoạch 1,2%.")[0]!.reported).toEqual({ pctOfPlan: 101.2 });
    expect(read("Tổng mức bán lẻ năm 2022 ước đạt 8.200 tỷ đồng, tăng 20% so kế hoạch năm.")[0]!.reported).toEqual({ pctOfPlan: 120 });
    expect(read("Sản xuất than cốc, sản phẩm dầu mỏ tinh chế tăng gấp 2,3 lần.").map((r) => [r.name, r.value, r.unit, r.reported])).toEqual([
      ["name:Sản xuất than cốc, sản phẩm dầu mỏ tinh chế", 2.3, "lần", {}],
    ]);
  });
});

describe("round 2: brackets of comparisons, measures of a subject named before, words that are no name", () => {
  it("reads '(bằng X%; -Y%)' after a list item against its intro's bases, plan first", () => {
    const rows = read(
      "Tổng thu ngân sách nhà nước trên địa bàn quý I đạt 5.600 tỷ đồng, bằng 21% dự toán năm, giảm 30% so với cùng kỳ năm trước; trong đó thu nội địa đạt 4.950 tỷ đồng (bằng 23,8%; -15,6%); thu từ hoạt động xuất, nhập khẩu đạt 639 tỷ đồng (đạt 11% dự toán; +7%).",
      "2023-03",
    );
    expect(rows.map((r) => [r.value, r.reported])).toEqual([
      [5600, { pctOfPlan: 21, growthVsPrior: -30 }],
      [4950, { pctOfPlan: 23.8, growthVsPrior: -15.6 }],
      [639, { pctOfPlan: 11, growthVsPrior: 7 }],
    ]);
  });

  it("gives a value named only by its measure ('mức doanh thu') the rates written before it", () => {
    const rows = read("Hoạt động thương mại trong tháng 7 có mức tăng trưởng 10,71% so cùng kỳ năm trước, mức doanh thu 2.804 tỷ đồng. Hoạt động dịch vụ ước tính có mức doanh thu 56 tỷ đồng, tăng 28,59% so cùng kỳ năm trước.", "2012-07");
    expect(rows.map((r) => [r.name, r.value, r.reported])).toEqual([
      ["name:Hoạt động thương mại", 2804, { growthVsPrior: 10.71 }],
      ["name:Hoạt động dịch vụ", 56, { growthVsPrior: 28.59 }],
    ]);
  });

  it("drops list announcements, predicates with no subject, dates and verbs from names", () => {
    const rows = read("Tốc độ tăng trưởng GRDP qua các quý như sau: quý I giảm mạnh (-11,38%); sang quý II tiếp tục giảm nhiều hơn (-13,01%).", "2023-12");
    expect(rows.map((r) => [r.name, r.value])).toEqual([
      ["name:Tốc độ tăng trưởng GRDP qua các quý", -11.38],
      ["name:Tốc độ tăng trưởng GRDP qua các quý", -13.01],
    ]);
    expect(read("Cán cân thương mại tháng 9 thặng dư 3,5 tỷ USD.", "2020-09")[0]!.name).toBe("name:Cán cân thương mại");
    expect(read("Riêng thành phố Sầm Sơn đón được trên 4,1 triệu lượt khách, tăng 20% so với cùng kỳ.", "2022-06")[0]!.name).toBe("name:thành phố Sầm Sơn");
    expect(read("Các cơ quan làm tốt công tác bình ổn thị trường, góp phần đưa chỉ số giá tiêu dùng tháng 10 tăng 0,32% so với tháng trước.", "2018-10")[0]!.name).toBe("name:chỉ số giá tiêu dùng");
    expect(read("Trong đó, châu Á thị trường xuất khẩu chính của tỉnh (chiếm tỷ trọng 63,42%) tăng 10,43% so với cùng kỳ, tương đương hơn 3 tỷ USD.", "2022-07")).toEqual([
      expect.objectContaining({ name: "name:châu Á", value: 3, reported: { share: 63.42, growthVsPrior: 10.43 } }),
    ]);
  });

  it("keeps a headline's figure apart from the sentence that repeats it, and still merges a figure said again in the body", () => {
    const headline = read("Doanh thu dịch vụ lưu trú 10 tháng tăng 4%\n\nTính chung 10 tháng, doanh thu dịch vụ lưu trú tăng 4% so với cùng kỳ năm trước.", "2018-10");
    expect(headline.map((r) => [r.name, r.value])).toEqual([
      ["name:Doanh thu dịch vụ lưu trú", 4],
      ["name:doanh thu dịch vụ lưu trú", 4],
    ]);
    // (Said again in another section of a sectioned report: one statement; a news story's repeats are each annotated.)
    const body = read("1. Thương mại\n\nTính chung 10 tháng, doanh thu dịch vụ lưu trú tăng 4% so với cùng kỳ năm trước.\n\n2. Đánh giá chung\n\nTính chung 10 tháng, doanh thu dịch vụ lưu trú tăng 4% so với cùng kỳ năm trước.", "2018-10");
    expect(body).toHaveLength(1);
  });
});
