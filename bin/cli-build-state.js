/**
 * Whether dist-cli holds a build of the current sources: the launcher refuses a missing or stale
 * build with a message saying how to build, rather than a stack trace or yesterday's behaviour.
 * Plain Node (no TypeScript): it runs before anything is compiled.
 */
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const ENTRY = path.join(ROOT, "dist-cli", "cli", "main.js");
/** Written by scripts/build-cli.js after tsc succeeded. */
const STAMP = path.join(ROOT, "dist-cli", ".built");
/** What tsconfig.cli.json compiles, and the configuration itself. */
const SOURCES = ["src/core", "src/data", "src/cli", "tsconfig.json", "tsconfig.cli.json"];

function newestMtime(file) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted source changes its folder's time
  for (const name of fs.readdirSync(file)) newest = Math.max(newest, newestMtime(path.join(file, name)));
  return newest;
}

/**
 * null when dist-cli is usable, else { vi, en } saying what is wrong and the command that fixes it.
 * @param {string} root the project folder (a test passes a copy)
 */
function cliBuildProblem(root = ROOT) {
  const entry = path.join(root, "dist-cli", "cli", "main.js");
  const stamp = path.join(root, "dist-cli", ".built");
  const fix = "npm run build:cli";
  if (!fs.existsSync(entry) || !fs.existsSync(stamp)) {
    return {
      vi: `Chưa dựng công cụ dòng lệnh (thiếu dist-cli). Chạy một lần: ${fix}  (npm ci cũng tự dựng).`,
      en: `The command line is not built (dist-cli is missing). Run once: ${fix}  (npm ci builds it too).`,
    };
  }
  const built = fs.statSync(stamp).mtimeMs;
  const newest = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
  if (newest > built) {
    return {
      vi: `Bản dựng dist-cli cũ hơn mã nguồn (src/core, src/data, src/cli đã sửa sau lần dựng cuối). Dựng lại: ${fix}`,
      en: `dist-cli is older than the sources (src/core, src/data or src/cli changed since the last build). Rebuild: ${fix}`,
    };
  }
  return null;
}

module.exports = { ROOT, ENTRY, STAMP, cliBuildProblem };
