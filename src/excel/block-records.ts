/**
 * What the workbook remembers about each inserted block, in its settings (ExcelApi 1.4, saved
 * with the file): template and dataset with versions, options, address, and the data values the
 * add-in wrote, so a refresh can tell a planner's hand edit from its own earlier figure.
 */
import type { BlockMeta } from "../core/sheet-block";
import type { CompletionChart } from "../core/templates";
import type { Content } from "./write-plan";

export const BLOCKS_KEY = "vnPlan.blocks";
export const UNDO_KEY = "vnPlan.undo";

/** Keep the written data values in settings only while small (settings travel with every save). */
export const MAX_WRITTEN_BYTES = 256 * 1024;

export interface BlockRecord extends BlockMeta {
  /** "Sheet1!B3:H20": also the block's id. */
  id: string;
  sheet: string;
  /** Range address without the sheet. */
  address: string;
  /** Data cells as last written, keyed "row,col" relative to the block; absent when too big. */
  written?: Record<string, Content>;
  writtenAt: string;
  /** Where its "% of plan" chart takes its data, for tables that have a % of plan column. */
  chart?: CompletionChart;
}

export function parseRecords(value: unknown): BlockRecord[] {
  return Array.isArray(value) ? (value as BlockRecord[]) : [];
}

/**
 * Blocks remembered at most: the most recently written ones (a record moves to the end each time
 * its block is inserted or refreshed). An older block stays in its sheet but leaves the pane's
 * refresh list; inserting it again brings it back.
 */
export const MAX_RECORDS = 50;
/**
 * The records together stay under 1 MB (the settings travel with every save and go out in one
 * request, under Excel on the web's 5 MB): over it, the oldest records lose their written
 * values first, so a refresh of those asks before replacing any non-blank figure.
 */
export const MAX_RECORDS_BYTES = 1024 * 1024;

/** Replaces (or adds, as the newest) the record with the same id; a null record removes it. Bounded as above. */
export function withRecord(records: BlockRecord[], id: string, record: BlockRecord | null): BlockRecord[] {
  const rest = records.filter((r) => r.id !== id);
  const kept = (record ? [...rest, record] : rest).slice(-MAX_RECORDS);
  let bytes = JSON.stringify(kept).length;
  for (let i = 0; i < kept.length - 1 && bytes > MAX_RECORDS_BYTES; i++) {
    const { written, ...lean } = kept[i]!;
    if (written === undefined) continue;
    bytes -= JSON.stringify(kept[i]).length - JSON.stringify(lean).length;
    kept[i] = lean;
  }
  return kept;
}

/** Drops the written values when they would make the settings too large. */
export function boundedWritten(written: Record<string, Content>): Record<string, Content> | undefined {
  return JSON.stringify(written).length <= MAX_WRITTEN_BYTES ? written : undefined;
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}
