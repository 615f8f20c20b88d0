/**
 * "Làm mới": writes a block's data cells again from fresh data, and only those. Labels,
 * headers, formulas and anything the planner added are never touched. A data cell whose
 * content differs from what the add-in wrote last time was edited by hand: the refresh stops
 * with a HandEditError listing them, unless the planner has agreed.
 */
import { cellAddress, parseCellAddress, parseRangeAddress, rangeAddress } from "../core/a1";
import type { SheetBlock } from "../core/sheet-block";
import { UserError, localized } from "../core/user-error";
import { BLOCKS_KEY, boundedWritten, cellKey, parseRecords, withRecord, type BlockRecord } from "./block-records";
import { HandEditError, RestoreFailedError, TargetBlockedError, type HandEdit } from "./errors";
import { writtenData } from "./insert-block";
import { groupRuns } from "./read-selection";
import { userMessageOf, runExcel, whileEditing, type RunOptions } from "./run";
import { READ_CELLS_PER_SYNC, WRITE_CELLS_PER_SYNC, groupForSyncs, rowBands, type RowBand } from "./bands";
import { keepText, restoreInSyncs, type UndoSnapshot } from "./snapshot";
import { commitSnapshot, queueRemember } from "./undo";
import { asReadBack, cellFormula, type Content } from "./write-plan";

export interface CellChange {
  address: string;
  before: Content;
  after: Content;
  /** The planner had changed this cell since the add-in wrote it. */
  handEdited: boolean;
}

export interface RefreshOptions {
  /** The block's id as recorded at insert ("Sheet1!B3:H20"). */
  blockId: string;
  /** The planner agreed to replace hand-edited figures. */
  acceptHandEdits?: boolean;
  run?: RunOptions;
}

export interface RefreshResult {
  address: string;
  changes: CellChange[];
  syncs: number;
  /** What undo puts back; null when no cell changed (the earlier undo, e.g. of the insert, stays). */
  undo: UndoSnapshot | null;
}

/** Equal as Excel would show them: numbers to 1e-9 relative, text exactly. */
export function sameContent(a: Content | undefined, b: Content | undefined): boolean {
  if (a === b) return true;
  const x = typeof a === "number" ? a : typeof a === "string" && a.trim() !== "" ? Number(a) : NaN;
  const y = typeof b === "number" ? b : typeof b === "string" && b.trim() !== "" ? Number(b) : NaN;
  if (Number.isNaN(x) || Number.isNaN(y)) return false;
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

/** "'My sheet'!B2:I27" -> sheet "My sheet", address "B2:I27". */
export function splitId(id: string): { sheet: string; address: string } {
  const bang = id.lastIndexOf("!");
  const sheet = id.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return { sheet, address: id.slice(bang + 1) };
}

/** The blocks recorded in this workbook, for the pane's refresh list (1 sync). */
export async function listBlocks(options: { run?: RunOptions } = {}): Promise<BlockRecord[]> {
  return runExcel(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(BLOCKS_KEY);
    item.load("value");
    await context.sync();
    return parseRecords(item.isNullObject ? null : item.value);
  }, options.run);
}

/** A change and the content that makes it (the text escaped as written, see safeText). */
interface PlannedChange extends CellChange {
  content: Content;
}

/**
 * Compares the fresh block with the sheet: which data cells change, which were hand-edited.
 * Compared as Excel reads them back: a text written as "'- Ngành" reads "- Ngành".
 */
export function diffDataCells(
  block: SheetBlock,
  anchor: { row: number; col: number },
  current: Content[][],
  written: Record<string, Content> | undefined,
): CellChange[] {
  return planChanges(block, anchor, current, written).map(({ content: _written, ...change }) => change);
}

function planChanges(
  block: SheetBlock,
  anchor: { row: number; col: number },
  current: Content[][],
  written: Record<string, Content> | undefined,
): PlannedChange[] {
  const changes: PlannedChange[] = [];
  block.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.role !== "data") return;
      const now = asReadBack(current[r]?.[c] ?? "");
      const content = cellFormula(cell, anchor);
      const next = asReadBack(content);
      if (sameContent(now, next)) return;
      const before = written?.[cellKey(r, c)];
      // Without a record of what was written, any non-blank figure might be the planner's.
      const handEdited = before === undefined ? now !== "" : !sameContent(now, asReadBack(before));
      changes.push({ address: cellAddress(anchor.row + r, anchor.col + c), before: now, after: next, handEdited, content });
    }),
  );
  return changes;
}

interface BlockRead {
  formulas: Content[][];
  numberFormat: string[][];
}

/** Queues one band's read of the block: contents, formats and values (see keepText). */
function loadBand(sheet: Excel.Worksheet, box: Box, band: RowBand): Excel.Range {
  const range = sheet.getRange(rangeAddress(box.row + band.firstRow, box.col, band.rows, box.cols));
  range.load(["formulas", "numberFormat", "values"]);
  return range;
}

function readBands(ranges: Excel.Range[]): BlockRead {
  const out: BlockRead = { formulas: [], numberFormat: [] };
  for (const range of ranges) {
    const nf = range.numberFormat as string[][];
    out.formulas.push(...keepText(range.formulas as Content[][], range.values, nf));
    out.numberFormat.push(...nf);
  }
  return out;
}

type Box = NonNullable<ReturnType<typeof parseRangeAddress>>;

/** The block is not (or no longer) in the workbook's records. */
export function notRecorded(blockId: string): UserError {
  return new UserError(
    "block-not-found",
    localized(`Không tìm thấy bảng ${blockId} trong sổ làm việc này; hãy chèn lại bảng.`, `No table ${blockId} is recorded in this workbook; insert it again.`),
  );
}

/** The planner-facing reasons a recorded block cannot be refreshed in place. */
function checkRefreshable(block: SheetBlock, box: Box, options: RefreshOptions, sheetName: string, isProtected: boolean): void {
  if (box.rows !== block.rows || box.cols !== block.cols) {
    throw new UserError(
      "block-shape-changed",
      localized(
        `Bảng mới có ${block.rows}×${block.cols} ô nhưng vùng ${options.blockId} có ${box.rows}×${box.cols}; hãy chèn lại bảng thay vì làm mới.`,
        `The new table is ${block.rows}×${block.cols} cells but ${options.blockId} is ${box.rows}×${box.cols}; insert it again instead of refreshing.`,
      ),
    );
  }
  if (isProtected) {
    throw new TargetBlockedError(
      "protected",
      `Trang tính "${sheetName}" đang được bảo vệ nên không thể làm mới bảng.`,
      `The sheet "${sheetName}" is protected, so the table cannot be refreshed.`,
    );
  }
}

/**
 * Refreshes the block's data cells: one sync reads the record and the block (a block over
 * 25,000 cells is read in bands of rows, one sync each), then one sync writes the changed runs
 * (over 20,000 changed cells, one sync per 20,000), so no request or answer nears 5 MB.
 */
export async function refreshBlock(block: SheetBlock, options: RefreshOptions): Promise<RefreshResult> {
  const { sheet: sheetName, address } = splitId(options.blockId);
  const box = parseRangeAddress(address);
  if (!box) throw notRecorded(options.blockId);
  return runExcel(async (context) => {
    let syncs = 0;
    const sync = async () => {
      syncs++;
      await context.sync();
    };
    const settings = context.workbook.settings;
    const item = settings.getItemOrNullObject(BLOCKS_KEY);
    item.load("value");
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.protection.load("protected");
    const bands = rowBands(box.rows, box.cols, READ_CELLS_PER_SYNC);
    const ranges = [loadBand(sheet, box, bands[0]!)];
    await sync();

    const records = parseRecords(item.isNullObject ? null : item.value);
    const record = records.find((r) => r.id === options.blockId);
    if (!record) throw notRecorded(options.blockId);
    checkRefreshable(block, box, options, sheetName, sheet.protection.protected);
    for (const band of bands.slice(1)) {
      ranges.push(loadBand(sheet, box, band));
      await sync();
    }
    const { formulas: current, numberFormat: formats } = readBands(ranges);

    const anchor = { row: box.row, col: box.col };
    const planned = planChanges(block, anchor, current, record.written);
    const edits: HandEdit[] = planned
      .filter((c) => c.handEdited)
      .map((c) => ({ address: c.address, written: asReadBack(record.written?.[keyOf(c.address, anchor)] ?? ""), current: c.before, next: c.after }));
    if (edits.length > 0 && !options.acceptHandEdits) throw new HandEditError(edits);

    const groups = groupForSyncs(groupRuns(planned.map((c) => ({ ...position(c.address), formula: c.content }))), WRITE_CELLS_PER_SYNC);
    const undo: UndoSnapshot = {
      kind: "refresh",
      sheet: sheetName,
      // Only the cells the refresh replaces: undo never writes into the block's merged titles.
      areas: groups.flat().map((run) => {
        const r = parseRangeAddress(run.address)!;
        const pick = <T>(grid: T[][]) =>
          Array.from({ length: r.rows }, (_, i) => grid[r.row - anchor.row + i]!.slice(r.col - anchor.col, r.col - anchor.col + r.cols));
        return { address: run.address, formulas: pick(current), numberFormat: pick(formats) };
      }),
      unmerge: [],
      record: { id: record.id, before: record },
      takenAt: new Date().toISOString(),
    };
    const next: BlockRecord = { ...record, ...block.meta, writtenAt: undo.takenAt };
    const written = boundedWritten(writtenData(block, anchor));
    if (written) next.written = written;
    else delete next.written;

    try {
      // A refresh that changes no cell still records the new dataset version.
      const requests = groups.length > 0 ? groups : [[]];
      for (const [i, group] of requests.entries()) {
        await whileEditing(async () => {
          for (const run of group) sheet.getRange(run.address).formulas = run.formulas;
          if (i === requests.length - 1) {
            settings.add(BLOCKS_KEY, withRecord(records, record.id, next));
            // Nothing to undo when no cell changes: the earlier snapshot (the insert's) stays undoable.
            if (planned.length > 0) queueRemember(context, undo);
          }
          await sync();
        }, options.run);
      }
    } catch (err) {
      try {
        await whileEditing(() => restoreInSyncs(sheet, undo, sync, () => settings.add(BLOCKS_KEY, records)), options.run);
      } catch (restoreErr) {
        throw new RestoreFailedError(userMessageOf(err), userMessageOf(restoreErr));
      }
      throw err;
    }
    if (planned.length > 0) commitSnapshot(undo);
    const changes = planned.map(({ content: _written, ...change }) => change);
    return { address: options.blockId, changes, syncs, undo: planned.length > 0 ? undo : null };
  }, options.run);
}

function position(address: string): { row: number; col: number } {
  // Addresses here come from cellAddress, so they always parse.
  return parseCellAddress(address)!;
}

function keyOf(address: string, anchor: { row: number; col: number }): string {
  const p = position(address);
  return cellKey(p.row - anchor.row, p.col - anchor.col);
}
