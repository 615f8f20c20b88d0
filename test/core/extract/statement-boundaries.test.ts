/**
 * Where statements and their names start and end (issue 11, third day): paragraphs, footnote marks, brackets that
 * speak of another period, lead-ins before a name. Sentences written for the test in the phrasing of provincial and
 * national releases; every expected value is read off the sentence by hand.
 */
import { readStatements } from "../../support/read-statements";

const read = (text: string, documentDate = "2016-03") => readStatements(text, documentDate);

describe("paragraphs, footnote marks and asides", () => {
  it("ends a heading without a full stop at the blank line after it", () => {
    const text =
      "Tình hình kinh tế - xã hội quý I năm 2016\n\n1. Tăng trưởng kinh tế\n\nTổng sản phẩm trên địa bàn tỉnh quý I/2016 theo giá so sánh ước tăng 8,01% so với cùng kỳ; trong đó ngành nông, lâm nghiệp và thuỷ sản tăng 2,01%; ngành công nghiệp, xây dựng tăng 11,51%, là mức tăng cao nhất của các quý I trong nhiều năm gần đây, đóng góp chủ yếu vào tăng trưởng chung.";
    const rows = read(text);
    expect(rows[0]).toEqual(expect.objectContaining({ name: "name:Tổng sản phẩm", value: 8.01 }));
  });

  it("reads '(1)' after a figure as a footnote mark, not a list item whose head period would carry on", () => {
    // (Under a heading: in running prose without one, the bracket's own period is kept to its figure by periods.ts.)
    const text =
      "1. Tăng trưởng kinh tế\n\nTổng sản phẩm trên địa bàn tỉnh quý I/2016 ước tăng 8,01% (1) so với cùng kỳ (sơ bộ quý I/2015 tăng 7,90% (2) so với cùng kỳ); trong đó ngành nông, lâm nghiệp và thuỷ sản tăng 2,01%; ngành công nghiệp, xây dựng tăng 11,51%.";
    expect(read(text)).toEqual([
      expect.objectContaining({ name: "name:Tổng sản phẩm", value: 8.01, period: "quý 1 năm 2016" }),
      // The aside names nothing of its own: the same indicator, in its own quarter.
      expect.objectContaining({ name: "name:Tổng sản phẩm", value: 7.9, period: "quý 1 năm 2015" }),
      // After the bracket the text goes on in the first quarter of 2016, not in the bracket's.
      expect.objectContaining({ name: "name:ngành nông, lâm nghiệp và thuỷ sản", value: 2.01, period: "quý 1 năm 2016" }),
      expect.objectContaining({ name: "name:ngành công nghiệp, xây dựng", value: 11.51, period: "quý 1 năm 2016" }),
    ]);
  });
  it("goes on with a sentence a page's footnote broke, even after a capital, and not with one that ended", () => {
    // (A text of one paragraph a line, as converters print the page's footnotes between its lines.)
    const broken =
      "- Về nguồn điện: đến nay trên địa bàn tỉnh đã có nhiều công trình nguồn điện được đầu tư và đưa vào vận hành, trong đó có Trung tâm Điện lực Sông Hậu với 2 nhà máy⁽²⁾, tổng công suất 3.200 MW và 01 nhà máy điện mặt trời\n\n² Nhà máy nhiệt điện Sông Hậu 1: 1.200 MW, Sông Hậu 2: 2.000 MW.\n\nTrung Nam Trà Vinh, công suất 165 MW, hòa vào lưới điện quốc gia từ năm 2020. Toàn tỉnh có 1.520 km đường dây trung thế và 2.930 km đường dây hạ thế.";
    expect(read(broken, "2021-09").find((r) => r.value === 165)?.name).toBe("other.power.solar-trung-nam.capacity");
    // Ended with a full stop before the footnote, the paragraph does not go on.
    const ended = broken.replace("01 nhà máy điện mặt trời\n", "01 nhà máy điện mặt trời.\n");
    expect(read(ended, "2021-09").find((r) => r.value === 165)?.name).toBe("name:Trung Nam Trà Vinh, công suất");
  });
});

describe("names cut to the indicator", () => {
  it("drops lead-ins ('Nổi bật là', 'kế tiếp là') and predicates ('dẫn đầu khi') around a name", () => {
    const rows = read(
      "Trong đó bao gồm nhóm ngành hàng lương thực, thực phẩm dẫn đầu khi tăng 10,5% và kế tiếp là hàng may mặc tăng 8,6%. Nổi bật là tăng trưởng kinh tế (GRDP) đạt 8,1% so với cùng kỳ năm trước.",
      "2017-04",
    );
    expect(rows.map((r) => [r.name, r.value])).toEqual([
      ["name:nhóm ngành hàng lương thực, thực phẩm", 10.5],
      ["name:hàng may mặc", 8.6],
      ["name:tăng trưởng kinh tế (GRDP)", 8.1],
    ]);
    // A growth that "đạt" a rate against the same period is that growth, not an index.
    expect(rows[2]!.reported).toEqual({ growthVsPrior: 8.1 });
  });

  it("reads a share of the plan with its own subject and no figure before it as a statement", () => {
    const rows = read("Kim ngạch xuất khẩu tăng gần 17% so với cùng kỳ năm trước; thu ngân sách nhà nước trong 3 tháng đầu năm đạt 36,6% dự toán năm.", "2025-03");
    expect(rows[1]).toEqual(expect.objectContaining({ name: "name:thu ngân sách nhà nước", value: 36.6, reported: { pctOfPlan: 36.6 } }));
  });

  it("leaves the place out of a name and names a figure whose subject is only a place by the words after it", () => {
    const rows = read(
      "Tổng doanh thu du lịch của TP. HCM ước đạt 80.833 tỷ đồng, tăng 62,7% so với cùng kỳ năm 2022. Trong 6 tháng đầu năm 2023, tổng khách du lịch đến Hà Nội đạt 12,33 triệu lượt, tăng 42% so với cùng kỳ năm 2022. 5 tháng đầu năm, Quảng Ninh đón khoảng 7,1 triệu lượt khách du lịch, gấp 1,7 lần cùng kỳ năm ngoái.",
      "2023-06",
    );
    expect(rows.map((r) => [r.name, r.value])).toEqual([
      ["name:Tổng doanh thu du lịch", 80833],
      ["name:tổng khách du lịch", 12.33],
      ["name:lượt khách du lịch", 7.1],
    ]);
  });

  it("skips a threshold in what places are counted by ('Nhiều địa phương thu ... trên 10.000 tỷ đồng')", () => {
    expect(read("Nhiều địa phương thu từ khách du lịch trên 10.000 tỷ đồng\n\nTổng thu từ khách du lịch ước đạt 343.100 tỷ đồng.", "2023-06").map((r) => r.value)).toEqual([343100]);
  });
});

describe("counts and comparisons", () => {
  it("names a count of the places where a statistic rose or fell by the statistic", () => {
    const rows = read("IIP 5 tháng đầu năm 2022 so với cùng kỳ năm trước tăng ở 61 địa phương và giảm ở 2 địa phương trên cả nước.", "2022-05");
    expect(rows.map((r) => [r.name, r.value])).toEqual([
      ["name:địa phương có IIP tăng", 61],
      ["name:địa phương có IIP giảm", 2],
    ]);
  });

  it("reads 'tương đương X% kế hoạch' after a value as its share of the plan", () => {
    const rows = read("Năm 2021, giá trị sản xuất công nghiệp đạt 13.956 tỷ đồng, tương đương 107,8 % kế hoạch năm 2021, tăng 14,8% so với cùng kỳ năm 2020.", "2021");
    expect(rows.map((r) => [r.value, r.reported])).toEqual([[13956, { pctOfPlan: 107.8, growthVsPrior: 14.8 }]]);
  });
});

describe("rates that are no statement of their own", () => {
  it("skips the whole given again ('Trong 8,01% tăng trưởng ...') and a share's change after the share", () => {
    const rows = read(
      "Trong 8,01% tăng trưởng của quý I/2016, ngành công nghiệp, xây dựng đóng góp lớn nhất. Ngành nông, lâm nghiệp và thuỷ sản chiếm 17,36%, giảm 1,19%; ngành công nghiệp, xây dựng chiếm 44,93%, tăng 1,29%; các ngành dịch vụ chiếm 32,21%, tăng nhẹ 0,01%.",
    );
    // (A change said with its manner, "tăng nhẹ", is the share's change too.)
    expect(rows.map((r) => [r.value, r.reported])).toEqual([
      [17.36, { share: 17.36 }],
      [44.93, { share: 44.93 }],
      [32.21, { share: 32.21 }],
    ]);
  });

  it("reads 'so với cùng thời điểm tháng trước / năm trước' of a stock as the previous month and the same period", () => {
    const rows = read(
      "Số lao động đang làm việc trong các doanh nghiệp công nghiệp tại thời điểm 1-5-2022 tăng 1,4% so với cùng thời điểm tháng trước và tăng 4,4% so với cùng thời điểm năm trước.",
      "2022-05",
    );
    expect(rows).toEqual([
      expect.objectContaining({ name: "name:Số lao động đang làm việc trong các doanh nghiệp công nghiệp", value: 4.4, reported: { growthVsPrevPeriod: 1.4, growthVsPrior: 4.4 } }),
    ]);
  });
});

describe("more lead-ins, bounds and glued plans", () => {
  it("reads '%/KH' as % of plan, 'xấp xỉ' before a rise, and 'ít nhất' as a bound with the name after the figure", () => {
    const rows = read(
      "Tổng kim ngạch xuất khẩu ước đạt 1.120 triệu USD/KH giao 1.200 triệu USD, đạt 93,33%/KH. Ngành thương nghiệp bán lẻ thực hiện gần 26.000 tỷ đồng, tăng xấp xỉ 20%. Phấn đấu trong năm 2023 có ít nhất 377MW điện gió đưa vào khai thác thương mại.",
      "2020",
    );
    expect(rows.find((r) => r.value === 1120)!.reported).toEqual({ pctOfPlan: 93.33 });
    expect(rows.find((r) => r.value === 26000)!.reported).toEqual({ growthVsPrior: 20 });
    expect(rows.find((r) => r.value === 377)!.name).toBe("name:điện gió đưa vào khai thác thương mại");
  });

  it("takes the name after 'là do' and 'vượt mục tiêu', a growth target written without a verb, and leaves 'cả nước' out", () => {
    const rows = read(
      "Nguyên nhân khiến giá trị sản xuất tăng chậm là do khu vực có vốn đầu tư nước ngoài chỉ đạt 560,8 nghìn tỷ đồng. Từ đó tạo tiền đề để tỉnh thực hiện đạt và vượt mục tiêu tăng trưởng (GRDP) 7,5% trong năm nay. Tháng 10-2007, doanh thu du lịch lữ hành cả nước đạt khoảng 4,2 nghìn tỷ đồng.",
      "2021-06",
    );
    expect(rows.map((r) => r.name)).toEqual(["name:khu vực có vốn đầu tư nước ngoài", "name:tăng trưởng (GRDP)", "name:doanh thu du lịch lữ hành"]);
    expect(rows[1]!.reported).toEqual({ growthVsPrior: 7.5 });
  });

  it("reads a '[1]' note of a web page apart from the text and the comparison before a verb out of the name", () => {
    const text = "So với cùng kỳ năm trước[1], sản xuất công nghiệp tháng 02/2023 tăng 3,6%.\n\nBáo cáo chi tiết xem tại đây\n\n[1] Chỉ số giá bán lẻ tháng 02/2022 so với cùng kỳ năm trước tăng 9,2%.";
    const rows = read(text, "2023-02");
    expect(rows.find((r) => r.value === 9.2)).toEqual(expect.objectContaining({ name: "name:Chỉ số giá bán lẻ", value: 9.2 }));
  });

  it("gives a count after an item the registry cannot count ('2 khu công nghiệp, 83 chợ') its own name", () => {
    const rows = read("Toàn tỉnh có 10 cụm công nghiệp, 2 khu công nghiệp, 83 chợ, 2 trung tâm thương mại.", "2019");
    expect(rows.find((r) => r.value === 83)!.name).not.toMatch(/khu công nghiệp/u);
  });
});

describe("lists of goods and sectors", () => {
  it("names a part counted out of a whole, and what 'có' counts, by the words after the count", () => {
    const rows = read(
      "Tính chung 10 tháng năm 2024, 09 trong 12 nhóm hàng ghi nhận mức tăng trưởng khá. Tuy nhiên, bên cạnh những tín hiệu tích cực, có 03 nhóm hàng sụt giảm doanh thu so với cùng kỳ năm trước.",
      "2024-10",
    );
    expect(rows.map((r) => [r.name, r.value])).toEqual([
      ["name:nhóm hàng ghi nhận mức tăng trưởng khá", 9],
      ["name:nhóm hàng sụt giảm doanh thu", 3],
    ]);
  });

  it("ends a sentence at a full stop glued to the next one and splits two sectors sharing one rate", () => {
    const rows = read(
      "Chỉ số sản xuất toàn ngành công nghiệp tăng 6,5% so với cùng kỳ năm trước.Trong các ngành công nghiệp, ngành chế biến, chế tạo tăng 10,6%. Một số ngành có mức tăng thấp đó là, sản xuất da tăng 6%; sản xuất giày và sản xuất xe có động cơ cùng tăng 6,4%.",
      "2017-07",
    );
    expect(rows.slice(1).map((r) => [r.name, r.value])).toEqual([
      ["name:ngành chế biến, chế tạo", 10.6],
      ["name:sản xuất da", 6],
      ["name:sản xuất giày", 6.4],
      ["name:sản xuất xe có động cơ", 6.4],
    ]);
  });
});

describe("thresholds", () => {
  it("keeps a threshold in the name of the goods counted and gives the count its share", () => {
    const rows = read("Có 30 mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD, chiếm 91,3% tổng kim ngạch xuất khẩu (5 mặt hàng xuất khẩu trên 10 tỷ USD, chiếm 59,8%).", "2020-09");
    expect(rows.map((r) => [r.name, r.value, r.reported])).toEqual([
      ["name:mặt hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD", 30, { share: 91.3 }],
      ["name:mặt hàng xuất khẩu trên 10 tỷ USD", 5, { share: 59.8 }],
    ]);
  });
});

describe("plans and goals in a name", () => {
  it("takes the name after 'đặt mục tiêu phấn đấu thực hiện'", () => {
    const rows = read("Năm 2023, Sở Công Thương đặt mục tiêu phấn đấu thực hiện doanh thu dịch vụ đạt 39.600 tỷ đồng, tăng 8,49% so với năm 2022.", "2023-02");
    expect(rows[0]!.name).toBe("name:doanh thu dịch vụ");
  });

  it("drops 'sẽ phấn đấu đưa', 'cần phải' and the predicate 'đã về đích' from names", () => {
    const rows = read(
      "Trong đó, công nghiệp Trung ương đã về đích sớm trước 2 tháng với 18,8 nghìn tỷ đồng, bằng 104% kế hoạch năm. Trong 2 tháng cuối năm, sản lượng điện cần phải đạt hơn 70 triệu kWh. Theo đó, sẽ phấn đấu đưa doanh thu dịch vụ đạt 729,2 tỷ đồng.",
      "2019-10",
    );
    expect(rows.map((r) => r.name)).toEqual(["name:công nghiệp Trung ương", expect.stringMatching(/^(?:name:sản lượng điện|product\.)/u), "name:doanh thu dịch vụ"]);
  });
});

describe("average growth rates", () => {
  it("reads an average growth rate 'đạt X%/năm' over a span as a growth, without 'giúp tạo' or 'tăng bình quân' in its name", () => {
    const rows = read(
      "Xuất khẩu năm nay sẽ đạt kế hoạch, giúp tạo tốc độ tăng trưởng bình quân giai đoạn 2016 – 2020 đạt 11,2%/năm; trong đó, xuất khẩu thủy sản tăng bình quân 7,7%/năm.",
      "2020-08",
    );
    expect(rows.map((r) => [r.name, r.value, r.reported])).toEqual([
      ["name:tốc độ tăng trưởng bình quân", 11.2, { growthVsPrior: 11.2 }],
      ["name:xuất khẩu thủy sản", 7.7, { growthVsPrior: 7.7 }],
    ]);
  });
});

describe("rates given respectively", () => {
  it("gives rates written 'lần lượt' to the subjects joined before them, in order", () => {
    const rows = read("Riêng doanh thu dịch vụ lưu trú và dịch vụ lữ hành tăng cao, đạt mức tăng lần lượt là 51,6% và 50% so với cùng kỳ năm trước.", "2020-08");
    expect(rows.map((r) => [r.name, r.value])).toEqual([
      ["name:doanh thu dịch vụ lưu trú", 51.6],
      ["name:dịch vụ lữ hành", 50],
    ]);
  });
});

describe("a rise said with its manner", () => {
  it("ends a name at 'tăng mạnh nhất', unless a cue names what follows", () => {
    const rows = read(
      "Giá trị sản xuất CN-TTCN của tỉnh tăng mạnh nhất so những năm qua (tăng trên 23% so năm 2009). Lượng khách du lịch tăng mạnh kéo theo tổng thu từ khách du lịch ước đạt 44.900 tỷ đồng.",
      "2010",
    );
    expect(rows.map((r) => r.name)).toEqual([expect.stringMatching(/^(?:name:Giá trị sản xuất CN-TTCN|growth\.)/u), "name:tổng thu từ khách du lịch"]);
  });
});

describe("a summing-up lead-in", () => {
  it("reads 'kết quả chung', 'nhìn chung' as a lead-in: the figure is the indicator the paragraph speaks of", () => {
    const rows = read(
      "Tháng 10, kim ngạch xuất khẩu hàng hóa của tỉnh đạt 42,5 triệu USD. Như vậy, kết quả chung 10 tháng đầu năm đạt 390,6 triệu USD, tăng 8,6% so với cùng kỳ năm trước. Nhìn chung 10 tháng, số doanh nghiệp xuất khẩu đạt 126 doanh nghiệp.",
      "2019-11",
    );
    // Neither figure is named "chung": the second is the export turnover, the third the enterprises counted.
    expect(rows.map((r) => [r.name, r.value])).toEqual([
      ["main.export-turnover", 42.5],
      ["main.export-turnover", 390.6],
      [expect.stringMatching(/^(?!name:chung)/u), 126],
    ]);
  });
});

describe("ranks and trailing marks", () => {
  it("ends a name at a rank ('xếp thứ hai') and takes no ellipsis for a name", () => {
    const rows = read(
      "Tính chung 9 tháng, nhóm hàng điện thoại và linh kiện dẫn đầu về kim ngạch xuất khẩu với 12,4 tỷ USD; nhóm hàng điện tử, máy tính xếp thứ hai với 8,2 tỷ USD; tỉnh Thái Nguyên với 3,1 tỷ USD…",
      "2023-10",
    );
    expect(rows.map((r) => [r.name, r.value])).toEqual([
      ["name:nhóm hàng điện thoại và linh kiện", 12.4],
      ["name:nhóm hàng điện tử, máy tính", 8.2],
      // (A place alone names where, not what; the words after the figure are only "…", which name nothing.)
      [expect.not.stringContaining("…"), 3.1],
    ]);
  });
});

describe("items listed in a bracket", () => {
  it("names the first item of a bracket opened after the fall it details by the words inside the bracket", () => {
    const rows = read("Tuy nhiên, vẫn còn một số mặt hàng xuất khẩu giảm (gạo giảm 23,6%, cà phê giảm 5,1%, hạt tiêu giảm 12%…) so với cùng kỳ.", "2022-11");
    expect(rows.map((r) => [r.name, r.value])).toEqual([
      ["name:gạo", -23.6],
      ["name:cà phê", -5.1],
      ["name:hạt tiêu", -12],
    ]);
  });
});

describe("an average with no subject", () => {
  it("names 'bình quân (các tháng)' after the indicator named last", () => {
    const rows = read("Chỉ số giá tiêu dùng tháng 9 tăng 0,25% so với tháng trước, tăng 3,1% so với cùng kỳ năm trước; bình quân 9 tháng tăng 2,9%.", "2023-09");
    expect(rows.map((r) => [r.name, r.value])).toEqual([
      ["name:Chỉ số giá tiêu dùng", 3.1],
      ["name:Chỉ số giá tiêu dùng bình quân", 2.9],
    ]);
  });
});

describe("a stock against the start of the year", () => {
  it("leaves 'Đến cuối tháng 10,' out of the name and a rise 'so với đầu năm' out of the growth vs the same period", () => {
    const rows = read("Đến cuối tháng 10, tổng dư nợ cho vay của các tổ chức tín dụng trên địa bàn đạt 152.300 tỷ đồng, tăng 8,5% so với đầu năm.", "2023-10");
    expect(rows).toEqual([expect.objectContaining({ name: "name:tổng dư nợ cho vay của các tổ chức tín dụng", value: 152300, reported: {} })]);
  });
});

describe("who strives is not what is measured", () => {
  it("takes the name after 'phấn đấu' when a subject stands before it", () => {
    const rows = read("Năm 2023, tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt 7,5%; GRDP bình quân đầu người đạt 85 triệu đồng.", "2023-01");
    expect(rows.map((r) => r.name)[0]).toBe("name:tốc độ tăng trưởng GRDP");
  });
});
