/**
 * Periods and values a careful reader settles from the document around a sentence (issue 11, fifth round): the
 * document's own period when its first one is a plan or a base compared with, values in units the registry lacks.
 * Sentences are made up in the style of published reports; expected values are written by hand.
 */
import { extractRecords, type ExtractedRecord } from "../../../src/core/extract";

function byValue(records: ExtractedRecord[], value: number): ExtractedRecord {
  const hit = records.find((r) => Math.abs(r.value - value) < 1e-9);
  if (!hit) throw new Error(`no record with value ${value}: ${records.map((r) => r.value).join(", ")}`);
  return hit;
}

const period = (r: ExtractedRecord): string => `${r.period.type}:${r.period.part ?? r.period.months ?? ""}:${r.period.year}`;

describe("the month 'trong tháng' means when the first period named is not the one reported on", () => {
  it("a plan for the months ahead named first does not move 'Trong tháng' past the report's date", () => {
    const text = "Phương hướng 6 tháng cuối năm 2023: đẩy mạnh sản xuất kinh doanh.\n\nTrong tháng, chỉ số sản xuất công nghiệp tăng 7,4% so với cùng kỳ.";
    expect(period(byValue(extractRecords(text, {}, { documentDate: "2023-09" }).records, 7.4))).toBe("month:9:2023");
  });

  it("a report printed in November may estimate December: the span it names first still gives the month", () => {
    const text = "Ước tính 6 tháng cuối năm 2022, tổng mức bán lẻ đạt 21.300 tỷ đồng.\n\nTrong tháng, chỉ số sản xuất công nghiệp tăng 3,6% so với cùng kỳ.";
    expect(period(byValue(extractRecords(text, {}, { documentDate: "2022-11" }).records, 3.6))).toBe("month:12:2022");
  });
});

describe("a base compared with is not the document's period", () => {
  it("the same span a year earlier in brackets, first in a report: the report is on that span of its own year", () => {
    const text = [
      "Tổng sản phẩm trên địa bàn ước tính tăng 6,8% so với cùng kỳ năm trước.",
      "Khu vực dịch vụ chiếm 40,5% (cùng giai đoạn của 9 tháng đầu năm 2021 là 41,2%).",
    ].join("\n\n");
    const records = extractRecords(text, {}, { documentDate: "2022-10" }).records;
    expect(period(byValue(records, 6.8))).toBe("months:9:2022");
    expect(period(byValue(records, 40.5))).toBe("months:9:2022");
  });

  it("an earlier span not yet over in the document's year names no period of the document", () => {
    const text = [
      "Tổng sản phẩm trên địa bàn ước tính tăng 6,8% so với cùng kỳ năm trước.",
      "Khu vực dịch vụ chiếm 40,5% (cả năm 2021 là 41,2%).",
    ].join("\n\n");
    const records = extractRecords(text, {}, { documentDate: "2022-10" }).records;
    expect(byValue(records, 6.8).period.year).toBe(2022);
    expect(period(byValue(records, 6.8))).not.toBe("year::2021");
  });
});

describe("visits of guests counted in 'lượt'", () => {
  const text = "Quý I, khách du lịch nội địa ước đạt 318.500 lượt; khách lưu trú đạt 96.200 lượt. Đoàn đã tiếp 14 lượt công dân.";
  const records = extractRecords(text, {}, { documentDate: "2021-04" }).records;

  it("a count of guests in 'lượt' with no comparison is a statement, in the unit as written", () => {
    expect(byValue(records, 318500).indicator.unitText).toBe("lượt");
    expect(period(byValue(records, 96200))).toBe("quarter:1:2021");
  });

  it("a count of other visits (citizens received) stays office activity", () => {
    expect(records.some((r) => r.value === 14)).toBe(false);
  });

  it("an occupancy ('công suất sử dụng phòng') is a rate", () => {
    const r = extractRecords("Năm 2021, công suất sử dụng phòng đạt 48%.", {}, { documentDate: "2021-12" }).records;
    expect(byValue(r, 48).indicator.unitText).toBe("%");
  });
});

describe("reported percentages whose base or bound is written around them", () => {
  it("'so với tháng trước tăng X%': the base before the verb puts the rate on the previous-month field", () => {
    const text = "Doanh thu dịch vụ lưu trú tháng 5 ước đạt 215 tỷ đồng, so với tháng trước tăng 3,2% và tăng 14,5% so với cùng kỳ năm trước.";
    const r = byValue(extractRecords(text, {}, { documentDate: "2022-05" }).records, 215);
    expect(r.reported).toEqual({ growthVsPrevPeriod: 3.2, growthVsPrior: 14.5 });
  });

  it("'vượt hơn 12% kế hoạch' is 112% of plan, the next growth on its own field", () => {
    const text = "Sản lượng cà phê nhân năm 2022 ước đạt 45 nghìn tấn, vượt hơn 12% kế hoạch, tăng hơn 6 % so cùng kỳ.";
    const r = byValue(extractRecords(text, {}, { documentDate: "2022-12" }).records, 45);
    expect(r.reported).toEqual({ pctOfPlan: 112, growthVsPrior: 6 });
  });
});

describe("the period a figure's own words write", () => {
  it("'N tháng của tỉnh' is the months so far, where a term 'N tháng của hợp đồng' is no period", () => {
    const text = "Theo đó, tổng sản phẩm trên địa bàn 9 tháng của tỉnh tăng 5,72%, trong đó khu vực dịch vụ tăng 7,1% so cùng kỳ năm 2020.";
    const records = extractRecords(text, {}, { documentDate: "2021-10" }).records;
    expect(period(byValue(records, 5.72))).toBe("months:9:2021");
    expect(period(byValue(records, 7.1))).toBe("months:9:2021");
  });

  it("a year that closes a lead-in before a comma is not the figure's: the year written next to it is", () => {
    const text = "Trên cơ sở kết quả đạt được năm 2023, tỉnh đặt mục tiêu tổng sản phẩm trên địa bàn năm 2024 tăng 9,5%. Trong đó, khu vực dịch vụ tăng 8%.";
    const records = extractRecords(text, {}, { documentDate: "2023-12" }).records;
    expect(period(byValue(records, 9.5))).toBe("year::2024");
    expect(period(byValue(records, 8))).toBe("year::2024");
  });

  it("two periods with no comma between keep the first ('năm 2021 và Tết năm 2022 là …')", () => {
    const text = "Tổng mức bán lẻ hàng hóa phục vụ năm 2021 và Tết Nguyên đán năm 2022 là 291,9 tỷ đồng.";
    expect(period(byValue(extractRecords(text, {}, { documentDate: "2022-01" }).records, 291.9))).toBe("year::2021");
  });
});

describe("'tính đến tháng N' and averages per head", () => {
  it("'Tính đến tháng N' is the months from January for a flow and for visits, the month's end for things counted", () => {
    const text = [
      "Tính đến tháng 8/2023, thu ngân sách nhà nước trên địa bàn đạt 4.120 tỷ đồng.",
      "Tính đến tháng 8/2023, tỉnh đã đón 2,4 triệu lượt khách du lịch.",
      "Tính đến tháng 8/2023, toàn tỉnh có 3.150 doanh nghiệp đang hoạt động.",
    ].join("\n\n");
    const records = extractRecords(text, {}, { documentDate: "2023-09" }).records;
    expect(period(byValue(records, 4120))).toBe("months:8:2023");
    expect(period(byValue(records, 2.4))).toBe("months:8:2023");
    expect(period(byValue(records, 3150))).toBe("month:8:2023");
  });

  it("a plain 'đến tháng N' stays a date", () => {
    const records = extractRecords("Đến tháng 8/2023, toàn tỉnh có 3.150 doanh nghiệp đang hoạt động.", {}, { documentDate: "2023-09" }).records;
    expect(period(byValue(records, 3150))).toBe("month:8:2023");
  });

  it("'bình quân đầu người năm 2020' is of that year, not of the span named before it", () => {
    const text = "Giai đoạn 2016 - 2020, GRDP bình quân hằng năm tăng 6,8%; GRDP bình quân đầu người năm 2020 đạt 2.750 USD.";
    const records = extractRecords(text, {}, { documentDate: "2021-03" }).records;
    expect(period(byValue(records, 2750))).toBe("year::2020");
    expect(byValue(records, 6.8).period.type).toBe("range");
  });
});

describe("transport work and a % of plan that is a figure's ratio to its plan", () => {
  it("'tấn.km' and 'lượt khách.km' are transport work, never tonnes or passengers", () => {
    const text = "Luân chuyển hàng hóa 6 tháng ước đạt 412,6 triệu tấn.km, tăng 5,2%; luân chuyển hành khách đạt 1.035,4 triệu lượt khách.km, tăng 8,4%; vận chuyển hành khách đạt 26,7 triệu lượt khách.";
    const records = extractRecords(text, {}, { documentDate: "2022-06" }).records;
    expect(byValue(records, 412.6).indicator.unit).toBe("trieu-tan-km");
    expect(byValue(records, 1035.4).indicator.unit).toBe("trieu-hk-km");
    expect(byValue(records, 26.7).indicator.unitText).toBe("triệu lượt khách");
  });

  it("'HK.km' and 'tấn. km' as statistics offices print them", () => {
    const records = extractRecords("Năm 2022, luân chuyển hành khách đạt 820 nghìn HK.km; luân chuyển hàng hóa đạt 96,3 nghìn tấn. km.", {}, { documentDate: "2022-12" }).records;
    expect(byValue(records, 820).indicator.unit).toBe("nghin-hk-km");
    expect(byValue(records, 96.3).indicator.unit).toBe("nghin-tan-km");
  });

  it("a % of plan equal to an earlier figure over its plan (8.484/8.400 = 101,00%) is that figure's, not the part's before it", () => {
    const text = "Năm 2022, toàn tỉnh đã giải quyết việc làm cho 8.484/8.400 người. Chia theo khu vực: trong tỉnh 5.130, ngoài tỉnh 2.904, xuất khẩu lao động: 450 người, đạt 101,00% kế hoạch năm.";
    const records = extractRecords(text, {}, { documentDate: "2022-12" }).records;
    expect(byValue(records, 8484).reported?.pctOfPlan).toBe(101);
    expect(byValue(records, 450).reported?.pctOfPlan).toBeUndefined();
  });
});

describe("later spans, a stock's prior-year figure and a period after the thing counted", () => {
  it("'6 tháng còn lại' / '6 tháng tiếp theo' are the second half; '3 tháng cuối năm' the fourth quarter", () => {
    const text = [
      "Trong 6 tháng tiếp theo, kim ngạch xuất khẩu phải đạt 1.420 triệu USD.",
      "6 tháng còn lại, thu ngân sách cần đạt 2.350 tỷ đồng.",
      "3 tháng cuối năm, giá trị sản xuất công nghiệp phải đạt 9.600 tỷ đồng.",
    ].join("\n\n");
    const records = extractRecords(text, {}, { documentDate: "2021-07" }).records;
    expect(period(byValue(records, 1420))).toBe("half:2:2021");
    expect(period(byValue(records, 2350))).toBe("half:2:2021");
    expect(period(byValue(records, 9600))).toBe("quarter:4:2021");
    expect(byValue(records, 1420).indicator.vi.toLowerCase()).not.toMatch(/phải$/u);
  });

  it("'(cùng thời điểm năm trước tăng X%)' is the same indicator a year earlier", () => {
    const text = "Chỉ số tồn kho ngành chế biến, chế tạo tại thời điểm 31/3/2023 tăng 8,2% so với cùng thời điểm năm trước (cùng thời điểm năm trước tăng 17,6%).";
    const records = extractRecords(text, {}, { documentDate: "2023-03" }).records;
    expect(byValue(records, 17.6).period.year).toBe(2022);
    expect(byValue(records, 8.2).period.year).toBe(2023);
  });

  it("a period after the words of what is counted ('… lượt khách lưu trú trong năm 2024') is the figure's", () => {
    const text = "Tháng 5, tỉnh đón 0,9 triệu lượt khách. Tỉnh đặt chỉ tiêu đón 7,5 triệu lượt khách lưu trú trong năm 2024.";
    const records = extractRecords(text, {}, { documentDate: "2024-05" }).records;
    expect(period(byValue(records, 7.5))).toBe("year::2024");
    expect(period(byValue(records, 0.9))).toBe("month:5:2024");
  });
});

describe("a table copied one cell a line", () => {
  const table = [
    "Tình hình sản xuất công nghiệp quý I năm 2024 như sau:",
    "Thực hiện quý IV năm 2023",
    "Ước tính quý I năm 2024",
    "Quý I/2024 so với cùng kỳ năm trước (%)",
    "Đơn vị tính: Tỷ đồng",
    "Giá trị sản xuất công nghiệp",
    "18.420,5",
    "17.905,2",
    "108,4",
    "Phân theo ngành",
    "Công nghiệp chế biến, chế tạo",
    "16.110,3",
    "15.702,8",
    "109,6",
    "Sản xuất và phân phối điện",
    "1.210,0",
    "1.098,7",
    "101,2",
    "Năm 2024, tỉnh phấn đấu tăng 10%.",
  ].join("\n");

  it("reads each figure by its column heading (period, kind) and its row's label, with the comparison column's index", () => {
    const records = extractRecords(table, {}, { documentDate: "2024-03" }).records;
    const cell = (value: number) => {
      const r = byValue(records, value);
      return [period(r), r.kind, r.indicator.unit, r.reported];
    };
    expect(cell(16110.3)).toEqual(["quarter:4:2023", "actual", "ty-dong", {}]);
    expect(cell(15702.8)).toEqual(["quarter:1:2024", "estimate", "ty-dong", { indexVsPrior: 109.6 }]);
    expect(byValue(records, 17905.2).indicator.code).toBe("main.industrial-production-value");
    expect(records.filter((x) => x.quoteOffset.start < table.indexOf("Năm 2024"))).toHaveLength(6);
    const r = byValue(records, 1098.7);
    // The quote is the row: its label line to its last cell.
    expect(r.quote).toBe("Sản xuất và phân phối điện\n1.210,0\n1.098,7\n101,2");
    expect(table.slice(r.quoteOffset.start, r.quoteOffset.end)).toBe(r.quote);
    // The cells are no sentences: no rate or heading is read as a figure of its own.
    expect(records.some((x) => x.value === 108.4 || x.value === 101.2)).toBe(false);
  });

  it("reads a table whose cells are paragraphs (blank lines between them), its unit in the caption above its headings", () => {
    const text = [
      "Tốc độ tăng giá trị tăng thêm 6 tháng qua hai năm",
      "Tốc độ tăng so với cùng kỳ năm trước - %",
      "6 tháng đầu năm 2023",
      "6 tháng đầu năm 2024",
      "Khu vực dịch vụ",
      "5,12",
      "6,40",
      "Khu vực công nghiệp và xây dựng",
      "8,03",
      "9,15",
    ].join("\n\n");
    const records = extractRecords(text, {}, { documentDate: "2024-06" }).records;
    expect(records.map((r) => [r.indicator.vi, period(r), r.value, r.indicator.unit])).toEqual([
      ["Khu vực dịch vụ", "months:6:2023", 5.12, "percent"],
      ["Khu vực dịch vụ", "months:6:2024", 6.4, "percent"],
      ["Khu vực công nghiệp và xây dựng", "months:6:2023", 8.03, "percent"],
      ["Khu vực công nghiệp và xây dựng", "months:6:2024", 9.15, "percent"],
    ]);
  });

  it("a list of numbers under no column headings is no table", () => {
    const text = ["Số doanh nghiệp thành lập mới theo quý:", "Quý I", "125", "140", "Quý II", "132", "151"].join("\n");
    const records = extractRecords(text, {}, { documentDate: "2024-07" }).records;
    expect(records.every((x) => x.value !== 140 && x.value !== 151)).toBe(true);
  });
});

describe("a figure given twice", () => {
  it("a news story's lead and the paragraph that details it each state the figure", () => {
    const text = [
      "Kim ngạch xuất khẩu 9 tháng đầu năm ước đạt 1.245 triệu USD.",
      "Cụ thể, 9 tháng đầu năm, kim ngạch xuất khẩu ước đạt 1.245 triệu USD, tăng 7,5% so với cùng kỳ năm trước.",
    ].join("\n\n");
    const records = extractRecords(text, {}, { documentDate: "2023-09" }).records.filter((r) => r.value === 1245);
    expect(records.map((r) => r.reported)).toEqual([{}, { growthVsPrior: 7.5 }]);
  });

  it("a footnote that details a figure of the text restates it", () => {
    const text = "Năm 2022, toàn tỉnh tuyển sinh đào tạo nghề cho 12.400 học viên¹.\n\n¹ Năm 2022 tuyển sinh đào tạo nghề cho 12.400 học viên, trong đó cao đẳng 1.100 học viên.";
    const records = extractRecords(text, {}, { documentDate: "2022-12" }).records;
    expect(records.filter((r) => r.value === 12400)).toHaveLength(1);
  });
});

describe("ratios and units per head", () => {
  it("'tăng hơn 2 lần', 'tăng 2,5 lần' are ratios (unit 'lần'), never an amount risen by, and take no rate after them", () => {
    const text = "Trong 6 tháng, sản lượng kính xây dựng tăng hơn 2 lần, gạch ốp lát tăng 15%; điện thương phẩm tăng 2,5 lần.";
    const records = extractRecords(text, {}, { documentDate: "2021-06" }).records;
    expect(byValue(records, 2).indicator.unitText).toBe("lần");
    expect(byValue(records, 2).reported).toEqual({});
    expect(byValue(records, 2.5).indicator.unitText).toBe("lần");
    expect(byValue(records, 15).reported).toEqual({ growthVsPrior: 15 });
  });

  it("'tăng 3 lần' alone may count occasions: no ratio", () => {
    const records = extractRecords("Trong quý, giá xăng được điều chỉnh tăng 3 lần.", {}, { documentDate: "2022-03" }).records;
    expect(records.some((r) => r.indicator.unitText === "lần")).toBe(false);
  });

  it("a registry unit per head ('USD/người') is a measure kept as written", () => {
    const r = byValue(extractRecords("Năm 2022, GRDP bình quân đầu người là 3.870 USD/người.", {}, { documentDate: "2022-12" }).records, 3870);
    expect(r.indicator.unitText).toBe("USD/người");
    expect(period(r)).toBe("year::2022");
  });
});

describe("figures listed in a bracket after an earlier period", () => {
  it("'(… của 9 tháng năm 2022 là: 30,1%; 41,5%; 28,4%)': every figure of the bracket is of that period", () => {
    const text = "Khu vực dịch vụ chiếm 42,3% (tỷ trọng tương ứng của 9 tháng đầu năm 2022 là: 30,1%; 41,5%; 28,4%).";
    const records = extractRecords(text, {}, { documentDate: "2023-10" }).records;
    for (const v of [30.1, 41.5, 28.4]) expect(period(byValue(records, v))).toBe("months:9:2022");
  });

  it("a figure before the bracket keeps the report's period; after the bracket closes, the figures are the report's again", () => {
    const text = "Khu vực dịch vụ chiếm 42,3% (9 tháng đầu năm 2022 là 41,5%), khu vực công nghiệp chiếm 35,2%.";
    const records = extractRecords(text, {}, { documentDate: "2023-10" }).records;
    expect(byValue(records, 42.3).period.year).toBe(2023);
    expect(byValue(records, 35.2).period.year).toBe(2023);
    expect(byValue(records, 41.5).period.year).toBe(2022);
    // ("(từ 37% năm 2010 lên 61% năm 2015)": inside the bracket, a figure's own earlier year is its period.)
    const inside = extractRecords("Tỷ trọng hàng công nghiệp chiếm ngày càng cao (từ 37% năm 2010 tăng lên 61% năm 2015).", {}, { documentDate: "2015-12" }).records;
    expect(inside.find((r) => r.value === 37)?.period.year ?? 2010).toBe(2010);
  });
});

describe("a contribution that pulls a growth down", () => {
  it("'mức đóng góp giảm 0,31 điểm phần trăm' is a contribution of -0,31 points, of the sector before it", () => {
    const text = "GRDP năm 2021 tăng 3,86%. Trong đó: khu vực dịch vụ tăng 2,15%, đóng góp 0,92 điểm phần trăm; khu vực nông nghiệp giảm 1,12% so cùng kỳ, mức đóng góp giảm 0,31 điểm phần trăm.";
    const records = extractRecords(text, {}, { documentDate: "2021-12" }).records;
    const r = byValue(records, -0.31);
    expect(r.indicator.unit).toBe("diem-phan-tram");
    expect(r.indicator.vi).toBe("khu vực nông nghiệp đóng góp");
    expect(byValue(records, 0.92).indicator.vi).toBe("khu vực dịch vụ đóng góp");
  });
});

describe("a month's average is no span", () => {
  it("'bình quân 1 tháng đạt X' stays in the sentence's period; 'bình quân 6 tháng' is the six months", () => {
    const text = "6 tháng đầu năm 2016, kim ngạch xuất khẩu đạt 82,3 tỷ USD (bình quân 1 tháng đạt 13,7 tỷ USD). Chỉ số giá tiêu dùng bình quân 6 tháng tăng 1,72%.";
    const records = extractRecords(text, {}, { documentDate: "2016-07" }).records;
    expect(period(byValue(records, 13.7))).toMatch(/^(?:half:1|months:6):2016$/u);
    expect(period(byValue(records, 1.72))).toMatch(/^(?:half:1|months:6):2016$/u);
  });
});

describe("a period after 'và' or a comma heads the next figure's clause", () => {
  it("each quarter's growth keeps its own quarter when the next quarter follows it at once", () => {
    const text = "Sáu tháng đầu năm 2019, GRDP tăng 6,9% so với cùng kỳ; riêng quý I tăng 6,4% và quý II tăng 7,3%.";
    const records = extractRecords(text, {}, { documentDate: "2019-07" }).records;
    expect(period(byValue(records, 6.4))).toBe("quarter:1:2019");
    expect(period(byValue(records, 7.3))).toBe("quarter:2:2019");
  });

  it("a month's figure right before ', lũy kế ...' stays in its month", () => {
    const text = "Doanh thu tháng 8/2021 của ngành bưu chính đạt 96 tỷ đồng, lũy kế doanh thu của ngành từ đầu năm tăng 8,2%.";
    const records = extractRecords(text, {}, { documentDate: "2021-08" }).records;
    expect(period(byValue(records, 96))).toBe("month:8:2021");
  });
});

describe("a crop season compared with is no period", () => {
  it("'so với vụ đông xuân năm 2020' names the base; the figures after it stay in the report's year", () => {
    const text =
      "Vụ đông xuân năm 2021, toàn tỉnh gieo cấy 41.200 ha lúa, giảm 0,8% so với vụ đông xuân năm 2020, trong đó lúa chất lượng cao đạt 22.500 ha, tăng 3,1%; ngô đạt 2.150 ha.";
    const records = extractRecords(text, {}, { documentDate: "2021-05" }).records;
    expect(byValue(records, 22500).period.year).toBe(2021);
    expect(byValue(records, 2150).period.year).toBe(2021);
  });
});

describe("a bare 'N tháng' said before 'là' or after 'ước' is the months so far", () => {
  it("'thu ngân sách 6 tháng là X' is of the six months, not of the quarter named before it", () => {
    const text = "Trong quý II, ngành xây dựng tăng 9,1%. Tổng thu ngân sách trên địa bàn 6 tháng là 4.350 tỷ đồng, đạt 52% dự toán.";
    const records = extractRecords(text, {}, { documentDate: "2022-07" }).records;
    expect(period(byValue(records, 4350))).toBe("months:6:2022");
  });

  it("'chi ngân sách ước 9 tháng X' is of the nine months, not of the month named before it", () => {
    const text = "Chỉ số giá tiêu dùng tháng 9/2020 tăng 0,3% so với tháng trước. Tổng chi ngân sách địa phương ước 9 tháng 7.120 tỷ đồng.";
    const records = extractRecords(text, {}, { documentDate: "2020-10" }).records;
    expect(period(byValue(records, 7120))).toBe("months:9:2020");
  });
});

describe("an undated text's year is not the year it compares with", () => {
  it("'so với cùng kỳ năm 2019' in an undated note: its figures are of 2020", () => {
    const text =
      "Từ đầu năm đến nay, toàn huyện có 86 hợp tác xã thành lập mới, tăng 12% so với cùng kỳ năm 2019. Doanh thu của các hợp tác xã đạt 310 tỷ đồng, tăng 8% so với cùng kỳ năm 2019.";
    const records = extractRecords(text, {}, {}).records;
    expect(byValue(records, 86).period.year).toBe(2020);
    expect(byValue(records, 310).period.year).toBe(2020);
  });

  it("a year only compared with ('so với năm 2018') is not given to the figures of an undated note", () => {
    const text = "Sản lượng chè búp tươi đạt 42.600 tấn, tăng 5% so với năm 2018; giá trị xuất khẩu chè tăng 9% so với năm 2018.";
    expect(byValue(extractRecords(text, {}, {}).records, 42600).period.year).not.toBe(2018);
  });
});

describe("a period whose year no one wrote is labelled without one", () => {
  it("an undated '8 tháng' and 'quý III' read 'năm 0' nowhere", () => {
    const text = "Trong 8 tháng, toàn huyện trồng mới 1.240 ha rừng tập trung. Riêng quý III, sản lượng gỗ khai thác đạt 36.500 m3.";
    const records = extractRecords(text, {}, {}).records;
    expect(byValue(records, 1240).period.label).toBe("8 tháng đầu năm");
    expect(byValue(records, 36500).period.label).toBe("quý 3");
  });
});
