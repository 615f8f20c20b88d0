/**
 * Inserts a SheetBlock at a cell: one read round trip (checks + undo snapshot), one write round
 * trip. Bigger blocks (over 1,200 rows, i.e. more than a 1,000-row table with its title, header
 * and signature rows, or over 4 MB) are read and written in bands of rows, one sync each, with
 * progress. A failed write puts the snapshot back before the error goes up.
 */
import { cellAddress, parseCellAddress } from "../core/a1";
import type { SheetBlock } from "../core/sheet-block";
import { completionChart } from "../core/templates";
import { applyOps } from "./apply-ops";
import { BLOCKS_KEY, boundedWritten, cellKey, parseRecords, withRecord, type BlockRecord } from "./block-records";
import { RestoreFailedError, TargetBlockedError, TargetNotEmptyError } from "./errors";
import { SKIP_REASONS, checkTarget, intersects, splitAreas, type SkippedFeature } from "./target-checks";
import { isSetSupported, userMessageOf, runExcel, whileEditing, type RunOptions } from "./run";
import { loadArea, readArea, restoreInSyncs, type PendingArea, type SnapshotArea, type UndoSnapshot } from "./snapshot";
import { commitSnapshot, queueRemember } from "./undo";
import {
  DEFAULT_LIMITS,
  cellFormula,
  opsBytes,
  planBand,
  planBands,
  planFinish,
  sheetAddress,
  type Anchor,
  type Band,
  type ChunkLimits,
  type Content,
  type WriteOp,
} from "./write-plan";

export interface InsertOptions {
  /** The planner agreed to replace what is in the target range. */
  overwrite: boolean;
  /** "B3" on the active sheet or "Sheet2!B3"; default: the top-left cell of the selection. */
  anchor?: string;
  limits?: ChunkLimits;
  /** Called after each write sync of a banded insert: rows written so far, total rows. */
  onProgress?: (rowsDone: number, rowsTotal: number) => void;
  run?: RunOptions;
}

export type { SkippedFeature };

export interface InsertResult {
  /** "Sheet1!B3:H20". */
  address: string;
  rowsWritten: number;
  undo: UndoSnapshot;
  /** context.sync() calls made. */
  syncs: number;
  /** Estimated bytes of every write request together, and of the largest one. */
  payloadBytes: number;
  maxRequestBytes: number;
  skipped: SkippedFeature[];
}

/**
 * A cell's formats weigh up to about this much in a getCellProperties answer (font, fill,
 * alignment and up to 8 border sides). Per-cell formats are snapshotted only while a band's
 * answer stays under 3 MB, well below the 5 MB response limit; bigger bands (about 750 rows of
 * 7 columns) fall back to clearing the formats on undo, which restores a target that had
 * default formatting exactly and is reported in `skipped` as "formatUndo".
 */
const FORMAT_BYTES_PER_CELL = 600;
const MAX_FORMAT_SNAPSHOT_BYTES = 3 * 1024 * 1024;

function resolveAnchor(workbook: Excel.Workbook, anchor: string | undefined): Excel.Range {
  if (anchor === undefined) return workbook.getSelectedRange().getCell(0, 0);
  const bang = anchor.lastIndexOf("!");
  const cell = bang >= 0 ? anchor.slice(bang + 1) : anchor;
  if (!parseCellAddress(cell)) {
    throw new TargetBlockedError(
      "bad-anchor",
      `Ô neo "${anchor}" không hợp lệ (ví dụ đúng: B3 hoặc Sheet1!B3).`,
      `The anchor cell "${anchor}" is not valid (e.g. B3 or Sheet1!B3).`,
    );
  }
  if (bang < 0) return workbook.worksheets.getActiveWorksheet().getRange(cell);
  const sheet = anchor.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return workbook.worksheets.getItem(sheet).getRange(cell);
}

function bareAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

/** Data cells as written, keyed by block position, for refresh to spot hand edits later. */
export function writtenData(block: SheetBlock, anchor: { row: number; col: number }): Record<string, Content> {
  const written: Record<string, Content> = {};
  block.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.role === "data") written[cellKey(r, c)] = cellFormula(cell, anchor);
    }),
  );
  return written;
}

function nonEmptyCells(areas: SnapshotArea[]): string[] {
  const found: string[] = [];
  for (const area of areas) {
    const origin = parseCellAddress(bareAddress(area.address).split(":")[0] ?? "");
    area.formulas.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "" && v !== null) found.push(cellAddress((origin?.row ?? 0) + r, (origin?.col ?? 0) + c));
      }),
    );
  }
  return found;
}

/** What this host's requirement sets let the insert check and set. */
function hostCan() {
  return {
    merges: isSetSupported("ExcelApi", "1.13"),
    tables: isSetSupported("ExcelApi", "1.9"),
    formats: isSetSupported("ExcelApi", "1.9"),
    freeze: isSetSupported("ExcelApi", "1.7"),
    page: isSetSupported("ExcelApi", "1.9"),
  };
}

/** Queues the reads of the widths and heights the insert changes, for undo. */
function loadSizes(target: Excel.Range, block: SheetBlock): { widths: Excel.Range[]; heights: Excel.Range[] } {
  const widths = (block.columnWidths ?? []).map((_, c) => {
    const column = target.getColumn(c);
    column.load("address");
    column.format.load("columnWidth");
    return column;
  });
  // Rows whose merged text gets a height (row offsets within the block are known before the anchor).
  const heights = planFinish(block, { sheet: "", row: 0, col: 0 }, { freeze: false, pageLayout: false }).flatMap((op) => {
    if (op.kind !== "fitRow") return [];
    const row = target.getCell(Number(op.row.split(":")[0]) - 1, 0).getEntireRow();
    row.load("address");
    row.format.load(isSetSupported("ExcelApi", "1.7") ? ["rowHeight", "useStandardHeight"] : ["rowHeight"]);
    return [row];
  });
  return { widths, heights };
}

/** What the workbook remembers of the block (see block-records.ts). */
function blockRecord(block: SheetBlock, anchor: Anchor, address: string, writtenAt: string): BlockRecord {
  const record: BlockRecord = { ...block.meta, id: sheetAddress(anchor.sheet, address), sheet: anchor.sheet, address, writtenAt };
  const written = boundedWritten(writtenData(block, anchor));
  if (written) record.written = written;
  const chart = completionChart(block);
  if (chart) record.chart = chart;
  return record;
}

/** Puts in the snapshot what the insert changes beyond the cells: widths, heights, frozen panes, print setup. */
function addSheetState(undo: UndoSnapshot, widths: Excel.Range[], heights: Excel.Range[], frozen: Excel.Range | null, layout: Excel.PageLayout | null): void {
  if (widths.length > 0) undo.columnWidths = widths.map((w) => ({ address: bareAddress(w.address), points: w.format.columnWidth }));
  if (heights.length > 0) {
    undo.rowHeights = heights.map((h) => ({ address: bareAddress(h.address), points: h.format.rowHeight, ...(isSetSupported("ExcelApi", "1.7") && h.format.useStandardHeight === true ? { standard: true as const } : {}) }));
  }
  if (frozen) undo.freeze = { before: frozen.isNullObject ? null : bareAddress(frozen.address) };
  if (layout) {
    // Excel answers unused zoom fields with null; sending null back would be refused.
    const zoom = Object.fromEntries(Object.entries(layout.zoom).filter(([, v]) => v !== null && v !== undefined));
    undo.pageLayout = { orientation: layout.orientation, paperSize: layout.paperSize, zoom };
  }
}

function outsideSheet(block: SheetBlock): TargetBlockedError {
  return new TargetBlockedError(
    "outside-sheet",
    `Bảng cần ${block.rows} dòng × ${block.cols} cột; tính từ ô đã chọn, bảng vượt quá mép trang tính. Hãy chọn ô khác.`,
    `The table needs ${block.rows} rows × ${block.cols} columns; from the selected cell it runs off the edge of the sheet. Pick another cell.`,
  );
}

/** Inserts the block; see the file comment for the round trips. */
export async function insertBlock(block: SheetBlock, options: InsertOptions): Promise<InsertResult> {
  return runExcel((context) => insertInContext(context, block, options), options.run);
}

async function insertInContext(
  context: Excel.RequestContext,
  block: SheetBlock,
  options: InsertOptions,
): Promise<InsertResult> {
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  const limits = options.limits ?? DEFAULT_LIMITS;
  const skipped: SkippedFeature[] = [];
  const can = hostCan();
  // Bands are sized before the anchor is known; addresses differ by a few bytes only.
  const bands = planBands(block, { sheet: "", row: 0, col: 0 }, limits);
  const withFormats = (b: Band) => can.formats && (b.lastRow - b.firstRow + 1) * block.cols * FORMAT_BYTES_PER_CELL <= MAX_FORMAT_SNAPSHOT_BYTES;

  // ---- Read: everything about the target in one round trip (plus one per extra band).
  const workbook = context.workbook;
  const target = resolveAnchor(workbook, options.anchor).getResizedRange(block.rows - 1, block.cols - 1);
  target.load(["address", "rowIndex", "columnIndex"]);
  const sheet = target.worksheet;
  sheet.load("name");
  sheet.protection.load("protected");
  // getMergedAreasOrNullObject answers only merges whose top-left cell lies in the range
  // (office-js #3611, https://github.com/OfficeDev/office-js/issues/3611): a title merged across
  // A1:H1 is not seen from C1. Asked of the rectangle from A1 to the target's far corner, it sees
  // every merge that can reach into the target; the others are dropped after the sync.
  const merged = can.merges ? target.getBoundingRect(target.worksheet.getRange("A1")).getMergedAreasOrNullObject() : null;
  merged?.load("address");
  const tables = can.tables ? target.getTables(false) : null;
  tables?.load("items/name");
  const blocksSetting = workbook.settings.getItemOrNullObject(BLOCKS_KEY);
  blocksSetting.load("value");
  const wantFreeze = (block.freezeRows ?? 0) > 0 && can.freeze;
  const frozen = wantFreeze ? sheet.freezePanes.getLocationOrNullObject() : null;
  frozen?.load("address");
  const { widths, heights } = loadSizes(target, block);
  const layout = block.print && can.page ? sheet.pageLayout : null;
  layout?.load(["orientation", "paperSize", "zoom"]);
  const bandRange = (b: Band) => target.getCell(b.firstRow, 0).getResizedRange(b.lastRow - b.firstRow, block.cols - 1);
  const pending: PendingArea[] = [];
  const first = bands[0];
  if (first) pending.push(loadArea(bandRange(first), withFormats(first)));
  try {
    await sync();
  } catch (err) {
    // The only argument Excel can refuse here is the size: the block runs off the sheet's edge.
    throw (err as { code?: unknown } | null)?.code === "InvalidArgument" ? outsideSheet(block) : err;
  }

  const sheetName = sheet.name;
  const anchor: Anchor = { sheet: sheetName, row: target.rowIndex, col: target.columnIndex };
  const address = bareAddress(target.address);
  const fullAddress = sheetAddress(sheetName, address);
  const mergedAreas = checkTarget({
    fullAddress,
    address,
    sheetName,
    protected: sheet.protection.protected,
    mergedAreas: merged ? (merged.isNullObject ? [] : splitAreas(merged.address).filter((a) => intersects(a, address))) : null,
    tableNames: tables ? tables.items.map((t) => t.name) : null,
    overwrite: options.overwrite,
  });
  if (!can.merges) skipped.push({ feature: "mergeCheck", reason: SKIP_REASONS.mergeCheck });
  if (!can.tables) skipped.push({ feature: "tableCheck", reason: SKIP_REASONS.tableCheck });

  // Further bands of a big block: one read each, all before any write.
  for (const band of bands.slice(1)) {
    pending.push(loadArea(sheet.getRange(bandAddress(anchor, block, band)), withFormats(band)));
    await sync();
  }
  const areas = pending.map((p) => readArea(p, true));
  if (bands.some((b) => !withFormats(b))) skipped.push({ feature: "formatUndo", reason: SKIP_REASONS.formatUndo });

  const filled = nonEmptyCells(areas);
  if (filled.length > 0 && !options.overwrite) {
    throw new TargetNotEmptyError(fullAddress, filled);
  }

  const freeze = wantFreeze && anchor.row === 0;
  if ((block.freezeRows ?? 0) > 0 && !freeze) {
    skipped.push({ feature: "freeze", reason: can.freeze ? SKIP_REASONS.freezeNotRow1 : SKIP_REASONS.freeze });
  }
  if (block.print && !layout) skipped.push({ feature: "pageLayout", reason: SKIP_REASONS.pageLayout });

  const records = parseRecords(blocksSetting.isNullObject ? null : blocksSetting.value);
  const before = records.find((r) => r.id === fullAddress) ?? null;
  const undo: UndoSnapshot = {
    kind: "insert",
    sheet: sheetName,
    areas,
    unmerge: planFinish(block, anchor, { freeze: false, pageLayout: false })
      .filter((op) => op.kind === "merge")
      .map((op) => (op as { address: string }).address),
    remerge: mergedAreas,
    record: { id: fullAddress, before },
    takenAt: new Date().toISOString(),
  };
  addSheetState(undo, widths, heights, freeze ? frozen : null, layout);

  const record = blockRecord(block, anchor, address, undo.takenAt);
  // ---- Write: one sync per band; the last band also merges, sizes, freezes, sets print, records.
  const finish = planFinish(block, anchor, { freeze, pageLayout: layout !== null });
  const sent = await writeBands(context, sheet, sync, options, { block, anchor, bands, unmerge: mergedAreas, finish, records, record, undo });
  commitSnapshot(undo);
  if (sent.fitToWidthIgnored) skipped.push({ feature: "fitToWidth", reason: SKIP_REASONS.fitToWidth });
  return {
    address: fullAddress,
    rowsWritten: block.rows,
    undo,
    syncs,
    payloadBytes: sent.requestBytes.reduce((a, b) => a + b, 0),
    maxRequestBytes: Math.max(0, ...sent.requestBytes),
    skipped,
  };
}

/** What the write step needs, all known after the read step. */
interface WriteStep {
  block: SheetBlock;
  anchor: Anchor;
  bands: Band[];
  /** Merges inside the target, unmerged before the first band. */
  unmerge: string[];
  /** Whole-block operations, sent with the last band. */
  finish: WriteOp[];
  /** The block records as read, and this block's new record. */
  records: BlockRecord[];
  record: BlockRecord;
  undo: UndoSnapshot;
}

/**
 * Writes the bands, one request each (sent again if Excel refuses it in cell-edit mode); the last
 * one also records the block and the undo snapshot. A failure puts the snapshot back first.
 */
async function writeBands(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sync: () => Promise<void>,
  options: InsertOptions,
  w: WriteStep,
): Promise<{ requestBytes: number[]; fitToWidthIgnored: boolean }> {
  const workbook = context.workbook;
  const fitsWidth = w.finish.some((op) => op.kind === "pageLayout" && op.print.fitToWidth);
  let zoomAfter: Excel.PageLayout | null = null;
  const requestBytes: number[] = [];
  let rowsDone = 0;
  try {
    for (const [i, band] of w.bands.entries()) {
      const last = i === w.bands.length - 1;
      const ops = planBand(w.block, w.anchor, band.firstRow, band.lastRow);
      if (i === 0) ops.unshift(...w.unmerge.map((a): WriteOp => ({ kind: "unmerge", address: a })));
      if (last) ops.push(...w.finish);
      const send = async () => {
        applyOps(sheet, ops);
        let bytes = opsBytes(ops);
        if (last) {
          const blocksValue = withRecord(w.records, w.record.id, w.record);
          workbook.settings.add(BLOCKS_KEY, blocksValue);
          bytes += JSON.stringify(blocksValue).length + queueRemember(context, w.undo);
          // Read back in the same request: Excel ignores fit-to-width while the Page Layout tab has
          // never been opened (office-js #1860, https://github.com/OfficeDev/office-js/issues/1860).
          if (fitsWidth) {
            zoomAfter = sheet.pageLayout;
            zoomAfter.load("zoom");
          }
        }
        await sync();
        return bytes;
      };
      requestBytes.push(await whileEditing(send, options.run));
      rowsDone += band.lastRow - band.firstRow + 1;
      if (w.bands.length > 1) options.onProgress?.(rowsDone, w.block.rows);
    }
  } catch (err) {
    // The block list goes back too, in case the failing request had already recorded the block.
    await restoreAfterFailure(sheet, w.undo, sync, err, () => workbook.settings.add(BLOCKS_KEY, w.records), options.run);
    throw err;
  }
  const zoom = (zoomAfter as Excel.PageLayout | null)?.zoom;
  return { requestBytes, fitToWidthIgnored: zoom !== undefined && zoom.horizontalFitToPages !== 1 };
}

function bandAddress(anchor: Anchor, block: SheetBlock, band: Band): string {
  return `${cellAddress(anchor.row + band.firstRow, anchor.col)}:${cellAddress(anchor.row + band.lastRow, anchor.col + block.cols - 1)}`;
}

/** Puts the cells back after a failed write; if that fails too, both reasons go up. */
async function restoreAfterFailure(
  sheet: Excel.Worksheet,
  undo: UndoSnapshot,
  sync: () => Promise<void>,
  writeError: unknown,
  beforeLastSync: () => void,
  runOptions: RunOptions | undefined,
): Promise<void> {
  try {
    await whileEditing(() => restoreInSyncs(sheet, undo, sync, beforeLastSync), runOptions);
  } catch (restoreError) {
    throw new RestoreFailedError(userMessageOf(writeError), userMessageOf(restoreError));
  }
}
