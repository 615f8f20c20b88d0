/**
 * Seed 003: Sở Công Thương Trà Vinh, year-end report 2021 and plan for 2022 (December 2021, number left blank).
 * Only the 2022 industrial production target names its price basis (comparable 2010 prices).
 */
import type { PlanDataset } from "../../../src/core/dataset/types";
import { DatasetBuilder, asOf, year, type StatedSpec } from "../lib";

export const SEED = "003_dd88f799516af4c8.txt";

type Row = [code: string, value: string, unit: string, quote: string, extra?: Partial<StatedSpec>];

export function build(seedText: string): PlanDataset {
  const b = new DatasetBuilder(
    {
      id: "tv-sct-2021",
      version: "1.0.0",
      province: "Trà Vinh",
      document: {
        number: "",
        date: "2021-12",
        issuer: "Sở Công Thương tỉnh Trà Vinh",
        title: "Báo cáo tổng kết tình hình sản xuất công nghiệp, hoạt động thương mại năm 2021, xây dựng kế hoạch năm 2022",
        seedFile: SEED,
      },
      period: year(2021),
    },
    seedText,
  );
  const y2021 = year(2021);
  const y2022 = year(2022);
  const now = asOf(12, 2021);
  const add = (kind: StatedSpec["kind"], period: StatedSpec["period"], rows: Row[]) => {
    for (const [code, value, unit, quote, extra] of rows) b.stated({ code, kind, period, value, unit, quote, ...extra });
  };

  // I.1 Industry.
  b.statedWithDerived({
    code: "main.industrial-production-value",
    kind: "actual",
    period: y2021,
    value: "32.015,43",
    unit: "tỷ đồng",
    pctOfPlan: "70,92",
    growth: "-9,74",
    quote: "Giá trị sản xuất công nghiệp đạt 32.015,43 tỷ đồng, chỉ đạt 70,92% kế hoạch, giảm 9,74% so cùng kỳ.",
    basis: "n/a",
  });
  b.stated({
    code: "structure.ipv-electricity-value",
    kind: "actual",
    period: y2021,
    value: "18.921,57",
    unit: "tỷ đồng",
    share: "59,33",
    quote: "ngành điện đóng góp 18.921,57 tỷ đồng, chiếm 59,33% tổng giá trị sản xuất công nghiệp chung toàn tỉnh",
    basis: "n/a",
  });
  const gridNew =
    "Phát triển 24,51km đường dây trung thế; 21,23km đường dây hạ thế, 292 trạm biến áp (dung lượng 43.867,5kV).";
  const gridTotal =
    "Nâng tổng số toàn tỉnh có 3.124km đường dây trung thế; 5.333,10 km đường dây hạ thế và 6.295 trạm biến thế (tổng dung lượng 532.808,5kVA)";
  add("actual", y2021, [
    ["other.medium-voltage-lines.added", "24,51", "km", gridNew],
    ["other.low-voltage-lines.added", "21,23", "km", gridNew],
    ["other.transformer-stations.added", "292", "trạm biến áp", gridNew],
    [
      "other.transformer-capacity.added",
      "43.867,5",
      "kV",
      gridNew,
      {
        unitId: "kva",
        flags: [
          {
            code: "unit-conflict",
            vi: "Văn bản ghi đơn vị \"kV\" (điện áp) cho dung lượng trạm biến áp; dung lượng tính bằng kVA như các số liệu cùng loại.",
            en: "The document writes \"kV\" (voltage) for transformer capacity; capacity is in kVA like the other figures of its kind.",
            related: [],
          },
        ],
      },
    ],
  ]);
  add("actual", now, [
    [
      "other.medium-voltage-lines",
      "3.124",
      "km",
      gridTotal,
      {
        flags: [
          {
            code: "other",
            vi: "Tổng 3.124 km đường dây trung thế không khớp: văn bản 1809/QĐ-UBND (9/2021) ghi 2.808,72 km và năm 2021 chỉ phát triển thêm 24,51 km; số 3.124 trùng với số hộ phát triển mới (3.124 hộ) ở câu sau, có thể nhầm.",
            en: "The 3,124 km medium-voltage total does not fit: decision 1809/QĐ-UBND (Sept 2021) gives 2,808.72 km and only 24.51 km were added in 2021; 3,124 is also the number of new households in the next sentence, a likely slip.",
            related: ["tv-qd1809-2021:other.medium-voltage-lines:2021-09:actual", "tv-sct-2021:other.medium-voltage-lines.added:2021:actual"],
          },
        ],
      },
    ],
    ["other.low-voltage-lines", "5.333,10", "km", gridTotal],
    ["other.transformer-stations", "6.295", "trạm biến thế", gridTotal],
    ["other.transformer-capacity", "532.808,5", "kVA", gridTotal],
  ]);
  const wind =
    "Đã lắp đặt được 79/79 turbine của 05 dự án và được công nhận phát điện thương mại (COD) với 64/79 turbine, tổng công suất là 256,8MW";
  add("actual", now, [
    ["other.power.wind.turbines-installed", "79", "turbine", wind],
    ["other.power.wind.projects", "05", "dự án", wind],
    ["other.power.wind.turbines-cod", "64", "turbine", wind],
    ["other.power.wind.cod-capacity", "256,8", "MW", wind],
  ]);
  // Footnote 2: the 05 wind projects one by one ("3/18 turbine, công suất 12,8/78MW": installed of planned).
  const windProjects: Array<[string, string, string]> = [
    ["v1-2", "12", "48"],
    ["han-quoc-tra-vinh-1", "12", "48"],
    ["so-3", "12", "48"],
    ["dong-hai-1", "25", "100"],
  ];
  const fn2 = [
    "(1) Dự án điện gió V1-2 của Công ty cổ phần Điện gió Trường Thành Trà Vinh (12/12 turbine, công suất 48MW)",
    "(2) Dự án nhà máy điện gió Hàn Quốc - Trà Vinh giai đoạn 1 của Công ty cổ phần điện gió Trà Vinh 1 (12/12 turbine, công suất 48MW)",
    "(3) Dự án Điện gió số 3 của Công ty Cổ phần Cơ Điện lạnh (12/12 turbine, công suất 48MW)",
    "(4) Dự án điện gió Đông Hải 1 của Công ty Cổ phần Điện gió Trung Nam Trà Vinh 1 (25/25 turbine, công suất 100MW)",
  ];
  windProjects.forEach(([project, turbines, mw], i) => {
    add("actual", now, [
      [`other.power.wind.${project}.turbines-installed`, turbines, "turbine", fn2[i]!],
      [`other.power.wind.${project}.capacity`, mw, "MW", fn2[i]!],
    ]);
  });
  const hiepThanh = "(5) Dự án điện gió hiệp thành của Công ty CP năng lượng tái tạo Ecotech Trà Vinh (3/18 turbine, công suất 12,8/78MW)";
  add("actual", now, [
    ["other.power.wind.hiep-thanh.turbines-installed", "3", "turbine", hiepThanh],
    ["other.power.wind.hiep-thanh.turbines", "18", "turbine", hiepThanh],
    ["other.power.wind.hiep-thanh.capacity-installed", "12,8", "MW", hiepThanh],
    ["other.power.wind.hiep-thanh.capacity", "78", "MW", hiepThanh],
  ]);
  const households =
    "Toàn tỉnh phát triển 3.124 hộ sử dụng điện, góp phần tăng tỷ lệ hộ sử dụng điện đạt 99,25% (vượt 0,05% so với kế hoạch năm 2021 là 99,2%)";
  add("actual", y2021, [
    ["other.households-using-electricity.added", "3.124", "hộ", households],
    ["main.household-electrification", "99,25", "%", households],
  ]);
  add("plan", y2021, [["main.household-electrification", "99,2", "%", households]]);
  add("actual", asOf(1, 2021), [
    ["other.total-households", "289.159", "hộ", "Theo Quyết định số 74/QĐ-UBND ngày 13/01/2021 của UBND tỉnh Trà Vinh thì tổng số hộ dân toàn tỉnh là 289.159 hộ."],
  ]);
  const fn1 =
    "Tổng sản lượng phát điện của Nhiệt điện Duyên Hải là 16,63 tỷ kWh; Công ty Cổ phần Điện mặt trời Trung Nam là 220 triệu kWh; 05 dự án điện gió 263,5 triệu kWh.";
  add("actual", y2021, [
    ["other.power.duyen-hai.generation", "16,63", "tỷ kWh", fn1],
    ["other.power.solar-trung-nam.generation", "220", "triệu kWh", fn1],
    ["other.power.wind.generation", "263,5", "triệu kWh", fn1],
  ]);
  const ccn =
    "Đến nay, tỉnh đã thành lập 04 CCN (Cụm công nghiệp Sa Bình, Cụm công nghiệp Hiệp Mỹ Tây, Cụm Công nghiệp Tân Ngãi và Cụm công nghiệp Phú Cần), với tổng diện tích 93,18 ha; tổng vốn đầu tư khoảng 987,98 tỷ đồng";
  add("actual", now, [
    ["other.industrial-clusters", "04", "CCN", ccn],
    [
      "other.industrial-clusters.area",
      "93,18",
      "ha",
      ccn,
      {
        flags: [
          {
            code: "value-conflict",
            vi: "Cùng 04 cụm công nghiệp, văn bản 1809/QĐ-UBND (9/2021) ghi tổng diện tích khoảng 104,2 ha, báo cáo này ghi 93,18 ha; có thể do điều chỉnh quy mô diện tích Cụm công nghiệp Tân Ngãi nêu ngay trong đoạn này.",
            en: "For the same 4 industrial clusters, decision 1809/QĐ-UBND (Sept 2021) gives about 104.2 ha and this report 93.18 ha; probably the resizing of the Tân Ngãi cluster mentioned in the same paragraph.",
            related: ["tv-qd1809-2021:other.industrial-clusters.area:2021-09:actual"],
          },
        ],
      },
    ],
    ["other.industrial-clusters.capital", "987,98", "tỷ đồng", ccn, { qualifier: "about" }],
  ]);
  const food =
    "đã triển khai tổ chức 02 cuộc kiểm tra an toàn thực phẩm tại 81 cơ sở, ghi nhận 28 trường hợp vi phạm";
  add("actual", y2021, [
    ["other.food-safety.inspected-establishments", "81", "cơ sở", food],
    ["other.food-safety.violations", "28", "trường hợp", food],
  ]);
  const power =
    "Giám sát ngành điện thực hiện *giảm giá điện* cho 74 khách hàng, *giảm tiền điện* cho 272.291 khách hàng, với tổng số tiền trên 21,23 tỷ đồng.";
  add("actual", y2021, [
    ["other.electricity-price-support.customers", "74", "khách hàng", power],
    ["other.electricity-bill-support.customers", "272.291", "khách hàng", power],
    ["other.electricity-bill-support.amount", "21,23", "tỷ đồng", power, { qualifier: "over" }],
  ]);

  // I.2 Trade.
  b.statedWithDerived({
    code: "main.retail-sales",
    kind: "actual",
    period: y2021,
    value: "31.910,47",
    unit: "tỷ đồng",
    pctOfPlan: "88,64",
    growth: "-4,86",
    quote:
      "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đến cuối năm 2021 đạt 31.910,47 tỷ đồng, đạt 88,64% so kế hoạch, giảm 4,86% so cùng kỳ.",
    basis: "n/a",
  });
  const stab =
    "Tổng kinh phí mà các doanh nghiệp tham gia bình ổn thị trường năm 2021 và Tết Nhâm Dần năm 2022 là 291,982 tỷ đồng (*trong đó, giá trị hàng hóa phục vụ tết 147,443 tỷ đồng, phục vụ mùa khai giảng 144,539 tỷ đồng*).";
  add("actual", y2021, [
    ["other.price-stabilisation.funds", "291,982", "tỷ đồng", stab],
    ["other.price-stabilisation.tet-goods", "147,443", "tỷ đồng", stab],
    ["other.price-stabilisation.school-goods", "144,539", "tỷ đồng", stab],
  ]);
  const infra =
    "Phát triển mới 11 Cửa hàng bán lẻ xăng dầu, 01 cửa hàng tiện lợi. Nâng tổng số đến nay toàn tỉnh có 323 cửa hàng, sức chứa 9.690m<sup>3</sup>, 09 thương nhân phân phối và 01 tổng đại lý và 04 kho xăng dầu với tổng dung tích 9.100m<sup>3</sup>; 04 Thương nhân phân phối và 01 Đại lý LPG; 07 siêu thị, 02 Trung tâm thương mại và 116 chợ; 25 Cửa hàng tiện lợi; 04 máy bán hàng tự động";
  add("actual", y2021, [
    ["other.fuel-stations.added", "11", "Cửa hàng", infra],
    ["other.convenience-stores.added", "01", "cửa hàng", infra],
  ]);
  add("actual", now, [
    ["other.fuel-stations", "323", "cửa hàng", infra],
    ["other.fuel-stations.capacity", "9.690", "m<sup>3</sup>", infra],
    ["other.fuel-distributors", "09", "thương nhân", infra],
    ["other.fuel-depots", "04", "kho", infra],
    ["other.fuel-depots.capacity", "9.100", "m<sup>3</sup>", infra],
    ["other.lpg-traders", "04", "Thương nhân", infra],
    ["other.supermarkets", "07", "siêu thị", infra],
    ["other.commercial-centres", "02", "Trung tâm thương mại", infra],
    ["other.markets", "116", "chợ", infra],
    ["other.convenience-stores", "25", "Cửa hàng", infra],
    ["other.vending-machines", "04", "máy", infra],
  ]);
  const resumed =
    "có 66 doanh nghiệp được UBND tỉnh chấp thuận đủ điều kiện hoạt động theo phương án sản xuất trong điều kiện dịch Covid-19 được kiểm soát, trở về trạng thái bình thường mới (giai đoạn 2), tổng số lao động 31.047 người";
  add("actual", now, [
    ["other.enterprises-resumed", "66", "doanh nghiệp", resumed],
    ["other.enterprises-resumed.workers", "31.047", "người", resumed],
  ]);

  // I.2 Trade promotion and e-commerce.
  const exporters =
    "Triển khai, đề cử 02 doanh nghiệp<sup>(4)</sup> tham gia Chương trình xét chọn doanh nghiệp xuất khẩu uy tín năm 2020 do Bộ Công Thương tổ chức và có 01 doanh nghiệp xuất khẩu đạt";
  add("actual", y2021, [
    ["other.promotion.registrations-confirmed", "23", "hồ sơ", "Qua phát động, đã xác nhận 23 hồ sơ đăng ký khuyến mại"],
    ["other.reputable-exporters.nominated", "02", "doanh nghiệp", exporters],
    ["other.reputable-exporters.awarded", "01", "doanh nghiệp", exporters],
    [
      "other.ecommerce.establishments-onboarded",
      "20",
      "cơ sở",
      "Có trên 20 cơ sở, doanh nghiệp mở gian hàng trên Sàn thương mại điện tử Voso.vn",
      { qualifier: "over" },
    ],
    ["other.ecommerce.produce-sold", "10", "tấn", "(đã tiêu thụ trên 10 tấn trái cây)", { qualifier: "over" }],
    [
      "other.trade-connection.establishments",
      "19",
      "cơ sở",
      "Tổ chức 02 cuộc Hội nghị gặp gỡ trao đổi kết nối hàng hoá và tiêu thụ sản phẩm của 19 cơ sở, Hợp tác xã",
    ],
  ]);

  // I.3 Industrial extension.
  const ext =
    "Tổ chức triển khai thực hiện 08 Đề án<sup>(5)</sup> hỗ trợ ứng dụng máy móc thiết bị, công nghệ tiên tiến cho các cơ sở CNNT trong tỉnh nhằm nâng cao chất lượng và tính cạnh tranh của sản phẩm trong quá trình hội nhập với tổng vốn đầu tư 6,842 tỷ đồng, trong đó kinh phí khuyến công hỗ trợ 1,455 tỷ đồng";
  add("actual", y2021, [
    ["other.extension.schemes", "08", "Đề án", ext],
    ["other.extension.total-investment", "6,842", "tỷ đồng", ext],
    ["other.extension.support", "1,455", "tỷ đồng", ext],
  ]);

  const national =
    "Trà Vinh có 04/5 sản phẩm, bộ sản phẩm<sup>(6)</sup> được Bộ Công Thương công nhận sản phẩm công nghiệp nông thôn tiêu biểu cấp quốc gia năm 2021";
  add("actual", y2021, [
    ["other.rural-industry-products.national-awarded", "04", "sản phẩm", national],
    ["other.rural-industry-products.national-entered", "5", "sản phẩm", national],
    [
      "other.extension.branding-support.establishments",
      "05",
      "cơ sở",
      "hỗ trợ, tư vấn đăng ký, kê khai thông tin, thiết kế nhãn hiệu cho 05 cơ sở công nghiệp nông thôn",
    ],
  ]);

  // I.4 New rural criteria.
  add("actual", now, [
    [
      "other.communes.criterion-4",
      "85",
      "xã",
      "Đến nay toàn tỉnh có 85/85 xã đạt tiêu chí số 4 về điện và tiêu chí 7 về cơ sở hạ tầng thương mại nông thôn",
    ],
    [
      "other.communes.criterion-7",
      "85",
      "xã",
      "Đến nay toàn tỉnh có 85/85 xã đạt tiêu chí số 4 về điện và tiêu chí 7 về cơ sở hạ tầng thương mại nông thôn",
    ],
  ]);

  add("actual", y2021, [
    [
      "other.communes.ntm-registered",
      "8",
      "xã",
      "trên địa bàn 8 xã và huyện Châu Thành đăng ký đạt chuẩn nông thôn mới năm 2021",
    ],
    ["other.communes.ntm-advanced-appraised", "07", "xã", "Tham gia Đoàn thẩm định xã đạt chuẩn nông thôn mới nâng cao tại 07 xã"],
    [
      "other.communes.ntm-advanced-confirmed",
      "10",
      "xã",
      "tiêu chí 7 về cơ sở hạ tầng thương mại chi 10 xã<sup>(11)</sup> nông thôn mới nâng cao và 03 xã<sup>(12)</sup> nông thôn mới",
    ],
    [
      "other.communes.ntm-criteria-confirmed",
      "03",
      "xã",
      "tiêu chí 7 về cơ sở hạ tầng thương mại chi 10 xã<sup>(11)</sup> nông thôn mới nâng cao và 03 xã<sup>(12)</sup> nông thôn mới",
    ],
    [
      "other.interagency-inspections.establishments",
      "103",
      "cơ sở",
      "Tổ chức triển khai 03 cuộc kiểm tra liên ngành đối với 103 cơ sở, hộ kinh doanh cá thể hoạt động sản xuất, kinh doanh trên địa bàn tỉnh",
    ],
  ]);

  // I.6 Administrative procedures and applications (16/12/2020 - 15/11/2021).
  const tthc =
    "trình UBND tỉnh công bố danh mục 130 TTHC, trong đó, TTHC thuộc thẩm quyền giải quyết của Sở Công Thương là 117 thủ tục, TTHC thuộc thẩm quyền giải quyết của cấp huyện là 13 thủ tục. Trong số 117 TTHC thuộc thẩm quyền của Sở Công Thương, có 22 TTHC mức độ 2, 36 TTHC mức độ 3, 59 TTHC mức độ 4 (Mức độ 3,4 chiếm 81.2% trên tổng số TTHC của đơn vị); Có 64 TTHC được cắt giảm từ 50% trở lên thời gian thực hiện theo quy định (tỷ lệ đạt 54.7%); 27 TTHC được cắt giảm dưới 50% thời gian quy định (tỷ lệ 23.1%); có 24 TTHC được giữ nguyên thời gian quy định (tỷ lệ 20.5%) và 02 TTHC không có quy định thời gian thực hiện (tỷ lệ 1.7%).";
  add("actual", y2021, [
    ["other.admin-procedures.total", "130", "TTHC", tthc],
    ["other.admin-procedures.department", "117", "thủ tục", tthc],
    ["other.admin-procedures.district", "13", "thủ tục", tthc],
    ["other.admin-procedures.level-2", "22", "TTHC", tthc],
    ["other.admin-procedures.level-3", "36", "TTHC", tthc],
    ["other.admin-procedures.level-4", "59", "TTHC", tthc],
    ["other.admin-procedures.level-3-4-share", "81.2", "%", tthc, { share: "81.2" }],
    ["other.admin-procedures.cut-50-plus", "64", "TTHC", tthc, { share: "54.7" }],
    ["other.admin-procedures.cut-under-50", "27", "TTHC", tthc, { share: "23.1" }],
    ["other.admin-procedures.unchanged", "24", "TTHC", tthc, { share: "20.5" }],
    ["other.admin-procedures.no-time-limit", "02", "TTHC", tthc, { share: "1.7" }],
  ]);
  const apps =
    "từ ngày 16/12/2020 đến ngày 15/11/2021 đã tiếp nhận 13.511 hồ sơ (*trong đó có 02 hồ sơ mức độ 2, 5 hồ sơ mức độ 3, 13.504 hồ sơ mức độ 4*), tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích 2.796 hồ sơ, tiếp nhận trực tuyến 10.552 hồ sơ (hồ sơ tiếp nhận trực tuyến đạt tỷ lệ 78,1% trên tổng số hồ sơ tiếp nhận), trả kết quả đúng thời gian quy định 13.499 hồ sơ";
  // The report counts applications from 16/12/2020 to 15/11/2021, filed under 2021 with that label.
  const appsPeriod = { ...y2021, label: "từ 16/12/2020 đến 15/11/2021" };
  add("actual", appsPeriod, [
    ["other.applications.received", "13.511", "hồ sơ", apps],
    ["other.applications.offline", "2.796", "hồ sơ", apps],
    ["other.applications.online", "10.552", "hồ sơ", apps, { share: "78,1" }],
    ["other.online-applications-rate", "78,1", "%", apps],
    ["other.applications.on-time", "13.499", "hồ sơ", apps],
    ["other.applications.level-2", "02", "hồ sơ", apps],
    ["other.applications.level-3", "5", "hồ sơ", apps],
    ["other.applications.level-4", "13.504", "hồ sơ", apps],
    ["other.applications.in-progress", "11", "hồ sơ", "cho người dân và doanh nghiệp, đang giải quyết 11 hồ sơ, trả lại 01 hồ sơ không đủ điều kiện"],
    ["other.applications.returned", "01", "hồ sơ", "cho người dân và doanh nghiệp, đang giải quyết 11 hồ sơ, trả lại 01 hồ sơ không đủ điều kiện"],
  ]);
  // Footnote 15: the applications decided on time by field (they add up to the 13.499).
  const fn15 =
    "Trong đó 14 hồ sơ lĩnh vực ATP; 13.336 hồ sơ lĩnh vực xúc tiến thương mại; 11 hồ sơ lĩnh vực quản lý cạnh tranh; 05 hồ sơ lĩnh vực điện; 131 hồ sơ lĩnh vực lưu thông hàng hóa trong nước; 02 hồ sơ lĩnh vực thương mại quốc tế.";
  add("actual", appsPeriod, [
    ["other.applications.on-time.food-safety", "14", "hồ sơ", fn15],
    ["other.applications.on-time.trade-promotion", "13.336", "hồ sơ", fn15],
    ["other.applications.on-time.competition", "11", "hồ sơ", fn15],
    ["other.applications.on-time.electricity", "05", "hồ sơ", fn15],
    ["other.applications.on-time.domestic-trade", "131", "hồ sơ", fn15],
    ["other.applications.on-time.international-trade", "02", "hồ sơ", fn15],
  ]);

  // III.2 Targets for 2022.
  b.statedWithDerived({
    code: "main.industrial-production-value",
    kind: "plan",
    period: y2022,
    value: "37.300",
    unit: "tỷ đồng",
    growth: "16,95",
    quote: "Giá trị sản xuất công nghiệp (*Theo giá so sánh năm 2010*) năm 2022 đạt 37.300 tỷ đồng, tăng 16,95% so cùng kỳ 2021.",
    basis: "comparable-2010",
  });
  b.statedWithDerived({
    code: "main.retail-sales",
    kind: "plan",
    period: y2022,
    value: "36.754",
    unit: "tỷ đồng",
    growth: "15,18",
    quote: "Tổng mức bán lẻ hàng hóa và dịch vụ tiêu dùng đạt 36.754 tỷ đồng, tăng 15,18% so cùng kỳ 2021.",
    basis: "n/a",
  });
  add("plan", y2022, [
    [
      "other.extension.schemes",
      "11",
      "Đề án",
      "Triển khai thực hiện 11 Đề án hỗ trợ ứng dụng máy móc thiết bị tiên tiến trong lĩnh vực sơ chế, chế biến nông, lâm, thủy sản",
    ],
  ]);
  add("plan", y2022, [
    ["main.household-electrification", "99,4", "%", "Tỷ lệ hộ sử dụng điện đạt 99,4% trên tổng số hộ dân toàn tỉnh"],
  ]);
  return b.build();
}
