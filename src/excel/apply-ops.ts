/** Queues write operations on a worksheet; nothing reaches Excel until the caller syncs. */
import type { CellStyle } from "../core/sheet-block";
import type { WriteOp } from "./write-plan";

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

function applyStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontSize !== undefined) f.font.size = style.fontSize;
  if (style.fontColor !== undefined) f.font.color = style.fontColor;
  if (style.fill !== undefined) f.fill.color = style.fill;
  if (style.hAlign !== undefined) f.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign !== undefined) f.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.border) {
    const edges: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    // Inside borders only exist when the rectangle has more than one row/column.
    if (rows > 1) edges.push("InsideHorizontal");
    if (cols > 1) edges.push("InsideVertical");
    for (const edge of edges) {
      const b = f.borders.getItem(edge);
      b.style = "Continuous";
      b.weight = "Thin";
    }
  }
}

export function applyOp(sheet: Excel.Worksheet, op: WriteOp): void {
  switch (op.kind) {
    case "formulas":
      sheet.getRange(op.address).formulas = op.formulas;
      return;
    case "numberFormat":
      sheet.getRange(op.address).numberFormat = op.numberFormat;
      return;
    case "fontName":
      sheet.getRange(op.address).format.font.name = op.name;
      return;
    case "style":
      applyStyle(sheet.getRange(op.address), op.style, op.rows, op.cols);
      return;
    case "merge":
      sheet.getRange(op.address).merge(false);
      return;
    case "unmerge":
      sheet.getRange(op.address).unmerge();
      return;
    case "columnWidth":
      sheet.getRange(op.address).format.columnWidth = op.points;
      return;
    case "fitRow":
      sheet.getRange(op.address).format.wrapText = true;
      sheet.getRange(op.row).format.rowHeight = op.points;
      return;
    case "freezeRows":
      sheet.freezePanes.freezeRows(op.rows);
      return;
    case "pageLayout": {
      const layout = sheet.pageLayout;
      layout.orientation = op.print.landscape ? "Landscape" : "Portrait";
      layout.paperSize = "A4";
      // Only the width is fixed: { horizontalFitToPages: 1 } is "fit all columns on one page".
      if (op.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
      return;
    }
  }
}

export function applyOps(sheet: Excel.Worksheet, ops: WriteOp[]): void {
  for (const op of ops) applyOp(sheet, op);
}
