#!/usr/bin/env node
/**
 * Command line over the same core as the add-in. Usage: cli <group> <command> [options].
 * Messages are Vietnamese by default; --lang en switches to English.
 */
import * as path from "node:path";
import { UserError, type Lang } from "../core/user-error";
import { parseArgs, stringOption } from "./args";
import { fileErrorText } from "./file-errors";
import type { CliIO, CommandGroup } from "./command";
import { commandGroup, commandGroups } from "./registry";

function helpText(groups: CommandGroup[]): string {
  const lines = ["Cách dùng / Usage: npx chi-tieu <nhóm>  (hoặc npm run -s cli -- <nhóm>) <lệnh> [tùy chọn]", ""];
  for (const g of groups) {
    lines.push(`${g.name}: ${g.summary}`);
    for (const c of g.subcommands) lines.push(`  ${g.name} ${c.name} ${c.usage}`);
  }
  lines.push("", "Tùy chọn chung / Common: --lang vi|en, --help");
  return lines.join("\n");
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  const [groupName, commandName] = args.positional;
  if (!groupName) {
    io.out(helpText(commandGroups()));
    return args.options.has("help") ? 0 : 2;
  }
  const group = commandGroup(groupName);
  const command = group?.subcommands.find((c) => c.name === commandName);
  if (args.options.has("help")) {
    // "data import --help": that command's usage; "data --help": its group's; anything else: all of them.
    const shown = group ? [{ ...group, subcommands: command ? [command] : group.subcommands }] : commandGroups();
    io.out(helpText(shown));
    return 0;
  }
  if (!group || !command) {
    io.err(
      io.lang === "vi"
        ? `Không có lệnh "${args.positional.slice(0, 2).join(" ")}". Xem --help.`
        : `No command "${args.positional.slice(0, 2).join(" ")}". See --help.`,
    );
    return 2;
  }
  return command.run({ ...args, positional: args.positional.slice(2) }, io);
}

/** The process entry: bin/chi-tieu.js calls it once it has checked that this build is current. */
export async function main(): Promise<void> {
  // "cli data export | head" closes the pipe early: stop quietly, as other command-line tools do.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
  const argv = process.argv.slice(2);
  const lang: Lang = stringOption(parseArgs(argv), "lang") === "en" ? "en" : "vi";
  const io: CliIO = {
    out: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
    err: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
    lang,
    root: path.resolve(__dirname, "..", ".."),
  };
  process.exitCode = await runCliReportingErrors(argv, io);
}

/**
 * runCli as the shell sees it: a planner's error, or a file they named that cannot be read or written, becomes its
 * message in io.lang and exit code 1; anything else a one-line message and exit code 70 (the stack only with DEBUG set).
 */
export async function runCliReportingErrors(argv: string[], io: CliIO): Promise<number> {
  try {
    return await runCli(argv, io);
  } catch (e) {
    const text = e instanceof UserError ? e.text : fileErrorText(e);
    if (text) {
      io.err(text[io.lang]);
      return 1;
    }
    io.err(io.lang === "vi" ? `Lỗi không mong đợi: ${String(e)}` : `Unexpected error: ${String(e)}`);
    if (process.env.DEBUG) io.err(String((e as Error).stack));
    return 70;
  }
}

if (require.main === module) void main();
