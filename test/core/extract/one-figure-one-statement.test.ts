/**
 * Precision (issue 11): a figure the text states once is one statement with all its rates, and numbers that state
 * nothing (thresholds, counts that announce a list) are none. Sentences written for the test in the phrasing of
 * provincial and national releases; every expected value is read off the sentence by hand.
 */
import { readStatements } from "../../support/read-statements";

const read = (text: string, documentDate = "2021-06") => readStatements(text, documentDate);

describe("one statement per figure", () => {
  it("gives the parts listed in a paragraph opening 'Trong đó' their two rates in the order of the paragraph before", () => {
    const text =
      "Tính chung quý II/2021, doanh thu dịch vụ của tỉnh ước đạt 5.240 tỷ đồng, tăng 2,4% so với quý I/2021 và tăng 9,6% so với cùng kỳ năm trước.\n\n" +
      "Trong đó, doanh thu vận tải đạt 1.310 tỷ đồng, tăng 1,2% và tăng 7,5%; doanh thu kho bãi đạt 402 tỷ đồng, giảm 0,8% và tăng 3,1%. Doanh thu lưu trú đạt 640 tỷ đồng, tăng 12% so với cùng kỳ.";
    const rows = read(text);
    expect(rows.map((r) => [r.value, r.reported])).toEqual([
      [5240, { growthVsPrevPeriod: 2.4, growthVsPrior: 9.6 }],
      [1310, { growthVsPrevPeriod: 1.2, growthVsPrior: 7.5 }],
      [402, { growthVsPrevPeriod: -0.8, growthVsPrior: 3.1 }],
      // The sentence after the list is the text's own again.
      [640, { growthVsPrior: 12 }],
    ]);
  });

  it("reads a lone rate in a 'Trong đó' paragraph after a lead with a plan as a growth, not a share of the plan", () => {
    const text =
      "Trong 6 tháng đầu năm 2021, khách du lịch đến tỉnh đạt 312.000 lượt, đạt 48% kế hoạch năm, tăng 6,2% so với cùng kỳ năm 2020.\n\n" +
      "Trong đó, khách quốc tế đạt 21.400 lượt (tăng 3,5%), chủ yếu từ Hàn Quốc. Tỷ lệ lấp đầy phòng đạt 61%.";
    const rows = read(text);
    expect(rows.find((r) => r.value === 21400)!.reported).toEqual({ growthVsPrior: 3.5 });
    expect(rows.find((r) => r.value === 61)!.reported).toEqual({});
  });
});

describe("rates and the figure they belong to", () => {
  it("keeps the rates before 'trong đó' with the whole, the figure after it with its own rates", () => {
    const text =
      "Tính chung 6 tháng đầu năm 2021, doanh thu du lịch lữ hành đạt 1.204 tỷ đồng, giảm 2,1% so với cùng kỳ năm trước. Nếu loại trừ yếu tố giá giảm 4,4%, trong đó quý II ước tính đạt 588 tỷ đồng, giảm 6,2% so với quý trước và giảm 3,9% so với cùng kỳ năm trước.";
    const rows = read(text);
    expect(rows.map((r) => [r.value, r.reported])).toEqual([
      [1204, { growthVsPrior: -2.1 }],
      [-4.4, { growthVsPrior: -4.4 }],
      [588, { growthVsPrevPeriod: -6.2, growthVsPrior: -3.9 }],
    ]);
  });

  it("goes on with the statement before ';' when the clause after it is only a verb and its rate", () => {
    const text = "Chỉ số giá tiêu dùng tháng 5 tăng 0,12% so với tháng trước; tăng 3,04% so với cùng kỳ năm trước.";
    expect(read(text, "2021-05")).toEqual([
      expect.objectContaining({ value: 3.04, reported: { growthVsPrevPeriod: 0.12, growthVsPrior: 3.04 } }),
    ]);
    // A clause that names its own subject is a statement of its own.
    const two = "Chỉ số giá tiêu dùng tháng 5 tăng 0,12% so với tháng trước; chỉ số giá vàng tăng 1,5% so với tháng trước.";
    expect(read(two, "2021-05").map((r) => r.value)).toEqual([0.12, 1.5]);
  });

  it("reads the base written before the verb ('so với tháng trước tăng 1,4%')", () => {
    const text = "Doanh thu bán lẻ hàng hóa tháng 5 ước đạt 2.180 tỷ đồng, so với tháng trước tăng 1,4% và tăng 8,2% so với cùng kỳ năm trước.";
    expect(read(text, "2021-05").map((r) => [r.value, r.reported])).toEqual([[2180, { growthVsPrevPeriod: 1.4, growthVsPrior: 8.2 }]]);
  });

  it("gives rates written 'tương ứng' the bases of the sentence before them, and 'và' the verb of the rate before", () => {
    const text =
      "Chỉ số sản xuất công nghiệp tháng 5 ước tăng 3,1% so với tháng trước và tăng 7,4% so với cùng kỳ năm trước. Trong đó, ngành khai khoáng giảm 1,2% so với tháng trước và tăng 0,8% so với cùng kỳ; ngành sản xuất và phân phối điện tương ứng tăng 4,5% và 10,3%.";
    const rows = read(text, "2021-05");
    expect(rows.map((r) => [r.name, r.value, r.reported])).toEqual([
      ["growth.iip", 7.4, { growthVsPrevPeriod: 3.1, growthVsPrior: 7.4 }],
      ["name:ngành khai khoáng", 0.8, { growthVsPrevPeriod: -1.2, growthVsPrior: 0.8 }],
      ["name:ngành sản xuất và phân phối điện", 10.3, { growthVsPrevPeriod: 4.5, growthVsPrior: 10.3 }],
    ]);
  });

  it("gives a later item of one sentence the bases, in order, of the item before it that wrote them", () => {
    const text =
      "Lũy kế 9 tháng năm 2022, chi đầu tư phát triển đạt 3.150 tỷ đồng, bằng 68,4% dự toán năm và tăng 6,3% so với cùng kỳ; chi thường xuyên đạt 7.420 tỷ đồng, bằng 75,1% và tăng 4,8%; chi dự phòng đạt 96 tỷ đồng, bằng 40,2% và giảm 3,5%.";
    expect(read(text, "2022-09").map((r) => [r.value, r.reported])).toEqual([
      [3150, { pctOfPlan: 68.4, growthVsPrior: 6.3 }],
      [7420, { pctOfPlan: 75.1, growthVsPrior: 4.8 }],
      [96, { pctOfPlan: 40.2, growthVsPrior: -3.5 }],
    ]);
  });

  it("lets the items of a 'Trong đó' paragraph that write their base outweigh the order of the paragraph before", () => {
    const text =
      "Quý I/2022, kim ngạch nhập khẩu của tỉnh ước đạt 1.240 triệu USD, tăng 8,5% so với quý trước và tăng 4,1% so với cùng kỳ năm trước.\n\n" +
      "Trong đó, nhóm hàng nguyên liệu đạt 530 triệu USD, tăng 6,2% so với cùng kỳ; nhóm hàng máy móc đạt 310 triệu USD, giảm 1,7%.";
    expect(read(text, "2022-03").map((r) => [r.value, r.reported])).toEqual([
      [1240, { growthVsPrevPeriod: 8.5, growthVsPrior: 4.1 }],
      [530, { growthVsPrior: 6.2 }],
      [310, { growthVsPrior: -1.7 }],
    ]);
  });

  it("keeps the bases of an earlier item from a figure of another period or a rate that names its own subject", () => {
    const span = "Tháng 9/2022, doanh thu vận tải đạt 820 tỷ đồng, tăng 2,1% so với tháng trước; lũy kế 9 tháng đạt 7.150 tỷ đồng, tăng 11,4%.";
    expect(read(span, "2022-09").map((r) => [r.value, r.reported])).toEqual([
      [820, { growthVsPrevPeriod: 2.1 }],
      [7150, { growthVsPrior: 11.4 }],
    ]);
    const own = "Năm 2022, đàn bò tăng 3,2% so với cùng kỳ; diện tích rừng trồng mới đạt 8.300 ha, tỷ lệ che phủ rừng đạt 58,2%.";
    expect(read(own, "2022-12").map((r) => [r.value, r.reported])).toEqual([
      [3.2, { growthVsPrior: 3.2 }],
      [8300, {}],
      [58.2, {}],
    ]);
  });

  it("reads 'vượt hơn X% kế hoạch' after a value as its share of the plan (100 + X), not a statement of its own", () => {
    const text = "Năm 2021, sản lượng tôm chế biến ước đạt 86 ngàn tấn, vượt hơn 12% kế hoạch, tăng 5% so với cùng kỳ.";
    expect(read(text, "2021").map((r) => [r.value, r.reported])).toEqual([[86, { pctOfPlan: 112, growthVsPrior: 5 }]]);
  });
});

describe("counts that state nothing of their own", () => {
  it("reads provinces counted by a statistic as a count with the threshold in its name, not the threshold as a figure", () => {
    const text = "Trong tháng 5/2021, cả nước có 12 tỉnh, thành phố có kim ngạch nhập khẩu đạt trên 02 tỷ USD.";
    expect(read(text, "2021-05")).toEqual([
      expect.objectContaining({ name: "name:tỉnh, thành phố có kim ngạch nhập khẩu đạt trên 02 tỷ USD", value: 12 }),
    ]);
    // Places worked with are no statistic.
    expect(read("Sở đã kết nối tiêu thụ nông sản của tỉnh với 24 tỉnh, thành phố trên cả nước.", "2021-05")).toEqual([]);
  });

  it("reads the figure a named group reaches ('nhóm hàng ... chỉ đạt hơn X') as its value, a group counted before it as a threshold", () => {
    const reached = "Tháng 5/2021, nhóm hàng thủ công mỹ nghệ chỉ đạt hơn 42 triệu USD, giảm 8,5% so với cùng kỳ.";
    expect(read(reached, "2021-05").map((r) => [r.value, r.reported])).toEqual([[42, { growthVsPrior: -8.5 }]]);
    const firms = "Tháng 5/2021, các doanh nghiệp có vốn đầu tư nước ngoài đạt trên 1.960 tỷ đồng, tăng 4,4%.";
    expect(read(firms, "2021-05").map((r) => [r.value, r.reported])).toEqual([[1960, { growthVsPrior: 4.4 }]]);
    const counted = "Tháng 5/2021, có 9 mặt hàng đạt trên 100 triệu USD.";
    expect(read(counted, "2021-05").map((r) => r.value)).not.toContain(100);
  });

  it("reads no figure in a lower bound right after a number of things counted ('5 ngành đạt từ 2 tỷ USD trở lên'), keeps a bounded figure with its own words", () => {
    const counted = "Năm 2021, trong các ngành hàng xuất khẩu, có 5 ngành đạt từ 2 tỷ USD trở lên, dẫn đầu là dệt may.";
    expect(read(counted, "2021-12").map((r) => r.value)).not.toContain(2);
    const own = "Đến năm 2025, diện tích trồng cây ăn quả đạt từ 45 nghìn ha trở lên.";
    expect(read(own, "2021-12").map((r) => r.value)).toEqual([45]);
  });

  it("reads no figure in a bound several things each pass ('đều đạt trên', 'dưới ngưỡng', places listed), keeps one thing's bounded figure", () => {
    const each = "Năm 2021, cà phê và hạt điều đều đạt kim ngạch trên 3 tỷ USD; riêng cà phê đạt 3,1 tỷ USD.";
    expect(read(each, "2021-12").map((r) => r.value)).toEqual([3.1]);
    const below = "Quý III/2021, 7 tỉnh có kim ngạch nhập khẩu dưới ngưỡng 50 triệu USD.";
    expect(read(below, "2021-09").map((r) => r.value)).not.toContain(50);
    const listed = "Năm 2021, Đồng Nai, Long An, Tây Ninh và Bình Phước thu về kim ngạch xuất khẩu trên 5 tỷ USD.";
    expect(read(listed, "2021-12").map((r) => r.value)).not.toContain(5);
    const one = "Năm 2021, Long An thu về kim ngạch xuất khẩu trên 5 tỷ USD.";
    expect(read(one, "2021-12").map((r) => r.value)).toEqual([5]);
  });

  it("keeps a percentage threshold inside the count of places it qualifies", () => {
    const text = "Trong quý I/2021, có 7 địa phương có chỉ số sản xuất công nghiệp tăng trên 15%.";
    expect(read(text, "2021-03")).toEqual([expect.objectContaining({ name: "name:địa phương có chỉ số sản xuất công nghiệp tăng trên 15%", value: 7 })]);
  });

  it("skips a count that announces the places named after it, keeps their figures", () => {
    const colon = "Trong 5 tháng đầu năm 2021, 04 địa phương có kim ngạch xuất khẩu lớn nhất là: Bình Dương, Đồng Nai, Long An và Tây Ninh.";
    expect(read(colon, "2021-05")).toEqual([]);
    const respectively = "Lũy kế 5 tháng đầu năm 2021, 03 địa phương có kim ngạch nhập khẩu cao nhất lần lượt là Hà Nội (12,4 tỷ USD), Hải Phòng (9,8 tỷ USD) và Bắc Giang (6,1 tỷ USD).";
    expect(read(respectively, "2021-05").map((r) => r.value)).toEqual([12.4, 9.8, 6.1]);
  });

  it("gives no statement to a ratio beside a value whose only subject is the value's scale ('qui mô gấp 1,3 lần')", () => {
    const text = "Năm 2020, tổng kim ngạch xuất khẩu của tỉnh ước đạt 512 triệu USD, quy mô gấp 1,6 lần so với năm 2015.";
    expect(read(text, "2020").map((r) => r.value)).toEqual([512]);
    // A ratio with a subject of its own is a statement.
    expect(read("Năm 2020, sản lượng xi măng tăng gấp 2,4 lần so với năm 2015.", "2020").map((r) => r.value)).toEqual([2.4]);
  });
});

describe("numbers that are no figure", () => {
  it("reads no rank ('đứng thứ 5', 'xếp thứ 12/63 tỉnh, thành phố') as a figure", () => {
    const text = "Năm 2022, chỉ số năng lực cạnh tranh cấp tỉnh xếp thứ 12/63 tỉnh, thành phố; GRDP tăng 8,5%, đứng thứ 5 cả nước.";
    expect(read(text, "2022").map((r) => r.value)).toEqual([8.5]);
  });

  it("reads no figure in by how much a figure passes another ('vượt 240 tỷ đồng so với dự toán', 'vượt mục tiêu Nghị quyết 0,4%')", () => {
    const amount = "Năm 2023, thu nội địa đạt 6.850 tỷ đồng, vượt 240 tỷ đồng so với dự toán được giao.";
    expect(read(amount, "2023-12").map((r) => r.value)).toEqual([6850]);
    const points = "Năm 2023, tổng sản phẩm trên địa bàn tăng 8,4% so với năm 2022, vượt mục tiêu Nghị quyết 0,4%.";
    expect(read(points, "2023-12").map((r) => [r.value, r.reported])).toEqual([[8.4, { growthVsPrior: 8.4 }]]);
    // The plan's own figure after "đạt và vượt kế hoạch" is kept.
    const plan = "Năm 2023, xuất khẩu của tỉnh dự kiến đạt và vượt kế hoạch 1.150 triệu USD.";
    expect(read(plan, "2023-12").map((r) => r.value)).toContain(1150);
  });

  it("reads neither bound of a range as a figure, and ends the next figure's name at the range", () => {
    const text = "Mục tiêu năm 2023: tăng trưởng GRDP đạt 6,5 - 7%, tốc độ tăng kim ngạch xuất khẩu từ 10% đến 12%, thu ngân sách đạt 12.000 tỷ đồng.";
    expect(read(text, "2023").map((r) => [r.name, r.value])).toEqual([["name:thu ngân sách", 12000]]);
    // A rise from one period's figure to another's is two figures.
    const rise = "Tỷ trọng hàng công nghiệp trong kim ngạch xuất khẩu tăng từ 37% năm 2010 lên 61% năm 2015.";
    expect(read(rise, "2015").map((r) => r.value)).toEqual([37, 61]);
  });

  it("reads no 'Top N' heading as a count of places", () => {
    const text = "Top 5 địa phương có chỉ số sản xuất công nghiệp tăng cao nhất quý I/2023.\nThái Nguyên dẫn đầu với mức tăng 21,4%.";
    expect(read(text, "2023-03").map((r) => r.value)).toEqual([21.4]);
  });
});

describe("signs", () => {
  it("reads a sign glued to a percentage after a word as a fall or rise", () => {
    const text = "Chín tháng năm 2023, ngành khai khoáng giảm 3,5%; sản xuất điện -2,1%; cung cấp nước +4,2%.";
    expect(read(text, "2023-09").map((r) => [r.value, r.reported])).toEqual([
      [-3.5, { growthVsPrior: -3.5 }],
      [-2.1, { growthVsPrior: -2.1 }],
      [4.2, { growthVsPrior: 4.2 }],
    ]);
  });
});

describe("changes", () => {
  it("gives no statement to a change no catalog indicator measures, keeps a catalogued one", () => {
    const trade = "Tổng kim ngạch xuất khẩu quý III/2023 đạt 1,42 tỷ USD, tăng 0,18 tỷ USD so với cùng kỳ năm trước.";
    expect(read(trade, "2023-09").map((r) => r.value)).toEqual([1.42]);
    // A change the catalog measures (rooftop solar meters added against the same period) is kept.
    const meters = "Chín tháng năm 2023 phát triển 64 công tơ hai chiều điện mặt trời áp mái, tăng 15 công tơ so cùng kỳ.";
    expect(read(meters, "2023-09").map((r) => r.value)).toEqual([64, 15]);
  });
});

describe("figures nothing names", () => {
  it("gives no statement to a percentage no words name and no catalog indicator fits", () => {
    expect(read("Có 95% được bố trí ngay sau khóa học.", "2023")).toEqual([]);
    // Named, the same percentage is a statement.
    expect(read("Tỷ lệ học viên có việc làm sau đào tạo đạt 95%.", "2023").map((r) => r.value)).toEqual([95]);
  });
});

describe("comparisons beside a figure", () => {
  it("keeps the year a ratio compares with ('gấp 1,5 lần năm 2022') out of the period of the figures after it", () => {
    const text = "Năm 2023, du lịch tỉnh đón 4,2 triệu lượt khách, gấp 1,5 lần năm 2022, trong đó khách quốc tế 350 nghìn lượt; tổng thu từ khách du lịch đạt 8.500 tỷ đồng, tăng 28%.";
    expect(read(text, "2023").map((r) => [r.value, r.period])).toEqual([
      [4.2, "năm 2023"],
      [350, "năm 2023"],
      [8500, "năm 2023"],
    ]);
  });

  it("reads bare percentages in brackets after a bracketed share of the same list as shares", () => {
    const text = "Kim ngạch xuất khẩu 9 tháng năm 2023 đạt 2.740 triệu USD; các thị trường chính gồm Hoa Kỳ (chiếm 32%), EU (18%), Nhật Bản (11%).";
    expect(read(text, "2023-09").filter((r) => r.value < 100).map((r) => [r.value, r.reported])).toEqual([
      [32, { share: 32 }],
      [18, { share: 18 }],
      [11, { share: 11 }],
    ]);
  });
});

