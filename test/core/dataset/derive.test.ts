import { derivePlan, derivePrior, withDerived } from "../../../src/core/dataset/derive";
import type { PlanRecord } from "../../../src/core/dataset/types";

// Seed 001, footnote 1: "Thủy sản đông lạnh ước đạt 5.268 tấn, đạt 50,17% kế hoạch, tăng 56,27% so cùng kỳ".
const seafood: PlanRecord = {
  id: "t:seafood",
  province: "Trà Vinh",
  period: { type: "months", months: 6, year: 2020, label: "6 tháng đầu năm 2020" },
  kind: "estimate",
  indicator: { code: "product.frozen-seafood", vi: "Thủy sản đông lạnh", en: "Frozen seafood", unit: "tan", unitText: "tấn", priceBasis: "n/a" },
  value: 5268,
  reported: { pctOfPlan: 50.17, growthVsPrior: 56.27 },
  quote: "Thủy sản đông lạnh ước đạt 5.268 tấn, đạt 50,17% kế hoạch, tăng 56,27% so cùng kỳ",
};

describe("derived figures", () => {
  it("derives the year's plan from the reported % of plan", () => {
    const plan = derivePlan(seafood, "t")!;
    expect(plan.value).toBeCloseTo(10500.299, 3); // 5268 / 0,5017
    expect(plan.period).toMatchObject({ type: "year", year: 2020 });
    expect(plan.derived).toMatchObject({ method: "plan = value / pctOfPlan * 100", from: ["t:seafood"] });
    expect(plan.derived!.vi).toBe("Kế hoạch = 6 tháng đầu năm 2020 (5.268 tấn) ÷ 50,17% × 100");
  });

  it("derives the same period of the year before from the growth", () => {
    const prior = derivePrior(seafood, "t")!;
    expect(prior.value).toBeCloseTo(3371.0885, 4); // 5268 / 1,5627
    expect(prior.period).toMatchObject({ type: "months", months: 6, year: 2019 });
    expect(prior.kind).toBe("actual");
  });

  it("adds what is missing and nothing a document states", () => {
    const statedPlan: PlanRecord = { ...seafood, id: "t:plan", kind: "plan", value: 10500, reported: {}, period: { type: "year", year: 2020, label: "năm 2020" } };
    const all = withDerived([seafood, statedPlan], "t");
    expect(all.filter((r) => r.kind === "plan")).toEqual([statedPlan]);
    expect(all.filter((r) => r.derived)).toHaveLength(1);
  });
});
