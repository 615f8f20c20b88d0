/**
 * The forms corpus (test/fixtures/forms): each form written to .xlsx with ExcelJS, filled through
 * `workbook fill --dry-run --json` from its dataset. Every value must be the one written by hand in
 * the fixture (0 wrong values: another indicator, period, kind, unit or price basis), every row the
 * dataset covers filled, every other row listed as unmatched or asked, cells holding another figure
 * flagged as conflicts. The score over the whole corpus is printed.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FORMS, type FormFixture } from "../fixtures/forms";
import { askedLabels, dryRun, unmatchedLabels, writeForm, type FillReport } from "./fill-support";

jest.setTimeout(60000);

let dir: string;
const reports = new Map<string, FillReport>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fill-corpus-"));
  for (const form of FORMS) reports.set(form.name, await dryRun(form, await writeForm(dir, form)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function proposed(r: FillReport): Map<string, number> {
  return new Map(r.values.filter((v) => !v.agrees).map((v) => [v.cell, v.value]));
}

test("the corpus holds at least 15 forms from the five datasets", () => {
  expect(FORMS.length).toBeGreaterThanOrEqual(15);
  expect(new Set(FORMS.map((f) => f.dataset)).size).toBe(5);
});

describe.each(FORMS.map((f) => [f.name, f] as [string, FormFixture]))("%s", (_name, form) => {
  const report = (): FillReport => reports.get(form.name)!;

  test("every value is the one the dataset states for that row and column, and every covered cell is filled", () => {
    const got = proposed(report());
    const wrong = [...got].filter(([cell, v]) => form.expect.values[cell] === undefined || !close(v, form.expect.values[cell]!));
    const missing = Object.keys(form.expect.values).filter((cell) => !got.has(cell));
    expect({ wrong, missing }).toEqual({ wrong: [], missing: [] });
  });

  test("every value carries its record and quote", () => {
    for (const v of report().values) {
      expect(v.recordId).toMatch(new RegExp(`^${form.dataset}:`));
      expect(v.quote.length).toBeGreaterThan(0);
      expect(v.confidence).toBeGreaterThan(0);
      expect(v.confidence).toBeLessThanOrEqual(1);
    }
  });

  test("rows the dataset does not cover are listed; questions are asked, not guessed", () => {
    expect(unmatchedLabels(report())).toEqual([...form.expect.unmatched].sort());
    expect(askedLabels(report())).toEqual([...(form.expect.asked ?? [])].sort());
  });

  test("cells already holding a figure: a different one needs consent, the same one is left alone", () => {
    expect(report().conflicts.map((c) => c.cell).sort()).toEqual([...(form.expect.conflicts ?? [])].sort());
    expect(report().values.filter((v) => v.agrees).map((v) => v.cell).sort()).toEqual([...(form.expect.agrees ?? [])].sort());
  });
});

test("score over the corpus", () => {
  let right = 0;
  let wrong = 0;
  let expected = 0;
  for (const form of FORMS) {
    const got = proposed(reports.get(form.name)!);
    expected += Object.keys(form.expect.values).length;
    for (const [cell, v] of got) {
      if (form.expect.values[cell] !== undefined && close(v, form.expect.values[cell]!)) right++;
      else wrong++;
    }
  }
  console.log(`fill corpus: ${FORMS.length} forms, ${right}/${expected} expected values filled, ${wrong} wrong values`);
  expect(wrong).toBe(0);
  expect(right).toBe(expected);
});
