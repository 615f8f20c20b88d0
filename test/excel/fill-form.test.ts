/**
 * Filling a form through the production Excel code (src/excel, on the simulated Excel): read in two syncs,
 * figures and formulas written in two, a row corrected by hand, the typed figure kept without
 * consent, and one undo that puts every cell of the fill back.
 */
import { cellAddress } from "../../src/core/a1";
import { loadDataset } from "../../src/cli/datasets";
import { readForm, writeFill } from "../../src/excel/fill-form";
import { resetUndoMemory, undoLastInsert } from "../../src/excel/undo";
import { createSimulator, type Simulator } from "../../src/simulator";
import { productsYearTyped } from "../fixtures/forms/forms-tv-2020";

const noWait = { retries: 0, sleep: async () => {} };
const dataset = loadDataset(process.cwd(), "tv-sct-2020-h1");
const year2020 = dataset.records.find((r) => r.period.type === "year" && r.period.year === 2020)!.period;
const SHEET = productsYearTyped.sheet;
let sim: Simulator;
let uninstall: () => void;

beforeEach(() => {
  resetUndoMemory();
  sim = createSimulator({ profile: "web", sheets: [SHEET] });
  uninstall = sim.install();
  sim.workbook.setCells(SHEET, "A1", productsYearTyped.rows.map((r) => r.map((v) => v ?? null)));
  sim.workbook.select(SHEET, "B6");
  sim.stats.reset();
});
afterEach(() => {
  uninstall();
  sim.dispose();
});

/** Every cell of the used range: value, formula and number format. */
function snapshot(): unknown {
  const used = sim.workbook.usedRange(SHEET)!;
  const out: unknown[] = [];
  for (let r = 0; r < used.rows; r++) for (let c = 0; c < used.cols; c++) {
    const cell = sim.workbook.cell(SHEET, cellAddress(r, c));
    out.push([cell.value, cell.formula, cell.numberFormat]);
  }
  return out;
}

const valueAt = (address: string) => sim.workbook.cell(SHEET, address).value;

test("two reads, two writes: figures and formulas in place, the typed figure left without consent", async () => {
  const before = snapshot();
  const { table, plan } = await readForm(dataset, { period: year2020 }, noWait);
  // Reading: the selection's size first (Excel on the web's 5 MB answer limit), then its content.
  expect(sim.stats.syncs).toBe(2);
  sim.stats.reset();
  expect(plan.conflicts.map((c) => c.address)).toEqual(["C7"]);
  const done = await writeFill(table.sheet, plan, noWait);
  // Writing: what the fill overwrites is read first (a failure halfway is put back), then one write.
  expect(sim.stats.syncs).toBe(2);
  expect(done.values).toBe(19);
  expect(done.formulas).toBe(14);
  expect(valueAt("E6")).toBe(1130);
  expect(valueAt("D9")).toBe(10499.39427);
  expect(valueAt("C7")).toBe(7500);
  expect(valueAt("C5")).toBe(16.1);
  expect(sim.workbook.cell(SHEET, "F9").formula).toBe('=IF(AND(ISNUMBER(E9),ISNUMBER(D9),D9<>0),E9/D9*100,"")');

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
  expect(valueAt("E9")).toBe("");
  expect(valueAt("C7")).toBe(7439.784246);
  await undoLastInsert(noWait);
  expect(snapshot()).toEqual(before);
});

test("a form no row of which matches: a message, nothing written", async () => {
  const other = loadDataset(process.cwd(), "vl-qd1013-2015");
  const { table, plan } = await readForm(other, {}, noWait);
  const syncs = sim.stats.syncs;
  await expect(writeFill(table.sheet, plan, noWait)).rejects.toMatchObject({ code: "nothing-to-fill" });
  expect(sim.stats.syncs).toBe(syncs);
});
