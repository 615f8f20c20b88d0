/** The pane's host inside Excel: workbook actions from src/excel, data from src/data. */
import { validateDataset, validateDatasetIndex } from "../core/dataset/validate";
import { createDataClient } from "../data/client";
import { insertBlock } from "../excel/insert-block";
import { loadPaneSettings, savePaneSettings } from "../excel/pane-settings";
import { readSelection, writeFormulas } from "../excel/read-selection";
import { listBlocks, refreshBlock } from "../excel/refresh";
import type { GridCell } from "../core/recalc";
import { NothingToUndoError, undoLastInsert } from "../excel/undo";
import type { HostActions, PaneSettings } from "./host";

export function excelHost(): HostActions {
  return {
    workbook: {
      kind: "excel",
      async insertBlock(block, overwrite, onProgress) {
        const done = await insertBlock(block, {
          overwrite,
          onProgress: onProgress ? (rows, total) => onProgress(rows / total) : undefined,
        });
        return { address: done.address, rows: done.rowsWritten };
      },
      async undoLastInsert() {
        try {
          const done = await undoLastInsert();
          return { address: done.addresses.map((a) => `${done.sheet}!${a}`).join(", ") };
        } catch (e) {
          if (e instanceof NothingToUndoError) return null;
          throw e;
        }
      },
      async listBlocks() {
        return (await listBlocks()).map((r) => ({ ...r, id: r.id }));
      },
      async refreshBlock(block, blockId, acceptHandEdits) {
        const done = await refreshBlock(block, { blockId, acceptHandEdits });
        return { address: done.address, changes: done.changes };
      },
      async readTable() {
        const read = await readSelection({ scope: "auto" });
        // Detection works in sheet positions: place the cells read at their rows and columns.
        const rows: (GridCell | null)[][] = [];
        read.values.forEach((line, r) => {
          const cells: (GridCell | null)[] = new Array<GridCell | null>(read.col).fill(null);
          line.forEach((value, c) => {
            const formula = read.formulas[r]?.[c];
            cells.push({
              value: value === "" ? null : value,
              formula: typeof formula === "string" && formula.startsWith("=") ? formula : undefined,
              numberFormat: read.numberFormat[r]?.[c],
            });
          });
          rows[read.row + r] = cells;
        });
        // The range read (the selection, or the region around a single selected cell) is the table.
        const anchor = { row: read.row, col: read.col, rows: read.values.length, cols: read.values[0]?.length ?? 0 };
        return { sheet: read.sheet, grid: { rows }, anchor };
      },
      async writeCells(sheet, writes) {
        const done = await writeFormulas(sheet, writes.map((w) => ({ row: w.row, col: w.col, formula: w.content })));
        return { ranges: done.ranges };
      },
      loadSettings: async () => (await loadPaneSettings()) as Partial<PaneSettings>,
      saveSettings: (settings) => savePaneSettings(settings),
    },
    data: createDataClient({
      fetch: (input, init) => fetch(input, init),
      store: localStorage,
      // One cache per add-in installation and workbook-independent: Office gives no stable id,
      // so the page's origin (the add-in's host) keys it.
      instanceId: location.origin,
      validateIndex: validateDatasetIndex,
      validateDataset,
    }),
  };
}
