/**
 * The pane's Excel host (src/taskpane/excel-host.ts) on the simulated Excel: every workbook
 * action through to the sheet, and the data cache's storage, which must never stop the pane.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { excelHost, paneStore } from "../../src/taskpane/excel-host";
import { resetUndoMemory } from "../../src/excel/undo";
import { buildTemplate, DEFAULT_OPTIONS } from "../../src/core/templates";
import { loadDataset } from "../core/templates/evaluate";
import { productsBlock } from "./blocks";
import { content, openExcel, type TestExcel } from "./sim";

let xl: TestExcel;
const wb = () => xl.sim.workbook;
const INDEX = readFileSync(join(__dirname, "../../datasets/index.json"), "utf8");

/** A Storage kept in a Map; `full` makes setItem throw as a full or revoked storage does. */
function memoryStorage(full = false): Storage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (full) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  };
}

function withStorage(storage: unknown): () => void {
  const had = Object.getOwnPropertyDescriptor(globalThis, "localStorage");
  Object.defineProperty(globalThis, "localStorage", { configurable: true, get: typeof storage === "function" ? (storage as () => unknown) : () => storage });
  return () => {
    if (had) Object.defineProperty(globalThis, "localStorage", had);
    else delete (globalThis as { localStorage?: unknown }).localStorage;
  };
}

const realFetch = globalThis.fetch;
let fetched = 0;
function serve(ok: boolean): void {
  globalThis.fetch = (async () => {
    fetched++;
    if (!ok) throw new TypeError("Failed to fetch");
    return new Response(INDEX, { status: 200, headers: { "content-type": "application/json" } });
  }) as typeof fetch;
}

beforeEach(() => {
  resetUndoMemory();
  fetched = 0;
});
afterEach(() => {
  xl?.close();
  globalThis.fetch = realFetch;
});

describe("the data cache's storage", () => {
  test("a browser that blocks storage (reading localStorage throws) still gets a pane, with the cache in memory", async () => {
    xl = openExcel("web");
    const restore = withStorage(() => {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    });
    try {
      const host = excelHost();
      serve(true);
      const first = await host.data.listDatasets("https://example.test/data/", true);
      expect(first.fromCache).toBe(false);
      serve(false);
      const again = await host.data.listDatasets("https://example.test/data/", true);
      expect(again.fromCache).toBe(true);
      expect(again.data).toEqual(first.data);
    } finally {
      restore();
    }
  });

  test("keys carry Office's partitionKey where there is one (Excel on the web), none on desktop", async () => {
    for (const [profile, prefix] of [["web", "sim-partition-key:"], ["desktop", ""]] as const) {
      xl?.close();
      xl = openExcel(profile);
      const storage = memoryStorage();
      const restore = withStorage(storage);
      try {
        serve(true);
        await excelHost().data.listDatasets("https://example.test/data/", true);
        const keys = [...storage.map.keys()];
        expect(keys).toHaveLength(1);
        expect(keys[0]!.startsWith(`${prefix}plan-indicators:`)).toBe(true);
      } finally {
        restore();
      }
    }
  });

  test("storage is not touched before the cache is used, and a full storage falls back to memory", async () => {
    xl = openExcel("web");
    let touched = 0;
    const full = memoryStorage(true);
    const restore = withStorage(() => {
      touched++;
      return full;
    });
    try {
      const store = paneStore();
      excelHost();
      expect(touched).toBe(0);
      // The probe fails on a full storage: the store keeps entries in memory.
      store.setItem("k", "v");
      expect(store.getItem("k")).toBe("v");
      expect(full.map.size).toBe(0);
    } finally {
      restore();
    }
  });

  test("outside Office and without storage the store still works", () => {
    const restore = withStorage(undefined);
    try {
      const store = paneStore();
      expect(store.getItem("x")).toBeNull();
      store.setItem("x", "1");
      expect(store.getItem("x")).toBe("1");
    } finally {
      restore();
    }
  });
});

describe("workbook actions reach the sheet through src/excel", () => {
  test("insert with progress, list, refresh, chart, undo", async () => {
    xl = openExcel("web");
    const host = excelHost().workbook;
    expect(host.kind).toBe("excel");
    expect(host.unsupportedFeatures()).toEqual([]);
    const progress: number[] = [];
    const h1 = loadDataset("tv-sct-2020-h1")!;
    const block = buildTemplate("products", { dataset: h1 }, DEFAULT_OPTIONS);
    wb().select("Sheet1", "B2");
    const inserted = await host.insertBlock(block, false, (f) => progress.push(f));
    expect(inserted).toEqual({ address: "Sheet1!B2:I27", rows: 26 });
    expect(progress).toEqual([]); // one band: no progress steps
    expect(content(xl.sim, "C9")).toBe("Thủy sản đông lạnh");

    const blocks = await host.listBlocks();
    expect(blocks.map((b) => b.id)).toEqual(["Sheet1!B2:I27"]);
    const refreshed = await host.refreshBlock(block, "Sheet1!B2:I27", false);
    expect(refreshed).toEqual({ address: "Sheet1!B2:I27", changes: [] });

    const chart = await host.insertChart!("Sheet1!B2:I27");
    expect(chart).toEqual({ address: "Sheet1!K2:R27", count: 13 });
    expect(wb().charts("Sheet1")).toHaveLength(1);

    await host.writeCells("Sheet1", [{ row: 30, col: 1, content: "=1+1" }]);
    expect(wb().cell("Sheet1", "B31").value).toBe(2);
    expect(await host.undoLastInsert()).toEqual({ address: "Sheet1!B31" });
    expect(content(xl.sim, "B31")).toBe("");
    expect(await host.undoLastInsert()).toBeNull();
  });

  test("a banded insert reports progress as a fraction", async () => {
    xl = openExcel("web");
    const host = excelHost().workbook;
    const progress: number[] = [];
    wb().select("Sheet1", "A1");
    await host.insertBlock(productsBlock(2400), false, (f) => progress.push(f));
    expect(progress).toHaveLength(3);
    expect(progress[0]).toBeCloseTo(1200 / 2404, 6);
    expect(progress[2]).toBe(1);
  }, 30_000);

  test("reads the planner's table and keeps the pane's settings in the workbook", async () => {
    xl = openExcel("web");
    const host = excelHost().workbook;
    wb().setCells("Sheet1", "B2", [
      ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      ["Tôm đông", 10500, 5268],
    ]);
    wb().select("Sheet1", "C3");
    const table = await host.readTable();
    expect(table.anchor).toEqual({ row: 1, col: 1, rows: 2, cols: 3 });
    expect(await host.loadSettings()).toEqual({});
    await host.saveSettings({ lang: "en", comparisonStyle: "index", decimals: 1, sourceColumn: true, dataUrl: "" } as never);
    expect(await host.loadSettings()).toMatchObject({ lang: "en", decimals: 1 });
  });

  test("in Excel 2019 the features above ExcelApi 1.8 are listed with their reason, and undo says what it could not restore", async () => {
    xl = openExcel("excel-2019");
    const host = excelHost().workbook;
    expect(host.unsupportedFeatures().map((f) => f.feature)).toEqual(["tableCheck", "formatUndo", "pageLayout", "mergeCheck"]);
    expect(host.unsupportedFeatures()[0]!.reason.vi).toContain("ExcelApi 1.9");
    // A snapshot taken in Excel on the web with per-cell formats, undone here.
    const web = openExcel("web");
    web.sim.workbook.setFill("Sheet1", "C5", "#FFFF00");
    web.sim.workbook.select("Sheet1", "B2");
    await excelHost().workbook.insertBlock(productsBlock(2), true);
    web.close();
    xl.close();
    xl = openExcel("excel-2019");
    const undone = await excelHost().workbook.undoLastInsert();
    expect(undone?.address).toBe("Sheet1!B2:H7");
    expect(undone?.notRestored?.map((f) => f.feature).sort()).toEqual(["formatUndo", "pageLayout"]);
  });
});
