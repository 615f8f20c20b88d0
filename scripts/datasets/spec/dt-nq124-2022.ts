/**
 * Seed 004: UBND tỉnh Đồng Tháp, plan for 2022 implementing Nghị quyết 124/NQ-CP (January 2022, number and day
 * left blank). Results are for 2021; targets for 2022. Money values name their basis ("giá 2010", "giá so sánh 2010").
 */
import type { PlanDataset } from "../../../src/core/dataset/types";
import { DatasetBuilder, asOf, months, year, type StatedSpec } from "../lib";

export const SEED = "004_4cb41a0515343e68.txt";

type Row = [code: string, value: string, unit: string, quote: string, extra?: Partial<StatedSpec>];

export function build(seedText: string): PlanDataset {
  const b = new DatasetBuilder(
    {
      id: "dt-nq124-2022",
      version: "1.0.0",
      province: "Đồng Tháp",
      document: {
        number: "",
        date: "2022-01",
        issuer: "Ủy ban nhân dân tỉnh Đồng Tháp",
        title: "Kế hoạch triển khai thực hiện Nghị quyết số 124/NQ-CP ngày 03/9/2020 của Chính phủ năm 2022 trên địa bàn tỉnh Đồng Tháp",
        seedFile: SEED,
      },
      period: year(2022),
    },
    seedText,
  );
  const add = (kind: StatedSpec["kind"], period: StatedSpec["period"], rows: Row[]) => {
    for (const [code, value, unit, quote, extra] of rows) b.stated({ code, kind, period, value, unit, quote, ...extra });
  };
  const y2021 = year(2021);
  const y2022 = year(2022);

  // 2.2 Industrial extension.
  const ext =
    "trong năm 2021 đã hỗ trợ cho 21 cơ sở công nghiệp nông thôn đầu tư máy móc, thiết bị với tổng kinh phí hỗ trợ là 4,3 tỷ đồng.";
  add("actual", y2021, [
    ["other.extension.supported-establishments", "21", "cơ sở", ext],
    ["other.extension.support", "4,3", "tỷ đồng", ext],
  ]);

  // Footnote 1: credit at 31/12/2021 (manufacturing at 31/10/2021).
  const end2021 = asOf(12, 2021);
  const credit =
    "Đến ngày 31/12/2021, dư nợ cho vay toàn địa bàn là 80.296 tỷ đồng, so với cuối năm 2020 tăng 8.570 tỷ đồng, tỷ lệ tăng 11,95% (cùng kỳ năm trước dư nợ tăng trưởng 10,18%).";
  const ent =
    "cho vay theo đối tượng khách hàng là Doanh nghiệp khoảng 22.294 tỷ đồng, chiếm 27,76%/tổng dư nợ toàn tỉnh, so với cuối năm 2020 tăng 319 tỷ đồng, tỷ lệ tăng 1,45%";
  const sme =
    "cho vay DNVVN dư nợ là 9.713 tỷ đồng với 1.025 doanh nghiệp trên địa bàn còn dư nợ, so với cuối năm 2020 tăng 1.529 tỷ đồng, tỷ lệ tăng 18,68%; chiếm 43,57% dư nợ cho vay khách hàng là DN của tỉnh.";
  const mfg =
    "Dư nợ cho vay ngành công nghiệp chế biến, chế tạo đến 31/10/2021 là 6.930 tỷ đồng, chiếm 9,16% tổng dư nợ toàn tỉnh, so với 31/12/2020 tăng 171 tỷ đồng, tỷ lệ tăng 2,53%.";
  add("actual", end2021, [
    ["other.credit.outstanding", "80.296", "tỷ đồng", credit, { growth: "11,95" }],
    ["other.credit.outstanding-increase", "8.570", "tỷ đồng", credit],
    ["other.credit.enterprises", "22.294", "tỷ đồng", ent, { share: "27,76", growth: "1,45", qualifier: "about" }],
    ["other.credit.enterprises-increase", "319", "tỷ đồng", ent],
    ["other.credit.sme", "9.713", "tỷ đồng", sme, { share: "43,57", growth: "18,68" }],
    ["other.credit.sme-borrowers", "1.025", "doanh nghiệp", sme],
    ["other.credit.sme-increase", "1.529", "tỷ đồng", sme],
  ]);
  add("actual", asOf(12, 2020), [
    [
      "growth.credit-outstanding",
      "10,18",
      "%",
      credit,
      { growth: "10,18" },
    ],
  ]);
  add("actual", asOf(10, 2021), [
    ["other.credit.manufacturing", "6.930", "tỷ đồng", mfg, { share: "9,16", growth: "2,53" }],
    ["other.credit.manufacturing-increase", "171", "tỷ đồng", mfg],
  ]);

  // Footnote 2: budget revenue 2021 (the document writes "86.73%" with a dot).
  const budget =
    "ước thực hiện thu 6.790.000 triệu đồng, đạt 86.73% so chỉ tiêu dự toán thu ngân sách nhà nước của Bộ Tài chính giao";
  b.statedWithDerived({ code: "other.budget-revenue", kind: "estimate", period: y2021, value: "6.790.000", unit: "triệu đồng", pctOfPlan: "86.73", quote: budget });

  // Footnote 3: market control, first 11 months of 2021.
  const m11 = months(11, 2021);
  const mc =
    "Mười một tháng đầu năm 2021, Cục Quản lý thị trường tỉnh Đồng Tháp đã kiểm tra 1.016 vụ, trong đó kiểm tra theo Kế hoạch 624 vụ, đột xuất 392 vụ. Qua kiểm tra lập biên bản vi phạm 454 vụ";
  const fines =
    "Xử lý 446 vụ, trong đó: Phạt tiền 386 vụ, với tổng số tiền 2.248.512.000 đồng (gồm phạt chính 2.231.275.000 đồng, buộc nộp lại số lợi bất hợp pháp 17.237.000 đồng)";
  add("actual", m11, [
    ["other.market-control.inspections", "1.016", "vụ", mc],
    ["other.market-control.planned", "624", "vụ", mc],
    ["other.market-control.unplanned", "392", "vụ", mc],
    ["other.market-control.violations", "454", "vụ", mc],
    ["other.market-control.handled", "446", "vụ", fines],
    ["other.market-control.fined", "386", "vụ", fines],
    ["other.market-control.fines", "2.248.512.000", "đồng", fines],
    ["other.market-control.pending", "08", "vụ", "Chờ xử lý 08 vụ."],
  ]);
  // The same footnote's breakdowns: violations by type (they add up to the 454), fines, confiscations, revenue.
  const byType =
    "trong đó: 58 vụ vận chuyển, kinh doanh thuốc lá điều nhập lậu; 49 vụ vận chuyển, kinh doanh hàng hóa nhập lậu; 87 vụ vận chuyển, kinh doanh hàng hóa không rõ nguồn gốc, xuất xứ; 42 vụ vi phạm trong kinh doanh; 20 vụ vi phạm sở hữu trí tuệ; 51 vụ vi phạm lĩnh vực giá; 104 vụ vi phạm nhãn hàng hóa; 38 vụ kinh doanh hàng hóa quá hạn sử dụng; 05 vụ vi phạm khác.";
  const seized =
    "tịch thu vắng chủ 60 vụ; trị giá tang vật tịch thu 1.545.882.000 đồng và 35.045 bao thuốc lá điều nhập lậu; trị giá tang vật tiêu hủy 265.570.000 đồng.";
  const revenue = "trong đó thu từ xử phạt là 2.313.439.000 đồng, bán hàng tịch thu 187.780.000 đồng.";
  add("actual", m11, [
    ["other.market-control.violations.smuggled-cigarettes", "58", "vụ", byType],
    ["other.market-control.violations.smuggled-goods", "49", "vụ", byType],
    ["other.market-control.violations.unknown-origin", "87", "vụ", byType],
    ["other.market-control.violations.business", "42", "vụ", byType],
    ["other.market-control.violations.intellectual-property", "20", "vụ", byType],
    ["other.market-control.violations.pricing", "51", "vụ", byType],
    ["other.market-control.violations.labelling", "104", "vụ", byType],
    ["other.market-control.violations.expired-goods", "38", "vụ", byType],
    ["other.market-control.violations.other", "05", "vụ", byType],
    ["other.market-control.fines.principal", "2.231.275.000", "đồng", fines],
    ["other.market-control.fines.illegal-profits", "17.237.000", "đồng", fines],
    ["other.market-control.confiscated-absent-owner", "60", "vụ", seized],
    ["other.market-control.confiscated-value", "1.545.882.000", "đồng", seized],
    ["other.market-control.destroyed-value", "265.570.000", "đồng", seized],
    ["other.market-control.budget-collected.fines", "2.313.439.000", "đồng", revenue],
    ["other.market-control.budget-collected.sales", "187.780.000", "đồng", revenue],
  ]);
  b.statedWithDerived({
    code: "other.market-control.budget-collected",
    kind: "actual",
    period: m11,
    value: "2.501.219.000",
    unit: "đồng",
    growth: "-2,45",
    quote: "Số tiền thu nộp ngân sách 11 tháng đầu năm 2021 là 2.501.219.000 đồng giảm 2,45% so với cùng kỳ năm 2020",
  });

  // 2.5 Vocational training (body says 100,19% of plan, footnote 4 says 101,19% of 15.000).
  b.statedWithDerived({
    code: "other.vocational-enrolment",
    kind: "actual",
    period: y2021,
    value: "15.178",
    unit: "học viên",
    pctOfPlan: "100,19",
    quote: "Năm 2021, tuyển sinh đào tạo nghề cho 15.178 học viên, đạt 100,19% kế hoạch đề ra",
    suffix: "body",
  });
  const fn4 =
    "Năm 2021 các cơ sở giáo dục nghề nghiệp trên địa bàn Tỉnh đã tuyển sinh và đào tạo được 15.178/15.000 học viên. Chia theo trình độ đào tạo: cao đẳng 1.542, trung cấp 2.524, sơ cấp và đào tạo dưới 3 tháng: 11.112 học viên, đạt 101,19% kế hoạch năm.";
  add("actual", y2021, [["other.vocational-enrolment", "15.178", "học viên", fn4, { pctOfPlan: "101,19", suffix: "footnote" }]]);
  add("plan", y2021, [["other.vocational-enrolment", "15.000", "học viên", fn4]]);
  add("actual", y2021, [
    ["other.vocational-enrolment.college", "1.542", "học viên", fn4],
    ["other.vocational-enrolment.intermediate", "2.524", "học viên", fn4],
    ["other.vocational-enrolment.elementary", "11.112", "học viên", fn4],
  ]);

  const jobs =
    "tỷ lệ học sinh, sinh viên học trung cấp, cao đẳng ra trường có việc làm đạt trên 90%. Đối với đào tạo nghề cho lao động nông thôn tỷ lệ lao động có việc làm sau đào tạo đạt trên 80%.";
  add("actual", y2021, [
    ["other.graduate-employment-rate", "90", "%", jobs, { qualifier: "over" }],
    ["other.rural-trainee-employment-rate", "80", "%", jobs, { qualifier: "over" }],
    [
      "other.ordered-training-employment-rate",
      "100",
      "%",
      "Đối với đào tạo lao động theo đặt hàng của doanh nghiệp, chủ yếu thuộc các ngành nghề như: chế biến và bảo quản thủy sản, may công nghiệp, may giày da; sau đào tạo 100% người lao động được bố trí vào làm việc tại doanh nghiệp.",
    ],
  ]);

  // II.1 Structure.
  add("actual", y2021, [
    [
      "structure.ipv.manufacturing",
      "98,53",
      "%",
      "Công nghiệp chế biến tiếp tục giữ vai trò chủ đạo, chiếm 98,53% tổng giá trị sản xuất của toàn ngành công nghiệp.",
      { share: "98,53" },
    ],
    [
      "structure.grdp.industry",
      "14,88",
      "%",
      "tỷ trọng GRDP công nghiệp trong cơ cấu kinh tế chỉ đạt 14,88%",
      { share: "14,88" },
    ],
  ]);

  // III.1 Targets 2022.
  add("target", y2022, [
    ["growth.grdp-industry", "9,2", "%", "Tốc độ tăng trưởng GRDP (giá 2010) của ngành công nghiệp đạt 9,2%.", { growth: "9,2" }],
  ]);
  add("plan", y2022, [
    [
      "main.industrial-production-value",
      "66.620",
      "tỷ đồng",
      "Giá trị sản xuất công nghiệp (giá 2010) đạt 66.620 tỷ đồng.",
      { basis: "comparable-2010" },
    ],
    [
      "other.industrial-exports-value",
      "1.185",
      "tỷ đồng",
      "Giá trị xuất khẩu hàng hoá của ngành công nghiệp (không tính hàng hoá tạm nhập tái xuất) đạt 1.185 tỷ đồng.",
    ],
  ]);

  // Footnote 5: industrial production value 2021 (comparable 2010 prices) and its sub-sectors.
  const fn5 =
    "Giá trị sản xuất ngành công nghiệp (giá so sánh 2010) đến cuối năm 2021 đạt 61.005 tỷ đồng, đạt 92,19% so với năm 2020, chỉ đạt 85,97% kế hoạch (KH 70.962 tỷ đồng).";
  b.statedWithDerived({
    code: "main.industrial-production-value",
    kind: "actual",
    period: y2021,
    value: "61.005",
    unit: "tỷ đồng",
    index: "92,19",
    pctOfPlan: "85,97",
    quote: fn5,
    basis: "comparable-2010",
  });
  add("plan", y2021, [
    ["main.industrial-production-value", "70.962", "tỷ đồng", fn5, { basis: "comparable-2010" }],
  ]);
  const sub =
    "Phân theo ngành kinh tế: ngành Khai khoáng đạt 87,61% so với cùng kỳ; ngành Chế biến chế tạo đạt 92,08% so với cùng kỳ; ngành Sản xuất và phân phối điện tăng 6,13% so với cùng kỳ; ngành Cung cấp nước, xử lý rác thải bằng 99,26% so với cùng kỳ năm trước.";
  const subs: Array<[string, string, Partial<StatedSpec>]> = [
    ["index.ipv.mining", "87,61", { index: "87,61" }],
    ["index.ipv.manufacturing", "92,08", { index: "92,08" }],
    ["growth.industrial-production-value.electricity", "6,13", { growth: "6,13" }],
    ["index.ipv.water", "99,26", { index: "99,26" }],
  ];
  for (const [code, value, extra] of subs) {
    b.stated({ code, kind: "actual", period: y2021, value, unit: "%", quote: sub, ...extra });
  }
  return b.build();
}
