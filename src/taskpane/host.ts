/**
 * What the pane can ask of its host. In Excel these come from src/excel and src/data; in the
 * preview from an in-browser workbook. Components receive them as props and never touch Office.
 */
import type { FillPlan } from "../core/fill";
import type { BlockMeta, SheetBlock } from "../core/sheet-block";
import type { TemplateOptions } from "../core/templates";
import type { Lang, Localized } from "../core/user-error";
import type { DataClient } from "../data/client";
import type { SheetTable } from "../excel/read-table";
import type { Translate } from "./i18n";

export type { Fetched } from "../data/client";

export interface InsertOutcome {
  /** "Sheet1!B3:H19" */
  address: string;
  rows: number;
}

export interface PaneSettings {
  lang: Lang;
  comparisonStyle: "percent" | "index" | "growth";
  decimals: number;
  sourceColumn: boolean;
  /** Empty: the datasets published with the add-in. */
  dataUrl: string;
}

export const DEFAULT_SETTINGS: PaneSettings = {
  lang: "vi",
  comparisonStyle: "percent",
  decimals: 2,
  sourceColumn: false,
  dataUrl: "",
};

/** A block the add-in inserted, as the workbook remembers it. */
export interface BlockInfo extends BlockMeta {
  /** "Sheet1!B2:I27": also the block's id. */
  id: string;
}

export interface CellChange {
  address: string;
  before: string | number | boolean;
  after: string | number | boolean;
  handEdited: boolean;
}

export interface RefreshOutcome {
  address: string;
  changes: CellChange[];
}

export interface ChartOutcome {
  /** Where the chart was placed: "Sheet1!K2:R27". */
  address: string;
  /** Indicators charted. */
  count: number;
}

export type { SheetTable };

export interface CellWrite {
  row: number;
  col: number;
  /** A formula ("=...") or a number (a text number converted). */
  content: string | number;
  /** Number format to set; the cell keeps its own when absent. */
  numberFormat?: string;
}

/** A feature this host's Excel lacks, with the reason in both languages. */
export interface UnsupportedFeature {
  feature: string;
  reason: Localized;
}

export interface WorkbookActions {
  kind: "excel" | "preview";
  /** Features the host's requirement sets do not cover: shown and disabled, never a crash. */
  unsupportedFeatures(): UnsupportedFeature[];
  /** Throws TargetNotEmptyError (before writing anything) unless overwrite is true. */
  insertBlock(block: SheetBlock, overwrite: boolean, onProgress?: (fraction: number) => void): Promise<InsertOutcome>;
  /** Restores the cells as they were before the last insert; null when there is none. */
  undoLastInsert(): Promise<{ address: string; notRestored?: UnsupportedFeature[] } | null>;
  /** The blocks inserted in this workbook, for refresh. */
  listBlocks(): Promise<BlockInfo[]>;
  /**
   * Writes the data cells of a block again from a freshly built block, and only those.
   * Throws HandEditError (before writing) when a figure was edited by hand, unless accepted.
   */
  refreshBlock(block: SheetBlock, blockId: string, acceptHandEdits: boolean): Promise<RefreshOutcome>;
  /**
   * Inserts a chart of % of plan per indicator, with the 100% line, beside an inserted table
   * (main indicators, products). Throws a UserError when the table has no % of plan column or
   * the host cannot draw the chart. Optional: a host without it shows no chart button.
   */
  insertChart?(blockId: string): Promise<ChartOutcome>;
  /** Reads the table around the selection (or the selected range), for recalculation. */
  readTable(): Promise<SheetTable>;
  /** Writes formulas and values in one go; undone by undoLastInsert. */
  writeCells(sheet: string, writes: CellWrite[]): Promise<{ ranges: string[] }>;
  /** Writes a planned form fill (figures and comparison formulas) in one go; undone as a whole by undoLastInsert. */
  writeFill(sheet: string, plan: FillPlan): Promise<{ ranges: string[] }>;
  loadSettings(): Promise<Partial<PaneSettings>>;
  saveSettings(settings: PaneSettings): Promise<void>;
}

export interface HostActions {
  workbook: WorkbookActions;
  data: DataClient;
}

/** What every section of the pane receives. */
export interface SectionProps {
  host: HostActions;
  settings: PaneSettings;
  t: Translate;
}

/** The template options the planner's settings stand for. */
export function templateOptionsOf(settings: PaneSettings): TemplateOptions {
  return {
    comparisonStyle: settings.comparisonStyle,
    decimals: settings.decimals,
    sourceColumn: settings.sourceColumn,
    lang: settings.lang,
  };
}
