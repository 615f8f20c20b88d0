/**
 * Reading a form's table: what each column takes (its kinds and period) and each row's label and unit. Shared by
 * filling a planner's form (plan.ts: the dataset's figures go into the cells) and by reading a table of report text
 * (extract/text-tables.ts: the cells' figures become records), so both read a header and a row the same way.
 */
import type { Period } from "../dataset/types";
import type { GridView } from "../detect/grid";
import type { ColumnDetection } from "../detect/types";
import type { Localized } from "../user-error";
import { readLabel, type RowLabel } from "./label";
import type { FormLocation } from "./locate";
import { columnWant, type ColumnWant } from "./records";
import { endYearTarget, spanColumn } from "./span";

const NO_FIGURE_ROLES = new Set(["label", "unit", "comparison", "share", "source", "other"]);

/**
 * What a column takes: a span of years or an end-year target as its header names it (span.ts), else
 * what the detection read. A header in % over a figure column is a rate the detection did not read
 * as one: never a place for a figure, unless it is the average growth of a span.
 */
export function readWant(c: ColumnDetection, form: Period, docYear: number | null): { want: ColumnWant | null; reason: Localized } {
  const span = spanColumn(c.header, docYear);
  if (span === "none") return { want: null, reason: c.reason };
  if (span) return { want: { kinds: span.kinds, period: span.period, span: span.span }, reason: span.reason };
  const end = NO_FIGURE_ROLES.has(c.role) && c.role !== "other" ? null : endYearTarget(c.header);
  if (end) return { want: end, reason: { vi: `Mục tiêu đến năm ${end.period.year}: mục tiêu của năm ${end.period.year}, không phải của cả giai đoạn.`, en: `Target by ${end.period.year}: the target for the year ${end.period.year}, not for a span.` } };
  const rate = /%/.test(c.header);
  return { want: NO_FIGURE_ROLES.has(c.role) || rate ? null : columnWant(c, form), reason: c.reason };
}

/** A section line: its label merged across the figure columns. */
export function spansValues(view: GridView, row: number, loc: FormLocation): boolean {
  const m = view.merge(row, loc.labelCol);
  return !!m && m.col + m.cols - 1 > Math.max(loc.labelCol, loc.unitCol ?? -1);
}

export interface RowInfo {
  row: number;
  /** The STT cell holds a Roman numeral or a capital letter: a section. */
  romanNumber: boolean;
  label: RowLabel;
  unitText: string | null;
  merged: boolean;
}

export function readRows(view: GridView, loc: FormLocation): RowInfo[] {
  const out: RowInfo[] = [];
  let lastUnit: string | null = null;
  for (let r = loc.firstDataRow; r <= loc.lastDataRow; r++) {
    const text = view.text(r, loc.labelCol);
    if (text === "") continue;
    const label = readLabel(text);
    let unitText: string | null = loc.unitCol !== null ? view.text(loc.unitCol === null ? 0 : r, loc.unitCol) || null : null;
    if (unitText && /^(["“”〃'']{1,2}|-"-|nt|như trên)$/i.test(unitText)) unitText = lastUnit;
    if (unitText) lastUnit = unitText;
    const merged = spansValues(view, r, loc);
    if (merged) unitText = null;
    unitText ??= label.unitText ?? loc.unitLine?.unit ?? null;
    const number = loc.numberCol !== null && loc.numberCol !== loc.labelCol ? view.text(r, loc.numberCol) : "";
    out.push({ row: r, label, unitText, merged, romanNumber: /^([IVX]+|[A-D])\.?$/.test(number) });
  }
  return out;
}

/**
 * A heading holds no figure of its own: merged across the table, or without a unit over sub-rows ("Khu kinh tế Định
 * An" over "- Diện tích"), numbered with a Roman numeral, in capitals, or ending in ":".
 */
export function isHeadingRow(info: RowInfo, hasChildren: boolean): boolean {
  return info.merged || (!info.unitText && (hasChildren || info.label.roman || info.romanNumber || isCaps(info.label.text) || /:\s*$/.test(info.label.text)));
}

/** A label in capitals ("THƯƠNG MẠI"): a section heading. */
function isCaps(text: string): boolean {
  return /\p{L}{3}/u.test(text) && text === text.toUpperCase();
}
