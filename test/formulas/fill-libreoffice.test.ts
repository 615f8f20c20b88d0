/**
 * Every form of the fill corpus filled by the CLI (`workbook fill --out --yes`), then recalculated by
 * headless LibreOffice in one batch: the figures are numbers where the fill put them, the comparison
 * cells hold formulas, no formula gives an error, and where the documents state a rate (42,13% of
 * plan, +56,27% on the same period) LibreOffice gives it to 2 decimals (the fixtures' `rates`,
 * written by hand from the documents' own percentages).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as ExcelJS from "exceljs";
import { runCliReportingErrors } from "../../src/cli/main";
import { FORMS } from "../fixtures/forms";
import { cliIO, fillArgs, writeForm } from "../fill/fill-support";
import { isEngineError } from "../support/engine-value";
import { cachedValue, describeWithLibreOffice, LIBREOFFICE_TEST_TIMEOUT_MS, recalculateManyWithLibreOffice } from "../support/libreoffice";

let dir: string;
const books = new Map<string, ExcelJS.Workbook>();

describeWithLibreOffice("filled forms recalculated in LibreOffice", () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "fill-lo-"));
    const outs: string[] = [];
    for (const form of FORMS) {
      const input = await writeForm(dir, form);
      const out = input.replace(/\.xlsx$/, "-filled.xlsx");
      const io = cliIO();
      const code = await runCliReportingErrors([...fillArgs(form, input), "--out", out, "--yes"], io);
      if (code !== 0) throw new Error(`${form.name}: fill exited ${code}: ${io.stderr.join("\n")}`);
      outs.push(out);
    }
    const recalculated = await recalculateManyWithLibreOffice(outs);
    FORMS.forEach((form, i) => books.set(form.name, recalculated[i]!));
  }, LIBREOFFICE_TEST_TIMEOUT_MS * 2);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(FORMS.map((f) => [f.name, f] as const))("%s: figures in place, no error cell, the documents' rates", (_name, form) => {
    const ws = books.get(form.name)!.getWorksheet(form.sheet)!;
    for (const [cell, value] of Object.entries(form.expect.values)) {
      const got = cachedValue(ws.getCell(cell));
      expect(typeof got).toBe("number");
      expect(Math.abs((got as number) - value)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(value)));
    }
    const errors: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => {
      if (isEngineError(cachedValue(c))) errors.push(c.address);
    }));
    expect(errors).toEqual([]);
    for (const [cell, rate] of Object.entries(form.expect.rates ?? {})) {
      expect(ws.getCell(cell).formula).toBeTruthy();
      const got = cachedValue(ws.getCell(cell));
      expect(typeof got).toBe("number");
      // 2 decimals as the documents write them; a percent cell holds 0,4213 for 42,13%.
      const decimals = rate < 5 && /%/.test(ws.getCell(cell).numFmt ?? "") ? 4 : 2;
      expect(Math.abs((got as number) - rate)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
    }
  });
});
