/**
 * A declarative sheet block: what a template produces and what the Excel layer, the CLI
 * (ExcelJS) and the preview write. Built as if placed at A1; formulas use A1 references
 * relative to that origin and are shifted with shiftFormula when placed elsewhere.
 */

export type CellValue = string | number | boolean | null;

export type HAlign = "left" | "center" | "right";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  fontSize?: number;
  hAlign?: HAlign;
  vAlign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  /** Background colour "#RRGGBB". */
  fill?: string;
  fontColor?: string;
}

/** What a cell holds for the refresh logic: a figure from the dataset, a formula, or layout. */
export type CellRole = "label" | "header" | "data" | "formula" | "input" | "note";

export interface BlockCell {
  value?: CellValue;
  /** "=..." in A1 notation, relative to the block origin. */
  formula?: string;
  /** Excel invariant format code: "#,##0.00", "0.00%". */
  numberFormat?: string;
  style?: CellStyle;
  role?: CellRole;
  /** Provenance shown as a cell note where the host allows it. */
  note?: string;
  /** Data validation: the cell accepts one of these texts (a drop-down list in Excel). */
  validation?: { list: string[] };
}

export interface Merge {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface PrintSetup {
  landscape: boolean;
  /** Fit the printed width to one page. */
  fitToWidth: boolean;
  paper: "A4";
}

export interface BlockMeta {
  templateId: string;
  templateVersion: string;
  datasetId?: string;
  datasetVersion?: string;
  /** Options the block was built with (serialisable). */
  options?: Record<string, string | number | boolean>;
}

export interface SheetBlock {
  rows: number;
  cols: number;
  /** Dense grid rows x cols; cells with nothing to write are {}. */
  cells: BlockCell[][];
  merges: Merge[];
  /** Column widths in characters (Excel's unit), one per column. */
  columnWidths?: number[];
  /** Rows from the top of the block to keep visible (title and header). */
  freezeRows?: number;
  /** First and last row (0-based, inclusive) of the data body, for refresh and charts. */
  body?: { firstRow: number; lastRow: number };
  fontName?: string;
  print?: PrintSetup;
  meta: BlockMeta;
}

export function emptyGrid(rows: number, cols: number): BlockCell[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => ({}) as BlockCell));
}

/** What a cell writes to a sheet: the shifted formula if any, else the value ("" for nothing). */
export function cellContent(cell: BlockCell): CellValue {
  return cell.formula ?? cell.value ?? "";
}
