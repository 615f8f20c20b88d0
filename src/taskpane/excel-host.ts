/** The pane's host inside Excel: workbook actions from src/excel, data from src/data. */
import { validateDataset, validateDatasetIndex } from "../core/dataset/validate";
import { createDataClient } from "../data/client";
import { insertCompletionChart } from "../excel/chart";
import { writeFill } from "../excel/fill-form";
import { insertBlock } from "../excel/insert-block";
import { loadPaneSettings, savePaneSettings } from "../excel/pane-settings";
import { writeFormulas } from "../excel/read-selection";
import { readTable } from "../excel/read-table";
import { listBlocks, refreshBlock } from "../excel/refresh";
import { featureSupport } from "../excel/run";
import { NothingToUndoError, undoLastInsert } from "../excel/undo";
import type { HostActions, PaneSettings } from "./host";

export function excelHost(): HostActions {
  return {
    workbook: {
      kind: "excel",
      unsupportedFeatures: () =>
        featureSupport().flatMap((f) => (f.supported || !f.reason ? [] : [{ feature: f.feature, reason: f.reason }])),
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
      listBlocks: () => listBlocks(),
      async refreshBlock(block, blockId, acceptHandEdits) {
        const done = await refreshBlock(block, { blockId, acceptHandEdits });
        return { address: done.address, changes: done.changes };
      },
      async insertChart(blockId) {
        const done = await insertCompletionChart(blockId);
        return { address: done.placedAt, count: done.rows };
      },
      readTable: () => readTable(),
      async writeCells(sheet, writes) {
        const done = await writeFormulas(sheet, writes.map((w) => ({ row: w.row, col: w.col, formula: w.content, numberFormat: w.numberFormat })));
        return { ranges: done.ranges };
      },
      writeFill: (sheet, plan) => writeFill(sheet, plan),
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

