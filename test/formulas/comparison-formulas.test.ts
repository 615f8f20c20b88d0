/**
 * The comparison formulas of src/core/formulas.ts, written to .xlsx by the CLI writer and
 * evaluated by LibreOffice (headless, forced recalculation) and by HyperFormula: both engines
 * must give the hand-computed figures, and "" (never #DIV/0! or #VALUE!) for bad bases.
 * One LibreOffice run converts both blocks.
 */

import type { SheetBlock } from "../../src/core/sheet-block";
import type { CellReader, EngineValue } from "../support/engine-value";
import { engineDisagreements, evaluateBlocksEverywhere, type EvaluatedBlock } from "../support/evaluate-everywhere";
import { describeWithLibreOffice, LIBREOFFICE_TEST_TIMEOUT_MS } from "../support/libreoffice";
import {
  G,
  GROWTH_FIRST_ROW,
  GROWTH_SUM_ROW,
  growthBlock,
  P,
  PRODUCTS_FIRST_ROW,
  PRODUCTS_TOTAL_ROW,
  productsBlock,
} from "../support/sample-blocks";

/** Hand-computed (decimal arithmetic, 16+ digits); the engines must match to 10 decimals. */
const FROZEN_SEAFOOD = {
  // 5268 / 10500 and 5268 / 3371
  pctPlan: 0.5017142857142857,
  pctPrior: 1.5627410264016612,
  indexPlan: 50.17142857142857,
  indexPrior: 156.27410264016612,
  growthPlan: -49.82857142857143,
  growthPrior: 56.27410264016612,
};
const TAP_WATER = {
  // 9870 / 20000 and 9870 / 8830
  pctPlan: 0.4935,
  pctPrior: 1.1177802944507361,
  indexPlan: 49.35,
  indexPrior: 111.77802944507361,
  growthPlan: -50.65,
  growthPrior: 11.778029445073613,
};
const RATIO_COLUMNS = ["pctPlan", "pctPrior", "indexPlan", "indexPrior", "growthPlan", "growthPrior"] as const;

const ENGINES = ["hyperFormula", "libreOffice"] as const;

function expectNumber(v: EngineValue, expected: number): void {
  expect(typeof v).toBe("number");
  expect(v as number).toBeCloseTo(expected, 10);
}

/** Rounded the way the 2-decimal formats show it. */
function shown2(v: EngineValue): number {
  return Math.round((v as number) * 100) / 100;
}

describeWithLibreOffice("comparison formulas in LibreOffice and HyperFormula", () => {
  let products: EvaluatedBlock;
  let growth: EvaluatedBlock;
  let productsSheet: SheetBlock;
  let growthSheet: SheetBlock;

  beforeAll(async () => {
    productsSheet = productsBlock();
    growthSheet = growthBlock();
    // Written at C4, not A1, so LibreOffice also checks the shifted formulas.
    [products, growth] = (await evaluateBlocksEverywhere([productsSheet, growthSheet], { anchor: "C4" })) as [
      EvaluatedBlock,
      EvaluatedBlock,
    ];
  }, LIBREOFFICE_TEST_TIMEOUT_MS);

  describe.each(ENGINES)("%s", (engine) => {
    const at = (b: () => EvaluatedBlock): CellReader => (r, c) => b()[engine](r, c);

    it("computes % of plan, % of same period, index and growth for good bases", () => {
      const v = at(() => products);
      for (const [row, expected] of [
        [PRODUCTS_FIRST_ROW, FROZEN_SEAFOOD],
        [PRODUCTS_FIRST_ROW + 1, TAP_WATER],
      ] as const) {
        for (const col of RATIO_COLUMNS) expectNumber(v(row, P[col]), expected[col]);
      }
      // As the formats show them: 50,17% of plan and +56,27 on the same period.
      expect(shown2((v(PRODUCTS_FIRST_ROW, P.pctPlan) as number) * 100)).toBe(50.17);
      expect(shown2(v(PRODUCTS_FIRST_ROW, P.growthPrior))).toBe(56.27);
      expect(shown2(v(PRODUCTS_FIRST_ROW + 1, P.indexPrior))).toBe(111.78);
    });

    it("gives 0 and -100 (not blank) when nothing was produced against a valid base", () => {
      const v = at(() => products);
      const row = PRODUCTS_FIRST_ROW + 4;
      for (const col of ["pctPlan", "pctPrior", "indexPlan", "indexPrior"] as const) expect(v(row, P[col])).toBe(0);
      expectNumber(v(row, P.growthPlan), -100);
      expectNumber(v(row, P.growthPrior), -100);
    });

    it("stays blank for a zero plan, a blank prior, a text plan '1.234' and a '-' prior", () => {
      const v = at(() => products);
      for (const row of [PRODUCTS_FIRST_ROW + 2, PRODUCTS_FIRST_ROW + 3]) {
        for (const col of RATIO_COLUMNS) expect(v(row, P[col])).toBe("");
      }
    });

    it("sums the quantity columns, ignoring text", () => {
      const v = at(() => products);
      // 10.500 + 20.000 + 0 + 500; 5.268 + 9.870 + 1.200 + 650 + 0; 3.371 + 8.830 + 250
      expectNumber(v(PRODUCTS_TOTAL_ROW, P.plan), 31000);
      expectNumber(v(PRODUCTS_TOTAL_ROW, P.actual), 16988);
      expectNumber(v(PRODUCTS_TOTAL_ROW, P.prior), 12451);
    });

    it("computes average growth, compound value and difference", () => {
      const v = at(() => growth);
      const r = GROWTH_FIRST_ROW;
      // 100 -> 161,051 in 5 years is 10%/year; 100 x 1,1^5 = 161,051.
      expectNumber(v(r, G.avgGrowth), 10);
      expectNumber(v(r, G.compound), 161.051);
      expectNumber(v(r, G.difference), 61.051);
      // 100 x 1,1448^5 = 196,629241425957716
      expectNumber(v(r + 1, G.compound), 196.6292414259577);
      // 45.266 - 19.125,44 = 26.140,56 (remaining to plan)
      expectNumber(v(r + 2, G.difference), 26140.56);
      expectNumber(v(r + 3, G.difference), 50);
      // Rate 0: the start value unchanged; end -5 vs 12.345
      expectNumber(v(r + 4, G.compound), 12345);
      expectNumber(v(r + 4, G.difference), -12350);
      expectNumber(v(r + 5, G.difference), 20);
      // (20.000 / 12.345)^(1/3) - 1 = 17,4481824912217589...%; 12.345 x 1,12^3 = 17.343,83616
      expectNumber(v(r + 7, G.avgGrowth), 17.448182491221759);
      expectNumber(v(r + 7, G.compound), 17343.83616);
      expectNumber(v(r + 7, G.difference), 7655);
      expect(shown2(v(r + 7, G.avgGrowth))).toBe(17.45);
      // 250 -> 250: exactly 0 growth and 0 difference, not blank
      expect(v(r + 8, G.avgGrowth)).toBe(0);
      expect(v(r + 8, G.compound)).toBe(250);
      expect(v(r + 8, G.difference)).toBe(0);
    });

    it("stays blank for missing, zero, negative or text inputs", () => {
      const v = at(() => growth);
      const r = GROWTH_FIRST_ROW;
      expect(v(r + 1, G.avgGrowth)).toBe(""); // no end value
      expect(v(r + 1, G.difference)).toBe("");
      expect(v(r + 2, G.avgGrowth)).toBe(""); // no years
      expect(v(r + 2, G.compound)).toBe(""); // no rate
      expect(v(r + 3, G.avgGrowth)).toBe(""); // start 0
      expect(v(r + 3, G.compound)).toBe(""); // rate "-"
      expect(v(r + 4, G.avgGrowth)).toBe(""); // end negative
      expect(v(r + 5, G.avgGrowth)).toBe(""); // 0 years
      expect(v(r + 5, G.compound)).toBe(""); // rate "1.234" as text
      for (const col of [G.avgGrowth, G.compound, G.difference]) expect(v(r + 6, col)).toBe(""); // start "1.234" as text
    });

    it("sums a column with text and blanks, and leaves the sum of an empty column blank", () => {
      const v = at(() => growth);
      // 100 + 100 + 19.125,44 + 0 + 12.345 + 100 + 12.345 + 250 (the text "1.234" is not counted)
      expectNumber(v(GROWTH_SUM_ROW, G.start), 44365.44);
      expect(v(GROWTH_SUM_ROW, G.emptySum)).toBe("");
    });
  });

  it("gives the same value in both engines for every formula cell, and no error anywhere", () => {
    for (const [block, evaluated] of [
      [productsSheet, products],
      [growthSheet, growth],
    ] as const) {
      expect(engineDisagreements(block, evaluated)).toEqual([]);
      const notNumberOrBlank: unknown[] = [];
      block.cells.forEach((cells, row) =>
        cells.forEach((cell, col) => {
          if (cell.formula === undefined) return;
          for (const engine of ENGINES) {
            const value = evaluated[engine](row, col);
            if (typeof value !== "number" && value !== "") notNumberOrBlank.push({ row, col, engine, value });
          }
        }),
      );
      expect(notNumberOrBlank).toEqual([]);
    }
  });
});
