/**
 * The LibreOffice harness itself: it must really recalculate (not echo cached results), read
 * every kind of result faithfully, batch files in order, and fail (not skip) when soffice is missing.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import {
  cachedValue,
  describeWithLibreOffice,
  LIBREOFFICE,
  LIBREOFFICE_TEST_TIMEOUT_MS,
  recalculateManyWithLibreOffice,
} from "../support/libreoffice";
import { toolDecision } from "../support/required-tool";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lo-harness-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("skipping", () => {
  const missing = { SOFFICE: join(tmpdir(), "no-such-dir", "soffice") };

  it("fails with why when soffice is missing, and skips only when SKIP_LIBREOFFICE=1 asks", () => {
    const failed = toolDecision(LIBREOFFICE, { ...missing });
    expect(failed.kind).toBe("fail");
    expect(failed.kind !== "run" && failed.message).toMatch(/LibreOffice \(soffice\) not found.*SKIP_LIBREOFFICE=1/);
    // CI no longer decides anything: a missing LibreOffice fails with or without it.
    expect(toolDecision(LIBREOFFICE, { ...missing, CI: "false" }).kind).toBe("fail");
    const skipped = toolDecision(LIBREOFFICE, { ...missing, SKIP_LIBREOFFICE: "1" });
    expect(skipped).toEqual({ kind: "skip", message: "SKIPPED (SKIP_LIBREOFFICE=1): the tests that need LibreOffice (soffice)." });
    expect(toolDecision(LIBREOFFICE, { ...missing, SKIP_LIBREOFFICE: "0" }).kind).toBe("fail");
  });

  it("runs when the tool is there, and an opt-out skips even then (the caller asked)", () => {
    const present = { ...LIBREOFFICE, available: () => true };
    expect(toolDecision(present, {})).toEqual({ kind: "run" });
    expect(toolDecision(present, { SKIP_LIBREOFFICE: "1" }).kind).toBe("skip");
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
