/**
 * Extraction speed on 1 MB of report text (the five seeds repeated). Prints the time; not a test.
 * Run: node bench/extract.bench.js (builds dist-cli first when it is missing or older than the sources).
 */
const fs = require("node:fs");
const path = require("node:path");
const { cliBuildProblem } = require("../bin/cli-build-state");
const { buildCli } = require("../scripts/build-cli");

if (cliBuildProblem()) buildCli();
const { extractRecords, checkText } = require("../dist-cli/core/extract");

const seedsDir = path.join(__dirname, "..", "seeds");
const seeds = fs.readdirSync(seedsDir).sort().map((f) => fs.readFileSync(path.join(seedsDir, f), "utf8"));
let text = "";
while (text.length < 1_000_000) text += seeds.join("\n\n");
text = text.slice(0, 1_000_000);

/** Wall time, and CPU time of this process (the fairer figure on a machine busy with other work). */
function time(label, fn, input = text) {
  fn(input.slice(0, 50_000)); // warm up the JIT
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = fn(input);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(`${label}: ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU for ${(input.length / 1e6).toFixed(2)} M characters${ms < 1000 ? "" : "  (over the 1 s budget)"}`);
  return result;
}

const extraction = time("extractRecords", (t) => extractRecords(t));
const checked = time("checkText", (t) => checkText(t));
console.log(`${extraction.records.length} records, ${checked.findings.length} findings`);
// The worst layout: the same megabyte pasted as one line (no paragraph breaks to work within).
time("checkText, one line", (t) => checkText(t), text.replace(/\n/g, " "));
