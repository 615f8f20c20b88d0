/** What detection finds in a planner's table. All row/column indexes are 0-based sheet positions. */
import type { Localized } from "../user-error";
import type { Period } from "./periods";
import type { Rect } from "./grid";

export type ColumnRole =
  | "label"
  | "unit"
  | "plan"
  | "actual"
  | "cumulative"
  | "prior"
  | "previous"
  | "comparison"
  | "share"
  | "source"
  | "other";

/** Columns holding figures a comparison can divide. */
export type MeasureRole = "plan" | "actual" | "cumulative" | "prior" | "previous";

export const MEASURE_ROLES: readonly MeasureRole[] = ["plan", "actual", "cumulative", "prior", "previous"];

/**
 * How a comparison is written. percent: 0,4213 shown as 42,13%; index: 111,77 under a "(%)"
 * header (GSO, =C7/B7*100); growth: +11,77 (ratio − 1, ×100); coefficient: 1,05.
 */
export type RecalcStyle = "percent" | "index" | "growth" | "coefficient";

export interface Comparison {
  /** "actual/plan", "cumulative/prior", "actual/previous", "share/total", ... */
  kind: string;
  subjectRole: MeasureRole | null;
  baseRole: MeasureRole | "total" | null;
  /** Column of the numerator; null when it is not in the table. */
  subjectCol: number | null;
  /** Column of the base (denominator); null when not in the table. For a share, the subject column. */
  baseCol: number | null;
  /** For a share: the total row the base is taken from. */
  baseRow?: number | null;
  /** What the base is, in words ("cùng kỳ năm trước", "kế hoạch năm"). */
  baseText: Localized;
  style: RecalcStyle;
  styleReason: Localized;
  /** Set when an operand is not in the table: nothing is written for this column. */
  missing: "subject" | "base" | "both" | null;
}

export interface ColumnDetection {
  col: number;
  /** Column letter, "E". */
  letter: string;
  /** Header text of the column, rows joined with spaces. */
  header: string;
  role: ColumnRole;
  /** Actual figures that are an estimate (Ước tính) or preliminary (Sơ bộ). */
  estimate?: boolean;
  preliminary?: boolean;
  /** A prior column that is cumulative (Lũy kế cùng kỳ). */
  cumulative?: boolean;
  period: Period | null;
  /** Number in the column-number row (A, B, 1, 2, ...), when there is one. */
  number?: string;
  comparison?: Comparison;
  reason: Localized;
}

export type RowKind = "data" | "total" | "section" | "note" | "blank";

export interface RowDetection {
  row: number;
  kind: RowKind;
  label: string;
  /** Section marker found at the start of the label: "I.", "1.", "a)". */
  marker?: string;
  /** Unit of the row, ditto marks (") resolved to the unit above. */
  unit?: string;
  ditto?: boolean;
}

export interface TableDetection {
  extent: Rect;
  /** A1 range of the table without title and unit lines, "A4:J17". */
  range: string;
  titleRows: number[];
  unitLine: { row: number; text: string } | null;
  headerRows: number[];
  columnNumberRow: number | null;
  firstDataRow: number;
  lastDataRow: number;
  columns: ColumnDetection[];
  rows: RowDetection[];
  /** The grand total row (TỔNG SỐ, Tổng cộng, Cả nước), used as the base of shares. */
  totalRow: number | null;
  /** Style the sheet uses for comparisons, for columns that give no sign of their own. */
  style: RecalcStyle;
  messages: Localized[];
}

/** Where detection starts: a cell (the table is found around it) or a range taken as the table. */
export interface Anchor {
  row: number;
  col: number;
  rows?: number;
  cols?: number;
}
