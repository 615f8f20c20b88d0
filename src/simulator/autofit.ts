/**
 * AutoFit as Excel does it, approximately: a column takes the width of its widest displayed text,
 * a row the height of its tallest (wrapped) cell. Cells in merged areas are skipped: Excel does
 * not auto-fit rows or columns for merged cells. No Microsoft page states it; it is widely
 * reported (https://stackoverflow.org.cn/questions/12132726 "Autofit wouldn't work due to the
 * merged cells"; https://tracker.zkoss.org/browse/KEIKAI-535 "Excel doesn't auto-fit row height for
 * a merged cell by default"), so a merged title that wraps keeps the row's old height.
 */
import { containsCell, type Rect } from "./address";
import type { CellFormat } from "./formats";
import type { SheetState, WorkbookState } from "./workbook-state";

/** Width in pixels of text in a font: 7 px per character at Calibri 11, bold 10% wider. */
function textPixels(text: string, f: CellFormat): number {
  return text.length * 7 * (f.font.size / 11) * (f.font.bold ? 1.1 : 1);
}

const pointsOfPixels = (px: number) => Math.round(px * 0.75 * 100) / 100;

function inMerge(s: SheetState, row: number, col: number): boolean {
  return s.merges.some((m) => containsCell(m, row, col));
}

export function autofitColumns(state: WorkbookState, s: SheetState, rect: Rect): void {
  const widest = new Map<number, number>();
  for (const [row, col, c] of state.stored(s, rect)) {
    if (c.content === null || inMerge(s, row, col) || c.format.wrapText) continue;
    const px = textPixels(state.text(s, row, col), c.format) + 5;
    widest.set(col, Math.max(widest.get(col) ?? 0, px));
  }
  for (const [col, px] of widest) s.columnWidths.set(col, pointsOfPixels(px));
  state.touch();
}

export function autofitRows(state: WorkbookState, s: SheetState, rect: Rect): void {
  const tallest = new Map<number, number>();
  for (const [row, col, c] of state.stored(s, rect)) {
    if (c.content === null || inMerge(s, row, col)) continue;
    const lineHeight = Math.round(c.format.font.size * 1.3636 * 4) / 4; // 11 pt -> 15 pt
    const text = state.text(s, row, col);
    const widthPx = Math.max(1, state.columnWidth(s, col) / 0.75 - 5);
    const lines = c.format.wrapText
      ? text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(textPixels(part, c.format) / widthPx)), 0)
      : 1;
    tallest.set(row, Math.max(tallest.get(row) ?? 0, lines * lineHeight));
  }
  for (const [row, h] of tallest) s.rowHeights.set(row, h);
  state.touch();
}
