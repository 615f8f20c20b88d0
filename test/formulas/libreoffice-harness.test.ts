/**
 * The LibreOffice harness itself: it must really recalculate (not echo cached results), read
 * every kind of result faithfully, batch files in order, and only skip where allowed.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import {
  cachedValue,
  describeWithLibreOffice,
  libreOfficeSkipReason,
  LIBREOFFICE_TEST_TIMEOUT_MS,
  recalculateManyWithLibreOffice,
} from "../support/libreoffice";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lo-harness-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("skipping", () => {
  const missing = { SOFFICE: join(tmpdir(), "no-such-dir", "soffice") };

  it("skips with a clear message only when soffice is missing outside CI", () => {
    expect(libreOfficeSkipReason({ ...missing })).toMatch(/not found.*SKIPPED/);
    expect(libreOfficeSkipReason({ ...missing, CI: "false" })).toMatch(/SKIPPED/);
    expect(libreOfficeSkipReason({ ...missing, CI: "true" })).toBeNull();
    expect(libreOfficeSkipReason({ ...missing, CI: "1" })).toBeNull();
  });

  it("fails, naming the files, when asked to recalculate without soffice", async () => {
    const saved = process.env.SOFFICE;
    process.env.SOFFICE = missing.SOFFICE;
    try {
      await expect(recalculateManyWithLibreOffice([join(dir, "a.xlsx")])).rejects.toThrow(/not installed.*a\.xlsx/);
    } finally {
      if (saved === undefined) delete process.env.SOFFICE;
      else process.env.SOFFICE = saved;
    }
  });

  it("refuses two files with the same name in one batch (outputs would collide)", async () => {
    await expect(recalculateManyWithLibreOffice([join(dir, "x", "t.xlsx"), join(dir, "y", "t.xlsx")])).rejects.toThrow(/distinct/);
  });
});

describeWithLibreOffice("recalculateManyWithLibreOffice", () => {
  let stale: ExcelJS.Worksheet;
  let kinds: ExcelJS.Worksheet;

  beforeAll(async () => {
    // A formula with a wrong cached result and no fullCalcOnLoad: LibreOffice's default profile
    // keeps 999 ("never recalculate"); only the harness's OOXMLRecalcMode=0 gives 6.
    const a = new ExcelJS.Workbook();
    const ws = a.addWorksheet("S");
    ws.getCell("A1").value = 2;
    ws.getCell("B1").value = { formula: "A1*3", result: 999 };
    await a.xlsx.writeFile(join(dir, "stale.xlsx"));

    const b = new ExcelJS.Workbook();
    const k = b.addWorksheet("K");
    k.getCell("A1").value = 5;
    k.getCell("A2").value = 0;
    const formulas: Record<string, string> = {
      B1: 'IF(A2=0,"",A1/A2)',
      B2: "A1-5",
      B3: "A1>9",
      B4: "A1/A2",
      B5: 'A1&" tấn"',
      B6: "POWER(1.1,5)",
    };
    for (const [addr, formula] of Object.entries(formulas)) k.getCell(addr).value = { formula };
    await b.xlsx.writeFile(join(dir, "kinds.xlsx"));

    const [s, kk] = await recalculateManyWithLibreOffice([join(dir, "stale.xlsx"), join(dir, "kinds.xlsx")]);
    stale = s!.getWorksheet("S")!;
    kinds = kk!.getWorksheet("K")!;
  }, LIBREOFFICE_TEST_TIMEOUT_MS);

  it("recalculates a formula whose cached result is stale", () => {
    expect(cachedValue(stale.getCell("B1"))).toBe(6);
  });

  it("reads blank, zero, false, error, text and number results apart", () => {
    expect(cachedValue(kinds.getCell("B1"))).toBe("");
    expect(cachedValue(kinds.getCell("B2"))).toBe(0);
    expect(cachedValue(kinds.getCell("B3"))).toBe(false);
    expect(cachedValue(kinds.getCell("B4"))).toEqual({ error: "#DIV/0!" });
    expect(cachedValue(kinds.getCell("B5"))).toBe("5 tấn");
    // 1,1^5 = 1,61051
    expect(cachedValue(kinds.getCell("B6"))).toBeCloseTo(1.61051, 12);
    expect(cachedValue(kinds.getCell("A2"))).toBe(0);
    expect(cachedValue(kinds.getCell("C1"))).toBeNull();
  });
});
