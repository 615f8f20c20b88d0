/** Cell formats as the Excel JavaScript API reads and writes them. */
import { simulator } from "./sim-helpers";

const FILL_PROPS = { format: { fill: { color: true, pattern: true } } };

describe("a cell with no fill reads like a white one (office-js #4900 https://github.com/OfficeDev/office-js/issues/4900, #6218 https://github.com/OfficeDev/office-js/issues/6218)", () => {
  test("getCellProperties: no fill and solid white both answer color #FFFFFF, pattern null for no fill", async () => {
    const { sim, run } = simulator();
    sim.workbook.setFill("Sheet1", "B1", "#FFFFFF");
    const props = await run(async (context) => {
      const result = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").getCellProperties(FILL_PROPS);
      await context.sync();
      return result.value;
    });
    expect(props[0]![0]!.format!.fill).toEqual({ color: "#FFFFFF", pattern: null });
    expect(props[0]![1]!.format!.fill!.color).toBe("#FFFFFF");
  });

  test("range.format.fill.color of an unfilled range is #FFFFFF; only tintAndShade (null) tells no fill apart", async () => {
    const { run } = simulator();
    const fill = await run(async (context) => {
      const f = context.workbook.worksheets.getItem("Sheet1").getRange("C3").format.fill;
      f.load(["color", "tintAndShade"]);
      await context.sync();
      return { color: f.color, tintAndShade: f.tintAndShade };
    });
    expect(fill).toEqual({ color: "#FFFFFF", tintAndShade: null });
  });

  test("writing the answer back with setCellProperties paints a solid white fill over the gridlines", async () => {
    const { sim, run } = simulator();
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      const before = range.getCellProperties(FILL_PROPS);
      await context.sync();
      range.setCellProperties(before.value);
      await context.sync();
    });
    expect(sim.workbook.cell("Sheet1", "A1").format.fillColor).toBe("#FFFFFF");
    expect(sim.workbook.usedAddress("Sheet1")).toBe("A1");
  });
});

test("a format property of a range whose cells differ reads null (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values)", async () => {
  const { run } = simulator();
  const bold = await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1").format.font.bold = true;
    const both = sheet.getRange("A1:A2").format.font;
    const first = sheet.getRange("A1").format.font;
    both.load("bold");
    first.load("bold");
    await context.sync();
    return [both.bold, first.bold];
  });
  expect(bold).toEqual([null, true]);
});

test("borders: edges and inside lines land on the cells' sides (Range.format.borders, RangeBorderCollection.getItem https://learn.microsoft.com/javascript/api/excel/excel.rangebordercollection)", async () => {
  const { sim, run } = simulator();
  await run(async (context) => {
    const borders = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").format.borders;
    for (const edge of ["EdgeTop", "InsideHorizontal"] as const) borders.getItem(edge).style = "Continuous";
    await context.sync();
  });
  expect(sim.workbook.cell("Sheet1", "A1").format.borders).toEqual({ top: "Continuous Thin", bottom: "Continuous Thin" });
  expect(sim.workbook.cell("Sheet1", "B2").format.borders).toEqual({ top: "Continuous Thin" });
});

test("AutoFit skips merged cells: a wrapped merged title keeps its row height (reported Excel behaviour: https://stackoverflow.org.cn/questions/12132726)", async () => {
  const { sim, run } = simulator();
  const long = "BÁO CÁO TÌNH HÌNH THỰC HIỆN KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM";
  sim.workbook.setCell("Sheet1", "A1", long);
  sim.workbook.setCell("Sheet1", "A3", long);
  sim.workbook.merge("Sheet1", "A1:C1");
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:C3").format.wrapText = true;
    sheet.getRange("A1:C3").format.autofitRows();
    await context.sync();
  });
  expect(sim.workbook.rowHeight("Sheet1", 1)).toBe(15);
  expect(sim.workbook.rowHeight("Sheet1", 3)).toBeGreaterThan(30);
});

test("Range.text is the value as shown under its number format, in the locale's separators (Range.text reference https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-text-member)", async () => {
  for (const [locale, expected] of [["vi-VN", [["1.234.567,89", "52,68%", "-12,5"]]], ["en-US", [["1,234,567.89", "52.68%", "-12.5"]]]] as const) {
    const { run } = simulator("web", locale);
    const text = await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.values = [[1234567.891, 0.5268, -12.5]];
      range.numberFormat = [["#,##0.00", "0.00%", "General"]];
      range.load("text");
      await context.sync();
      return range.text;
    });
    expect(text).toEqual(expected);
  }
});

test("getCellProperties: border options name the fields once for every side (CellPropertiesBorderLoadOptions https://learn.microsoft.com/javascript/api/excel/excel.cellpropertiesborderloadoptions); written back they restore the borders", async () => {
  const { sim, run } = simulator();
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("B2").format.borders.getItem("EdgeTop").style = "Continuous";
    const props = sheet.getRange("B2").getCellProperties({ format: { borders: { style: true, weight: true } } });
    await context.sync();
    expect(props.value[0]![0]!.format!.borders).toEqual({
      top: { style: "Continuous", weight: "Thin" },
      bottom: { style: "None", weight: "Thin" },
      left: { style: "None", weight: "Thin" },
      right: { style: "None", weight: "Thin" },
    });
    sheet.getRange("D4").setCellProperties(props.value);
    await context.sync();
  });
  expect(sim.workbook.cell("Sheet1", "D4").format.borders).toEqual({ top: "Continuous Thin" });
});

test("autofitColumns widens a column to its widest shown text; a RangeBorder reads back its style (RangeFormat.autofitColumns, RangeBorder reference https://learn.microsoft.com/javascript/api/excel/excel.rangeborder)", async () => {
  const { sim, run } = simulator();
  sim.workbook.setCells("Sheet1", "A1", [["Giá trị sản xuất công nghiệp"], ["x"]]);
  const style = await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:A2").format.autofitColumns();
    sheet.getRange("A1:A2").format.borders.getItem("EdgeBottom").style = "Continuous";
    const bottom = sheet.getRange("A1:A2").format.borders.getItem("EdgeBottom").load("style");
    const inside = sheet.getRange("A1:A2").format.borders.getItem("InsideHorizontal").load("style");
    await context.sync();
    return [bottom.style, inside.style];
  });
  expect(style).toEqual(["Continuous", "None"]);
  expect(sim.workbook.columnWidth("Sheet1", "A")).toBeGreaterThan(100);
  expect(sim.workbook.columnWidth("Sheet1", "B")).toBe(48);
});

test("RangeFormat.useStandardHeight: true for rows of the standard height, false once a height is set, null for mixed rows; setting true gives the standard height back, false does nothing (ExcelApi 1.7, https://learn.microsoft.com/javascript/api/excel/excel.rangeformat#excel-excel-rangeformat-usestandardheight-member)", async () => {
  const { sim, run } = simulator();
  const read = (address: string) =>
    run(async (context) => {
      const format = context.workbook.worksheets.getItem("Sheet1").getRange(address).format;
      format.load("useStandardHeight");
      await context.sync();
      return format.useStandardHeight;
    });
  expect(await read("2:2")).toBe(true);
  await run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("2:2").format.rowHeight = 40;
    await context.sync();
  });
  expect(await read("2:2")).toBe(false);
  expect(await read("1:2")).toBeNull();
  await run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("2:2").format.useStandardHeight = false;
    await context.sync();
  });
  expect(sim.workbook.rowHeight("Sheet1", 2)).toBe(40);
  await run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("2:2").format.useStandardHeight = true;
    await context.sync();
  });
  expect(sim.workbook.rowHeight("Sheet1", 2)).toBe(15);
  expect(await read("1:2")).toBe(true);
});
