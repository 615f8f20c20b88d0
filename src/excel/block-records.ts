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

/** Replaces (or adds) the record with the same id; a null record removes it. */
export function withRecord(records: BlockRecord[], id: string, record: BlockRecord | null): BlockRecord[] {
  const rest = records.filter((r) => r.id !== id);
  return record ? [...rest, record] : rest;
}

/** Drops the written values when they would make the settings too large. */
export function boundedWritten(written: Record<string, Content>): Record<string, Content> | undefined {
  return JSON.stringify(written).length <= MAX_WRITTEN_BYTES ? written : undefined;
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}
