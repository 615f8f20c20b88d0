/**
 * Small hand-made blocks for the writer and formula tests. Figures are invented test inputs
 * (not seed data); the expected results are hand-computed constants kept in the tests.
 */

import { columnLetter } from "../../src/core/a1";
import {
  averageGrowthFormula,
  comparisonFormat,
  compoundFormula,
  differenceFormula,
  quantityFormat,
  ratioFormula,
  sumFormula,
} from "../../src/core/formulas";
import { emptyGrid, type BlockCell, type CellValue, type SheetBlock } from "../../src/core/sheet-block";

const HEADER = { bold: true, hAlign: "center", vAlign: "middle", wrap: true, border: true } as const;
const BORDER = { border: true } as const;

export const PRODUCTS_COLS = 11;
/** First product row (0-based) of the products block. */
export const PRODUCTS_FIRST_ROW = 5;
/** Columns of the products block (0-based). */
export const P = {
  name: 0,
  unit: 1,
  plan: 2,
  actual: 3,
  prior: 4,
  pctPlan: 5,
  pctPrior: 6,
  indexPlan: 7,
  indexPrior: 8,
  growthPlan: 9,
  growthPrior: 10,
} as const;

type Row = [name: string, unit: string, plan: CellValue, actual: CellValue, prior: CellValue];

/** Good bases, a zero plan with a blank prior, a text plan ("1.234" pasted as text) with a "-" prior. */
export const PRODUCT_ROWS: Row[] = [
  ["Thủy sản đông lạnh", "Tấn", 10500, 5268, 3371],
  ["Nước máy", "1000 m3", 20000, 9870, 8830],
  ["Điện sản xuất", "Triệu kWh", 0, 1200, null],
  ["Gạch nung", "1000 viên", "1.234", 650, "-"],
  // Nothing produced yet: 0% and -100, which must not read as blank.
  ["Xi măng", "1000 tấn", 500, 0, 250],
];
export const PRODUCTS_TOTAL_ROW = PRODUCTS_FIRST_ROW + PRODUCT_ROWS.length;

export function productsBlock(): SheetBlock {
  const rows = PRODUCTS_TOTAL_ROW + 1;
  const cells = emptyGrid(rows, PRODUCTS_COLS);
  const set = (r: number, c: number, cell: BlockCell) => {
    cells[r]![c] = cell;
  };

  set(0, 0, { value: "SẢN PHẨM CÔNG NGHIỆP CHỦ YẾU", style: { bold: true, fontSize: 14, hAlign: "center" }, role: "label" });
  set(1, 0, { value: "Đơn vị tính: theo từng sản phẩm", style: { italic: true, hAlign: "right" }, role: "label" });
  const top = ["Sản phẩm", "Đơn vị tính", "Kế hoạch năm 2020", "Thực hiện 6 tháng 2020", "Cùng kỳ 2019", "So sánh"];
  top.forEach((text, c) => set(2, c, { value: text, style: HEADER, role: "header" }));
  for (let c = 6; c < PRODUCTS_COLS; c++) set(2, c, { style: HEADER, role: "header" });
  for (let c = 0; c < 5; c++) set(3, c, { style: HEADER, role: "header" });
  const sub = ["% kế hoạch", "% cùng kỳ", "Chỉ số KH (%)", "Chỉ số CK (%)", "Tăng/giảm KH", "Tăng/giảm CK"];
  sub.forEach((text, i) => set(3, 5 + i, { value: text, style: HEADER, role: "header" }));
  ["A", "B", "1", "2", "3", "4", "5", "6", "7", "8", "9"].forEach((n, c) =>
    set(4, c, { value: n, style: { italic: true, hAlign: "center", border: true }, role: "label" }),
  );

  PRODUCT_ROWS.forEach(([name, unit, plan, actual, prior], i) => {
    const r = PRODUCTS_FIRST_ROW + i;
    const ref = (c: number) => `${columnLetter(c)}${r + 1}`;
    set(r, P.name, { value: name, style: BORDER, role: "label" });
    set(r, P.unit, { value: unit, style: { ...BORDER, hAlign: "center" }, role: "label" });
    const qty = (value: CellValue): BlockCell => ({ value, numberFormat: quantityFormat(0), style: BORDER, role: "data" });
    set(r, P.plan, qty(plan));
    set(r, P.actual, { ...qty(actual), ...(i === 0 ? { note: "Nguồn: số liệu mẫu cho kiểm thử" } : {}) });
    set(r, P.prior, qty(prior));
    const ratio = (base: number, style: "percent" | "index" | "growth"): BlockCell => ({
      formula: ratioFormula(ref(P.actual), ref(base), style),
      numberFormat: comparisonFormat(style, 2),
      style: BORDER,
      role: "formula",
    });
    set(r, P.pctPlan, ratio(P.plan, "percent"));
    set(r, P.pctPrior, ratio(P.prior, "percent"));
    set(r, P.indexPlan, ratio(P.plan, "index"));
    set(r, P.indexPrior, ratio(P.prior, "index"));
    set(r, P.growthPlan, ratio(P.plan, "growth"));
    set(r, P.growthPrior, ratio(P.prior, "growth"));
  });

  const t = PRODUCTS_TOTAL_ROW;
  set(t, P.name, { value: "Tổng", style: { ...BORDER, bold: true }, role: "label" });
  for (const c of [P.plan, P.actual, P.prior]) {
    const col = columnLetter(c);
    set(t, c, {
      formula: sumFormula(`${col}${PRODUCTS_FIRST_ROW + 1}:${col}${t}`),
      numberFormat: quantityFormat(0),
      style: { ...BORDER, bold: true },
      role: "formula",
    });
  }

  return {
    rows,
    cols: PRODUCTS_COLS,
    cells,
    merges: [
      { row: 0, col: 0, rows: 1, cols: PRODUCTS_COLS },
      { row: 1, col: 0, rows: 1, cols: PRODUCTS_COLS },
      ...[0, 1, 2, 3, 4].map((col) => ({ row: 2, col, rows: 2, cols: 1 })),
      { row: 2, col: 5, rows: 1, cols: 6 },
    ],
    columnWidths: [28, 12, 12, 12, 12, 10, 10, 10, 10, 11, 11],
    freezeRows: 5,
    body: { firstRow: PRODUCTS_FIRST_ROW, lastRow: PRODUCTS_FIRST_ROW + PRODUCT_ROWS.length - 1 },
    print: { landscape: true, fitToWidth: true, paper: "A4" },
    meta: { templateId: "test-products", templateVersion: "0" },
  };
}

/** Columns of the growth block (0-based). */
export const G = { label: 0, start: 1, end: 2, years: 3, rate: 4, avgGrowth: 5, compound: 6, difference: 7, emptySum: 8 } as const;
export const GROWTH_FIRST_ROW = 1;

type GrowthRow = [label: string, start: CellValue, end: CellValue, years: CellValue, ratePercent: CellValue];

export const GROWTH_ROWS: GrowthRow[] = [
  ["10%/năm trong 5 năm", 100, 161.051, 5, 10],
  ["Mục tiêu 14,48%/năm, chưa có số cuối kỳ", 100, null, 5, 14.48],
  ["Còn phải thực hiện", 19125.44, 45266, null, null],
  ["Gốc bằng 0, tốc độ là gạch ngang", 0, 50, 3, "-"],
  ["Cuối kỳ âm, tốc độ 0", 12345, -5, 3, 0],
  ["Số năm 0, tốc độ là chữ", 100, 120, 0, "1.234"],
  ["Gốc là chữ", "1.234", 20000, 3, 5],
  ["12.345 lên 20.000 trong 3 năm", 12345, 20000, 3, 12],
  // Zero growth: results of exactly 0, which must not read as blank.
  ["Không đổi", 250, 250, 4, 0],
];
export const GROWTH_SUM_ROW = GROWTH_FIRST_ROW + GROWTH_ROWS.length;

export function growthBlock(): SheetBlock {
  const rows = GROWTH_SUM_ROW + 1;
  const cols = 9;
  const cells = emptyGrid(rows, cols);
  ["Chỉ tiêu", "Gốc", "Cuối kỳ", "Số năm", "Tốc độ (%)", "Tăng BQ (%)", "Giá trị sau n năm", "Chênh lệch", "Tổng cột trống"].forEach(
    (value, c) => {
      cells[0]![c] = { value, style: HEADER, role: "header" };
    },
  );
  GROWTH_ROWS.forEach(([label, start, end, years, rate], i) => {
    const r = GROWTH_FIRST_ROW + i;
    const ref = (c: number) => `${columnLetter(c)}${r + 1}`;
    const row = cells[r]!;
    row[G.label] = { value: label, role: "label" };
    row[G.start] = { value: start, role: "data" };
    row[G.end] = { value: end, role: "data" };
    row[G.years] = { value: years, role: "data" };
    row[G.rate] = { value: rate, role: "data" };
    row[G.avgGrowth] = { formula: averageGrowthFormula(ref(G.end), ref(G.start), ref(G.years)), numberFormat: "0.00", role: "formula" };
    row[G.compound] = { formula: compoundFormula(ref(G.start), ref(G.rate), ref(G.years)), numberFormat: "#,##0.00", role: "formula" };
    row[G.difference] = { formula: differenceFormula(ref(G.end), ref(G.start)), numberFormat: "#,##0.00", role: "formula" };
  });
  const s = GROWTH_SUM_ROW;
  cells[s]![G.label] = { value: "Tổng", role: "label" };
  cells[s]![G.start] = { formula: sumFormula(`B${GROWTH_FIRST_ROW + 1}:B${s}`), role: "formula" };
  // Column J is empty in every row: the sum must stay blank rather than show 0.
  cells[s]![G.emptySum] = { formula: sumFormula(`J${GROWTH_FIRST_ROW + 1}:J${s}`), role: "formula" };
  return { rows, cols, cells, merges: [], meta: { templateId: "test-growth", templateVersion: "0" } };
}
