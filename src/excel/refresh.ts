/**
 * "Làm mới": writes a block's data cells again from fresh data, and only those. Labels,
 * headers, formulas and anything the planner added are never touched. A data cell whose
 * content differs from what the add-in wrote last time was edited by hand: the refresh stops
 * with a HandEditError listing them, unless the planner has agreed.
 */
import { cellAddress, parseCellAddress, parseRangeAddress } from "../core/a1";
import type { SheetBlock } from "../core/sheet-block";
import { UserError, localized } from "../core/user-error";
import { BLOCKS_KEY, boundedWritten, cellKey, parseRecords, withRecord, type BlockRecord } from "./block-records";
import { HandEditError, RestoreFailedError, TargetBlockedError, type HandEdit } from "./errors";
import { writtenData } from "./insert-block";
import { groupRuns } from "./read-selection";
import { userMessageOf, runExcel, type RunOptions } from "./run";
import { restoreInSyncs, type UndoSnapshot } from "./snapshot";
import { commitSnapshot, queueRemember } from "./undo";
import { cellFormula, type Content } from "./write-plan";

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
  undo: UndoSnapshot;
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

/** Compares the fresh block with the sheet: which data cells change, which were hand-edited. */
export function diffDataCells(
  block: SheetBlock,
  anchor: { row: number; col: number },
  current: Content[][],
  written: Record<string, Content> | undefined,
): CellChange[] {
  const changes: CellChange[] = [];
  block.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.role !== "data") return;
      const now = current[r]?.[c] ?? "";
      const next = cellFormula(cell, anchor);
      if (sameContent(now, next)) return;
      const before = written?.[cellKey(r, c)];
      // Without a record of what was written, any non-blank figure might be the planner's.
      const handEdited = before === undefined ? now !== "" : !sameContent(now, before);
      changes.push({ address: cellAddress(anchor.row + r, anchor.col + c), before: now, after: next, handEdited });
    }),
  );
  return changes;
}

/** Refreshes the block's data cells in 2 syncs (read, write); see the file comment. */
export async function refreshBlock(block: SheetBlock, options: RefreshOptions): Promise<RefreshResult> {
  const { sheet: sheetName, address } = splitId(options.blockId);
  return runExcel(async (context) => {
    let syncs = 0;
    const settings = context.workbook.settings;
    const item = settings.getItemOrNullObject(BLOCKS_KEY);
    item.load("value");
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.protection.load("protected");
    const range = sheet.getRange(address);
    range.load(["rowIndex", "columnIndex", "rowCount", "columnCount", "formulas", "numberFormat"]);
    syncs++;
    await context.sync();

    const records = parseRecords(item.isNullObject ? null : item.value);
    const record = records.find((r) => r.id === options.blockId);
    if (!record) {
      throw new UserError(
        "block-not-found",
        localized(`Không tìm thấy bảng ${options.blockId} trong sổ làm việc này; hãy chèn lại bảng.`, `No table ${options.blockId} is recorded in this workbook; insert it again.`),
      );
    }
    if (range.rowCount !== block.rows || range.columnCount !== block.cols) {
      throw new UserError(
        "block-shape-changed",
        localized(
          `Bảng mới có ${block.rows}×${block.cols} ô nhưng vùng ${options.blockId} có ${range.rowCount}×${range.columnCount}; hãy chèn lại bảng thay vì làm mới.`,
          `The new table is ${block.rows}×${block.cols} cells but ${options.blockId} is ${range.rowCount}×${range.columnCount}; insert it again instead of refreshing.`,
        ),
      );
    }
    if (sheet.protection.protected) {
      throw new TargetBlockedError(
        "protected",
        `Trang tính "${sheetName}" đang được bảo vệ nên không thể làm mới bảng.`,
        `The sheet "${sheetName}" is protected, so the table cannot be refreshed.`,
      );
    }
    const anchor = { row: range.rowIndex, col: range.columnIndex };
    const current = range.formulas as Content[][];
    const changes = diffDataCells(block, anchor, current, record.written);
    const edits: HandEdit[] = changes
      .filter((c) => c.handEdited)
      .map((c) => ({ address: c.address, written: record.written?.[keyOf(c.address, anchor)] ?? "", current: c.before, next: c.after }));
    if (edits.length > 0 && !options.acceptHandEdits) throw new HandEditError(edits);

    const runs = groupRuns(changes.map((c) => ({ ...position(c.address), formula: c.after })));
    const formats = range.numberFormat as string[][];
    const undo: UndoSnapshot = {
      kind: "refresh",
      sheet: sheetName,
      // Only the cells the refresh replaces: undo never writes into the block's merged titles.
      areas: runs.map((run) => {
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

    for (const run of runs) sheet.getRange(run.address).formulas = run.formulas;
    settings.add(BLOCKS_KEY, withRecord(records, record.id, next));
    queueRemember(context, undo);
    const sync = async () => {
      syncs++;
      await context.sync();
    };
    try {
      await sync();
    } catch (err) {
      try {
        await restoreInSyncs(sheet, undo, sync);
      } catch (restoreErr) {
        throw new RestoreFailedError(userMessageOf(err), userMessageOf(restoreErr));
      }
      throw err;
    }
    commitSnapshot(undo);
    return { address: options.blockId, changes, syncs, undo };
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
