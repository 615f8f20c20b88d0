// Runs every benchmark in turn and prints their tables. Figures go in the README by hand:
// benchmarks measure, they do not pass or fail (except the size and load budgets).
const { execFileSync } = require("node:child_process");
const path = require("node:path");

const BENCHES = ["insert.bench.js", "recalc.bench.js", "extract.bench.js", "size.js", "load.js"];
let failed = 0;
for (const file of BENCHES) {
  console.log(`\n## ${file}\n`);
  try {
    execFileSync(process.execPath, [path.join(__dirname, file)], { stdio: "inherit" });
  } catch {
    failed++;
  }
}
process.exitCode = failed > 0 ? 1 : 0;
