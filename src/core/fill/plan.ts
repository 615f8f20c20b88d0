/**
 * planFill(grid, dataset, options): the figures a planner's own form takes from a dataset, cell by
 * cell with the record each comes from, the rows it could not place, the cells whose content a
 * write would replace, and the comparison formulas the recalculation writes once the figures are in.
 * Pure: no Office, no I/O; never throws on a bad form (the reasons come back in `messages`).
 */
import { cellAddress, rangeAddress } from "../a1";
import { agreesAtPrecision } from "../numbers";
import type { Period, PlanDataset, PlanRecord, PriceBasis } from "../dataset/types";
import { detectTable } from "../detect";
import { fold } from "../detect/fold";
import { cellText, GridView, isEmptyCell, type Grid, type GridCell } from "../detect/grid";
import { headerWords } from "../detect/vocab";
import type { ColumnDetection, TableDetection } from "../detect/types";
import { planRecalc, type RecalcPlan } from "../recalc";
import { periodKey, periodText } from "../templates/periods";
import type { Localized } from "../user-error";
import { basisIn, readUnit } from "./label";
import { locateForm, type FormLocation } from "./locate";
import { indicatorNames, matchRow, type RowCandidate, type RowMatch } from "./match-row";
import { pickRecord, type ColumnWant, type Pick } from "./records";
import { isHeadingRow, readRows, readWant, spansValues, type RowInfo } from "./read-form";
import { describeValue, describeSpan, spanGap } from "./explain";
import { documentYear, matchBranchGrowth, spanCovered, spanRelated, type SpanMeasure } from "./span";

export interface FillOptions {
  /** The form's reporting period; the dataset's own period when absent. */
  period?: Period;
  /** Consent to replace cells that hold something (a number, text, a formula). */
  overwrite?: boolean;
  /** The planner's answers: row (0-based) -> indicator code, or null to leave the row out. */
  choices?: Record<number, string | null>;
  /** The cell the planner selected (0-based); the table holding it is filled. */
  anchor?: { row: number; col: number };
}

export interface FillColumn {
  col: number;
  letter: string;
  header: string;
  role: ColumnDetection["role"];
  /** Period key and kinds the column takes ("months6-2020", ["estimate","actual"]); null for columns that take no figure. */
  want: { period: string; periodLabel: string; kinds: string[]; measure?: SpanMeasure } | null;
  reason: Localized;
}

export interface FillValue {
  row: number;
  col: number;
  address: string;
  value: number;
  recordId: string;
  code: string;
  indicator: string;
  kind: string;
  period: string;
  quote: string;
  /** The document: number and title. */
  source: string;
  /** "10,6 tỷ kWh = 10.600 triệu kWh", "kế hoạch suy ra: ...": how the value was obtained when not copied as stated. */
  how: Localized | null;
  confidence: number;
  /** What the cell holds now, as shown, when it is not empty. */
  existing: string | null;
  /** The cell already holds this figure at the precision written: nothing to write. */
  agrees: boolean;
}

export type FillRowStatus = "matched" | "ambiguous" | "unmatched" | "section";

export interface FillRow {
  row: number;
  label: string;
  unit: string | null;
  basis: PriceBasis | null;
  status: FillRowStatus;
  code?: string;
  indicator?: string;
  score?: number;
  candidates?: RowCandidate[];
  /** Cells of a matched row the dataset has no figure for, or where the figure is a question. */
  gaps: { col: number; address: string; reason: Localized; options?: { recordId: string; value: number; quote: string }[] }[];
  reason: Localized;
}

export interface FillPlan {
  found: boolean;
  range: string;
  headerRows: number[];
  firstDataRow: number;
  lastDataRow: number;
  unitLine: string | null;
  period: { key: string; label: string };
  columns: FillColumn[];
  rows: FillRow[];
  values: FillValue[];
  /** Values whose cell holds something else: written only with consent. */
  conflicts: FillValue[];
  /** Values written (conflicts included only with options.overwrite, agreeing cells never). */
  writes: FillValue[];
  recalc: RecalcPlan | null;
  detection: TableDetection | null;
  messages: Localized[];
}


export function planFill(grid: Grid, dataset: PlanDataset, options: FillOptions = {}): FillPlan {
  const view = new GridView(grid);
  const form = options.period ?? dataset.period;
  const plan: FillPlan = {
    found: false, range: "", headerRows: [], firstDataRow: 0, lastDataRow: -1, unitLine: null,
    period: { key: periodKey(form), label: form.label }, columns: [], rows: [], values: [], conflicts: [], writes: [], recalc: null, detection: null, messages: [],
  };
  const loc = locateForm(view, options.anchor);
  if (!loc || loc.lastDataRow < loc.firstDataRow) {
    plan.messages.push({ vi: "Không tìm thấy bảng của biểu mẫu (dòng tiêu đề có ô \"Chỉ tiêu\"/\"STT\" và các cột số liệu).", en: "No form table found (a header row with an \"Indicator\"/\"No.\" cell and figure columns)." });
    return plan;
  }
  Object.assign(plan, {
    found: true,
    range: rangeAddress(loc.top, loc.left, loc.lastDataRow - loc.top + 1, loc.right - loc.left + 1),
    headerRows: loc.headerRows,
    firstDataRow: loc.firstDataRow,
    lastDataRow: loc.lastDataRow,
    unitLine: loc.unitLine?.text ?? null,
  });
  const anchor = { row: loc.top, col: loc.left, rows: loc.lastDataRow - loc.top + 1, cols: loc.right - loc.left + 1 };
  const probe = detectTable(probeGrid(view, loc), anchor);
  const wants = new Map<number, ColumnWant>();
  const docYear = documentYear(dataset);
  for (const c of probe.columns) {
    if (c.col === loc.labelCol || c.col === loc.numberCol || c.col === loc.unitCol) continue;
    const { want, reason } = readWant(c, form, docYear);
    if (want) wants.set(c.col, want);
    plan.columns.push({
      col: c.col, letter: c.letter, header: c.header, role: c.role,
      want: want ? { period: periodKey(want.period), periodLabel: periodText(want.period, "vi"), kinds: want.kinds, ...(want.span ? { measure: want.span.measure } : {}) } : null,
      reason,
    });
  }
  if (wants.size === 0) plan.messages.push({ vi: "Không nhận ra cột số liệu nào (kế hoạch, thực hiện, cùng kỳ, lũy kế) trong tiêu đề biểu mẫu.", en: "No figure column (plan, actual, same period, cumulative) recognised in the form's header." });
  fillRows(view, loc, dataset, form, wants, probe, options, plan);
  plan.conflicts = plan.values.filter((v) => v.existing !== null && !v.agrees);
  plan.writes = plan.values.filter((v) => !v.agrees && (v.existing === null || options.overwrite));
  plan.recalc = recalcAfter({ rows: grid.rows, merges: headerMerges(grid, loc) }, plan, anchor, options);
  plan.messages.push(summary(plan, options));
  return plan;
}


/**
 * The grid detection reads to tell the columns: every empty figure cell of a labelled row holds a
 * placeholder, so a form without figures reads like a table with them (comparison, share and
 * note columns stay empty, as they are in a filled table).
 */
function probeGrid(view: GridView, loc: FormLocation): Grid {
  const rows = view.grid.rows.map((r) => (Array.isArray(r) ? [...r] : []));
  const takes = new Map<number, boolean>();
  for (let c = loc.left; c <= loc.right; c++) {
    if (c === loc.labelCol || c === loc.numberCol || c === loc.unitCol) continue;
    const w = headerWords(loc.headerRows.map((r) => view.text(r, c)).join(" "));
    takes.set(c, !(w.compare || w.growth || w.share || w.note || w.source || w.unit || w.label));
  }
  for (let r = loc.firstDataRow; r <= loc.lastDataRow; r++) {
    if (view.text(r, loc.labelCol) === "" || spansValues(view, r, loc)) continue;
    for (const [c, take] of takes) {
      if (!take || !isEmptyCell(view.cell(r, c)) || view.merge(r, c)) continue;
      const row = rows[r] ?? (rows[r] = []);
      row[c] = { value: 1 } satisfies GridCell;
    }
  }
  return { rows, merges: headerMerges(view.grid, loc) };
}

/** A section line merged across the table would read as a header line to detection: its text stays in its first cell only. */
function headerMerges(grid: Grid, loc: FormLocation): Grid["merges"] {
  return (grid.merges ?? []).filter((m) => m.row < loc.firstDataRow || m.row > loc.lastDataRow);
}



function fillRows(view: GridView, loc: FormLocation, dataset: PlanDataset, form: Period, wants: Map<number, ColumnWant>, probe: TableDetection, options: FillOptions, plan: FillPlan): void {
  const names = indicatorNames(dataset, spanCovered(dataset, [...wants.values()]));
  const related = (a: string, b: string): boolean => spanRelated([...wants.values()], a, b);
  const growthWants = new Map([...wants].filter(([, w]) => w.span?.measure === "growth"));
  const rows = readRows(view, loc);
  const headerBasis = new Map<number, PriceBasis | null>();
  for (const c of probe.columns) headerBasis.set(c.col, basisIn(fold(c.header)).basis);
  let parent: string[] = [];
  let parentCode: string | undefined;
  rows.forEach((info, i) => {
    const next = rows[i + 1];
    const hasChildren = !!next && next.label.sub && !info.label.sub;
    const context = info.label.sub ? parent : [];
    if (!info.label.sub) parent = info.label.words;
    const unit = readUnit(info.unitText);
    const unknownUnitText = info.unitText && !unit && !/^%$/.test(info.unitText) ? info.unitText : null;
    const heading = isHeadingRow(info, hasChildren);
    const chosen = options.choices?.[info.row];
    const none: RowMatch = { status: "unmatched", best: null, notInDataset: false };
    let match: RowMatch;
    if (chosen === null) match = none;
    else if (typeof chosen === "string") match = { status: "matched", code: chosen, vi: names.find((n) => n.code === chosen)?.vi ?? chosen, score: 1 };
    else if (heading) match = none;
    else match = matchRow(info.label, unit ?? undefined, names, context, info.label.sub ? parentCode : undefined, related);
    if (!info.label.sub) parentCode = match.status === "matched" ? match.code : undefined;
    const branch = match.status !== "matched" && chosen === undefined && !heading && info.label.sub && parentCode && growthWants.size > 0
      ? matchBranchGrowth(info.label, context, parentCode, names) : null;
    if (branch) match = branch;
    const row: FillRow = { row: info.row, label: info.label.text, unit: info.unitText, basis: info.label.basis ?? loc.basis, status: "unmatched", gaps: [], reason: { vi: "", en: "" } };
    plan.rows.push(row);
    if (match.status !== "matched") {
      row.status = chosen === undefined && (heading || hasChildren) ? "section" : match.status;
      if (match.status === "ambiguous") row.candidates = match.candidates;
      row.reason = rowReason(match, row.status);
      return;
    }
    row.status = "matched";
    row.code = match.code;
    row.indicator = match.vi;
    row.score = match.score;
    row.reason = { vi: `Khớp "${match.vi}" (độ giống ${Math.round(match.score * 100)}%).`, en: `Matches "${match.vi}" (similarity ${Math.round(match.score * 100)}%).` };
    if (branch) row.reason = joinReason(row.reason, { vi: "Dòng là một ngành của dòng trên: chỉ điền các cột tốc độ tăng bình quân.", en: "A branch of the row above: only the average-growth columns are filled." });
    placeRow(view, info, row, match.score, unit, unknownUnitText, dataset, form, branch ? growthWants : wants, headerBasis, loc, plan);
  });
}

function placeRow(
  view: GridView, info: RowInfo, row: FillRow, score: number, unit: ReturnType<typeof readUnit>, unknownUnitText: string | null,
  dataset: PlanDataset, form: Period, wants: Map<number, ColumnWant>, headerBasis: Map<number, PriceBasis | null>, loc: FormLocation, plan: FillPlan,
): void {
  const used = new Set<string>();
  // Figures of the period first, then plans and same-period figures, which may be derived from them.
  const order = [...wants.entries()].sort((a, b) => firstPass(a[1]) - firstPass(b[1]) || a[0] - b[0]);
  for (const [col, want] of order) {
    // A cell inside a merge that starts elsewhere takes no value of its own.
    if (view.ownerKey(info.row, col) !== `${info.row},${col}`) continue;
    const basis = info.label.basis ?? headerBasis.get(col) ?? loc.basis;
    const result = pickRecord(dataset.records, { code: row.code!, want, unit, unknownUnitText, basis, rowRecords: used, form });
    const address = cellAddress(info.row, col);
    if (result.status === "none") {
      row.gaps.push({ col, address, reason: want.span ? spanGap(want) : { vi: `Bộ số liệu không có số ${want.kinds.join("/")} kỳ ${periodKey(want.period)} cho chỉ tiêu này${unit ? ` (đơn vị ${unit.vi})` : ""}.`, en: `The dataset has no ${want.kinds.join("/")} figure for ${periodKey(want.period)} for this indicator${unit ? ` (unit ${unit.en})` : ""}.` } });
      continue;
    }
    if (result.status === "ask") {
      const why: Localized = result.reason === "basis-unknown"
        ? { vi: `Dòng ghi giá ${basis === "current" ? "hiện hành" : "so sánh 2010"} nhưng văn bản không nói số liệu theo giá nào: cần người dùng xác nhận.`, en: `The row states ${basis} prices but the document does not say which prices its figure is at: needs the planner's confirmation.` }
        : { vi: "Bộ số liệu có nhiều số khác nhau cho ô này: cần người dùng chọn.", en: "The dataset holds several different figures for this cell: the planner chooses." };
      row.gaps.push({ col, address, reason: why, options: result.options.map((o) => ({ recordId: o.record.id, value: o.value, quote: o.record.quote })) });
      continue;
    }
    used.add(result.pick.record.id);
    const value = valueOf(view, info.row, col, address, result.pick, score, unit === undefined && unknownUnitText === null && !want.span, dataset, want);
    plan.values.push(value);
    if (want.span) row.reason = joinReason(row.reason, describeSpan(address, want, result.pick));
  }
}

function joinReason(a: Localized, b: Localized): Localized {
  return { vi: `${a.vi} ${b.vi}`, en: `${a.en} ${b.en}` };
}


function firstPass(w: ColumnWant): number {
  return w.kinds[0] === "plan" || w.kinds[0] === "target" ? 1 : 0;
}

function valueOf(view: GridView, row: number, col: number, address: string, pick: Pick, score: number, noUnit: boolean, dataset: PlanDataset, want: ColumnWant): FillValue {
  const cell = view.cell(row, col);
  const existing = isEmptyCell(cell) ? null : cell?.formula ?? cellText(cell);
  const agrees = existing !== null && typeof cell?.value === "number" && !cell.formula && agreesAtPrecision(cell.value, pick.value);
  let confidence = score * (pick.exactKind ? 1 : 0.9) * (pick.record.derived ? 0.95 : 1) * (pick.yearEnd ? 0.9 : 1) * (noUnit ? 0.9 : 1) * (pick.rivals.length ? 0.9 : 1);
  confidence = Math.round(confidence * 100) / 100;
  const r: PlanRecord = pick.record;
  return {
    row, col, address, value: pick.value, recordId: r.id, code: r.indicator.code, indicator: r.indicator.vi, kind: r.kind, period: periodKey(r.period),
    quote: r.quote, source: [dataset.document.number, dataset.document.title].filter(Boolean).join(" — "),
    how: describeValue(pick, noUnit, want), confidence, existing, agrees,
  };
}

function rowReason(match: RowMatch, status: FillRowStatus): Localized {
  if (status === "section") return { vi: "Dòng tiêu đề nhóm: không điền số.", en: "Group heading: no figures." };
  if (match.status === "ambiguous") {
    const list = match.candidates.map((c) => `"${c.vi}"`).join(", ");
    return { vi: `Có thể là: ${list}. Cần người dùng chọn.`, en: `Could be: ${list}. The planner chooses.` };
  }
  if (match.status === "unmatched" && match.notInDataset && match.best) {
    return { vi: `Là chỉ tiêu "${match.best.vi}", bộ số liệu không có số của chỉ tiêu này.`, en: `This is "${match.best.vi}"; the dataset has no figure for it.` };
  }
  return { vi: "Không khớp chỉ tiêu nào của bộ số liệu.", en: "Matches no indicator of the dataset." };
}

/** The comparison formulas, planned by the recalculation on the form as it will be once the figures are in. */
function recalcAfter(grid: Grid, plan: FillPlan, anchor: { row: number; col: number; rows: number; cols: number }, options: FillOptions): RecalcPlan | null {
  if (plan.values.length === 0) return null;
  const rows = grid.rows.map((r) => (Array.isArray(r) ? [...r] : []));
  for (const v of plan.writes) {
    const row = rows[v.row] ?? (rows[v.row] = []);
    const format = row[v.col]?.numberFormat;
    row[v.col] = { value: v.value, ...(format ? { numberFormat: format } : {}) };
  }
  const filled: Grid = { rows, merges: grid.merges };
  const detection = detectTable(filled, anchor);
  plan.detection = detection;
  return planRecalc(filled, detection, { overwrite: !!options.overwrite });
}

function summary(plan: FillPlan, options: FillOptions): Localized {
  const count = (s: FillRowStatus): number => plan.rows.filter((r) => r.status === s).length;
  const formulas = plan.recalc?.writes.length ?? 0;
  const blocked = options.overwrite ? 0 : plan.conflicts.length;
  return {
    vi: `Điền ${plan.writes.length} ô số liệu vào ${count("matched")} dòng khớp chỉ tiêu; ${count("ambiguous")} dòng cần chọn, ${count("unmatched")} dòng không khớp; ${formulas} công thức so sánh.${blocked ? ` ${blocked} ô đang có số liệu khác: chỉ ghi khi được đồng ý.` : ""}`,
    en: `${plan.writes.length} figures in ${count("matched")} matched rows; ${count("ambiguous")} rows to choose, ${count("unmatched")} unmatched; ${formulas} comparison formulas.${blocked ? ` ${blocked} cells hold other figures: written only with consent.` : ""}`,
  };
}
