import type { CommandGroup } from "./command";

/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Every command group of the CLI, each in src/cli/commands/<group>.ts. A group's module (and the
 * core it imports: extractor, templates, recalculation) is required only when that group runs, so
 * `data list` starts without loading the others; --help loads them all.
 */
const GROUPS: Record<string, () => CommandGroup> = {
  workbook: () => (require("./commands/workbook") as typeof import("./commands/workbook")).workbookGroup,
  data: () => (require("./commands/data") as typeof import("./commands/data")).dataGroup,
  text: () => (require("./commands/text") as typeof import("./commands/text")).textGroup,
};

/** The group called `name`, or undefined when there is none. */
export function commandGroup(name: string): CommandGroup | undefined {
  return Object.hasOwn(GROUPS, name) ? GROUPS[name]!() : undefined;
}

export function commandGroups(): CommandGroup[] {
  return Object.values(GROUPS).map((load) => load());
}
