/**
 * The pane's options (comparison style, decimals, source column, language), remembered per
 * workbook in its settings so they travel with the file. The pane owns the shape; this file
 * only stores a JSON object.
 */
import { runExcel, type RunOptions } from "./run";

export const PANE_KEY = "vnPlan.pane";

/** The stored options, or {} for a workbook that has none (1 sync). */
export async function loadPaneSettings(options: { run?: RunOptions } = {}): Promise<Record<string, unknown>> {
  return runExcel(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(PANE_KEY);
    item.load("value");
    await context.sync();
    const value: unknown = item.isNullObject ? null : item.value;
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  }, options.run);
}

/** Stores the options (1 sync). */
export async function savePaneSettings(settings: object, options: { run?: RunOptions } = {}): Promise<void> {
  await runExcel(async (context) => {
    context.workbook.settings.add(PANE_KEY, settings);
    await context.sync();
  }, options.run);
}
