#!/usr/bin/env node
/**
 * npm run bench:size: the JavaScript a planner downloads to open the task pane, raw and gzip.
 * Reads the <script> tags of dist/taskpane.html (so hashed names and extra entry chunks are counted), builds
 * production first when dist is missing or holds a development build, and exits 1 when the gzip total of
 * those scripts exceeds the budget. Chunks loaded later with import() are listed apart, outside the budget:
 * they do not delay opening the pane.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const { execFileSync } = require("node:child_process");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const BUDGET_GZIP_BYTES = 150 * 1024;

/** A development build carries the preview page and source maps; measuring it would mislead. */
function isProductionBuild() {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) return false;
  if (fs.existsSync(path.join(DIST, "preview.html"))) return false;
  return !fs.readdirSync(DIST).some((f) => f.endsWith(".map"));
}

/** Local script files referenced by the page, in order (office.js from the CDN is not ours to count). */
function localScripts(html) {
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((m) => m[1]);
  return srcs.filter((src) => !/^(https?:)?\/\//i.test(src));
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Prints one line per file and the total; returns the totals. */
function report(files) {
  let raw = 0;
  let gz = 0;
  for (const src of files) {
    const buf = fs.readFileSync(path.join(DIST, src));
    const g = zlib.gzipSync(buf, { level: 9 }).length;
    raw += buf.length;
    gz += g;
    console.log(`  ${src.padEnd(32)} ${kb(buf.length).padStart(10)} raw ${kb(g).padStart(10)} gzip`);
  }
  console.log(`  ${"total".padEnd(32)} ${kb(raw).padStart(10)} raw ${kb(gz).padStart(10)} gzip`);
  return { raw, gz };
}

function main() {
  if (!isProductionBuild()) {
    console.log("dist is missing or not a production build: running npm run build ...");
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] }), "--mode", "production"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const scripts = localScripts(html);
  if (scripts.length === 0) {
    console.error("bench:size: dist/taskpane.html references no local script");
    process.exit(1);
  }
  console.log("Task pane JavaScript loaded with the page (dist/taskpane.html):");
  const { gz } = report(scripts);
  console.log(`  budget ${kb(BUDGET_GZIP_BYTES)} gzip`);

  const otherPages = fs.readdirSync(DIST).filter((f) => f.endsWith(".html") && f !== "taskpane.html");
  const referenced = new Set([...scripts, ...otherPages.flatMap((f) => localScripts(fs.readFileSync(path.join(DIST, f), "utf8")))]);
  const onDemand = fs.readdirSync(DIST).filter((f) => f.endsWith(".js") && !referenced.has(f));
  if (onDemand.length > 0) {
    console.log("Loaded on demand (import()), not in the budget:");
    report(onDemand);
  }

  if (gz > BUDGET_GZIP_BYTES) {
    console.error(`bench:size: task pane gzip total ${kb(gz)} exceeds the ${kb(BUDGET_GZIP_BYTES)} budget`);
    process.exit(1);
  }
}

main();
