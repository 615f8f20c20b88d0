/**
 * The simulated Excel (src/simulator) set up for the Excel-layer tests: one workbook per test,
 * installed as the globals `Excel` and `Office` that src/excel uses, and a picture of a sheet
 * for "undo restores exactly" checks.
 */
import { createSimulator, type HostProfileName, type Simulator } from "../../src/simulator";
import { cellAddress, parseRangeAddress } from "../../src/core/a1";

export const noWait = { retries: 0, sleep: async () => {} };

export interface TestExcel {
  sim: Simulator;
  /** Removes the globals and frees the formula engine. */
  close(): void;
}

export function openExcel(profile: HostProfileName = "web", sheets: string[] = ["Sheet1"]): TestExcel {
  const sim = createSimulator({ profile, sheets });
  const uninstall = sim.install();
  return {
    sim,
    close() {
      uninstall();
      sim.dispose();
    },
  };
}

/**
 * Everything undo must put back on a sheet, within `area` ("A1:J30"): each non-default cell as
 * the user would see it (content, formula, apostrophe, number format, formats), merges, column
 * widths and row heights of the area, frozen rows and print setup.
 */
export function sheetPicture(sim: Simulator, sheet: string, area: string): unknown {
  const box = parseRangeAddress(area)!;
  const wb = sim.workbook;
  const cells: Record<string, unknown> = {};
  for (let r = box.row; r < box.row + box.rows; r++) {
    for (let c = box.col; c < box.col + box.cols; c++) {
      const a = cellAddress(r, c);
      cells[a] = wb.cell(sheet, a);
    }
  }
  const widths: number[] = [];
  for (let c = box.col; c < box.col + box.cols; c++) widths.push(wb.columnWidth(sheet, cellAddress(0, c).replace(/\d+$/, "")));
  const heights: number[] = [];
  for (let r = box.row; r < box.row + box.rows; r++) heights.push(wb.rowHeight(sheet, r + 1));
  return {
    cells,
    merges: [...wb.merges(sheet)].sort(),
    widths,
    heights,
    frozenRows: wb.frozenRows(sheet),
    page: wb.pageLayout(sheet),
  };
}

/** What range.formulas would answer for one cell: its formula, else its value ("" when empty). */
export function content(sim: Simulator, address: string, sheet = "Sheet1"): string | number | boolean | null {
  const c = sim.workbook.cell(sheet, address);
  return c.formula ?? c.value;
}
