#!/usr/bin/env node
/**
 * npm start: serves the add-in at https://localhost:3000 (webpack-dev-server, development build, with the
 * preview page) and
 *  - on Windows or macOS with Excel desktop and office-addin-debugging resolvable from the project: starts the
 *    dev server, then `office-addin-debugging start manifest.xml desktop` to sideload into Excel;
 *  - on macOS without it: sideloads by copying manifest.xml into Excel's "wef" folder, then serves;
 *  - anywhere else (Linux, CI, no Excel): serves and prints how to sideload in Excel on the web and where the
 *    in-browser preview is.
 * office-addin-debugging is deliberately not a dependency (its keytar dependency does not build on every
 * machine); on a desktop machine: npm install --no-save office-addin-debugging.
 *
 * Options: --no-sideload (only serve and print the instructions).
 */
"use strict";

const fs = require("node:fs");
const https = require("node:https");
const os = require("node:os");
const path = require("node:path");
const { spawn } = require("node:child_process");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const ORIGIN = "https://localhost:3000";

function resolveOptional(name) {
  try {
    return require.resolve(`${name}/package.json`, { paths: [ROOT] });
  } catch {
    return null;
  }
}

/** Path of Excel desktop when installed in a standard location, else null. */
function findExcelDesktop(platform = process.platform, env = process.env) {
  const candidates =
    platform === "darwin"
      ? ["/Applications/Microsoft Excel.app"]
      : platform === "win32"
        ? [env.ProgramFiles, env["ProgramFiles(x86)"]]
            .filter(Boolean)
            .flatMap((pf) => [
              path.join(pf, "Microsoft Office", "root", "Office16", "EXCEL.EXE"),
              path.join(pf, "Microsoft Office", "Office16", "EXCEL.EXE"),
            ])
        : [];
  return candidates.find((p) => fs.existsSync(p)) ?? null;
}

/** The process started by run(), stopped again when start-up fails. */
let child = null;

function run(command, args, options = {}) {
  child = spawn(command, args, { cwd: ROOT, stdio: "inherit", ...options });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => child?.kill(signal));
  }
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

function startDevServer() {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  return run(process.execPath, [cli, "serve", "--mode", "development"]);
}

/** Resolves once the dev server answers (self-signed certificate accepted: this is our own local server). */
function waitForServer(url, timeoutMs = 180_000) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const req = https.get(url, { rejectUnauthorized: false }, (res) => {
        res.resume();
        if (res.statusCode === 200) resolve();
        else retry();
      });
      req.on("error", retry);
      req.setTimeout(5000, () => req.destroy());
    };
    const retry = () => {
      if (Date.now() - started > timeoutMs) reject(new Error(`${url} did not answer within ${timeoutMs / 1000} s`));
      else setTimeout(attempt, 1000);
    };
    attempt();
  });
}

function webInstructions() {
  return [
    "",
    `The add-in is served at ${ORIGIN}/taskpane.html`,
    "",
    "Excel desktop is not available here (or sideloading is off). To try it in Excel on the web:",
    `  1. Open ${ORIGIN}/taskpane.html once in this browser and accept the self-signed certificate`,
    "     (otherwise Excel shows an empty pane).",
    "  2. Open a workbook in Excel on the web (https://www.office.com > Excel).",
    "  3. Insert > Add-ins > Upload My Add-in (newer ribbon: Home > Add-ins > More Add-ins >",
    "     My Add-ins > Upload My Add-in), choose:",
    `       ${MANIFEST}`,
    "  4. Home tab > Kế hoạch (Plan) > Bảng chỉ tiêu (Indicator tables) opens the task pane.",
    "",
    "Without Excel: the in-browser preview (same task pane, in-browser workbook; development only):",
    `  ${ORIGIN}/preview.html`,
    "",
    "On a machine with Excel desktop, npm start sideloads by itself once office-addin-debugging is",
    "installed in the project (npm install --no-save office-addin-debugging).",
    "",
  ].join("\n");
}

/** Documented manual sideloading on macOS: Excel reads manifests from this folder at start-up. */
function sideloadMac() {
  const wef = path.join(os.homedir(), "Library", "Containers", "com.microsoft.Excel", "Data", "Documents", "wef");
  fs.mkdirSync(wef, { recursive: true });
  const target = path.join(wef, "plan-indicators.manifest.xml");
  fs.copyFileSync(MANIFEST, target);
  return target;
}

async function ensureDevCertificates() {
  // Excel desktop only trusts the dev server with the Office dev CA installed (asks for the password once).
  const certs = require(require.resolve("office-addin-dev-certs", { paths: [ROOT] }));
  await certs.ensureCertificatesAreInstalled();
}

async function main() {
  const sideload = !process.argv.includes("--no-sideload");
  const excel = sideload ? findExcelDesktop() : null;

  if (excel && resolveOptional("office-addin-debugging")) {
    await ensureDevCertificates();
    console.log(`Excel desktop found (${excel}); sideloading with office-addin-debugging once the dev server answers.`);
    startDevServer();
    await waitForServer(`${ORIGIN}/taskpane.html`);
    // The server already listens on 3000, so office-addin-debugging only registers the manifest and opens Excel.
    const pkgJson = resolveOptional("office-addin-debugging");
    const { bin: binField } = require(pkgJson);
    const bin = path.join(path.dirname(pkgJson), typeof binField === "string" ? binField : binField["office-addin-debugging"]);
    const sideloader = spawn(process.execPath, [bin, "start", MANIFEST, "desktop", "--app", "excel", "--dev-server-port", "3000"], {
      cwd: ROOT,
      stdio: "inherit",
    });
    sideloader.on("exit", (code) => {
      if (code !== 0) console.error(`office-addin-debugging exited with ${code}; the dev server keeps running.\n${webInstructions()}`);
      else console.log("Sideloaded. When done: npx office-addin-debugging stop manifest.xml");
    });
    return;
  }

  if (excel && process.platform === "darwin") {
    await ensureDevCertificates();
    const target = sideloadMac();
    startDevServer();
    await waitForServer(`${ORIGIN}/taskpane.html`);
    console.log(`\nSideloaded: copied manifest.xml to ${target}.`);
    console.log("Quit and reopen Excel, then Insert > Add-ins > My Add-ins (Developer add-ins) > Bảng chỉ tiêu kế hoạch.");
    console.log(`Preview without Excel: ${ORIGIN}/preview.html\n`);
    spawn("open", ["-a", "Microsoft Excel"], { stdio: "ignore", detached: true }).unref();
    return;
  }

  if (excel) {
    console.log(`Excel desktop found (${excel}) but office-addin-debugging is not installed; serving only.`);
  }
  startDevServer();
  await waitForServer(`${ORIGIN}/taskpane.html`);
  console.log(webInstructions());
}

if (require.main === module) {
  main().catch((err) => {
    console.error(`start: ${err instanceof Error ? err.message : String(err)}`);
    child?.kill("SIGTERM");
    process.exit(1);
  });
}

module.exports = { findExcelDesktop, webInstructions };
