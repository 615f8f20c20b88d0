/**
 * Host profiles answer requirement sets as those hosts do, and fail APIs above them with
 * ApiNotFound. Sources: https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 * (Excel 2019: ExcelApi 1.1–1.8; Excel 2016 here 1.4 as the issue fixes it) and the "Api set"
 * notes of the reference (Range.setCellProperties 1.9, getSurroundingRegion 1.7, ...).
 */
import { createSimulator } from "../../src/simulator";
import { rejection, simulator } from "./sim-helpers";

describe("Office.context.requirements.isSetSupported per profile (requirement sets page)", () => {
  test.each([
    ["web", "1.20", true],
    ["desktop", "1.13", true],
    ["excel-2019", "1.8", true],
    ["excel-2019", "1.9", false],
    ["excel-2016", "1.4", true],
    ["excel-2016", "1.7", false],
  ] as const)("%s supports ExcelApi %s: %s", (profile, version, expected) => {
    const office = createSimulator({ profile }).Office as typeof Office;
    expect(office.context.requirements.isSetSupported("ExcelApi", version)).toBe(expected);
  });
});

describe("an API above the profile fails at sync with ApiNotFound (error codes: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling)", () => {
  test("setCellProperties (ExcelApi 1.9) in Excel 2019: earlier actions of the batch stay applied", async () => {
    const { sim, run } = simulator("excel-2019");
    const err = await rejection(
      run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
        range.values = [["trước"]];
        range.setCellProperties([[{ format: { font: { bold: true } } }]]);
        await context.sync();
      }),
    );
    expect(err.code).toBe("ApiNotFound");
    expect(err.debugInfo.errorLocation).toBe("Range.setCellProperties");
    expect(sim.workbook.cell("Sheet1", "A1").value).toBe("trước");
    expect(sim.workbook.cell("Sheet1", "A1").format.bold).toBe(false);
  });

  test("freezePanes (1.7) and pageLayout (1.9) are ApiNotFound in Excel 2016 and Excel 2019 respectively", async () => {
    const old = simulator("excel-2016");
    expect((await rejection(old.run(async (c) => { c.workbook.worksheets.getItem("Sheet1").freezePanes.freezeRows(1); await c.sync(); }))).code).toBe("ApiNotFound");
    const y2019 = simulator("excel-2019");
    await y2019.run(async (c) => { c.workbook.worksheets.getItem("Sheet1").freezePanes.freezeRows(1); await c.sync(); });
    expect(y2019.sim.workbook.frozenRows("Sheet1")).toBe(1);
    expect((await rejection(y2019.run(async (c) => { c.workbook.worksheets.getItem("Sheet1").pageLayout.orientation = "Landscape"; await c.sync(); }))).code).toBe("ApiNotFound");
  });

  test("getSurroundingRegion (1.7) in Excel 2016; settings (1.4) work there", async () => {
    const { sim, run } = simulator("excel-2016");
    const err = await rejection(run(async (c) => { c.workbook.getSelectedRange().getSurroundingRegion().load("address"); await c.sync(); }));
    expect(err.code).toBe("ApiNotFound");
    await run(async (c) => { c.workbook.settings.add("k", { a: 1 }); await c.sync(); });
    expect(sim.workbook.settings()).toEqual({ k: { a: 1 } });
  });
});

test("Office.context.partitionKey is set on the web and undefined on desktop (https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings)", () => {
  expect((createSimulator({ profile: "web" }).Office as typeof Office).context.partitionKey).toEqual(expect.any(String));
  expect((createSimulator({ profile: "desktop" }).Office as typeof Office).context.partitionKey).toBeUndefined();
});
