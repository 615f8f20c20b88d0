/**
 * detectTable(grid, anchor): finds the table around a cell (or takes a range as the table),
 * reads its header rows and tells each column's role, what each comparison column compares
 * and in which style, and the kind of each data row. Pure: no Office, no I/O, never throws.
 */
import { columnLetter, rangeAddress } from "../a1";
import type { Localized } from "../user-error";
import { classifyColumns, type ColumnDraft } from "./columns";
import { resolveOperands } from "./comparisons";
import { bridgeColumns, currentRegion, firstFigureRow } from "./extent";
import { GridView, type Grid, type Rect } from "./grid";
import { columnHeaders } from "./header-text";
import { analyseLayout } from "./layout";
import { samePeriod } from "./periods";
import { classifyRows } from "./rows";
import { guessStyle, styleName } from "./style";
import type { Anchor, ColumnDetection, Comparison, MeasureRole, RecalcStyle, TableDetection } from "./types";
import { MEASURE_ROLES } from "./types";

export * from "./types";
export type { Grid, GridCell, GridValue, MergeArea, Rect } from "./grid";
export { GridView, gridFromValues } from "./grid";
export { fold } from "./fold";
export { parsePeriod, describePeriod, type Period } from "./periods";

const MAX_CELLS = 5_000_000;

function emptyDetection(rect: Rect, message: Localized): TableDetection {
  return {
    extent: rect,
    range: rangeAddress(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1),
    titleRows: [],
    unitLine: null,
    headerRows: [],
    columnNumberRow: null,
    firstDataRow: rect.top,
    lastDataRow: rect.bottom,
    columns: [],
    rows: [],
    totalRow: null,
    style: "index",
    messages: [message],
  };
}

export interface DetectOptions {
  /**
   * Roles the planner set in the pane (column index -> role). Detection keeps them and resolves
   * the comparisons again with them, so one correction fixes every comparison that used it.
   */
  roles?: Record<number, ColumnDetection["role"]>;
}

export function detectTable(grid: Grid, anchor: Anchor, options: DetectOptions = {}): TableDetection {
  const view = new GridView(grid);
  const row = Math.max(0, Math.floor(Number(anchor.row) || 0));
  const col = Math.max(0, Math.floor(Number(anchor.col) || 0));
  const multi = (anchor.rows ?? 1) > 1 || (anchor.cols ?? 1) > 1;
  const noTable = { vi: "Không tìm thấy bảng số liệu tại ô đã chọn.", en: "No table found at the selected cell." };
  if (view.rowCount === 0 || view.colCount === 0 || view.rowCount * view.colCount > MAX_CELLS) {
    return emptyDetection({ top: row, left: col, bottom: row, right: col }, noTable);
  }
  let rect: Rect;
  if (multi) {
    rect = {
      top: row,
      left: col,
      bottom: Math.min(view.rowCount - 1, row + Math.max(1, Math.floor(anchor.rows ?? 1)) - 1),
      right: Math.min(view.colCount - 1, col + Math.max(1, Math.floor(anchor.cols ?? 1)) - 1),
    };
    if (rect.top > rect.bottom || rect.left > rect.right) return emptyDetection({ top: row, left: col, bottom: row, right: col }, noTable);
  } else {
    rect = currentRegion(view, Math.min(row, view.rowCount - 1), Math.min(col, view.colCount - 1));
    rect = bridgeColumns(view, rect, firstFigureRow(view, rect));
  }
  let layout = analyseLayout(view, rect);
  // A title or note line may have widened the region: keep the columns the table uses.
  const trimmed = trimColumns(view, rect, layout.headerRows, layout.firstDataRow, layout.lastDataRow);
  if (trimmed.left !== rect.left || trimmed.right !== rect.right) {
    rect = trimmed;
    layout = analyseLayout(view, rect);
  }
  const headers = columnHeaders(view, layout.headerRows, rect.left, rect.right, layout.labelCols);
  const dataRows: number[] = [];
  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) dataRows.push(r);
  const numbers = new Map<number, string>();
  if (layout.columnNumberRow !== null) {
    for (let c = rect.left; c <= rect.right; c++) {
      const t = view.text(layout.columnNumberRow, c);
      if (t) numbers.set(c, t);
    }
  }
  const drafts = classifyColumns(view, headers, dataRows, numbers);
  for (const d of drafts) {
    const role = options.roles?.[d.col];
    if (role && role !== d.role) {
      d.role = role;
      d.userSet = true;
      d.reason = { vi: `Người dùng chọn vai trò "${role}" cho cột ${d.letter}.`, en: `Role "${role}" set by the user for column ${d.letter}.` };
    }
  }
  const unitCol = drafts.find((d) => d.role === "unit")?.col ?? null;
  const labelCols = drafts.filter((d) => d.role === "label" || d.role === "unit").map((d) => d.col);
  const valueCols = drafts.filter((d) => d.role !== "label" && d.role !== "unit" && d.role !== "source").map((d) => d.col);
  const rows = classifyRows(view, layout.firstDataRow, layout.lastDataRow, labelCols, valueCols, unitCol);
  const figureRows = rows.filter((r) => r.kind === "data" || r.kind === "total").map((r) => r.row);
  const totalRow = rows.find((r) => r.kind === "total")?.row ?? null;
  const messages: Localized[] = [];

  const guesses = new Map<number, ReturnType<typeof guessStyle>>();
  for (const d of drafts) if (d.role === "comparison" || d.role === "share") guesses.set(d.col, guessStyle(view, d.col, figureRows, d.header, d.role === "share"));
  const sheetStyle = majorityStyle(drafts, guesses);

  for (const d of drafts) {
    const g = guesses.get(d.col);
    if (!g) continue;
    const style = g.style ?? sheetStyle.style;
    const styleReason = g.style ? g.reason : sheetStyle.reason;
    if (d.role === "comparison") d.comparison = comparisonFor(d, drafts, style, styleReason, g, numbers);
    else d.comparison = shareFor(d, drafts, style, styleReason, totalRow);
    const c = d.comparison;
    if (c.missing) messages.push(missingMessage(d, c));
  }
  const columns: ColumnDetection[] = drafts.map(({ head: _h, textCells: _t, numberCells: _n, userSet: _u, ...rest }) => rest);
  const top = layout.headerRows[0] ?? layout.firstDataRow;
  if (columns.length === 0 || figureRows.length === 0) messages.push(noTable);
  return {
    extent: rect,
    range: rangeAddress(top, rect.left, Math.max(1, layout.lastDataRow - top + 1), rect.right - rect.left + 1),
    titleRows: layout.titleRows,
    unitLine: layout.unitLine,
    headerRows: layout.headerRows,
    columnNumberRow: layout.columnNumberRow,
    firstDataRow: layout.firstDataRow,
    lastDataRow: layout.lastDataRow,
    columns,
    rows,
    totalRow,
    style: sheetStyle.style,
    messages,
  };
}

function majorityStyle(drafts: ColumnDraft[], guesses: Map<number, ReturnType<typeof guessStyle>>): { style: RecalcStyle; reason: Localized } {
  const counts = new Map<RecalcStyle, number>();
  for (const d of drafts) {
    const g = guesses.get(d.col);
    if (d.role === "comparison" && g?.style && !g.fromHeader) counts.set(g.style, (counts.get(g.style) ?? 0) + 1);
  }
  if (counts.size > 0) {
    const style = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    return { style, reason: { vi: `theo các cột so sánh khác của bảng (${styleName(style).vi})`, en: `like the table's other comparison columns (${styleName(style).en})` } };
  }
  const pct = drafts.some((d) => (d.role === "comparison" || d.role === "share") && /%/.test(d.header));
  const style: RecalcStyle = pct ? "index" : "percent";
  return pct
    ? { style, reason: { vi: "tiêu đề ghi (%): dạng chỉ số ×100 như bảng của Tổng cục Thống kê", en: "the header says (%): index ×100 as in GSO tables" } }
    : { style, reason: { vi: "mặc định: định dạng phần trăm", en: "default: percent format" } };
}

function comparisonFor(
  d: ColumnDraft,
  drafts: ColumnDraft[],
  style: RecalcStyle,
  styleReason: Localized,
  g: ReturnType<typeof guessStyle>,
  numbers: Map<number, string>,
): Comparison {
  const ops = resolveOperands(d, drafts);
  let subjectCol = ops.subjectCol;
  let baseCol = ops.baseCol;
  let subjectRole = ops.subjectRole;
  let baseRole = ops.baseRole;
  const byCol = (c: number | null): ColumnDraft | undefined => drafts.find((x) => x.col === c);
  // "4=3/1" in the column-number row names the operands outright.
  const hint = d.number ? /^\(?(\w+)\)?\s*=\s*\(?(\w+)\)?\s*[/:]\s*\(?(\w+)\)?/.exec(d.number) : null;
  if (hint) {
    const find = (n: string): number | null => {
      for (const [c, t] of numbers) if (t.replace(/[()]/g, "").split("=")[0]!.trim() === n) return c;
      return null;
    };
    const s = find(hint[2]!);
    const b = find(hint[3]!);
    if (s !== null && b !== null) {
      subjectCol = s;
      baseCol = b;
    }
  } else if ((subjectCol === null || baseCol === null) && g.subjectCol !== undefined && g.baseCol !== undefined && byCol(g.subjectCol) && byCol(g.baseCol)) {
    subjectCol = g.subjectCol;
    baseCol = g.baseCol;
  }
  // A column divided by itself is no comparison: the base is not known.
  if (subjectCol !== null && subjectCol === baseCol) baseCol = null;
  const sRole = byCol(subjectCol)?.role;
  const bRole = byCol(baseCol)?.role;
  if (sRole && (MEASURE_ROLES as readonly string[]).includes(sRole)) subjectRole = sRole as MeasureRole;
  if (bRole && (MEASURE_ROLES as readonly string[]).includes(bRole)) baseRole = bRole as MeasureRole;
  const missing = subjectCol === null && baseCol === null ? "both" : subjectCol === null ? "subject" : baseCol === null ? "base" : null;
  d.reason = {
    vi: `${d.reason.vi} Cột ${d.letter} ${ops.reason.vi}; kiểu: ${styleName(style).vi} (${styleReason.vi}).`,
    en: `${d.reason.en} Column ${d.letter} ${ops.reason.en}; style: ${styleName(style).en} (${styleReason.en}).`,
  };
  if (hint || (g.subjectCol !== undefined && subjectCol === g.subjectCol && baseCol === g.baseCol && (ops.subjectCol !== subjectCol || ops.baseCol !== baseCol))) {
    d.reason = {
      vi: `${d.reason.vi} Toán hạng lấy từ ${hint ? `hàng số cột ("${d.number}")` : "công thức sẵn có"}: ${columnLetter(subjectCol!)} ÷ ${columnLetter(baseCol!)}.`,
      en: `${d.reason.en} Operands from ${hint ? `the column-number row ("${d.number}")` : "the existing formulas"}: ${columnLetter(subjectCol!)} ÷ ${columnLetter(baseCol!)}.`,
    };
  }
  return {
    kind: `${subjectRole ?? "?"}/${baseRole ?? "?"}`,
    subjectRole,
    baseRole,
    subjectCol,
    baseCol,
    baseText: ops.baseText,
    style,
    styleReason,
    missing,
  };
}

function shareFor(d: ColumnDraft, drafts: ColumnDraft[], style: RecalcStyle, styleReason: Localized, totalRow: number | null): Comparison {
  const measures = drafts.filter((c) => (MEASURE_ROLES as readonly string[]).includes(c.role));
  let subject = d.period ? measures.filter((c) => samePeriod(c.period, d.period)) : [];
  if (subject.length === 0 && d.head.group !== null) subject = measures.filter((c) => c.head.group === d.head.group && c.col < d.col);
  if (subject.length === 0) subject = measures.filter((c) => c.col < d.col);
  const s = subject.length ? subject.reduce((a, b) => (Math.abs(b.col - d.col) < Math.abs(a.col - d.col) ? b : a)) : null;
  const missing = s === null && totalRow === null ? "both" : s === null ? "subject" : totalRow === null ? "base" : null;
  d.reason = {
    vi: `${d.reason.vi} Cột ${d.letter} = cột ${s ? s.letter : "?"} của từng dòng ÷ dòng tổng ${totalRow !== null ? totalRow + 1 : "(không thấy)"}; kiểu: ${styleName(style).vi}.`,
    en: `${d.reason.en} Column ${d.letter} = column ${s ? s.letter : "?"} of each row ÷ the total row ${totalRow !== null ? totalRow + 1 : "(not found)"}; style: ${styleName(style).en}.`,
  };
  return {
    kind: "share/total",
    subjectRole: s ? (s.role as MeasureRole) : null,
    baseRole: "total",
    subjectCol: s ? s.col : null,
    baseCol: s ? s.col : null,
    baseRow: totalRow,
    baseText: { vi: "dòng tổng số", en: "the total row" },
    style,
    styleReason,
    missing,
  };
}

function missingMessage(d: ColumnDraft, c: Comparison): Localized {
  const what = c.missing === "subject" ? { vi: "số được so sánh", en: "the compared figure" } : c.missing === "base" ? c.baseText : { vi: `số được so sánh và ${c.baseText.vi}`, en: `the compared figure and ${c.baseText.en}` };
  return {
    vi: `Cột ${d.letter} ("${d.header}"): không có ${what.vi} trong bảng (gốc so sánh nằm ngoài bảng) — không ghi công thức.`,
    en: `Column ${d.letter} ("${d.header}"): ${what.en} is not in the table (the base is outside it) — nothing written.`,
  };
}

function trimColumns(view: GridView, r: Rect, headerRows: number[], first: number, last: number): Rect {
  const rows = [...headerRows];
  for (let row = first; row <= last; row++) rows.push(row);
  const used = (c: number): boolean => rows.some((row) => view.filled(row, c));
  let left = r.left;
  let right = r.right;
  while (left < right && !used(left)) left++;
  while (right > left && !used(right)) right--;
  return { ...r, left, right };
}
