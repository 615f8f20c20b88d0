/** Merged cells as the Excel JavaScript API reports and changes them. */
import { rejection, simulator } from "./sim-helpers";

describe("getMergedAreasOrNullObject returns only merges whose top-left cell is in the range (office-js #3611 https://github.com/OfficeDev/office-js/issues/3611)", () => {
  test("a title merged across A1:H1 is not reported for C1:E3, but is for A1:C3", async () => {
    const { sim, run } = simulator();
    sim.workbook.merge("Sheet1", "A1:H1");
    const found = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const fromC = sheet.getRange("C1:E3").getMergedAreasOrNullObject();
      const fromA = sheet.getRange("A1:C3").getMergedAreasOrNullObject();
      fromC.load("address");
      fromA.load("address");
      await context.sync();
      return { fromC: fromC.isNullObject, fromA: fromA.isNullObject ? null : fromA.address };
    });
    expect(found).toEqual({ fromC: true, fromA: "Sheet1!A1:H1" });
  });

  test("RangeAreas.address names the sheet on every area, joined by \", \" (RangeAreas.address reference https://learn.microsoft.com/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-address-member); a sheet name with a comma is quoted", async () => {
    const { sim, run } = simulator("web", "vi-VN", ["Thu, chi"]);
    sim.workbook.merge("Thu, chi", "A1:B1");
    sim.workbook.merge("Thu, chi", "A3:B3");
    const address = await run(async (context) => {
      const areas = context.workbook.worksheets.getItem("Thu, chi").getRange("A1:D5").getMergedAreasOrNullObject();
      areas.load("address");
      await context.sync();
      return areas.address;
    });
    expect(address).toBe("'Thu, chi'!A1:B1, 'Thu, chi'!A3:B3");
  });

  test("the API is ExcelApi 1.13: Excel 2019 answers ApiNotFound (requirement sets https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets)", async () => {
    const { run } = simulator("excel-2019");
    const err = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").getMergedAreasOrNullObject().load("address");
        await context.sync();
      }),
    );
    expect(err.code).toBe("ApiNotFound");
  });
});

describe("merge and unmerge (Range.merge / Range.unmerge reference https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member)", () => {
  test("merging keeps only the upper-left cell's content; unmerge removes every merge the range touches", async () => {
    const { sim, run } = simulator();
    sim.workbook.setCells("Sheet1", "A1", [["giữ", "mất"]]);
    sim.workbook.merge("Sheet1", "D1:E2");
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").merge(false);
      await context.sync();
    });
    expect(sim.workbook.cell("Sheet1", "A1").value).toBe("giữ");
    expect(sim.workbook.cell("Sheet1", "B1").value).toBe("");
    expect(sim.workbook.merges("Sheet1")).toEqual(["D1:E2", "A1:B1"]);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B1:E1").unmerge();
      await context.sync();
    });
    expect(sim.workbook.merges("Sheet1")).toEqual([]);
  });

  test("merge(true) merges each row of the range separately", async () => {
    const { sim, run } = simulator();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:C2").merge(true);
      await context.sync();
    });
    expect(sim.workbook.merges("Sheet1")).toEqual(["A1:C1", "A2:C2"]);
  });
});
