/** workbook fill through the CLI: consent, bad input in Vietnamese, a dataset given by path. */
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { runCliReportingErrors } from "../../src/cli/main";
import { productsYearTyped } from "../fixtures/forms/forms-tv-2020";
import { cliIO, dryRun, fillArgs, writeForm } from "../fill/fill-support";

jest.setTimeout(60000);

let dir: string;
let input: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fill-cli-"));
  input = await writeForm(dir, productsYearTyped);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = cliIO();
  const code = await runCliReportingErrors(args, io);
  return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
}

test("a cell holding another figure: nothing written without --yes, the cell named", async () => {
  const out = join(dir, "no-consent.xlsx");
  const r = await run([...fillArgs(productsYearTyped, input), "--out", out]);
  expect(r.code).toBe(1);
  expect(r.err).toContain("C7 (7500)");
  expect(r.err).toContain("--yes");
  expect(existsSync(out)).toBe(false);
});

test("with --yes the figures are written as numbers and the agreeing cell is left as typed", async () => {
  const out = join(dir, "consent.xlsx");
  const r = await run([...fillArgs(productsYearTyped, input), "--out", out, "--yes"]);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/Đã điền 20 ô số liệu và 14 công thức/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet(productsYearTyped.sheet)!;
  expect(ws.getCell("C5").value).toBe(16.1);
  expect(ws.getCell("C7").value).toBe(7439.784246);
  expect(ws.getCell("E6").value).toBe(1130);
  expect(ws.getCell("F5").formula).toBe('IF(AND(ISNUMBER(E5),ISNUMBER(D5),D5<>0),E5/D5*100,"")');
});

test("a period the dataset does not hold: the message lists the keys the option takes", async () => {
  const r = await run(["workbook", "fill", "--in", input, "--sheet", productsYearTyped.sheet, "--dataset", "tv-sct-2020-h1", "--period", "2020", "--dry-run"]);
  expect(r.code).toBe(1);
  expect(r.err).toContain('Kỳ "2020" không có trong bộ tv-sct-2020-h1');
  expect(r.err).toContain("year-2020 (năm 2020)");
  expect(r.err).toContain("months6-2020 (6 tháng đầu năm 2020)");
});

test("unknown dataset, missing --out, missing file, a sheet with no form: a message, never a stack", async () => {
  const noDs = await run(["workbook", "fill", "--in", input, "--sheet", productsYearTyped.sheet, "--dataset", "khong-co", "--dry-run"]);
  expect(noDs.code).toBe(1);
  expect(noDs.err).toContain('Không có bộ số liệu "khong-co"');
  const noOut = await run(["workbook", "fill", "--in", input, "--sheet", productsYearTyped.sheet, "--dataset", "tv-sct-2020-h1"]);
  expect(noOut.code).toBe(1);
  expect(noOut.err).toContain("Thiếu --out");
  const noFile = await run(["workbook", "fill", "--in", join(dir, "khong-co.xlsx"), "--dataset", "tv-sct-2020-h1", "--dry-run"]);
  expect(noFile.code).toBe(1);
  expect(noFile.err).toContain("Không có tệp");
  const blank = join(dir, "trong.xlsx");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Trang 1").getCell("A1").value = "Báo cáo";
  await wb.xlsx.writeFile(blank);
  const noForm = await run(["workbook", "fill", "--in", blank, "--dataset", "tv-sct-2020-h1", "--dry-run"]);
  expect(noForm.code).toBe(1);
  expect(noForm.err).toContain("Không tìm thấy bảng của biểu mẫu");
  for (const r of [noDs, noOut, noFile, noForm]) expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
});

test("--dataset takes the path of a dataset file; a broken file is named", async () => {
  const copy = join(dir, "du-lieu-so.json");
  copyFileSync(join(process.cwd(), "datasets", "tv-sct-2020-h1.json"), copy);
  const byPath = await dryRun({ ...productsYearTyped, dataset: copy }, input);
  const byId = await dryRun(productsYearTyped, input);
  expect(byPath.values).toEqual(byId.values);
  const broken = join(dir, "hong.json");
  writeFileSync(broken, "{ not json");
  const r = await run(["workbook", "fill", "--in", input, "--sheet", productsYearTyped.sheet, "--dataset", broken, "--dry-run"]);
  expect(r.code).toBe(1);
  expect(r.err).toContain(broken);
  expect(r.err).toContain("JSON");
});

test("the plain dry run lists each row with its status and the values it would write", async () => {
  const r = await run([...fillArgs(productsYearTyped, input), "--dry-run"]);
  expect(r.code).toBe(0);
  expect(r.out).toContain("matched\tĐiện thương phẩm -> Điện thương phẩm: C6=1.006,771205, D6=1.130, E6=1.130");
  expect(r.out).toContain("C5=16,095066 (đã có)");
});
