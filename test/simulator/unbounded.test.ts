/**
 * Whole rows and whole columns are unbounded ranges: cell-level properties load as null and
 * cannot be set. Source: https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-unbounded
 */
import { rejection, simulator } from "./sim-helpers";

describe("unbounded ranges (ranges-unbounded doc)", () => {
  test("a whole-row selection loads values, formulas, numberFormat and text as null; address and cellCount are valid", async () => {
    const { sim, run } = simulator();
    sim.workbook.setCells("Sheet1", "A3", [["Chỉ tiêu", 1, 2]]);
    sim.workbook.select("Sheet1", "3:3");
    const read = await run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load(["address", "cellCount", "values", "formulas", "numberFormat", "text", "rowCount", "columnCount"]);
      await context.sync();
      return { address: range.address, cells: range.cellCount, values: range.values, formulas: range.formulas, nf: range.numberFormat, text: range.text, cols: range.columnCount };
    });
    expect(read).toEqual({ address: "Sheet1!3:3", cells: 16384, values: null, formulas: null, nf: null, text: null, cols: 16384 });
  });

  test("whole columns too: \"C:C\"", async () => {
    const { run } = simulator();
    const values = await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("C:C").load(["values", "address"]);
      await context.sync();
      return [range.values, range.address];
    });
    expect(values).toEqual([null, "Sheet1!C:C"]);
  });

  test("setting values on an unbounded range is refused", async () => {
    const { run } = simulator();
    const err = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A:B").values = [["Due Date"]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
  });

  test("format.columnWidth on a whole column is fine (it is not a cell-level property)", async () => {
    const { sim, run } = simulator();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C:C").format.columnWidth = 80;
      await context.sync();
    });
    expect(sim.workbook.columnWidth("Sheet1", "C")).toBe(80);
  });
});
