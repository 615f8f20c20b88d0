/** Property-based: detection and planning never throw, whatever the grid; numbers round-trip. */
import fc from "fast-check";
import { detectTable, type Grid, type GridCell } from "../../../src/core/detect";
import { findAnchor } from "../../../src/core/detect/anchor";
import { fold } from "../../../src/core/detect/fold";
import { parsePeriod } from "../../../src/core/detect/periods";
import { headerWords } from "../../../src/core/detect/vocab";
import { formatVietnameseNumber, parseVietnameseNumber } from "../../../src/core/numbers";
import { planRecalc } from "../../../src/core/recalc";

const HEADER_WORDS = ["Kế hoạch", "KH", "Thực hiện", "TH", "Ước TH", "Lũy kế", "Cùng kỳ", "so với", "So", "(%)", "Tháng 02", "năm 2025", "6 tháng", "Cơ cấu", "ĐVT", "STT", "Tăng/giảm", "TỔNG SỐ", "I.", "a)", '"', "-", "…", "x", "/", "="];

const text = fc.oneof(
  fc.string(),
  fc.constantFrom(...HEADER_WORDS),
  fc.array(fc.constantFrom(...HEADER_WORDS), { maxLength: 5 }).map((w) => w.join(" ")),
  fc.constantFrom("19.125,44", "1.234", "12,5%", " 150 ", "=A1/B1*100", "=IF(", "=SUM(A1:A3)"),
);

const cell: fc.Arbitrary<GridCell | null> = fc.oneof(
  fc.constant(null),
  text.map((t) => (t.startsWith("=") ? { value: null, formula: t } : { value: t })),
  fc.double({ noNaN: false }).map((v) => ({ value: v })),
  fc.integer({ min: 1990, max: 2100 }).map((v) => ({ value: v })),
  fc.boolean().map((v) => ({ value: v })),
  fc.record({ value: fc.double({ min: -1000, max: 1000, noNaN: true }), numberFormat: fc.constantFrom("0.0", "0.00%", "General", "#,##0") }),
);

const grid: fc.Arbitrary<Grid> = fc
  .record({
    rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 }),
    merges: fc.array(fc.record({ row: fc.integer({ min: -1, max: 14 }), col: fc.integer({ min: -1, max: 9 }), rows: fc.integer({ min: 0, max: 4 }), cols: fc.integer({ min: 0, max: 4 }) }), { maxLength: 3 }),
  });

describe("detection and planning on arbitrary grids", () => {
  it("never throw, from any anchor", () => {
    fc.assert(
      fc.property(grid, fc.integer({ min: -2, max: 16 }), fc.integer({ min: -2, max: 10 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 12 }), (g, row, col, rows, cols) => {
        const single = detectTable(g, { row, col });
        planRecalc(g, single, { addMissing: true, convertText: true });
        const range = detectTable(g, { row, col, rows, cols });
        planRecalc(g, range, { overwrite: true });
        const a = findAnchor(g);
        if (a) planRecalc(g, detectTable(g, a));
      }),
      { numRuns: 400 },
    );
  });

  it("planned formulas always divide two distinct cells", () => {
    fc.assert(
      fc.property(grid, (g) => {
        const a = findAnchor(g);
        if (!a) return;
        const plan = planRecalc(g, detectTable(g, a));
        for (const w of plan.writes) {
          const m = /ISNUMBER\(([A-Z]+\$?\d+)\),ISNUMBER\(([A-Z]+\$?\d+)\)/.exec(w.formula);
          expect(m).not.toBeNull();
          expect(m![1]).not.toBe(m![2]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("header text functions on arbitrary strings", () => {
  it("never throw", () => {
    fc.assert(
      fc.property(text, (t) => {
        fold(t);
        headerWords(t);
        parsePeriod(fold(t));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("Vietnamese numbers", () => {
  it("the parser never throws on arbitrary strings", () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const v = parseVietnameseNumber(s);
      expect(v === null || Number.isFinite(v)).toBe(true);
    }), { numRuns: 2000 });
  });

  it("formatting then parsing gives the number back (to the written decimals)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 4 }), (v, decimals) => {
        const back = parseVietnameseNumber(formatVietnameseNumber(v, decimals));
        expect(back).not.toBeNull();
        expect(Math.abs(back! - Number(v.toFixed(decimals)))).toBeLessThanOrEqual(Math.abs(v) * 1e-15 + 1e-9);
      }),
      { numRuns: 2000 },
    );
  });
});
