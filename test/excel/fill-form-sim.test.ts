/**
 * The official products form (motto, title, merged header, column numbers "4=2/1") filled through the
 * production src/excel code on the simulated Excel: the figures land where the fixture says, the
 * simulator evaluates the comparison formulas to the document's rates (50,17% of plan, +56,27% on the
 * same period), and one undo puts every cell back as it was.
 */
import { cellAddress } from "../../src/core/a1";
import { loadDataset } from "../../src/cli/datasets";
import { readForm, writeFill } from "../../src/excel/fill-form";
import { resetUndoMemory, undoLastInsert } from "../../src/excel/undo";
import { createSimulator, type Simulator } from "../../src/simulator";
import { productsH1Official as form } from "../fixtures/forms/forms-tv-2020";

const noWait = { retries: 0, sleep: async () => {} };
const dataset = loadDataset(process.cwd(), form.dataset);
let sim: Simulator;
let uninstall: () => void;

beforeEach(async () => {
  resetUndoMemory();
  sim = createSimulator({ profile: "web", sheets: [form.sheet] });
  uninstall = sim.install();
  sim.workbook.setCells(form.sheet, "A1", form.rows.map((r) => r.map((v) => v ?? null)));
  await (sim.Excel as typeof Excel).run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(form.sheet);
    for (const m of form.merges ?? []) sheet.getRange(m).merge(false);
    await context.sync();
  });
  sim.workbook.select(form.sheet, "B13");
  sim.stats.reset();
});
afterEach(() => {
  uninstall();
  sim.dispose();
});

function cells(): unknown[] {
  const used = sim.workbook.usedRange(form.sheet)!;
  const out: unknown[] = [];
  for (let r = 0; r < used.rows; r++) for (let c = 0; c < used.cols; c++) {
    const cell = sim.workbook.cell(form.sheet, cellAddress(r, c));
    out.push([cell.value, cell.formula, cell.numberFormat]);
  }
  return out;
}

test("fill in four syncs, the document's rates evaluated, one undo restores every cell", async () => {
  const before = cells();
  const { table, plan } = await readForm(dataset, {}, noWait);
  await writeFill(table.sheet, plan, noWait);
  // Read: the shapes, then the contents; write: the cells' contents before, then figures and formulas (as recalculation).
  expect(sim.stats.syncs).toBe(4);
  for (const [address, value] of Object.entries(form.expect.values)) {
    expect(sim.workbook.cell(form.sheet, address).value).toBeCloseTo(value, 6);
  }
  for (const [address, rate] of Object.entries(form.expect.rates ?? {})) {
    expect(sim.workbook.cell(form.sheet, address).formula).toMatch(/^=IF\(/);
    expect(Math.abs((sim.workbook.cell(form.sheet, address).value as number) - rate)).toBeLessThanOrEqual(0.005);
  }
  await undoLastInsert(noWait);
  expect(cells()).toEqual(before);
});
