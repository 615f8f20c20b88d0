/**
 * Reading the planner's own table for the recalculation feature, and writing formulas back.
 * Generic on purpose: a grid in, a list of formulas out; the recalc core decides what they are.
 */
import { rangeAddress } from "../core/a1";
import { UserError, localized } from "../core/user-error";
import { READ_CELLS_PER_SYNC, WRITE_CELLS_PER_SYNC, groupForSyncs, rowBands } from "./bands";
import { RestoreFailedError } from "./errors";
import { isSetSupported, runExcel, userMessageOf, whileEditing, type RunOptions } from "./run";
import type { Content } from "./write-plan";
import { UNDO_KEY } from "./block-records";
import { commitSnapshot } from "./undo";
import { keepText, restoreInSyncs, type SnapshotArea, type UndoSnapshot } from "./snapshot";

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

const SHAPE_PROPS = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"];

/** Excel's sheet size: a selection this tall or wide is whole columns or whole rows. */
const SHEET_ROWS = 1_048_576;
const SHEET_COLS = 16_384;

/**
 * Whole rows or columns ("3:5", "C:C") load values, formulas and formats as null
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-unbounded), and hold
 * a million empty cells: they are read clipped to the sheet's used range.
 */
function isUnbounded(range: Excel.Range): boolean {
  return range.rowCount >= SHEET_ROWS || range.columnCount >= SHEET_COLS;
}

function emptySelection(): UserError {
  return new UserError(
    "range-empty",
    localized("Vùng đã chọn không có dữ liệu; hãy chọn một ô trong bảng cần tính.", "The selected range holds no data; select a cell in the table to recalculate."),
  );
}

/**
 * Which range to read, from the shapes loaded in the first sync: the region around a single
 * selected cell, the selection clipped to the used range when it is whole rows or columns, or
 * the selection as it is.
 */
function chooseRange(
  scope: "selection" | "region" | "auto",
  selected: Excel.Range,
  region: Excel.Range | null,
  clipped: Excel.Range,
): { range: Excel.Range; fromRegion: boolean } {
  const single = scope === "auto" && selected.rowCount === 1 && selected.columnCount === 1;
  if ((scope === "region" || single) && region) return { range: region, fromRegion: true };
  if (!isUnbounded(selected)) return { range: selected, fromRegion: false };
  if (clipped.isNullObject) throw emptySelection();
  return { range: clipped, fromRegion: false };
}

/**
 * Reads the selected range or the region around the active cell. The first sync loads only
 * shapes (both candidates for "auto", and the selection clipped to the used range), so the
 * 200,000-cell check comes before any content is asked for; the content then comes in bands of
 * rows of at most 25,000 cells, one sync each, far under Excel on the web's 5 MB answer.
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
    const clipped = selected.getIntersectionOrNullObject(sheet.getUsedRange());
    selected.load(SHAPE_PROPS);
    region?.load(SHAPE_PROPS);
    clipped.load(SHAPE_PROPS);
    await context.sync();

    const { range, fromRegion } = chooseRange(scope, selected, region, clipped);
    const cells = range.rowCount * range.columnCount;
    if (cells > MAX_READ_CELLS) {
      throw new UserError(
        "range-too-large",
        localized(
          `Vùng ${range.address} quá lớn (${cells} ô); hãy chọn riêng bảng cần tính.`,
          `The range ${range.address} is too large (${cells} cells); select just the table to recalculate.`,
        ),
      );
    }
    const grid: Grid = {
      sheet: sheet.name,
      address: range.address.slice(range.address.lastIndexOf("!") + 1),
      row: range.rowIndex,
      col: range.columnIndex,
      values: [],
      formulas: [],
      numberFormat: [],
      fromRegion,
    };
    for (const band of rowBands(range.rowCount, range.columnCount, READ_CELLS_PER_SYNC)) {
      const part = sheet.getRange(rangeAddress(grid.row + band.firstRow, grid.col, band.rows, range.columnCount));
      part.load(["values", "formulas", "numberFormat"]);
      await context.sync();
      grid.values.push(...(part.values as Content[][]));
      grid.formulas.push(...(part.formulas as Content[][]));
      grid.numberFormat.push(...(part.numberFormat as string[][]));
    }
    return grid;
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
 * Writes formulas, one range per contiguous run. The cells' previous contents are read first
 * (one sync per 20,000 cells), then written (one sync per 20,000 cells): every "before" is known
 * before anything changes, so a write failing half way is put back entirely, and the write can
 * be undone with "Hoàn tác" (from memory).
 */
export async function writeFormulas(
  sheetName: string,
  writes: FormulaWrite[],
  options: { run?: RunOptions } = {},
): Promise<WriteFormulasResult> {
  const groups = groupForSyncs(groupRuns(writes), WRITE_CELLS_PER_SYNC);
  // Formats only where asked: the cells the planner formatted keep theirs (they are inside the
  // runs above, so the snapshot holds their old formats for undo).
  const formatGroups = groupForSyncs(
    groupRuns(writes.flatMap((w) => (w.numberFormat ? [{ row: w.row, col: w.col, formula: w.numberFormat }] : []))),
    WRITE_CELLS_PER_SYNC,
  );
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const sync = async () => {
      await context.sync();
    };
    const areas: SnapshotArea[] = [];
    for (const group of groups) {
      const before = group.map((r) => {
        const range = sheet.getRange(r.address);
        range.load(["formulas", "numberFormat", "values"]);
        return range;
      });
      await sync();
      group.forEach((r, i) => {
        const nf = before[i]!.numberFormat as string[][];
        areas.push({ address: r.address, formulas: keepText(before[i]!.formulas as Content[][], before[i]!.values, nf), numberFormat: nf });
      });
    }
    const undo: UndoSnapshot = { kind: "formulas", sheet: sheetName, areas, unmerge: [], takenAt: new Date().toISOString() };
    try {
      const requests = Math.max(groups.length, formatGroups.length, 1);
      for (let i = 0; i < requests; i++) {
        await whileEditing(async () => {
          for (const r of groups[i] ?? []) sheet.getRange(r.address).formulas = r.formulas;
          for (const f of formatGroups[i] ?? []) sheet.getRange(f.address).numberFormat = f.formulas as string[][];
          // The snapshot stays in memory; a stored older one must not be undone over these formulas.
          if (i === 0) context.workbook.settings.add(UNDO_KEY, "");
          await sync();
        }, options.run);
      }
    } catch (err) {
      try {
        await whileEditing(() => restoreInSyncs(sheet, undo, sync), options.run);
      } catch (restoreErr) {
        throw new RestoreFailedError(userMessageOf(err), userMessageOf(restoreErr));
      }
      throw err;
    }
    commitSnapshot(undo);
    return { ranges: groups.flat().map((r) => r.address), undo };
  }, options.run);
}
