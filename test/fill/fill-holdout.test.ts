/**
 * The fill on forms it was not tuned on (test/fixtures/forms/holdout.ts): no wrong value is allowed;
 * how many of the expected figures it fills, and which rows it asks about, is printed as the score.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HOLDOUT, HOLDOUT_SPANS } from "../fixtures/forms/holdout";
import type { FormFixture } from "../fixtures/forms";
import { askedLabels, dryRun, writeForm } from "./fill-support";

jest.setTimeout(60000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "fill-holdout-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  ["fill hold-out", HOLDOUT],
  ["fill hold-out, multi-year plan columns", HOLDOUT_SPANS],
] as [string, FormFixture[]][])("%s: forms not used for tuning, 0 wrong values; filled share printed", async (title, forms) => {
  let right = 0;
  let expected = 0;
  const wrong: string[] = [];
  const lines: string[] = [];
  for (const form of forms) {
    expected += Object.keys(form.expect.values).length;
    const input = await writeForm(dir, form);
    const report = await dryRun(form, input).catch((e: Error) => e);
    if (report instanceof Error) {
      // A form the fill cannot read writes nothing: no wrong value, none filled.
      lines.push(`  ${form.sheet}: not read (${report.message})`);
      continue;
    }
    let filled = 0;
    for (const v of report.values.filter((x) => !x.agrees)) {
      const want = form.expect.values[v.cell];
      if (want !== undefined && Math.abs(v.value - want) <= 1e-9 * Math.max(1, Math.abs(want))) filled++;
      else wrong.push(`${form.sheet}!${v.cell}=${v.value}`);
    }
    right += filled;
    lines.push(`  ${form.sheet}: ${filled}/${Object.keys(form.expect.values).length} filled; asked: ${askedLabels(report).join(" | ") || "none"}`);
  }
  console.log(`${title}: ${right}/${expected} expected values filled, ${wrong.length} wrong\n${lines.join("\n")}`);
  expect(wrong).toEqual([]);
});
