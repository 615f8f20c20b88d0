/**
 * The formulas planned for the GSO sheets, written with ExcelJS and recalculated by LibreOffice,
 * give the GSO's own figures to 2 decimals: the rates work in a second engine, not only in
 * HyperFormula.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { detectTable, findAnchor, planRecalc } from "../../src/core/recalc";
import { cachedValue, describeWithLibreOffice, LIBREOFFICE_TEST_TIMEOUT_MS, recalculateWithLibreOffice } from "../support/libreoffice";
import { clearColumns, columnValues, sheetGrid } from "./gso-support";

const SHEETS = [
  { file: "gso-release-2025-02.xlsx", sheet: "6. Chi tieu DN", dataFrom: 10, columns: ["E", "F", "G"], short: "CTDN" },
  { file: "gso-release-2025-02.xlsx", sheet: "7. DN DK thanh lap", dataFrom: 10, columns: ["G", "H", "I"], short: "DKTL" },
  { file: "gso-release-2024-12.xlsx", sheet: "26.Tongmuc", dataFrom: 10, columns: ["F"], short: "TM" },
];

describeWithLibreOffice("GSO recalculation through LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "recalc-lo-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    "gives the GSO's values in every cleared comparison cell",
    async () => {
      const wb = new ExcelJS.Workbook();
      const expected: { short: string; address: string; value: number }[] = [];
      for (const s of SHEETS) {
        const original = await sheetGrid(s.file, s.sheet);
        const grid = clearColumns(original, s.columns, s.dataFrom);
        const plan = planRecalc(grid, detectTable(grid, findAnchor(grid)!));
        const ws = wb.addWorksheet(s.short);
        // The sheet's figures as values (its own formulas are not under test), then our formulas.
        grid.rows.forEach((row, r) =>
          (row ?? []).forEach((cell, c) => {
            if (cell && cell.value !== null) ws.getCell(r + 1, c + 1).value = cell.value;
          }),
        );
        for (const w of plan.writes) ws.getCell(w.address).value = { formula: w.formula.slice(1) } as ExcelJS.CellFormulaValue;
        for (const letter of s.columns) {
          for (const [row, value] of columnValues(original, letter, s.dataFrom)) expected.push({ short: s.short, address: `${letter}${row + 1}`, value });
        }
      }
      const path = join(dir, "gso-recalc.xlsx");
      await wb.xlsx.writeFile(path);
      const back = await recalculateWithLibreOffice(path);
      const off = expected.filter((e) => {
        const v = cachedValue(back.getWorksheet(e.short)!.getCell(e.address));
        return !(typeof v === "number" && Math.abs(v - e.value) < 0.005);
      });
      expect(expected.length).toBe(24 + 60 + 5);
      expect(off).toEqual([]);
    },
    LIBREOFFICE_TEST_TIMEOUT_MS,
  );
});
