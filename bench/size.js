#!/usr/bin/env node
/**
 * npm run bench:size: what the task pane downloads, gzip, against its budgets (asserted by `npm test` too, in
 * test/build.test.ts, on the production build made there):
 * - first paint: the JavaScript the page loads before the pane is drawn and usable (the <script> tags of
 *   taskpane.html, office.js aside), at most 130 KB gzip (issue 12). React 19 with the Fluent UI components of the
 *   first tab is most of it; the tabs are native (src/taskpane/TabBar.tsx) because Fluent's TabList alone brought its
 *   focus manager tabster, about 20 KB gzip;
 * - everything the pane can load: that, every chunk loaded on demand (sections, engines, workbook code) and the
 *   stylesheets, at most 260 KB gzip. A chunk is counted unless another page references it (no other page loads
 *   chunks today, so this errs towards counting too much, never too little).
 * Builds production first when dist is missing, stale or a development build (bench/production-dist.js); exits 1
 * over a budget. `npm run bench:size -- some/dir` measures another build as it is.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { ensureProductionDist, localScripts, localStylesheets } = require("./production-dist");

const KB = 1024;
const BUDGETS = { firstPaintGzip: 130 * KB, totalGzip: 260 * KB };

function sizes(dist, files) {
  return files.map((file) => {
    const buf = fs.readFileSync(path.join(dist, file));
    return { file, raw: buf.length, gz: zlib.gzipSync(buf, { level: 9 }).length };
  });
}

const sum = (list) => list.reduce((t, f) => ({ raw: t.raw + f.raw, gz: t.gz + f.gz }), { raw: 0, gz: 0 });

/** The pane's files by when they load, with their sizes; totals in bytes. */
function measurePane(dist) {
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const scripts = localScripts(html);
  if (scripts.length === 0) throw new Error(`${dist}/taskpane.html references no local script`);
  const otherPages = fs.readdirSync(dist).filter((f) => f.endsWith(".html") && f !== "taskpane.html");
  const referenced = new Set([...scripts, ...otherPages.flatMap((f) => localScripts(fs.readFileSync(path.join(dist, f), "utf8")))]);
  const firstPaint = sizes(dist, scripts);
  const onDemand = sizes(dist, fs.readdirSync(dist).filter((f) => f.endsWith(".js") && !referenced.has(f)).sort());
  const styles = sizes(dist, localStylesheets(html));
  const total = sum([...firstPaint, ...onDemand, ...styles]);
  return { firstPaint, onDemand, styles, totals: { firstPaint: sum(firstPaint), onDemand: sum(onDemand), styles: sum(styles), total } };
}

/** What is over budget, in words; empty when within. */
function overBudget(m) {
  const out = [];
  if (m.totals.firstPaint.gz > BUDGETS.firstPaintGzip) out.push(`first-paint JavaScript ${kb(m.totals.firstPaint.gz)} gzip exceeds ${kb(BUDGETS.firstPaintGzip)}`);
  if (m.totals.total.gz > BUDGETS.totalGzip) out.push(`everything the pane can load, ${kb(m.totals.total.gz)} gzip, exceeds ${kb(BUDGETS.totalGzip)}`);
  return out;
}

function kb(bytes) {
  return `${(bytes / KB).toFixed(1)} KB`;
}

function line(label, { raw, gz }) {
  console.log(`  ${label.padEnd(40)} ${kb(raw).padStart(10)} raw ${kb(gz).padStart(10)} gzip`);
}

function main() {
  const dist = process.argv[2] ? path.resolve(process.argv[2]) : ensureProductionDist();
  const m = measurePane(dist);
  console.log("First paint (scripts of taskpane.html):");
  m.firstPaint.forEach((f) => line(f.file, f));
  console.log("Loaded on demand (import(), fetched after the first paint):");
  m.onDemand.forEach((f) => line(f.file, f));
  console.log("Stylesheets:");
  m.styles.forEach((f) => line(f.file, f));
  console.log("Task pane:");
  line("JavaScript for the first paint", m.totals.firstPaint);
  line("JavaScript on demand", m.totals.onDemand);
  line("stylesheets", m.totals.styles);
  line("everything the pane can load", m.totals.total);
  console.log(`  budgets: first paint ${kb(BUDGETS.firstPaintGzip)} gzip, everything ${kb(BUDGETS.totalGzip)} gzip`);
  const over = overBudget(m);
  if (over.length > 0) {
    console.error(`bench:size: ${over.join("; ")}`);
    process.exitCode = 1;
  }
}

if (require.main === module) main();

module.exports = { measurePane, overBudget, BUDGETS };
