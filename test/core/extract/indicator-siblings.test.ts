/**
 * Which catalog indicator a figure is when its siblings are near: each rule on a hand-written sentence of the kind
 * reports write (not a seed's), and the figure the rule must leave alone.
 */
import { extractRecords } from "../../../src/core/extract";

const codes = (text: string): Array<[number, string]> => extractRecords(text).records.map((r) => [r.value, r.indicator.code]);

describe("indicator of a figure among its siblings", () => {
  it("reads IIP, GTSXCN as the statistics office's names, and industry with handicrafts as another aggregate", () => {
    expect(codes("Tính chung 9 tháng, chỉ số IIP tăng 7,4% so với cùng kỳ năm trước.")).toEqual([[7.4, "growth.iip"]]);
    expect(codes("Năm 2023, GTSXCN ước đạt 52.300 tỷ đồng.")).toEqual([[52300, "main.industrial-production-value"]]);
    const ttcn = codes("Năm 2023, giá trị sản xuất công nghiệp - tiểu thủ công nghiệp ước đạt 41.200 tỷ đồng, tăng 9,1% so với năm 2022.");
    expect(ttcn).toHaveLength(1);
    expect(ttcn[0]![1]).toMatch(/^text\./);
  });

  it("reads the press's \"chỉ số công nghiệp\" as the production index (IIP)", () => {
    expect(codes("Tính chung 6 tháng năm 2023, chỉ số công nghiệp trên địa bàn tỉnh tăng 8,2% so với cùng kỳ.")).toEqual([[8.2, "growth.iip"]]);
    expect(codes("Tháng 5/2023, chỉ số ngành công nghiệp tăng 3,1% so với tháng trước.")).toEqual([[3.1, "growth.iip"]]);
    // Industry's share is no index.
    expect(codes("Năm 2023, công nghiệp chiếm 38,5% trong GRDP.")[0]?.[1]).not.toMatch(/iip/);
  });

  it("reads a processing division's rate and value added as no production index", () => {
    const text = "Tính chung 9 tháng năm 2023, chỉ số sản xuất toàn ngành công nghiệp tăng 7,3% so với cùng kỳ. Một số ngành công nghiệp sản xuất giảm (sản xuất chế biến thủy sản giảm 12,4%, chế biến gỗ giảm 8,1%).";
    const read = codes(text);
    expect(read.find(([v]) => v === 7.3)?.[1]).toBe("growth.iip");
    expect(read.find(([v]) => v === -12.4)?.[1]).toMatch(/^text\./);
    expect(read.find(([v]) => v === -8.1)?.[1]).toMatch(/^text\./);
    const added = codes("Năm 2023, sản xuất công nghiệp tăng trưởng khá, tốc độ tăng giá trị tăng thêm ước đạt 9,4% so với cùng kỳ năm trước.");
    expect(added).toHaveLength(1);
    expect(added[0]![1]).toMatch(/^text\./);
    // Manufacturing named in full is a sector too, never the whole industry's index.
    expect(codes("Năm 2023, ngành chế biến, chế tạo tăng 10,2% so với cùng kỳ năm trước.")[0]?.[1]).not.toBe("growth.iip");
  });

  it("tells words apart by their tone marks, not only by their letters (phạt / phát, xử / xứ)", () => {
    // A footnote's figure read with its heading ("Phát triển") and the words its mark follows ("xuất xứ").
    const text = "2.4. Phát triển doanh nghiệp\nTăng cường kiểm tra hàng giả, hàng hóa không rõ nguồn gốc xuất xứ³.\n\n³ Số tiền thu nộp ngân sách 11 tháng đầu năm 2023 là 1.200.000.000 đồng.";
    expect(codes(text).find(([v]) => v === 1200000000)?.[1]).not.toBe("other.market-control.budget-collected.fines");
    // Written with its own tones, the same name is matched.
    expect(codes("Năm 2023, số tiền thu nộp ngân sách từ xử phạt là 900.000.000 đồng.")).toEqual([[900000000, "other.market-control.budget-collected.fines"]]);
  });

  it("reads 'hành chính' (administrative) as one word, not the 'chính' of a principal fine", () => {
    const text = "Năm 2023, đoàn kiểm tra an toàn thực phẩm ra quyết định xử phạt vi phạm hành chính 05 cơ sở, với số tiền 42,5 triệu đồng.";
    const fine = codes(text).find(([v]) => v === 42.5);
    expect(fine?.[1]).not.toBe("other.market-control.fines.principal");
    expect(fine?.[1]).toBe("other.food-safety.fines");
    // Written so, the principal fine is still read.
    expect(codes("Năm 2023, phạt tiền 52 vụ, với tổng số tiền 410.000.000 đồng (gồm phạt chính 395.000.000 đồng).").find(([v]) => v === 395000000)?.[1]).toBe("other.market-control.fines.principal");
  });

  it("reads a part given 'trong đó' of a share as a share of the same whole", () => {
    const read = codes("Năm 2022, tỷ trọng công nghiệp - xây dựng trong GRDP đạt 38,5%; trong đó riêng công nghiệp đạt 31,2%.");
    expect(read.find(([v]) => v === 38.5)?.[1]).toBe("structure.grdp.industry-construction");
    expect(read.find(([v]) => v === 31.2)?.[1]).toBe("structure.grdp.industry");
  });

  it("reads the services industry's share as the GRDP structure's, a retail group's as the retail structure's", () => {
    const grdp = "Năm 2023, cơ cấu GRDP chuyển dịch tích cực. Ngành công nghiệp, xây dựng chiếm 40,1%; các ngành dịch vụ chiếm 41,2%.";
    expect(codes(grdp).find(([v]) => v === 41.2)?.[1]).toBe("structure.grdp.services");
    const retail = "Năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 52.000 tỷ đồng, trong đó dịch vụ tiêu dùng khác chiếm 9,4%.";
    expect(codes(retail).find(([v]) => v === 9.4)?.[1]).toBe("structure.retail.other-services");
  });

  it("gives a bare rate compared with another period's to the growth stated before it", () => {
    const text = "Tính chung 8 tháng, chỉ số sản xuất toàn ngành công nghiệp tăng 6,1% so với cùng kỳ năm trước, cao hơn mức tăng 5,2% của cùng kỳ năm 2022.";
    expect(codes(text)).toEqual([
      [6.1, "growth.iip"],
      [5.2, "growth.iip"],
    ]);
  });

  it("does not read a sector's rate as a production value's growth in a sentence about the index", () => {
    const text = "Năm 2023, giá trị sản xuất công nghiệp đạt 20.100 tỷ đồng. Chỉ số sản xuất các ngành công nghiệp tăng khá, trong đó ngành khai khoáng tăng 4,2%.";
    const mining = codes(text).find(([v]) => v === 4.2);
    expect(mining?.[1]).not.toBe("growth.industrial-production-value.mining");
    // Said of the value, the same rate is the sector's value growth.
    const value = "Năm 2023, giá trị sản xuất công nghiệp đạt 20.100 tỷ đồng, trong đó ngành khai khoáng tăng 4,2%.";
    expect(codes(value).find(([v]) => v === 4.2)?.[1]).toBe("growth.industrial-production-value.mining");
  });

  it("gives the items of a breakdown the catalog's children of the figure broken down", () => {
    const text = "Năm 2022 các cơ sở giáo dục nghề nghiệp đã tuyển sinh đào tạo nghề cho 9.870 học viên. Chia theo trình độ đào tạo: cao đẳng 1.120, trung cấp 2.050 học viên.";
    expect(codes(text)).toEqual([
      [9870, "other.vocational-enrolment"],
      [1120, "other.vocational-enrolment.college"],
      [2050, "other.vocational-enrolment.intermediate"],
    ]);
  });

  it("takes the head noun a level's clause leaves to the one before it", () => {
    const text = "Cả năm, kim ngạch xuất khẩu đạt 820 triệu USD, tăng 5%; nhập khẩu 310 triệu USD, tăng 8%.";
    expect(codes(text).filter(([v]) => v === 820 || v === 310)).toEqual([
      [820, "main.export-turnover"],
      [310, "main.import-turnover"],
    ]);
  });

  it("reads the sentence a result follows, and the whole of an X/Y as its part's sibling", () => {
    const text = "- Tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh năm 2022. Kết quả, có 40/45 sản phẩm đạt.";
    const found = codes(text);
    expect(found[0]).toEqual([40, "other.rural-industry-products.awarded"]);
    // The 45 entered are not 45 awarded.
    expect(found[1]![0]).toBe(45);
    expect(found[1]![1]).not.toBe("other.rural-industry-products.awarded");
  });

  it("never leaves the acronym of a share's whole to be understood", () => {
    const inIndustry = codes("Năm 2023, ngành công nghiệp chế biến, chế tạo chiếm tỷ trọng 85% trong ngành công nghiệp của tỉnh.");
    expect(inIndustry.find(([v]) => v === 85)?.[1]).not.toBe("structure.grdp.manufacturing");
    const inGrdp = codes("Năm 2023, tỷ trọng công nghiệp chế biến, chế tạo trong GRDP chiếm 24,5%.");
    expect(inGrdp.find(([v]) => v === 24.5)?.[1]).toBe("structure.grdp.manufacturing");
  });

  it("never gives a part stated \"trong đó\" the indicator of the whole it is part of", () => {
    const text =
      "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 9 tháng ước đạt 20.400 tỷ đồng, tăng 9,1% so với cùng kỳ; trong đó tổng mức bán lẻ hàng hóa đạt 16.900 tỷ đồng, tăng 8,2%.";
    const found = codes(text);
    expect(found.find(([v]) => v === 20400)?.[1]).toBe("main.retail-sales");
    expect(found.find(([v]) => v === 16900)?.[1]).not.toBe("main.retail-sales");
  });

  it("gives a structure indicator only to a figure worded as a share", () => {
    const planned = codes("Tổng mức bán lẻ hàng hóa năm 2022 ước đạt 61.000 tỷ đồng, kế hoạch giao 64.000 tỷ đồng, đạt 95,3%.");
    expect(planned.some(([, code]) => code.startsWith("structure."))).toBe(false);
  });

  it("reads goods exports as the export turnover, unless given as a part of a larger total", () => {
    expect(codes("Tháng 10/2022, xuất khẩu hàng hóa cả nước đạt 4,5 tỷ USD, tăng 6% so với cùng kỳ.")).toEqual([[4.5, "main.export-turnover"]]);
    const part = codes("Năm 2022, tổng kim ngạch xuất khẩu ước đạt 1.200 triệu USD; trong đó xuất khẩu hàng hóa ước đạt 900 triệu USD.");
    expect(part.find(([v]) => v === 1200)?.[1]).toBe("main.export-turnover");
    expect(part.find(([v]) => v === 900)?.[1]).not.toBe("main.export-turnover");
  });

  it("reads \"trong nước\" as domestic, a part no foreign-invested figure is", () => {
    const text = "Các khu, tuyến công nghiệp đã thu hút 30 dự án (12 dự án có vốn đầu tư nước ngoài và 18 dự án có vốn đầu tư trong nước).";
    expect(codes(text).find(([v]) => v === 18)?.[1]).not.toBe("other.industrial-parks.fdi-projects");
  });
});
