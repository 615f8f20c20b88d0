/**
 * Extraction speed in MB of UTF-8 a second on megabytes of report text (bench/extract-throughput.js: the seeds, the
 * seeds pasted as one line, the real corpus's development passages, and those pasted as one line, which is printed
 * but not asserted), for extractRecords and checkText, CPU and
 * wall time, best of BENCH_EXTRACT_RUNS runs (default 5) after a warm-up, on the command line's build (dist-cli).
 * Run: node bench/extract.bench.js (builds dist-cli first when it is missing or older than the sources).
 * With --assert (scripts/test-all.sh): each case stops at its first run within the floor, a case still under it gets
 * a second round of runs after a pause, and the exit code is 1 when any is still below it after both, or finds next to
 * nothing (a megabyte of reports holds hundreds of figures).
 */
const { cliBuildProblem } = require("../bin/cli-build-state");
const { buildCli } = require("../scripts/build-cli");
const { MB, PROMISED_MBPS, FLOOR_MBPS, RUNS, megabyteTexts, realPassages, measure } = require("./extract-throughput");
const { REFERENCE_MS, cpuAndWall, timeWorkload } = require("./machine-speed");

if (cliBuildProblem()) buildCli();
const { extractRecords, checkText } = require("../dist-cli/core/extract");

const assert = process.argv.includes("--assert");
const runs = Math.max(1, Number(process.env.BENCH_EXTRACT_RUNS || RUNS));
/** Fewer records than this from a megabyte means the time was not of real work. */
const MIN_RECORDS = 200;
const machine = { time: timeWorkload, referenceMs: REFERENCE_MS };
const options = assert ? { runs, enoughMBps: FLOOR_MBPS, machine } : { runs, machine };

/** Seconds to wait before a second round of runs, when a case is under the floor after its first round. */
const PAUSE_S = 15;

/**
 * measure(), and with --assert a second round after a pause when the first stays under the floor: on this shared
 * machine a neighbour's burst can double CPU time (cache and hyper-thread contention) for seconds at a time.
 */
function timed(fn, text) {
  const first = measure(fn, text, options);
  if (!assert || first.referenceMBps >= FLOOR_MBPS) return first;
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, PAUSE_S * 1000);
  const second = measure(fn, text, options);
  return { ...(second.referenceMBps > first.referenceMBps ? second : first), runs: first.runs + second.runs };
}

const pad = (s, n) => String(s).padStart(n);

/**
 * What a planner pasting one report meets: the first call of a fresh process (V8 compiling the extractor and its
 * patterns, every memo empty), then the same text again. Printed, not asserted: the figures below are of warmed code
 * on text read before, which a first call never is. Runs first, before anything else has warmed the process.
 */
function coldCall() {
  const text = realPassages().join("\n\n");
  const mb = Buffer.byteLength(text, "utf8") / MB;
  const wallMs = () => cpuAndWall(() => extractRecords(text)).wallMs;
  const first = wallMs();
  const second = wallMs();
  console.log(
    `A fresh process's first call on the real corpus's files 01-36 pasted once (${mb.toFixed(3)} MB): ${first.toFixed(0)} ms ` +
      `(${(mb / (first / 1000)).toFixed(2)} MB/s of wall time); the same text again: ${second.toFixed(0)} ms (${(mb / (second / 1000)).toFixed(2)} MB/s).\n`,
  );
}
if (!assert) coldCall();

console.log(
  `Text extraction, best of ${assert ? `up to ${runs}` : runs} runs (MB = 1,000,000 bytes of UTF-8; promised ${PROMISED_MBPS} MB/s, ` +
    `floor of the test command ${FLOOR_MBPS} MB/s on the better of CPU and wall time, as on the reference machine: ` +
    `the machine factor is bench/machine-speed.js's workload's least time here over its ${REFERENCE_MS} ms there)`,
);
console.log("| text | MB | characters | function | CPU ms | wall ms | MB/s CPU | MB/s wall | machine factor | MB/s on the reference machine | runs | output |");
console.log("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---|");
const problems = [];
for (const { name, text, chars, mb, asserted } of megabyteTexts()) {
  // (The test command times only the texts it asserts.)
  if (assert && !asserted) continue;
  const extraction = timed((t) => extractRecords(t), text);
  const check = timed((t) => checkText(t), text);
  for (const [fn, m, records, what] of [
    ["extractRecords", extraction, extraction.result.records.length, `${extraction.result.records.length} records`],
    ["checkText", check, check.result.extraction.records.length, `${check.result.findings.length} findings`],
  ]) {
    const below = m.referenceMBps < FLOOR_MBPS;
    if (below && asserted) {
      problems.push(
        `${name}, ${fn}: ${m.referenceMBps.toFixed(2)} MB/s on the reference machine (${m.MBps.toFixed(2)} here, the better of CPU and ` +
          `wall time, on a machine ${m.machineFactor.toFixed(2)}x as slow), under the ${FLOOR_MBPS} MB/s floor`,
      );
    }
    if (records < MIN_RECORDS) problems.push(`${name}, ${fn}: only ${records} records from a megabyte (expected hundreds)`);
    console.log(
      `| ${name} | ${mb.toFixed(2)} | ${chars.toLocaleString("en-US")} | ${fn} | ${pad(m.cpuMs.toFixed(0), 5)} | ${pad(m.wallMs.toFixed(0), 5)} | ` +
        `${m.cpuMBps.toFixed(2)} | ${m.wallMBps.toFixed(2)} | ${m.machineFactor.toFixed(2)} | ` +
        `${m.referenceMBps.toFixed(2)}${below ? (asserted ? " (below the floor)" : " (not asserted)") : ""} | ${m.runs} | ${what} |`,
    );
  }
}
if (assert && problems.length > 0) {
  console.error(`bench/extract.bench.js: ${problems.join("; ")}`);
  process.exitCode = 1;
}
