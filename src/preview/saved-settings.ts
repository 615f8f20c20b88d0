/**
 * The preview's workbook lives in memory and starts empty on every load. In Excel the pane's
 * options travel with the file, so reopening the pane finds them; the preview plays that part
 * by keeping the one setting the pane saves (PANE_KEY) in the page's localStorage and putting it
 * back into the new simulated workbook, through the Office API, before the pane starts. The
 * block records are not kept: their tables are gone with the sheet.
 */
import { PANE_KEY } from "../excel/pane-settings";
import type { Simulator } from "../simulator";

const STORED = "plan-indicators.preview.pane-settings";

export async function keepPaneSettings(sim: Simulator): Promise<void> {
  const saved = localStorage.getItem(STORED);
  if (saved) {
    await sim.Excel.run(async (context) => {
      context.workbook.settings.add(PANE_KEY, JSON.parse(saved) as unknown);
      await context.sync();
    });
  }
  let last = saved;
  sim.workbook.onChange(() => {
    const value = sim.workbook.settings()[PANE_KEY];
    const text = value === undefined ? null : JSON.stringify(value);
    if (text === null || text === last) return;
    last = text;
    localStorage.setItem(STORED, text);
  });
}
