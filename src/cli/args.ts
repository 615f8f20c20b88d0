/** Minimal argument parsing for the CLI: positional words, --flag value, --switch. */
import { UserError } from "../core/user-error";

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

/** Options that never take a value. */
const SWITCHES = new Set(["help", "json", "dry-run", "empty", "yes", "force", "convert-text", "source"]);

export function parseArgs(argv: string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-h") {
      options.set("help", true);
    } else if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      if (eq >= 0) options.set(name, arg.slice(eq + 1));
      else if (SWITCHES.has(name) || i + 1 >= argv.length || argv[i + 1]!.startsWith("--")) options.set(name, true);
      else options.set(name, argv[++i]!);
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === "string" ? v : undefined;
}

export function requiredOption(args: ParsedArgs, name: string): string {
  const v = stringOption(args, name);
  if (v === undefined) {
    throw new UserError("missing-option", {
      vi: `Thiếu tham số --${name}.`,
      en: `Missing option --${name}.`,
    });
  }
  return v;
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.options.get(name) === true;
}
