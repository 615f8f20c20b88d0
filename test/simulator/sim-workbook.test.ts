/** The SimWorkbook face (fixtures, assertions, the preview's grid): not Office API, so no source to name. */
import { createSimulator } from "../../src/simulator";
import { simulator } from "./sim-helpers";

test("onChange fires once per sync that changed something, not for reads", async () => {
  const { sim, run } = simulator();
  let calls = 0;
  const off = sim.workbook.onChange(() => calls++);
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:B2").values = [[1, 2], [3, 4]];
    sheet.getRange("A1:B2").format.font.bold = true;
    await context.sync();
    sheet.getRange("A1").load("values");
    await context.sync();
  });
  expect(calls).toBe(1);
  off();
  sim.workbook.setCell("Sheet1", "C3", "x");
  expect(calls).toBe(1);
});

test("the signed and percent formats the templates write show as Excel shows them in vi-VN", () => {
  const sim = createSimulator({ profile: "web" });
  const cases: [number, string, string][] = [
    [5.2, "+0.00;-0.00;0.00", "+5,20"],
    [-3, "+0.00;-0.00;0.00", "-3,00"],
    [0, "+0.00;-0.00;0.00", "0,00"],
    [0.0512, "0.0%", "5,1%"],
    [1234567.5, "#,##0", "1.234.568"],
    [105.25, "0.00", "105,25"],
    [12.5, "General", "12,5"],
  ];
  cases.forEach(([v], i) => {
    sim.workbook.setCell("Sheet1", `A${i + 1}`, v);
  });
  // Number formats go through the API like the add-in's.
  return (sim.Excel as typeof Excel)
    .run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange(`A1:A${cases.length}`).numberFormat = cases.map(([, nf]) => [nf]);
      await context.sync();
    })
    .then(() => {
      expect(cases.map((_, i) => sim.workbook.cell("Sheet1", `A${i + 1}`).text)).toEqual(cases.map(([, , text]) => text));
      sim.dispose();
    });
});

test("selection, sheets and cells as the user leaves them", () => {
  const sim = createSimulator({ profile: "desktop", sheets: ["Sheet1", "Báo cáo"] });
  sim.workbook.select("Báo cáo", "C:C");
  expect(sim.workbook.activeSheet).toBe("Báo cáo");
  sim.workbook.setCell("Báo cáo", "B2", "'001");
  expect(sim.workbook.cell("Báo cáo", "B2")).toMatchObject({ value: "001", hasApostrophe: true, formula: null, text: "001" });
  expect(sim.workbook.usedRange("Báo cáo")).toEqual({ rows: 2, cols: 2 });
  expect(sim.workbook.sheetNames()).toEqual(["Sheet1", "Báo cáo"]);
  sim.dispose();
});

test("stats.actions logs what ran where, sync by sync (for tests of which cells an operation wrote)", async () => {
  const { sim, run } = simulator();
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("D6:D8").load("formulas");
    await context.sync();
    sheet.getRange("D6:D8").formulas = [[1], [2], [3]];
    sheet.getRange("A1:B1").format.font.bold = true;
    sheet.getRange("A1:B1").merge(false);
    context.workbook.settings.add("k", 1);
    await context.sync();
  });
  expect(sim.stats.actions).toEqual([
    { sync: 1, kind: "load", object: "Range", name: "load", address: "D6:D8", props: ["formulas"] },
    { sync: 2, kind: "set", object: "Range", name: "formulas", address: "D6:D8" },
    { sync: 2, kind: "set", object: "RangeFont", name: "bold", address: "A1:B1" },
    { sync: 2, kind: "call", object: "Range", name: "merge", address: "A1:B1" },
    { sync: 2, kind: "call", object: "SettingCollection", name: "add" },
  ]);
});
