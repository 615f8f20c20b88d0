#!/usr/bin/env node
/**
 * Compiles bench/insert.bench.ts (with src/excel, src/core and the simulated Excel of src/simulator)
 * to a temporary directory with the project's TypeScript, then runs it. src/excel is not in the
 * CLI build (dist-cli holds only core, data and cli), so the benchmark has its own build.
 * Usage: node bench/insert.bench.js
 */
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const out = fs.mkdtempSync(path.join(os.tmpdir(), "insert-bench-"));
try {
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc", { paths: [root] }), "-p", path.join(root, "bench", "tsconfig.bench.json"), "--outDir", out],
    { stdio: "inherit", cwd: root },
  );
  // The build lives outside the project: the simulator's HyperFormula is found through NODE_PATH.
  const env = { ...process.env, NODE_PATH: path.join(root, "node_modules") };
  execFileSync(process.execPath, [path.join(out, "bench", "insert.bench.js")], { stdio: "inherit", cwd: root, env });
} finally {
  fs.rmSync(out, { recursive: true, force: true });
}
