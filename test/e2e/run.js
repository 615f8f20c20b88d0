// Runs the browser tests over a fresh development build (which holds the preview page).
const { execFileSync } = require("node:child_process");
const path = require("node:path");
const fs = require("node:fs");

const { CHROMIUM } = require("./browser");

// A missing Chromium fails the test command; only SKIP_BROWSER=1 skips, and says so (.ci/run never sets it).
if (process.env.SKIP_BROWSER === "1") {
  console.log("SKIPPED (SKIP_BROWSER=1): the end-to-end tests in Chromium (test/e2e/*.e2e.test.js).");
  process.exit(0);
}
if (!fs.existsSync(CHROMIUM)) {
  console.error(
    `Chromium not found at ${CHROMIUM}: the end-to-end tests need it. Install it (apt-get install chromium), ` +
      "set CHROMIUM_PATH, or skip them explicitly with SKIP_BROWSER=1.",
  );
  process.exit(1);
}

const root = path.resolve(__dirname, "..", "..");
const out = path.join(root, "dist-dev");
// E2E_SKIP_BUILD=1 reuses an existing build while working on the tests themselves.
if (process.env.E2E_SKIP_BUILD !== "1" || !fs.existsSync(path.join(out, "preview.html"))) {
  execFileSync("npx", ["webpack", "--mode", "development", "--output-path", out], { cwd: root, stdio: "inherit" });
}
const files = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith(".e2e.test.js") && (!process.argv[2] || f.includes(process.argv[2])))
  .map((f) => path.join(__dirname, f));
// One file at a time: each launches its own Chromium, and the machine has two cores.
try {
  execFileSync(process.execPath, ["--test", "--test-concurrency=1", ...files], { cwd: root, stdio: "inherit" });
} catch (e) {
  process.exitCode = e.status ?? 1; // node --test has printed what failed
}
