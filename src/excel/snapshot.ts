/**
 * The "before" picture of cells the add-in is about to change, read in the same round trip as
 * the checks, and the operations that put it back (undo, and restore after a failed write).
 */
import type { BlockRecord } from "./block-records";
import { isSetSupported } from "./run";
import { SKIP_REASONS, type SkippedFeature } from "./target-checks";
import type { Content } from "./write-plan";

export interface SnapshotArea {
  address: string;
  /** range.formulas: constants as typed and formulas as text, so writing it back restores both. */
  formulas: Content[][];
  numberFormat: string[][];
  /** Fonts, fills, borders, alignment per cell (ExcelApi 1.9); absent on older hosts. */
  cellFormats?: Excel.SettableCellProperties[][];
  /** The same, when every cell has the same formats (the usual empty target): kept once. */
  uniformFormat?: Excel.SettableCellProperties;
  /** Without cellFormats: the add-in styled these cells, so undo clears their formats. */
  clearFormats?: boolean;
}

export interface UndoSnapshot {
  kind: "insert" | "refresh" | "formulas";
  sheet: string;
  areas: SnapshotArea[];
  /** Ranges the add-in merged; unmerged on undo (the target held no merged cells before). */
  unmerge: string[];
  /** Merges that were in the target before and are merged again on undo. */
  remerge?: string[];
  /** Column widths in points before the insert changed them. */
  columnWidths?: { address: string; points: number }[];
  /**
   * Heights in points of the rows whose merged text the insert fitted ("5:5"); `standard` when the row had the
   * sheet's standard height (ExcelApi 1.7 tells), so undo gives that back rather than fixing the same number of points.
   */
  rowHeights?: { address: string; points: number; standard?: true }[];
  /** Frozen panes before the insert froze the header: their address, or null for none. */
  freeze?: { before: string | null };
  pageLayout?: { orientation: string; paperSize: string; zoom: Excel.PageLayoutZoomOptions };
  /** The block record as it was before (null: the block did not exist). */
  record?: { id: string; before: BlockRecord | null };
  takenAt: string;
}

/** The cell formatting undo puts back: what the add-in can change, nothing more. */
export const FORMAT_PROPS: Excel.CellPropertiesLoadOptions = {
  format: {
    font: { bold: true, italic: true, color: true, name: true, size: true },
    fill: { color: true, pattern: true },
    borders: { style: true, color: true, weight: true },
    horizontalAlignment: true,
    verticalAlignment: true,
    wrapText: true,
  },
};

/**
 * range.formulas drops a text cell's leading apostrophe (office-js #6687,
 * https://github.com/OfficeDev/office-js/issues/6687): '001 reads "001" and '=x reads "=x", and
 * writing either back would make a number or a formula. So a constant text (its formula is its
 * value) that Excel would not keep as text gets its apostrophe back; a cell formatted as text
 * ("@", restored before the contents) needs none.
 */
export function keepText(formulas: Content[][], values: unknown[][] | null | undefined, numberFormat: string[][]): Content[][] {
  if (!values) return formulas;
  return formulas.map((row, r) =>
    row.map((f, c) => (typeof f === "string" && f === values[r]?.[c] && numberFormat[r]?.[c] !== "@" && !staysText(f) ? `'${f}` : f)),
  );
}

/**
 * Whether Excel keeps this text as text when it is typed or written: not when it starts like a
 * formula, looks like a number, date, time or percentage, is TRUE/FALSE or an error literal.
 */
function staysText(text: string): boolean {
  if (text === "") return true;
  if (/^[=+\-@]/.test(text)) return false;
  if (/^[\s\d.,:/%$()]+$/.test(text)) return false;
  if (/^(true|false)$/i.test(text) || /^#/.test(text)) return false;
  return true;
}

export interface PendingArea {
  range: Excel.Range;
  cellFormats?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

/** Queues the loads for one area; read it with readArea after the sync. */
export function loadArea(range: Excel.Range, withFormats: boolean): PendingArea {
  // Values too: a text cell's formula has lost its apostrophe (see keepText).
  range.load(["address", "formulas", "numberFormat", "values"]);
  const pending: PendingArea = { range };
  if (withFormats) pending.cellFormats = range.getCellProperties(FORMAT_PROPS);
  return pending;
}

export function readArea(p: PendingArea, styled: boolean): SnapshotArea {
  const numberFormat = p.range.numberFormat as string[][];
  const area: SnapshotArea = {
    // Without the sheet name: the snapshot names its sheet once.
    address: p.range.address.slice(p.range.address.lastIndexOf("!") + 1),
    formulas: keepText(p.range.formulas as Content[][], p.range.values, numberFormat),
    numberFormat,
  };
  if (p.cellFormats) {
    const grid = p.cellFormats.value;
    const first = JSON.stringify(grid[0]?.[0] ?? {});
    if (grid.every((row) => row.every((c) => JSON.stringify(c) === first))) area.uniformFormat = JSON.parse(first) as Excel.SettableCellProperties;
    else area.cellFormats = grid;
  } else if (styled) area.clearFormats = true;
  return area;
}

type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

/** A side every cell shares is the range's outer edge on that side and its inside lines. */
const EDGES: Record<"top" | "bottom" | "left" | "right", Edge[]> = {
  top: ["EdgeTop", "InsideHorizontal"],
  bottom: ["EdgeBottom", "InsideHorizontal"],
  left: ["EdgeLeft", "InsideVertical"],
  right: ["EdgeRight", "InsideVertical"],
};

/**
 * Puts one format on every cell of a range with a handful of range-wide sets: clear the
 * formats (back to no fill and no borders), then set what differs. Far smaller than a
 * setCellProperties grid, which for 10,000 rows would be tens of megabytes.
 */
function restoreUniform(range: Excel.Range, props: Excel.SettableCellProperties, rows: number, cols: number): void {
  const f = props.format ?? {};
  const font = f.font ?? {};
  if (font.name !== undefined) range.format.font.name = font.name;
  if (font.size !== undefined) range.format.font.size = font.size;
  if (font.bold !== undefined) range.format.font.bold = font.bold;
  if (font.italic !== undefined) range.format.font.italic = font.italic;
  if (font.color !== undefined) range.format.font.color = font.color;
  if (f.horizontalAlignment !== undefined) range.format.horizontalAlignment = f.horizontalAlignment;
  if (f.verticalAlignment !== undefined) range.format.verticalAlignment = f.verticalAlignment;
  if (f.wrapText !== undefined) range.format.wrapText = f.wrapText;
  if (f.fill && !isNoFill(f.fill) && f.fill.color) range.format.fill.color = f.fill.color;
  for (const side of ["top", "bottom", "left", "right"] as const) {
    const b = f.borders?.[side];
    if (!b?.style || b.style === "None") continue;
    for (const edge of EDGES[side]) {
      if ((edge === "InsideHorizontal" && rows < 2) || (edge === "InsideVertical" && cols < 2)) continue;
      const border = range.format.borders.getItem(edge);
      border.style = b.style;
      if (b.weight) border.weight = b.weight;
      if (b.color) border.color = b.color;
    }
  }
}

/**
 * A cell without fill reports a white colour with pattern null or "None" (office-js #4900,
 * #6218: https://github.com/OfficeDev/office-js/issues/4900): setting that colour back would
 * paint solid white over the gridlines, so such a cell is left cleared instead.
 */
export function isNoFill(fill: Excel.CellPropertiesFill): boolean {
  return fill.pattern === null || fill.pattern === undefined || fill.pattern === "None";
}

function withoutNoFill(grid: Excel.SettableCellProperties[][]): Excel.SettableCellProperties[][] {
  return grid.map((row) =>
    row.map((cell) => {
      if (!cell.format?.fill || !isNoFill(cell.format.fill)) return cell;
      const { fill: _none, ...format } = cell.format;
      return { ...cell, format };
    }),
  );
}

/** What undo could not put back on this host, with the reason the pane shows. */
export type NotRestored = SkippedFeature;

/**
 * Queues the operations that put one area back. `first`: also unmerge what the add-in merged
 * (a merged range only accepts a value in its top-left cell); `last`: also merges, widths,
 * frozen panes and print setup as they were.
 */
export function queueRestore(sheet: Excel.Worksheet, snap: UndoSnapshot, area: SnapshotArea, first: boolean, last: boolean): NotRestored[] {
  const missed: NotRestored[] = [];
  if (first) for (const address of snap.unmerge) sheet.getRange(address).unmerge();
  const range = sheet.getRange(area.address);
  // A snapshot taken in a newer Excel may be undone in an older one (setCellProperties is
  // ExcelApi 1.9): there the formats are cleared, which is exact for a target that had none.
  const perCell = area.cellFormats !== undefined && isSetSupported("ExcelApi", "1.9");
  if (area.cellFormats && !perCell) missed.push({ feature: "formatUndo", reason: SKIP_REASONS.formatUndo });
  // Cleared first, also before per-cell formats: a cell that had no fill gets none back.
  if (area.clearFormats || area.uniformFormat || area.cellFormats) range.clear("Formats");
  // Number formats before contents, so text kept as text ("@") is written back as text.
  range.numberFormat = area.numberFormat;
  range.formulas = area.formulas;
  if (area.cellFormats && perCell) range.setCellProperties(withoutNoFill(area.cellFormats));
  if (area.uniformFormat) restoreUniform(range, area.uniformFormat, area.formulas.length, area.formulas[0]?.length ?? 0);
  if (!last) return missed;
  // After the contents: only then are the cells of each old merge back as they were.
  for (const address of snap.remerge ?? []) sheet.getRange(address).merge(false);
  for (const w of snap.columnWidths ?? []) sheet.getRange(w.address).format.columnWidth = w.points;
  for (const h of snap.rowHeights ?? []) {
    if (h.standard) sheet.getRange(h.address).format.useStandardHeight = true;
    else sheet.getRange(h.address).format.rowHeight = h.points;
  }
  if (snap.freeze) {
    if (isSetSupported("ExcelApi", "1.7")) {
      sheet.freezePanes.unfreeze();
      if (snap.freeze.before) sheet.freezePanes.freezeAt(snap.freeze.before);
    } else missed.push({ feature: "freeze", reason: SKIP_REASONS.freeze });
  }
  if (snap.pageLayout) {
    if (isSetSupported("ExcelApi", "1.9")) {
      const layout = sheet.pageLayout;
      layout.orientation = snap.pageLayout.orientation as Excel.PageOrientation;
      layout.paperSize = snap.pageLayout.paperSize as Excel.PaperType;
      layout.zoom = snap.pageLayout.zoom;
    } else missed.push({ feature: "pageLayout", reason: SKIP_REASONS.pageLayout });
  }
  return missed;
}

/** Cells restored per request: about one band of a banded insert (1,200 rows × 7 columns). */
const RESTORE_CELLS_PER_SYNC = 10_000;

/**
 * Restores the whole snapshot, grouping areas into requests of at most about 10,000 cells so
 * each request stays as small as the write it undoes (one sync for a block of up to 1,200 rows,
 * or for the scattered runs of a refresh). `beforeLastSync` queues extra work (settings) into
 * the last request.
 */
export async function restoreInSyncs(
  sheet: Excel.Worksheet,
  snap: UndoSnapshot,
  sync: () => Promise<void>,
  beforeLastSync: () => void = () => {},
): Promise<NotRestored[]> {
  const n = snap.areas.length;
  if (n === 0) {
    // Nothing to put back in the cells (a refresh that changed none): still restore the settings.
    beforeLastSync();
    await sync();
    return [];
  }
  const missed = new Map<string, NotRestored>();
  let cells = 0;
  for (const [i, area] of snap.areas.entries()) {
    for (const m of queueRestore(sheet, snap, area, i === 0, i === n - 1)) missed.set(m.feature, m);
    cells += area.formulas.length * (area.formulas[0]?.length ?? 0);
    const next = snap.areas[i + 1];
    const nextCells = next ? next.formulas.length * (next.formulas[0]?.length ?? 0) : 0;
    if (i === n - 1) beforeLastSync();
    if (i === n - 1 || cells + nextCells > RESTORE_CELLS_PER_SYNC) {
      await sync();
      cells = 0;
    }
  }
  return [...missed.values()];
}

/** Rough size of a snapshot, to decide whether it fits in the workbook settings. */
export function snapshotBytes(snap: UndoSnapshot): number {
  return JSON.stringify(snap).length;
}
