import type { Lang } from "../core/user-error";
import type { ParsedArgs } from "./args";

/** Where a command writes: stdout for results, stderr for messages. Injected so tests can capture. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  lang: Lang;
  /** Project root, for seeds/ and datasets/. */
  root: string;
}

export interface SubCommand {
  name: string;
  /** One line for --help, Vietnamese then English. */
  usage: string;
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}

export interface CommandGroup {
  name: string;
  summary: string;
  subcommands: SubCommand[];
}
