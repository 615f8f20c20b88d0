import { buildTemplate, completionChart, DEFAULT_OPTIONS } from "../../src/core/templates";
import { UserError } from "../../src/core/user-error";
import { ChartUnsupportedError, insertCompletionChart } from "../../src/excel/chart";
import { insertBlock } from "../../src/excel/insert-block";
import { BLOCKS_KEY, type BlockRecord } from "../../src/excel/block-records";
import { loadDataset } from "../core/templates/evaluate";
import { productsBlock } from "./blocks";
import { content, noWait, openExcel, type TestExcel } from "./sim";

const h1 = loadDataset("tv-sct-2020-h1")!;
let xl: TestExcel;
const wb = () => xl.sim.workbook;
const charts = () => wb().charts("Sheet1");
const records = () => wb().settings()[BLOCKS_KEY] as BlockRecord[];

beforeEach(() => {
  xl = openExcel("web");
});
afterEach(() => xl.close());

/** The products table of seeds/001 (13 products, 6 months of 2020) inserted at B2. */
async function insertProducts(style: "percent" | "index" = "percent"): Promise<string> {
  const block = buildTemplate("products", { dataset: h1 }, { ...DEFAULT_OPTIONS, comparisonStyle: style });
  const done = await insertBlock(block, { overwrite: false, anchor: "B2", run: noWait });
  return done.address;
}

describe("completionChart", () => {
  test("names the product and % of plan columns and the 13 product rows of the products table", () => {
    const block = buildTemplate("products", { dataset: h1 }, DEFAULT_OPTIONS);
    const chart = completionChart(block)!;
    // Columns B (name) and 4=2/1 (% of plan) of the table: block columns 1 and 6.
    expect(chart).toMatchObject({ labelCol: 1, valueCol: 6, full: 1 });
    expect(chart.lastRow - chart.firstRow + 1).toBe(13);
    expect(block.cells[chart.firstRow]![1]!.value).toBe("Thủy sản đông lạnh");
    expect(block.cells[chart.lastRow]![1]!.value).toBe("Đường kết");
  });

  test("leaves out the IIP row, whose % of plan is a dash, and has no chart for tables without % of plan", () => {
    const main = buildTemplate("main-indicators", { dataset: h1 }, { ...DEFAULT_OPTIONS, comparisonStyle: "growth" });
    const chart = completionChart(main)!;
    const names = Array.from({ length: chart.lastRow - chart.firstRow + 1 }, (_, i) => main.cells[chart.firstRow + i]![1]!.value);
    expect(names).not.toContain("Chỉ số sản xuất công nghiệp");
    expect(names).toContain("Giá trị sản xuất công nghiệp");
    // In the growth style the plan column shows the index: the plan is 100.
    expect(chart.full).toBe(100);
    expect(completionChart(buildTemplate("remaining", { dataset: h1 }, DEFAULT_OPTIONS))).toBeNull();
    expect(completionChart(buildTemplate("tasks", null, DEFAULT_OPTIONS))).toBeNull();
  });

  test("a dash between % of plan rows would chart as 0%: such a block gets no chart", () => {
    const block = buildTemplate("products", { dataset: h1 }, DEFAULT_OPTIONS);
    const chart = completionChart(block)!;
    block.cells[chart.firstRow + 3]![6] = { value: "-", role: "label" };
    expect(completionChart(block)).toBeNull();
  });
});

describe("insertCompletionChart", () => {
  test("adds a clustered column chart of % of plan with a 100% line beside the table, in 2 syncs", async () => {
    const id = await insertProducts();
    expect(id).toBe("Sheet1!B2:I27");
    const before = xl.sim.stats.syncs;
    const result = await insertCompletionChart(id, { run: noWait });
    expect(xl.sim.stats.syncs - before).toBe(2);
    expect(result.syncs).toBe(2);

    const [chart] = charts();
    expect(charts()).toHaveLength(1);
    expect(chart!.name).toBe(result.name);
    expect(chart!.type).toBe("ColumnClustered");
    expect(chart!.title).toBe("Tỷ lệ hoàn thành kế hoạch (%)");
    // Block rows 7..19 are sheet rows 9..21; product names in C, % of plan (4=2/1) in H.
    expect(chart!.source).toBe("Sheet1!H9:H21");
    const [bars, line] = chart!.series;
    expect(bars).toMatchObject({ values: "Sheet1!H9:H21", xValues: "Sheet1!C9:C21", chartType: null });
    expect(content(xl.sim, "C9")).toBe("Thủy sản đông lạnh");
    expect(content(xl.sim, "H9")).toMatch(/^=IF\(.*F9\/E9/);
    // The plan line: a series of its own type over 13 cells holding 1 (shown 100%).
    expect(line).toMatchObject({ name: "Kế hoạch (100%)", values: "Sheet1!K9:K21", xValues: "Sheet1!C9:C21", chartType: "Line" });
    for (let r = 9; r <= 21; r++) expect(wb().cell("Sheet1", `K${r}`)).toMatchObject({ value: 1, numberFormat: "0%", text: "100%" });
    expect(content(xl.sim, "K8")).toBe("");
    // Beside the table: one empty column (J) between the table's last column (I) and the chart.
    expect(chart!.position).toEqual({ start: "K2", end: "R27" });
    expect(result).toMatchObject({ values: "Sheet1!H9:H21", labels: "Sheet1!C9:C21", reference: "Sheet1!K9:K21", placedAt: "Sheet1!K2:R27", rows: 13 });
  });

  test("in the index style the plan line is at 100", async () => {
    const id = await insertProducts("index");
    await insertCompletionChart(id, { run: noWait });
    expect(wb().cell("Sheet1", "K9")).toMatchObject({ value: 100, numberFormat: "0" });
    expect(records()[0]!.chart?.full).toBe(100);
  });

  test("says in Vietnamese and English that this Excel is too old, before any sync", async () => {
    const id = await insertProducts();
    xl.close();
    xl = openExcel("excel-2016");
    const before = xl.sim.stats.syncs;
    const err = await insertCompletionChart(id, { run: noWait }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChartUnsupportedError);
    expect((err as UserError).text.vi).toContain("chưa hỗ trợ chèn biểu đồ");
    expect((err as UserError).text.vi).toContain("ExcelApi 1.7");
    expect((err as UserError).text.en).toContain("ExcelApi 1.7");
    expect(xl.sim.stats.syncs).toBe(before);
    expect(charts()).toHaveLength(0);
  });

  test("refuses to write the 100% column over the planner's data, and writes nothing", async () => {
    const id = await insertProducts();
    wb().setCell("Sheet1", "K12", "ghi chú");
    const err = await insertCompletionChart(id, { run: noWait }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).code).toBe("chart-cells-taken");
    expect((err as UserError).text.vi).toContain("K12");
    expect(charts()).toHaveLength(0);
    expect(content(xl.sim, "K9")).toBe("");
    expect(content(xl.sim, "K12")).toBe("ghi chú");
  });

  test("a protected sheet is reported before anything is written", async () => {
    const id = await insertProducts();
    wb().protect("Sheet1", true);
    const err = await insertCompletionChart(id, { run: noWait }).catch((e: unknown) => e);
    expect((err as UserError).code).toBe("target-protected");
    expect((err as UserError).text.vi).toContain("được bảo vệ");
    expect(charts()).toHaveLength(0);
  });

  test("a table without a % of plan column gets a clear message", async () => {
    const block = buildTemplate("remaining", { dataset: h1 }, DEFAULT_OPTIONS);
    const done = await insertBlock(block, { overwrite: false, anchor: "B2", run: noWait });
    const err = await insertCompletionChart(done.address, { run: noWait }).catch((e: unknown) => e);
    expect((err as UserError).code).toBe("chart-not-available");
    expect((err as UserError).text.vi).toContain("% so kế hoạch");
    expect(charts()).toHaveLength(0);
  });

  test("inserting the chart again replaces the earlier one and its 100% cells, still in 2 syncs", async () => {
    const id = await insertProducts();
    await insertCompletionChart(id, { run: noWait });
    const before = xl.sim.stats.syncs;
    await insertCompletionChart(id, { run: noWait });
    expect(xl.sim.stats.syncs - before).toBe(2);
    expect(charts()).toHaveLength(1);
    expect(charts()[0]!.series.map((x) => x.values)).toEqual(["Sheet1!H9:H21", "Sheet1!K9:K21"]);
    // A value the planner typed there since is still protected.
    wb().setCell("Sheet1", "K10", 7);
    const err = await insertCompletionChart(id, { run: noWait }).catch((e: unknown) => e);
    expect((err as UserError).code).toBe("chart-cells-taken");
    expect((err as UserError).text.vi).toContain("K10");
    expect(charts()).toHaveLength(1);
  });

  test("charts the rows and columns the caller names when the workbook's record has none", async () => {
    // The hand-made block of blocks.ts: names in column A, % of plan in column F, rows 4-6.
    const block = productsBlock(3);
    block.meta.templateId = "hand-made";
    const done = await insertBlock(block, { overwrite: false, anchor: "B2", run: noWait });
    expect(records()[0]!.chart).toBeUndefined();
    const result = await insertCompletionChart(done.address, { chart: { labelCol: 0, valueCol: 5, firstRow: 4, lastRow: 6, full: 1 }, run: noWait });
    expect(result).toMatchObject({ labels: "Sheet1!B6:B8", values: "Sheet1!G6:G8", reference: "Sheet1!J6:J8", rows: 3 });
    expect(charts()[0]!.series[1]!.chartType).toBe("Line");
  });

  test("an unknown table is reported, not charted", async () => {
    const err = await insertCompletionChart("Sheet1!B2:I27", { run: noWait }).catch((e: unknown) => e);
    expect((err as UserError).code).toBe("block-not-found");
  });
});
