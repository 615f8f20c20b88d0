/**
 * The build: the published dataset index, and a real production build (into a temporary folder, so dist/ is
 * left alone) checked for what must never ship: source maps, the GPL preview (HyperFormula, the simulated Excel), eval,
 * localhost.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..");

interface IndexEntry {
  id: string;
  version: string;
  province: string;
  recordCount: number;
  taskCount: number;
  href: string;
}
interface DatasetIndexModule {
  buildDatasetIndex(dir: string, generatedAt: Date): { index: { schemaVersion: number; generatedAt: string; datasets: IndexEntry[] }; files: Array<{ name: string; text: string }> };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildDatasetIndex } = require("../scripts/dataset-index.js") as DatasetIndexModule;

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "build-test-"));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function dataset(id: string, records: number, tasks?: number): string {
  return JSON.stringify({
    id,
    version: "1.0.0",
    province: "Trà Vinh",
    document: { number: "", date: "", issuer: "Sở Công Thương tỉnh Trà Vinh", title: "Báo cáo", seedFile: "x.txt" },
    period: { type: "months", months: 6, year: 2020, label: "6 tháng đầu năm 2020" },
    records: Array.from({ length: records }, (_, i) => ({ id: `r${i}` })),
    ...(tasks === undefined ? {} : { tasks: Array.from({ length: tasks }, (_, i) => ({ id: `t${i}` })) }),
  });
}

describe("dataset index (data/index.json)", () => {
  it("lists each dataset file with its counts, sorted by id, ignoring a stale index.json and subfolders", () => {
    const dir = path.join(tmp, "datasets");
    fs.mkdirSync(path.join(dir, "schema"), { recursive: true });
    fs.writeFileSync(path.join(dir, "tv-sct-2020-h1.json"), dataset("tv-sct-2020-h1", 3));
    fs.writeFileSync(path.join(dir, "bl-ubnd-2021-plan.json"), dataset("bl-ubnd-2021-plan", 0, 2));
    fs.writeFileSync(path.join(dir, "index.json"), JSON.stringify({ schemaVersion: 1, datasets: [{ id: "stale" }] }));
    fs.writeFileSync(path.join(dir, "schema", "plan-dataset.schema.json"), "{}");

    const { index, files } = buildDatasetIndex(dir, new Date("2026-01-02T03:04:05Z"));
    expect(index.schemaVersion).toBe(1);
    expect(index.generatedAt).toBe("2026-01-02T03:04:05.000Z");
    expect(index.datasets.map((d) => [d.id, d.recordCount, d.taskCount, d.href])).toEqual([
      ["bl-ubnd-2021-plan", 0, 2, "bl-ubnd-2021-plan.json"],
      ["tv-sct-2020-h1", 3, 0, "tv-sct-2020-h1.json"],
    ]);
    expect(index.datasets[1]).toMatchObject({ version: "1.0.0", province: "Trà Vinh" });
    expect(files.map((f) => f.name)).toEqual(["bl-ubnd-2021-plan.json", "tv-sct-2020-h1.json"]);
  });

  it.each([
    ["a file named differently from its id", "other-name.json", dataset("tv-sct-2020-h1", 1), /other-name\.json.*must then be named tv-sct-2020-h1\.json/],
    ["invalid JSON", "broken.json", "{ \"id\": ", /broken\.json: not valid JSON/],
    ["records that are not an array", "x.json", dataset("x", 1).replace(/"records":\[[^\]]*\]/, '"records":{}'), /x\.json: "records" must be an array/],
  ])("fails with the file name on %s", (_what, name, text, message) => {
    const dir = fs.mkdtempSync(path.join(tmp, "bad-"));
    fs.writeFileSync(path.join(dir, name), text);
    expect(() => buildDatasetIndex(dir, new Date())).toThrow(message);
  });
});

describe("production build", () => {
  const out = () => path.join(tmp, "dist");
  const webpack = (env: NodeJS.ProcessEnv, outputPath: string) =>
    spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", outputPath], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      encoding: "utf8",
    });

  let files: string[] = [];
  beforeAll(() => {
    const r = webpack({ ADDIN_HOST: "https://addin.example.gov.vn" }, out());
    if (r.status !== 0) throw new Error(`production build failed:\n${r.stdout}\n${r.stderr}`);
    files = fs.readdirSync(out(), { recursive: true, encoding: "utf8" });
  }, 240_000);

  it("has no source maps and no development-only page", () => {
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    expect(files).not.toContain("preview.html");
    expect(files).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "manifest.xml", path.join("data", "index.json")]));
  });

  it("contains no HyperFormula (GPL), no simulated Excel and no eval in any output file", () => {
    for (const f of files) {
      const p = path.join(out(), f);
      if (fs.statSync(p).isDirectory() || f.endsWith(".png")) continue;
      const text = fs.readFileSync(p, "utf8");
      expect({ f, hyperformula: /hyperformula/i.test(text) }).toEqual({ f, hyperformula: false });
      // Strings only src/simulator holds (its partition key and its fixture errors): the dev-only preview's Excel.
      expect({ f, simulator: /sim-partition-key|simulator: /.test(text) }).toEqual({ f, simulator: false });
      if (f.endsWith(".js")) expect({ f, evalLike: /(^|[^\w$.])eval\(|new Function\(/.test(text) }).toEqual({ f, evalLike: false });
    }
  });

  it("loads office.js from Microsoft's CDN under a strict CSP", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = fs.readFileSync(path.join(out(), page), "utf8");
      expect(html).toContain('src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
      const csp = html.match(/Content-Security-Policy content="([^"]+)"/)?.[1] ?? "";
      expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
      expect(csp).not.toMatch(/unsafe-eval|localhost/);
    }
  });

  it("rewrites the manifest to ADDIN_HOST", () => {
    const manifest = fs.readFileSync(path.join(out(), "manifest.xml"), "utf8");
    expect(manifest).not.toMatch(/localhost/i);
    expect(manifest).toContain('<SourceLocation DefaultValue="https://addin.example.gov.vn/taskpane.html"/>');
  });

  it("fails with a clear message when ADDIN_HOST is not https", () => {
    const r = webpack({ ADDIN_HOST: "http://addin.example.gov.vn" }, path.join(tmp, "dist-http"));
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toContain('ADDIN_HOST="http://addin.example.gov.vn" must use https');
  });
});
