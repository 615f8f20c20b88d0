/** The role of each column, from its header words, its period and what its cells hold. */
import { columnLetter } from "../a1";
import type { Localized } from "../user-error";
import { GridView, isNumericCell, isTextCell, isTextNumber } from "./grid";
import type { ColumnHeader } from "./header-text";
import { describePeriod, parsePeriod } from "./periods";
import type { ColumnDetection } from "./types";
import { headerWords } from "./vocab";

export interface ColumnDraft extends ColumnDetection {
  head: ColumnHeader;
  textCells: number;
  numberCells: number;
  /** The planner set this column's role in the pane. */
  userSet?: boolean;
}

function l(vi: string, en: string): Localized {
  return { vi, en };
}

export function classifyColumns(
  view: GridView,
  headers: ColumnHeader[],
  dataRows: number[],
  columnNumbers: Map<number, string>,
): ColumnDraft[] {
  const drafts: ColumnDraft[] = [];
  for (const head of headers) {
    let textCells = 0;
    let numberCells = 0;
    for (const r of dataRows) {
      const cell = view.cell(r, head.col);
      if (isTextCell(cell)) textCells++;
      else if (isNumericCell(cell) || isTextNumber(cell)) numberCells++;
    }
    if (head.text === "" && textCells === 0 && numberCells === 0) continue;
    const base = classifyOne(head, textCells, numberCells);
    const number = columnNumbers.get(head.col);
    drafts.push({ ...base, col: head.col, letter: columnLetter(head.col), header: head.text, head, textCells, numberCells, ...(number ? { number } : {}) });
  }
  refineByPeriod(drafts);
  return drafts;
}

type Base = Pick<ColumnDetection, "role" | "reason" | "period" | "estimate" | "preliminary" | "cumulative">;

function classifyOne(head: ColumnHeader, textCells: number, numberCells: number): Base {
  const text = head.text;
  const w = headerWords(text);
  const period = parsePeriod(w.folded);
  const quoted = `"${text}"`;
  const mostlyText = textCells > numberCells && textCells > 0;
  if (text === "") {
    if (mostlyText) return { role: "label", period: null, reason: l("Không có tiêu đề, ô chứa chữ: tên chỉ tiêu.", "No header; cells hold text: row labels.") };
    return { role: "other", period: null, reason: l("Không có tiêu đề cột.", "The column has no header.") };
  }
  if (w.unit && !w.compare) return { role: "unit", period: null, reason: l(`${quoted}: đơn vị tính.`, `${quoted}: unit of measure.`) };
  if (w.source) return { role: "source", period: null, reason: l(`${quoted}: nguồn số liệu.`, `${quoted}: data source.`) };
  if (w.note) return { role: "other", period: null, reason: l(`${quoted}: ghi chú.`, `${quoted}: notes.`) };
  if (w.share) return { role: "share", period, reason: l(`${quoted}: cơ cấu/tỷ trọng (phần ÷ tổng).`, `${quoted}: share of the total (part ÷ total).`) };
  if (w.compare || w.growth) return { role: "comparison", period, reason: l(`${quoted}: cột so sánh.`, `${quoted}: a comparison column.`) };
  if (/^(no\.?|#|stt|tt|so tt|s\.tt)$/.test(w.folded)) return { role: "label", period: null, reason: l(`${quoted}: số thứ tự.`, `${quoted}: row number.`) };
  const measure = w.plan || w.prior || w.previous || w.cumulative || w.actual || w.estimate || w.preliminary;
  if ((w.label && !measure) || (mostlyText && !measure && period === null)) {
    return { role: "label", period: null, reason: l(`${quoted}: tên chỉ tiêu/số thứ tự.`, `${quoted}: row label or number.`) };
  }
  const flags = { estimate: w.estimate || undefined, preliminary: w.preliminary || undefined };
  const p = describePeriod(period);
  if (w.prior) {
    const cumulative = w.cumulative || period?.kind === "months";
    return {
      role: "prior", period, cumulative: cumulative || undefined, ...flags,
      reason: l(`${quoted}: cùng kỳ năm trước${cumulative ? " (lũy kế)" : ""}.`, `${quoted}: same period last year${cumulative ? " (cumulative)" : ""}.`),
    };
  }
  if (w.previous) return { role: "previous", period, ...flags, reason: l(`${quoted}: kỳ trước (tháng trước).`, `${quoted}: previous period (previous month).`) };
  if (w.plan) return { role: "plan", period, reason: l(`${quoted}: kế hoạch/mục tiêu${p.vi ? ` ${p.vi}` : ""}.`, `${quoted}: plan/target${p.en ? ` ${p.en}` : ""}.`) };
  if (w.cumulative || period?.kind === "months") {
    return { role: "cumulative", period, ...flags, reason: l(`${quoted}: lũy kế từ đầu năm${p.vi ? ` (${p.vi})` : ""}.`, `${quoted}: cumulative from the start of the year${p.en ? ` (${p.en})` : ""}.`) };
  }
  if (w.actual || w.estimate || w.preliminary) {
    const kind = w.preliminary ? l("sơ bộ", "preliminary") : w.estimate ? l("ước tính", "estimate") : l("thực hiện", "actual");
    return { role: "actual", period, ...flags, reason: l(`${quoted}: số ${kind.vi}${p.vi ? ` ${p.vi}` : ""}.`, `${quoted}: ${kind.en} figures${p.en ? ` for ${p.en}` : ""}.`) };
  }
  if (period && (period.n !== null || period.year !== null)) {
    return { role: "actual", period, reason: l(`${quoted}: số liệu ${p.vi}.`, `${quoted}: figures for ${p.en}.`) };
  }
  if (mostlyText) return { role: "label", period: null, reason: l(`${quoted}: ô chứa chữ.`, `${quoted}: cells hold text.`) };
  return { role: "other", period, reason: l(`${quoted}: không nhận ra vai trò.`, `${quoted}: role not recognised.`) };
}

/**
 * Periods decide what keywords leave open: a figure for an earlier year is the prior period,
 * an earlier month of the same year is the previous month, "N tháng" or the whole year next to
 * monthly columns is cumulative.
 */
function refineByPeriod(cols: ColumnDraft[]): void {
  const current = cols.filter((c) => (c.role === "actual" || c.role === "cumulative") && c.period?.year != null);
  if (current.length === 0) return;
  const year = Math.max(...current.map((c) => c.period!.year!));
  for (const c of cols) {
    if ((c.role !== "actual" && c.role !== "cumulative") || !c.period) continue;
    const p = c.period;
    const what = describePeriod(p);
    if (p.year !== null && p.year < year) {
      const cumulative = c.role === "cumulative" || p.kind === "months" || p.kind === "year";
      c.role = "prior";
      if (cumulative) c.cumulative = true;
      c.reason = l(`"${c.header}": ${what.vi}, trước năm ${year}: số cùng kỳ.`, `"${c.header}": ${what.en}, before ${year}: same period earlier.`);
    }
  }
  for (const kind of ["month", "quarter"] as const) {
    const same = cols.filter((c) => c.role === "actual" && c.period?.kind === kind && c.period.n !== null && (c.period.year === null || c.period.year === year));
    if (same.length < 2) continue;
    const last = Math.max(...same.map((c) => c.period!.n!));
    for (const c of same) {
      if (c.period!.n! < last) {
        c.role = "previous";
        c.reason = l(`"${c.header}": ${describePeriod(c.period).vi}, trước kỳ báo cáo: kỳ trước.`, `"${c.header}": ${describePeriod(c.period).en}, before the reporting period: previous period.`);
      }
    }
  }
  const finer = cols.some((c) => (c.role === "actual" || c.role === "previous") && c.period && c.period.kind !== "year" && (c.period.year === null || c.period.year === year));
  for (const c of cols) {
    if (c.role === "actual" && c.period?.kind === "year" && finer) {
      c.role = "cumulative";
      c.reason = l(`"${c.header}": cả năm bên cạnh số từng tháng/quý: lũy kế.`, `"${c.header}": the whole year next to monthly or quarterly figures: cumulative.`);
    }
  }
}
