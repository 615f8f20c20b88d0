/**
 * A department's own datasets served from its https server: `data import` writes each dataset as `<id>.json`
 * and lists it in the index.json beside it, so the folder is published as it is; the plan-data client, pointed
 * at that folder (a fetch stub serving it under https://so-congthuong.example.vn/du-lieu/), lists and loads both,
 * validated; and `workbook build --template main-indicators --dataset <file>` builds from one. Two passages of
 * the real corpus (test/fixtures/real-reports 01 and 09), each imported with its own document date.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import Ajv from "ajv";
import ExcelJS from "exceljs";
import type { CliIO } from "../../src/cli/command";
import { runCli } from "../../src/cli/main";
import type { DatasetIndex, PlanDataset } from "../../src/core/dataset/types";
import { validateDataset, validateDatasetIndex } from "../../src/core/dataset/validate";
import { UserError } from "../../src/core/user-error";
import { createDataClient, type KeyValueStore } from "../../src/data/client";
import { checkDataUrl } from "../../src/data/source-url";

const ROOT = path.resolve(__dirname, "..", "..");
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "datasets", "schema", "plan-dataset.schema.json"), "utf8")) as { $id: string };
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema);
const ajvIndex = ajv.compile({ $ref: `${schema.$id}#/definitions/index` });

interface Passage {
  text: string;
  documentDate: string;
}
const passage = (name: string): Passage =>
  JSON.parse(fs.readFileSync(path.join(ROOT, "test", "fixtures", "real-reports", name), "utf8")) as Passage;

function capture(lang: "vi" | "en" = "vi"): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => stdout.push(t), err: (t) => stderr.push(t), lang, root: ROOT, stdout, stderr };
}

const readJson = <T,>(file: string): T => JSON.parse(fs.readFileSync(file, "utf8")) as T;

/** The department's web server: files of `dir` under `base`, 404 for anything else. Records what was asked. */
function serve(dir: string, base: string, asked: string[]): typeof fetch {
  return (async (url: string) => {
    asked.push(url);
    const name = url.startsWith(base) ? decodeURIComponent(url.slice(base.length)) : "";
    const file = path.join(dir, name);
    if (name === "" || name.includes("/") || !fs.existsSync(file)) return new Response("Not Found", { status: 404 });
    return new Response(fs.readFileSync(file, "utf8"), { status: 200, headers: { "content-type": "application/json" } });
  }) as unknown as typeof fetch;
}

function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

let tmp: string;
let folder: string;
const BAN_LE = "bct-ban-le-t9-2020";
const BAC_KAN = "bac-kan-phien-hop-t11-2023";

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "data-import-index-"));
  folder = path.join(tmp, "du-lieu");
  fs.mkdirSync(folder);
  const imports: [string, string, string, string][] = [
    ["01-bct-connectviet-ban-le-t9-2020.json", BAN_LE, "Cả nước", "ban-le-t9-2020.txt"],
    ["09-baobackan-ubnd-phien-hop-t11-2023.json", BAC_KAN, "Bắc Kạn", "phien-hop-t11-2023.txt"],
  ];
  for (const [fixture, id, province, txt] of imports) {
    const p = passage(fixture);
    fs.writeFileSync(path.join(tmp, txt), p.text);
    const args = ["data", "import", "--in", path.join(tmp, txt), "--out", path.join(folder, `${id}.json`), "--province", province, "--date", p.documentDate];
    expect(await runCli(args, capture())).toBe(0);
  }
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("data import writes index.json beside the datasets", () => {
  it("lists both imports, each as the client will ask for it, valid against both validators", () => {
    const index = readJson<DatasetIndex>(path.join(folder, "index.json"));
    expect(validateDatasetIndex(index)).toEqual([]);
    expect(ajvIndex(index)).toBe(true);
    expect(index.datasets.map((e) => [e.id, e.href, e.province])).toEqual([
      [BAC_KAN, `${BAC_KAN}.json`, "Bắc Kạn"],
      [BAN_LE, `${BAN_LE}.json`, "Cả nước"],
    ]);
    for (const e of index.datasets) {
      const ds = readJson<PlanDataset>(path.join(folder, e.href));
      expect(e).toMatchObject({ version: ds.version, period: ds.period, recordCount: ds.records.length, taskCount: 0 });
      expect(e.recordCount).toBeGreaterThan(0);
    }
    expect(fs.readdirSync(folder).sort()).toEqual([`${BAC_KAN}.json`, `${BAN_LE}.json`, "index.json"]);
  });

  it("a dataset imported again replaces its own entry, the other stays", async () => {
    const before = readJson<DatasetIndex>(path.join(folder, "index.json"));
    const p = passage("01-bct-connectviet-ban-le-t9-2020.json");
    const io = capture();
    const args = ["data", "import", "--in", path.join(tmp, "ban-le-t9-2020.txt"), "--out", path.join(folder, `${BAN_LE}.json`), "--province", "Cả nước", "--date", p.documentDate, "--force"];
    expect(await runCli(args, io)).toBe(0);
    expect(io.stderr.join("\n")).toContain(`Đã cập nhật ${path.join(folder, "index.json")}: 2 bộ số liệu.`);
    const after = readJson<DatasetIndex>(path.join(folder, "index.json"));
    expect(after.datasets).toEqual(before.datasets);
  });
});

describe("the plan-data client reads the folder from the department's https server", () => {
  const base = checkDataUrl("https://so-congthuong.example.vn/du-lieu", false);

  it("lists both datasets and loads each, validated", async () => {
    const asked: string[] = [];
    const client = createDataClient({
      fetch: serve(folder, base, asked),
      store: memoryStore(),
      instanceId: "so-ct",
      validateIndex: validateDatasetIndex,
      validateDataset,
    });
    const list = await client.listDatasets(base, false);
    expect(list.source).toBe("https://so-congthuong.example.vn/du-lieu/index.json");
    expect(list.data.datasets.map((e) => e.id)).toEqual([BAC_KAN, BAN_LE]);
    for (const entry of list.data.datasets) {
      const got = await client.getDataset(base, entry.id, false);
      expect(got).toMatchObject({ source: `https://so-congthuong.example.vn/du-lieu/${entry.id}.json`, fromCache: false });
      expect(got.data).toEqual(readJson<PlanDataset>(path.join(folder, `${entry.id}.json`)));
      expect(got.data.records).toHaveLength(entry.recordCount);
    }
    expect(asked).toEqual([
      "https://so-congthuong.example.vn/du-lieu/index.json",
      `https://so-congthuong.example.vn/du-lieu/${BAC_KAN}.json`,
      `https://so-congthuong.example.vn/du-lieu/${BAN_LE}.json`,
    ]);
  });

  it("workbook build --template main-indicators --dataset <file> builds from an imported dataset", async () => {
    const xlsx = path.join(tmp, "chi-tieu-chu-yeu.xlsx");
    const args = ["workbook", "build", "--template", "main-indicators", "--dataset", path.join(folder, `${BAN_LE}.json`), "--out", xlsx];
    expect(await runCli(args, capture())).toBe(0);
    // The table of the dataset's own period, September 2020: "tháng 9/2020 ước tính đạt 441,4 nghìn tỷ đồng, …
    // tăng 4,9% so với cùng kỳ năm trước", the same month of 2019 derived from it: 441,4 ÷ 1,049 = 420,78.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const numbers: unknown[] = [];
    book.worksheets[0]!.eachRow((row) => row.eachCell((cell) => numbers.push(cell.value)));
    const figures = numbers.filter((v): v is number => typeof v === "number");
    expect(figures).toContain(441.4);
    expect(figures.some((v) => Math.abs(v - 420.78) < 0.005)).toBe(true);
  });
});

describe("what is not listed", () => {
  it("an output not named <id>.json is written but not listed, and the planner is told the name the server needs", async () => {
    const dir = fs.mkdtempSync(path.join(tmp, "ten-khac-"));
    const io = capture();
    const out = path.join(dir, "Bắc Kạn tháng 11.json");
    const p = passage("09-baobackan-ubnd-phien-hop-t11-2023.json");
    expect(await runCli(["data", "import", "--in", path.join(tmp, "phien-hop-t11-2023.txt"), "--out", out, "--province", "Bắc Kạn", "--date", p.documentDate], io)).toBe(0);
    expect(validateDataset(readJson(out))).toEqual([]);
    expect(fs.existsSync(path.join(dir, "index.json"))).toBe(false);
    expect(io.stderr.join("\n")).toContain('Không ghi vào index.json: máy chủ số liệu tìm bộ số liệu "bac-kan-thang-11" ở tệp bac-kan-thang-11.json.');
  });

  it("an index.json beside the output that is not an index: a message, nothing written", async () => {
    const dir = fs.mkdtempSync(path.join(tmp, "index-hong-"));
    fs.writeFileSync(path.join(dir, "index.json"), JSON.stringify({ datasets: "?" }));
    const out = path.join(dir, "bac-kan.json");
    const run = runCli(["data", "import", "--in", path.join(tmp, "phien-hop-t11-2023.txt"), "--out", out, "--province", "Bắc Kạn"], capture());
    await expect(run).rejects.toBeInstanceOf(UserError);
    await expect(run).rejects.toMatchObject({ code: "import-index-invalid", text: { vi: expect.stringMatching(/không phải một index\.json hợp lệ .*: không ghi gì/) } });
    expect(fs.existsSync(out)).toBe(false);
    expect(readJson(path.join(dir, "index.json"))).toEqual({ datasets: "?" });
  });
});
