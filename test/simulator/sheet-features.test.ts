/** Frozen panes, page layout, used range, current region, settings, tables and charts. */
import { rejection, simulator } from "./sim-helpers";

test("zoom { horizontalFitToPages } is ignored unless the Page Layout tab is open; { scale } is applied (office-js #1860 https://github.com/OfficeDev/office-js/issues/1860)", async () => {
  const { sim, run } = simulator();
  const setFit = () =>
    run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.orientation = "Landscape";
      layout.zoom = { horizontalFitToPages: 1 };
      await context.sync();
    });
  await setFit();
  expect(sim.workbook.pageLayout("Sheet1")).toMatchObject({ orientation: "Landscape", zoom: { scale: 100 } });
  sim.workbook.setPageLayoutTabOpen(true);
  await setFit();
  expect(sim.workbook.pageLayout("Sheet1").zoom).toEqual({ horizontalFitToPages: 1 });
});

test("PageLayout.zoom reads unused fields as null (PageLayoutZoomOptions https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions)", async () => {
  const { run } = simulator();
  const zoom = await run(async (context) => {
    const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout.load("zoom");
    await context.sync();
    return layout.zoom;
  });
  expect(zoom).toEqual({ horizontalFitToPages: null, scale: 100, verticalFitToPages: null });
});

test("frozen rows: freezeRows, getLocationOrNullObject as whole rows, unfreeze (WorksheetFreezePanes https://learn.microsoft.com/javascript/api/excel/excel.worksheetfreezepanes)", async () => {
  const { sim, run } = simulator();
  const where = await run(async (context) => {
    const panes = context.workbook.worksheets.getItem("Sheet1").freezePanes;
    const none = panes.getLocationOrNullObject().load("address");
    await context.sync();
    panes.freezeRows(4);
    const four = panes.getLocationOrNullObject().load("address");
    await context.sync();
    return [none.isNullObject, four.address];
  });
  expect(where).toEqual([true, "Sheet1!1:4"]);
  expect(sim.workbook.frozenRows("Sheet1")).toBe(4);
});

test("Worksheet.getUsedRange on an empty sheet answers A1; Range.getUsedRange with nothing used throws ItemNotFound (Worksheet.getUsedRange / Range.getUsedRange reference)", async () => {
  const { run } = simulator();
  const address = await run(async (context) => {
    const used = context.workbook.worksheets.getItem("Sheet1").getUsedRange().load("address");
    await context.sync();
    return used.address;
  });
  expect(address).toBe("Sheet1!A1");
  const err = await rejection(run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("B2:C3").getUsedRange().load("address");
    await context.sync();
  }));
  expect(err.code).toBe("ItemNotFound");
});

test("getSurroundingRegion grows over adjacent non-blank cells, diagonals included (Range.CurrentRegion https://learn.microsoft.com/office/vba/api/excel.range.currentregion)", async () => {
  const { sim, run } = simulator();
  sim.workbook.setCells("Sheet1", "B2", [["a", "b"], [1, 2]]);
  sim.workbook.setCell("Sheet1", "D4", 3);
  sim.workbook.setCell("Sheet1", "F2", "far");
  sim.workbook.select("Sheet1", "B2");
  const address = await run(async (context) => {
    const region = context.workbook.getSelectedRange().getSurroundingRegion().load("address");
    await context.sync();
    return region.address;
  });
  expect(address).toBe("Sheet1!B2:D4");
});

describe("workbook settings (ExcelApi 1.4, SettingCollection https://learn.microsoft.com/javascript/api/excel/excel.settingcollection)", () => {
  test("values travel as JSON; a missing key is a null object with getItemOrNullObject and ItemNotFound with getItem", async () => {
    const { sim, run } = simulator();
    const value = { blocks: [{ id: "Sheet1!A1:B2" }] };
    const read = await run(async (context) => {
      context.workbook.settings.add("k", value);
      const item = context.workbook.settings.getItemOrNullObject("k").load("value");
      const missing = context.workbook.settings.getItemOrNullObject("none").load("value");
      await context.sync();
      return { value: item.value, missing: missing.isNullObject };
    });
    value.blocks.push({ id: "changed after add" });
    expect(read).toEqual({ value: { blocks: [{ id: "Sheet1!A1:B2" }] }, missing: true });
    expect(sim.workbook.settings()).toEqual({ k: { blocks: [{ id: "Sheet1!A1:B2" }] } });
    const err = await rejection(run(async (context) => {
      context.workbook.settings.getItem("none").load("value");
      await context.sync();
    }));
    expect(err.code).toBe("ItemNotFound");
  });
});

test("Range.getTables lists the Excel tables the range overlaps (ExcelApi 1.9, Range.getTables reference)", async () => {
  const { sim, run } = simulator();
  sim.workbook.addTable("Sheet1", "C3:E8", "Bảng1");
  const names = await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const over = sheet.getRange("A1:C3").getTables(false).load("items/name");
    const clear = sheet.getRange("A1:B2").getTables(false).load("items/name");
    await context.sync();
    return [over.items.map((t) => t.name), clear.items.length];
  });
  expect(names).toEqual([["Bảng1"], 0]);
});

test("charts: add from a range, name, title, a second series with its own type, position (Chart / ChartSeries reference https://learn.microsoft.com/javascript/api/excel/excel.chartseries)", async () => {
  const { sim, run } = simulator();
  sim.workbook.setCells("Sheet1", "A1", [["a", 0.5, 1], ["b", 1.2, 1]]);
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const chart = sheet.charts.add("ColumnClustered", sheet.getRange("B1:B2"), "Columns");
    chart.name = "vnPlan chart";
    chart.title.text = "% kế hoạch";
    chart.series.getItemAt(0).setXAxisValues(sheet.getRange("A1:A2"));
    const line = chart.series.add("100%");
    line.setValues(sheet.getRange("C1:C2"));
    line.chartType = "Line";
    chart.setPosition("E1", "L16");
    await context.sync();
  });
  expect(sim.workbook.charts("Sheet1")).toEqual([
    expect.objectContaining({
      name: "vnPlan chart",
      title: "% kế hoạch",
      position: { start: "E1", end: "L16" },
      series: [
        expect.objectContaining({ values: "Sheet1!B1:B2", xValues: "Sheet1!A1:A2", chartType: null }),
        expect.objectContaining({ name: "100%", values: "Sheet1!C1:C2", chartType: "Line" }),
      ],
    }),
  ]);
});
