import { asReadBack, charsToPoints, mergedTextHeight, planBands, planFinish, safeText, styleRects } from "../../src/excel/write-plan";
import { emptyGrid } from "../../src/core/sheet-block";
import { productsBlock } from "./blocks";

test("column widths: Excel characters to points", () => {
  // (chars × 7 px + 5 px padding) × 0.75 pt/px; Excel shows 8.43 characters as 64 px = 48 pt.
  expect(charsToPoints(8.43)).toBe(48.01);
  expect(charsToPoints(10)).toBe(56.25);
  expect(charsToPoints(30)).toBe(161.25);
});

test("text that Excel would run as a formula gets an apostrophe; other text is unchanged", () => {
  expect(safeText("=1+1")).toBe("'=1+1");
  expect(safeText("+84 294")).toBe("'+84 294");
  expect(safeText("@user")).toBe("'@user");
  // "-" first is read as a formula too (a minus sign): a label "- Ngành khai khoáng", a bare "-".
  expect(safeText("- Ngành khai khoáng")).toBe("'- Ngành khai khoáng");
  expect(safeText("-")).toBe("'-");
  expect(safeText("-9,74")).toBe("'-9,74");
  expect(safeText("Tôm đông lạnh")).toBe("Tôm đông lạnh");
});

test("equal styles become rectangles: runs along rows stacked down", () => {
  const cells = emptyGrid(4, 3);
  const b = { border: true };
  for (let r = 1; r < 4; r++) for (let c = 0; c < 3; c++) cells[r]![c] = { style: b };
  cells[0]![0] = { style: { bold: true } };
  cells[0]![1] = { style: { bold: true } };
  cells[2]![2] = { style: { border: true, bold: true } };
  const rects = styleRects(cells, 0, 3).map(({ row, col, rows, cols }) => [row, col, rows, cols]);
  // Row 3 breaks the full-width run (its C differs), so rows 2-4 cannot stack into one rectangle.
  expect(rects.sort()).toEqual(
    [
      [0, 0, 1, 2], // bold title A1:B1
      [1, 0, 1, 3], // A2:C2
      [2, 0, 1, 2], // A3:B3
      [2, 2, 1, 1], // C3 bold + border
      [3, 0, 1, 3], // A4:C4
    ].sort(),
  );
  // A body of equal style down the rows is a single rectangle however long it is.
  const body = productsBlock(500).cells;
  expect(styleRects(body, 4, 503).map(({ row, col, rows, cols }) => [row, col, rows, cols])).toEqual([[4, 0, 500, 7]]);
});

test("bands: a 1,000-row table is one band; 10,000 rows are cut at 1,200", () => {
  const anchor = { sheet: "S", row: 0, col: 0 };
  expect(planBands(productsBlock(1000), anchor)).toEqual([{ firstRow: 0, lastRow: 1003 }]);
  const big = planBands(productsBlock(10_000), anchor);
  expect(big).toHaveLength(9);
  expect(big[8]).toEqual({ firstRow: 9600, lastRow: 10003 });
  // A tight byte limit halves the band until it fits.
  expect(planBands(productsBlock(100), anchor, { maxRows: 1200, maxBytes: 20_000 }).length).toBeGreaterThan(1);
});

test("what Excel reads back of an escaped text has no apostrophe", () => {
  expect(asReadBack("'- Ngành")).toBe("- Ngành");
  expect(asReadBack("Tôm")).toBe("Tôm");
  expect(asReadBack(12)).toBe(12);
});

test("a merged one-row text longer than its width gets a height for its lines; a short one none", () => {
  // The products block's 7 columns: 94 characters × 7 px + 7 × 5 px padding = 693 px;
  // 14 pt bold: 14 × 4/3 × 0.55 ≈ 10.27 px a character.
  expect(mergedTextHeight("SẢN PHẨM CÔNG NGHIỆP CHỦ YẾU", 14, true, 693)).toBeNull();
  const long = "x".repeat(120); // 120 × 10.27 ≈ 1,232 px over 687 px: 2 lines of 14 pt × 1.3, plus 3
  expect(mergedTextHeight(long, 14, true, 693)).toBe(Math.ceil(2 * 14 * 1.3 + 3));
  expect(mergedTextHeight("x".repeat(150), 14, true, 693)).toBe(Math.ceil(3 * 14 * 1.3 + 3));
  // Only full-width merges of one row (title, footnotes) are fitted; group headers are not.
  const block = productsBlock(2);
  block.cells[0]![0] = { value: long, role: "label", style: { bold: true, fontSize: 14 } };
  block.cells[2]![5] = { value: long, role: "header", style: { bold: true } };
  const fits = planFinish(block, { sheet: "S", row: 4, col: 1 }, { freeze: false, pageLayout: false }).filter((op) => op.kind === "fitRow");
  expect(fits).toEqual([{ kind: "fitRow", address: "B5:H5", row: "5:5", points: 40 }]);
});
