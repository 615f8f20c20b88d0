/**
 * Figures the seed documents state, typed from the documents (seeds/*.txt), for the tests that
 * check what the templates' formulas give. Never computed by the code under test; the few
 * hand-computed values say how they were computed. Rows are named by the label a template
 * writes in column B. A percentage checks the numbers only when the document states both figures
 * it relates (STATED_COMPARISONS, remaining, shares); one whose base the dataset derives from it
 * checks only which cells a formula reads (COMPARISONS_ON_DERIVED_BASES).
 */

/** [product, unit, stated value, % of plan, growth on the same period (%)] */
export type ProductFigure = [name: string, unit: string, value: number, pctOfPlan: number, growth: number];

/**
 * seeds/001 footnote 1, 6 months of 2020, in the report's order: "(1) Thủy sản đông lạnh ước đạt
 * 5.268 tấn, đạt 50,17% kế hoạch, tăng 56,27% so cùng kỳ; ..."
 */
export const PRODUCTS_H1_2020: ProductFigure[] = [
  ["Thủy sản đông lạnh", "tấn", 5268, 50.17, 56.27],
  ["Nước sinh hoạt", "triệu m3", 17.1, 67.08, 32.63],
  ["Điện sản xuất", "tỷ Kwh", 10.6, 58.9, 31.39],
  ["Bộ truyền dẫn điện dùng trong ô tô", "nghìn bộ", 4999, 56.82, 15.66],
  ["Thuốc viên các loại", "triệu viên", 476.8, 39.73, 6.34],
  ["Điện thương phẩm", "triệu Kwh", 540.8, 47.65, 6.04],
  ["Gạo xay xát", "nghìn tấn", 151.27, 27.5, 1.98],
  ["Than hoạt tính", "tấn", 3994, 49.93, 1.86],
  ["May mặc", "triệu chiếc", 7.33, 48.87, 1.43],
  ["Giày thành phẩm", "triệu đôi", 3.52, 14.75, -63.43],
  ["Túi xách các loại", "nghìn cái", 799, 19.99, -51.45],
  ["Thảm xơ dừa", "nghìn m2", 932, 37.27, -26.28],
  ["Đường kết", "tấn", 12371, 70.69, -31.76],
];

/**
 * seeds/001 footnote 2, the year-end 2020 estimates: "(1) Thuốc viên các loại ước đạt 1,2 tỷ viên,
 * đạt 100% kế hoạch, tăng 50% so cùng kỳ; ... (7) Thảm xơ dừa ước đạt 2,03 triệu m2, đạt 81,08%
 * kế hoạch, giảm 10,86% so cùng kỳ."
 */
export const PRODUCTS_YEAR_2020: ProductFigure[] = [
  ["Thuốc viên các loại", "tỷ viên", 1.2, 100, 50],
  ["Điện sản xuất", "tỷ Kwh", 21.4, 119, 32.96],
  ["Điện thương phẩm", "tỷ Kwh", 1.13, 100, 12.24],
  ["Than hoạt tính", "tấn", 8000, 100, 7.53],
  ["Nước sinh hoạt", "triệu m3", 25.5, 100, 0.87],
  ["Bộ truyền dẫn điện dùng trong ô tô", "triệu bộ", 8.8, 100, 0.26],
  ["May mặc", "triệu chiếc", 8, 53.33, -44.81],
  ["Đường kết", "nghìn tấn", 15, 85.71, -37.84],
  ["Giày thành phẩm", "triệu đôi", 11.28, 47.22, -28.11],
  ["Gạo xay xát", "nghìn tấn", 239, 43.4, -24.62],
  ["Túi xách các loại", "triệu cái", 2.82, 70.63, -21.57],
  ["Thủy sản đông lạnh", "tấn", 7800, 74.29, -19.17],
  ["Thảm xơ dừa", "triệu m2", 2.03, 81.08, -10.86],
];

/** A stated comparison: % of plan, and the same-period comparison as a growth or as an index. */
export interface StatedComparison {
  row: string;
  pctOfPlan?: number;
  growth?: number;
  index?: number;
}

const GTSX = "Giá trị sản xuất công nghiệp";
const RETAIL = "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng";

/**
 * Percentages whose two figures the document states (the actual and the plan, both in the text):
 * the formula computes the ratio from the stated figures and can disagree with the stated
 * percentage (DOCUMENT_SLIPS lists two that do), so these check the numbers.
 * "<template> <dataset> <period>" -> figures, for the % of plan column (G) of main-indicators.
 */
export const STATED_COMPARISONS: Record<string, StatedComparison[]> = {
  // seeds/001: 19.125,44 tỷ đồng of the 45.400 tỷ đồng plan, "đạt 42,13% so kế hoạch" (19.125,44 ÷ 45.400 = 42,126%).
  "main-indicators tv-sct-2020-h1 months6-2020": [{ row: GTSX, pctOfPlan: 42.13 }],
  // seeds/004 footnote 5: "đạt 61.005 tỷ đồng, ... chỉ đạt 85,97% kế hoạch" of 70.962 tỷ đồng (61.005 ÷ 70.962 = 85,968%).
  "main-indicators dt-nq124-2022 year-2021": [{ row: GTSX, pctOfPlan: 85.97 }],
};

/**
 * Percentages whose base (the plan, or the same period of the year before) the document does not
 * state: the dataset derives the base from this very percentage, so the formula gives the
 * percentage back whatever the numbers are. These check which cells the formulas read (the row's
 * own actual and base: a formula on another row or column gives another figure), never the numbers.
 * Columns G (% of plan) and H (same period) of products and main-indicators.
 */
export const COMPARISONS_ON_DERIVED_BASES: Record<string, StatedComparison[]> = {
  "products tv-sct-2020-h1 months6-2020": PRODUCTS_H1_2020.map(([row, , , pctOfPlan, growth]) => ({ row, pctOfPlan, growth })),
  "products tv-sct-2020-h1 year-2020": PRODUCTS_YEAR_2020.map(([row, , , pctOfPlan, growth]) => ({ row, pctOfPlan, growth })),
  // seeds/001: production value "tăng 11,77% so cùng kỳ"; retail "giảm 2,89% so cùng kỳ, đạt 42,1% so kế hoạch".
  "main-indicators tv-sct-2020-h1 months6-2020": [
    { row: GTSX, growth: 11.77 },
    { row: RETAIL, pctOfPlan: 42.1, growth: -2.89 },
  ],
  // seeds/001: "tăng 17,32% so cùng kỳ năm 2019" (its 99,71% of plan is a slip, see DOCUMENT_SLIPS); retail "giảm 7,19% ..., đạt 89,83%".
  "main-indicators tv-sct-2020-h1 year-2020": [
    { row: GTSX, growth: 17.32 },
    { row: RETAIL, pctOfPlan: 89.83, growth: -7.19 },
  ],
  // seeds/003: "đạt 32.015,43 tỷ đồng, chỉ đạt 70,92% kế hoạch, giảm 9,74% so cùng kỳ"; retail "đạt 88,64% so kế hoạch, giảm 4,86%".
  "main-indicators tv-sct-2021 year-2021": [
    { row: GTSX, pctOfPlan: 70.92, growth: -9.74 },
    { row: RETAIL, pctOfPlan: 88.64, growth: -4.86 },
  ],
  // seeds/004 footnote 5: "đạt 92,19% so với năm 2020".
  "main-indicators dt-nq124-2022 year-2021": [{ row: GTSX, index: 92.19 }],
};

/**
 * seeds/001, "chỉ tiêu cần phải thực hiện 6 tháng cuối năm 2020": the remaining column (H) of
 * "remaining": 45.266 − 19.125,44 = 26.140,56 tỷ đồng; 18.138 tỷ đồng; 0,04%. Both figures of each
 * difference are stated (the year estimate and the 6 months' actual), so these check the numbers.
 */
export const STATED_REMAINING: Record<string, [row: string, value: number][]> = {
  "remaining tv-sct-2020-h1 months6-2020": [
    [GTSX, 26140.56],
    [RETAIL, 18138],
    ["Tỷ lệ hộ sử dụng điện", 0.04],
  ],
};

/**
 * seeds/001 footnote 4, shares (%) of the electricity saved, each part and the total stated (so the
 * shares check the numbers): "Chiếu sáng công cộng: 59.526 kWh,
 * chiếm 0,80%; Cơ quan Hành chính sự nghiệp: 202.760 kWh, chiếm 2,72%; Sinh hoạt - Kinh doanh
 * dịch vụ: 4.249.346 kWh, chiếm 56,95%; Doanh nghiệp sản xuất: 2.949.254 kWh, chiếm 39,53%."
 */
export const ELECTRICITY_SAVED_H1_2020: [row: string, kWh: number, share: number][] = [
  ["Chiếu sáng công cộng", 59526, 0.8],
  ["Cơ quan hành chính sự nghiệp", 202760, 2.72],
  ["Sinh hoạt - kinh doanh dịch vụ", 4249346, 56.95],
  ["Doanh nghiệp sản xuất", 2949254, 39.53],
];
/** The same footnote's total: "tiết kiệm được 7.460.886 kWh". */
export const ELECTRICITY_SAVED_TOTAL = 7460886;

export const STATED_SHARES: Record<string, [row: string, share: number][]> = {
  "structure tv-sct-2020-h1 months6-2020": ELECTRICITY_SAVED_H1_2020.map(([row, , share]) => [row, share]),
};

/**
 * Target-year values implied by a stated base and stated average growth (column F of
 * growth-targets), hand-computed: base × (1 + r)^n.
 */
export const IMPLIED_TARGETS: Record<string, [row: string, value: number, how: string][]> = {
  // seeds/000 (QĐ 1809): 2020 production value 44.164 tỷ đồng, 14,48%/year over 2021-2025.
  "growth-targets tv-qd1809-2021 range-2021-2025": [[GTSX, 86839.34, "44.164 × 1,1448^5"]],
  // seeds/002 (QĐ 1013): 2015 estimates 24.670 tỷ đồng and 330 triệu USD, 14% and 9,63%/year over 2016-2020.
  "growth-targets vl-qd1013-2015 range-2016-2020": [
    [GTSX, 47499.98, "24.670 × 1,14^5"],
    ["Kim ngạch xuất khẩu", 522.59, "330 × 1,0963^5"],
  ],
};

/**
 * Percentages a document states that its own figures do not give: the template keeps the
 * formula and says so in the cell's note. [case, row, column (0-based), stated, computed].
 */
export const DOCUMENT_SLIPS: [caseKey: string, row: string, col: number, stated: number, computed: number][] = [
  // seeds/001: 45.266 ÷ 45.400 = 99,70%, the report writes "đạt 99,71% kế hoạch".
  ["main-indicators tv-sct-2020-h1 year-2020", GTSX, 6, 99.71, 99.7],
  // seeds/003: 18.921,57 ÷ 32.015,43 = 59,10%, the report writes "chiếm 59,33%".
  ["structure tv-sct-2021 year-2021", "Giá trị sản xuất ngành điện", 4, 59.33, 59.1],
];

/** seeds/000 (QĐ 1809), the appendix: 25 tasks. */
export const TASKS_QD1809 = 25;
