#!/usr/bin/env node
/**
 * The production manifest: manifest.xml with every development URL (https://localhost:3000) replaced by the
 * host the add-in is deployed to. Used by webpack.config.js (dist/manifest.xml) and runnable alone, to
 * re-target an already built dist without rebuilding:
 *
 *   node scripts/build-manifest.js --host https://addin.example.gov.vn [--in manifest.xml] [--out dist/manifest.xml]
 *
 * Host policy: ADDIN_HOST must be an https origin, optionally with a path prefix (https://host/addin).
 * When it is missing the build still succeeds with PLACEHOLDER_HOST and a warning, so that a fresh clone and CI
 * can build and test; the .invalid top-level domain (RFC 2606) can never resolve, so a manifest built that way
 * cannot load by accident from anywhere.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");

const DEV_ORIGIN = "https://localhost:3000";
const PLACEHOLDER_HOST = "https://addin.example.invalid";

/**
 * Checks and normalises a deployment host. Returns { host, warning? }; throws Error with a message meant for
 * the person running the build when the value cannot be used.
 */
function resolveAddinHost(raw) {
  if (raw === undefined || raw.trim() === "") {
    return {
      host: PLACEHOLDER_HOST,
      warning:
        `ADDIN_HOST is not set: dist/manifest.xml points at the placeholder ${PLACEHOLDER_HOST}. ` +
        `Build for a real deployment with e.g. ADDIN_HOST=https://addin.example.gov.vn npm run build`,
    };
  }
  const value = raw.trim();
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_HOST="${value}" is not a URL. Expected e.g. https://addin.example.gov.vn`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_HOST="${value}" must use https (Office loads add-ins over https only).`);
  }
  if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new Error(`ADDIN_HOST="${value}" must be an origin with an optional path, without query, fragment or credentials.`);
  }
  if (url.hostname === "localhost" || url.hostname === "127.0.0.1") {
    throw new Error(`ADDIN_HOST="${value}" is a local address; a production manifest must point at the deployed host.`);
  }
  const host = (url.origin + url.pathname).replace(/\/+$/, "");
  return { host };
}

/** Replaces the development origin; refuses to produce a manifest that still mentions localhost. */
function rewriteManifest(xml, host) {
  if (!xml.includes(DEV_ORIGIN)) {
    throw new Error(`manifest.xml has no ${DEV_ORIGIN} URL to rewrite; was it already rewritten?`);
  }
  const out = xml.split(DEV_ORIGIN).join(host);
  const leftover = out.match(/[^"'\s>]*localhost[^"'\s<]*/i);
  if (leftover) {
    throw new Error(`production manifest still refers to localhost: ${leftover[0]}`);
  }
  return out;
}

function parseArgs(argv) {
  const args = { in: "manifest.xml", out: "dist/manifest.xml", host: process.env.ADDIN_HOST };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i];
    const value = argv[i + 1];
    if (!["--in", "--out", "--host"].includes(key) || value === undefined) {
      throw new Error(`usage: build-manifest.js [--host https://...] [--in manifest.xml] [--out dist/manifest.xml]`);
    }
    args[key.slice(2)] = value;
  }
  return args;
}

function main() {
  try {
    const args = parseArgs(process.argv.slice(2));
    const { host, warning } = resolveAddinHost(args.host);
    if (warning) console.warn(`warning: ${warning}`);
    const xml = fs.readFileSync(args.in, "utf8");
    fs.mkdirSync(path.dirname(path.resolve(args.out)), { recursive: true });
    fs.writeFileSync(args.out, rewriteManifest(xml, host));
    console.log(`wrote ${args.out} for ${host}`);
  } catch (err) {
    console.error(`build-manifest: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { DEV_ORIGIN, PLACEHOLDER_HOST, resolveAddinHost, rewriteManifest };
