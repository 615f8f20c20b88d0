/**
 * The pane's host inside Excel: workbook actions from src/excel, data from src/data.
 * The workbook code is one chunk loaded on first use (loading the settings, right after the first paint): painting
 * the pane needs none of it, only the requirement-set check (excel/run).
 */
import { validateDataset, validateDatasetIndex } from "../core/dataset/validate";
import { createDataClient } from "../data/client";
import type { KeyValueStore } from "../data/client";
import { featureSupport } from "../excel/run";
import type { HostActions, PaneSettings } from "./host";

// Named and gathered with the engines it needs by webpack.config.js (splitChunks, "excel"), not by a chunk name here.
const excel = () => import("./excel-actions");

/**
 * The data cache's storage, touched only when first used: where the browser blocks storage in
 * the Office frame, reading `localStorage` throws, and doing that at start-up left the pane blank.
 * Availability is tested by writing a probe; without storage the cache lives in memory for this
 * session (the pane still works, it just cannot show yesterday's copy offline). Keys carry
 * Office.context.partitionKey when there is one, so add-ins in partitioned browsers do not see
 * each other's entries.
 * https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings
 */
export function paneStore(): KeyValueStore {
  const memory = new Map<string, string>();
  let chosen: { storage: Storage | null; prefix: string } | null = null;
  const open = () => (chosen ??= { storage: availableStorage(), prefix: partitionPrefix() });
  return {
    getItem(key) {
      const { storage, prefix } = open();
      const k = prefix + key;
      try {
        return memory.get(k) ?? storage?.getItem(k) ?? null;
      } catch {
        return null;
      }
    },
    setItem(key, value) {
      const { storage, prefix } = open();
      const k = prefix + key;
      try {
        if (storage) {
          storage.setItem(k, value);
          return;
        }
      } catch {
        // Full or revoked since the probe: keep this copy in memory for the session.
      }
      memory.set(k, value);
    },
  };
}

function availableStorage(): Storage | null {
  try {
    const storage = (globalThis as { localStorage?: Storage }).localStorage ?? null;
    if (!storage) return null;
    const probe = "plan-indicators:probe";
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

function partitionPrefix(): string {
  try {
    const key = (globalThis as { Office?: typeof Office }).Office?.context?.partitionKey;
    return key ? `${key}:` : "";
  } catch {
    return "";
  }
}

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
        const { undoLastInsert, NothingToUndoError, sheetAddress } = await excel();
        try {
          const done = await undoLastInsert();
          const address = done.addresses.map((a) => sheetAddress(done.sheet, a)).join(", ");
          return done.notRestored.length > 0 ? { address, notRestored: done.notRestored } : { address };
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
      writeFill: async (sheet, plan) => (await excel()).writeFill(sheet, plan),
    },
    data: createDataClient({
      fetch: (input, init) => fetch(input, init),
      store: paneStore(),
      // One cache per add-in installation and workbook-independent: Office gives no stable id,
      // so the page's origin (the add-in's host) keys it.
      instanceId: globalThis.location?.origin ?? "",
      validateIndex: validateDatasetIndex,
      validateDataset,
    }),
  };
}

