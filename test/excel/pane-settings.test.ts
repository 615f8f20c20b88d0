import { PANE_KEY, loadPaneSettings, savePaneSettings } from "../../src/excel/pane-settings";
import { noWait, openExcel, type TestExcel } from "./sim";

let xl: TestExcel;
beforeEach(() => {
  xl = openExcel("web");
});
afterEach(() => xl.close());

async function store(value: unknown): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.settings.add(PANE_KEY, value);
    await context.sync();
  });
}

describe("pane settings remembered per workbook", () => {
  test("are stored in the workbook's settings and read back, one sync each", async () => {
    const settings = { lang: "vi", comparisonStyle: "index", decimals: 1, sourceColumn: true, dataUrl: "" };
    await savePaneSettings(settings, { run: noWait });
    expect(xl.sim.stats.syncs).toBe(1);
    expect(xl.sim.workbook.settings()[PANE_KEY]).toEqual(settings);
    expect(await loadPaneSettings({ run: noWait })).toEqual(settings);
    expect(xl.sim.stats.syncs).toBe(2);
  });

  test("a workbook without settings, or with a damaged value, gives none (the pane keeps its defaults)", async () => {
    expect(await loadPaneSettings({ run: noWait })).toEqual({});
    await store("index");
    expect(await loadPaneSettings({ run: noWait })).toEqual({});
    await store(["index"]);
    expect(await loadPaneSettings({ run: noWait })).toEqual({});
  });
});
