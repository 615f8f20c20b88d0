/** Hand-made datasets: small, with hand-computed figures, for cases the seed data lack. */
import type { PlanDataset, PlanRecord, PriceBasis, FigureKind, Period } from "../../../src/core/dataset/types";

const H1_2020: Period = { type: "months", months: 6, year: 2020, label: "6 tháng đầu năm 2020" };
const H1_2019: Period = { type: "months", months: 6, year: 2019, label: "6 tháng đầu năm 2019" };
const Y2020: Period = { type: "year", year: 2020, label: "năm 2020" };

export function rec(
  code: string,
  kind: FigureKind,
  period: Period,
  value: number,
  opts: { unit?: string; basis?: PriceBasis; derived?: boolean; vi?: string; quote?: string } = {},
): PlanRecord {
  return {
    id: `fx:${code}:${kind}:${period.year}:${period.type}`,
    province: "Trà Vinh",
    period,
    kind,
    indicator: {
      code,
      vi: opts.vi ?? code,
      en: code,
      unit: opts.unit ?? "tan",
      unitText: opts.unit === "ty-dong" ? "tỷ đồng" : "tấn",
      priceBasis: opts.basis ?? "n/a",
    },
    value,
    reported: {},
    ...(opts.derived ? { derived: { method: "hand", vi: "Kế hoạch = 100 ÷ 40%", en: "Plan = 100 / 40%", from: [] } } : {}),
    quote: opts.quote ?? `câu gốc ${code}`,
  };
}

/** Three products: a full one, one with no plan nor prior, one whose plan is 0. */
export const SMALL: PlanDataset = {
  id: "fixture-small",
  version: "0.0.1",
  province: "Trà Vinh",
  document: { number: "99/BC-SCT", date: "2020-06-15", issuer: "Sở Công Thương", title: "Báo cáo thử", seedFile: "x.txt" },
  period: H1_2020,
  records: [
    rec("product.a", "estimate", H1_2020, 100, { vi: "Sản phẩm A" }),
    rec("product.a", "plan", Y2020, 250, { vi: "Sản phẩm A", derived: true }),
    rec("product.a", "actual", H1_2019, 80, { vi: "Sản phẩm A" }),
    rec("product.b", "estimate", H1_2020, 30, { vi: "Sản phẩm B" }),
    rec("product.c", "actual", H1_2020, 12, { vi: "Sản phẩm C" }),
    rec("product.c", "plan", Y2020, 0, { vi: "Sản phẩm C" }),
    rec("product.c", "actual", H1_2019, 16, { vi: "Sản phẩm C" }),
    // Money at current prices against a same period at comparable 2010 prices: never divided.
    rec("main.value", "estimate", H1_2020, 500, { unit: "ty-dong", basis: "current", vi: "Giá trị" }),
    rec("main.value", "plan", Y2020, 1000, { unit: "ty-dong", basis: "current", vi: "Giá trị" }),
    rec("main.value", "actual", H1_2019, 400, { unit: "ty-dong", basis: "comparable-2010", vi: "Giá trị" }),
  ],
};
