/** "Chỉ tiêu chủ yếu": production value, IIP, retail sales, exports, electrification (issue 4, point 1). */

import type { PlanDataset } from "../dataset/types";
import { COMPLETION_COLUMNS, buildComparisonTable, type ComparisonTableKind } from "./comparison-table";
import { periodKey, periodLabel } from "./periods";
import { outcomePeriods, periodOf } from "./records";
import { col, type TemplateDef } from "./template";

const KIND: ComparisonTableKind = {
  templateId: "main-indicators",
  version: "1.0.0",
  title: { vi: "Các chỉ tiêu chủ yếu", en: "Main indicators" },
  nameHeader: { vi: "Chỉ tiêu", en: "Indicator" },
  // The IIP is published as a growth rate ("growth.iip"), production value by sub-sector as
  // indices or growth rates: they are rows of this table all the same.
  includes: (code) =>
    code.startsWith("main.") || code === "growth.iip" || code.startsWith("index.ipv.") || code.startsWith("growth.industrial-production-value."),
};

export const mainIndicators: TemplateDef = {
  info: {
    id: KIND.templateId,
    version: KIND.version,
    name: { vi: "Chỉ tiêu chủ yếu", en: "Main indicators" },
    description: {
      vi: "Giá trị sản xuất công nghiệp, chỉ số sản xuất công nghiệp, tổng mức bán lẻ, kim ngạch xuất khẩu, tỷ lệ hộ sử dụng điện: kế hoạch, thực hiện, cùng kỳ, % so kế hoạch và cùng kỳ.",
      en: "Industrial production value, IIP, retail sales, exports, household electrification: plan, actual, same period, % of plan and of same period.",
    },
    columns: [
      col("STT", "No."),
      col("Chỉ tiêu", "Indicator"),
      col("Đơn vị tính", "Unit"),
      col("(1) Kế hoạch năm", "(1) Plan for the year"),
      col("(2) Thực hiện kỳ báo cáo", "(2) Actual, period"),
      col("(3) Cùng kỳ năm trước", "(3) Same period last year"),
      col("So sánh (%): 4=2/1 Kế hoạch", "Comparison (%): 4=2/1 plan"),
      col("So sánh (%): 5=2/3 Cùng kỳ", "Comparison (%): 5=2/3 same period"),
    ],
  },
  periodChoices: (ds: PlanDataset) => outcomePeriods(ds, KIND.includes).map((p) => ({ key: periodKey(p), label: periodLabel(p) })),
  build: (input, options, emptyRows) =>
    buildComparisonTable(KIND, input ? { ...input, period: periodOf(input.dataset, input.periodKey) } : null, options, emptyRows),
  completion: COMPLETION_COLUMNS,
};
