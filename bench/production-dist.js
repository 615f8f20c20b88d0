/**
 * The production build the benchmarks measure (bench/size.js, bench/load.js): dist/, rebuilt with `webpack --mode
 * production` when it is missing, holds a development build, or is older than the sources, so no figure is ever
 * taken from a stale or development bundle.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
/** What the production bundle is made of: a change to any of these makes dist stale. */
const INPUTS = ["src", "webpack.config.js", "package-lock.json", "tsconfig.json"];

/** A development build carries the preview page and source maps. */
function isProductionBuild() {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) return false;
  if (fs.existsSync(path.join(DIST, "preview.html"))) return false;
  return !fs.readdirSync(DIST).some((f) => f.endsWith(".map"));
}

function newestMtime(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((max, f) => Math.max(max, newestMtime(path.join(p, f))), st.mtimeMs);
}

function isStale() {
  const built = fs.statSync(path.join(DIST, "taskpane.html")).mtimeMs;
  return INPUTS.some((p) => fs.existsSync(path.join(ROOT, p)) && newestMtime(path.join(ROOT, p)) > built);
}

/** Builds dist when needed (saying why on stdout); returns its path. */
function ensureProductionDist() {
  let why = null;
  if (!isProductionBuild()) why = "dist is missing or not a production build";
  else if (isStale()) why = "dist is older than the sources";
  if (why) {
    console.log(`${why}: running npm run build ...`);
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] }), "--mode", "production"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  return DIST;
}

/** Local script files referenced by a page, in order (office.js from the CDN is not ours). */
function localScripts(html) {
  const srcs = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)].map((m) => m[1]);
  return srcs.filter((src) => !/^(https?:)?\/\//i.test(src));
}

/** Local stylesheets linked by a page. */
function localStylesheets(html) {
  const links = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => /\brel=["']?stylesheet\b/i.test(tag));
  const hrefs = links.map((tag) => tag.match(/\bhref=["']?([^"' >]+)/i)?.[1]).filter(Boolean);
  return hrefs.filter((href) => !/^(https?:)?\/\//i.test(href));
}

module.exports = { ensureProductionDist, localScripts, localStylesheets, DIST };
