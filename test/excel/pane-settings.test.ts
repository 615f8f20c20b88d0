import { PANE_KEY, loadPaneSettings, savePaneSettings } from "../../src/excel/pane-settings";
import { FakeExcel } from "./fake-excel";

const noWait = { retries: 0, sleep: async () => {} };
let fake: FakeExcel;
beforeEach(() => {
  fake = new FakeExcel().install();
});
afterEach(() => fake.uninstall());

describe("pane settings remembered per workbook", () => {
  test("are stored in the workbook's settings and read back, one sync each", async () => {
    const settings = { lang: "vi", comparisonStyle: "index", decimals: 1, sourceColumn: true, dataUrl: "" };
    await savePaneSettings(settings, { run: noWait });
    expect(fake.syncCount).toBe(1);
    expect(fake.settings.get(PANE_KEY)).toEqual(settings);
    expect(await loadPaneSettings({ run: noWait })).toEqual(settings);
    expect(fake.syncCount).toBe(2);
  });

  test("a workbook without settings, or with a damaged value, gives none (the pane keeps its defaults)", async () => {
    expect(await loadPaneSettings({ run: noWait })).toEqual({});
    fake.settings.set(PANE_KEY, "index");
    expect(await loadPaneSettings({ run: noWait })).toEqual({});
    fake.settings.set(PANE_KEY, ["index"]);
    expect(await loadPaneSettings({ run: noWait })).toEqual({});
  });
});
