/** --help after a command shows that command's usage; after a group, the group's commands. */
import { runCli } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/command";

async function help(argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const io: CliIO = { out: (t) => out.push(t), err: (t) => out.push(t), lang: "vi", root: process.cwd() };
  const code = await runCli(argv, io);
  return { code, out: out.join("\n") };
}

test("data import --help: the import's own usage, not every command", async () => {
  const r = await help(["data", "import", "--help"]);
  expect(r.code).toBe(0);
  expect(r.out).toContain("data import --in");
  expect(r.out).not.toContain("workbook build");
  expect(r.out).not.toContain("data list");
});

test("workbook --help: the group's commands only; no group: all of them", async () => {
  const group = await help(["workbook", "--help"]);
  expect(group.out).toContain("workbook fill");
  expect(group.out).not.toContain("data import");
  const all = await help(["--help"]);
  expect(all.code).toBe(0);
  expect(all.out).toContain("workbook fill");
  expect(all.out).toContain("data import");
  const none = await help([]);
  expect(none.code).toBe(2);
});
