/** Running `workbook fill` on a form fixture and reading its JSON report (test/fill, test/formulas). */
import { join } from "node:path";
import type { CliIO } from "../../src/cli/command";
import { runCliReportingErrors } from "../../src/cli/main";
import type { FormFixture } from "../fixtures/forms";
import { writeFormXlsx } from "../fixtures/forms/build-xlsx";

export interface FillReport {
  range: string;
  columns: { column: string; role: string; period?: string; kinds?: string[] }[];
  rows: { row: number; label: string; status: string; code?: string; gaps?: { cell: string; options?: unknown[] }[] }[];
  values: { cell: string; value: number; recordId: string; quote: string; confidence: number; agrees?: boolean; existing?: string }[];
  conflicts: { cell: string }[];
  formulas: { cell: string; formula: string }[];
}

export function cliIO(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => stdout.push(t), err: (t) => stderr.push(t), lang: "vi", root: process.cwd(), stdout, stderr };
}

export function fileName(form: FormFixture): string {
  return `${form.dataset}-${form.sheet.replace(/[^A-Za-z0-9]+/g, "_")}.xlsx`;
}

export async function writeForm(dir: string, form: FormFixture): Promise<string> {
  const path = join(dir, fileName(form));
  await writeFormXlsx(form, path);
  return path;
}

export function fillArgs(form: FormFixture, input: string): string[] {
  return ["workbook", "fill", "--in", input, "--sheet", form.sheet, "--dataset", form.dataset, ...(form.period ? ["--period", form.period] : [])];
}

export async function dryRun(form: FormFixture, input: string): Promise<FillReport> {
  const io = cliIO();
  const code = await runCliReportingErrors([...fillArgs(form, input), "--dry-run", "--json"], io);
  if (code !== 0) throw new Error(`fill --dry-run exited ${code}: ${io.stderr.join("\n")}`);
  return JSON.parse(io.stdout.join("\n")) as FillReport;
}

/** Labels of the rows the fill asks about: an ambiguous indicator, or a cell whose record needs the planner's word. */
export function askedLabels(r: FillReport): string[] {
  return r.rows.filter((x) => x.status === "ambiguous" || (x.gaps ?? []).some((g) => g.options)).map((x) => x.label).sort();
}

/** Labels of the rows left without a figure and not asked about. */
export function unmatchedLabels(r: FillReport): string[] {
  const asked = new Set(askedLabels(r));
  const filled = new Set(r.values.map((v) => Number(/\d+$/.exec(v.cell)![0])));
  return r.rows.filter((x) => !asked.has(x.label) && !filled.has(x.row)).map((x) => x.label).sort();
}
