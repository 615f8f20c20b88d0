/**
 * `window.previewWorkbook`: what the browser tests (and a developer in the console) do to the
 * simulated workbook as a planner would in Excel — select a cell, a range or a whole row, type or
 * paste values — and read back. Everything goes to the simulator's SimWorkbook; the pane reads
 * and writes the same workbook through the production excelHost(), never through this handle.
 */
import { cellAddress, rangeAddress } from "../core/a1";
import type { SimCell, SimWorkbook, Simulator } from "../simulator";
// The simulator's own reading of "B3", "A5:H20", "3:3" and "C:C", so the grid highlights what Excel selected.
import { parseRect, type Rect } from "../simulator/address";

type Input = string | number | boolean | null;

export interface PreviewHandle {
  /** Selects one cell (0-based row and column), as a click does. */
  select(row: number, col: number): void;
  /** Selects "A5:H20", "3:3" (a whole row) or "C:C" (a whole column) on the active sheet. */
  selectRange(address: string): void;
  /** Types rows of values from the top-left of the selection, as pasting plain text would. */
  paste(rows: Input[][]): void;
  /** Evaluated value of a cell ("" when empty), 0-based. */
  value(row: number, col: number): SimCell["value"];
  /** The formula of a cell, else its value. */
  content(row: number, col: number): SimCell["value"] | string;
  /** Everything the simulator knows of a cell ("B3"), for assertions on formats and apostrophes. */
  cell(address: string): SimCell;
  /** Rows and columns from A1 to the last used cell; {0, 0} for an empty sheet. */
  size(): { rows: number; cols: number };
  merges(): string[];
  /** The workbook's settings (where the add-in records its blocks and options). */
  settings(): Record<string, unknown>;
  /** The simulated workbook itself, for fixtures the helpers above do not cover (fills, merges). */
  readonly book: SimWorkbook;
  /** The selection made through this handle (or a click), as the grid highlights it. */
  selected(): Rect;
  /** Syncs and payload bytes the simulator measured. */
  readonly stats: Simulator["stats"];
  readonly profile: Simulator["profile"];
}

export function previewHandle(sim: Simulator): PreviewHandle {
  const book = sim.workbook;
  const sheet = () => book.activeSheet;
  // Set before the simulator announces the change, so the redraw it triggers shows the new selection.
  const selection = { rect: { row: 0, col: 0, rows: 1, cols: 1 } as Rect };
  const selectAddress = (address: string) => {
    const rect = parseRect(address);
    if (!rect) throw new Error(`preview: not an address: ${address}`);
    selection.rect = rect;
    book.select(sheet(), address);
  };
  return {
    select: (row, col) => selectAddress(cellAddress(row, col)),
    selectRange: selectAddress,
    paste(rows) {
      const { row, col } = selection.rect;
      book.setCells(sheet(), cellAddress(row, col), rows);
      const width = Math.max(1, ...rows.map((r) => r.length));
      if (rows.length > 1 || width > 1) selectAddress(rangeAddress(row, col, Math.max(1, rows.length), width));
    },
    value: (row, col) => book.cell(sheet(), cellAddress(row, col)).value,
    content(row, col) {
      const c = book.cell(sheet(), cellAddress(row, col));
      return c.formula ?? c.value;
    },
    cell: (address) => book.cell(sheet(), address),
    size: () => book.usedRange(sheet()) ?? { rows: 0, cols: 0 },
    merges: () => book.merges(sheet()),
    settings: () => book.settings(),
    selected: () => selection.rect,
    book,
    stats: sim.stats,
    profile: sim.profile,
  };
}
