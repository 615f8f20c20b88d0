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
