/**
 * The pane's host inside Excel: workbook actions from src/excel, data from src/data.
 * The workbook code is one chunk loaded on first use (loading the settings, right after the first paint): painting
 * the pane needs none of it, only the requirement-set check (excel/run).
 */
import { validateDataset, validateDatasetIndex } from "../core/dataset/validate";
import { createDataClient } from "../data/client";
import { featureSupport } from "../excel/run";
import type { HostActions, PaneSettings } from "./host";

const excel = () => import(/* webpackChunkName: "excel" */ "./excel-actions");

export function excelHost(): HostActions {
  return {
    workbook: {
      kind: "excel",
      unsupportedFeatures: () =>
        featureSupport().flatMap((f) => (f.supported || !f.reason ? [] : [{ feature: f.feature, reason: f.reason }])),
      async insertBlock(block, overwrite, onProgress) {
        const done = await (await excel()).insertBlock(block, {
          overwrite,
          onProgress: onProgress ? (rows, total) => onProgress(rows / total) : undefined,
        });
        return { address: done.address, rows: done.rowsWritten };
      },
      async undoLastInsert() {
        const { undoLastInsert, NothingToUndoError } = await excel();
        try {
          const done = await undoLastInsert();
          return { address: done.addresses.map((a) => `${done.sheet}!${a}`).join(", ") };
        } catch (e) {
          if (e instanceof NothingToUndoError) return null;
          throw e;
        }
      },
      listBlocks: async () => (await excel()).listBlocks(),
      async refreshBlock(block, blockId, acceptHandEdits) {
        const done = await (await excel()).refreshBlock(block, { blockId, acceptHandEdits });
        return { address: done.address, changes: done.changes };
      },
      async insertChart(blockId) {
        const done = await (await excel()).insertCompletionChart(blockId);
        return { address: done.placedAt, count: done.rows };
      },
      readTable: async () => (await excel()).readTable(),
      async writeCells(sheet, writes) {
        const done = await (await excel()).writeFormulas(sheet, writes.map((w) => ({ row: w.row, col: w.col, formula: w.content, numberFormat: w.numberFormat })));
        return { ranges: done.ranges };
      },
      loadSettings: async () => (await (await excel()).loadPaneSettings()) as Partial<PaneSettings>,
      saveSettings: async (settings) => (await excel()).savePaneSettings(settings),
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

