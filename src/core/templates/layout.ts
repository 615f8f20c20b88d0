/**
 * The official look shared by every standard table (Decree 30/2020 conventions for appendix
 * tables): title block, "Đơn vị tính" line, multi-row header with merged group headers, the
 * column-number row, bordered body, footnotes and the signature block. Templates describe
 * their columns and rows; renderTable lays them out as a SheetBlock at A1.
 */

import { fold } from "../detect/fold";
import type { BlockCell, BlockMeta, CellStyle, Merge, SheetBlock } from "../sheet-block";
import type { Lang } from "../user-error";
import { cellAddress } from "../a1";

export const FONT_NAME = "Times New Roman";

/** Column of a parameter's value (after STT, name, unit). */
const PARAM_COL = 3;

const BODY_PT = 12;

export const STYLE = {
  title: { bold: true, fontSize: 14, hAlign: "center", vAlign: "middle", wrap: true },
  subtitle: { italic: true, fontSize: 13, hAlign: "center", vAlign: "middle", wrap: true },
  unitLine: { italic: true, fontSize: BODY_PT, hAlign: "right" },
  header: { bold: true, fontSize: BODY_PT, hAlign: "center", vAlign: "middle", wrap: true, border: true },
  columnNumber: { italic: true, fontSize: 11, hAlign: "center", vAlign: "middle", border: true },
  text: { fontSize: BODY_PT, vAlign: "middle", wrap: true, border: true },
  centered: { fontSize: BODY_PT, hAlign: "center", vAlign: "middle", wrap: true, border: true },
  number: { fontSize: BODY_PT, hAlign: "right", vAlign: "middle", border: true },
  footnote: { italic: true, fontSize: 11, hAlign: "left" },
  paramLabel: { italic: true, fontSize: BODY_PT, hAlign: "right" },
  param: { bold: true, fontSize: BODY_PT, hAlign: "center", border: true },
  signDate: { italic: true, fontSize: 13, hAlign: "center" },
  signTitle: { bold: true, fontSize: 13, hAlign: "center" },
  signHint: { italic: true, fontSize: 12, hAlign: "center" },
} satisfies Record<string, CellStyle>;

/** A header cell, positioned inside the header rows (row 0 = first header row). */
export interface HeaderCell {
  row: number;
  col: number;
  rows?: number;
  cols?: number;
  text: string;
}

export interface TableSpec {
  lang: Lang;
  /** Bold capitals, merged over the table width. */
  title: string;
  /** Italic lines under the title (province, period, document). */
  subtitles: string[];
  /** "Đơn vị tính: tỷ đồng", right-aligned above the header; empty for none. */
  unitLine: string;
  widths: number[];
  headerRows: number;
  headers: HeaderCell[];
  /** The row under the header: "A", "B", "1", "4=2/1"... */
  columnNumbers: string[];
  /**
   * Values the formulas share (months elapsed), one line each above the header: the label over
   * columns A-C, the value in column D. Their addresses are passed to body and summary.
   */
  params?: { label: string; cell: BlockCell | ((earlier: string[]) => BlockCell) }[];
  /** Body rows, given the 0-based block row of the first one (formulas need it). */
  body: (firstRow: number, params: string[]) => BlockCell[][];
  /** Rows after the body (totals, completion count), given the body's first and last rows. */
  summary?: (firstRow: number, bodyFirst: number, bodyLast: number, params: string[]) => BlockCell[][];
  footnotes: string[];
  /** Place for the date line ("Trà Vinh"); "..." when unknown. */
  place: string;
  meta: BlockMeta;
}

function fill(cells: BlockCell[], cols: number): BlockCell[] {
  return Array.from({ length: cols }, (_, i) => cells[i] ?? {});
}

/** A label over the full width of the table. */
function wideRow(rows: BlockCell[][], merges: Merge[], cols: number, cell: BlockCell): void {
  merges.push({ row: rows.length, col: 0, rows: 1, cols });
  rows.push(fill([cell], cols));
}

export function renderTable(spec: TableSpec): SheetBlock {
  const cols = spec.widths.length;
  const rows: BlockCell[][] = [];
  const merges: Merge[] = [];

  wideRow(rows, merges, cols, { value: spec.title, role: "label", style: STYLE.title });
  for (const line of spec.subtitles) wideRow(rows, merges, cols, { value: line, role: "label", style: STYLE.subtitle });
  const params: string[] = [];
  for (const p of spec.params ?? []) {
    merges.push({ row: rows.length, col: 0, rows: 1, cols: PARAM_COL });
    params.push(cellAddress(rows.length, PARAM_COL));
    const cells = fill([{ value: p.label, role: "label", style: STYLE.paramLabel }], cols);
    cells[PARAM_COL] = typeof p.cell === "function" ? p.cell(params.slice(0, -1)) : p.cell;
    rows.push(cells);
  }
  if (spec.unitLine) wideRow(rows, merges, cols, { value: spec.unitLine, role: "label", style: STYLE.unitLine });

  const headerTop = rows.length;
  for (let i = 0; i < spec.headerRows; i++) rows.push(fill([], cols).map(() => ({ role: "header", style: STYLE.header })));
  for (const h of spec.headers) {
    const r = rows[headerTop + h.row]!;
    r[h.col] = { value: h.text, role: "header", style: STYLE.header };
    const span = { rows: h.rows ?? 1, cols: h.cols ?? 1 };
    if (span.rows > 1 || span.cols > 1) merges.push({ row: headerTop + h.row, col: h.col, ...span });
  }
  rows.push(fill(spec.columnNumbers.map((n) => ({ value: n, role: "header", style: STYLE.columnNumber })), cols));
  const freezeRows = rows.length;

  const bodyFirst = rows.length;
  for (const r of spec.body(bodyFirst, params)) rows.push(fill(r, cols));
  const bodyLast = rows.length - 1;
  if (spec.summary) for (const r of spec.summary(rows.length, bodyFirst, bodyLast, params)) rows.push(fill(r, cols));

  if (spec.footnotes.length > 0) {
    rows.push(fill([], cols));
    for (const f of spec.footnotes) wideRow(rows, merges, cols, { value: f, role: "note", style: STYLE.footnote });
  }
  signatureBlock(rows, merges, cols, spec.lang, spec.place);

  return {
    rows: rows.length,
    cols,
    cells: rows,
    merges,
    columnWidths: spec.widths,
    freezeRows,
    body: { firstRow: bodyFirst, lastRow: Math.max(bodyFirst, bodyLast) },
    fontName: FONT_NAME,
    print: { landscape: true, fitToWidth: true, paper: "A4" },
    meta: spec.meta,
  };
}

/** "Người lập biểu" on the left; date line and "Thủ trưởng đơn vị" on the right. */
function signatureBlock(rows: BlockCell[][], merges: Merge[], cols: number, lang: Lang, place: string): void {
  const leftCols = Math.max(1, Math.floor(cols / 2));
  const rightCols = cols - leftCols;
  const vi = lang === "vi";
  const line = (left: BlockCell, right: BlockCell): void => {
    const r = rows.length;
    merges.push({ row: r, col: 0, rows: 1, cols: leftCols });
    if (rightCols > 0) merges.push({ row: r, col: leftCols, rows: 1, cols: rightCols });
    const cells = fill([left], cols);
    if (rightCols > 0) cells[leftCols] = right;
    rows.push(cells);
  };
  rows.push(fill([], cols));
  const date = vi ? `${place}, ngày ... tháng ... năm ...` : `${place}, date ... / ... / ...`;
  line({}, { value: date, role: "label", style: STYLE.signDate });
  line(
    { value: vi ? "Người lập biểu" : "Prepared by", role: "label", style: STYLE.signTitle },
    { value: vi ? "Thủ trưởng đơn vị" : "Head of office", role: "label", style: STYLE.signTitle },
  );
  line(
    { value: vi ? "(Ký, họ tên)" : "(Signature, full name)", role: "label", style: STYLE.signHint },
    { value: vi ? "(Ký, họ tên, đóng dấu)" : "(Signature, full name, seal)", role: "label", style: STYLE.signHint },
  );
}

/** National figures ("cả nước", "toàn quốc"): no province to name. */
const NATIONAL = new Set(["ca nuoc", "toan quoc", "viet nam"]);
/** The centrally run cities: "Thành phố Hà Nội", never "Tỉnh Hà Nội". */
const CITIES = new Set(["ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"]);

/**
 * The province as a title line: "Tỉnh Trà Vinh", "Thành phố Đà Nẵng"; kept as is when it already says
 * tỉnh/thành phố or speaks for the whole country ("Cả nước").
 */
export function provinceLine(province: string, lang: Lang): string {
  if (!province) return lang === "vi" ? "Tỉnh/thành phố: ...................." : "Province: ....................";
  if (/^(tỉnh|thành phố|tp\.?)\s/i.test(province)) return province;
  const folded = fold(province);
  if (NATIONAL.has(folded)) return lang === "vi" ? province : "Viet Nam";
  if (CITIES.has(folded)) return lang === "vi" ? `Thành phố ${province}` : `${province} city`;
  return lang === "vi" ? `Tỉnh ${province}` : `${province} province`;
}

/** Upper case as Vietnamese writes it ("đ" -> "Đ"). */
export function upper(text: string): string {
  return text.toLocaleUpperCase("vi");
}
