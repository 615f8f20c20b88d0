/**
 * Insert benchmark against the fake Excel (test/excel/fake-excel.ts): round trips, request
 * bytes and time for 50, 1,000 and 10,000-row tables, batched (insertBlock) and cell by cell
 * (one range per cell, one sync per row: the naive baseline). Request bytes are the fake's
 * count: 100 bytes per action plus the JSON of its arguments. Time is the fake's CPU time, not
 * Excel's; the last column models Excel on the web with a round trip cost, stated in the header.
 * Run: node bench/insert.bench.js
 */
import { performance } from "node:perf_hooks";
import { cellFormula } from "../src/excel/write-plan";
import { insertBlock } from "../src/excel/insert-block";
import { resetUndoMemory } from "../src/excel/undo";
import { charsToPoints } from "../src/excel/write-plan";
import { columnLetter, rangeAddress } from "../src/core/a1";
import type { SheetBlock } from "../src/core/sheet-block";
import { FakeExcel } from "../test/excel/fake-excel";
import { productsBlock } from "../test/excel/blocks";

/** Assumed cost of one Excel on the web round trip, for the modelled column only. */
const ROUND_TRIP_MS = 100;
const LIMIT = 5 * 1024 * 1024;

interface Row {
  rows: number;
  approach: string;
  syncs: number;
  bytes: number;
  largest: number;
  /** Largest answer Excel sends back (loads). */
  largestResponse: number;
  ms: number;
  /** insertBlock's own estimate of its write requests (result.payloadBytes). */
  estimate?: number;
}

async function batched(block: SheetBlock): Promise<Row> {
  resetUndoMemory();
  const fake = new FakeExcel().install();
  const t = performance.now();
  const result = await insertBlock(block, { overwrite: false, anchor: "A1", run: { retries: 0 } });
  const ms = performance.now() - t;
  fake.uninstall();
  return { ...row(block, "insertBlock (batched)", fake, ms), estimate: result.payloadBytes };
}

/** The naive way: every cell its own range and property sets, a sync after each row. */
async function cellByCell(block: SheetBlock): Promise<Row> {
  const fake = new FakeExcel().install();
  const t = performance.now();
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
        if (s.italic) range.format.font.italic = true;
        if (s.wrap) range.format.wrapText = true;
        if (s.hAlign) range.format.horizontalAlignment = s.hAlign === "center" ? "Center" : s.hAlign === "left" ? "Left" : "Right";
        if (s.border) {
          for (const e of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) {
            range.format.borders.getItem(e).style = "Continuous";
          }
        }
      }
      await context.sync();
    }
    for (const m of block.merges) sheet.getRange(rangeAddress(m.row, m.col, m.rows, m.cols)).merge(false);
    (block.columnWidths ?? []).forEach((w, c) => {
      sheet.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = charsToPoints(w);
    });
    await context.sync();
  });
  const ms = performance.now() - t;
  fake.uninstall();
  return row(block, "cell by cell, sync per row", fake, ms);
}

function row(block: SheetBlock, approach: string, fake: FakeExcel, ms: number): Row {
  return {
    rows: block.rows,
    approach,
    syncs: fake.syncCount,
    bytes: fake.syncBytes.reduce((a, b) => a + b, 0),
    largest: Math.max(...fake.syncBytes),
    largestResponse: Math.max(...fake.responseBytes),
    ms,
  };
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

async function main(): Promise<void> {
  const results: Row[] = [];
  for (const n of [50, 1000, 10_000]) {
    const block = productsBlock(n);
    results.push(await batched(block));
    results.push(await cellByCell(block));
  }
  console.log(`| table rows (data + 4 header) | approach | context.sync() | request bytes (total) | largest request | largest response | under 5 MB | own estimate of write bytes | fake time (ms) | modelled web time (${ROUND_TRIP_MS} ms × syncs) |`);
  console.log("|---:|---|---:|---:|---:|---:|:---:|---:|---:|---:|");
  for (const r of results) {
    console.log(
      `| ${fmt(r.rows)} | ${r.approach} | ${fmt(r.syncs)} | ${fmt(r.bytes)} | ${fmt(r.largest)} | ${fmt(r.largestResponse)} | ${Math.max(r.largest, r.largestResponse) < LIMIT ? "yes" : "no"} | ${r.estimate === undefined ? "–" : fmt(r.estimate)} | ${fmt(r.ms)} | ${fmt(r.syncs * ROUND_TRIP_MS)} |`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
