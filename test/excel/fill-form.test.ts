/**
 * Filling a form through the production Excel code (src/excel, on the simulated Excel): read in two syncs,
 * figures and formulas written in two, a row corrected by hand, the typed figure kept without
 * consent, and one undo that puts every cell of the fill back.
 */
import { loadDataset } from "../../src/cli/datasets";
import { readForm, writeFill } from "../../src/excel/fill-form";
import { resetUndoMemory, undoLastInsert } from "../../src/excel/undo";
import { productsYearTyped } from "../fixtures/forms/forms-tv-2020";
import { content, noWait, openExcel, sheetPicture, type TestExcel } from "./sim";

const dataset = loadDataset(process.cwd(), "tv-sct-2020-h1");
const year2020 = dataset.records.find((r) => r.period.type === "year" && r.period.year === 2020)!.period;
const SHEET = productsYearTyped.sheet;
let excel: TestExcel;

beforeEach(() => {
  resetUndoMemory();
  excel = openExcel("web", [SHEET]);
  excel.sim.workbook.setCells(SHEET, "A1", productsYearTyped.rows.map((row) => row.map((v) => v ?? null)));
  excel.sim.workbook.select(SHEET, "B6");
  excel.sim.stats.reset();
});
afterEach(() => excel.close());

/** Every cell of the form and one row and column around it, merges, sizes: what undo must put back. */
function snapshot(): unknown {
  return sheetPicture(excel.sim, SHEET, "A1:H12");
}

/** The cell's formula, else its value, as range.formulas answers. */
function cell(address: string): string | number | boolean | null {
  return content(excel.sim, address, SHEET);
}

test("read and write in four syncs: figures and formulas in place, the typed figure left without consent", async () => {
  const before = snapshot();
  const { table, plan } = await readForm(dataset, { period: year2020 }, noWait);
  expect(plan.conflicts.map((c) => c.address)).toEqual(["C7"]);
  const done = await writeFill(table.sheet, plan, noWait);
  // Read: the shapes, then the contents; write: the cells' contents before, then figures and formulas (as recalculation).
  expect(excel.sim.stats.syncs).toBe(4);
  expect(done.values).toBe(19);
  expect(done.formulas).toBe(14);
  expect(cell("E6")).toBe(1130);
  expect(cell("D9")).toBe(10499.39427);
  expect(cell("C7")).toBe(7500);
  expect(cell("C5")).toBe(16.1);
  expect(cell("F9")).toBe('=IF(AND(ISNUMBER(E9),ISNUMBER(D9),D9<>0),E9/D9*100,"")');

  await undoLastInsert(noWait);
  expect(snapshot()).toEqual(before);
});

test("a row corrected by hand is left out; consent replaces the typed figure; one undo restores all", async () => {
  const before = snapshot();
  const first = await readForm(dataset, { period: year2020 }, noWait);
  const fish = first.plan.rows.find((r) => r.label.startsWith("Thủy sản"))!;
  const { table, plan } = await readForm(dataset, { period: year2020, overwrite: true, choices: { [fish.row]: null } }, noWait);
  expect(plan.rows.find((r) => r.row === fish.row)!.status).toBe("unmatched");
  await writeFill(table.sheet, plan, noWait);
  expect(cell("E9")).toBe("");
  expect(cell("C7")).toBe(7439.784246);
  await undoLastInsert(noWait);
  expect(snapshot()).toEqual(before);
});

test("a form no row of which matches: a message, nothing written", async () => {
  const other = loadDataset(process.cwd(), "vl-qd1013-2015");
  const { table, plan } = await readForm(other, {}, noWait);
  const syncs = excel.sim.stats.syncs;
  await expect(writeFill(table.sheet, plan, noWait)).rejects.toMatchObject({ code: "nothing-to-fill" });
  expect(excel.sim.stats.syncs).toBe(syncs);
});
