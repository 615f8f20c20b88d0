/**
 * Extraction speed in MB of UTF-8 a second on three megabytes of report text (bench/extract-throughput.js: the seeds,
 * the seeds pasted as one line, the real corpus's development passages), for extractRecords and checkText, CPU and
 * wall time, best of BENCH_EXTRACT_RUNS runs (default 5) after a warm-up, on the command line's build (dist-cli).
 * Run: node bench/extract.bench.js (builds dist-cli first when it is missing or older than the sources).
 * With --assert (scripts/test-all.sh): each case stops at its first run within the floor, and the exit code is 1 when
 * any is still below it after all its runs, or finds next to nothing (a megabyte of reports holds hundreds of figures).
 */
const { cliBuildProblem } = require("../bin/cli-build-state");
const { buildCli } = require("../scripts/build-cli");
const { PROMISED_MBPS, FLOOR_MBPS, RUNS, megabyteTexts, measure } = require("./extract-throughput");

if (cliBuildProblem()) buildCli();
const { extractRecords, checkText } = require("../dist-cli/core/extract");

const assert = process.argv.includes("--assert");
const runs = Math.max(1, Number(process.env.BENCH_EXTRACT_RUNS || RUNS));
/** Fewer records than this from a megabyte means the time was not of real work. */
const MIN_RECORDS = 200;
const options = assert ? { runs, enoughMBps: FLOOR_MBPS } : { runs };

const pad = (s, n) => String(s).padStart(n);
console.log(
  `Text extraction, best of ${assert ? `up to ${runs}` : runs} runs (MB = 1,000,000 bytes of UTF-8; promised ${PROMISED_MBPS} MB/s, ` +
    `floor of the test command ${FLOOR_MBPS} MB/s of CPU time)`,
);
console.log("| text | MB | characters | function | CPU ms | wall ms | MB/s CPU | MB/s wall | runs | output |");
console.log("|---|---:|---:|---|---:|---:|---:|---:|---:|---|");
const problems = [];
for (const { name, text, chars, mb } of megabyteTexts()) {
  const extraction = measure((t) => extractRecords(t), text, options);
  const check = measure((t) => checkText(t), text, options);
  for (const [fn, m, records, what] of [
    ["extractRecords", extraction, extraction.result.records.length, `${extraction.result.records.length} records`],
    ["checkText", check, check.result.extraction.records.length, `${check.result.findings.length} findings`],
  ]) {
    const below = m.cpuMBps < FLOOR_MBPS;
    if (below) problems.push(`${name}, ${fn}: ${m.cpuMBps.toFixed(2)} MB/s of CPU time, under the ${FLOOR_MBPS} MB/s floor`);
    if (records < MIN_RECORDS) problems.push(`${name}, ${fn}: only ${records} records from a megabyte (expected hundreds)`);
    console.log(
      `| ${name} | ${mb.toFixed(2)} | ${chars.toLocaleString("en-US")} | ${fn} | ${pad(m.cpuMs.toFixed(0), 5)} | ${pad(m.wallMs.toFixed(0), 5)} | ` +
        `${m.cpuMBps.toFixed(2)}${below ? " (below the floor)" : ""} | ${m.wallMBps.toFixed(2)} | ${m.runs} | ${what} |`,
    );
  }
}
if (assert && problems.length > 0) {
  console.error(`bench/extract.bench.js: ${problems.join("; ")}`);
  process.exitCode = 1;
}
