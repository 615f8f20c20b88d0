/**
 * Recalculates .xlsx files with headless LibreOffice and reads back the values it computed.
 *
 * LibreOffice's default for Excel 2007+ files is "never recalculate": it keeps whatever cached
 * results a file carries (and ignores calcPr fullCalcOnLoad). Each call therefore starts
 * LibreOffice with a fresh profile whose registry sets
 *   /org.openoffice.Office.Calc/Formula/Load  OOXMLRecalcMode = 0 (always), ODFRecalcMode = 0
 * A fresh profile per call also lets several conversions run at once: one profile cannot be
 * used by two soffice processes.
 */

import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import * as ExcelJS from "exceljs";
import type { EngineValue } from "./engine-value";
import { describeNeeding, type RequiredTool } from "./required-tool";

/** A first start with a new profile takes 5-20 s on a slow machine; a batch adds ~1 s per file. */
export const LIBREOFFICE_TEST_TIMEOUT_MS = 120_000;
const CONVERT_TIMEOUT_MS = 100_000;

const RECALC_ALWAYS_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The soffice executable: $SOFFICE or soffice on the PATH. */
export function sofficeCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.SOFFICE || "soffice";
}

const availability = new Map<string, boolean>();

export function libreOfficeAvailable(command: string = sofficeCommand()): boolean {
  let ok = availability.get(command);
  if (ok === undefined) {
    const r = spawnSync(command, ["--version"], { encoding: "utf8", timeout: 30_000 });
    ok = r.status === 0 && /LibreOffice/i.test(r.stdout);
    availability.set(command, ok);
  }
  return ok;
}

/** LibreOffice for the recalculation tests; SKIP_LIBREOFFICE=1 opts out (CI never does). */
export const LIBREOFFICE: RequiredTool = {
  name: "LibreOffice (soffice)",
  optOut: "SKIP_LIBREOFFICE",
  install: "apt-get install libreoffice-calc, or set SOFFICE=/path/to/soffice",
  available: (env) => libreOfficeAvailable(sofficeCommand(env)),
};

/** `describe` when LibreOffice runs; a failing test saying why when it is missing, unless SKIP_LIBREOFFICE=1. */
export function describeWithLibreOffice(name: string, fn: () => void): void {
  describeNeeding(LIBREOFFICE, name, fn);
}

export async function recalculateWithLibreOffice(xlsxPath: string): Promise<ExcelJS.Workbook> {
  const [wb] = await recalculateManyWithLibreOffice([xlsxPath]);
  if (!wb) throw new Error(`LibreOffice returned no workbook for ${xlsxPath}`);
  return wb;
}

/**
 * Converts several files in one soffice run (starting LibreOffice is the slow part) and
 * returns the recalculated workbooks in the same order. File names must be distinct.
 */
export async function recalculateManyWithLibreOffice(xlsxPaths: string[]): Promise<ExcelJS.Workbook[]> {
  if (xlsxPaths.length === 0) return [];
  const names = xlsxPaths.map((p) => basename(p));
  if (new Set(names).size !== names.length) {
    throw new Error(`file names must be distinct in one LibreOffice batch: ${names.join(", ")}`);
  }
  const command = sofficeCommand();
  if (!libreOfficeAvailable(command)) {
    throw new Error(`LibreOffice (${command}) is not installed or does not start: it is required to recalculate ${names.join(", ")}.`);
  }

  const work = mkdtempSync(join(tmpdir(), "lo-recalc-"));
  try {
    const profile = join(work, "profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS_XCU);
    const outDir = join(work, "out");
    mkdirSync(outDir);

    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--calc",
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      outDir,
      ...xlsxPaths,
    ];
    const log = await run(command, args);

    const books: ExcelJS.Workbook[] = [];
    for (const name of names) {
      const out = join(outDir, name);
      if (!existsSync(out)) throw new Error(`LibreOffice did not write ${name}.\n${log}`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      books.push(wb);
    }
    return books;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// soffice is a wrapper that starts oosplash and soffice.bin: on a timeout the whole process
// group is killed, or a hung soffice.bin would outlive the test run.
function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    let timedOut = false;
    child.stdout.on("data", (d: Buffer) => (log += d.toString()));
    child.stderr.on("data", (d: Buffer) => (log += d.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    }, CONVERT_TIMEOUT_MS);
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(new Error(`${cmd} failed to start: ${err.message}`));
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(log);
      const why = timedOut ? `did not finish in ${CONVERT_TIMEOUT_MS / 1000} s` : `ended with ${signal ?? `exit code ${code}`}`;
      reject(new Error(`${cmd} ${why}.\n${log}`));
    });
  });
}

/**
 * The value LibreOffice computed for a cell. A formula that returned "" is saved as
 * <c t="str"><f>…</f><v></v></c>, which ExcelJS reads as a formula with result undefined;
 * LibreOffice always writes a <v> for every formula it saves, so undefined means "".
 */
export function cachedValue(cell: ExcelJS.Cell): EngineValue {
  // A cell covered by a merge reads as the merge's top-left value in ExcelJS; the sheet shows nothing there.
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.getTime();
  // cell.result, not v.result: ExcelJS's formula `value` copies only truthy fields, so a
  // result of 0 or false would vanish from cell.value (and read as our blank "").
  if ("formula" in v || "sharedFormula" in v) return formulaResult(cell.result);
  if ("error" in v) return { error: v.error };
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("text" in v) return v.text;
  throw new Error(`unexpected cell value at ${cell.address}: ${JSON.stringify(v)}`);
}

// Typed by ExcelJS as number | string | Date, but it is undefined, boolean or { error } too.
function formulaResult(result: unknown): EngineValue {
  if (result === undefined || result === null) return "";
  if (typeof result === "number" || typeof result === "string" || typeof result === "boolean") return result;
  if (result instanceof Date) return result.getTime();
  if (typeof result === "object" && "error" in result) return { error: String(result.error) };
  throw new Error(`unexpected formula result ${JSON.stringify(result)}`);
}
