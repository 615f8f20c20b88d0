import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/command";
import { csvField } from "../../src/cli/commands/data";
import { UserError } from "../../src/core/user-error";

const ROOT = path.resolve(__dirname, "..", "..");

function capture(root = ROOT, lang: "vi" | "en" = "en"): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => stdout.push(t), err: (t) => stderr.push(t), lang, root, stdout, stderr };
}

/** Minimal RFC 4180 reader, to check the export parses back (quoted commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  row.push(field);
  rows.push(row);
  return rows;
}

/** A copy of the datasets folder to break files in. */
function tempRoot(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "data-cli-"));
  fs.mkdirSync(path.join(dir, "datasets"));
  for (const f of fs.readdirSync(path.join(ROOT, "datasets"))) {
    if (f.endsWith(".json")) fs.copyFileSync(path.join(ROOT, "datasets", f), path.join(dir, "datasets", f));
  }
  return dir;
}

describe("cli data list", () => {
  it("prints one dataset per line, id first, then province, document and period", async () => {
    const io = capture();
    expect(await runCli(["data", "list"], io)).toBe(0);
    const lines = io.stdout.map((l) => l.split("\t"));
    expect(lines.map((l) => l[0])).toEqual(["dt-nq124-2022", "tv-qd1809-2021", "tv-sct-2020-h1", "tv-sct-2021", "vl-qd1013-2015"]);
    const tv1809 = lines.find((l) => l[0] === "tv-qd1809-2021")!;
    expect(tv1809[1]).toBe("Trà Vinh");
    expect(tv1809[2]).toMatch(/^1809\/QĐ-UBND Quyết định ban hành Kế hoạch cơ cấu lại ngành công nghiệp/);
    expect(tv1809[3]).toBe("giai đoạn 2021-2025");
  });
});

describe("cli data export", () => {
  it("writes every record as CSV that parses back, quotes with line breaks intact", async () => {
    const io = capture();
    expect(await runCli(["data", "export", "--format", "csv"], io)).toBe(0);
    const rows = parseCsv(io.stdout.join(""));
    const header = rows[0]!;
    for (const col of ["doc", "province", "period", "indicator_vi", "unit", "kind", "value", "derived", "quote"]) expect(header).toContain(col);
    const col = (name: string) => header.indexOf(name);
    const seafood = rows.find((r) => r[col("id")] === "tv-sct-2020-h1:product.frozen-seafood:2020-m6:estimate")!;
    expect(seafood[col("doc")]).toBe("001_48cb49815079e24b.txt");
    expect(seafood[col("indicator_vi")]).toBe("Thủy sản đông lạnh");
    expect(seafood[col("value")]).toBe("5268");
    expect(seafood[col("derived")]).toBe("false");
    const sugar = rows.find((r) => r[col("id")] === "tv-sct-2020-h1:product.sugar:2020-m6:estimate")!;
    expect(sugar[col("quote")]).toContain("\n");
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    const records = ["tv-sct-2020-h1", "tv-qd1809-2021", "vl-qd1013-2015", "tv-sct-2021", "dt-nq124-2022"].reduce(
      (n, id) => n + (JSON.parse(fs.readFileSync(path.join(ROOT, "datasets", `${id}.json`), "utf8")) as { records: unknown[] }).records.length,
      0,
    );
    expect(rows.length - 1).toBe(records);
  });

  it("writes a JSON array of flat objects, derived figures marked", async () => {
    const io = capture();
    expect(await runCli(["data", "export", "--format", "json", "--dataset", "tv-sct-2020-h1"], io)).toBe(0);
    const rows = JSON.parse(io.stdout.join("")) as Array<Record<string, unknown>>;
    const plan = rows.find((r) => r.id === "tv-sct-2020-h1:product.frozen-seafood:2020:plan:from-2020-m6")!;
    expect(plan).toMatchObject({ doc: "001_48cb49815079e24b.txt", province: "Trà Vinh", kind: "plan", derived: true, unit: "tan" });
    expect(plan.derivation).toContain("50.17%");
    expect(rows.every((r) => r.dataset === "tv-sct-2020-h1")).toBe(true);
  });

  it("refuses an unknown format with a message in both languages", async () => {
    const err = await runCli(["data", "export", "--format", "xml"], capture()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).text.vi).toBe('Định dạng "xml" không hợp lệ; dùng csv hoặc json.');
    expect((err as UserError).text.en).toBe('Format "xml" is not valid; use csv or json.');
  });

  it("quotes CSV fields that hold commas, quotes or line breaks", () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("x\ny")).toBe('"x\ny"');
    expect(csvField(5268)).toBe("5268");
    expect(csvField(null)).toBe("");
  });
});

describe("cli data check", () => {
  it("lists the documents' discrepancies and exits 0: they are findings, not failures", async () => {
    const io = capture();
    expect(await runCli(["data", "check"], io)).toBe(0);
    const text = io.stdout.join("\n");
    expect(text).toContain("45,266");
    expect(text).toContain("44,164");
    expect(text).toContain("35,470.23");
    expect(text).toMatch(/Checked \d+ relations between figures; \d+ discrepancies\./);
  });

  it("reports in Vietnamese with the lang set to vi", async () => {
    const io = capture(ROOT, "vi");
    expect(await runCli(["data", "check"], io)).toBe(0);
    expect(io.stdout.join("\n")).toContain("văn bản ghi chiếm 59,33%, nhưng 18.921,57 ÷ 32.015,43 = 59,10%");
  });

  it("exits 1 and names the bad field when a dataset itself is invalid", async () => {
    const root = tempRoot();
    const file = path.join(root, "datasets", "tv-sct-2021.json");
    const ds = JSON.parse(fs.readFileSync(file, "utf8"));
    ds.records[3].value = "32.015,43";
    fs.writeFileSync(file, JSON.stringify(ds));
    const io = capture(root);
    expect(await runCli(["data", "check"], io)).toBe(1);
    expect(io.stderr.join("\n")).toContain("records[3].value: expected a number (got string)");
    await expect(runCli(["data", "list"], capture(root))).rejects.toThrow(/tv-sct-2021\.json.*records\[3\]\.value/);
    fs.rmSync(root, { recursive: true, force: true });
  });
});

describe("cli data periods / data indicators", () => {
  it("lists the keys --period takes, with the planner's words and the tables that offer each", async () => {
    const io = capture(ROOT, "vi");
    expect(await runCli(["data", "periods", "--dataset", "tv-sct-2020-h1"], io)).toBe(0);
    const lines = io.stdout.map((l) => l.split("\t"));
    expect(lines.map((l) => l[0])).toEqual(["months6-2020", "year-2020", "half2-2020"]);
    expect(lines[0]!.slice(1, 2)).toEqual(["6 tháng đầu năm 2020"]);
    expect(lines[0]![3]!.split(",")).toEqual(["main-indicators", "products", "structure", "remaining", "custom"]);
    // "Chỉ tiêu cần phải thực hiện 6 tháng cuối năm" (seeds/001): only the custom table shows the second half.
    expect(lines[2]!.slice(1)).toEqual(["6 tháng cuối năm 2020", "3 số liệu", "custom"]);
    // Every key it lists is one the build takes.
    for (const [key] of lines) {
      const out = path.join(os.tmpdir(), `periods-${process.pid}-${key}.xlsx`);
      const build = capture(ROOT, "vi");
      expect(await runCli(["workbook", "build", "--template", "custom", "--dataset", "tv-sct-2020-h1", "--indicators", "all", "--period", key!, "--out", out, "--force"], build)).toBe(0);
      fs.rmSync(out, { force: true });
    }
  });

  it("lists the indicator codes --indicators takes, with name, unit and sector", async () => {
    const io = capture(ROOT, "en");
    expect(await runCli(["data", "indicators", "--dataset", "tv-sct-2020-h1"], io)).toBe(0);
    expect(io.stdout).toContain("product.sugar\tCrystallised sugar\ttonnes\tproduct");
    expect(io.stdout.every((l) => l.split("\t").length === 4)).toBe(true);
  });

  it("names the datasets there are when the dataset is unknown", async () => {
    const io = capture(ROOT, "vi");
    await expect(runCli(["data", "periods", "--dataset", "nope"], io)).rejects.toThrow(UserError);
  });
});
