/**
 * "Hoàn tác lần chèn": Excel's own undo does not cover add-in writes on most platforms, so the
 * add-in keeps the last snapshot itself: in memory for this pane (one pane serves one workbook)
 * and in the workbook settings when small enough to travel with the file.
 */
import { UserError, localized } from "../core/user-error";
import { BLOCKS_KEY, UNDO_KEY, parseRecords, withRecord } from "./block-records";
import { runExcel, type RunOptions } from "./run";
import { restoreInSyncs, snapshotBytes, type NotRestored, type UndoSnapshot } from "./snapshot";

/** Largest snapshot kept in the settings; bigger ones live only in memory. */
export const MAX_SETTINGS_SNAPSHOT_BYTES = 256 * 1024;

let lastSnapshot: UndoSnapshot | null = null;

/**
 * Queues saving the snapshot in the settings (or clearing a stale one); call commitSnapshot
 * after the sync. Returns the bytes it adds to the request.
 */
export function queueRemember(context: Excel.RequestContext, snap: UndoSnapshot): number {
  const small = snapshotBytes(snap) <= MAX_SETTINGS_SNAPSHOT_BYTES;
  // An empty string marks "no stored snapshot": a stale one must not be undone later.
  const value = small ? JSON.stringify(snap) : "";
  context.workbook.settings.add(UNDO_KEY, value);
  return JSON.stringify(value).length;
}

export function commitSnapshot(snap: UndoSnapshot): void {
  lastSnapshot = snap;
}

/** The snapshot held in memory (for the pane: is undo available?). */
export function lastUndoSnapshot(): UndoSnapshot | null {
  return lastSnapshot;
}

/** Forgets the in-memory snapshot (tests; a pane opened on another workbook). */
export function resetUndoMemory(): void {
  lastSnapshot = null;
}

function parseStored(value: unknown): UndoSnapshot | null {
  if (typeof value !== "string" || value === "") return null;
  try {
    return JSON.parse(value) as UndoSnapshot;
  } catch {
    return null;
  }
}

export class NothingToUndoError extends UserError {
  constructor() {
    super("nothing-to-undo", localized("Không có lần chèn nào để hoàn tác.", "There is no insert to undo."));
    this.name = "NothingToUndoError";
  }
}

export interface UndoResult {
  kind: UndoSnapshot["kind"];
  sheet: string;
  addresses: string[];
  /** What this Excel could not put back (a snapshot taken in a newer Excel), with the reason. */
  notRestored: NotRestored[];
}

/**
 * Restores the cells of the last insert, refresh or formula write exactly as they were
 * (contents, number formats, cell formats, merges, widths, frozen panes, print setup) and the
 * block list as it was: one sync reads the settings, then one restores each area (2 syncs for
 * a block of up to 1,200 rows; a banded 10,000-row insert is undone band by band).
 */
export async function undoLastInsert(options: RunOptions = {}): Promise<UndoResult> {
  return runExcel(async (context) => {
    const settings = context.workbook.settings;
    const stored = settings.getItemOrNullObject(UNDO_KEY);
    stored.load("value");
    const blocks = settings.getItemOrNullObject(BLOCKS_KEY);
    blocks.load("value");
    await context.sync();

    const snap = lastSnapshot ?? (stored.isNullObject ? null : parseStored(stored.value));
    if (!snap) throw new NothingToUndoError();

    // A deleted sheet (ItemNotFound) or a protected one (AccessDenied) makes this sync fail;
    // runExcel turns either into a planner message, and nothing has been changed.
    const sheet = context.workbook.worksheets.getItem(snap.sheet);
    const notRestored = await restoreInSyncs(sheet, snap, () => context.sync(), () => {
      if (snap.record) {
        const records = parseRecords(blocks.isNullObject ? null : blocks.value);
        settings.add(BLOCKS_KEY, withRecord(records, snap.record.id, snap.record.before));
      }
      settings.add(UNDO_KEY, "");
    });
    lastSnapshot = null;
    return { kind: snap.kind, sheet: snap.sheet, addresses: snap.areas.map((a) => a.address), notRestored };
  }, options);
}
