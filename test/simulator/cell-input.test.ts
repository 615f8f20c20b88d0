/** What Excel makes of strings written through Range.values / Range.formulas. */
import { simulator } from "./sim-helpers";

const VALUES_DOC = "Range.values reference (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member)";
const TYPING_DOC = "https://learn.microsoft.com/office/client-developer/excel/excel-worksheet-and-expression-evaluation";

async function write(input: unknown, via: "values" | "formulas" = "values") {
  const { sim, run } = simulator();
  await run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    if (via === "values") range.values = [[input]];
    else range.formulas = [[input]];
    await context.sync();
  });
  return sim.workbook.cell("Sheet1", "A1");
}

describe(`a string starting with "=", "+" or "-" is read as a formula: ${VALUES_DOC}; ${TYPING_DOC}`, () => {
  test('"=1+2" through values is a formula', async () => {
    const cell = await write("=1+2");
    expect(cell.formula).toBe("=1+2");
    expect(cell.value).toBe(3);
  });

  test('"- Ngành khai khoáng" (a label with a leading dash) becomes a formula that shows #NAME?', async () => {
    const cell = await write("- Ngành khai khoáng", "formulas");
    expect(cell.formula).toBe("=- Ngành khai khoáng");
    expect(cell.value).toBe("#NAME?");
  });

  test('"+5" and "-5" are numbers, a bare "-" stays text', async () => {
    expect((await write("+5")).value).toBe(5);
    expect((await write("-5")).value).toBe(-5);
    const dash = await write("-");
    expect(dash.value).toBe("-");
    expect(dash.formula).toBeNull();
  });

  test("an apostrophe first keeps the rest as text and is not part of the value", async () => {
    const cell = await write("'- Ngành khai khoáng");
    expect(cell.value).toBe("- Ngành khai khoáng");
    expect(cell.formula).toBeNull();
    expect(cell.hasApostrophe).toBe(true);
  });
});

test("null in the 2-D array leaves that cell unchanged, \"\" empties it (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values)", async () => {
  const { sim, run } = simulator();
  sim.workbook.setCells("Sheet1", "A1", [["a", "b", "c"]]);
  await run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").values = [[null, "", "z"]];
    await context.sync();
  });
  expect(["A1", "B1", "C1"].map((a) => sim.workbook.cell("Sheet1", a).value)).toEqual(["a", "", "z"]);
});

test("a cell formatted as Text (\"@\") keeps a string as text, even \"=A2\" (the \"@\" text section of number format codes, ECMA-376 18.8.31 https://learn.microsoft.com/previous-versions/office/ee859234(v=office.14); input handling as Excel's UI, no API page states it)", async () => {
  const { sim, run } = simulator();
  await run(async (context) => {
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
    range.numberFormat = [["@", "@"]];
    range.values = [["=A2", "001"]];
    await context.sync();
  });
  expect(sim.workbook.cell("Sheet1", "A1")).toMatchObject({ value: "=A2", formula: null });
  expect(sim.workbook.cell("Sheet1", "B1").value).toBe("001");
});

describe("range.formulas and range.values drop a text cell's leading apostrophe (office-js #6687 https://github.com/OfficeDev/office-js/issues/6687)", () => {
  test("'001 and '=x read back without the apostrophe; written back they become a number and a formula", async () => {
    const { sim, run } = simulator();
    sim.workbook.setCells("Sheet1", "A1", [["'001", "'=B5"]]);
    const read = await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.load(["formulas", "values"]);
      await context.sync();
      return { formulas: range.formulas, values: range.values };
    });
    expect(read.formulas).toEqual([["001", "=B5"]]);
    expect(read.values).toEqual([["001", "=B5"]]);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").formulas = read.formulas;
      await context.sync();
    });
    expect(sim.workbook.cell("Sheet1", "A1").value).toBe(1);
    expect(sim.workbook.cell("Sheet1", "B1").formula).toBe("=B5");
  });
});
