/** `workbook templates` and `workbook build` through runCli, writing into a temp dir. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import type { CliIO } from "../../src/cli/command";
import { runCli, runCliReportingErrors } from "../../src/cli/main";
import { buildTemplate, DEFAULT_OPTIONS } from "../../src/core/templates";
import { UserError, type Lang } from "../../src/core/user-error";
import { PRODUCTS_H1_2020, PRODUCTS_YEAR_2020 } from "../support/document-figures";

const ROOT = join(__dirname, "..", "..");

// Building and reading back .xlsx files through ExcelJS takes seconds when the machine is busy (a hook timed out at 5 s
// under a full test run beside other work).
jest.setTimeout(30000);
const IDS = ["main-indicators", "products", "growth-targets", "structure", "remaining", "tasks", "custom"];
const SLICE = ["workbook", "build", "--template", "products", "--dataset", "tv-sct-2020-h1"];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "workbook-build-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture(lang: Lang = "vi"): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => stdout.push(t), err: (t) => stderr.push(t), lang, root: ROOT, stdout, stderr };
}

async function readSheet(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  expect(wb.worksheets).toHaveLength(1);
  return wb.worksheets[0]!;
}

/** 1-based row whose column B reads `text`. */
function rowWith(ws: ExcelJS.Worksheet, text: string): number {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 2).value === text) return r;
  throw new Error(`no row "${text}"`);
}

describe("workbook templates", () => {
  it("lists the seven template ids, one per line, id first", async () => {
    const io = capture();
    expect(await runCli(["workbook", "templates"], io)).toBe(0);
    const lines = io.stdout.join("\n").split("\n").filter((l) => l !== "");
    expect(lines.map((l) => l.split("\t")[0])).toEqual(IDS);
    expect(lines[1]).toMatch(/^products\t\d+\.\d+\.\d+\tSản phẩm công nghiệp chủ yếu$/);
    expect(io.stderr).toEqual([]);
  });

  it("names them in English with --lang en", async () => {
    const io = capture("en");
    expect(await runCli(["workbook", "templates", "--lang", "en"], io)).toBe(0);
    expect(io.stdout.join("\n")).toMatch(/^products\t[\d.]+\tMain industrial products$/m);
  });
});

describe("workbook build: products × tv-sct-2020-h1, 6 months of 2020", () => {
  let out: string;
  let ws: ExcelJS.Worksheet;
  let io: ReturnType<typeof capture>;
  beforeAll(async () => {
    out = join(dir, "slice.xlsx");
    io = capture();
    expect(await runCli([...SLICE, "--out", out], io)).toBe(0);
    ws = await readSheet(out);
  });

  it("says what it wrote, in Vietnamese", () => {
    expect(io.stdout).toEqual([`Đã ghi bảng products (26 dòng × 8 cột) vào ${out}.`]);
    expect(io.stderr).toEqual([]);
  });

  it("writes the title, the unit line and the merged 'So sánh (%)' header over Kế hoạch and Cùng kỳ", () => {
    expect(ws.name).toBe("Sheet1");
    expect(ws.getCell("A1").value).toBe("SẢN PHẨM CÔNG NGHIỆP CHỦ YẾU 6 THÁNG ĐẦU NĂM 2020");
    expect(ws.getCell("A1").font).toMatchObject({ name: "Times New Roman", bold: true });
    expect(ws.model.merges).toContain("A1:H1");
    const header = rowWith(ws, "Sản phẩm");
    expect(ws.getCell(header, 7).value).toBe("So sánh (%)");
    expect(ws.model.merges).toContain(`G${header}:H${header}`);
    expect(ws.getCell(header + 1, 7).value).toBe("Kế hoạch");
    expect(ws.getCell(header + 1, 8).value).toBe("Cùng kỳ");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: header + 2 });
  });

  it("lists the 13 products of the report in its order, with their stated figures as numbers", () => {
    const first = rowWith(ws, PRODUCTS_H1_2020[0]![0]);
    PRODUCTS_H1_2020.forEach(([name, unit, value], i) => {
      const r = first + i;
      expect([ws.getCell(r, 1).value, ws.getCell(r, 2).value, ws.getCell(r, 3).value, ws.getCell(r, 5).value]).toEqual([i + 1, name, unit, value]);
    });
    // The row after the 13th product is no longer a product row.
    expect(typeof ws.getCell(first + 13, 1).value).not.toBe("number");
  });

  it("writes the % columns as blank-safe formulas on the row's own cells, with no cached value", () => {
    const first = rowWith(ws, "Thủy sản đông lạnh");
    for (let r = first; r < first + 13; r++) {
      const g = ws.getCell(r, 7);
      const h = ws.getCell(r, 8);
      expect(g.formula).toBe(`IF(AND(ISNUMBER(E${r}),ISNUMBER(D${r}),D${r}<>0),E${r}/D${r},"")`);
      expect(h.formula).toBe(`IF(AND(ISNUMBER(E${r}),ISNUMBER(F${r}),F${r}<>0),E${r}/F${r},"")`);
      expect((g.value as ExcelJS.CellFormulaValue).result).toBeUndefined();
      expect(g.numFmt).toBe("0.00%");
    }
  });

  it("builds another period with --period and another style with --style", async () => {
    const year = join(dir, "year.xlsx");
    expect(await runCli([...SLICE, "--period", "year-2020", "--style", "growth", "--out", year], capture())).toBe(0);
    const y = await readSheet(year);
    expect(y.getCell("A1").value).toBe("SẢN PHẨM CÔNG NGHIỆP CHỦ YẾU NĂM 2020");
    const r = rowWith(y, PRODUCTS_YEAR_2020[0]![0]);
    expect(y.getCell(r, 5).value).toBe(PRODUCTS_YEAR_2020[0]![2]);
    expect(y.getCell(r, 8).formula).toBe(`IF(AND(ISNUMBER(E${r}),ISNUMBER(F${r}),F${r}<>0),(E${r}/F${r}-1)*100,"")`);
    expect(y.getCell(r, 8).numFmt).toBe("+0.00;-0.00;0.00");
  });
});

describe("workbook build refuses to overwrite", () => {
  it("keeps an existing --out without --force, saying so in Vietnamese (exit 1)", async () => {
    const out = join(dir, "planner.xlsx");
    writeFileSync(out, "the planner's own file");
    const io = capture();
    await expect(runCli([...SLICE, "--out", out], io)).rejects.toMatchObject({ code: "out-exists" });
    expect(await runCliReportingErrors([...SLICE, "--out", out], io)).toBe(1);
    expect(io.stderr).toEqual([`Tệp ${out} đã có. Chọn tên khác hoặc thêm --force để ghi đè.`]);
    expect(readFileSync(out, "utf8")).toBe("the planner's own file");
  });

  it("says it in English with --lang en", async () => {
    const out = join(dir, "planner-en.xlsx");
    writeFileSync(out, "x");
    const io = capture("en");
    expect(await runCliReportingErrors([...SLICE, "--out", out, "--lang", "en"], io)).toBe(1);
    expect(io.stderr).toEqual([`File ${out} already exists. Choose another name or add --force to overwrite it.`]);
    expect(readFileSync(out, "utf8")).toBe("x");
  });

  it("overwrites with --force", async () => {
    const out = join(dir, "forced.xlsx");
    writeFileSync(out, "x");
    expect(await runCli([...SLICE, "--out", out, "--force"], capture())).toBe(0);
    expect((await readSheet(out)).getCell("A1").value).toBe("SẢN PHẨM CÔNG NGHIỆP CHỦ YẾU 6 THÁNG ĐẦU NĂM 2020");
  });
});

describe("workbook build errors: a clear message and an exit code, no stack trace, no file", () => {
  const cases: [why: string, args: string[], code: number, vi: RegExp, en: RegExp][] = [
    [
      "an unknown template",
      ["workbook", "build", "--template", "nope", "--dataset", "tv-sct-2020-h1"],
      1,
      /^Không có mẫu biểu "nope"\. Các mẫu có: main-indicators, products, growth-targets, structure, remaining, tasks, custom\.$/,
      /^There is no template "nope"\. Templates: main-indicators, /,
    ],
    [
      "an unknown dataset",
      ["workbook", "build", "--template", "products", "--dataset", "tv-2099"],
      1,
      /^Không có bộ số liệu "tv-2099"\. Các bộ hiện có: dt-nq124-2022, tv-qd1809-2021, tv-sct-2020-h1, tv-sct-2021, vl-qd1013-2015\.$/,
      /^No dataset "tv-2099"\. Available: dt-nq124-2022, /,
    ],
    [
      "a bad --style",
      [...SLICE, "--style", "ratio"],
      1,
      /^Kiểu so sánh "ratio" không hợp lệ; dùng percent, index hoặc growth\.$/,
      /^Comparison style "ratio" is not valid; use percent, index or growth\.$/,
    ],
    [
      "a bad --decimals",
      [...SLICE, "--decimals", "2.5"],
      1,
      /^Số chữ số thập phân phải là số nguyên từ 0 đến 4 \(đã nhập: 2\.5\)\.$/,
      /^Decimals must be a whole number from 0 to 4/,
    ],
    ["an unknown period", [...SLICE, "--period", "year-1999"], 1, /không có kỳ "year-1999".*Các kỳ có \(--period\): months6-2020 \(6 tháng đầu năm 2020\); year-2020 \(năm 2020\)\.$/, /has no period "year-1999".*Periods \(--period\): months6-2020 \(first 6 months of 2020\); year-2020 \(2020\)\.$/],
    [
      "--indicators on a table that lists its own",
      [...SLICE, "--indicators", "product.sugar"],
      1,
      /^--indicators chỉ dùng với --template custom/,
      /^--indicators goes with --template custom only/,
    ],
    [
      "a custom table without --indicators",
      ["workbook", "build", "--template", "custom", "--dataset", "tv-sct-2020-h1"],
      1,
      /^Mẫu custom cần --indicators mã1,mã2,\.\.\. hoặc --indicators all/,
      /^Template custom needs --indicators/,
    ],
    [
      "a custom table with a code the dataset does not hold",
      ["workbook", "build", "--template", "custom", "--dataset", "tv-sct-2020-h1", "--indicators", "product.sugar,main.nope"],
      1,
      /^Bộ số liệu "tv-sct-2020-h1" không có chỉ tiêu: main\.nope\. Xem danh sách: data indicators --dataset tv-sct-2020-h1\.$/,
      /^Dataset "tv-sct-2020-h1" has no indicator: main\.nope/,
    ],
    [
      "a dataset without figures for the template",
      ["workbook", "build", "--template", "tasks", "--dataset", "tv-sct-2020-h1"],
      1,
      /^Bộ số liệu "tv-sct-2020-h1" không có số liệu cho mẫu "Phụ lục nhiệm vụ/,
      /^Dataset "tv-sct-2020-h1" has no figures for the template/,
    ],
    ["no --dataset and no --empty", ["workbook", "build", "--template", "products"], 1, /^Thiếu tham số --dataset\.$/, /^Missing option --dataset\.$/],
    ["no --template", ["workbook", "build", "--empty"], 1, /^Thiếu tham số --template\.$/, /^Missing option --template\.$/],
    ["an unknown command", ["workbook", "biuld", "--template", "products"], 2, /^Không có lệnh "workbook biuld"\. Xem --help\.$/, /^No command "workbook biuld"\. See --help\.$/],
  ];

  it.each(cases)("%s", async (_why, args, code, vi, en) => {
    for (const [lang, message] of [["vi", vi], ["en", en]] as const) {
      const out = join(dir, `error-${lang}.xlsx`);
      const io = capture(lang);
      expect(await runCliReportingErrors([...args, "--out", out, "--lang", lang], io)).toBe(code);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).toMatch(message);
      expect(io.stderr[0]).not.toMatch(/\n\s+at |Error:/);
      expect(io.stdout).toEqual([]);
      expect(existsSync(out)).toBe(false);
    }
  });

  it("throws the planner's errors as UserError to the caller of runCli", async () => {
    await expect(runCli(["workbook", "build", "--template", "nope", "--empty", "--out", join(dir, "n.xlsx")], capture())).rejects.toBeInstanceOf(UserError);
  });
});

describe("workbook build --empty", () => {
  it.each(IDS)("%s: the empty template with its formulas, ready to fill", async (id) => {
    const out = join(dir, `empty-${id}.xlsx`);
    const io = capture();
    expect(await runCli(["workbook", "build", "--template", id, "--empty", "--out", out], io)).toBe(0);
    expect(io.stdout[0]).toMatch(new RegExp(`^Đã ghi bảng ${id} \\(\\d+ dòng × \\d+ cột\\) vào `));
    const ws = await readSheet(out);
    // The same block the catalog builds for an empty insert, cell by cell.
    const block = buildTemplate(id, null, DEFAULT_OPTIONS);
    let formulas = 0;
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const target = ws.getCell(r + 1, c + 1);
        if (cell.formula !== undefined) {
          formulas += 1;
          expect(`=${target.formula}`).toBe(cell.formula);
        } else if (cell.role === "input") {
          expect(target.value).toBeNull();
        }
      }),
    );
    expect(formulas).toBeGreaterThan(0);
    expect(ws.getCell("A1").value).toBe(block.cells[0]![0]!.value);
    expect(typeof ws.getCell("A1").value).toBe("string");
  });
});
