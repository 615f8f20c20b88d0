/** The production src/excel path runs end to end on the simulator (insert, undo, refresh list, read). */
import { insertBlock } from "../../src/excel/insert-block";
import { listBlocks } from "../../src/excel/refresh";
import { readTable } from "../../src/excel/read-table";
import { resetUndoMemory, undoLastInsert } from "../../src/excel/undo";
import { createSimulator, type Simulator } from "../../src/simulator";
import { productsBlock } from "../excel/blocks";

const noWait = { retries: 0, sleep: async () => {} };
let sim: Simulator;
let uninstall: () => void;

beforeEach(() => {
  resetUndoMemory();
  sim = createSimulator({ profile: "web" });
  uninstall = sim.install();
});
afterEach(() => {
  uninstall();
  sim.dispose();
});

test("insert at D5, evaluate its formulas, list it, undo it to an empty sheet", async () => {
  sim.workbook.select("Sheet1", "D5");
  const result = await insertBlock(productsBlock(3), { overwrite: false, run: noWait });
  expect(result.address).toBe("Sheet1!D5:J11");
  expect(sim.workbook.cell("Sheet1", "D9").value).toBe("Sản phẩm 1");
  expect(sim.workbook.cell("Sheet1", "F9").text).toBe("10.000");
  // % of plan: 5268 / 10000 under "0.00%".
  expect(sim.workbook.cell("Sheet1", "I9").value).toBeCloseTo(0.5268, 10);
  expect(sim.workbook.cell("Sheet1", "I9").text).toBe("52,68%");
  expect(sim.workbook.merges("Sheet1").length).toBeGreaterThan(0);
  expect(sim.stats.syncs).toBe(2);
  expect((await listBlocks({ run: noWait })).map((b) => b.id)).toEqual(["Sheet1!D5:J11"]);

  await undoLastInsert(noWait);
  expect(sim.workbook.cell("Sheet1", "D9").value).toBe("");
  expect(sim.workbook.merges("Sheet1")).toEqual([]);
});

test("a table read from the selection comes back with values and formulas", async () => {
  sim.workbook.setCells("Sheet1", "B2", [["Chỉ tiêu", "KH", "TH"], ["A", 10, 5], ["B", 20, "=C3*2"]]);
  sim.workbook.select("Sheet1", "B2:D4");
  const table = await readTable({ run: noWait });
  expect(table.anchor).toEqual({ row: 1, col: 1, rows: 3, cols: 3 });
  expect(table.grid.rows[3]?.[3]).toEqual({ value: 20, formula: "=C3*2", numberFormat: "General" });
});
