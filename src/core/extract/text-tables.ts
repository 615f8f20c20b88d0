/**
 * Tables in report text. A Word report's tables reach the extractor as lines of tab-separated cells (report-file's
 * docx reader writes a row a line, as Word copies a table as text), and so does a table copied from a report or a
 * statistics office's release: "STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2024 | Ước thực hiện 6 tháng | So sánh (%)".
 * Sentences cannot be read out of such lines; the header says what each figure is. A table is read the way a planner's
 * own form is (fill/: the header row, each column's kinds and period, each row's label, unit and catalog indicator),
 * and each figure cell becomes a record quoting its row, with the comparison columns' rates as its reported ones.
 */
import { periodLabelVi } from "../dataset/period-text";
import type { FigureKind, Period, PriceBasis, ReportedPercentages } from "../dataset/types";
import { detectTable } from "../detect";
import { GridView, type Grid, type GridCell, type MergeArea } from "../detect/grid";
import type { ColumnDetection } from "../detect/types";
import { readUnit } from "../fill/label";
import { CATALOG_MATCH, matchIndicator } from "./indicator-match";
import { locateForm, type FormLocation } from "../fill/locate";
import { isHeadingRow, readRows, readWant, type RowInfo } from "../fill/read-form";
import type { ColumnWant } from "../fill/records";
import { parseNumberText, type DigitGrouping } from "../numbers";
import type { UnitDef } from "../units";

/** One figure of a table: its row's line is its quote. */
export interface TableFigure {
  /** Offsets of the row's line in the text. */
  start: number;
  end: number;
  /** The row's label as written ("Kim ngạch xuất khẩu"). */
  label: string;
  /** The catalog indicator the row's label names, when one does. */
  code?: string;
  unit?: UnitDef;
  unitText: string;
  /** The price basis the row's label or the lines above the table name ("(giá so sánh 2010)"). */
  basis: PriceBasis | null;
  period: Period;
  kind: FigureKind;
  value: number;
  reported: ReportedPercentages;
}

export interface TextTable {
  /** Offsets of the table's first and last line: no sentence is read between them. */
  start: number;
  end: number;
  figures: TableFigure[];
}

interface Line {
  start: number;
  end: number;
  cells: string[];
}

/** A row of a table: at least three cells (label, unit or a figure, a figure). */
const MIN_CELLS = 3;
/** A section row inside a table is a short label. */
const SECTION_CHARS = 80;
/** Lines above a table that may say its unit or price basis ("Đơn vị tính: tỷ đồng"). */
const PREAMBLE_LINES = 2;

/**
 * Every table of the text, with the figures its rows give: runs of two lines or more of tab-separated cells, and
 * tables copied one cell a line (stackedTables).
 */
export function readTextTables(text: string, form: Period, grouping?: DigitGrouping): TextTable[] {
  const stacked = STACKED_CELLS.test(text);
  if (!stacked && !text.includes("\t")) return [];
  const lines = splitLines(text);
  const tables = stacked ? stackedTables(lines, form, grouping) : [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.cells.length < MIN_CELLS) continue;
    let j = i;
    // A section row between rows ("Phân theo ngành", its cell merged across the table) has fewer cells: the table goes on.
    const rowAt = (k: number): boolean => k < lines.length && lines[k]!.cells.length >= MIN_CELLS;
    const sectionAt = (k: number): boolean => k < lines.length && lines[k]!.cells.some((c) => c !== "") && lines[k]!.end - lines[k]!.start <= SECTION_CHARS && rowAt(k + 1);
    while (rowAt(j + 1) || sectionAt(j + 1)) j++;
    if (j > i) {
      const rows = lines.slice(i, j + 1);
      const preamble = lines.slice(Math.max(0, i - PREAMBLE_LINES), i).filter((l) => l.cells.length === 1 && l.cells[0] !== "");
      // A table of tasks ("Thời gian thực hiện: 2021-2025") holds no figure to read: its header is not worth reading.
      const figures = rows.some((r) => r.cells.some((c, k) => k > 0 && isFigure(c, grouping))) ? readTable([...preamble, ...rows], preamble.length, form, grouping) : [];
      tables.push({ start: lines[i]!.start, end: lines[j]!.end, figures });
    }
    i = j;
  }
  return tables.sort((a, b) => a.start - b.start);
}

/** A cell holding a figure: a number that is not a bare year ("2021" in a table of tasks is when, not how much). */
function isFigure(cell: string, grouping: DigitGrouping | undefined): boolean {
  return !/^(?:19|20)\d\d$/.test(cell) && parseNumberText(cell, grouping) !== null;
}

/**
 * Two lines in a row that hold a number alone (blank lines between them aside: a web page's cells may be copied a
 * paragraph each): a table copied one cell a line may be in the text.
 */
const STACKED_CELLS = /\n[ \t]*[-+]?\d[\d.,]*[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*[-+]?\d[\d.,]*[ \t]*\r?\n/u;
const NUMBER_CELL = /^[-+]?\d[\d.,]*$/u;
/** "Đơn vị tính: Tỷ đồng", "ĐVT: tấn": the line that gives a table's unit, between its header and its rows. */
const UNIT_LINE = /^(?:đơn vị tính|đvt)\s*:/iu;
/** A caption that ends with its unit, percent: "Tốc độ tăng so với cùng kỳ năm trước - %", "Chỉ số phát triển (%)". */
const CAPTION_PERCENT = /(?:\s-\s*%|\(%\))\s*$/u;
/** A column heading: short, and saying a period, a plan or a comparison. */
const COLUMN_HEADING = /tháng|quý|năm|kế hoạch|cùng kỳ|so với|thực hiện|ước|lũy kế|%/iu;

/**
 * A table copied from a web page often comes one cell a line: the column headings, then each row's label and its
 * figures, every cell on a line of its own ("Tổng số", "4736,0", "4671,4", …). The same rows of cells as a tabbed
 * table's: k heading lines, an optional unit line, then rows of a label and k numbers (a label alone between rows is a
 * group's heading: "Phân theo nhóm ngành hàng").
 */
function stackedTables(all: Line[], form: Period, grouping: DigitGrouping | undefined): TextTable[] {
  const lines = all.filter((l) => l.cells.length === 1 && l.cells[0] !== "");
  const isNumber = (i: number): boolean => i < lines.length && NUMBER_CELL.test(lines[i]!.cells[0]!);
  const rowWidth = (i: number): number => {
    if (i >= lines.length || isNumber(i)) return 0;
    let k = 0;
    while (isNumber(i + 1 + k)) k++;
    return k;
  };
  const tables: TextTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const k = rowWidth(i);
    if (k < 2) continue;
    const rows: Line[] = [];
    let at = i;
    for (;;) {
      if (rowWidth(at) === k) {
        const cells = lines.slice(at, at + 1 + k);
        rows.push({ start: cells[0]!.start, end: cells[k]!.end, cells: cells.map((c) => c.cells[0]!) });
        at += 1 + k;
      } else if (rowWidth(at) === 0 && rowWidth(at + 1) === k && rows.length > 0) {
        rows.push(lines[at]!);
        at += 1;
      } else break;
    }
    const unitAt = i - 1 >= 0 && UNIT_LINE.test(lines[i - 1]!.cells[0]!) ? i - 1 : i;
    const heads = lines.slice(Math.max(0, unitAt - k), unitAt);
    // ("Tốc độ tăng so với cùng kỳ năm trước - %" above the headings: the table's caption gives its unit.)
    const caption = unitAt === i && unitAt - k - 1 >= 0 ? lines[unitAt - k - 1]! : undefined;
    const captionUnit = caption && CAPTION_PERCENT.test(caption.cells[0]!) ? { ...caption, cells: ["Đơn vị tính: %"] } : undefined;
    const isHeader = heads.length === k && heads.every((h) => !NUMBER_CELL.test(h.cells[0]!) && h.cells[0]!.length <= 60 && COLUMN_HEADING.test(h.cells[0]!));
    if (rows.filter((r) => r.cells.length > 1).length >= 2 && isHeader) {
      // The corner above the labels is blank on the page: the form reader finds the label column by its heading.
      const header: Line = { start: heads[0]!.start, end: heads[k - 1]!.end, cells: ["Chỉ tiêu", ...heads.map((h) => h.cells[0]!)] };
      const preamble = unitAt < i ? [lines[unitAt]!] : captionUnit ? [captionUnit] : [];
      const grid = [...preamble, header, ...rows];
      tables.push({ start: header.start, end: rows[rows.length - 1]!.end, figures: readTable(grid, preamble.length, form, grouping) });
      i = at - 1;
    }
  }
  return tables;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== "\n") continue;
    const end = i > start && text[i - 1] === "\r" ? i - 1 : i;
    const line = text.slice(start, end);
    lines.push({ start, end, cells: line.includes("\t") ? line.split("\t").map((c) => c.trim()) : [line.trim()] });
    start = i + 1;
  }
  return lines;
}

/**
 * The grid the form reader reads: numbers as numbers, and a header cell that stands over several columns (Word
 * writes a merged cell once, so its row has fewer cells) merged over the columns its row lacks.
 */
function gridOf(lines: Line[], preamble: number, grouping: DigitGrouping | undefined): Grid {
  const width = Math.max(...lines.map((l) => l.cells.length));
  const merges: MergeArea[] = [];
  const rows = lines.map((line, r) => {
    const cells: Array<GridCell | null> = line.cells.map((c) => (c === "" ? null : { value: parseNumberText(c, grouping)?.value ?? c }));
    const short = width - cells.length;
    if (r >= preamble && short > 0 && !cells.some((c) => typeof c?.value === "number")) merges.push({ row: r, col: cells.length - 1, rows: 1, cols: short + 1 });
    return cells;
  });
  return { rows, merges };
}

function readTable(lines: Line[], preamble: number, form: Period, grouping: DigitGrouping | undefined): TableFigure[] {
  const grid = gridOf(lines, preamble, grouping);
  const view = new GridView(grid);
  const loc = locateForm(view);
  if (!loc || loc.lastDataRow < loc.firstDataRow) return [];
  const probe = detectTable(grid, { row: loc.top, col: loc.left, rows: loc.lastDataRow - loc.top + 1, cols: loc.right - loc.left + 1 });
  const wants = figureColumns(probe.columns, loc, form);
  if (wants.size === 0) return [];
  const figures: TableFigure[] = [];
  const holdsFigures = (info: RowInfo): boolean => !!info.unitText && [...wants.keys()].some((col) => typeof view.cell(info.row, col)?.value === "number");
  for (const { info, unit, code } of matchedRows(view, loc, holdsFigures)) {
    const line = lines[info.row]!;
    for (const [col, want] of wants) {
      const value = view.cell(info.row, col)?.value;
      if (typeof value !== "number") continue;
      const period = { ...want.period, label: periodLabelVi(want.period) };
      figures.push({
        start: line.start,
        end: line.end,
        label: info.label.text,
        ...(code ? { code } : {}),
        ...(unit ? { unit } : {}),
        unitText: info.unitText ?? "",
        basis: info.label.basis ?? loc.basis,
        period,
        kind: want.kinds[0]!,
        value,
        reported: reportedFor(view, info.row, col, probe.columns),
      });
    }
  }
  return figures;
}

/**
 * Columns holding figures: what each takes (a span of years' columns are left to a planner's form). A table's own
 * period is that of its first column of results ("Ước thực hiện 6 tháng năm 2024"), which may not be the document's
 * (an annual report's appendix of the first 6 months): "Cùng kỳ năm 2023" is that span a year earlier.
 */
function figureColumns(columns: readonly ColumnDetection[], loc: FormLocation, document: Period): Map<number, ColumnWant> {
  const read = (form: Period): Map<number, ColumnWant> => {
    const wants = new Map<number, ColumnWant>();
    for (const c of columns) {
      if (c.col === loc.labelCol || c.col === loc.numberCol || c.col === loc.unitCol) continue;
      const { want } = readWant(c, form, form.year);
      if (want && !want.span) wants.set(c.col, want);
    }
    return wants;
  };
  const first = read(document);
  const own = [...first.values()].find((w) => w.kinds[0] === "actual" || w.kinds[0] === "estimate")?.period;
  return own ? read(own) : first;
}

/**
 * The rows holding figures, each with the catalog indicator its label names: the extractor's own matching (a catalog
 * name counts when most of its words are the label's), a sub-row read under its heading ("- Khai khoáng" under "Chỉ số
 * sản xuất công nghiệp"). Matched only where a figure is, so a table of tasks costs no matching.
 */
function matchedRows(view: GridView, loc: FormLocation, holdsFigures: (info: RowInfo) => boolean): Array<{ info: RowInfo; unit?: UnitDef; code?: string }> {
  const rows = readRows(view, loc);
  const out: Array<{ info: RowInfo; unit?: UnitDef; code?: string }> = [];
  let parent = "";
  rows.forEach((info, i) => {
    const next = rows[i + 1];
    const hasChildren = !!next && next.label.sub && !info.label.sub;
    if (!info.label.sub) parent = info.label.text;
    if (isHeadingRow(info, hasChildren) || !holdsFigures(info)) return;
    const unit = readUnit(info.unitText);
    const match = matchIndicator({ near: info.label.text, ...(info.label.sub ? { heading: parent } : {}) }, unit);
    const code = match !== undefined && match.score >= CATALOG_MATCH ? match.def.code : undefined;
    out.push({ info, ...(unit ? { unit } : {}), ...(code ? { code } : {}) });
  });
  return out;
}

/**
 * The rates a row's comparison columns give for one figure column: against the plan a % of plan, against the same
 * period an index (111,51 under "(%)") or a growth (+11,51, as the column's style says), against the previous
 * period the same.
 */
function reportedFor(
  view: GridView,
  row: number,
  col: number,
  columns: readonly ColumnDetection[],
): ReportedPercentages {
  const reported: ReportedPercentages = {};
  for (const c of columns) {
    const cmp = c.comparison;
    const v = view.cell(row, c.col)?.value;
    if (c.role !== "comparison" || !cmp || cmp.subjectCol !== col || typeof v !== "number" || cmp.style === "coefficient") continue;
    // "111,51" and "111,51%" are read alike: a text table writes the rate as the report states it.
    const growth = cmp.style === "growth";
    const field: keyof ReportedPercentages | undefined =
      cmp.baseRole === "plan" ? (growth ? undefined : "pctOfPlan")
      : cmp.baseRole === "prior" ? (growth ? "growthVsPrior" : "indexVsPrior")
      : cmp.baseRole === "previous" ? (growth ? "growthVsPrevPeriod" : "indexVsPrevPeriod")
      : undefined;
    if (!field) continue;
    reported[field] = v;
  }
  return reported;
}
