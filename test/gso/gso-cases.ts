/**
 * The GSO release sheets the recalculation is checked on, with what a person reads from each
 * header, and the checks themselves: recalculating a sheet's cleared comparison columns gives the
 * GSO's own figures; a sheet whose bases are published elsewhere gets nothing written. A header
 * transform (the same sheet typed without diacritics, or abbreviated) must not change either.
 */
import { cellAddress, columnIndex, columnLetter } from "../../src/core/a1";
import type { Grid } from "../../src/core/detect";
import { detectTable, findAnchor, planRecalc } from "../../src/core/recalc";
import { clearColumns, columnValues, evaluateWrites, sheetGrid } from "./gso-support";

const DEC = "gso-release-2024-12.xlsx";
const FEB = "gso-release-2025-02.xlsx";

export interface Case {
  file: string;
  sheet: string;
  /** Every column's role as a person reads the header (unlabelled working columns are "other"). */
  roles: string;
  /** First data row (1-based), from the sheet. */
  dataFrom: number;
  /** Comparison column -> "subject/base" letters; a share is "subject/$totalRow". */
  columns: Record<string, string>;
  /** GSO cells typed in as rounded constants that differ from their own figures (address -> why). */
  deviations?: Record<string, string>;
}

// Operands read by a person from each sheet's header (and confirmed by the GSO's own formulas).
export const CASES: Case[] = [
  { file: FEB, sheet: "1. Nong nghiep", roles: "A:label B:label C:prior D:actual E:comparison", dataFrom: 6, columns: { E: "D/C" } },
  { file: FEB, sheet: "6. Chi tieu DN", roles: "A:label B:previous C:actual D:cumulative E:comparison F:comparison G:comparison I:prior J:prior", dataFrom: 10, columns: { E: "C/B", F: "C/I", G: "D/J" } },
  { file: FEB, sheet: "7. DN DK thanh lap", roles: "A:label B:label C:cumulative D:cumulative E:cumulative F:other G:comparison H:comparison I:comparison L:prior M:prior N:prior", dataFrom: 10, columns: { G: "C/L", H: "D/M", I: "E/N" } },
  { file: FEB, sheet: "8. DN quay lai hoat dong", roles: "A:label B:prior C:cumulative D:comparison", dataFrom: 7, columns: { D: "C/B" } },
  { file: FEB, sheet: "9. DN Ngừng có thời hạn", roles: "A:label B:prior C:cumulative D:comparison", dataFrom: 7, columns: { D: "C/B" } },
  { file: FEB, sheet: "10. DN giải thể", roles: "A:label B:prior C:cumulative D:comparison", dataFrom: 7, columns: { D: "C/B" } },
  {
    file: FEB, sheet: "13. Tongmuc", roles: "A:label B:previous C:actual D:cumulative E:share F:comparison G:comparison", dataFrom: 12, columns: { E: "D/$12" },
    // The GSO typed 1,3 for "Du lịch lữ hành"; its own figures give 14145,57 ÷ 1137503,04 × 100 = 1,24.
    deviations: { E15: "typed 1.3, figures give 1.24" },
  },
  {
    file: DEC, sheet: "1.GDP HH", roles: "A:label B:label C:previous D:actual E:cumulative F:share G:share H:share", dataFrom: 9, columns: { F: "C/$9", G: "D/$9", H: "E/$9" },
    // Typed 4,48 and 8,03; the sheet's figures give 129861,82 ÷ 2894998,48 × 100 = 4,4857 (4,49)
    // and 232259,96 ÷ 2894998,48 × 100 = 8,0228 (8,02).
    deviations: { F18: "typed 4.48, figures give 4.49", F36: "typed 8.03, figures give 8.02" },
  },
  { file: DEC, sheet: "3.Tien do", roles: "A:label B:label C:prior D:actual E:comparison", dataFrom: 8, columns: { E: "D/C" } },
  { file: DEC, sheet: "4. Cay trong chu yeu", roles: "A:label B:prior C:actual D:comparison E:other", dataFrom: 4, columns: { D: "C/B" } },
  { file: DEC, sheet: "5.Cay CN hang nam", roles: "A:label B:prior C:actual D:comparison", dataFrom: 6, columns: { D: "C/B" } },
  { file: DEC, sheet: "6.Cay CN lau nam", roles: "A:label B:prior C:actual D:comparison E:other F:other G:other H:other I:other", dataFrom: 6, columns: { D: "C/B" } },
  { file: DEC, sheet: "17. Chi tieu DN", roles: "A:label B:previous C:actual D:cumulative E:comparison F:comparison G:comparison I:prior J:prior", dataFrom: 10, columns: { E: "C/B", F: "C/I", G: "D/J" } },
  { file: DEC, sheet: "18. DN DK thanh lap", roles: "A:label B:label C:actual D:actual E:actual F:other G:comparison H:comparison I:comparison L:prior M:prior N:prior", dataFrom: 10, columns: { G: "C/L", H: "D/M", I: "E/N" } },
  { file: DEC, sheet: "19. DN quay lai hoat dong", roles: "A:label B:prior C:actual D:comparison", dataFrom: 7, columns: { D: "C/B" } },
  { file: DEC, sheet: "20. DN Ngừng có thời hạn", roles: "A:label B:prior C:actual D:comparison", dataFrom: 7, columns: { D: "C/B" } },
  { file: DEC, sheet: "21. DN giải thể", roles: "A:label B:prior C:actual D:comparison", dataFrom: 7, columns: { D: "C/B" } },
  { file: DEC, sheet: "26.Tongmuc", roles: "A:label B:label C:previous D:actual E:cumulative F:share G:comparison H:comparison", dataFrom: 10, columns: { F: "E/$10" } },
];

export interface MissingCase {
  file: string;
  sheet: string;
  /** The comparison columns a person sees, whose bases are published elsewhere. */
  columns: string[];
}

export const MISSING: MissingCase[] = [
  { file: FEB, sheet: "2.IIPthang", columns: ["B", "C", "D", "E"] },
  { file: FEB, sheet: "3.SPCNthang", columns: ["F", "G"] },
  { file: FEB, sheet: "4. LĐ DN", columns: ["B", "C"] },
  { file: FEB, sheet: "11.VDT", columns: ["F", "G"] },
  { file: FEB, sheet: "14.XK", columns: ["I", "J", "L", "M"] },
  { file: FEB, sheet: "15.NK", columns: ["I", "J", "L", "M"] },
  { file: FEB, sheet: "16. CPI", columns: ["D", "E", "F", "G", "H"] },
  { file: FEB, sheet: "17. VT HK", columns: ["D", "E", "F"] },
  { file: FEB, sheet: "19. KQT", columns: ["F", "G"] },
  { file: DEC, sheet: "2. GDP SS", columns: ["F", "G", "H"] },
  { file: DEC, sheet: "10.IIPthang", columns: ["B", "C", "D", "E"] },
  { file: DEC, sheet: "12.SPCNthang", columns: ["F", "G"] },
  { file: DEC, sheet: "22.VĐT", columns: ["F", "G", "H"] },
  { file: DEC, sheet: "23. VĐT NSNN", columns: ["F", "G"] },
  { file: DEC, sheet: "28.XK tháng", columns: ["I", "J", "L", "M"] },
  { file: DEC, sheet: "30.NK tháng", columns: ["I", "J", "L", "M"] },
  { file: DEC, sheet: "33.CPI", columns: ["C", "D", "E", "F", "G"] },
  { file: DEC, sheet: "34.Gia SX", columns: ["B", "C", "D"] },
  { file: DEC, sheet: "40.Van tai HK", columns: ["E", "F", "G"] },
  { file: DEC, sheet: "44.KQT", columns: ["F", "G"] },
];

/** Text of the header rows (above the first data row) as a planner might have typed it instead. */
export type HeaderTransform = (text: string) => string;

function typedHeaders(grid: Grid, headerRows: number, transform?: HeaderTransform): Grid {
  if (!transform) return grid;
  const rows = grid.rows.map((row, r) =>
    r >= headerRows ? row : (row ?? []).map((cell) => (cell && typeof cell.value === "string" ? { ...cell, value: transform(cell.value) } : cell)),
  );
  return { rows, merges: grid.merges ?? [] };
}

export async function checkRecalculation(c: Case, transform?: HeaderTransform): Promise<void> {
  const original = typedHeaders(await sheetGrid(c.file, c.sheet), c.dataFrom - 1, transform);
  const letters = Object.keys(c.columns);
  const expected = new Map(letters.map((l) => [l, columnValues(original, l, c.dataFrom)]));
  const grid = clearColumns(original, letters, c.dataFrom);
  const anchor = findAnchor(grid);
  expect(anchor).not.toBeNull();
  const det = detectTable(grid, anchor!);
  expect(det.columns.map((x) => `${x.letter}:${x.role}`).join(" ")).toBe(c.roles);
  for (const [letter, ops] of Object.entries(c.columns)) {
    const col = det.columns.find((x) => x.letter === letter);
    expect(col?.comparison).toBeDefined();
    const [s, b] = ops.split("/");
    expect(columnLetter(col!.comparison!.subjectCol!)).toBe(s);
    if (b!.startsWith("$")) {
      expect(col!.role).toBe("share");
      expect(det.totalRow! + 1).toBe(Number(b!.slice(1)));
    } else {
      expect(columnLetter(col!.comparison!.baseCol!)).toBe(b);
    }
    expect(col!.comparison!.style).toBe("index");
  }
  const plan = planRecalc(grid, det);
  expect(plan.conflicts).toEqual([]);
  const values = evaluateWrites(grid, plan.writes);
  let compared = 0;
  const mismatches: string[] = [];
  for (const letter of letters) {
    const col = columnIndex(letter);
    for (const [row, gso] of expected.get(letter)!) {
      const address = cellAddress(row, col);
      const got = values.get(address);
      // Equal to 2 decimals: within half a unit of the second decimal.
      if (!(typeof got === "number" && Math.abs(got - gso) < 0.005)) mismatches.push(`${address}: GSO ${gso}, got ${String(got)}`);
      compared++;
    }
    // Rows the GSO left blank stay blank.
    for (const w of plan.writes.filter((w) => w.col === col && !expected.get(letter)!.has(w.row))) expect(values.get(w.address)).toBe("");
  }
  expect(compared).toBeGreaterThanOrEqual(letters.length * 4);
  // Only the cells the GSO typed in by hand may differ.
  expect(mismatches.map((m) => m.split(":")[0])).toEqual(Object.keys(c.deviations ?? {}));
}

export async function checkBaseMissing(c: MissingCase, transform?: HeaderTransform): Promise<void> {
  const sheet = await sheetGrid(c.file, c.sheet);
  // The header ends where the detection finds the first row of figures on the sheet as published.
  const grid = typedHeaders(sheet, findAnchor(sheet)!.row, transform);
  const det = detectTable(grid, findAnchor(grid)!);
  const comparisons = det.columns.filter((x) => x.role === "comparison").map((x) => x.letter);
  expect(comparisons).toEqual(c.columns);
  for (const x of det.columns.filter((x) => x.role === "comparison")) expect(x.comparison!.missing).not.toBeNull();
  const plan = planRecalc(grid, det);
  expect(plan.writes).toEqual([]);
  expect(plan.skipped.map((s) => s.letter)).toEqual(c.columns);
  expect(det.messages.length).toBe(c.columns.length);
  expect(det.messages[0]!.vi).toMatch(/không có .* trong bảng/);
}
