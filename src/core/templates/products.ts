/** "Sản phẩm công nghiệp chủ yếu": the department's product table (issue 4, point 2). */

import type { PlanDataset } from "../dataset/types";
import { COMPLETION_COLUMNS, buildComparisonTable, type ComparisonTableKind } from "./comparison-table";
import { periodKey, periodLabel } from "./periods";
import { outcomePeriods, periodOf } from "./records";
import { col, type TemplateDef } from "./template";

const KIND: ComparisonTableKind = {
  templateId: "products",
  version: "1.0.0",
  title: { vi: "Sản phẩm công nghiệp chủ yếu", en: "Main industrial products" },
  nameHeader: { vi: "Sản phẩm", en: "Product" },
  includes: (code) => code.startsWith("product."),
};

export const products: TemplateDef = {
  info: {
    id: KIND.templateId,
    version: KIND.version,
    name: { vi: "Sản phẩm công nghiệp chủ yếu", en: "Main industrial products" },
    description: {
      vi: "Sản lượng từng sản phẩm: kế hoạch năm, thực hiện kỳ báo cáo, cùng kỳ; % so kế hoạch và so cùng kỳ.",
      en: "Output per product: plan for the year, actual for the period, same period last year; % of plan and of same period.",
    },
    columns: [
      col("STT", "No."),
      col("Sản phẩm", "Product"),
      col("Đơn vị tính", "Unit"),
      col("(1) Kế hoạch năm", "(1) Plan for the year"),
      col("(2) Thực hiện kỳ báo cáo", "(2) Actual, period"),
      col("(3) Cùng kỳ năm trước", "(3) Same period last year"),
      col("So sánh (%): 4=2/1 Kế hoạch", "Comparison (%): 4=2/1 plan"),
      col("So sánh (%): 5=2/3 Cùng kỳ", "Comparison (%): 5=2/3 same period"),
    ],
  },
  periodChoices: (ds: PlanDataset) =>
    outcomePeriods(ds, KIND.includes).map((p) => ({ key: periodKey(p), label: periodLabel(p) })),
  build: (input, options, emptyRows) =>
    buildComparisonTable(KIND, input ? { ...input, period: periodOf(input.dataset, input.periodKey) } : null, options, emptyRows),
  completion: COMPLETION_COLUMNS,
};
