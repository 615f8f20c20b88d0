/**
 * The period, value and unit of statements read from report prose (issue 11): running prose that names its period
 * once, units outside the registry kept as written. Sentences are made up in the style of published reports.
 */
import { checkText, extractRecords, type ExtractedRecord } from "../../../src/core/extract";
import { convert } from "../../../src/core/units";
import { periodKey } from "../../../src/core/dataset/period-text";

function byValue(records: ExtractedRecord[], value: number): ExtractedRecord {
  const hit = records.find((r) => Math.abs(r.value - value) < 1e-9);
  if (!hit) throw new Error(`no record with value ${value}: ${records.map((r) => r.value).join(", ")}`);
  return hit;
}

const period = (r: ExtractedRecord): string => `${r.period.type}:${r.period.part ?? r.period.months ?? ""}:${r.period.year}`;

describe("running prose goes on in the period it last named", () => {
  const text = [
    "Doanh thu bán lẻ hàng hóa tháng 10 ước đạt 4,1 nghìn tỷ đồng, tăng 4,4% so với tháng trước. Tính chung 10 tháng năm 2024, doanh thu bán lẻ hàng hóa ước đạt 42,3 nghìn tỷ đồng, tăng 6,4% so với cùng kỳ năm trước.",
    "Các nhóm hàng khác như xăng dầu tăng 15,2%; hàng may mặc giảm 6,7%.",
  ].join("\n\n");

  it("a paragraph naming no period takes the period of the last figure before it", () => {
    const records = extractRecords(text, {}, { documentDate: "2024-11" }).records;
    expect(period(byValue(records, 4.1))).toBe("month:10:2024");
    expect(period(byValue(records, 42.3))).toBe("months:10:2024");
    expect(period(byValue(records, 15.2))).toBe("months:10:2024");
    expect(period(byValue(records, -6.7))).toBe("months:10:2024");
  });

  it("a sentence without figures that names a period sets it for the sentences after it", () => {
    const prose = [
      "Tháng 7/2022 kim ngạch xuất khẩu toàn tỉnh đạt 721 triệu USD, tăng 42% so với cùng kỳ năm 2021.",
      "Theo đánh giá của Sở Công thương, kim ngạch xuất khẩu tăng trong 7 tháng qua là do nhu cầu tăng. Trong đó, thị trường châu Âu đạt 302,95 triệu USD, tăng 70,94% so với cùng kỳ.",
    ].join("\n\n");
    const records = extractRecords(prose, {}, { documentDate: "2022-07" }).records;
    expect(period(byValue(records, 721))).toBe("month:7:2022");
    expect(period(byValue(records, 302.95))).toBe("months:7:2022");
  });

  it("a report with section headings keeps its heading's period", () => {
    const report = [
      "I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2020",
      "Giá trị sản xuất công nghiệp ước đạt 19.125,44 tỷ đồng, tăng 11,77% so cùng kỳ; kế hoạch năm 2020 là 45.400 tỷ đồng.",
      "Tổng mức bán lẻ hàng hóa ước đạt 15.997 tỷ đồng, giảm 2,89% so cùng kỳ.",
    ].join("\n");
    const records = extractRecords(report).records;
    expect(byValue(records, 15997).period).toMatchObject({ type: "months", months: 6, year: 2020 });
  });
});

describe("a figure with no period of its own goes on in the period of the figure before it", () => {
  it("items after an average take its range, before and after a ';'", () => {
    const text =
      "Với mức tăng trưởng kinh tế giảm 9,28% của năm 2023 thì bình quân mỗi năm giai đoạn 2021-2023 chỉ tăng 0,4%/năm, trong đó khu vực nông, lâm nghiệp và thủy sản tăng nhẹ (+0,95%); khu vực dịch vụ (+6,7%).";
    const records = extractRecords(text, {}, { documentDate: "2023" }).records;
    expect(byValue(records, 0.95).period).toMatchObject({ type: "range", fromYear: 2021, year: 2023 });
    expect(byValue(records, 6.7).period).toMatchObject({ type: "range", fromYear: 2021, year: 2023 });
  });

  it("items in brackets after a figure take its period, not a later year named before them", () => {
    const text = "Tổng kinh phí bình ổn thị trường năm 2021 và Tết Nhâm Dần năm 2022 là 291,982 tỷ đồng (trong đó, giá trị hàng hóa phục vụ tết 147,443 tỷ đồng).";
    const records = extractRecords(text).records;
    expect(byValue(records, 147.443).period).toMatchObject({ type: "year", year: 2021 });
  });

  it("a figure of the earlier period is its own and the next figure does not go on in it", () => {
    const text =
      "Tổng mức bán lẻ hàng hóa tháng 1/2024 ước đạt 524,1 nghìn tỷ đồng, tăng 8,1% so với cùng kỳ năm trước (cùng kỳ năm 2023 tăng 13,3%), nếu loại trừ yếu tố giá tăng 5,8% (cùng kỳ năm 2023 tăng 9,1%).";
    const records = extractRecords(text, {}, { documentDate: "2024-01" }).records;
    expect(period(byValue(records, 13.3))).toBe("month:1:2023");
    expect(period(byValue(records, 5.8))).toBe("month:1:2024");
    expect(period(byValue(records, 9.1))).toBe("month:1:2023");
    // "cùng kỳ" goes with the earlier period: the figure is named by the sentence it belongs to, not "cùng kỳ".
    expect(byValue(records, 13.3).indicator.vi).not.toMatch(/cùng kỳ/u);
  });
});

describe("cumulative words and the document's own period", () => {
  it("'từ đầu năm (đến nay)' and 'lũy kế đến hết tháng N' are the months from January, not one month or the year", () => {
    const at = (text: string, date: string): string => period(extractRecords(text, {}, { documentDate: date }).records[0]!);
    expect(at("Từ đầu năm đến nay, kim ngạch xuất khẩu đạt 1,2 tỷ USD, tăng 5% so với cùng kỳ.", "2024-10")).toBe("months:10:2024");
    expect(at("Tính từ đầu năm, kim ngạch xuất khẩu đạt 1,2 tỷ USD.", "2024-10")).toBe("months:10:2024");
    expect(at("Từ đầu năm 2023 đến nay, kim ngạch xuất khẩu đạt 1,2 tỷ USD.", "2023-09")).toBe("months:9:2023");
    expect(at("Lũy kế đến hết tháng 10, kim ngạch xuất khẩu đạt 1,2 tỷ USD.", "2024-11")).toBe("months:10:2024");
    // A stock at a month's end stays that month.
    expect(at("Tính đến hết tháng 9/2023, toàn tỉnh có 5.600 doanh nghiệp đang hoạt động.", "2023-10")).toBe("month:9:2023");
  });

  it("'lũy kế' runs to the month the text reports on, not the month it was printed", () => {
    const text = "Doanh thu bán lẻ hàng hóa tháng 10 ước đạt 4,1 nghìn tỷ đồng. Lũy kế, doanh thu bán lẻ hàng hóa ước đạt 42,3 nghìn tỷ đồng.";
    expect(period(byValue(extractRecords(text, {}, { documentDate: "2024-11" }).records, 42.3))).toBe("months:10:2024");
  });

  it("a document date given as a year alone gives the year of periods written without one", () => {
    const records = extractRecords("Tăng trưởng GRDP sơ bộ quý I giảm 11,38%; quý II giảm 13,01%.", {}, { documentDate: "2023" }).records;
    expect(period(byValue(records, -11.38))).toBe("quarter:1:2023");
    // "sơ bộ" (preliminary) goes with the period, not into the name.
    expect(byValue(records, -11.38).indicator.vi).toBe("Tăng trưởng GRDP");
    expect(period(byValue(records, -13.01))).toBe("quarter:2:2023");
  });
});

describe("a document dated January or February", () => {
  it("speaks of last year's late months when it writes no year", () => {
    const text = "Tháng 12, kim ngạch xuất khẩu ước đạt 700 triệu USD. Tính chung 11 tháng, kim ngạch xuất khẩu đạt 6,2 tỷ USD.";
    const records = extractRecords(text, {}, { documentDate: "2024-01-05" }).records;
    expect(period(byValue(records, 700))).toBe("month:12:2023");
    expect(period(byValue(records, 6.2))).toBe("months:11:2023");
  });

  it("a later document keeps its own year for them", () => {
    const records = extractRecords("Phấn đấu quý IV kim ngạch xuất khẩu đạt 2 tỷ USD.", {}, { documentDate: "2024-06" }).records;
    expect(period(byValue(records, 2))).toBe("quarter:4:2024");
  });
});

describe("'năm qua' (the year just ended)", () => {
  it("is the year before a document of January, the document's year in December", () => {
    const text = "Năm qua, kim ngạch xuất khẩu của tỉnh đạt 6,9 tỷ USD, tăng 10% so với năm 2022.";
    expect(period(extractRecords(text, {}, { documentDate: "2024-01-03" }).records[0]!)).toBe("year::2023");
    expect(period(extractRecords(text, {}, { documentDate: "2023-12" }).records[0]!)).toBe("year::2023");
    // "5 năm qua" is a span of years, not the year just ended.
    const span = extractRecords("Trong 5 năm qua, kim ngạch xuất khẩu đạt 30 tỷ USD.", {}, { documentDate: "2024-01" }).records;
    expect(byValue(span, 30).period.year).not.toBe(2023);
  });
});

describe("a period inside the name of a report or a meeting", () => {
  it("gives way to the period the sentence names for the figure", () => {
    const text =
      "Theo Báo cáo kinh tế - xã hội quý II và 6 tháng đầu năm 2024 vừa được công bố, tháng 6/2024, chỉ số sản xuất công nghiệp tăng 10,9% so với cùng kỳ năm trước.";
    expect(period(extractRecords(text, {}, { documentDate: "2024-06" }).records[0]!)).toBe("month:6:2024");
    const meeting = "Tại buổi họp báo công bố số liệu thống kê quý III và 9 tháng đầu năm diễn ra sáng 29/9, ông A cho biết cán cân thương mại tháng 9 thặng dư 3,5 tỷ USD.";
    expect(period(byValue(extractRecords(meeting, {}, { documentDate: "2020-09" }).records, 3.5))).toBe("month:9:2020");
  });

  it("is still the figure's period when the sentence names no other", () => {
    const text = "Theo báo cáo 6 tháng đầu năm 2024 của Cục Thống kê, GRDP tăng 5,2% so với cùng kỳ.";
    expect(extractRecords(text, {}, { documentDate: "2024-07" }).records[0]!.period).toMatchObject({ type: "months", months: 6, year: 2024 });
  });
});

describe("other spellings of periods", () => {
  it("'năm nay' is the document's year, alone or after a month, months or quarter", () => {
    const records = extractRecords(
      "Về sử dụng GDP quý III năm nay, tiêu dùng cuối cùng tăng 1,19% so với cùng kỳ năm trước. Tính chung 9 tháng năm nay, xuất khẩu tăng 4,2%. Tăng trưởng năm nay đạt 7,1%.",
      {},
      { documentDate: "2020-09" },
    ).records;
    expect(period(byValue(records, 1.19))).toBe("quarter:3:2020");
    expect(byValue(records, 1.19).indicator.vi).not.toMatch(/năm nay/u);
    expect(period(byValue(records, 4.2))).toBe("months:9:2020");
    expect(period(byValue(records, 7.1))).toBe("year::2020");
  });

  it("'quí I' (older spelling), 'tháng Giêng', 'nửa đầu năm'", () => {
    const at = (text: string): string => period(extractRecords(text, {}, { documentDate: "2024-06" }).records[0]!);
    expect(at("Chỉ số sản xuất công nghiệp quí I/2024 tăng 6,18% so với cùng kỳ.")).toBe("quarter:1:2024");
    expect(at("Kim ngạch xuất khẩu tháng Giêng năm 2024 đạt 1,2 tỷ USD.")).toBe("month:1:2024");
    expect(at("Nửa đầu năm 2024, kim ngạch xuất khẩu đạt 6,5 tỷ USD.")).toBe("months:6:2024");
    // The first 6 months have the one key the curated datasets and a form's "6 tháng năm 2024" column use: a dataset
    // imported from a report fills that column.
    expect(periodKey(extractRecords("Kim ngạch xuất khẩu 6 tháng đầu năm 2024 đạt 6,5 tỷ USD.").records[0]!.period)).toBe("months6-2024");
    // "Năm" (five) before "tháng đầu năm"; "năm tháng" alone is time passing, not a period.
    expect(at("Năm tháng đầu năm 2024, sản lượng điện đạt 62,178 tỷ kWh.")).toBe("months:5:2024");
    expect(at("Qua nhiều năm tháng, doanh nghiệp đạt 500 tỷ đồng.")).toBe("year::2024");
  });
});

describe("dates are never values", () => {
  it("a day and month after a word of time is a date, whatever word follows it", () => {
    const records = extractRecords("Trong ngày 29/9 hộ kinh doanh bán được 5 tấn hàng. Sáng 15-10 doanh nghiệp A nhận 200 tấn gạo.", {}, { documentDate: "2024-10" }).records;
    expect(records.map((r) => r.value).sort((a, b) => a - b)).toEqual([5, 200]);
  });

  it("a count of a whole stays a figure ('đạt 5/6 xã')", () => {
    const records = extractRecords("Huyện A có 5/6 xã đạt chuẩn nông thôn mới.", {}, { documentDate: "2024-10" }).records;
    expect(byValue(records, 5).indicator.unit).toBe("xa");
  });

  it("a whole counted within ('Trong 30 sản phẩm ...') is a reference total; the part before 'trong' takes its unit", () => {
    const records = extractRecords("Trong 30 sản phẩm công nghiệp chủ yếu của tỉnh, có 21 sản phẩm tăng so với cùng kỳ. Có 09 trong 12 sản phẩm đạt kế hoạch.", {}, { documentDate: "2012" }).records;
    expect(records.some((r) => r.value === 30 || r.value === 12)).toBe(false);
    expect(byValue(records, 9).indicator.unit).toBe("san-pham");
  });

  it("'từ 01/01/2024 đến 30/6/2024' is the first six months", () => {
    const r = extractRecords("Từ 01/01/2024 đến 30/6/2024, toàn tỉnh có 350 doanh nghiệp thành lập mới.", {}, { documentDate: "2024-10" }).records[0]!;
    expect(r.value).toBe(350);
    expect(r.period).toMatchObject({ type: "months", months: 6, year: 2024 });
  });
});

describe("rates written without their '%'", () => {
  it("'tăng 6,71 so với cùng kỳ' is a growth like 'bằng 70,6 cùng kỳ' is an index; a whole number is not read so", () => {
    const text = "Giá trị sản xuất công nghiệp ước đạt 43,2 ngàn tỷ đồng, tăng 6,73% so với tháng trước và tăng 6,71 so với cùng kỳ.";
    expect(byValue(extractRecords(text, {}, { documentDate: "2023-01" }).records, 43.2).reported).toEqual({ growthVsPrevPeriod: 6.73, growthVsPrior: 6.71 });
    const count = extractRecords("Số doanh nghiệp tăng 12 so với cùng kỳ.", {}, { documentDate: "2023-01" }).records;
    expect(count.some((r) => r.indicator.unit === "percent")).toBe(false);
  });
});

describe("units outside the registry", () => {
  it("are kept as written on the record, with no registry id, and flagged", () => {
    const records = extractRecords("Sản lượng thuốc lá tháng 11 năm 2015 đạt 497,4 triệu bao, tăng 9,7% so với cùng kỳ.").records;
    const r = byValue(records, 497.4);
    expect(r.indicator).toMatchObject({ unit: "triệu bao", unitText: "triệu bao" });
    expect(r.uncertain).toContain("unit-unknown");
  });

  it("a magnitude alone before a verb is the unit as written; 'lượt khách quốc tế' counts 'lượt' of 'khách quốc tế'", () => {
    const records = extractRecords(
      "Tổng doanh thu ước đạt 1.496 tỷ đạt 87,38% kế hoạch. Toàn tỉnh đón 8,5 triệu lượt, trong đó có 290 ngàn lượt khách quốc tế, tăng 13,5% so với cùng kỳ. Thanh Hóa đón 6,8 triệu lượt khách, đạt 68,2% kế hoạch năm.",
      {},
      { documentDate: "2017-09" },
    ).records;
    expect(byValue(records, 1496)).toMatchObject({ indicator: { unit: "tỷ", unitText: "tỷ" }, reported: { pctOfPlan: 87.38 } });
    expect(byValue(records, 290).indicator.unitText).toBe("ngàn lượt");
    expect(byValue(records, 6.8).indicator.unitText).toBe("triệu lượt khách");
  });

  it("a herd counted in 'con' is a statement even uncompared; other things counted in 'con' are not", () => {
    const records = extractRecords(
      "Đến cuối tháng 6, đàn heo của huyện có 38.420 con; đàn gà đạt 512.300 con. Xã đã làm mới 7 con đường liên thôn.",
      {},
      { documentDate: "2024-06" },
    ).records;
    expect(records.map((r) => r.value)).toEqual([38420, 512300]);
    expect(records.every((r) => r.indicator.unitText === "con")).toBe(true);
  });

  it("a registry spelling with a slash ('cơ sở/doanh nghiệp') is that unit, not a unit per something", () => {
    const r = byValue(extractRecords("Đến nay toàn tỉnh có 10.700 cơ sở/doanh nghiệp công nghiệp.").records, 10700);
    expect(r.indicator).toMatchObject({ unit: "co-so", unitText: "cơ sở/doanh nghiệp" });
    expect(byValue(extractRecords("GRDP bình quân ước đạt 51 triệu đồng/người.").records, 51).indicator.unitText).toBe("triệu đồng/người");
  });

  it("convert only to themselves (a plan and its actual in the same unknown unit compare)", () => {
    expect(convert(4769.6, "triệu bao", "triệu bao")).toBe(4769.6);
    expect(() => convert(1, "triệu bao", "tan")).toThrow();
  });
});

describe("the month a report is on, written without its number", () => {
  const text =
    "Trong tháng, kim ngạch xuất khẩu ước đạt 150 triệu USD, tăng 5% so với cùng kỳ năm trước. Tính chung 9 tháng năm 2023, kim ngạch xuất khẩu ước đạt 1.200 triệu USD, tăng 8% so với cùng kỳ.";
  it("'trong tháng' is the document's month, not the months from January a later sentence names", () => {
    const records = extractRecords(text, {}, { documentDate: "2023-09" }).records;
    expect(records.map((r) => [r.value, r.period.type, r.period.part ?? r.period.months, r.period.year])).toEqual([
      [150, "month", 9, 2023],
      [1200, "months", 9, 2023],
    ]);
  });
  it("so the month's figure is never held against the nine months' as two values of one figure", () => {
    expect(checkText(text, {}, { documentDate: "2023-09" }).findings).toEqual([]);
  });
});

describe("period words written around a rate (round 2)", () => {
  it("a rate against the previous month under a span of months is the span's last month", () => {
    const text = "Sản xuất công nghiệp 11 tháng năm 2023: ước tính chỉ số sản xuất công nghiệp tăng 2,5% so với tháng trước và tăng 4,9% so với cùng kỳ năm trước.";
    const r = byValue(extractRecords(text, {}, { documentDate: "2023-11" }).records, 4.9);
    expect(period(r)).toBe("month:11:2023");
  });

  it("a rate quoted for another period after the figure carries that period, and the text does not go on in it", () => {
    const text =
      "Tính chung 8 tháng của năm nay, chỉ số sản xuất công nghiệp tăng 5,5% so với cùng kỳ năm trước, thấp hơn mức tăng 6,8% của cùng kỳ năm 2022 nhưng cao hơn mức tăng 4,2% của 7 tháng đầu năm nay. Ngành khai khoáng giảm 3,3%.";
    const records = extractRecords(text, {}, { documentDate: "2023-08" }).records;
    expect(period(byValue(records, 5.5))).toBe("months:8:2023");
    expect(period(byValue(records, 6.8))).toBe("months:8:2022");
    expect(period(byValue(records, 4.2))).toBe("months:7:2023");
    expect(period(byValue(records, -3.3))).toBe("months:8:2023");
  });

  it("a period quoted for a figure does not open the clause after it (sentences glued without a space)", () => {
    const text = "Tính chung 8 tháng, chỉ số sản xuất công nghiệp tăng 5,5%, cao hơn mức tăng 4,2% của 7 tháng đầu năm nay.Trong các ngành, ngành khai khoáng giảm 3,3%.";
    expect(period(byValue(extractRecords(text, {}, { documentDate: "2023-08" }).records, -3.3))).toBe("months:8:2023");
  });

  it("'năm nay' is the document's year, never the year written next", () => {
    const text = "Quý I năm nay, doanh thu bán lẻ hàng hóa ước đạt 9.500 tỷ đồng, tăng 8% so với quý I năm 2024 và cao hơn năm 2023.";
    expect(period(byValue(extractRecords(text, {}, { documentDate: "2025-03" }).records, 9500))).toBe("quarter:1:2025");
  });

  it("a month written in words, a span after 'trong', the months to a date from the start of the year", () => {
    const a = extractRecords("Chỉ số sản xuất công nghiệp tháng Tám ước tính tăng 7,2% so với cùng kỳ năm trước.", {}, { documentDate: "2023-09" }).records;
    expect(period(byValue(a, 7.2))).toBe("month:8:2023");
    const b = extractRecords("Chỉ số sản xuất công nghiệp tăng bình quân 6,1% trong giai đoạn 2016 – 2020.", {}, { documentDate: "2021-01" }).records;
    expect(period(byValue(b, 6.1))).toBe("range::2020");
    expect(byValue(b, 6.1).period.fromYear).toBe(2016);
    const c = extractRecords("Tổng thu ngân sách từ đầu năm tính đến ngày 20/4/2023 đạt 3.200 tỷ đồng, bằng 25% dự toán.", {}, { documentDate: "2023-04" }).records;
    expect(period(byValue(c, 3200))).toBe("months:4:2023");
  });
});

describe("counts of goods and places, a plan after a slash (round 2)", () => {
  it("a count of goods groups is a statement in its own words and takes no rate of the sentence after it", () => {
    const text = "Tính chung 9 tháng năm 2023, doanh thu bán lẻ của 08 nhóm hàng ghi nhận mức tăng khá, đặc biệt doanh thu nhóm hàng lương thực, thực phẩm tăng 9,4%.";
    const records = extractRecords(text, {}, { documentDate: "2023-09" }).records;
    const count = byValue(records, 8);
    expect(count.indicator.unitText).toBe("nhóm hàng");
    expect(count.reported.growthVsPrior).toBeUndefined();
    expect(byValue(records, 9.4).indicator.unitText).toBe("%");
  });

  it("'tỷ đồng/KH' is the unit 'tỷ đồng' with a plan after the slash, not a unit per plan", () => {
    const text = "Giá trị sản xuất công nghiệp năm 2022 ước đạt 65.000 tỷ đồng/KH 70.000 tỷ đồng.";
    const r = byValue(extractRecords(text, {}, { documentDate: "2022-12" }).records, 65000);
    expect(r.indicator.unitText).toBe("tỷ đồng");
    expect(r.uncertain ?? []).not.toContain("unit-unknown");
  });
});

describe("values and units a reader completes (round 2)", () => {
  it("a year-shaped amount with a money unit is a value; a year before a unit after a word of time is not", () => {
    const records = extractRecords("Khu vực kinh tế cá thể đạt 2015 tỷ đồng, tăng 12,5% so với cùng kỳ.", {}, { documentDate: "2019-07" }).records;
    expect(byValue(records, 2015).indicator.unitText).toBe("tỷ đồng");
    const plan = extractRecords("Kế hoạch năm 2020 tỷ lệ hộ dùng điện đạt 99,5%.", {}, { documentDate: "2020-06" }).records;
    expect(plan.some((r) => r.value === 2020)).toBe(false);
  });

  it("a magnitude alone takes the unit of the figure before it written with that magnitude", () => {
    const text = "Kim ngạch xuất khẩu ước đạt 820 triệu USD, tăng 5% so cùng kỳ; kim ngạch nhập khẩu ước đạt 140 triệu, tăng 3,5% so cùng kỳ.";
    const r = byValue(extractRecords(text, {}, { documentDate: "2019-12" }).records, 140);
    expect(r.indicator.unitText).toBe("triệu USD");
    expect(r.indicator.unit).toBe(byValue(extractRecords(text, {}, { documentDate: "2019-12" }).records, 820).indicator.unit);
  });
});

describe("periods and units of the third round", () => {
  it("a figure of an earlier year in brackets dates itself only: the list after it stays in the text's period", () => {
    const text =
      "Tổng sản phẩm trên địa bàn tỉnh (GRDP) quý I/2016 ước tăng 8,01% so với cùng kỳ (sơ bộ quý I/2015 tăng 7,90% so với cùng kỳ); trong đó ngành nông, lâm nghiệp và thuỷ sản tăng 2,01%; ngành công nghiệp, xây dựng tăng 11,51%.";
    const records = extractRecords(text, {}, { documentDate: "2016-03" }).records;
    expect(period(byValue(records, 8.01))).toBe("quarter:1:2016");
    expect(period(byValue(records, 7.9))).toBe("quarter:1:2015");
    expect(period(byValue(records, 2.01))).toBe("quarter:1:2016");
    expect(period(byValue(records, 11.51))).toBe("quarter:1:2016");
  });

  it("a stock word in a clause that writes a period does not date the figures after it as of the document's month", () => {
    const text =
      "Tình hình sản xuất công nghiệp Quý I trên địa bàn tỉnh có nhiều chuyển biến tích cực, các sản phẩm có mức tăng cao như: xi măng tăng 14,1%; xe máy tăng 11,5%.";
    const records = extractRecords(text, {}, { documentDate: "2022-03" }).records;
    expect(period(byValue(records, 14.1))).toBe("quarter:1:2022");
    expect(period(byValue(records, 11.5))).toBe("quarter:1:2022");
    // A clause of its own that opens with the stock word still gives a stock as of the document's date.
    const stock = extractRecords("Xây dựng phương án phát triển cụm công nghiệp giai đoạn 2021 - 2030; Đến nay, tỉnh đã thành lập 04 CCN, với tổng diện tích 93,18 ha.", {}, { documentDate: "2021-12" }).records;
    expect(period(byValue(stock, 93.18))).toBe("month:12:2021");
  });

  it("'điểm phần trăm' is a unit of its own, never a percentage", () => {
    const records = extractRecords("Trong mức tăng chung quý I/2016, ngành công nghiệp, xây dựng đóng góp 5,43 điểm phần trăm.", {}, { documentDate: "2016-03" }).records;
    const r = byValue(records, 5.43);
    expect(r.indicator.unit).toBe("diem-phan-tram");
    expect(r.indicator.unitText).toBe("điểm phần trăm");
    expect(() => convert(5.43, "diem-phan-tram", "percent")).toThrow();
  });

  it("'tính đến hết tháng N' is the months from January for a flow, the month's end for a count of things", () => {
    const text = "Tính đến hết tháng 10-2019, giá trị sản xuất công nghiệp ước đạt 604 nghìn tỷ đồng, tăng 10,3% so với cùng kỳ. Tính đến hết tháng 9/2019, toàn tỉnh có 1.200 doanh nghiệp đang hoạt động.";
    const records = extractRecords(text, {}, { documentDate: "2019-11" }).records;
    expect(period(byValue(records, 604))).toBe("months:10:2019");
    expect(period(byValue(records, 1200))).toBe("month:9:2019");
  });

  it("a value per month keeps its '/tháng' (an average, not the period's total); a month written after the slash is a date", () => {
    const records = extractRecords("Trong 2 tháng cuối năm, giá trị sản xuất công nghiệp cần phải đạt hơn 70 nghìn tỷ đồng/tháng.", {}, { documentDate: "2019-10" }).records;
    expect(byValue(records, 70).indicator.unitText).toBe("nghìn tỷ đồng/tháng");
    expect(byValue(records, 70).kind).toBe("remaining");
  });
});

describe("what a figure is: estimate, target, remainder or done (round 3)", () => {
  it("an estimate word holds for the whole sentence and for the figures that go on in its period", () => {
    const text =
      "Tổng sản phẩm trên địa bàn tỉnh quý I/2016 ước tăng 8,01% so với cùng kỳ (sơ bộ quý I/2015 tăng 7,90%); trong đó ngành dịch vụ tăng 6,32%.Ngành xây dựng tăng 11,51%.";
    const records = extractRecords(text, {}, { documentDate: "2016-03" }).records;
    expect(byValue(records, 8.01).kind).toBe("estimate");
    expect(byValue(records, 6.32).kind).toBe("estimate");
    // A quoted figure of the year before is done.
    expect(byValue(records, 7.9).kind).toBe("actual");
  });

  it("a sentence that aims at a figure gives a target, one that says what was reached does not", () => {
    const aim = extractRecords("Năm 2023, Sở đặt mục tiêu phấn đấu giá trị sản xuất công nghiệp đạt 39.600 tỷ đồng, tăng 8,49% so với ước thực hiện năm 2022.", {}, { documentDate: "2023-01" }).records;
    expect(byValue(aim, 39600).kind).toBe("target");
    const reached = extractRecords("Các chỉ tiêu năm 2019 đạt và vượt kế hoạch đề ra, như: tổng mức bán lẻ hàng hóa ước đạt 123.363 tỷ đồng, tăng 25,6% so cùng kỳ.", {}, { documentDate: "2019-12" }).records;
    expect(byValue(reached, 123363).kind).toBe("estimate");
  });
});

describe("the year and the span a sentence leaves (round 3)", () => {
  it("a year written after a figure is that figure's, never the year of a period written before the figure", () => {
    const records = extractRecords("Tính chung 9 tháng đầu năm, GRDP của tỉnh tăng 6,5%, cao hơn mức tăng 5,2% của năm 2022.", {}, { documentDate: "2023-10" }).records;
    expect(period(byValue(records, 6.5))).toBe("months:9:2023");
  });

  it("'trong tháng 3 và trong quí I năm nay' leaves the quarter to the sentences after it, not its last month", () => {
    const text =
      "Theo đánh giá của UBND tỉnh, trong tháng 3 và trong quí I năm nay, tình hình kinh tế – xã hội trên địa bàn tỉnh đạt nhiều kết quả tích cực. Nổi bật là chỉ số sản xuất toàn ngành công nghiệp tăng 15,2%; kim ngạch xuất khẩu tăng gần 17% so với cùng kỳ năm trước.";
    const records = extractRecords(text, {}, { documentDate: "2025-03" }).records;
    expect(period(byValue(records, 15.2))).toBe("quarter:1:2025");
    expect(period(byValue(records, 17))).toBe("quarter:1:2025");
    const year = extractRecords("Trong quý IV và cả năm 2023, tình hình sản xuất công nghiệp ổn định. Chỉ số sản xuất công nghiệp tăng 5,2% so với cùng kỳ.", {}, { documentDate: "2023-12" }).records;
    expect(period(byValue(year, 5.2))).toBe("year::2023");
    // A month written alone still goes on.
    const month = extractRecords("Trong tháng 3, tình hình sản xuất ổn định. Chỉ số sản xuất công nghiệp tăng 5,2% so với cùng kỳ.", {}, { documentDate: "2025-03" }).records;
    expect(period(byValue(month, 5.2))).toBe("month:3:2025");
  });

  it("how the press writes spans: 'từ tháng 1 đến tháng 9/2023', 'Hết tháng 9', 'tháng 1.2023', 'năm ngoái'", () => {
    const text =
      "Tính chung từ tháng 1 đến tháng 9/2023, thành phố đạt 31,1 tỷ USD kim ngạch xuất khẩu. Hết tháng 9, kim ngạch xuất khẩu rau quả đạt 4,2 tỉ USD, tăng 72,5% so với cùng kỳ năm trước. Từ tháng 1.2023, xuất khẩu nông sản sang Trung Quốc đạt 2,7 tỉ USD (năm ngoái đạt 1,52 tỉ USD).";
    const records = extractRecords(text, {}, { documentDate: "2023-10" }).records;
    expect(period(byValue(records, 31.1))).toBe("months:9:2023");
    expect(period(byValue(records, 4.2))).toBe("months:9:2023");
    expect(period(byValue(records, 1.52))).toBe("year::2022");
    // "so với năm ngoái", "bằng 105% năm ngoái": the base of a comparison, never the figure's year.
    const compared = extractRecords("Tháng 9/2023, kim ngạch xuất khẩu tăng 5% so với năm ngoái.", {}, { documentDate: "2023-10" }).records;
    expect(period(byValue(compared, 5))).toBe("month:9:2023");
  });
});

describe("a review printed in January (round 3)", () => {
  it("'cả năm' with no year is the year just ended; 'năm nay' the year it is printed in", () => {
    const records = extractRecords("Tính chung cả năm, kim ngạch xuất khẩu đạt 355 tỷ USD, tăng 5% so với năm trước. Kế hoạch năm nay tăng 6%.", {}, { documentDate: "2024-01-05" }).records;
    expect(period(byValue(records, 355))).toBe("year::2023");
    expect(period(byValue(records, 6))).toBe("year::2024");
    // Printed in December, "cả năm" is that year.
    const december = extractRecords("Tính chung cả năm, kim ngạch xuất khẩu ước đạt 355 tỷ USD, tăng 5% so với năm trước.", {}, { documentDate: "2023-12-29" }).records;
    expect(period(byValue(december, 355))).toBe("year::2023");
  });
});

describe("digit grouping decided from the text itself (round 3)", () => {
  it("a text that groups with commas elsewhere reads '126,484 tỷ đồng' as 126 484; alone it is 126,484 and marked unsure", () => {
    const english = extractRecords("Năm 2023, GRDP ước đạt 126,484 tỷ đồng; tổng vốn đầu tư đạt 1,234,567 triệu đồng, tăng 5,2%.", {}, { documentDate: "2023" }).records;
    expect(byValue(english, 126484).uncertain ?? []).not.toContain("number-grouping");
    const alone = extractRecords("Năm 2023, GRDP ước đạt 126,484 tỷ đồng, giảm 9,28% so với năm 2022.", {}, { documentDate: "2023" }).records;
    expect(byValue(alone, 126.484).uncertain).toContain("number-grouping");
  });
});

describe("reported percentages on their own field (round 3)", () => {
  it("'tương đương 107,8 % kế hoạch' and 'đạt 93,33%/KH' are shares of the plan", () => {
    const records = extractRecords(
      "Năm 2021, giá trị sản xuất công nghiệp đạt 13.956 tỷ đồng, tương đương 107,8 % kế hoạch năm 2021, tăng 14,8% so với năm 2020. Tổng kim ngạch xuất khẩu ước đạt 1.120 triệu USD/KH giao 1.200 triệu USD, đạt 93,33%/KH.",
      {},
      { documentDate: "2021-12" },
    ).records;
    expect(byValue(records, 13956).reported).toEqual({ pctOfPlan: 107.8, growthVsPrior: 14.8 });
    expect(byValue(records, 1120).reported.pctOfPlan).toBe(93.33);
  });

  it("a growth rate said with 'đạt' against the same period is a growth, not an index", () => {
    const records = extractRecords("Quý I/2025, tăng trưởng kinh tế (GRDP) đạt 8,1% so với cùng kỳ năm trước; chỉ số giá tiêu dùng bằng 103,2% so với cùng kỳ.", {}, { documentDate: "2025-03" }).records;
    expect(byValue(records, 8.1).reported).toEqual({ growthVsPrior: 8.1 });
    expect(byValue(records, 103.2).reported).toEqual({ indexVsPrior: 103.2 });
  });
});

describe("text whose inline tags were stripped with their spaces (round 3)", () => {
  it("a verb of change glued to the word before it and to its number is read, the quote kept verbatim", () => {
    const text = "Dự ước chỉ số sản xuất công nghiệp tháng 10/2022 tăng 1,34% so với tháng trước, trong đó ngành khai khoáng tăng 1,75%;Công nghiệp chế biến, chế tạotăng1,36%.";
    const records = extractRecords(text, {}, { documentDate: "2022-10" }).records;
    const r = byValue(records, 1.36);
    expect(r.indicator.vi).toBe("Công nghiệp chế biến, chế tạo");
    expect(r.reported).toEqual({ growthVsPrevPeriod: 1.36 });
    expect(text.slice(r.quoteOffset.start, r.quoteOffset.end)).toBe(r.quote);
    expect(r.quote).toBe("Công nghiệp chế biến, chế tạotăng1,36%");
  });
});

describe("statistics office phrasing (round 3)", () => {
  it("a count taken 'tại thời điểm 1-5-2022' is May's; its rates against the same day a month and a year before land apart", () => {
    const text =
      "Số lao động đang làm việc trong các doanh nghiệp công nghiệp tại thời điểm 1-5-2022 tăng 1,4% so với cùng thời điểm tháng trước và tăng 4,4% so với cùng thời điểm năm trước.";
    const r = byValue(extractRecords(text, {}, { documentDate: "2022-05" }).records, 4.4);
    expect(period(r)).toBe("month:5:2022");
    expect(r.reported).toEqual({ growthVsPrevPeriod: 1.4, growthVsPrior: 4.4 });
  });

  it("'X tăng a%, đóng góp b điểm phần trăm' names the contribution after X", () => {
    const text = "Tính chung 5 tháng năm 2022, ngành khai khoáng tăng 4,1%, đóng góp 0,6 điểm phần trăm vào mức tăng chung.";
    const r = byValue(extractRecords(text, {}, { documentDate: "2022-05" }).records, 0.6);
    expect(r.indicator.vi).toBe("ngành khai khoáng đóng góp");
    expect(r.indicator.unitText).toBe("điểm phần trăm");
  });

  it("a subject that reached a share of its plan with no figure of its own is a statement of that share", () => {
    const r = byValue(extractRecords("Thu ngân sách nhà nước trong 3 tháng đầu năm đạt 36,6% dự toán năm.", {}, { documentDate: "2025-03" }).records, 36.6);
    expect(r.reported).toEqual({ pctOfPlan: 36.6 });
    expect(period(r)).toBe("months:3:2025");
  });
});

describe("a subheading that states a figure (round 3)", () => {
  it("is a statement of its own beside the paragraph that details it, not a twin merged into it", () => {
    const text = [
      "Bán lẻ hàng hóa quý I/2024",
      "Doanh thu bán lẻ hàng hóa quý I/2024 ước đạt 1.190,3 nghìn tỷ đồng |",
      "Doanh thu bán lẻ hàng hóa quý I/2024 ước đạt 1.190,3 nghìn tỷ đồng, chiếm 77,4% tổng mức và tăng 7% so với cùng kỳ năm trước.",
    ].join("\n\n");
    const records = extractRecords(text, {}, { documentDate: "2024-03" }).records.filter((r) => r.value === 1190.3);
    expect(records.map((r) => r.reported)).toEqual([{}, { share: 77.4, growthVsPrior: 7 }]);
  });
});

describe("rates beside shares and approximate words (round 3)", () => {
  it("a rise or fall right after a share is the share's change, not a statement; 'tăng xấp xỉ 20%' is a growth", () => {
    const shares = extractRecords("Quý I/2016, ngành nông, lâm nghiệp và thuỷ sản chiếm 17,36%, giảm 1,19%; ngành dịch vụ chiếm 32,21%, tăng 0,01%.", {}, { documentDate: "2016-03" }).records;
    expect(shares.map((r) => r.value)).toEqual([17.36, 32.21]);
    const about = extractRecords("9 tháng năm 2017, ngành thương nghiệp bán lẻ thực hiện gần 26.000 tỷ đồng, tăng xấp xỉ 20%.", {}, { documentDate: "2017-09" }).records;
    expect(byValue(about, 26000).reported).toEqual({ growthVsPrior: 20 });
  });

  it("'ít nhất 377MW' is a bound from below and no word of the name", () => {
    const r = byValue(extractRecords("Phấn đấu trong năm 2023 có ít nhất 377MW điện gió đưa vào khai thác thương mại.", {}, { documentDate: "2023-01" }).records, 377);
    expect(r.qualifier).toBe("over");
    expect(r.indicator.vi).toBe("điện gió đưa vào khai thác thương mại");
    expect(r.kind).toBe("target");
  });
});


describe("a month's label: a flow of the month, or a stock at its end", () => {
  it("a monthly flow reads 'tháng 9/2023'; a count at a month's end or a date keeps 'đến tháng'", () => {
    const text = [
      "Trong tháng 9/2023, kim ngạch xuất khẩu hàng hóa đạt 30,6 tỷ USD, tăng 4,5% so với cùng kỳ năm trước.",
      "Cuối tháng 8/2023, toàn tỉnh có 10.903 doanh nghiệp đang hoạt động.",
      "Đến ngày 31/12/2022, toàn tỉnh có 1.250 hợp tác xã.",
      "Tính đến hết tháng 9/2023, toàn tỉnh có 320 dự án đầu tư còn hiệu lực.",
    ].join("\n\n");
    const records = extractRecords(text, {}, { documentDate: "2023-10" }).records;
    expect(byValue(records, 30.6).period).toMatchObject({ type: "month", part: 9, year: 2023, label: "tháng 9/2023" });
    expect(byValue(records, 10903).period).toMatchObject({ type: "month", part: 8, year: 2023, label: "đến tháng 8/2023" });
    expect(byValue(records, 1250).period).toMatchObject({ type: "month", part: 12, year: 2022, label: "đến tháng 12/2022" });
    expect(byValue(records, 320).period).toMatchObject({ type: "month", part: 9, year: 2023, label: "đến tháng 9/2023" });
  });

  it("a rate against the previous month is that month's flow", () => {
    const text = "Tính chung 9 tháng năm 2023, chỉ số sản xuất công nghiệp ước tăng 5,2% so với cùng kỳ; riêng tháng 9 tăng 2,1% so với tháng trước.";
    const records = extractRecords(text, {}, { documentDate: "2023-09" }).records;
    expect(byValue(records, 2.1).period).toMatchObject({ type: "month", part: 9, year: 2023, label: "tháng 9/2023" });
  });
});

describe("average yearly rates and a year narrowed at once (round 4)", () => {
  it("'%/năm' is kept as the unit written, a percentage of a span's average", () => {
    const text = "Tốc độ tăng trưởng bình quân giai đoạn 2016 – 2020 đạt 11,2%/năm; trong đó, xuất khẩu thủy sản tăng bình quân 7,7%/năm.";
    const records = extractRecords(text, {}, { documentDate: "2020-10" }).records;
    for (const value of [11.2, 7.7]) {
      const r = byValue(records, value);
      expect(r.indicator).toMatchObject({ unit: "percent", unitText: "%/năm" });
      expect(r.period).toMatchObject({ type: "range", fromYear: 2016, year: 2020 });
    }
    expect(convert(7.7, "percent", "percent")).toBe(7.7);
  });

  it("'năm nay, ước 8 tháng, ...' is the 8 months of this year, not the year", () => {
    const text = "Năm 2019 kim ngạch xuất khẩu chỉ đạt 560 triệu USD; thì năm nay, ước 8 tháng, tổng kim ngạch xuất khẩu đạt trên 684 triệu USD, tăng 22% so với cùng kỳ.";
    const records = extractRecords(text, {}, { documentDate: "2020-10-12" }).records;
    expect(period(byValue(records, 684))).toBe("months:8:2020");
    expect(byValue(records, 684).kind).toBe("estimate");
    const heading = extractRecords("Năm 2023, 6 tháng đầu năm tổng mức bán lẻ hàng hóa đạt 15.997 tỷ đồng, tăng 8,9% so với cùng kỳ.").records;
    expect(byValue(heading, 15997).period).toMatchObject({ type: "months", months: 6, year: 2023 });
  });
});

describe("a growth against the same period of figures rounded to whole units (round 4)", () => {
  const said = (now: string): string =>
    `Nếu như 8 tháng năm 2019, kim ngạch xuất khẩu gạo chỉ đạt 63 triệu USD; thì năm nay, ước 8 tháng, kim ngạch xuất khẩu gạo đạt ${now} triệu USD, tăng 82% so với cùng kỳ năm 2019.`;
  it("agrees when figures that round to them give the rate (114 ÷ 63 is +81%, 114,4 ÷ 62,8 is +82%)", () => {
    expect(checkText(said("114"), {}, { documentDate: "2020-10" }).findings.filter((f) => f.code === "growth")).toEqual([]);
  });
  it("is still raised when no rounding gives it", () => {
    const growth = checkText(said("104"), {}, { documentDate: "2020-10" }).findings.filter((f) => f.code === "growth");
    expect(growth.map((f) => f.stated)).toEqual([82]);
  });
});

describe("periods other publishers write (round 4)", () => {
  const at = (text: string, date: string): string => period(extractRecords(text, {}, { documentDate: date }).records[0]!);
  it("'quý đầu năm', 'quý cuối năm' are the first and last quarter; 'Tháng đầu năm' January, 'các tháng đầu năm' not", () => {
    expect(at("Trong quý đầu năm 2024, tổng mức bán lẻ hàng hóa đạt 1.200 tỷ đồng, tăng 8% so với cùng kỳ.", "2024-04")).toBe("quarter:1:2024");
    expect(at("Quý cuối năm, tổng mức bán lẻ hàng hóa ước đạt 1.200 tỷ đồng, tăng 8% so với cùng kỳ.", "2023-12")).toBe("quarter:4:2023");
    expect(at("Tháng đầu năm 2024, tổng mức bán lẻ hàng hóa đạt 1.200 tỷ đồng, tăng 8% so với cùng kỳ.", "2024-02")).toBe("month:1:2024");
    expect(at("Những tháng đầu năm 2023, tổng mức bán lẻ hàng hóa đạt 1.200 tỷ đồng, tăng 8% so với cùng kỳ.", "2023-05")).not.toMatch(/^month:1/u);
    expect(at("Tính chung ba quý đầu năm 2023, tổng mức bán lẻ hàng hóa đạt 1.200 tỷ đồng, tăng 8% so với cùng kỳ.", "2023-10")).not.toMatch(/^quarter/u);
  });

  it("'9 tháng/2023', '6T/2024': the year after a slash", () => {
    expect(at("Tổng mức bán lẻ hàng hóa 9 tháng/2023 đạt 1.200 tỷ đồng, tăng 8% so với cùng kỳ.", "2023-10")).toBe("months:9:2023");
    expect(at("Tổng mức bán lẻ hàng hóa 6T/2024 đạt 1.200 tỷ đồng, tăng 8% so với cùng kỳ.", "2024-07")).toBe("months:6:2024");
  });

  it("forms already read stay read: 'Quý I 2024', 'tháng 6 năm 2023', '6 tháng năm 2023', 'Quý 3/2023', 'cùng thời điểm'", () => {
    expect(at("Quý I 2024, tổng mức bán lẻ hàng hóa đạt 1.200 tỷ đồng, tăng 8% so với cùng kỳ.", "2024-04")).toBe("quarter:1:2024");
    expect(at("Tháng 6 năm 2023, tổng mức bán lẻ hàng hóa đạt 1.200 tỷ đồng, tăng 8% so với cùng kỳ.", "2023-07")).toBe("month:6:2023");
    expect(at("6 tháng năm 2023, tổng mức bán lẻ hàng hóa đạt 1.200 tỷ đồng, tăng 8% so với cùng kỳ.", "2023-07")).toBe("months:6:2023");
    expect(at("Tổng mức bán lẻ hàng hóa Quý 3/2023 đạt 1.200 tỷ đồng, tăng 8% so với cùng kỳ.", "2023-10")).toBe("quarter:3:2023");
    expect(at("Lũy kế từ đầu năm, tổng mức bán lẻ hàng hóa đạt 1.200 tỷ đồng, tăng 8% so với cùng kỳ.", "2023-09")).toBe("months:9:2023");
    const labour = extractRecords("Số lao động tại thời điểm 1/9/2023 tăng 1,2% so với cùng thời điểm năm trước.", {}, { documentDate: "2023-09" }).records[0]!;
    expect(labour.period).toMatchObject({ type: "month", part: 9, year: 2023 });
    expect(labour.reported.growthVsPrior).toBe(1.2);
  });
});

describe("units farm, trade and transport reports write (round 4)", () => {
  const unitOf = (text: string, value: number): string => {
    const r = byValue(extractRecords(text, {}, { documentDate: "2023-10" }).records, value);
    return `${r.indicator.unit}|${r.indicator.unitText}`;
  };
  it("kg, tạ and nghìn ha are registry units of mass and area", () => {
    expect(unitOf("Sản lượng thịt hơi xuất chuồng 9 tháng đạt 12,5 nghìn tạ, tăng 8,2% so với cùng kỳ.", 12.5)).toBe("nghin-ta|nghìn tạ");
    expect(unitOf("Diện tích gieo trồng 9 tháng đạt 45,3 nghìn ha, giảm 1,2% so với cùng kỳ.", 45.3)).toBe("nghin-ha|nghìn ha");
    expect(convert(12.5, "nghin-ta", "tan")).toBeCloseTo(1250, 9);
    expect(convert(850, "kg", "tan")).toBeCloseTo(0.85, 9);
  });
  it("things counted outside the registry are kept as written when compared; two-word nouns after a magnitude whole", () => {
    expect(unitOf("Tổng đàn lợn ước đạt 125.000 con, tăng 3,1% so với cùng kỳ.", 125000)).toBe("con|con");
    expect(unitOf("Sản lượng hàng hóa qua cảng đạt 1,2 triệu TEU, tăng 5% so với cùng kỳ.", 1.2)).toBe("triệu TEU|triệu TEU");
    expect(unitOf("Sản xuất 9 tháng đạt 3,4 triệu sản phẩm, tăng 7% so với cùng kỳ.", 3.4)).toBe("triệu sản phẩm|triệu sản phẩm");
    expect(unitOf("Các điểm du lịch đón 820 nghìn lượt người, tăng 12% so với cùng kỳ.", 820)).toBe("nghìn lượt người|nghìn lượt người");
    // Uncompared, a count outside the registry is office activity, not a statement.
    expect(extractRecords("Đoàn kiểm tra 12 xe tải trên tuyến.", {}, { documentDate: "2023-10" }).records).toEqual([]);
  });
});

describe("currency and percent as the press writes them (round 4)", () => {
  const read = (text: string): string => {
    const r = extractRecords(text, {}, { documentDate: "2023-10" }).records[0]!;
    return `${r.value} ${r.indicator.unit}|${r.indicator.unitText} ${JSON.stringify(r.reported)}`;
  };
  it("'tỷ VNĐ', 'tỷ đô la Mỹ', 'triệu đô', 'GWh' are registry units; '10,5 phần trăm' a percentage", () => {
    expect(read("Tổng mức bán lẻ hàng hóa 9 tháng đạt 12.345 tỷ VNĐ, tăng 10,5% so với cùng kỳ.")).toBe('12345 ty-dong|tỷ VNĐ {"growthVsPrior":10.5}');
    expect(read("Kim ngạch xuất khẩu 9 tháng đạt 1,2 tỷ đô la Mỹ, tăng 10,5% so với cùng kỳ.")).toBe('1.2 ty-usd|tỷ đô la Mỹ {"growthVsPrior":10.5}');
    expect(read("Kim ngạch xuất khẩu 9 tháng đạt 850 triệu đô, tăng 10,5% so với cùng kỳ.")).toBe('850 trieu-usd|triệu đô {"growthVsPrior":10.5}');
    expect(read("Sản lượng điện 9 tháng đạt 1.250 GWh, tăng 10,5% so với cùng kỳ.")).toBe('1250 trieu-kwh|GWh {"growthVsPrior":10.5}');
    expect(read("Tổng mức bán lẻ hàng hóa 9 tháng đạt 1,2 nghìn tỷ đồng, tăng 10,5 phần trăm so với cùng kỳ.")).toBe('1.2 nghin-ty-dong|nghìn tỷ đồng {"growthVsPrior":10.5}');
  });
  it("'đô thị' is no dollar", () => {
    const records = extractRecords("Toàn tỉnh có 12 đô thị, tăng 2 đô thị so với năm 2020.", {}, { documentDate: "2023-10" }).records;
    expect(records.some((r) => r.indicator.unit === "usd")).toBe(false);
  });
});

describe("thousands grouped by spaces (round 4)", () => {
  it("'12 345,6 tỷ đồng' is one number; two numbers side by side stay two", () => {
    const records = extractRecords("Tổng mức bán lẻ hàng hóa 9 tháng đạt 12 345,6 tỷ đồng, tăng 10,5% so với cùng kỳ.", {}, { documentDate: "2023-10" }).records;
    expect(byValue(records, 12345.6).indicator.unit).toBe("ty-dong");
    const apart = extractRecords("Năm 2023 toàn tỉnh có 12 cụm công nghiệp, 345 doanh nghiệp.", {}, { documentDate: "2023-10" }).records;
    expect(apart.some((r) => r.value === 12345)).toBe(false);
  });
});

describe("the report's own quarter and a term of office (round 4)", () => {
  const at = (text: string, date: string): string => period(extractRecords(text, {}, { documentDate: date }).records[0]!);
  it("'trong quý' with no quarter written is the quarter a report on its last month is about", () => {
    expect(at("Trong quý, tổng mức bán lẻ hàng hóa ước đạt 1.200 tỷ đồng, tăng 8% so với cùng kỳ.", "2023-09")).toBe("quarter:3:2023");
    expect(at("Trong quý, tổng mức bán lẻ hàng hóa ước đạt 1.200 tỷ đồng, tăng 8% so với cùng kỳ.", "2023-08")).not.toMatch(/^quarter/u);
    expect(at("Trong quý I, tổng mức bán lẻ hàng hóa ước đạt 1.200 tỷ đồng, tăng 8% so với cùng kỳ.", "2023-09")).toBe("quarter:1:2023");
  });
  it("'nhiệm kỳ 2020 - 2025' is a span of years", () => {
    const r = extractRecords("Tốc độ tăng trưởng kinh tế bình quân nhiệm kỳ 2020 - 2025 đạt 7,2%/năm.", {}, { documentDate: "2025-10" }).records[0]!;
    expect(r.period).toMatchObject({ type: "range", fromYear: 2020, year: 2025 });
  });
});
