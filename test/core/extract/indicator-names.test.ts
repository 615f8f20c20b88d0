/**
 * How a figure's indicator is named in the prose of published reports (issue 11's strict indicator): each rule on a
 * sentence written for the test, with the names a careful reader gives, and what the rule must leave alone.
 */
import { extractRecords } from "../../../src/core/extract";

const named = (text: string, date = "2023-06"): Array<[number, string, string]> =>
  extractRecords(text, {}, { documentDate: date }).records.map((r) => [r.value, r.indicator.code.startsWith("text.") ? "" : r.indicator.code, r.indicator.vi]);

describe("places in a list of provinces", () => {
  it("names each province's figure by the measure the list ranks, with the place, and never as a catalog indicator", () => {
    const text = "Trong 6 tháng, những địa phương có chỉ số IIP tăng cao như Long An tăng 15,2%; Đồng Nai tăng 9,8%; Bà Rịa - Vũng Tàu tăng 4,1%.";
    expect(named(text)).toEqual([
      [15.2, "", "chỉ số IIP Long An"],
      [9.8, "", "chỉ số IIP Đồng Nai"],
      [4.1, "", "chỉ số IIP Bà Rịa - Vũng Tàu"],
    ]);
  });

  it("reads the measure after 'về' and 'có mức', and the places a count lists after 'lần lượt là'", () => {
    const lead = named("Tính chung 6 tháng, Hà Nội là địa phương dẫn đầu cả nước về kim ngạch xuất khẩu với 12,4 tỷ USD; Bình Dương với 10,2 tỷ USD.");
    expect(lead).toEqual([
      [12.4, "", "kim ngạch xuất khẩu Hà Nội"],
      [10.2, "", "kim ngạch xuất khẩu Bình Dương"],
    ]);
    const counted = named("Tính chung 6 tháng, 03 địa phương có doanh thu bán lẻ hàng hóa cao nhất lần lượt là thành phố Hồ Chí Minh (310,5 nghìn tỷ đồng), Hà Nội (250,1 nghìn tỷ đồng).");
    expect(counted.filter(([v]) => v > 100)).toEqual([
      [310.5, "", "doanh thu bán lẻ hàng hóa thành phố Hồ Chí Minh"],
      [250.1, "", "doanh thu bán lẻ hàng hóa Hà Nội"],
    ]);
    expect(named("Một số địa phương có mức doanh thu dịch vụ lưu trú tăng khá so với cùng kỳ năm trước: Khánh Hòa tăng 12,5%.")).toEqual([[12.5, "", "doanh thu dịch vụ lưu trú Khánh Hòa"]]);
  });

  it("names each place of a list by the measure written before the places it lists ('X các tỉnh ... như sau: A (+r%); B ...')", () => {
    const text = "Quý II, tốc độ tăng/giảm doanh thu du lịch các tỉnh thuộc vùng Tây Nguyên như sau: Đắk Lắk (+9,2%); Gia Lai (-3,5%) và Kon Tum (+4,8%).";
    expect(named(text).map(([v, code, n]) => [v, code, n])).toEqual([
      [9.2, "", "doanh thu du lịch Đắk Lắk"],
      [-3.5, "", "doanh thu du lịch Gia Lai"],
      [4.8, "", "doanh thu du lịch Kon Tum"],
    ]);
  });

  it("reads a rank ('đứng thứ hai với') as the place's predicate in a list of places", () => {
    const text = "9 tháng, Hà Nội là địa phương dẫn đầu cả nước về vốn đầu tư nước ngoài với 2,9 tỷ USD; Bắc Ninh đứng thứ hai với 2,1 tỷ USD.";
    expect(named(text, "2023-09").find(([v]) => v === 2.1)?.[2]).toBe("vốn đầu tư nước ngoài Bắc Ninh");
    expect(named("9 tháng, những địa phương có doanh thu du lịch tăng cao như TP.HCM tăng 25,4%; Đà Nẵng tăng 18,2%.", "2023-09").map(([, , n]) => n)).toEqual([
      "doanh thu du lịch TP.HCM",
      "doanh thu du lịch Đà Nẵng",
    ]);
  });

  it("reads the measure of a list of provinces announced with 'tỉnh', 'đứng đầu' or a colon", () => {
    expect(named("Quý I, những tỉnh có doanh thu du lịch tăng cao như Quảng Nam tăng 30,2%; Lâm Đồng tăng 21,4%.", "2024-03").map(([, , n]) => n)).toEqual([
      "doanh thu du lịch Quảng Nam",
      "doanh thu du lịch Lâm Đồng",
    ]);
    expect(named("Quý I, các địa phương có vốn đầu tư thực hiện: Hà Nội (25,4 nghìn tỷ đồng), Đồng Nai (12,1 nghìn tỷ đồng).", "2024-03").map(([, , n]) => n)).toEqual([
      "vốn đầu tư thực hiện Hà Nội",
      "vốn đầu tư thực hiện Đồng Nai",
    ]);
  });

  it("names the production index by its short name in the places where its rise or fall was counted", () => {
    const text = "Chỉ số sản xuất công nghiệp 6 tháng so với cùng kỳ năm trước tăng ở 58 địa phương và giảm ở 5 địa phương (Cà Mau giảm 6,1%; Sơn La giảm 3,2%).";
    expect(named(text).filter(([v]) => v < 0)).toEqual([
      [-6.1, "", "chỉ số IIP Cà Mau"],
      [-3.2, "", "chỉ số IIP Sơn La"],
    ]);
  });

  it("gives another place the measure of the figure before it ('trong khi của ...')", () => {
    expect(named("Tháng 6, kim ngạch xuất khẩu của tỉnh đạt 1,2 tỷ USD, trong khi của Bắc Giang là 2,3 tỷ USD.")).toEqual([
      [1.2, "main.export-turnover", "Kim ngạch xuất khẩu"],
      [2.3, "", "kim ngạch xuất khẩu Bắc Giang"],
    ]);
  });

  it("names a place's count by the words after it, the place coming after a source or written 'TP.'", () => {
    const read = named("Theo báo cáo của Sở Văn hóa, thể thao và du lịch, TP. HCM đã đón được 18,2 triệu lượt khách nội địa, hơn 1,5 triệu lượt khách quốc tế.");
    expect(read.map(([v, , n]) => [v, n])).toEqual([
      [18.2, "lượt khách nội địa"],
      [1.5, "lượt khách quốc tế"],
    ]);
  });

  it("gives a part ('trong đó') of a place's figure the place", () => {
    const text = "6 tháng, địa phương có chỉ số IIP tăng cao nhất là Thái Nguyên với 25,1%, trong đó ngành chế biến, chế tạo tăng 27,3%.";
    expect(named(text).find(([v]) => v === 27.3)?.[2]).toBe("ngành chế biến, chế tạo Thái Nguyên");
  });

  it("keeps what a statistic did in the places it counts ('có chỉ số IIP tăng')", () => {
    expect(named("6 tháng năm 2023, có 45 địa phương có chỉ số IIP tăng.")).toEqual([[45, "", "địa phương có chỉ số IIP tăng"]]);
    expect(named("Quý I, có 4 địa phương ghi nhận GRDP giảm.")[0]?.[2]).toBe("địa phương ghi nhận GRDP giảm");
  });

  it("names the country's figure set beside the province's '(cả nước tăng X%)' as the country's, no catalog indicator", () => {
    const text = "Tính chung 6 tháng, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 21.300 tỷ đồng, tăng 9,4% so với cùng kỳ (cả nước tăng 8,6%).";
    expect(named(text)).toEqual([
      [21300, "main.retail-sales", "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng"],
      [8.6, "", "cả nước"],
    ]);
  });

  it("ends a place subject at a modal ('có thể'): the count is named by the words after it", () => {
    expect(named("Năm nay, Lâm Đồng có thể đón 9 triệu lượt khách nội địa.", "2024")[0]?.[2]).toBe("lượt khách nội địa");
  });

  it("leaves a place that does something named by its own words", () => {
    expect(named("6 tháng đầu năm, Sầm Sơn đón 4,1 triệu lượt khách du lịch.")[0]?.[2]).not.toMatch(/Sầm Sơn$/u);
  });
});

describe("industry divisions and value added", () => {
  it("names a division's rate by what it makes, never the whole industry's index", () => {
    const text = "Tính chung 6 tháng, chỉ số sản xuất toàn ngành công nghiệp tăng 7,8% so với cùng kỳ. Một số ngành tăng cao như sản xuất đồ uống tăng 15,6%; ngành sản xuất giấy và sản phẩm từ giấy tăng 12,1%; khai thác đá tăng 9,3%.";
    expect(named(text)).toEqual([
      [7.8, "growth.iip", "Tốc độ tăng chỉ số sản xuất công nghiệp"],
      [15.6, "", "sản xuất đồ uống"],
      [12.1, "", "ngành sản xuất giấy và sản phẩm từ giấy"],
      [9.3, "", "khai thác đá"],
    ]);
  });

  it("keeps the output of a product named 'Sản xuất ...' and the electricity sector's value", () => {
    expect(named("6 tháng đầu năm, sản xuất điện ước đạt 5.120 triệu kWh.")).toEqual([[5120, "product.electricity-generated", "Điện sản xuất"]]);
    expect(named("Năm 2023, giá trị sản xuất ngành sản xuất và phân phối điện tăng 8,4% so với năm 2022.")[0]?.[1]).toBe("growth.industrial-production-value.electricity");
  });

  it("reads no production value in a paragraph that speaks of value added", () => {
    const text = "Quý I, giá trị tăng thêm toàn ngành công nghiệp ước tính tăng 5,9% so với cùng kỳ năm trước. Ngành sản xuất và phân phối điện tăng 10,2%.";
    expect(named(text).find(([v]) => v === 10.2)?.[1]).toBe("");
  });
});

describe("parts of trade and of the budget", () => {
  it("reads the exports of named goods as a part of the turnover, and goods in general as the turnover", () => {
    expect(named("Năm 2023, kim ngạch xuất khẩu cà phê và hồ tiêu ước đạt 410 triệu USD.", "2023")).toEqual([[410, "", "kim ngạch xuất khẩu cà phê và hồ tiêu"]]);
    expect(named("6 tháng, giá trị xuất khẩu thủy sản giảm 8,2% so với cùng kỳ.")[0]?.[1]).toBe("");
    expect(named("6 tháng, kim ngạch xuất khẩu hàng hóa ước đạt 520 triệu USD, tăng 6,1% so với cùng kỳ.")[0]?.[1]).toBe("main.export-turnover");
    expect(named("Kim ngạch nhập khẩu 6 tháng ước đạt 230 triệu USD.")[0]?.[1]).toBe("main.import-turnover");
  });

  it("reads a province's state budget revenue as the catalog's, with 'tổng' or without", () => {
    // The revenue collected in the province ("thu ngân sách nhà nước trên địa bàn") is what the catalog's "Thu ngân sách
    // nhà nước" means (seed dt-nq124's own figure): a planner's table takes it from either wording.
    expect(named("Tổng thu ngân sách nhà nước trên địa bàn Hà Giang 6 tháng ước đạt 1.520 tỷ đồng, bằng 52% dự toán.")[0]?.[1]).toBe("other.budget-revenue");
    expect(named("Năm 2023 ước thực hiện thu 5.200.000 triệu đồng, đạt 91% so dự toán thu ngân sách nhà nước.", "2023")[0]?.[1]).toBe("other.budget-revenue");
  });
});

describe("where a name starts and ends", () => {
  it("drops an estimate word, a pointer to the place and a lead-in piece before the name", () => {
    expect(named("Ước tính lượng khách đến tỉnh trong quý II đạt 420 ngàn lượt, tăng 5,1% so cùng kỳ.")[0]?.[2]).toBe("lượng khách đến tỉnh");
    expect(named("Quý II, tỉnh này thu nội địa 820 tỷ đồng, bằng 51% dự toán.")[0]?.[2]).toBe("thu nội địa");
    expect(named("Khoảng thời gian này, giá trị tăng thêm toàn ngành ước tính tăng 5,2% so với cùng kỳ năm trước.")[0]?.[2]).toBe("giá trị tăng thêm toàn ngành");
  });

  it("starts the name after 'nhưng', 'qua đó đưa', 'chủ yếu là' and 'tăng mạnh là'", () => {
    expect(named("Dù còn nhiều khó khăn nhưng tốc độ tăng trưởng kinh tế quý II đã tăng 6,4%.")[0]?.[2]).toBe("tốc độ tăng trưởng kinh tế");
    expect(named("Qua đó đưa kim ngạch xuất nhập khẩu 6 tháng đạt 45,2 tỷ USD.")[0]?.[2]).toBe("kim ngạch xuất nhập khẩu");
    expect(named("6 tháng, cơ cấu chi chủ yếu là chi thường xuyên với 2.100 tỷ đồng, bằng 55% dự toán năm.")[0]?.[2]).toBe("chi thường xuyên");
    expect(named("6 tháng, các ngành tăng trưởng mạnh là may mặc tăng 12,5% so với cùng kỳ.")[0]?.[2]).toBe("may mặc");
  });

  it("names a growth rate ('Tốc độ tăng X tỉnh Y') by what grew, without the province written after it", () => {
    expect(named("Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) tỉnh Hà Nam 6 tháng ước tính tăng 7,2% so với cùng kỳ năm trước.")[0]?.[2]).toBe("tổng sản phẩm trên địa bàn (GRDP)");
    // A growth indicator named as such keeps its words.
    expect(named("Giai đoạn 2016 - 2020, tốc độ tăng trưởng kinh tế bình quân là 8,1%/năm.", "2020")[0]?.[2]).toMatch(/^tốc độ tăng trưởng kinh tế/u);
  });

  it("starts the name after what a source announces ('... công bố X')", () => {
    expect(named("Tổng cục Thống kê công bố chỉ số giá tiêu dùng tháng 6 tăng 0,3% so với tháng trước.")[0]?.[2]).toBe("chỉ số giá tiêu dùng");
  });

  it("starts the name at the measure after a source written without a comma ('Theo số liệu của ... kim ngạch ...')", () => {
    expect(named("Theo số liệu của Cục Thống kê tỉnh chỉ số giá tiêu dùng tháng 6 tăng 0,2% so với tháng trước.")[0]?.[2]).toBe("chỉ số giá tiêu dùng");
  });

  it("drops a dateline, a date written with dots, 'Đáng chú ý', the word that led to a period and the sector's head word 'lĩnh vực'", () => {
    expect(named("15/07/2023 Trong đó, khu vực dịch vụ tăng 6,8% so với cùng kỳ.")[0]?.[2]).toBe("khu vực dịch vụ");
    expect(named("Đáng chú ý, ngành sản xuất và phân phối điện tăng 9,4% so với cùng kỳ.")[0]?.[2]).toBe("ngành sản xuất và phân phối điện");
    expect(named("Đến năm 2025, diện tích trồng rừng tập trung đạt 5.000 ha.", "2023")[0]?.[2]).toBe("diện tích trồng rừng tập trung");
    expect(named("Số hộ kinh doanh cá thể tại thời điểm ngày 1.4.2023 tăng 2,6% so với cùng thời điểm năm trước.")[0]?.[2]).toBe("Số hộ kinh doanh cá thể");
    expect(named("6 tháng, lĩnh vực công nghiệp chế biến, chế tạo tăng 12,3% so với cùng kỳ.")[0]?.[2]).toBe("công nghiệp chế biến, chế tạo");
  });

  it("ends the name before 'dự ước tăng', '(có) chỉ số' and 'đạt tốc độ'", () => {
    expect(named("Năm 2022, tốc độ tăng trưởng kinh tế dự ước tăng 7,2% so với năm 2021.", "2022-12")[0]?.[2]).toBe("tốc độ tăng trưởng kinh tế");
    expect(named("Tháng 6, ngành khai khoáng có chỉ số giảm 3,1% so với cùng kỳ.")[0]?.[2]).toBe("ngành khai khoáng");
    expect(named("Tháng 6, ngành khai khoáng chỉ số giảm 3,1% so với cùng kỳ.")[0]?.[2]).toBe("ngành khai khoáng");
    expect(named("6 tháng, kế đến là khu vực kinh tế tư nhân đạt tốc độ tăng trưởng 12% so với cùng kỳ.")[0]?.[2]).toBe("khu vực kinh tế tư nhân");
  });

  it("names a sector's growth ('Tốc độ tăng trưởng khu vực dịch vụ') by the sector", () => {
    expect(named("Tốc độ tăng trưởng khu vực dịch vụ 6 tháng ước tăng 8,1% so với cùng kỳ.")[0]?.[2]).toBe("khu vực dịch vụ");
    expect(named("Tốc độ tăng trưởng kinh tế 6 tháng đạt 6,2%.")[0]?.[2]).toBe("Tốc độ tăng trưởng kinh tế");
    // "tăng" of "tốc độ tăng trưởng" is a noun's: the comma after it is inside the sector's name, not after a lead-in.
    expect(named("Tốc độ tăng trưởng khu vực thương mại, dịch vụ 6 tháng ước tăng 7,4%.")[0]?.[2]).toBe("khu vực thương mại, dịch vụ");
  });

  it("names a plan written after its figure ('(kế hoạch tăng 7%)', 'chỉ tiêu đề ra là') by that figure's indicator", () => {
    const text = "Năm 2022, khu vực công nghiệp - xây dựng tăng 9,2% so với năm 2021 (kế hoạch tăng 10,5%); khu vực dịch vụ tăng 6,1% (kế hoạch tăng 7%).";
    expect(named(text, "2022-12").map(([v, , n]) => [v, n])).toEqual([
      [9.2, "khu vực công nghiệp - xây dựng"],
      [10.5, "khu vực công nghiệp - xây dựng"],
      [6.1, "khu vực dịch vụ"],
      [7, "khu vực dịch vụ"],
    ]);
  });

  it("reads a rate written as the plan of the growth before it ('(kế hoạch là 6%)', 'vượt ... kế hoạch đề ra là') as a planned growth", () => {
    const read = (text: string) =>
      extractRecords(text, {}, { documentDate: "2023-12" }).records.map((r) => [r.value, r.kind, r.reported.growthVsPrior, r.indicator.vi]);
    expect(read("Năm 2023, sản lượng thủy sản tăng 7,3% so với cùng kỳ (kế hoạch là 6%).")).toEqual([
      [7.3, "actual", 7.3, "sản lượng thủy sản"],
      [6, "plan", 6, "sản lượng thủy sản"],
    ]);
    const exports = read("Năm 2023, kim ngạch nhập khẩu đạt 2,1 tỷ USD, tăng 9,4% so với cùng kỳ, vượt tốc độ tăng trưởng so với kế hoạch đề ra là 7%.");
    expect(exports[1]?.slice(0, 3)).toEqual([7, "plan", 7]);
  });

  it("names a figure set against the one before as its level ('cao hơn mức tăng 6,2% của quý I') by that one's indicator", () => {
    const text = "Tổng sản phẩm trên địa bàn quý II ước tăng 7,8% so với cùng kỳ. Mức này thấp hơn mức 8,5% của quý I nhưng cao hơn mức tăng 6,2% của quý II năm 2022.";
    expect(named(text).map(([v, , n]) => [v, n])).toEqual([
      [7.8, "Tổng sản phẩm"],
      [8.5, "Tổng sản phẩm"],
      [6.2, "Tổng sản phẩm"],
    ]);
  });

  it("starts the name at the items or the measure a lead-in's predicate cues ('tiếp tục tăng, như X', 'duy trì ..., với X')", () => {
    expect(named("Tháng 6, một số sản phẩm chủ yếu tiếp tục tăng, như xi măng (tăng 12,5%), bia (tăng 4,1%).").map(([, , n]) => n)).toEqual(["xi măng", "bia"]);
    expect(named("Quý II, kinh tế tỉnh tiếp tục duy trì đà tăng trưởng khá, với giá trị tăng thêm toàn ngành ước tăng 7,1% so với cùng kỳ.")[0]?.[2]).toBe("giá trị tăng thêm toàn ngành");
    // What the subject is said to be ("vẫn là ...") is no lead-in.
    expect(named("6 tháng, nhóm hàng nông sản vẫn là nhóm hàng xuất khẩu chính với kim ngạch đạt 120 triệu USD.")[0]?.[2]).toBe("nhóm hàng nông sản");
  });

  it("names a figure of 'chỉ số này' by the indicator it points at, and '(cùng kỳ giảm X%)' as that indicator a year before", () => {
    const text = "Chỉ số sản xuất công nghiệp tháng 9 ước tăng 2,1% so với tháng trước. Lũy kế 9 tháng, chỉ số này ước tăng 8,4% so với cùng kỳ (cùng kỳ giảm 3,2%).";
    const records = extractRecords(text, {}, { documentDate: "2023-09" }).records;
    expect(records.filter((r) => r.value !== 2.1).map((r) => [r.value, r.indicator.code, r.period.type, r.period.months, r.period.year])).toEqual([
      [8.4, "growth.iip", "months", 9, 2023],
      [-3.2, "growth.iip", "months", 9, 2022],
    ]);
  });

  it("ends the name before the market it was sold on ('trên thị trường'), as before 'trên địa bàn'", () => {
    expect(named("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ trên thị trường tháng 6 ước đạt 5.210 tỷ đồng, tăng 2,1% so với tháng trước.")[0]?.[1]).toBe("main.retail-sales");
  });

  it("names the rates of a corresponding list ('cơ cấu tương ứng của ... là: a%; b%') like the rates before it, in order", () => {
    const text =
      "Về cơ cấu kinh tế 6 tháng, khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng 18,5%; khu vực công nghiệp - xây dựng chiếm 40,2%; khu vực dịch vụ chiếm 36,1%; thuế sản phẩm trừ trợ cấp sản phẩm chiếm 5,2% (cơ cấu tương ứng của 6 tháng đầu năm 2022 là: 19,1%; 39,5%; 36,3%; 5,1%).";
    const records = extractRecords(text, {}, { documentDate: "2023-06" }).records;
    // (In the order of the text: a list's first rate is quoted from the words that announce it.)
    const of = (year: number) => new Map(records.filter((r) => r.period.year === year).map((r) => [r.indicator.vi, [r.indicator.code, r.reported.share]]));
    expect(of(2022)).toEqual(
      new Map([
        ["khu vực nông, lâm nghiệp và thủy sản", ["text.khu-vuc-nong-lam-nghiep-va-thuy-san", 19.1]],
        ["Tỷ trọng công nghiệp - xây dựng (khu vực II) trong GRDP", ["structure.grdp.industry-construction", 39.5]],
        ["Tỷ trọng dịch vụ (khu vực III) trong GRDP", ["structure.grdp.services", 36.3]],
        ["thuế sản phẩm trừ trợ cấp sản phẩm", ["text.thue-san-pham-tru-tro-cap-san-pham", 5.1]],
      ]),
    );
    expect([...of(2023).keys()].sort()).toEqual([...of(2022).keys()].sort());
  });

  it("ends the name before 'tương ứng' and 'hằng năm'", () => {
    expect(named("Tháng 6, ngành khai khoáng và ngành chế biến, chế tạo tương ứng tăng 3,2% và 7,5% so với cùng kỳ.").map(([, , n]) => n)).not.toContain("ngành chế biến, chế tạo tương ứng");
    expect(named("Giai đoạn 2016 - 2020, diện tích gieo trồng hằng năm khoảng 120.000 ha.", "2020")[0]?.[2]).toBe("diện tích gieo trồng");
  });

  it("ends the name before a state or pace said of it ('có tín hiệu phục hồi', 'có tốc độ ... cao nhất'), and reads one closed by a comma as a lead-in", () => {
    expect(named("Tháng 6, ngành dệt may có tín hiệu khởi sắc, tăng 3,4% so với cùng kỳ.")[0]?.[2]).toBe("ngành dệt may");
    expect(named("6 tháng, khu vực kinh tế tư nhân có tốc độ tăng trưởng doanh thu cao nhất (tăng 15% so với cùng kỳ).")[0]?.[2]).toBe("khu vực kinh tế tư nhân");
    expect(named("Quý II, hoạt động thương mại có dấu hiệu phục hồi, doanh thu bán lẻ hàng hóa ước tăng 5,2% so với cùng kỳ.")[0]?.[2]).toBe("doanh thu bán lẻ hàng hóa");
    // "có vốn đầu tư nước ngoài" names.
    expect(named("6 tháng, khu vực có vốn đầu tư nước ngoài đạt 1,2 tỷ USD.")[0]?.[2]).toBe("khu vực có vốn đầu tư nước ngoài");
  });

  it("ends the name before a figure's lower bound ('đạt từ') and the 'qua' of a period ('10 tháng qua')", () => {
    expect(named("Đến năm 2025, diện tích trồng lúa chất lượng cao đạt từ 45 ngàn ha trở lên.", "2023")[0]?.[2]).toBe("diện tích trồng lúa chất lượng cao");
    expect(named("Riêng doanh nghiệp nhà nước trong 6 tháng qua cũng đạt 210 tỷ đồng.")[0]?.[2]).toBe("doanh nghiệp nhà nước");
  });

  it("drops a bracketed price basis ('(theo giá so sánh năm 2010)', 'theo (giá hiện hành)') wherever the name writes it", () => {
    expect(named("Quý II, giá trị tăng thêm ngành xây dựng (theo giá so sánh năm 2010) của tỉnh Hòa Bình ước đạt 3.120 tỷ đồng.")[0]?.[2]).toBe("giá trị tăng thêm ngành xây dựng");
    expect(named("Quý II, tổng vốn đầu tư toàn xã hội theo (giá hiện hành) ước đạt 8.450 tỷ đồng.")[0]?.[2]).toBe("tổng vốn đầu tư toàn xã hội");
  });

  it("reads a condition ('Nếu ..., X', 'nếu ... thì X') as a lead-in, and keeps a deflation it states as the name's 'loại trừ yếu tố giá'", () => {
    expect(named("Nếu không kể khách tham quan trong ngày, doanh thu du lịch 6 tháng đạt 2.100 tỷ đồng.")[0]?.[2]).toBe("doanh thu du lịch");
    expect(named("6 tháng, nếu tính cả các cơ sở cá thể thì doanh thu dịch vụ ăn uống ước đạt 870 tỷ đồng.")[0]?.[2]).toBe("doanh thu dịch vụ ăn uống");
    expect(named("Nếu loại trừ yếu tố giá, doanh thu dịch vụ lưu trú 6 tháng tăng 4,2% so với cùng kỳ.")[0]?.[2]).toBe("doanh thu dịch vụ lưu trú loại trừ yếu tố giá");
    // A pace said of the subject ends its name too.
    expect(named("6 tháng, khu vực kinh tế tập thể đạt tốc độ tăng trưởng khá (khoảng 120 tỷ đồng).")[0]?.[2]).toBe("khu vực kinh tế tập thể");
  });

  it("names an average written after an average by the indicator named, not with 'bình quân' twice", () => {
    const text = "Hiệu suất sử dụng công suất bình quân quý II năm 2023 là 71,5% (bình quân quý II năm 2022 là 76,3%).";
    expect(named(text).map(([v, , n]) => [v, n])).toEqual([
      [71.5, "Hiệu suất sử dụng công suất bình quân"],
      [76.3, "Hiệu suất sử dụng công suất bình quân"],
    ]);
  });

  it("names a sector's contribution ('đóng góp của khu vực ...') by the sector, and its points by the sector's 'đóng góp'", () => {
    const text = "Quý II, chủ yếu là đóng góp của khu vực công nghiệp với mức tăng 9,3%, đóng góp 3,1 điểm phần trăm vào mức tăng chung.";
    expect(named(text).map(([v, , n]) => [v, n])).toEqual([
      [9.3, "khu vực công nghiệp"],
      [3.1, "khu vực công nghiệp đóng góp"],
    ]);
  });

  it("drops an average written right before the rise ('bình quân hằng năm tăng'), not one over a period ('bình quân 6 tháng')", () => {
    expect(named("Giai đoạn 2016 - 2020, giá trị sản xuất nông nghiệp bình quân hằng năm tăng 3,8%.", "2020")[0]?.[2]).toBe("giá trị sản xuất nông nghiệp");
    expect(named("Chỉ số giá sản xuất bình quân 6 tháng tăng 2,1% so với cùng kỳ.")[0]?.[2]).toBe("Chỉ số giá sản xuất bình quân");
    // "Tính cả ..." leads in, "đạt mức khá" is said of the subject, and the average after the comma is the subject's rate.
    expect(named("Tính cả giai đoạn 2016-2020, sản lượng lúa của tỉnh đạt mức khá, bình quân chung tăng 2,1%/năm.", "2020")[0]?.[2]).toBe("sản lượng lúa");
  });

  it("drops a word for the kind of item before the item ('mặt hàng', 'tổng số', 'ngành hàng', 'nhóm ngành'), not before what the items do", () => {
    expect(named("6 tháng, mặt hàng cà phê nhân 2.150 tấn, tăng 8,4% so với cùng kỳ.")[0]?.[2]).toBe("cà phê nhân");
    expect(named("Quý II, tổng số khách nội địa đến tỉnh ước đạt 1,2 triệu lượt khách.")[0]?.[2]).toBe("khách nội địa đến tỉnh");
    expect(named("Tháng 6, ngành hàng may mặc tăng 6,2% so với cùng kỳ.")[0]?.[2]).toBe("may mặc");
    expect(named("6 tháng, nhóm ngành công nghiệp chế biến, chế tạo ước đạt 920 tỷ đồng.")[0]?.[2]).toBe("công nghiệp chế biến, chế tạo");
    // The group's own name, and the items counted by what they did, keep their head.
    expect(named("Tháng 6, nhóm ngành hàng đồ uống tăng 4,1% so với cùng kỳ.")[0]?.[2]).toBe("nhóm ngành hàng đồ uống");
    expect(named("6 tháng, cả nước có 18 mặt hàng có kim ngạch xuất khẩu trên 1 tỷ USD.")[0]?.[2]).toBe("mặt hàng có kim ngạch xuất khẩu trên 1 tỷ USD");
  });
});

describe("catalog aliases of the statistics office's wording", () => {
  it("reads the shares of 'khu vực công nghiệp - xây dựng' and 'khu vực dịch vụ' as the GRDP structure, their growth as no share", () => {
    const text = "6 tháng năm 2023, về cơ cấu kinh tế, khu vực nông, lâm nghiệp, thủy sản chiếm 18,2%; khu vực công nghiệp và xây dựng chiếm 40,5%; khu vực dịch vụ chiếm 36,1%.";
    const read = named(text);
    expect(read.find(([v]) => v === 40.5)?.[1]).toBe("structure.grdp.industry-construction");
    expect(read.find(([v]) => v === 36.1)?.[1]).toBe("structure.grdp.services");
    expect(read.find(([v]) => v === 18.2)?.[1]).toBe("");
    expect(named("6 tháng năm 2023, khu vực dịch vụ tăng 6,1% so với cùng kỳ.")[0]?.[1]).not.toMatch(/^structure/);
  });

  it("reads a bare 'Xuất khẩu' / 'Nhập khẩu' in money as the turnover", () => {
    expect(named("Nhập khẩu trong tháng 6/2023 đạt 2,1 tỷ USD, giảm 1,5% so với tháng trước.")[0]?.[1]).toBe("main.import-turnover");
    expect(named("Xuất khẩu 6 tháng đạt 3,4 tỷ USD, tăng 5% so với cùng kỳ.")[0]?.[1]).toBe("main.export-turnover");
  });
});

describe("a place put forward by a ranking", () => {
  it("names the figures of the sentence and of a paragraph going on with it after that place", () => {
    const text =
      "Quý I/2024, GDP cả nước tăng 5,7% so với cùng kỳ.\n\nSau Hải Phòng, Khánh Hòa là địa phương có tăng trưởng GRDP cao thứ hai cả nước, với GRDP tăng 11,2%.\n\nTrong đó, chỉ số sản xuất công nghiệp tăng 20,4%; khu vực dịch vụ tăng 9,1%.\n\nCả nước có 57 tỉnh, thành phố có GRDP tăng, tổng sản phẩm trong nước tăng 5,7%.";
    const read = named(text, "2024-03");
    expect(read.find(([v]) => v === 11.2)).toEqual([11.2, "", "GRDP Khánh Hòa"]);
    expect(read.find(([v]) => v === 20.4)).toEqual([20.4, "", "chỉ số IIP Khánh Hòa"]);
    expect(read.find(([v]) => v === 9.1)).toEqual([9.1, "", "khu vực dịch vụ Khánh Hòa"]);
    // A paragraph that does not go on with it is about the country again.
    expect(read.filter(([v]) => v === 5.7).every(([, , n]) => !n.includes("Khánh Hòa"))).toBe(true);
  });

  it("leaves the document's own province's figures as they are", () => {
    const text = "Quý I/2024, Khánh Hòa là tỉnh có tăng trưởng cao nhất khu vực. Chỉ số sản xuất công nghiệp tăng 20,4% so với cùng kỳ.";
    expect(named(`Tỉnh Khánh Hòa: ${text}`, "2024-03")).toEqual([[20.4, "growth.iip", "Tốc độ tăng chỉ số sản xuất công nghiệp"]]);
    // In another province's or the country's text, the same sentences are Khánh Hòa's.
    expect(named(text, "2024-03")).toEqual([[20.4, "", "chỉ số IIP Khánh Hòa"]]);
  });
});

describe("retail and wholesale are told apart", () => {
  it("'Tổng mức bán buôn hàng hóa' is not the catalog's retail sales, 'Tổng mức bán lẻ hàng hóa' is", () => {
    const text =
      "Tính chung 8 tháng, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt 70.676 tỷ đồng. Tính chung 8 tháng, tổng mức bán buôn hàng hóa ước đạt 100.636 tỷ đồng.";
    const codes = named(text, "2022-09");
    expect(codes.find(([v]) => v === 70676)?.[1]).toBe("main.retail-sales");
    expect(codes.find(([v]) => v === 100636)?.[1]).not.toBe("main.retail-sales");
    expect(codes.find(([v]) => v === 100636)?.[2]).toMatch(/bán buôn/);
  });
});

describe("names a planner writes for catalog indicators", () => {
  it("reads 'số tiền thu nộp ngân sách' as the market-control office's revenue, and the part from fines as its own", () => {
    const text = "Lực lượng quản lý thị trường kiểm tra 310 vụ. Số tiền thu nộp ngân sách 9 tháng năm 2023 là 1.450.000.000 đồng, trong đó thu từ xử phạt là 1.200.000.000 đồng.";
    const codes = named(text, "2023-09");
    expect(codes.find(([v]) => v === 1450000000)?.[1]).toBe("other.market-control.budget-collected");
    expect(codes.find(([v]) => v === 1200000000)?.[1]).toBe("other.market-control.budget-collected.fines");
  });

  it("reads the province's own extension funding ('khuyến công địa phương') as the extension funding granted", () => {
    const text = "Năm 2023, triển khai 06 đề án khuyến công, trong đó kinh phí khuyến công địa phương hỗ trợ 820 triệu đồng.";
    expect(named(text, "2023-12").find(([v]) => v === 820)?.[1]).toBe("other.extension.support");
  });

  it("counts a grocery chain's stores ('cửa hàng bách hóa') with the convenience stores, new ones as new", () => {
    expect(named("Toàn tỉnh hiện có 14 cửa hàng bách hóa.").find(([v]) => v === 14)?.[1]).toBe("other.convenience-stores");
    const text = "Trong năm, phát triển mới 02 siêu thị; 05 cửa hàng bách hóa của các chuỗi bán lẻ.";
    expect(named(text, "2023-12").find(([v]) => v === 5)?.[1]).toBe("other.convenience-stores.added");
  });

  it("names a count a result sentence gives after it by the sentence before ('Kết quả kiểm tra tại 46 cơ sở ...')", () => {
    const text = "Quý III/2023, tổ chức 03 đợt kiểm tra an toàn thực phẩm đối với các cơ sở chế biến, kinh doanh. Kết quả kiểm tra tại 46 cơ sở chế biến, kinh doanh trên địa bàn tỉnh, trong đó 05 cơ sở vi phạm.";
    expect(named(text, "2023-09").find(([v]) => v === 46)?.[1]).toBe("other.food-safety.inspected-establishments");
  });

  it("ends the words naming a count before 'thuộc' (what it belongs to is no part of what was done to it)", () => {
    const text = "Năm 2023, Sở Công Thương trình công bố mới 41 TTHC và bãi bỏ 17 TTHC thuộc thẩm quyền giải quyết của Sở.";
    const codes = named(text, "2023-12");
    expect(codes.find(([v]) => v === 17)?.[1]).toBe("other.admin-procedures.abolished");
    expect(codes.find(([v]) => v === 41)?.[1]).toBe("other.admin-procedures.published-new");
  });

  it("reads a thing the clause takes up by its head noun ('mỗi phiên chợ', 'các phiên chợ') by its full name earlier in the sentence", () => {
    const text = "Năm 2023, phối hợp tổ chức 06 phiên chợ hàng Việt về nông thôn tại xã Phú Lý, huyện Vĩnh Cửu và xã Thanh Sơn, huyện Định Quán; mỗi phiên chợ bố trí 40 gian hàng, với 52 doanh nghiệp tham gia, tổng doanh thu các phiên chợ ước đạt 1,6 tỷ đồng.";
    const codes = named(text, "2023-12");
    expect(codes.find(([v]) => v === 52)?.[1]).toBe("other.rural-fairs.enterprises");
    expect(codes.find(([v]) => v === 1.6)?.[1]).toBe("other.rural-fairs.revenue");
  });

  it("reads 'turbine' alone as a wind turbine: the projects and capacity counted with them are wind power's", () => {
    const text = "Về năng lượng tái tạo: trong năm 2023 đã lắp đặt được 42/50 turbine của 03 dự án và được công nhận vận hành phát điện thương mại với 30/50 turbine, tổng công suất 126 MW.";
    const codes = named(text, "2023-12");
    expect(codes.find(([v]) => v === 42)?.[1]).toBe("other.power.wind.turbines-installed");
    expect(codes.find(([v]) => v === 3)?.[1]).toBe("other.power.wind.projects");
    expect(codes.find(([v]) => v === 126)?.[1]).toBe("other.power.wind.cod-capacity");
  });

  it("reads a share 'trong cơ cấu mặt hàng xuất khẩu' as the share in exports", () => {
    const text = "Năm 2020, hàng công nghiệp - tiểu thủ công nghiệp chiếm tỷ trọng 55% trong cơ cấu mặt hàng xuất khẩu của tỉnh.";
    expect(named(text, "2020-12").find(([v]) => v === 55)?.[1]).toBe("structure.exports.industry");
  });

  it("ends the goods traded before a verb said of the trade ('mặt hàng xuất khẩu chuyển dịch ...')", () => {
    const text = "Những năm qua cơ cấu mặt hàng xuất khẩu chuyển dịch tích cực, hàng công nghiệp - tiểu thủ công nghiệp chiếm tỷ trọng ngày càng lớn (từ 42% năm 2015 lên 58% năm 2020).";
    const codes = named(text, "2020-12");
    expect(codes.find(([v]) => v === 42)?.[1]).toBe("structure.exports.industry");
    expect(codes.find(([v]) => v === 58)?.[1]).toBe("structure.exports.industry");
  });
});
