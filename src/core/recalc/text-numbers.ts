/** Input cells holding numbers as text ("19.125,44", "1.234", "12,5%", " 1234 "). */
import { cellAddress } from "../a1";
import { GridView } from "../detect/grid";
import { isNoData, parseNumberText } from "../numbers";

export interface TextNumberFinding {
  row: number;
  col: number;
  address: string;
  text: string;
  /** The number to write: "12,5%" gives 0.125 (shown with a percent format). */
  value: number;
  percent: boolean;
}

export function findTextNumbers(view: GridView, rows: number[], cols: number[]): TextNumberFinding[] {
  const out: TextNumberFinding[] = [];
  for (const row of rows) {
    for (const col of cols) {
      const cell = view.raw(row, col);
      if (!cell || typeof cell.value !== "string" || (cell.formula ?? "") !== "") continue;
      const text = cell.value;
      if (isNoData(text)) continue;
      const parsed = parseNumberText(text);
      if (!parsed) continue;
      out.push({ row, col, address: cellAddress(row, col), text, value: parsed.percent ? parsed.value / 100 : parsed.value, percent: parsed.percent });
    }
  }
  return out;
}
