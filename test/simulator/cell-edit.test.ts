/**
 * While the user edits a cell Excel refuses batches with InvalidOperationInCellEditMode, unless
 * Excel.run was given { delayForCellEdit: true } (ExcelApi 1.11), which waits for the edit to end.
 * Source: https://learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member
 */
import { rejection, simulator } from "./sim-helpers";

describe("cell-edit mode (RunOptions.delayForCellEdit reference)", () => {
  test("a sync fails with InvalidOperationInCellEditMode and writes nothing", async () => {
    const { sim, run } = simulator();
    sim.setCellEditMode(true);
    const err = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidOperationInCellEditMode");
    expect(sim.workbook.cell("Sheet1", "A1").value).toBe("");
  });

  test("with delayForCellEdit the batch waits until the edit ends, then runs", async () => {
    const { sim } = simulator();
    sim.setCellEditMode(true);
    const excel = sim.Excel as typeof Excel;
    const done = excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[7]];
      await context.sync();
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(sim.workbook.cell("Sheet1", "A1").value).toBe("");
    sim.setCellEditMode(false);
    await done;
    expect(sim.workbook.cell("Sheet1", "A1").value).toBe(7);
  });

  test("Excel 2019 (before ExcelApi 1.11) ignores delayForCellEdit and fails", async () => {
    const { sim } = simulator("excel-2019");
    sim.setCellEditMode(true);
    const excel = sim.Excel as typeof Excel;
    const err = await rejection(excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[7]];
      await context.sync();
    }));
    expect(err.code).toBe("InvalidOperationInCellEditMode");
  });
});

test("failSync injects a fault into the Nth sync from now; nothing of that batch is applied", async () => {
  const { sim, run } = simulator();
  sim.failSync("GeneralException", { after: 1 });
  const err = await rejection(
    run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      await context.sync();
      sheet.getRange("A2").values = [[2]];
      await context.sync();
    }),
  );
  expect(err.code).toBe("GeneralException");
  expect([sim.workbook.cell("Sheet1", "A1").value, sim.workbook.cell("Sheet1", "A2").value]).toEqual([1, ""]);
});

test("cell-edit mode can start midway: the batch's first sync passes, the second is refused (RunOptions.delayForCellEdit reference)", async () => {
  const { sim, run } = simulator();
  sim.setCellEditMode(true, { after: 1 });
  const err = await rejection(
    run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["band 1"]];
      await context.sync();
      sheet.getRange("A2").values = [["band 2"]];
      await context.sync();
    }),
  );
  expect(err.code).toBe("InvalidOperationInCellEditMode");
  expect([sim.workbook.cell("Sheet1", "A1").value, sim.workbook.cell("Sheet1", "A2").value]).toEqual(["band 1", ""]);
});
