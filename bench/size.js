#!/usr/bin/env node
/**
 * npm run bench:size: all the JavaScript the task pane can load, raw and gzip, against the 150 KB gzip budget.
 * Reads the <script> tags of dist/taskpane.html (so hashed names and extra entry chunks are counted) and adds every
 * chunk loaded on demand (import()): the budget is for everything a planner may download while using the pane, not
 * only for what opening it costs. A chunk on demand is counted unless another page references it (no other page loads
 * chunks today, so this errs towards counting too much, never too little).
 * The stylesheet (Fluent UI's styles, extracted from the JavaScript at build time) is listed apart, outside the budget.
 * Builds production first when dist is missing, stale or a development build (bench/production-dist.js); exits 1 when
 * the gzip total exceeds the budget.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { ensureProductionDist, localScripts, localStylesheets } = require("./production-dist");

const BUDGET_GZIP_BYTES = 150 * 1024;

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function line(label, { raw, gz }) {
  console.log(`  ${label.padEnd(36)} ${kb(raw).padStart(10)} raw ${kb(gz).padStart(10)} gzip`);
}

/** Prints one line per file; returns the totals. */
function measure(dist, files) {
  const sum = { raw: 0, gz: 0 };
  for (const file of files) {
    const buf = fs.readFileSync(path.join(dist, file));
    const size = { raw: buf.length, gz: zlib.gzipSync(buf, { level: 9 }).length };
    line(file, size);
    sum.raw += size.raw;
    sum.gz += size.gz;
  }
  return sum;
}

function main() {
  const dist = ensureProductionDist();
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  const scripts = localScripts(html);
  if (scripts.length === 0) {
    console.error("bench:size: dist/taskpane.html references no local script");
    process.exit(1);
  }
  console.log("Loaded with the page (dist/taskpane.html):");
  const onLoad = measure(dist, scripts);

  const otherPages = fs.readdirSync(dist).filter((f) => f.endsWith(".html") && f !== "taskpane.html");
  const referenced = new Set([...scripts, ...otherPages.flatMap((f) => localScripts(fs.readFileSync(path.join(dist, f), "utf8")))]);
  const onDemand = fs.readdirSync(dist).filter((f) => f.endsWith(".js") && !referenced.has(f)).sort();
  let later = { raw: 0, gz: 0 };
  if (onDemand.length > 0) {
    console.log("Loaded on demand (import()):");
    later = measure(dist, onDemand);
  }
  const total = { raw: onLoad.raw + later.raw, gz: onLoad.gz + later.gz };
  console.log("Task pane JavaScript:");
  line("on load", onLoad);
  line("on demand", later);
  line("total", total);
  console.log(`  budget ${kb(BUDGET_GZIP_BYTES)} gzip for the total: ${kb(BUDGET_GZIP_BYTES - total.gz)} left`);
  const styles = localStylesheets(html);
  if (styles.length > 0) {
    console.log("Stylesheets of the page (not JavaScript, outside the budget):");
    measure(dist, styles);
  }

  if (total.gz > BUDGET_GZIP_BYTES) {
    console.error(`bench:size: task pane gzip total ${kb(total.gz)} exceeds the ${kb(BUDGET_GZIP_BYTES)} budget`);
    process.exit(1);
  }
}

main();
