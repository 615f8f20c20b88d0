/**
 * Seed 001: Sở Công Thương Trà Vinh, report on industry and trade, first 6 months of 2020.
 * The document states no price basis for its money values, hence basis "n/a" with priceBasisStated false.
 */
import type { PlanDataset } from "../../../src/core/dataset/types";
import { DatasetBuilder, half, months, year } from "../lib";

export const SEED = "001_48cb49815079e24b.txt";

export function build(seedText: string): PlanDataset {
  const b = new DatasetBuilder(
    {
      id: "tv-sct-2020-h1",
      version: "1.0.0",
      province: "Trà Vinh",
      document: {
        number: "",
        date: "",
        issuer: "Sở Công Thương tỉnh Trà Vinh",
        title:
          "Báo cáo tình hình sản xuất công nghiệp, hoạt động thương mại 06 tháng đầu năm và chương trình công tác 06 tháng cuối năm 2020",
        seedFile: SEED,
      },
      period: months(6, 2020),
    },
    seedText,
  );
  const h1 = months(6, 2020);
  const y2020 = year(2020);
  const unstated = { basis: "n/a" as const };

  // Main indicators (section I.1).
  b.stated({
    code: "growth.iip",
    kind: "estimate",
    period: h1,
    value: "19,94",
    unit: "%",
    growth: "19,94",
    quote: "Chỉ số sản xuất công nghiệp 6 tháng đầu năm 2020 ước tăng 19,94% so với cùng kỳ",
  });
  b.stated({
    code: "growth.iip",
    kind: "estimate",
    period: y2020,
    value: "10,99",
    unit: "%",
    growth: "10,99",
    quote: "dự ước đến cuối năm tăng 10,99%",
  });
  b.statedWithDerived({
    code: "main.industrial-production-value",
    kind: "estimate",
    period: h1,
    value: "19.125,44",
    unit: "tỷ đồng",
    growth: "11,77",
    pctOfPlan: "42,13",
    quote: "Giá trị sản xuất công nghiệp: Ước đạt 19.125,44 tỷ đồng, tăng 11,77% so cùng kỳ, đạt 42,13% so kế hoạch.",
    ...unstated,
  });
  b.statedWithDerived({
    code: "main.industrial-production-value",
    kind: "estimate",
    period: y2020,
    value: "45.266",
    unit: "tỷ đồng",
    growth: "17,32",
    pctOfPlan: "99,71",
    quote:
      "Dự ước đến cuối năm 2020 đạt 45.266 tỷ đồng, tăng 17,32% so cùng kỳ năm 2019, đạt 99,71% kế hoạch (45.400 tỷ đồng).",
    ...unstated,
  });
  b.stated({
    code: "main.industrial-production-value",
    kind: "plan",
    period: y2020,
    value: "45.400",
    unit: "tỷ đồng",
    quote: "đạt 99,71% kế hoạch (45.400 tỷ đồng)",
    ...unstated,
  });

  // Footnote 1: the 13 main products, first 6 months of 2020, in the document's order.
  const fn1: Array<[string, string, string, string, string, string]> = [
    // code, value, unit, pctOfPlan, growth, quote
    ["product.frozen-seafood", "5.268", "tấn", "50,17", "56,27", "(1) Thủy sản đông lạnh ước đạt 5.268 tấn, đạt 50,17% kế hoạch, tăng 56,27% so cùng kỳ"],
    ["product.tap-water", "17,1", "triệu m3", "67,08", "32,63", "(2) Nước sinh hoạt ước đạt 17,1 triệu m3, đạt 67,08% so kế hoạch, tăng 32,63% so cùng kỳ"],
    ["product.electricity-generated", "10,6", "tỷ Kwh", "58,9", "31,39", "(3) Điện sản xuất ước đạt 10,6 tỷ Kwh, đạt 58,9% kế hoạch, tăng 31,39% so cùng kỳ"],
    ["product.wiring-harness", "4.999", "nghìn bộ", "56,82", "15,66", "(4) Bộ truyền dẫn điện dùng trong ô tô ước đạt 4.999 nghìn bộ, đạt 56,82% kế hoạch, tăng 15,66% so cùng;"],
    ["product.tablets", "476,8", "triệu viên", "39,73", "6,34", "(5) Thuốc viên các loại ước đạt 476,8 triệu viên, đạt 39,73% kế hoạch, tăng 6,34% so cùng kỳ"],
    ["product.electricity-commercial", "540,8", "triệu Kwh", "47,65", "6,04", "(6) Điện thương phẩm ước đạt 540,8 triệu Kwh, đạt 47,65% kế hoạch, tăng 6,04% so cùng;"],
    ["product.milled-rice", "151,27", "nghìn tấn", "27,5", "1,98", "(7) Gạo xay xát ước đạt 151,27 nghìn tấn, đạt 27,5% kế hoạch, tăng 1,98% so cùng kỳ"],
    ["product.activated-carbon", "3994", "tấn", "49,93", "1,86", "(8) Than hoạt tính ước đạt 3994 tấn, đạt 49,93% kế hoạch, tăng 1,86% so cùng kỳ"],
    ["product.garments", "7,33", "triệu chiếc", "48,87", "1,43", "(9) May mặc ước đạt 7,33 triệu chiếc, đạt 48,87% kế hoạch, tăng 1,43% so cùng kỳ"],
    ["product.footwear", "3,52", "triệu đôi", "14,75", "-63,43", "Giày thành phẩm ước đạt 3,52 triệu đôi, đạt 14,75% kế hoạch, giảm 63,43% so cùng kỳ"],
    ["product.handbags", "799", "nghìn cái", "19,99", "-51,45", "Túi xách các loại ước đạt 799 nghìn cái, đạt 19,99% kế hoạch, giảm 51,45% so cùng kỳ"],
    ["product.coir-mats", "932", "nghìn m2", "37,27", "-26,28", "Thảm xơ dừa ước đạt 932 nghìn m2, đạt 37,27% kế hoạch, giảm 26,28% so cùng kỳ"],
    ["product.sugar", "12.371", "tấn", "70,69", "-31,76", "Đường kết ước đạt 12.371 tấn, đạt 70,69% so kế hoạch, giảm 31,76% so cùng kỳ"],
  ];
  for (const [code, value, unit, pctOfPlan, growth, quote] of fn1) {
    b.statedWithDerived({ code, kind: "estimate", period: h1, value, unit, pctOfPlan, growth, quote });
  }

  // Footnote 2: estimate for the whole of 2020, in the document's order.
  const fn2: Array<[string, string, string, string, string, string]> = [
    ["product.tablets", "1,2", "tỷ viên", "100", "50", "(1) Thuốc viên các loại ước đạt 1,2 tỷ viên, đạt 100% kế hoạch, tăng 50% so cùng kỳ"],
    ["product.electricity-generated", "21,4", "tỷ Kwh", "119", "32,96", "(2) Điện sản xuất ước đạt 21,4 tỷ Kwh, đạt 119% kế hoạch, tăng 32,96% so cùng kỳ"],
    ["product.electricity-commercial", "1,13", "tỷ Kwh", "100", "12,24", "(3) Điện thương phẩm ước đạt 1,13 tỷ Kwh, đạt 100% kế hoạch, tăng 12,24% so cùng;"],
    ["product.activated-carbon", "8.000", "tấn", "100", "7,53", "(4) Than hoạt tính ước đạt 8.000 tấn, đạt 100% kế hoạch, tăng 7,53% so cùng kỳ"],
    ["product.tap-water", "25,5", "triệu m3", "100", "0,87", "(5) Nước sinh hoạt ước đạt 25,5 triệu m3, đạt 100% so kế hoạch, tăng 0,87% so cùng kỳ"],
    ["product.wiring-harness", "8,8", "triệu bộ", "100", "0,26", "(6) Bộ truyền dẫn điện dùng trong ô tô ước đạt 8,8 triệu bộ, đạt 100% kế hoạch, tăng 0,26% so cùng."],
    ["product.garments", "8", "triệu chiếc", "53,33", "-44,81", "(1) May mặc ước đạt 8 triệu chiếc, đạt 53,33% kế hoạch, giảm 44,81% so cùng kỳ"],
    ["product.sugar", "15", "nghìn tấn", "85,71", "-37,84", "(2) Đường kết ước đạt 15 nghìn tấn, đạt 85,71% kế hoạch, giảm 37,84% so cùng kỳ"],
    ["product.footwear", "11,28", "triệu đôi", "47,22", "-28,11", "(3) Giày thành phẩm ước đạt 11,28 triệu đôi, đạt 47,22% kế hoạch, giảm 28,11% so cùng kỳ"],
    ["product.milled-rice", "239", "nghìn tấn", "43,4", "-24,62", "(4) Gạo xay xát ước đạt 239 nghìn tấn, đạt 43,4% kế hoạch, giảm 24,62% so cùng kỳ"],
    ["product.handbags", "2,82", "triệu cái", "70,63", "-21,57", "(5) Sản xuất túi xách các loại ước đạt 2,82 triệu cái, đạt 70,63% kế hoạch, giảm 21,57%"],
    ["product.frozen-seafood", "7800", "tấn", "74,29", "-19,17", "(6) Thủy sản đông lạnh ước đạt 7800 tấn, đạt 74,29% kế hoạch, giảm 19,17% so cùng kỳ"],
    ["product.coir-mats", "2,03", "triệu m2", "81,08", "-10,86", "(7) Thảm xơ dừa ước đạt 2,03 triệu m2, đạt 81,08% kế hoạch, giảm 10,86% so cùng kỳ"],
  ];
  for (const [code, value, unit, pctOfPlan, growth, quote] of fn2) {
    b.statedWithDerived({ code, kind: "estimate", period: y2020, value, unit, pctOfPlan, growth, quote });
  }

  // Retail sales and electrification (section I.1, continued).
  b.statedWithDerived({
    code: "main.retail-sales",
    kind: "estimate",
    period: h1,
    value: "15.997",
    unit: "tỷ đồng",
    growth: "-2,89",
    pctOfPlan: "42,1",
    quote: "Về tổng mức bán lẻ hàng hóa và dịch vụ: Ước đạt 15.997 tỷ đồng, giảm 2,89% so cùng kỳ, đạt 42,1% so kế hoạch.",
    ...unstated,
  });
  b.statedWithDerived({
    code: "main.retail-sales",
    kind: "estimate",
    period: y2020,
    value: "34.135",
    unit: "tỷ đồng",
    growth: "-7,19",
    pctOfPlan: "89,83",
    quote: "Dự ước đến cuối năm 2020 đạt 34.135 tỷ đồng, giảm 7,19% so cùng kỳ, đạt 89,83% so kế hoạch.",
    ...unstated,
  });
  b.stated({
    code: "main.household-electrification",
    kind: "actual",
    period: h1,
    value: "98,96",
    unit: "%",
    quote: "Tỷ lệ hộ sử dụng điện: Đạt 98,96% so với tổng số hộ dân toàn tỉnh.",
  });
  b.stated({
    code: "main.household-electrification",
    kind: "estimate",
    period: y2020,
    value: "99",
    unit: "%",
    quote: "Dự ước đến cuối năm 2020 đạt 99%.",
  });

  // Section 2.1: industrial enterprises.
  const ent: Array<[string, "actual", string, string, string]> = [
    ["other.new-industrial-enterprises", "actual", "18", "doanh nghiệp", "Phát triển mới 18 doanh nghiệp"],
    ["other.new-jobs-industry", "actual", "959", "lao động", "giải quyết việc làm cho 959 lao động"],
    ["other.dissolved-industrial-enterprises", "actual", "04", "doanh nghiệp", "giải thể 04 doanh nghiệp"],
  ];
  for (const [code, kind, value, unit, quote] of ent) {
    b.stated({ code, kind, period: h1, value, unit, quote });
  }
  const totalsQuote =
    "Nâng tổng số toàn tỉnh hiện có 352 doanh nghiệp, 08 HTX, 10.353 cơ sở và hộ cá thể, giải quyết việc làm cho 55.336 lao động.";
  b.stated({ code: "other.industrial-enterprises", kind: "actual", period: h1, value: "352", unit: "doanh nghiệp", quote: totalsQuote });
  b.stated({ code: "other.industrial-cooperatives", kind: "actual", period: h1, value: "08", unit: "HTX", quote: totalsQuote });
  b.stated({ code: "other.industrial-household-establishments", kind: "actual", period: h1, value: "10.353", unit: "cơ sở", quote: totalsQuote });
  b.stated({ code: "other.industrial-employment", kind: "actual", period: h1, value: "55.336", unit: "lao động", quote: totalsQuote });

  const rural = "có 67/74 sản phẩm của 53/59 cơ sở đạt";
  b.stated({ code: "other.rural-industry-products.awarded", kind: "actual", period: h1, value: "67", unit: "sản phẩm", quote: rural, unitOutsideQuote: true });
  b.stated({ code: "other.rural-industry-products.entered", kind: "actual", period: h1, value: "74", unit: "sản phẩm", quote: rural });
  b.stated({ code: "other.rural-industry-establishments.awarded", kind: "actual", period: h1, value: "53", unit: "cơ sở", quote: rural });
  b.stated({ code: "other.rural-industry-establishments.entered", kind: "actual", period: h1, value: "59", unit: "cơ sở", quote: rural });
  const groups: Array<[string, string, string]> = [
    ["other.rural-industry-products.awarded.food", "50", "Chế biến nông, thủy sản và thực phẩm (50 sản phẩm)"],
    ["other.rural-industry-products.awarded.handicraft", "12", "sản phẩm Thủ công mỹ nghệ (12 sản phẩm)"],
    ["other.rural-industry-products.awarded.mechanical", "05", "sản phẩm về thiết bị, máy móc, dụng cụ, phụ tùng cơ khí và nhóm khác (05 sản phẩm)"],
    ["other.rural-industry-products.regional-nominated", "22", "lập hồ sơ đề cử 22 sản phẩm tham gia bình chọn cấp khu vực phía Nam năm 2020"],
  ];
  for (const [code, value, quote] of groups) b.stated({ code, kind: "actual", period: h1, value, unit: "sản phẩm", quote });
  const ocop = "Tham gia và bình chọn 30 sản phẩm đạt sản phẩm OCOP cấp tỉnh, trong đó có 27 sản phẩm đạt 3 sao và 03 sản phẩm đạt 4 sao.";
  b.stated({ code: "other.ocop-products", kind: "actual", period: h1, value: "30", unit: "sản phẩm", quote: ocop });
  b.stated({ code: "other.ocop-products.3-star", kind: "actual", period: h1, value: "27", unit: "sản phẩm", quote: ocop });
  b.stated({ code: "other.ocop-products.4-star", kind: "actual", period: h1, value: "03", unit: "sản phẩm", quote: ocop });

  // Section 2.2: electricity bill support (data to 08/6/2020, footnote 3).
  const bill = "Giám sát hỗ trợ giảm tiền điện3 cho 313.982 khách hàng sử dụng điện, với số tiền 21,31 tỷ đồng";
  b.stated({ code: "other.electricity-bill-support.customers", kind: "actual", period: h1, value: "313.982", unit: "khách hàng", quote: bill });
  b.stated({ code: "other.electricity-bill-support.amount", kind: "actual", period: h1, value: "21,31", unit: "tỷ đồng", quote: bill });

  // Section 2.2: electricity saved (footnote 4 splits it by user group) and grid development.
  b.statedWithDerived({
    code: "other.electricity-saved",
    kind: "actual",
    period: h1,
    value: "7.460.886",
    unit: "kWh",
    growth: "32,79",
    quote: "Đến nay toàn tỉnh tiết kiệm được 7.460.886 kWh, tăng 32,79% so với cùng kỳ năm 2019",
  });
  const fn4: Array<[string, string, string, string]> = [
    ["structure.electricity-saved.public-lighting", "59.526", "0,80", "Chiếu sáng công cộng: 59.526 kWh, chiếm 0,80%"],
    ["structure.electricity-saved.administrative", "202.760", "2,72", "Cơ quan Hành chính sự nghiệp: 202.760 kWh, chiếm 2,72%"],
    ["structure.electricity-saved.households-services", "4.249.346", "56,95", "Sinh hoạt - Kinh doanh dịch vụ: 4.249.346 kWh, chiếm 56,95%"],
    ["structure.electricity-saved.manufacturing", "2.949.254", "39,53", "Doanh nghiệp sản xuất: 2.949.254 kWh, chiếm 39,53%"],
  ];
  for (const [code, value, share, quote] of fn4) {
    b.stated({ code, kind: "actual", period: h1, value, unit: "kWh", share, quote });
  }
  b.stated({
    code: "product.electricity-generated",
    kind: "estimate",
    period: h1,
    value: "10.601",
    unit: "triệu Kwh",
    quote: "Sản xuất điện ước đạt 10.601 triệu Kwh",
    suffix: "body",
  });
  const grid = "Phát triển 77,35 km đường dây trung thế; 87,34km đường dây hạ thế; 152 trạm biến áp với dung lượng 13.953kVA";
  b.stated({ code: "other.medium-voltage-lines.added", kind: "actual", period: h1, value: "77,35", unit: "km", quote: grid });
  b.stated({ code: "other.low-voltage-lines.added", kind: "actual", period: h1, value: "87,34", unit: "km", quote: grid });
  b.stated({ code: "other.transformer-stations.added", kind: "actual", period: h1, value: "152", unit: "trạm biến áp", quote: grid });
  b.stated({ code: "other.transformer-capacity.added", kind: "actual", period: h1, value: "13.953", unit: "kVA", quote: grid });
  b.stated({ code: "other.households-using-electricity.added", kind: "actual", period: h1, value: "5.524", unit: "hộ", quote: "5.524 hộ sử dụng điện" });
  const solar = "79 công tơ7 hai chiều điện mặt trời áp mái, công suất 1.806,38kWp, tăng 22 công tơ so cùng kỳ";
  b.stated({ code: "other.rooftop-solar-meters.added", kind: "actual", period: h1, value: "79", unit: "công tơ", quote: solar });
  b.stated({ code: "other.rooftop-solar-capacity.added", kind: "actual", period: h1, value: "1.806,38", unit: "kWp", quote: solar });
  b.stated({ code: "other.rooftop-solar-meters.added-change", kind: "actual", period: h1, value: "22", unit: "công tơ", quote: solar });
  // Power projects: proposals for the power development plans and projects at survey stage (section 2.2).
  const proposals =
    "bổ sung 17 dự án điện gió, công suất 2.400 MW vào Quy hoạch điện VII điều chỉnh và bổ sung 01 dự án điện gió ngoài quy hoạch, công suất 2.000MW vào Quy hoạch điện VIII";
  const lng = "cho chủ trương khảo sát, nghiên cứu 01 dự án điện khí LNG kết hợp điện gió ngoài khơi, công suất dự kiến khoảng 2.000MW";
  // The sentence is cut by the page's footnotes 3 to 7; the quote keeps them, as the file has them.
  const biomass =
    "hỗ trợ khảo sát 01 dự án nhà máy điện sinh khối Trà Vinh, công suất 3 Số liệu đến ngày 08/6/2020 4 Chiếu sáng công cộng: 59.526 kWh, chiếm 0,80%; Cơ quan Hành chính sự nghiệp: 202.760 kWh, chiếm 2,72%; Sinh hoạt - Kinh doanh dịch vụ: 4.249.346 kWh, chiếm 56,95%; Doanh nghiệp sản xuất: 2.949.254 kWh, chiếm 39,53%. 5 Nâng tổng số toàn tỉnh 2.770,61km đường dây trung thế; 5.294,25km đường dây hạ thế và 5.822 trạm biến thế (tổng dung lượng 467.950kVA). 6 Nâng tổng số đến nay có 278.435 hộ sử dụng điện trên tổng số hộ dân toàn tỉnh (281.360 hộ dân). 7 Nâng tổng số đến nay phát triển 358 công tơ7 điện hai chiều, công suất 4.566,78kWp. khoảng 25MW";
  const projects: Array<[string, string, string, string, "about"?]> = [
    ["other.power.wind.proposed-pdp7.projects", "17", "dự án", proposals],
    ["other.power.wind.proposed-pdp7.capacity", "2.400", "MW", proposals],
    ["other.power.wind.proposed-pdp8.projects", "01", "dự án", proposals],
    ["other.power.wind.proposed-pdp8.capacity", "2.000", "MW", proposals],
    ["other.power.lng-offshore-wind.survey-projects", "01", "dự án", lng],
    ["other.power.lng-offshore-wind.survey-capacity", "2.000", "MW", lng, "about"],
    ["other.power.biomass.survey-projects", "01", "dự án", biomass],
    ["other.power.biomass.survey-capacity", "25", "MW", biomass, "about"],
  ];
  for (const [code, value, unit, quote, qualifier] of projects) {
    b.stated({ code, kind: "actual", period: h1, value, unit, quote, ...(qualifier ? { qualifier } : {}) });
  }
  b.stated({
    code: "other.power.duyen-hai-3-ext.capacity",
    kind: "actual",
    period: h1,
    value: "688",
    unit: "MW",
    quote: "Phối hợp hỗ trợ đưa vào vận hành phát điện thương mại (ngày 29/4/2020) Nhà máy Nhiệt điện Duyên Hải 3 mở rộng công suất 688 MW",
  });
  const fn5 =
    "Nâng tổng số toàn tỉnh 2.770,61km đường dây trung thế; 5.294,25km đường dây hạ thế và 5.822 trạm biến thế (tổng dung lượng 467.950kVA).";
  b.stated({ code: "other.medium-voltage-lines", kind: "actual", period: h1, value: "2.770,61", unit: "km", quote: fn5});
  b.stated({ code: "other.low-voltage-lines", kind: "actual", period: h1, value: "5.294,25", unit: "km", quote: fn5});
  b.stated({ code: "other.transformer-stations", kind: "actual", period: h1, value: "5.822", unit: "trạm biến thế", quote: fn5});
  b.stated({ code: "other.transformer-capacity", kind: "actual", period: h1, value: "467.950", unit: "kVA", quote: fn5});
  const fn6 = "Nâng tổng số đến nay có 278.435 hộ sử dụng điện trên tổng số hộ dân toàn tỉnh (281.360 hộ dân).";
  b.stated({ code: "other.households-using-electricity", kind: "actual", period: h1, value: "278.435", unit: "hộ", quote: fn6});
  b.stated({ code: "other.total-households", kind: "actual", period: h1, value: "281.360", unit: "hộ dân", quote: fn6 });
  const fn7 = "Nâng tổng số đến nay phát triển 358 công tơ7 điện hai chiều, công suất 4.566,78kWp.";
  b.stated({ code: "other.rooftop-solar-meters", kind: "actual", period: h1, value: "358", unit: "công tơ", quote: fn7});
  b.stated({ code: "other.rooftop-solar-capacity", kind: "actual", period: h1, value: "4.566,78", unit: "kWp", quote: fn7});

  // Section 2.3: trade infrastructure (new in the half year; totals in footnote 8).
  const newTrade = "Phát triển mới 03 Cửa hàng bán lẻ xăng dầu; 01 siêu thị đi vào hoạt động";
  b.stated({ code: "other.fuel-stations.added", kind: "actual", period: h1, value: "03", unit: "Cửa hàng", quote: newTrade });
  b.stated({ code: "other.supermarkets.added", kind: "actual", period: h1, value: "01", unit: "siêu thị", quote: newTrade });
  // "02 Cửa hàng Bách hóa Xanh⁸": footnote 8 is also the mark of the convenience stores' total.
  b.stated({ code: "other.convenience-stores.added", kind: "actual", period: h1, value: "02", unit: "Cửa hàng", quote: "02 Cửa hàng Bách hóa Xanh8" });
  const fn8 =
    "Nâng tổng số đến nay toàn tỉnh có 01 Trung tâm thương mại, 07 siêu thị8; 23 Cửa hàng tiện lợi8; 04 máy bán hàng tự động, 03 Kho xăng dầu với tổng dung tích 8.600m3 , 303 cửa hàng xăng dầu và 09 Thương nhân phân phối xăng dầu, 01 Tồng đại lý xăng dầu, 03 Thương nhân phân phối LPG, 01 Đại lý LPG";
  const stock: Array<[string, string, string]> = [
    ["other.commercial-centres", "01", "Trung tâm thương mại"],
    ["other.supermarkets", "07", "siêu thị"],
    ["other.convenience-stores", "23", "Cửa hàng"],
    ["other.vending-machines", "04", "máy"],
    ["other.fuel-depots", "03", "Kho"],
    ["other.fuel-depots.capacity", "8.600", "m3"],
    ["other.fuel-stations", "303", "cửa hàng"],
    ["other.fuel-distributors", "09", "Thương nhân"],
    ["other.lpg-traders", "03", "Thương nhân"],
  ];
  for (const [code, value, unit] of stock) b.stated({ code, kind: "actual", period: h1, value, unit, quote: fn8 });

  // Section 2.4: industrial extension (footnote 9 itemises the 04 schemes).
  const ext = "Triển khai thực hiện 04 Đề án 9với tổng vốn đầu tư 1,15 tỷ đồng, trong đó kinh phí khuyến công địa phương hỗ trợ 447 triệu đồng.";
  b.stated({ code: "other.extension.schemes", kind: "actual", period: h1, value: "04", unit: "Đề án", quote: ext });
  b.stated({ code: "other.extension.total-investment", kind: "actual", period: h1, value: "1,15", unit: "tỷ đồng", quote: ext });
  b.stated({ code: "other.extension.support", kind: "actual", period: h1, value: "447", unit: "triệu đồng", quote: ext });

  // Footnote 9: the 04 schemes one by one (they add up to the 1,15 tỷ đồng and the 447 triệu đồng).
  const schemes: Array<[string, string, string, string]> = [
    ["cnc-bui-minh-thong", "294.800.000", "120.000.000", "(1) “Hỗ trợ ứng dụng máy tiện CNC trong sản xuất gỗ mỹ nghệ” tại HKD Bùi Minh Thông, tổng kinh phí thực hiện Đề án 294.800.000 đồng, trong đó kinh phí khuyến công hỗ trợ là 120.000.000 đồng"],
    ["bun-bay-phuong", "39.900.000", "19.000.000", "(2) “Hỗ trợ ứng dụng máy móc thiết bị tiên tiến trong sản xuất bún gạo truyền thống” tại HKD Lò bún Bảy Phượng, tổng kinh phí thực hiện Đề án 39.900.000 đồng, trong đó kinh phí khuyến công hỗ trợ là 19.000.000 đồng"],
    ["cnc-thanh-nhung", "196.900.000", "80.000.000", "(3) “Hỗ trợ ứng dụng máy tiện CNC vào sản xuất gỗ mỹ nghệ” tại Công ty TNHH MTV DV Thành Nhung, tổng kinh phí thực hiện Đề án 196.900.000 đồng, trong đó kinh phí khuyến công hỗ trợ là 80.000.000 đồng"],
    ["may-nguyen-cuong", "619.000.000", "228.000.000", "(4) “Hỗ trợ ứng dụng máy móc thiết bị tiên tiến trong may công nghiệp” tại HTX May mặc Nguyên Cường, tổng kinh phí thực hiện Đề án 619.000.000 đồng, trong đó kinh phí khuyến công hỗ trợ là 228.000.000 đồng"],
  ];
  for (const [scheme, cost, support, quote] of schemes) {
    b.stated({ code: `other.extension.scheme.${scheme}.cost`, kind: "actual", period: h1, value: cost, unit: "đồng", quote });
    b.stated({ code: `other.extension.scheme.${scheme}.support`, kind: "actual", period: h1, value: support, unit: "đồng", quote });
  }

  // Section 2.4 continued: e-commerce, trade fairs (footnote 10 details the two fairs), market connection, extension outputs.
  const outputs: Array<[string, string, string, string, "over"?]> = [
    ["other.ecommerce.website-support-enterprises", "10", "doanh nghiệp", "cho 10 doanh nghiệp nhận hỗ trợ xây dựng và vận hành website từ chương trình phát triển TMĐT quốc gia năm 2020"],
    ["other.trade-fairs.products-exhibited", "80", "sản phẩm", "Tham gia 02 cuộc hội chợ10 ngoài tỉnh, với hơn 80 sản phẩm của tỉnh tham gia trưng bày", "over"],
    ["other.rural-fairs.enterprises", "78", "doanh nghiệp", "mỗi phiên chợ qui mô 60 gian hàng, với 78 doanh nghiệp tham gia, tổng doanh thu các phiên chợ đạt 2,1 tỷ đồng, thu hút trên 24.000 lượt người"],
    ["other.rural-fairs.revenue", "2,1", "tỷ đồng", "mỗi phiên chợ qui mô 60 gian hàng, với 78 doanh nghiệp tham gia, tổng doanh thu các phiên chợ đạt 2,1 tỷ đồng, thu hút trên 24.000 lượt người"],
    ["other.rural-fairs.visitors", "24.000", "lượt người", "mỗi phiên chợ qui mô 60 gian hàng, với 78 doanh nghiệp tham gia, tổng doanh thu các phiên chợ đạt 2,1 tỷ đồng, thu hút trên 24.000 lượt người", "over"],
    ["other.trade-fairs.ocop-fair-products", "43", "sản phẩm", "Hội chợ triển lãm Sản phẩm OCOP - Phát huy giá trị bản địa tại tỉnh Đồng Tháp, với 43 sản phẩm hàng hóa được trưng bày"],
    ["other.trade-fairs.mekong-fair-enterprises", "20", "doanh nghiệp", "với hơn 40 loại sản phẩm, hàng hóa của trên 20 doanh nghiệp trên địa bàn tỉnh tham gia", "over"],
    ["other.trade-promotion.products-displayed", "30", "sản phẩm", "Các cơ sở, doanh nghiệp thực hiện trưng bày 30 sản phẩm để giới thiệu, quảng bá hình ảnh với các đối tác"],
    ["other.extension.broadcast-cost", "18", "triệu đồng", "thực hiện 03 kỳ phát hình Chuyên mục khuyến công, kinh phí thực hiện 18 triệu đồng"],
    ["other.extension.branding-support.households", "04", "Hộ", "Tư vấn, thiết kế nhãn hiệu sản phẩm rượu, bún cho 04 Hộ kinh doanh"],
  ];
  for (const [code, value, unit, quote, qualifier] of outputs) {
    b.stated({ code, kind: "actual", period: h1, value, unit, quote, ...(qualifier ? { qualifier } : {}) });
  }

  // Section 2.5: new rural criteria 4 (electricity) and 7 (trade infrastructure).
  const ntm = "Đến nay, toàn tỉnh có 85/85 xã đạt tiêu chí số 4 về điện và 83/85 xã đạt tiêu chí 7 về cơ sở hạ tầng thương mại nông thôn.";
  b.stated({ code: "other.communes.criterion-4", kind: "actual", period: h1, value: "85", unit: "xã", quote: ntm });
  b.stated({ code: "other.communes.criterion-7", kind: "actual", period: h1, value: "83", unit: "xã", quote: ntm });

  // Confirmations for other communes, and the district of Càng Long (its result is counted as of the report).
  const confirm: Array<[string, string, string]> = [
    ["other.communes.ntm-criteria-confirmed", "08", "tiêu chí 7 về cơ sở hạ tầng thương mại nông thôn cho 08 xã"],
    ["other.communes.ntm-advanced-confirmed", "05", "tiêu chí nông thôn mới nâng cao13 cho 05 xã"],
    ["other.communes.criterion-4.cang-long", "13", "kết quả huyện Càng Long có 13/13 xã đạt tiêu chí 4 về điện và 12/13 xã đạt tiêu chí 7"],
    ["other.communes.criterion-7.cang-long", "12", "kết quả huyện Càng Long có 13/13 xã đạt tiêu chí 4 về điện và 12/13 xã đạt tiêu chí 7"],
  ];
  for (const [code, value, quote] of confirm) b.stated({ code, kind: "actual", period: h1, value, unit: "xã", quote });

  // Section 2.6: food safety inspections.
  const food =
    "Kết quả kiểm tra tại 81 cơ sở sản xuất, kinh doanh trên địa bàn tỉnh, trong đó, có 11 cơ sở chưa chấp hành nghiêm các quy định về điều kiện ATTP; Quyết định xử phạt vi phạm hành chính 04 trường hợp, với số tiền 30,25 triệu đồng";
  b.stated({ code: "other.food-safety.inspected-establishments", kind: "actual", period: h1, value: "81", unit: "cơ sở", quote: food });
  b.stated({ code: "other.food-safety.non-compliant-establishments", kind: "actual", period: h1, value: "11", unit: "cơ sở", quote: food });
  b.stated({ code: "other.food-safety.fined-cases", kind: "actual", period: h1, value: "04", unit: "trường hợp", quote: food });
  b.stated({ code: "other.food-safety.fines", kind: "actual", period: h1, value: "30,25", unit: "triệu đồng", quote: food });

  // Section 2.7: administrative procedures and applications.
  const apps =
    "Tiếp nhận 5.547 hồ sơ thủ tục hành chính (tiếp nhận mới 5.530 hồ sơ ( tỷ lệ hồ sơ nộp trực tuyến đạt 34%), tồn kỳ trước 17 hồ sơ); đã giải quyết và trả kết quả đúng hạn 5.515 hồ sơ";
  b.stated({ code: "other.applications.received", kind: "actual", period: h1, value: "5.547", unit: "hồ sơ", quote: apps });
  b.stated({ code: "other.applications.new", kind: "actual", period: h1, value: "5.530", unit: "hồ sơ", quote: apps });
  b.stated({ code: "other.applications.carried-over", kind: "actual", period: h1, value: "17", unit: "hồ sơ", quote: apps });
  b.stated({ code: "other.applications.on-time", kind: "actual", period: h1, value: "5.515", unit: "hồ sơ", quote: apps });
  const published = "trình UBND tỉnh công bố mới 132 TTHC và bãi bỏ 126 TTHC thuộc thẩm quyền giải quyết";
  b.stated({ code: "other.admin-procedures.published-new", kind: "actual", period: h1, value: "132", unit: "TTHC", quote: published });
  b.stated({ code: "other.admin-procedures.abolished", kind: "actual", period: h1, value: "126", unit: "TTHC", quote: published });
  const postal =
    "Thực hiện qua dịch vụ bưu chính công ích trên 2.000 hồ sơ, luân chuyển hồ sơ từ Sở đến Trung tâm phục vụ hành chính công và ngược lại trên 150 hồ sơ";
  b.stated({ code: "other.applications.postal", kind: "actual", period: h1, value: "2.000", unit: "hồ sơ", quote: postal, qualifier: "over" });
  b.stated({ code: "other.applications.transferred", kind: "actual", period: h1, value: "150", unit: "hồ sơ", quote: postal, qualifier: "over" });
  // The registration is for the year's review plan ("rà soát quy định TTHC năm 2020").
  b.stated({
    code: "other.admin-procedures.review-registered",
    kind: "actual",
    period: y2020,
    value: "04",
    unit: "TTHC",
    quote: "Thực hiện đăng ký nội dung rà soát quy định TTHC năm 2020 đối với 04 TTHC",
  });
  const pub = "Công Thương với 87/119 TTHC (đạt 73%)";
  b.stated({ code: "other.admin-procedures.online-public", kind: "actual", period: h1, value: "87", unit: "TTHC", share: "73", quote: pub });
  b.stated({ code: "other.admin-procedures.department", kind: "actual", period: h1, value: "119", unit: "TTHC", quote: pub });

  // Online filing rate (section 2.7 and the summary).
  b.stated({
    code: "other.online-applications-rate",
    kind: "actual",
    period: h1,
    value: "34",
    unit: "%",
    growth: "21,7",
    quote: "tỷ lệ hồ sơ nộp trực tuyến đạt 34% tăng 21,7% so cùng kỳ năm 2019.",
    flags: [
      {
        code: "other",
        vi: "\"Tăng 21,7%\" của một tỷ lệ không rõ là điểm phần trăm (cùng kỳ 12,3%) hay tăng tương đối (cùng kỳ khoảng 27,9%); không suy ra số cùng kỳ.",
        en: "\"Up 21.7%\" of a rate may be percentage points (prior 12.3%) or relative growth (prior about 27.9%); no prior figure is derived.",
        related: [],
      },
    ],
  });

  // Section II.2: what remains for the second half (full-year estimate − first-half estimate).
  const rest = half(2, 2020);
  b.stated({ code: "main.industrial-production-value", kind: "remaining", period: rest, value: "26.140,56", unit: "tỷ đồng", quote: "Giá trị sản xuất công nghiệp: 26.140,56 tỷ đồng", ...unstated });
  b.stated({ code: "main.retail-sales", kind: "remaining", period: rest, value: "18.138", unit: "tỷ đồng", quote: "Tổng mức bán lẻ hàng hóa và dịch vụ: 18.138 tỷ đồng", ...unstated });
  b.stated({ code: "main.household-electrification", kind: "remaining", period: rest, value: "0,04", unit: "%", quote: "Tỷ lệ hộ sử dụng điện: đạt 0,04%" });

  // Section II (plan for the second half): end-of-year goals for the new rural criteria.
  const ntmGoal = "Đến cuối năm 2020 toàn tỉnh có 85/85 xã tiếp tục giữ vững tiêu chí số 4 về điện và 85/85 xã đạt tiêu chí 7";
  b.stated({ code: "other.communes.criterion-4", kind: "target", period: y2020, value: "85", unit: "xã", quote: ntmGoal });
  b.stated({ code: "other.communes.criterion-7", kind: "target", period: y2020, value: "85", unit: "xã", quote: ntmGoal });

  return b.build();
}
