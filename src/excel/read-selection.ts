/**
 * Reading the planner's own table for the recalculation feature, and writing formulas back.
 * Generic on purpose: a grid in, a list of formulas out; the recalc core decides what they are.
 */
import { rangeAddress } from "../core/a1";
import { UserError, localized } from "../core/user-error";
import { isSetSupported, runExcel, type RunOptions } from "./run";
import type { Content } from "./write-plan";
import { UNDO_KEY } from "./block-records";
import { commitSnapshot } from "./undo";
import type { SnapshotArea, UndoSnapshot } from "./snapshot";

export interface Grid {
  sheet: string;
  /** "B3:H20" (no sheet). */
  address: string;
  /** 0-based position of the top-left cell. */
  row: number;
  col: number;
  values: Content[][];
  formulas: Content[][];
  numberFormat: string[][];
  /** true when the grid is the current region around a single selected cell. */
  fromRegion: boolean;
}

export interface ReadOptions {
  /**
   * "selection": exactly what is selected; "region": the current region around the active cell;
   * "auto" (default): the selection, or the region when a single cell is selected.
   */
  scope?: "selection" | "region" | "auto";
  run?: RunOptions;
}

/** Cells read at most: beyond this the answer risks Excel on the web's 5 MB response limit. */
export const MAX_READ_CELLS = 200_000;

const GRID_PROPS = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "values", "formulas", "numberFormat"];

function toGrid(range: Excel.Range, sheet: string, fromRegion: boolean): Grid {
  return {
    sheet,
    address: range.address.slice(range.address.lastIndexOf("!") + 1),
    row: range.rowIndex,
    col: range.columnIndex,
    values: range.values as Content[][],
    formulas: range.formulas as Content[][],
    numberFormat: range.numberFormat as string[][],
    fromRegion,
  };
}

/**
 * Reads the selected range or the region around the active cell in one sync. For "auto" both
 * are loaded in that one round trip and the choice is made afterwards (a second round trip
 * would cost more than the extra cells).
 */
export async function readSelection(options: ReadOptions = {}): Promise<Grid> {
  const scope = options.scope ?? "auto";
  if (scope !== "selection" && !isSetSupported("ExcelApi", "1.7")) {
    if (scope === "region") {
      throw new UserError(
        "region-unsupported",
        localized("Excel này (trước ExcelApi 1.7) không đọc được vùng quanh ô; hãy chọn cả bảng.", "This Excel (before ExcelApi 1.7) cannot read the region around a cell; select the whole table."),
      );
    }
    return readSelection({ ...options, scope: "selection" });
  }
  return runExcel(async (context) => {
    const selected = context.workbook.getSelectedRange();
    const sheet = selected.worksheet;
    sheet.load("name");
    const region = scope === "selection" ? null : selected.getCell(0, 0).getSurroundingRegion();
    if (scope !== "region") selected.load(GRID_PROPS);
    region?.load(GRID_PROPS);
    await context.sync();
    const single = scope === "auto" && selected.rowCount === 1 && selected.columnCount === 1;
    const useRegion = scope === "region" || single;
    const range = useRegion && region ? region : selected;
    if (range.rowCount * range.columnCount > MAX_READ_CELLS) {
      throw new UserError(
        "range-too-large",
        localized(
          `Vùng ${range.address} quá lớn (${range.rowCount * range.columnCount} ô); hãy chọn riêng bảng cần tính.`,
          `The range ${range.address} is too large (${range.rowCount * range.columnCount} cells); select just the table to recalculate.`,
        ),
      );
    }
    return toGrid(range, sheet.name, useRegion);
  }, options.run);
}

export interface FormulaWrite {
  /** 0-based sheet position. */
  row: number;
  col: number;
  /** "=..." or a constant. */
  formula: Content;
  /** Number format to set with it; the cell keeps its own when absent. */
  numberFormat?: string;
}

export interface FormulaRun {
  address: string;
  formulas: Content[][];
}

/**
 * Groups writes into contiguous runs, down columns or along rows, whichever needs fewer ranges
 * (recalc usually fills a column, so runs down columns are the common case). A later write to
 * the same cell wins.
 */
export function groupRuns(writes: FormulaWrite[]): FormulaRun[] {
  const byCell = new Map<string, FormulaWrite>();
  for (const w of writes) byCell.set(`${w.row},${w.col}`, w);
  const unique = [...byCell.values()];
  const runs = (vertical: boolean): FormulaRun[] => {
    const major = (w: FormulaWrite) => (vertical ? w.col : w.row);
    const minor = (w: FormulaWrite) => (vertical ? w.row : w.col);
    const sorted = [...unique].sort((a, b) => major(a) - major(b) || minor(a) - minor(b));
    const out: FormulaRun[] = [];
    let run: FormulaWrite[] = [];
    const flush = () => {
      const first = run[0];
      if (!first) return;
      out.push({
        address: vertical ? rangeAddress(first.row, first.col, run.length, 1) : rangeAddress(first.row, first.col, 1, run.length),
        formulas: vertical ? run.map((w) => [w.formula]) : [run.map((w) => w.formula)],
      });
      run = [];
    };
    for (const w of sorted) {
      const prev = run[run.length - 1];
      if (prev && (major(prev) !== major(w) || minor(w) !== minor(prev) + 1)) flush();
      run.push(w);
    }
    flush();
    return out;
  };
  const down = runs(true);
  const across = runs(false);
  return across.length < down.length ? across : down;
}

export interface WriteFormulasResult {
  ranges: string[];
  undo: UndoSnapshot;
}

/**
 * Writes formulas in one sync, one range per contiguous run. The cells' previous contents are
 * loaded in the same batch before the writes (Office.js runs a batch in order), so the write
 * can be undone with "Hoàn tác" (from memory) without an extra round trip.
 */
export async function writeFormulas(
  sheetName: string,
  writes: FormulaWrite[],
  options: { run?: RunOptions } = {},
): Promise<WriteFormulasResult> {
  const runs = groupRuns(writes);
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const before = runs.map((r) => {
      const range = sheet.getRange(r.address);
      range.load(["formulas", "numberFormat"]);
      return range;
    });
    // Separate proxies for the write: a proxy's local value must not mix with what it loaded.
    for (const r of runs) sheet.getRange(r.address).formulas = r.formulas;
    // Formats only where asked: the cells the planner formatted keep theirs (they are inside the runs above,
    // so the snapshot taken before the writes holds their old formats for undo).
    const formats = groupRuns(writes.flatMap((w) => (w.numberFormat ? [{ row: w.row, col: w.col, formula: w.numberFormat }] : [])));
    for (const f of formats) sheet.getRange(f.address).numberFormat = f.formulas as string[][];
    // The snapshot is known only after this sync, so it stays in memory; a stored older one
    // must not be undone over these formulas.
    context.workbook.settings.add(UNDO_KEY, "");
    await context.sync();
    const areas: SnapshotArea[] = runs.map((r, i) => ({
      address: r.address,
      formulas: before[i]!.formulas as Content[][],
      numberFormat: before[i]!.numberFormat as string[][],
    }));
    const undo: UndoSnapshot = { kind: "formulas", sheet: sheetName, areas, unmerge: [], takenAt: new Date().toISOString() };
    commitSnapshot(undo);
    return { ranges: runs.map((r) => r.address), undo };
  }, options.run);
}
