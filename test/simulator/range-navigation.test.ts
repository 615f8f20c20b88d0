/**
 * Ranges derived from ranges, resolved when the batch runs.
 * Source: Excel.Range reference https://learn.microsoft.com/javascript/api/excel/excel.range
 */
import { rejection, simulator } from "./sim-helpers";

test("getCell, getOffsetRange, getResizedRange (1.2), getColumn, getIntersection, getBoundingRect give the documented addresses (Excel.Range reference)", async () => {
  const { run } = simulator();
  const addresses = await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const base = sheet.getRange("B3:D5");
    const ranges = [
      base.getCell(1, 1),
      base.getOffsetRange(2, -1),
      base.getResizedRange(1, -1),
      base.getColumn(2),
      base.getIntersection("C4:F9"),
      base.getBoundingRect("F1"),
    ];
    ranges.forEach((r) => r.load("address"));
    const none = base.getIntersectionOrNullObject("H8:H9").load("address");
    await context.sync();
    return [...ranges.map((r) => r.address), none.isNullObject];
  });
  expect(addresses).toEqual(["Sheet1!C4", "Sheet1!A5:C7", "Sheet1!B3:C6", "Sheet1!D3:D5", "Sheet1!C4:D5", "Sheet1!B1:F5", true]);
});

test("a range resized past the sheet's edge (row 1,048,576 / column XFD) is refused with InvalidArgument (Excel worksheet limits, 1,048,576 × 16,384: https://support.microsoft.com/cs-cz/office/limity-excelov%C3%BDch-list%C5%AF-a-se%C5%A1it%C5%AF-c13798fc-f1d5-4e73-998d-c02268bc65ae; the code is an assumption the add-in shares)", async () => {
  const { run } = simulator();
  const err = await rejection(
    run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1048570").getResizedRange(10, 0).load("address");
      await context.sync();
    }),
  );
  expect(err.code).toBe("InvalidArgument");
});

test("worksheets: getItemOrNullObject (1.4), add, add of an existing name fails with ItemAlreadyExists, items load with their names (WorksheetCollection reference https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection)", async () => {
  const { sim, run } = simulator();
  const names = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.add("Báo cáo");
    const missing = sheets.getItemOrNullObject("Không có").load("name");
    sheets.load("items/name");
    await context.sync();
    return [missing.isNullObject, sheets.items.map((s) => s.name)];
  });
  expect(names).toEqual([true, ["Sheet1", "Báo cáo"]]);
  expect(sim.workbook.sheetNames()).toEqual(["Sheet1", "Báo cáo"]);
  const err = await rejection(run(async (context) => {
    context.workbook.worksheets.add("báo cáo");
    await context.sync();
  }));
  expect(err.code).toBe("ItemAlreadyExists");
});

test("clear(\"Formats\") resets fill, font and number format and keeps the content; clear() empties (Range.clear, ClearApplyTo reference https://learn.microsoft.com/javascript/api/excel/excel.clearapplyto)", async () => {
  const { sim, run } = simulator();
  sim.workbook.setCell("Sheet1", "A1", 0.5);
  sim.workbook.setFill("Sheet1", "A1", "#FFFF00");
  await run(async (context) => {
    const a1 = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    a1.numberFormat = [["0%"]];
    a1.format.font.bold = true;
    await context.sync();
    a1.clear("Formats");
    await context.sync();
  });
  expect(sim.workbook.cell("Sheet1", "A1")).toMatchObject({ value: 0.5, numberFormat: "General", format: { bold: false, fillColor: null } });
  await run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1").clear();
    await context.sync();
  });
  expect(sim.workbook.usedAddress("Sheet1")).toBeNull();
});

test("setCellProperties: a fill pattern \"None\" removes the fill, a colour sets a solid one (CellPropertiesFill reference https://learn.microsoft.com/javascript/api/excel/excel.cellpropertiesfill)", async () => {
  const { sim, run } = simulator();
  sim.workbook.setFill("Sheet1", "A1:B1", "#FFFF00");
  await run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").setCellProperties([
      [{ format: { fill: { pattern: "None" } } }, { format: { fill: { color: "#92D050" }, font: { bold: true } } }],
    ]);
    await context.sync();
  });
  expect(sim.workbook.cell("Sheet1", "A1").format.fillColor).toBeNull();
  expect(sim.workbook.cell("Sheet1", "B1").format).toMatchObject({ fillColor: "#92D050", bold: true });
});

test("getUsedRangeOrNullObject (1.4) is a null object on an empty sheet; getUsedRange(true) counts values only (Worksheet.getUsedRangeOrNullObject reference)", async () => {
  const { sim, run } = simulator();
  const empty = await run(async (context) => {
    const used = context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject().load("address");
    await context.sync();
    return used.isNullObject;
  });
  expect(empty).toBe(true);
  sim.workbook.setCell("Sheet1", "B2", 1);
  sim.workbook.setFill("Sheet1", "D9", "#FF0000");
  const [all, values] = await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const a = sheet.getUsedRange().load("address");
    const v = sheet.getUsedRange(true).load("address");
    await context.sync();
    return [a.address, v.address];
  });
  expect([all, values]).toEqual(["Sheet1!B2:D9", "Sheet1!B2"]);
});

test("a chart found by name can be deleted and replaced (ChartCollection.getItem, Chart.delete reference https://learn.microsoft.com/javascript/api/excel/excel.chart)", async () => {
  const { sim, run } = simulator();
  sim.workbook.setCells("Sheet1", "A1", [[1], [2]]);
  const add = () =>
    run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.charts.load("items/name");
      await context.sync();
      if (sheet.charts.items.some((c) => c.name === "c")) sheet.charts.getItem("c").delete();
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:A2"), "Columns").name = "c";
      await context.sync();
    });
  await add();
  await add();
  expect(sim.workbook.charts("Sheet1").map((c) => c.name)).toEqual(["c"]);
});

test("getEntireRow is the whole row, an unbounded range whose rowHeight can be read and set (Range.getEntireRow, RangeFormat.rowHeight reference)", async () => {
  const { sim, run } = simulator();
  const [address, before] = await run(async (context) => {
    const row = context.workbook.worksheets.getItem("Sheet1").getRange("C3:D3").getEntireRow();
    row.load("address");
    row.format.load("rowHeight");
    await context.sync();
    const was = row.format.rowHeight;
    row.format.rowHeight = 42;
    await context.sync();
    return [row.address, was];
  });
  expect([address, before]).toEqual(["Sheet1!3:3", 15]);
  expect(sim.workbook.rowHeight("Sheet1", 3)).toBe(42);
});
