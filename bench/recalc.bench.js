#!/usr/bin/env node
/**
 * Compiles bench/recalc.bench.ts with the project's TypeScript (only it and the core it imports)
 * to a temporary directory, then runs it. Usage: node bench/recalc.bench.js
 */
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const out = fs.mkdtempSync(path.join(os.tmpdir(), "recalc-bench-"));
try {
  execFileSync(
    process.execPath,
    [
      require.resolve("typescript/bin/tsc", { paths: [root] }),
      "--ignoreConfig", "--strict", "--noUncheckedIndexedAccess", "--skipLibCheck", "--esModuleInterop",
      "--target", "ES2022", "--module", "node16", "--moduleResolution", "node16", "--types", "node",
      "--rootDir", root, "--outDir", out, path.join(root, "bench", "recalc.bench.ts"),
    ],
    { stdio: "inherit", cwd: root },
  );
  execFileSync(process.execPath, [path.join(out, "bench", "recalc.bench.js")], { stdio: "inherit", cwd: root });
} finally {
  fs.rmSync(out, { recursive: true, force: true });
}
