import type { CommandGroup } from "./command";
import { dataGroup } from "./commands/data";
import { textGroup } from "./commands/text";
import { workbookGroup } from "./commands/workbook";

/** Every command group of the CLI. Each group lives in src/cli/commands/<group>.ts. */
export function commandGroups(): CommandGroup[] {
  return [workbookGroup, dataGroup, textGroup];
}
