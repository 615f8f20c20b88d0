/**
 * Seed 002: Vĩnh Long, plan to restructure industry and trade to 2020 (issued with Quyết định 1013/QĐ-UBND, 18/6/2015).
 * 2015 figures are estimates ("ước đạt"); 2016-2020 figures are targets.
 */
import type { PlanDataset } from "../../../src/core/dataset/types";
import { DatasetBuilder, asOf, range, year, type StatedSpec } from "../lib";

export const SEED = "002_8092bb5504b0ec9d.txt";

type Row = [code: string, value: string, unit: string, quote: string, extra?: Partial<StatedSpec>];

export function build(seedText: string): PlanDataset {
  const b = new DatasetBuilder(
    {
      id: "vl-qd1013-2015",
      version: "1.0.0",
      province: "Vĩnh Long",
      document: {
        number: "1013/QĐ-UBND",
        date: "2015-06-18",
        issuer: "Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Long",
        title:
          "Kế hoạch thực hiện Đề án tái cơ cấu ngành công thương phục vụ sự nghiệp công nghiệp hoá, hiện đại hoá và phát triển bền vững giai đoạn đến năm 2020, tầm nhìn đến năm 2030 trên địa bàn tỉnh Vĩnh Long",
        seedFile: SEED,
      },
      period: range(2016, 2020),
    },
    seedText,
  );
  const add = (kind: StatedSpec["kind"], period: StatedSpec["period"], rows: Row[]) => {
    for (const [code, value, unit, quote, extra] of rows) b.stated({ code, kind, period, value, unit, quote, ...extra });
  };
  const p1115 = range(2011, 2015);
  const p1620 = range(2016, 2020);
  const y2015 = year(2015);
  const y2020 = year(2020);
  const now = asOf(6, 2015);

  // I.1 Results 2011-2015.
  add("estimate", p1115, [
    [
      "growth.industrial-production-value",
      "13,81",
      "%",
      "Ngành công nghiệp - tiểu thủ công nghiệp trong tỉnh duy trì được mức tăng trưởng khá, bình quân giai đoạn 2011-2015 đạt 13,81%/năm.",
      { growth: "13,81", suffix: "industry-handicraft" },
    ],
    [
      "growth.industrial-production-value",
      "13,67",
      "%",
      "Tính theo giá so sánh 2010 thì qui mô giá trị sản xuất công nghiệp năm 2015 ước đạt 24.670 tỷ đồng, tăng 1,9 lần so với năm 2010; tốc độ tăng bình quân 13,67%/năm.",
      { growth: "13,67", suffix: "comparable-2010" },
    ],
  ]);
  add("estimate", y2015, [
    [
      "main.industrial-production-value",
      "24.670",
      "tỷ đồng",
      "Tính theo giá so sánh 2010 thì qui mô giá trị sản xuất công nghiệp năm 2015 ước đạt 24.670 tỷ đồng, tăng 1,9 lần so với năm 2010",
      { basis: "comparable-2010" },
    ],
  ]);
  const parks =
    "đã thu hút 36 dự án được cấp giấy chứng nhận đầu tư (11 dự án có vốn đầu tư nước ngoài và 25 dự án có vốn đầu tư trong nước), với tổng vốn triển khai 985,5 tỷ đồng, đạt 25,06% so với số vốn đăng ký 3.931,2 tỷ đồng; diện tích đất triển khai được 86,3 ha, đạt 49,18% so với 175,42 ha đã thuê.";
  add("actual", now, [
    ["other.industrial-parks.projects", "36", "dự án", parks],
    ["other.industrial-parks.fdi-projects", "11", "dự án", parks],
    ["other.industrial-parks.domestic-projects", "25", "dự án", parks],
    ["other.industrial-parks.disbursed-capital", "985,5", "tỷ đồng", parks, { share: "25,06" }],
    ["other.industrial-parks.registered-capital", "3.931,2", "tỷ đồng", parks],
    ["other.industrial-parks.used-area", "86,3", "ha", parks, { share: "49,18" }],
    ["other.industrial-parks.leased-area", "175,42", "ha", parks],
    [
      "other.industrial-clusters",
      "14",
      "cụm công nghiệp",
      "Tỉnh đã định hướng quy hoạch phát triển 14 cụm công nghiệp với tổng diện tích 692,41 ha.",
      { kind: "plan" },
    ],
    [
      "other.industrial-clusters.area",
      "692,41",
      "ha",
      "Tỉnh đã định hướng quy hoạch phát triển 14 cụm công nghiệp với tổng diện tích 692,41 ha.",
      { kind: "plan" },
    ],
  ]);
  const grdp =
    "Tỷ trọng công nghiệp - xây dựng trong GRDP đến năm 2015 đạt 22,2%; trong đó riêng công nghiệp đạt 19%. Giá trị kim ngạch xuất khẩu công nghiệp - tiểu thủ công nghiệp đạt 61% tổng kim ngạch xuất khẩu của tỉnh.";
  add("estimate", y2015, [
    ["structure.grdp.industry-construction", "22,2", "%", grdp, { share: "22,2" }],
    ["structure.grdp.industry", "19", "%", grdp, { share: "19" }],
    ["structure.exports.industry", "61", "%", grdp, { share: "61" }],
  ]);
  add("estimate", p1115, [
    [
      "growth.retail-sales",
      "15",
      "%",
      "tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng xã hội giai đoạn 2011-2015 tăng bình quân 15%/năm",
      { growth: "15" },
    ],
  ]);
  add("estimate", y2015, [
    ["structure.grdp.services", "44,4", "%", "tỷ trọng khu vực dịch vụ trong GRDP đến năm 2015 chiếm 44,4%", { share: "44,4" }],
  ]);
  const markets =
    "Đến nay, toàn tỉnh có 5 siêu thị và 116 chợ (02 chợ hạng 1, 25 chợ hạng 2 và 89 chợ hạng 3).";
  add("actual", now, [
    [
      "other.markets.privately-run",
      "19",
      "chợ",
      "Hiện nay có 19 chợ, trung tâm thương mại do doanh nghiệp, hợp tác xã và tư nhân khai thác kinh doanh.",
    ],
    ["other.supermarkets", "5", "siêu thị", markets],
    ["other.markets", "116", "chợ", markets],
    ["other.markets.class-1", "02", "chợ", markets],
    ["other.markets.class-2", "25", "chợ", markets],
    ["other.markets.class-3", "89", "chợ", markets],
  ]);
  add("estimate", p1115, [
    [
      "growth.export-turnover",
      "5,3",
      "%",
      "Bình quân giai đoạn 2011-2015, kim ngạch xuất khẩu tăng trưởng bình quân 5,3%/năm.",
      { growth: "5,3" },
    ],
  ]);
  add("estimate", y2015, [
    [
      "main.export-turnover",
      "330",
      "triệu USD",
      "Năm 2015, tổng kim ngạch xuất khẩu của tỉnh ước đạt 330 triệu USD, qui mô gấp 1,3 lần so với năm 2010.",
    ],
  ]);
  const exportShare =
    "hàng công nghiệp – tiểu thủ công nghiệp chiếm tỷ trọng ngày càng cao (từ 37% năm 2010 tăng lên 61% năm 2015)";
  add("actual", year(2010), [["structure.exports.industry", "37", "%", exportShare, { share: "37" }]]);
  add("estimate", y2015, [["structure.exports.industry", "61", "%", exportShare, { share: "61", suffix: "trend" }]]);

  // II.2 Targets 2016-2020.
  const ind =
    "Phấn đấu tăng trưởng sản xuất công nghiệp (theo giá so sánh 2010) bình quân giai đoạn 2016 - 2020 đạt 14%/năm; chỉ số sản xuất công nghiệp bình quân 13%/năm. Đến năm 2020 cơ cấu khu vực II chiếm 26% trong GRDP của tỉnh.";
  add("target", p1620, [
    ["growth.industrial-production-value", "14", "%", ind, { growth: "14" }],
    ["growth.iip", "13", "%", ind, { growth: "13" }],
  ]);
  add("target", y2020, [["structure.grdp.industry-construction", "26", "%", ind, { share: "26" }]]);
  const exp =
    "Phấn đấu tăng trưởng kim ngạch xuất khẩu bình quân 9,63%/năm giai đoạn 2016 - 2020. Đến năm 2020 đạt kim ngạch xuất khẩu đạt 530 triệu USD.";
  add("target", p1620, [["growth.export-turnover", "9,63", "%", exp, { growth: "9,63" }]]);
  add("target", y2020, [["main.export-turnover", "530", "triệu USD", exp]]);
  const retail =
    "Tổng mức bán lẻ hàng hoá và dịch vụ tiêu dùng xã hội giai đoạn 2016-2020 tăng trưởng bình quân 15,39%/năm. Đến năm 2020 cơ cấu khu vực III chiếm 48% trong GRDP của tỉnh.";
  add("target", p1620, [["growth.retail-sales", "15,39", "%", retail, { growth: "15,39" }]]);
  add("target", y2020, [["structure.grdp.services", "48", "%", retail, { share: "48" }]]);
  const food =
    "Đây là ngành chủ lực của tỉnh trong các giai đoạn tới, đến năm 2020 cơ cấu trong công nghiệp chiếm 42%, với tốc độ tăng trưởng bình quân là 19,5%.";
  add("target", y2020, [["structure.ipv.food-processing", "42", "%", food, { share: "42" }]]);
  add("target", p1620, [["growth.industrial-production-value.food-processing", "19,5", "%", food, { growth: "19,5" }]]);
  add("target", p1620, [
    [
      "product.tablet-capacity",
      "8",
      "tỷ viên",
      "xây dựng phân xưởng thuốc tân dược viên theo tiêu chuẩn GMP công suất 8 tỷ viên/năm",
    ],
  ]);
  return b.build();
}
