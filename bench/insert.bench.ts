/**
 * Excel-layer benchmark on the simulated Excel (src/simulator) in the Excel on the web profile,
 * whose 5 MB request and response limits it enforces: round trips (context.sync) and the largest
 * request and answer in bytes as the simulator measures them (the JSON of each batch's actions
 * and of what it sends back), for
 * - insertBlock of 54, 1,004 and 10,004-row tables (50, 1,000, 10,000 data rows + 4 header rows),
 *   and the naive way (a range and a sync per cell row) for the two smaller ones;
 * - refreshBlock of the 10,004-row table with every figure changed, and undo of the insert;
 * - recalculation of a planner's 100,000-cell table (10,000 rows × 10 columns): readTable from one
 *   selected cell, detection and planning, writeFormulas.
 * Time is the simulator's CPU time, not Excel's; the last column models Excel on the web with a
 * round trip cost, stated in the header. Run: node bench/insert.bench.js
 */
import { performance } from "node:perf_hooks";
import { detectTable, planRecalc } from "../src/core/recalc";
import { cellFormula, charsToPoints } from "../src/excel/write-plan";
import { insertBlock } from "../src/excel/insert-block";
import { refreshBlock } from "../src/excel/refresh";
import { readTable } from "../src/excel/read-table";
import { writeFormulas } from "../src/excel/read-selection";
import { resetUndoMemory, undoLastInsert } from "../src/excel/undo";
import { columnLetter, rangeAddress } from "../src/core/a1";
import type { SheetBlock } from "../src/core/sheet-block";
import { createSimulator, WEB_PAYLOAD_LIMIT, type Simulator } from "../src/simulator";
import { productsBlock } from "../test/excel/blocks";

/** Assumed cost of one Excel on the web round trip, for the modelled column only. */
const ROUND_TRIP_MS = 100;
const run = { retries: 0 };

interface Row {
  what: string;
  syncs: number;
  bytes: number;
  largest: number;
  largestResponse: number;
  ms: number;
}

function open(): { sim: Simulator; close: () => void } {
  const sim = createSimulator({ profile: "web" });
  const uninstall = sim.install();
  return { sim, close: () => (uninstall(), sim.dispose()) };
}

async function measure(sim: Simulator, what: string, work: () => Promise<unknown>): Promise<Row> {
  sim.stats.reset();
  const t = performance.now();
  await work();
  const ms = performance.now() - t;
  const { syncs, requests, responses } = sim.stats;
  return { what, syncs, bytes: requests.reduce((a, b) => a + b, 0), largest: Math.max(0, ...requests), largestResponse: Math.max(0, ...responses), ms };
}

/** The naive way: every cell its own range and property sets, a sync after each row. */
async function cellByCell(block: SheetBlock): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    for (let r = 0; r < block.rows; r++) {
      for (let c = 0; c < block.cols; c++) {
        const cell = block.cells[r]![c]!;
        const range = sheet.getRange(rangeAddress(r, c, 1, 1));
        range.numberFormat = [[cell.numberFormat ?? "General"]];
        range.formulas = [[cellFormula(cell, { row: 0, col: 0 })]];
        if (block.fontName) range.format.font.name = block.fontName;
        const s = cell.style ?? {};
        if (s.bold) range.format.font.bold = true;
        if (s.border) for (const e of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) range.format.borders.getItem(e).style = "Continuous";
      }
      await context.sync();
    }
    for (const m of block.merges) sheet.getRange(rangeAddress(m.row, m.col, m.rows, m.cols)).merge(false);
    (block.columnWidths ?? []).forEach((w, c) => {
      sheet.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = charsToPoints(w);
    });
    await context.sync();
  });
}

/** A planner's table of 10,000 rows × 10 columns at A1: header, then figures; two comparison columns to fill. */
function plannerTable(sim: Simulator, rows: number): void {
  const grid: (string | number | null)[][] = [["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Thực hiện", "Cùng kỳ", "Lũy kế", "Ghi chú", "% so KH", "So cùng kỳ (%)"]];
  for (let i = 0; i < rows - 1; i++) grid.push([i + 1, `Sản phẩm ${i + 1}`, "tấn", 1000 + i, 500 + i, 400 + i, 3000 + i, "", null, null]);
  sim.workbook.setCells("Sheet1", "A1", grid);
  sim.workbook.select("Sheet1", "B5");
}

async function main(): Promise<void> {
  const results: Row[] = [];
  for (const n of [50, 1000, 10_000]) {
    const block = productsBlock(n);
    resetUndoMemory();
    let xl = open();
    results.push(await measure(xl.sim, `insert ${block.rows.toLocaleString("en-US")} rows (insertBlock)`, () => insertBlock(block, { overwrite: false, anchor: "A1", run })));
    if (n === 10_000) {
      const fresh = productsBlock(n, 1);
      results.push(await measure(xl.sim, "refresh 10,004 rows, every figure changed (30,000 cells)", () => refreshBlock(fresh, { blockId: "Sheet1!A1:G10004", acceptHandEdits: true, run })));
      resetUndoMemory();
      await insertBlock(block, { overwrite: true, anchor: "A1", run });
      results.push(await measure(xl.sim, "undo the 10,004-row insert", () => undoLastInsert(run)));
    }
    xl.close();
    if (n <= 1000) {
      xl = open();
      results.push(await measure(xl.sim, `insert ${block.rows.toLocaleString("en-US")} rows cell by cell, sync per row`, () => cellByCell(block)));
      xl.close();
    }
  }
  resetUndoMemory();
  const xl = open();
  plannerTable(xl.sim, 10_000);
  results.push(
    await measure(xl.sim, "recalculate a 100,000-cell table (read, detect, plan, write)", async () => {
      const table = await readTable({ run });
      const plan = planRecalc(table.grid, detectTable(table.grid, table.anchor));
      await writeFormulas(table.sheet, plan.writes.map((w) => ({ row: w.row, col: w.col, formula: w.formula, numberFormat: w.numberFormat })), { run });
    }),
  );
  xl.close();

  const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
  console.log(`Simulated Excel on the web (limit ${fmt(WEB_PAYLOAD_LIMIT)} bytes per request and per answer)\n`);
  console.log(`| what | context.sync() | request bytes (total) | largest request | largest answer | under 5 MB | simulator time (ms) | modelled web time (${ROUND_TRIP_MS} ms × syncs) |`);
  console.log("|---|---:|---:|---:|---:|:---:|---:|---:|");
  for (const r of results) {
    const ok = Math.max(r.largest, r.largestResponse) < WEB_PAYLOAD_LIMIT;
    console.log(`| ${r.what} | ${fmt(r.syncs)} | ${fmt(r.bytes)} | ${fmt(r.largest)} | ${fmt(r.largestResponse)} | ${ok ? "yes" : "no"} | ${fmt(r.ms)} | ${fmt(r.syncs * ROUND_TRIP_MS)} |`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
