/**
 * `data import`: a department's own dataset from its report (.docx or .txt) that validates with
 * both validators, that `data check --in` accepts and `workbook build --dataset <file>` builds from;
 * records keep their quotes at their offsets, derived figures say how, unsure records are marked.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import Ajv from "ajv";
import type { CliIO } from "../../src/cli/command";
import { runCli } from "../../src/cli/main";
import type { PlanDataset } from "../../src/core/dataset/types";
import { validateDataset } from "../../src/core/dataset/validate";
import { extractRecords } from "../../src/core/extract";
import { indicatorByCode } from "../../src/core/catalog/indicators";
import { unitById } from "../../src/core/units";
import { UserError } from "../../src/core/user-error";
import { seedAsDocx } from "../support/seed-docx";

const ROOT = path.resolve(__dirname, "..", "..");
const seed = (prefix: string) => path.join(ROOT, "seeds", fs.readdirSync(path.join(ROOT, "seeds")).find((f) => f.startsWith(prefix))!);
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, "datasets", "schema", "plan-dataset.schema.json"), "utf8")) as object;
const ajvDataset = new Ajv({ allErrors: true }).compile(schema);

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "data-import-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function capture(lang: "vi" | "en" = "vi"): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => stdout.push(t), err: (t) => stderr.push(t), lang, root: ROOT, stdout, stderr };
}

function read(file: string): PlanDataset {
  return JSON.parse(fs.readFileSync(file, "utf8")) as PlanDataset;
}

describe("data import from seeds/001 as .docx (footnotes as Word footnotes)", () => {
  let out: string;
  let text: string;
  let ds: PlanDataset;
  const io = capture();

  beforeAll(async () => {
    text = fs.readFileSync(seed("001"), "utf8");
    const docx = path.join(tmp, "bao-cao-6-thang-2020.docx");
    fs.writeFileSync(docx, (await seedAsDocx(text)).bytes);
    out = path.join(tmp, "Báo cáo 6 tháng.json");
    expect(await runCli(["data", "import", "--in", docx, "--out", out, "--province", "Trà Vinh"], io)).toBe(0);
    ds = read(out);
  });

  it("writes a dataset both validators accept, named from the file", () => {
    expect(validateDataset(ds)).toEqual([]);
    expect(ajvDataset(ds)).toBe(true);
    // The report's own period as the extractor reads it ("06 tháng đầu năm … 2020").
    expect(ds).toMatchObject({ id: "bao-cao-6-thang", province: "Trà Vinh", period: { year: 2020 } });
    expect(ds.period).toEqual(extractRecords(text).period);
    expect(ds.document.seedFile).toBe("bao-cao-6-thang-2020.docx");
    expect(io.stderr.join("\n")).toMatch(/^Đã ghi .*: \d+ số liệu \(\d+ số suy ra\), kỳ 6 tháng đầu năm 2020; \d+ số chưa chắc chắn/);
  });

  it("keeps each stated record's quote at its offset in the report's text, the footnotes' too", () => {
    const stated = ds.records.filter((r) => !r.derived);
    expect(stated.length).toBeGreaterThan(50);
    for (const r of stated) expect(text.slice(r.quoteOffset!.start, r.quoteOffset!.end)).toBe(r.quote);
    // Footnote 1: "(1) Thủy sản đông lạnh ước đạt 5.268 tấn, đạt 50,17% kế hoạch, tăng 56,27% so cùng kỳ".
    const seafood = stated.find((r) => r.value === 5268 && r.reported.pctOfPlan === 50.17)!;
    expect(seafood.quote).toContain("5.268 tấn");
  });

  it("adds the plan and same-period figures the percentages imply, saying how and from which record", () => {
    const ids = new Set(ds.records.map((r) => r.id));
    const derived = ds.records.filter((r) => r.derived);
    expect(derived.length).toBeGreaterThan(10);
    for (const r of derived) for (const from of r.derived!.from) expect(ids.has(from)).toBe(true);
    // 5.268 ÷ 50,17% = 10.500,30 tấn, the plan for the year 2020.
    const plan = derived.find((r) => r.kind === "plan" && r.derived!.method === "plan = value / pctOfPlan * 100" && Math.abs(r.value - 10500.3) < 0.01);
    expect(plan?.period).toMatchObject({ type: "year", year: 2020 });
    // A figure derived from an unsure record is as unsure as its source.
    const byId = new Map(ds.records.map((r) => [r.id, r]));
    for (const r of derived) expect([r.id, r.uncertain ?? []]).toEqual([r.id, byId.get(r.derived!.from[0]!)!.uncertain ?? []]);
    // (Every figure of seeds/001 a percentage derives from is now a sure one: the unsure source is tested on a text of
    // its own below.)
  });

  it("marks the unsure records and only them: uncatalogued indicators, units outside the registry, approximate figures", () => {
    for (const r of ds.records.filter((x) => !x.derived)) {
      const expected = [
        ...(r.qualifier ? ["approximate"] : []),
        ...(!unitById(r.indicator.unit) ? ["unit-unknown"] : []),
        ...(!indicatorByCode(r.indicator.code) ? ["indicator-uncatalogued"] : []),
      ];
      expect([r.id, r.uncertain ?? []]).toEqual([r.id, expect.arrayContaining(expected)]);
      if (!r.uncertain) expect(expected).toEqual([]);
    }
    expect(ds.records.some((r) => r.uncertain?.includes("indicator-uncatalogued"))).toBe(true);
    expect(ds.records.some((r) => r.uncertain?.includes("approximate"))).toBe(true);
    expect(ds.records.some((r) => !r.uncertain)).toBe(true);
  });

  it("is accepted by data check --in, and builds a table through workbook build --dataset <file>", async () => {
    const check = capture();
    expect(await runCli(["data", "check", "--in", out], check)).toBe(0);
    expect(check.stdout.join("\n")).toMatch(/Đã kiểm tra \d+ quan hệ giữa các số liệu/);
    const xlsx = path.join(tmp, "chi-tieu.xlsx");
    expect(await runCli(["workbook", "build", "--template", "products", "--dataset", out, "--out", xlsx], capture())).toBe(0);
    expect(fs.statSync(xlsx).size).toBeGreaterThan(0);
  });

  it("never overwrites a file without --force", async () => {
    const before = fs.readFileSync(out, "utf8");
    await expect(runCli(["data", "import", "--in", seed("003"), "--out", out], capture())).rejects.toThrow(UserError);
    expect(fs.readFileSync(out, "utf8")).toBe(before);
  });
});

describe("data import of a text whose figure with a growth is unsure", () => {
  it("marks the same-period figure derived from an approximate one as approximate too", async () => {
    const txt = path.join(tmp, "xap-xi.txt");
    fs.writeFileSync(txt, "Năm 2023, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt khoảng 52.000 tỷ đồng, tăng 4% so với cùng kỳ.");
    const out = path.join(tmp, "xap-xi.json");
    expect(await runCli(["data", "import", "--in", txt, "--out", out, "--province", "Trà Vinh"], capture())).toBe(0);
    const ds = read(out);
    const source = ds.records.find((r) => !r.derived && r.value === 52000);
    expect(source?.uncertain).toContain("approximate");
    // 52.000 ÷ 1,04 = 50.000 tỷ đồng in 2022, as unsure as the figure it comes from.
    const prior = ds.records.find((r) => r.derived && Math.abs(r.value - 50000) < 0.01);
    expect(prior?.period).toMatchObject({ type: "year", year: 2022 });
    expect(prior?.uncertain).toEqual(source?.uncertain);
  });
});

describe("data import from seeds/003 as .txt", () => {
  it("takes the province from the text, validates, and builds main-indicators from the file", async () => {
    const out = path.join(tmp, "sct-2021.json");
    expect(await runCli(["data", "import", "--in", seed("003"), "--out", out, "--id", "tv-sct-2021-tu-bao-cao"], capture())).toBe(0);
    const ds = read(out);
    expect(validateDataset(ds)).toEqual([]);
    expect(ajvDataset(ds)).toBe(true);
    expect(ds).toMatchObject({ id: "tv-sct-2021-tu-bao-cao", province: "Trà Vinh", period: { type: "year", year: 2021 } });
    // "đạt 32.015,43 tỷ đồng, chỉ đạt 70,92% kế hoạch, giảm 9,74% so cùng kỳ".
    expect(ds.records.some((r) => r.value === 32015.43 && r.reported.pctOfPlan === 70.92)).toBe(true);
    expect(await runCli(["data", "check", "--in", out], capture())).toBe(0);
    const xlsx = path.join(tmp, "main.xlsx");
    expect(await runCli(["workbook", "build", "--template", "main-indicators", "--dataset", out, "--out", xlsx], capture())).toBe(0);
  });
});

describe("bad input", () => {
  it("a dataset path that does not exist or is not a dataset: a Vietnamese message", async () => {
    await expect(runCli(["workbook", "build", "--template", "products", "--dataset", path.join(tmp, "khong-co.json"), "--out", path.join(tmp, "x.xlsx")], capture())).rejects.toMatchObject({
      text: { vi: expect.stringMatching(/^Không tìm thấy tệp số liệu .*khong-co\.json\.$/) },
    });
    const broken = path.join(tmp, "hong.json");
    fs.writeFileSync(broken, JSON.stringify({ id: "x" }));
    await expect(runCli(["data", "check", "--in", broken], capture())).resolves.toBe(1);
  });

  it("a text without figures: says so, writes nothing", async () => {
    const txt = path.join(tmp, "trong.txt");
    fs.writeFileSync(txt, "Báo cáo tình hình sản xuất công nghiệp năm 2021 của tỉnh Trà Vinh.\nKhông có số liệu.");
    const out = path.join(tmp, "trong.json");
    await expect(runCli(["data", "import", "--in", txt, "--out", out], capture())).rejects.toThrow(/No figures were found/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
