/**
 * A products-style block built by hand for the Excel-layer tests (title, unit line, two header
 * rows with a merged "So sánh (%)", data rows, % formulas), so expectations do not depend on the
 * template code under development elsewhere.
 */
import { emptyGrid, type SheetBlock } from "../../src/core/sheet-block";

export const HEADER_ROWS = 4;

const header = { bold: true, hAlign: "center", vAlign: "middle", wrap: true, border: true } as const;
const body = { border: true } as const;

/** % of plan in column F and % of same period in column G for block row r (0-based). */
export function pctFormulas(r: number): [string, string] {
  const n = r + 1;
  return [
    `=IF(AND(ISNUMBER(D${n}),ISNUMBER(C${n}),C${n}<>0),D${n}/C${n},"")`,
    `=IF(AND(ISNUMBER(D${n}),ISNUMBER(E${n}),E${n}<>0),D${n}/E${n},"")`,
  ];
}

export function productsBlock(dataRows: number, seed = 0): SheetBlock {
  const rows = HEADER_ROWS + dataRows;
  const cells = emptyGrid(rows, 7);
  const set = (r: number, c: number, cell: SheetBlock["cells"][number][number]) => {
    cells[r]![c] = cell;
  };
  set(0, 0, { value: "SẢN PHẨM CÔNG NGHIỆP CHỦ YẾU", role: "label", style: { bold: true, hAlign: "center", fontSize: 14 } });
  set(1, 0, { value: "Đơn vị tính: theo từng sản phẩm", role: "label", style: { italic: true, hAlign: "right" } });
  const heads = ["Chỉ tiêu", "ĐVT", "Kế hoạch 2020", "Thực hiện 6 tháng 2020", "Cùng kỳ 2019", "So sánh (%)", ""];
  heads.forEach((h, c) => set(2, c, { value: h, role: "header", style: header }));
  ["", "", "", "", "", "Kế hoạch", "Cùng kỳ"].forEach((h, c) => set(3, c, { value: h, role: "header", style: header }));
  for (let i = 0; i < dataRows; i++) {
    const r = HEADER_ROWS + i;
    const [pPlan, pPrior] = pctFormulas(r);
    set(r, 0, { value: `Sản phẩm ${i + 1}`, role: "label", style: body });
    set(r, 1, { value: "tấn", role: "label", style: body });
    set(r, 2, { value: 10000 + i + seed, role: "data", numberFormat: "#,##0", style: body });
    set(r, 3, { value: 5268 + i + seed, role: "data", numberFormat: "#,##0", style: body });
    set(r, 4, { value: 3371 + i + seed, role: "data", numberFormat: "#,##0", style: body });
    set(r, 5, { formula: pPlan, role: "formula", numberFormat: "0.00%", style: body });
    set(r, 6, { formula: pPrior, role: "formula", numberFormat: "0.00%", style: body });
  }
  return {
    rows,
    cols: 7,
    cells,
    merges: [
      { row: 0, col: 0, rows: 1, cols: 7 },
      { row: 1, col: 0, rows: 1, cols: 7 },
      { row: 2, col: 0, rows: 2, cols: 1 },
      { row: 2, col: 1, rows: 2, cols: 1 },
      { row: 2, col: 2, rows: 2, cols: 1 },
      { row: 2, col: 3, rows: 2, cols: 1 },
      { row: 2, col: 4, rows: 2, cols: 1 },
      { row: 2, col: 5, rows: 1, cols: 2 },
    ],
    columnWidths: [30, 8, 12, 12, 12, 10, 10],
    freezeRows: HEADER_ROWS,
    body: { firstRow: HEADER_ROWS, lastRow: rows - 1 },
    fontName: "Times New Roman",
    print: { landscape: true, fitToWidth: true, paper: "A4" },
    meta: { templateId: "products", templateVersion: "1.0.0", datasetId: "tra-vinh-2020-h1", datasetVersion: "3", options: { comparison: "percent" } },
  };
}
