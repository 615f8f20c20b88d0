/**
 * Filling a form through the production Excel code (src/excel, on the fake Excel): read in one sync,
 * figures and formulas written in one, a row corrected by hand, the typed figure kept without
 * consent, and one undo that puts every cell of the fill back.
 */
import { cellAddress } from "../../src/core/a1";
import { loadDataset } from "../../src/cli/datasets";
import { readForm, writeFill } from "../../src/excel/fill-form";
import { resetUndoMemory, undoLastInsert } from "../../src/excel/undo";
import { productsYearTyped } from "../fixtures/forms/forms-tv-2020";
import { FakeExcel } from "./fake-excel";

const noWait = { retries: 0, sleep: async () => {} };
const dataset = loadDataset(process.cwd(), "tv-sct-2020-h1");
const year2020 = dataset.records.find((r) => r.period.type === "year" && r.period.year === 2020)!.period;
let fake: FakeExcel;

beforeEach(() => {
  resetUndoMemory();
  fake = new FakeExcel([productsYearTyped.sheet]).install();
  productsYearTyped.rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && fake.put(cellAddress(r, c), v)));
  fake.select("B6");
});
afterEach(() => fake.uninstall());

function snapshot(): unknown {
  return fake.dump();
}

test("one read, one write: figures and formulas in place, the typed figure left without consent", async () => {
  const before = snapshot();
  const { table, plan } = await readForm(dataset, { period: year2020 }, noWait);
  expect(plan.conflicts.map((c) => c.address)).toEqual(["C7"]);
  const done = await writeFill(table.sheet, plan, noWait);
  expect(fake.syncCount).toBe(2);
  expect(done.values).toBe(19);
  expect(done.formulas).toBe(14);
  expect(fake.cell("E6").formula).toBe(1130);
  expect(fake.cell("D9").formula).toBe(10499.39427);
  expect(fake.cell("C7").formula).toBe(7500);
  expect(fake.cell("C5").formula).toBe(16.1);
  expect(fake.cell("F9").formula).toBe('=IF(AND(ISNUMBER(E9),ISNUMBER(D9),D9<>0),E9/D9*100,"")');

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
  expect(fake.cell("E9").formula).toBe("");
  expect(fake.cell("C7").formula).toBe(7439.784246);
  await undoLastInsert(noWait);
  expect(snapshot()).toEqual(before);
});

test("a form no row of which matches: a message, nothing written", async () => {
  const other = loadDataset(process.cwd(), "vl-qd1013-2015");
  const { table, plan } = await readForm(other, {}, noWait);
  const syncs = fake.syncCount;
  await expect(writeFill(table.sheet, plan, noWait)).rejects.toMatchObject({ code: "nothing-to-fill" });
  expect(fake.syncCount).toBe(syncs);
});
