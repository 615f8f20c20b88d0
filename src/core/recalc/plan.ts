/** Planning the formulas of a recalculation: which cells get which formula, and what is in the way. */
import { cellAddress, columnLetter } from "../a1";
import { ratioFormat, styledRatioFormula } from "../formulas";
import { GridView, cellText, isEmptyCell, isNumericCell, isTextNumber, type Grid } from "../detect/grid";
import type { ColumnDetection, Comparison, MeasureRole, RecalcStyle, TableDetection } from "../detect/types";
import type { Localized } from "../user-error";
import { findTextNumbers, type TextNumberFinding } from "./text-numbers";

export interface RecalcOptions {
  /** Consent to write over cells that already hold a number, text or formula. */
  overwrite?: boolean;
  /** Convert numbers written as text in input cells to numbers. */
  convertText?: boolean;
  /** Add the comparison columns the table lacks (vs plan, vs same period, vs previous month) at its right. */
  addMissing?: boolean;
  /** Only these comparison columns (0-based sheet columns); all when absent. */
  onlyColumns?: number[];
}

export interface FormulaWrite {
  row: number;
  col: number;
  address: string;
  /** "=IF(AND(ISNUMBER(C7),ISNUMBER(B7),B7<>0),C7/B7*100,"")" */
  formula: string;
  /** Set for added columns; existing columns keep their format. */
  numberFormat?: string;
  /** True when the cell holds something now (only present when options.overwrite). */
  overwrites: boolean;
}

export interface ValueWrite {
  row: number;
  col: number;
  address: string;
  value: string | number;
  numberFormat?: string;
}

export interface Conflict {
  row: number;
  col: number;
  address: string;
  /** What the cell holds now, as shown. */
  existing: string;
}

export interface PlannedColumn {
  col: number;
  letter: string;
  header: string;
  kind: string;
  style: RecalcStyle;
  subjectCol: number;
  baseCol: number;
  baseRow: number | null;
  added: boolean;
  formulas: number;
}

export interface RecalcPlan {
  writes: FormulaWrite[];
  /** Header cells of added columns. */
  headerWrites: ValueWrite[];
  /** Text numbers turned into numbers (options.convertText). */
  conversions: ValueWrite[];
  /** Non-empty cells a formula would replace; written only with options.overwrite. */
  conflicts: Conflict[];
  textNumbers: TextNumberFinding[];
  columns: PlannedColumn[];
  /** Comparison columns left alone, with the reason. */
  skipped: { col: number; letter: string; reason: Localized }[];
  messages: Localized[];
}

const MEASURES: readonly string[] = ["plan", "actual", "cumulative", "prior", "previous"];

export function planRecalc(grid: Grid, detection: TableDetection, options: RecalcOptions = {}): RecalcPlan {
  const view = new GridView(grid);
  const plan: RecalcPlan = { writes: [], headerWrites: [], conversions: [], conflicts: [], textNumbers: [], columns: [], skipped: [], messages: [] };
  const figureRows = detection.rows.filter((r) => r.kind === "data" || r.kind === "total").map((r) => r.row);
  const hasInput = (row: number, col: number): boolean => {
    const cell = view.cell(row, col);
    return isNumericCell(cell) || isTextNumber(cell);
  };

  const writeColumn = (target: number, header: string, c: Comparison, added: boolean): void => {
    const subj = c.subjectCol!;
    const base = c.baseCol!;
    const share = c.baseRole === "total";
    // Two decimals, as the reports write rates (42,13%; 111,77). A cell the planner formatted keeps its format;
    // a "General" one gets the style's, or a percent would show as 0,4213 and an index with every decimal.
    const styleFormat = ratioFormat(c.style, 2);
    let count = 0;
    for (const row of figureRows) {
      const baseRow = share ? c.baseRow! : row;
      if (share ? !hasInput(row, subj) : !hasInput(row, subj) && !hasInput(baseRow, base)) continue;
      const m = view.merge(row, target);
      if (m && (m.row !== row || m.col !== target)) continue;
      const num = cellAddress(row, subj);
      const den = share ? `${columnLetter(base)}$${baseRow + 1}` : cellAddress(baseRow, base);
      const formula = styledRatioFormula(num, den, c.style);
      const existing = view.raw(row, target);
      const busy = !isEmptyCell(existing);
      if (busy) plan.conflicts.push({ row, col: target, address: cellAddress(row, target), existing: existing?.formula ?? cellText(existing) });
      if (busy && !options.overwrite) continue;
      const own = existing?.numberFormat;
      const format = added || !own || own === "General" ? styleFormat : undefined;
      plan.writes.push({ row, col: target, address: cellAddress(row, target), formula, ...(format ? { numberFormat: format } : {}), overwrites: busy });
      count++;
    }
    plan.columns.push({ col: target, letter: columnLetter(target), header, kind: c.kind, style: c.style, subjectCol: subj, baseCol: base, baseRow: share ? c.baseRow! : null, added, formulas: count });
  };

  for (const col of detection.columns) {
    const c = col.comparison;
    if (!c) continue;
    if (options.onlyColumns && !options.onlyColumns.includes(col.col)) continue;
    if (c.missing || c.subjectCol === null || c.baseCol === null || (c.baseRole === "total" && (c.baseRow ?? null) === null)) {
      plan.skipped.push({ col: col.col, letter: col.letter, reason: skipReason(col, c) });
      continue;
    }
    writeColumn(col.col, col.header, c, false);
  }

  if (options.addMissing) addMissingColumns(view, detection, plan, writeColumn);

  const inputCols = new Set<number>();
  for (const col of detection.columns) if (MEASURES.includes(col.role)) inputCols.add(col.col);
  for (const p of plan.columns) {
    inputCols.add(p.subjectCol);
    inputCols.add(p.baseCol);
  }
  plan.textNumbers = findTextNumbers(view, figureRows, [...inputCols].sort((a, b) => a - b));
  if (options.convertText) {
    plan.conversions = plan.textNumbers.map((t) => ({ row: t.row, col: t.col, address: t.address, value: t.value, ...(t.percent ? { numberFormat: "0.0%" } : {}) }));
  }
  plan.messages.push(summary(plan, options));
  return plan;
}

function skipReason(col: ColumnDetection, c: Comparison): Localized {
  if (c.missing === "subject") return { vi: `không có số được so sánh trong bảng`, en: `the compared figure is not in the table` };
  if (c.missing === "base" || c.missing === null) return { vi: `không có cột gốc (${c.baseText.vi}) trong bảng`, en: `the base (${c.baseText.en}) is not in the table` };
  return { vi: `cả số được so sánh và gốc so sánh đều không có trong bảng ("${col.header}")`, en: `neither the compared figure nor the base is in the table ("${col.header}")` };
}

type WriteColumn = (target: number, header: string, c: Comparison, added: boolean) => void;

const NEW_HEADER: Record<string, Localized> = {
  "cumulative/plan": { vi: "Lũy kế so KH", en: "Cumulative vs plan" },
  "actual/plan": { vi: "TH so KH", en: "Actual vs plan" },
  "actual/prior": { vi: "TH so cùng kỳ", en: "Actual vs same period" },
  "cumulative/prior": { vi: "Lũy kế so cùng kỳ", en: "Cumulative vs same period" },
  "actual/previous": { vi: "TH so tháng trước", en: "Actual vs previous month" },
};

function addMissingColumns(view: GridView, d: TableDetection, plan: RecalcPlan, write: WriteColumn): void {
  const by = (role: MeasureRole, pred: (c: ColumnDetection) => boolean = () => true): ColumnDetection | undefined =>
    d.columns.find((c) => c.role === role && pred(c));
  const have = new Set<string>();
  for (const c of d.columns) if (c.comparison && c.comparison.subjectCol !== null && c.comparison.baseCol !== null) have.add(`${c.comparison.subjectCol},${c.comparison.baseCol}`);
  const pairs: [ColumnDetection, ColumnDetection, MeasureRole][] = [];
  const planCol = by("plan", (c) => c.period === null || c.period.kind === "year") ?? by("plan");
  const actual = by("actual");
  const cumulative = by("cumulative");
  if (planCol && (cumulative ?? actual)) pairs.push([(cumulative ?? actual)!, planCol, "plan"]);
  for (const prior of d.columns.filter((c) => c.role === "prior")) {
    const subj = prior.cumulative ? cumulative ?? actual : actual ?? cumulative;
    if (subj) pairs.push([subj, prior, "prior"]);
  }
  const previous = by("previous");
  if (previous && actual) pairs.push([actual, previous, "previous"]);
  let next = d.extent.right + 1;
  const headerRow = d.headerRows[0] ?? Math.max(0, d.firstDataRow - 1);
  for (const [subj, base, baseRole] of pairs) {
    if (have.has(`${subj.col},${base.col}`)) continue;
    have.add(`${subj.col},${base.col}`);
    const kind = `${subj.role}/${baseRole}`;
    const name = NEW_HEADER[kind] ?? { vi: `${subj.letter} so ${base.letter}`, en: `${subj.letter} vs ${base.letter}` };
    const style = d.style;
    const header = `${name.vi}${style === "coefficient" ? " (lần)" : " (%)"}`;
    const existing = view.raw(headerRow, next);
    if (!isEmptyCell(existing)) plan.conflicts.push({ row: headerRow, col: next, address: cellAddress(headerRow, next), existing: cellText(existing) });
    plan.headerWrites.push({ row: headerRow, col: next, address: cellAddress(headerRow, next), value: header });
    const c: Comparison = {
      kind,
      subjectRole: subj.role as MeasureRole,
      baseRole,
      subjectCol: subj.col,
      baseCol: base.col,
      baseText: { vi: base.header, en: base.header },
      style,
      styleReason: { vi: "cột thêm mới, theo kiểu của bảng", en: "added column, in the table's style" },
      missing: null,
    };
    write(next, header, c, true);
    next++;
  }
}

function summary(plan: RecalcPlan, options: RecalcOptions): Localized {
  const cols = plan.columns.filter((c) => c.formulas > 0).length;
  const blocked = options.overwrite ? 0 : plan.conflicts.length;
  const vi = [`Ghi ${plan.writes.length} công thức vào ${cols} cột.`];
  const en = [`${plan.writes.length} formulas in ${cols} columns.`];
  if (plan.conflicts.length) {
    vi.push(options.overwrite ? `${plan.conflicts.length} ô đang có số liệu sẽ bị ghi đè (đã đồng ý).` : `${blocked} ô đang có số liệu hoặc công thức: chỉ ghi khi được đồng ý.`);
    en.push(options.overwrite ? `${plan.conflicts.length} non-empty cells will be overwritten (consent given).` : `${blocked} cells already hold figures or formulas: written only with consent.`);
  }
  if (plan.skipped.length) {
    vi.push(`${plan.skipped.length} cột so sánh không có gốc trong bảng, không ghi.`);
    en.push(`${plan.skipped.length} comparison columns have no base in the table; nothing written there.`);
  }
  if (plan.textNumbers.length) {
    vi.push(`${plan.textNumbers.length} ô số đang ở dạng chữ (${plan.textNumbers.slice(0, 5).map((t) => t.address).join(", ")}${plan.textNumbers.length > 5 ? ", ..." : ""})${options.convertText ? ": sẽ chuyển thành số" : ""}.`);
    en.push(`${plan.textNumbers.length} cells hold numbers as text (${plan.textNumbers.slice(0, 5).map((t) => t.address).join(", ")}${plan.textNumbers.length > 5 ? ", ..." : ""})${options.convertText ? ": they will be converted" : ""}.`);
  }
  return { vi: vi.join(" "), en: en.join(" ") };
}
