/** Kinds of data rows: figures, totals (TỔNG SỐ, Cả nước), section headings (I., 1., a)), notes. */
import { fold } from "./fold";
import { GridView, isNumericCell, isTextNumber } from "./grid";
import type { RowDetection } from "./types";

const TOTAL = /^(tong so|tong cong|tong tri gia|toan nganh|toan tinh|toan quoc|ca nuoc|total|grand total)\b|^(tong|cong|chung|tong cong)\s*:?$/;
const MARKER = /^\s*((?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)])\s*/;
const BARE_MARKER = /^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)]?\s*$/i;
const DITTO = /^(["“”〃'']{1,2}|-"-|nt|như trên|nhu tren)$/i;
const NOTE = /^(\(\*+\)|\*|ghi chu|nguon|note|source)/;

export function classifyRows(
  view: GridView,
  firstRow: number,
  lastRow: number,
  labelCols: number[],
  valueCols: number[],
  unitCol: number | null,
): RowDetection[] {
  const rows: RowDetection[] = [];
  let lastUnit: string | undefined;
  let lastFigures = -1;
  for (let r = firstRow; r <= lastRow; r++) {
    if (valueCols.some((c) => isNumericCell(view.cell(r, c)) || isTextNumber(view.cell(r, c)))) lastFigures = r;
  }
  for (let r = firstRow; r <= lastRow; r++) {
    let label = "";
    let numberMarker: string | undefined;
    for (const c of labelCols) {
      if (c === unitCol) continue;
      const t = view.text(r, c);
      // An STT cell: "I", "1.", "a)" numbers the row or marks a section.
      if (t && BARE_MARKER.test(t) && !label) {
        numberMarker ??= t.replace(/\s+/g, "");
        continue;
      }
      if (t) {
        label = t;
        break;
      }
    }
    const figures = valueCols.some((c) => isNumericCell(view.cell(r, c)) || isTextNumber(view.cell(r, c)));
    const row: RowDetection = { row: r, kind: "blank", label };
    const marker = MARKER.exec(label);
    if (marker && label.length > marker[0].length) row.marker = marker[1]!.replace(/\s+/g, "");
    else if (numberMarker && !/^\d+$/.test(numberMarker)) row.marker = numberMarker;
    if (!label && numberMarker) row.label = numberMarker;
    if (unitCol !== null) {
      const u = view.text(r, unitCol);
      if (u && DITTO.test(u)) {
        row.ditto = true;
        if (lastUnit !== undefined) row.unit = lastUnit;
      } else if (u) {
        row.unit = u;
        lastUnit = u;
      }
    }
    const f = fold(label);
    if (figures) row.kind = TOTAL.test(f) ? "total" : "data";
    else if (label && r > lastFigures && NOTE.test(f)) row.kind = "note";
    else if (label || valueCols.some((c) => view.text(r, c) !== "")) row.kind = "section";
    rows.push(row);
  }
  return rows;
}
