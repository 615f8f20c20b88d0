import type { CommandGroup } from "./command";

/** Every command group of the CLI. Each group lives in src/cli/commands/<group>.ts. */
export function commandGroups(): CommandGroup[] {
  return [];
}
