#!/usr/bin/env node
/**
 * Builds the command line once (tsc -p tsconfig.cli.json into dist-cli) and stamps the build, so
 * bin/chi-tieu.js starts the compiled code at once and can tell a build older than the sources.
 * Run by `npm run build:cli`, by `prepare` at npm install/ci, and by the test command.
 */
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { ROOT, STAMP } = require("../bin/cli-build-state");

function buildCli() {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc", { paths: [ROOT] }), "-p", path.join(ROOT, "tsconfig.cli.json")], {
    cwd: ROOT,
    stdio: "inherit",
  });
  // After tsc succeeded: an incremental tsc that found nothing to do leaves dist-cli's times alone.
  fs.writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}

module.exports = { buildCli };

if (require.main === module) {
  try {
    buildCli();
  } catch (e) {
    process.exitCode = typeof e.status === "number" ? e.status : 1; // tsc has printed the errors
  }
}
