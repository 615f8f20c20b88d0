import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { checkText, extractRecords } from "../../../src/core/extract";

const SEEDS = path.resolve(__dirname, "..", "..", "..", "seeds");
const seedText = fs.readFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith("001"))!), "utf8");

/** Pieces of report prose, so random text reaches the number, unit, period and footnote paths. */
const piece = fc.constantFrom(
  "Giá trị sản xuất công nghiệp",
  " ước đạt ",
  "19.125,44",
  " tỷ đồng",
  ", đạt ",
  "42,13%",
  " kế hoạch",
  ", tăng ",
  " so cùng kỳ",
  "15.178/15.000 học viên",
  "(KH 70.962 tỷ đồng)",
  "6 tháng đầu năm 2020",
  "dự ước đến cuối năm",
  "giai đoạn 2021 - 2025",
  " bình quân ",
  "(1) ",
  "; ",
  ". ",
  "\n\n",
  "\n                              \n",
  "\n1 ",
  "<sup>2</sup>",
  "¹",
  "kỳ1",
  "m<sup>3</sup>",
  "**",
  "trong đó: ",
  "chiếm ",
  "Đến ngày 31/12/2021, ",
  "ngày 01 tháng 9 năm 2021",
  "I. THỰC TRẠNG\n",
  "2. Các chỉ tiêu cần phải thực hiện 6 tháng cuối năm 2020:\n",
  "- ",
  "\u0301",
  "%",
  "/",
  "(",
  ")",
  // Issue 11's phrasing: magnitudes, previous-period bases, named bases, nested lists, excess over plan, bare
  // indices, bounds, units outside the registry, month and quarter periods, cumulative words, signed rates.
  "441,4 nghìn tỷ đồng",
  "1,2 triệu tỷ đồng",
  "27,5 tỷ USD",
  " so với tháng trước",
  " so quý trước",
  " so với tháng 5/2023",
  " so với cùng kỳ năm 2011",
  ", trong đó:\n- ",
  "(trong đó, ",
  "vượt 5% kế hoạch",
  "đạt 16,48% năm",
  "đạt 30% KH",
  "bằng 70,6 cùng kỳ",
  "khoảng ",
  "gần ",
  "hơn ",
  "497,4 triệu bao",
  "24.000 lượt",
  "51 triệu đồng/người",
  "tháng 6/2021",
  "tháng 9-2022",
  "quý I/2024",
  "5 tháng đầu năm",
  "Tính chung 9 tháng",
  "lũy kế ",
  "cả năm",
  "(-11,38%)",
  "(+3,63%)",
  "cần thực hiện 6 tháng cuối năm: ",
  "kế hoạch năm 2020 là 45.400 tỷ đồng",
  // Naming and one statement per value: a value after its own share and growth, rates pointing at the statement
  // before them (the prior year's, net of prices), predicates after a subject, a measure of a sector.
  "thị trường châu Âu (chiếm tỷ trọng 6,33%) tăng 70,94% so với cùng kỳ, tương đương 302,95 triệu USD",
  "nhóm thủy sản chiếm tỷ trọng 3,65%, đạt 118,9 triệu USD, tăng 0,91%",
  "(chiếm 8,59% tỷ trọng) tăng 58,66%",
  ", nếu loại trừ yếu tố giá giảm 3,6%",
  " (cùng kỳ năm 2019 tăng 10,8%)",
  "(nếu loại trừ yếu tố giá thì mức tăng là 9,5%)",
  "tăng 20% so kế hoạch năm",
  "chiếm tỷ trọng cao nhất với 82,14%",
  " tăng 20,2% và chiếm 35,4% tổng kim ngạch xuất khẩu",
  " tiếp tục là động lực tăng trưởng khi ",
  " chiếm tỷ trọng nhiều nhất thì giảm ",
  "giá trị sản xuất của khối công nghiệp Trung ương đạt ",
  "(TBTCO) - ",
  "Về sử dụng GDP quý III năm nay, ",
  ".Trong đó: khu vực kinh tế trong nước 11.524,2 tỷ đồng, tăng 0,6%",
  ", trong đó ngành khai khoáng tăng 1,75%",
  "ước vượt 1 triệu tỷ đồng (1,03 triệu tỷ đồng)",
  " tăng 6,71 so với cùng kỳ",
  "1.496 tỷ đạt 87,38% kế hoạch",
  "vượt kế hoạch 1,2%",
  " tăng gấp 2,3 lần",
  "Trong 30 sản phẩm công nghiệp chủ yếu của tỉnh, có 21 sản phẩm tăng",
  "(hồ sơ tiếp nhận trực tuyến đạt tỷ lệ 78,1% trên tổng số hồ sơ tiếp nhận)",
  "1.500 triệu USD (trong đó, xuất khẩu đạt 900 triệu USD, tăng 5%; nhập khẩu giảm 2%), tăng 2,5% so với cùng kỳ",
  ")), tăng ",
  ", gấp 2,1 lần cùng kỳ",
  "chiếm tỷ lệ 65,3% tổng kim ngạch xuất khẩu, đạt 3,2 tỷ USD",
  // Catalog matching: words after a count, category numbers, changes, footnote marks and their items.
  "22 TTHC mức độ 2, 36 TTHC mức độ 3",
  "02 chợ hạng 1, 25 chợ hạng III",
  "85/85 xã đạt tiêu chí số 4 về điện và ",
  ", so với cuối năm 2020 tăng 8.570 tỷ đồng",
  "trả kết quả đúng thời gian quy định 13.499 hồ sơ<sup>(15)</sup>",
  "năm 20194. ",
  "\n<sup>15</sup> Trong đó 14 hồ sơ lĩnh vực ATP; ",
  "Phát triển 77,35 km đường dây trung thế; 87,34km đường dây hạ thế",
  "(1) Dự án điện gió V1-2 (12/12 turbine, công suất 48MW)",
  // Periods of running prose (issue 11, periods and units): cumulative words, a report's or meeting's name, the earlier
  // period itself, units outside the registry.
  "Từ đầu năm đến nay, ",
  "Tính từ đầu năm 2024",
  "lũy kế đến hết tháng 10",
  "Theo Báo cáo kinh tế - xã hội quý II và 6 tháng đầu năm 2024, ",
  "Tại buổi họp báo công bố số liệu quý III",
  "(cùng kỳ năm 2019 tăng 10,8%)",
  "Sơ bộ quý I",
  "bình quân mỗi năm giai đoạn 2021-2023 chỉ tăng 0,4%/năm",
  "290 ngàn lượt khách quốc tế",
  "1.496 tỷ",
  "hơn 3 tỷ USD",
  "sáng 29/9",
  "Ngày 15-10 ",
  "Từ 01/01/2024 đến 30/6/2024, ",
  "10.700 cơ sở/doanh nghiệp",
  "quí I",
  "tháng Giêng năm 2024",
  "nửa đầu năm",
  "quý III năm nay",
  // Round 2: comparisons in one bracket, a list's plan-first order, measures of the subject before, words that are no name.
  "(bằng 23,8%; -15,6%)",
  "(đạt 46% dự toán; +81%)",
  ", bằng 21% dự toán năm, giảm 30% so với cùng kỳ; trong đó ",
  " qua các quý như sau: ",
  " có mức tăng trưởng 10,71% so cùng kỳ năm trước, mức doanh thu 2.804 tỷ đồng",
  "sang quý II tiếp tục giảm nhiều hơn (-13,01%)",
  "mức giảm lại tăng lên ",
  "góp phần đưa ",
  " thặng dư ",
  "Sầm Sơn đón được trên 4,1 triệu lượt khách",
  "từ ngày 16/12/2020 đến ngày 15/11/2021 đã tiếp nhận ",
  "(;",
  "tháng Bảy vừa qua",
  "tháng mười hai",
  " thấp hơn mức tăng 7,2% của cùng kỳ năm 2016",
  " của 6 tháng đầu năm nay",
  "Tính chung 7 tháng của năm nay, ",
  "từ đầu năm tính đến ngày 21/3/2023 ",
  " so quí trước",
  " trong giai đoạn 2011 – 2015",
  "09 trong 12 nhóm hàng",
  " tăng ở 54 địa phương",
  "78.000 tỷ đồng/KH giao 80.000 tỷ đồng",
  "đạt 1991 tỷ đồng",
  " ước đạt 160 triệu, ",
  // Round 5 (periods and values): a compared span in brackets first, a plan for later months first, guests in "lượt",
  // an occupancy rate, a base before its verb, an excess over plan given as a bound.
  "(cơ cấu tương ứng của 6 tháng đầu năm 2022 là: 22,81%; 25,81%)",
  "Nhiệm vụ 6 tháng cuối năm: ",
  "Trong tháng, ",
  "khách lưu trú đạt 96.200 lượt",
  "công suất sử dụng phòng đạt 55%",
  ", so với tháng trước tăng 1,1% và ",
  "vượt hơn 27% kế hoạch",
  " 6 tháng của tỉnh tăng ",
  "Trên cơ sở kết quả đạt được năm 2022, tỉnh đặt mục tiêu năm 2023 ",
  "Tính đến tháng 8/2023, ",
  "GRDP bình quân đầu người năm 2020 đạt 2.750 USD",
  "412,6 triệu tấn.km",
  "820 nghìn HK.km",
  " 1.035,4 triệu lượt khách. km",
  "Trong 6 tháng tiếp theo, ",
  "3 tháng cuối năm",
  "(cùng thời điểm năm trước tăng 29,5%)",
  " lượt khách lưu trú trong năm 2024",
  // A table copied one cell a line: headings, a unit line, a row's label and its numbers.
  "\nThực hiện quý IV năm 2023\nƯớc tính quý I năm 2024\nĐơn vị tính: Tỷ đồng\n",
  "\nTổng số\n4.736,0\n4.671,4\n",
  "\n113,0\n",
  " tăng hơn 2 lần, ",
  " tăng 2,5 lần",
  "3.870 USD/người",
  "chiếm 42,3% (tỷ trọng tương ứng của 9 tháng đầu năm 2022 là: 30,1%; 41,5%), ",
  ", mức đóng góp giảm 0,26 điểm phần trăm",
  // Tables of tab-separated cells (text-tables.ts): a header, rows of figures, rows cut short, stray tabs.
  "\nSTT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2024\tƯớc thực hiện 6 tháng năm 2024\tSo sánh (%)\n",
  "\t\t\t\t\tSo với KH\tSo với cùng kỳ\n",
  "1\tKim ngạch xuất khẩu\tTriệu USD\t2.800\t1.402,7\t50,10\t112,19\n",
  "2\tSản lượng điện\t\"\t-\t2.498\n",
  "\t",
  // Places (names.ts, open-statement.ts): a ranked list of provinces, a place put forward and a paragraph going on with
  // it, the country beside the province, a source without a comma.
  "những địa phương có chỉ số IIP tăng cao như Trà Vinh tăng 102,7%; Bà Rịa - Vũng Tàu tăng 3%",
  " lần lượt là thành phố Hồ Chí Minh (40,71 tỷ USD), Hà Nội (26,96 tỷ USD)",
  "Sau Bắc Giang, Trà Vinh là địa phương có tăng trưởng GRDP cao thứ hai cả nước",
  "\n\nTrong đó, ",
  " (cả nước tăng 11,1%)",
  "Theo số liệu sơ bộ của Tổng cục Hải quan tổng kim ngạch ",
  "TP.HCM đã đón được 21,6 triệu lượt khách nội địa",
);

const reportish = fc.array(fc.oneof(piece, fc.string(), fc.string({ unit: "binary", maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(""));

describe("extractor on arbitrary text", () => {
  it("never throws and quotes only verbatim slices of its input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), reportish), (text) => {
        const { extraction, findings } = checkText(text, {}, { documentDate: "2023-06", heading: "Báo cáo tháng 6 và 6 tháng đầu năm 2023" });
        for (const r of extraction.records) {
          expect(text.slice(r.quoteOffset.start, r.quoteOffset.end)).toBe(r.quote);
          expect(Number.isFinite(r.value)).toBe(true);
        }
        for (const f of findings) expect(text.slice(f.quoteOffset.start, f.quoteOffset.end)).toBe(f.quote);
      }),
      { numRuns: 400 },
    );
  });

  it("never throws on a seed cut and spliced at random places", () => {
    fc.assert(
      fc.property(fc.nat(seedText.length), fc.nat(seedText.length), fc.string(), (a, b, glue) => {
        const text = seedText.slice(0, Math.min(a, b)) + glue + seedText.slice(Math.max(a, b));
        for (const r of extractRecords(text).records) expect(text.slice(r.quoteOffset.start, r.quoteOffset.end)).toBe(r.quote);
      }),
      { numRuns: 25 },
    );
  });
});
