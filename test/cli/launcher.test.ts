/**
 * The CLI as a command: bin/chi-tieu.js starts dist-cli without compiling, refuses a missing or
 * stale build with how to build it (Vietnamese by default), and `data list` starts within budget.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const state = require("../../bin/cli-build-state.js") as {
  cliBuildProblem(root?: string): { vi: string; en: string } | null;
};

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cli-launcher-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A project folder with the launcher, one source file and (optionally) a build stamped at `builtAt`. */
function project(name: string, builtAt: Date | null): string {
  const root = path.join(tmp, name);
  fs.mkdirSync(path.join(root, "src", "core"), { recursive: true });
  fs.cpSync(path.join(ROOT, "bin"), path.join(root, "bin"), { recursive: true });
  const source = path.join(root, "src", "core", "a.ts");
  fs.writeFileSync(source, "export const a = 1;\n");
  const sourceTime = new Date("2026-01-01T00:00:00Z");
  fs.utimesSync(source, sourceTime, sourceTime);
  fs.utimesSync(path.dirname(source), sourceTime, sourceTime);
  if (builtAt) {
    fs.mkdirSync(path.join(root, "dist-cli", "cli"), { recursive: true });
    fs.writeFileSync(path.join(root, "dist-cli", "cli", "main.js"), 'exports.main = () => process.stdout.write("ran\\n");\n');
    fs.writeFileSync(path.join(root, "dist-cli", ".built"), "");
    fs.utimesSync(path.join(root, "dist-cli", ".built"), builtAt, builtAt);
  }
  return root;
}

function launch(root: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(root, "bin", "chi-tieu.js"), ...args], { encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("bin/chi-tieu.js", () => {
  it("without dist-cli: says in Vietnamese how to build it, exit 2, no stack trace", () => {
    const r = launch(project("missing", null), ["data", "list"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Chưa dựng công cụ dòng lệnh");
    expect(r.stderr).toContain("npm run build:cli");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe("");
  });

  it("with a build older than the sources: asks for a rebuild (English with --lang en)", () => {
    const root = project("stale", new Date("2025-12-31T00:00:00Z"));
    expect(state.cliBuildProblem(root)?.vi).toMatch(/cũ hơn mã nguồn.*npm run build:cli/);
    const r = launch(root, ["data", "list", "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/older than the sources.*npm run build:cli/);
  });

  it("with a current build: runs it", () => {
    const root = project("current", new Date("2026-01-02T00:00:00Z"));
    expect(state.cliBuildProblem(root)).toBeNull();
    expect(launch(root, ["data", "list"])).toEqual({ status: 0, stdout: "ran\n", stderr: "" });
  });
});

describe("the built CLI", () => {
  beforeAll(() => {
    // npm test builds it first; a jest run on its own builds it here rather than timing a refusal.
    if (state.cliBuildProblem()) execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-cli.js")], { cwd: ROOT, stdio: "pipe" });
  }, 120_000);

  it("`data list` starts within 2× the promised 0.5 s (median of 5, this shared machine is noisy)", () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = process.hrtime.bigint();
      const r = launch(ROOT, ["data", "list"]);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/^tv-sct-2020-h1\tTrà Vinh\t/m);
    }
    const median = [...times].sort((a, b) => a - b)[2]!;
    console.log(`chi-tieu data list: median ${median.toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(", ")})`);
    expect(median).toBeLessThan(1000);
  });

  it("`--help` names the command", () => {
    const r = launch(ROOT, ["--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("npx chi-tieu");
  });
});
