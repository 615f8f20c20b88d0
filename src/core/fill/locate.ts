/**
 * Where the table of a form to fill lies. Official forms put blocks above it (the issuing body
 * and the national motto side by side, the title, "Kèm theo Báo cáo số …", "Đơn vị tính: …"),
 * and a form waiting for figures holds none, so the table is found by its header row (a
 * "Chỉ tiêu" / "STT" / "Nội dung" cell beside column headers), never by figures; the blocks above
 * are read only for the unit and the price basis, never for a column's period.
 */
import { fold, hasAnyWord } from "../detect/fold";
import { GridView, isNumericCell } from "../detect/grid";
import { isColumnNumberRow } from "../detect/layout";
import { parsePeriod } from "../detect/periods";
import { headerWords, LABEL_WORDS } from "../detect/vocab";
import type { PriceBasis } from "../dataset/types";
import { basisIn } from "./label";

export interface FormLocation {
  /** First header row, 0-based. */
  top: number;
  headerRows: number[];
  columnNumberRow: number | null;
  firstDataRow: number;
  lastDataRow: number;
  left: number;
  right: number;
  /** Column of the row labels ("Chỉ tiêu"); STT and unit columns apart. */
  labelCol: number;
  numberCol: number | null;
  unitCol: number | null;
  /** "Đơn vị tính: tỷ đồng" above the table: the unit of every row that names none. */
  unitLine: { row: number; text: string; unit: string } | null;
  /** Price basis named above the table ("giá so sánh 2010"), for rows that name none. */
  basis: PriceBasis | null;
}

const NUMBER_HEADER = /^(stt|tt|so tt|s\.tt|no\.?|#)$/;
const FOOTER = /^(nguoi lap|nguoi kiem tra|thu truong|giam doc|ghi chu|nguon|noi nhan|ky ten|\(ky)/;
const PLACE_DATE = /\bngay\b.*\bthang\b.*\bnam\b/;

function owners(view: GridView, row: number, left = 0, right = view.colCount - 1): number[] {
  const cols: number[] = [];
  for (let c = Math.max(0, left); c <= Math.min(right, view.colCount - 1); c++) {
    if (view.ownerKey(row, c) !== `${row},${c}`) continue;
    if (view.text(row, c) !== "") cols.push(c);
  }
  return cols;
}

/** A header row: a label or number header cell and, on it or just below, another header cell. */
function headerAt(view: GridView, row: number): { labelCol: number; numberCol: number | null } | null {
  const cols = owners(view, row);
  if (cols.length < 2) return null;
  let labelCol = -1;
  let numberCol: number | null = null;
  for (const c of cols) {
    const t = view.text(row, c);
    if (t.length > 60) return null;
    const f = fold(t);
    if (NUMBER_HEADER.test(f)) numberCol ??= c;
    else if (labelCol < 0 && hasAnyWord(f, LABEL_WORDS) && !headerWords(t).compare) labelCol = c;
  }
  // "TT | Công trình | …": the column right of the row numbers holds the labels whatever its header says.
  if (labelCol < 0 && numberCol !== null) {
    const next = cols.find((c) => c > numberCol!);
    const w = next === undefined ? null : headerWords(view.text(row, next));
    if (next !== undefined && w && !(w.plan || w.actual || w.estimate || w.prior || w.cumulative || w.compare || w.unit || parsePeriod(w.folded))) labelCol = next;
  }
  if (labelCol < 0 || view.text(row, labelCol).length > 40) return null;
  // Column headers beside it (on this row or the two below): a measure, a comparison, a unit or a period.
  for (let r = row; r < Math.min(view.rowCount, row + 3); r++) {
    for (const c of owners(view, r)) {
      if (c === labelCol || c === numberCol) continue;
      const w = headerWords(view.text(r, c));
      if (w.plan || w.actual || w.estimate || w.prior || w.previous || w.cumulative || w.compare || w.unit || w.preliminary || parsePeriod(w.folded)) {
        return { labelCol, numberCol };
      }
    }
  }
  return null;
}

export function locateForm(view: GridView, near?: { row: number; col: number }): FormLocation | null {
  const heads: number[] = [];
  for (let r = 0; r < view.rowCount; r++) if (headerAt(view, r)) heads.push(r);
  if (heads.length === 0) return null;
  // The table holding the selected cell: the last header row at or above it.
  const top = near ? ([...heads].reverse().find((r) => r <= near.row) ?? heads[0]!) : heads[0]!;
  const h = headerAt(view, top)!;
  let left = Infinity;
  let right = -1;
  const span = (row: number): void => {
    for (const c of owners(view, row)) {
      const m = view.merge(row, c);
      left = Math.min(left, c);
      right = Math.max(right, m ? m.col + m.cols - 1 : c);
    }
  };
  span(top);
  const labelOwner = view.ownerKey(top, h.labelCol);
  const headerRows = [top];
  let columnNumberRow: number | null = null;
  let r = top + 1;
  for (; r < Math.min(view.rowCount, top + 6); r++) {
    if (isColumnNumberRow(view, r, left, right)) {
      columnNumberRow = r;
      r++;
      break;
    }
    const inLabelMerge = view.ownerKey(r, h.labelCol) === labelOwner;
    const labelText = inLabelMerge ? "" : view.text(r, h.labelCol);
    const values = owners(view, r, left, right).filter((c) => c !== h.labelCol && c !== h.numberCol);
    const textOnly = values.length > 0 && values.every((c) => !isNumericCell(view.cell(r, c)) || isYear(view.cell(r, c)?.value));
    if (labelText === "" && textOnly) {
      headerRows.push(r);
      span(r);
    } else break;
  }
  const firstDataRow = r;
  let lastDataRow = firstDataRow - 1;
  let blanks = 0;
  for (let row = firstDataRow; row < view.rowCount; row++) {
    const cols = owners(view, row, left, right);
    if (cols.length === 0) {
      if (++blanks >= 2) break;
      continue;
    }
    const f = fold(view.text(row, cols[0]!));
    if (FOOTER.test(f) || cols.some((c) => PLACE_DATE.test(fold(view.text(row, c))) && fold(view.text(row, c)).length < 60 && c > h.labelCol + 1)) break;
    blanks = 0;
    lastDataRow = row;
  }
  let unitCol: number | null = null;
  for (let c = left; c <= right; c++) {
    if (c === h.labelCol) continue;
    const text = headerRows.map((row) => view.text(row, c)).join(" ");
    if (headerWords(text).unit && !headerWords(text).compare) {
      unitCol = c;
      break;
    }
  }
  return { top, headerRows, columnNumberRow, firstDataRow, lastDataRow, left, right, labelCol: h.labelCol, numberCol: h.numberCol, unitCol, ...preamble(view, top) };
}

function isYear(v: unknown): boolean {
  return typeof v === "number" && Number.isInteger(v) && v >= 1990 && v <= 2100;
}

/** The unit line and a price basis in the lines above the header (title block, "Đơn vị tính: …"). */
function preamble(view: GridView, top: number): Pick<FormLocation, "unitLine" | "basis"> {
  let unitLine: FormLocation["unitLine"] = null;
  let basis: PriceBasis | null = null;
  for (let row = Math.max(0, top - 12); row < top; row++) {
    for (const c of owners(view, row)) {
      const text = view.text(row, c);
      const f = fold(text);
      const m = /^\(?\s*(?:don vi tinh|dvt|don vi)\s*[:.]\s*/.exec(f);
      if (m) {
        const rest = text.slice(m[0].length).replace(/\)\s*$/, "");
        const unit = rest.split(/[;,]/)[0]!.trim();
        unitLine = { row, text, unit };
      }
      basis = basisIn(f).basis ?? basis;
    }
  }
  return { unitLine, basis };
}
