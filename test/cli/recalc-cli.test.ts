/** workbook recalc through runCli, on the GSO workbook and on department-style files. */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/command";
import { UserError, type Lang } from "../../src/core/user-error";
import { sheetToGrid } from "../../src/cli/xlsx-read";
import { evaluateWrites, WORKBOOKS } from "../gso/gso-support";

const GSO = join(WORKBOOKS, "gso-release-2025-02.xlsx");

// Reading and writing the 19-sheet GSO workbook takes a few seconds.
jest.setTimeout(60000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "recalc-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(lang: Lang = "vi"): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => stdout.push(t), err: (t) => stderr.push(t), lang, root: process.cwd(), stdout, stderr };
}

async function readSheet(path: string, sheet: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.getWorksheet(sheet)!;
}

interface JsonReport {
  range: string;
  headerRows: number[];
  firstDataRow: number;
  columns: { column: string; role: string; comparison?: { kind: string; subject: string | null; base: string | null; style: string; missing: string | null } }[];
  writes: { cell: string; formula: string; overwrites?: boolean }[];
  conflicts: { cell: string }[];
  textNumbers: { cell: string; text: string; value: number }[];
  skipped: { column: string; reason: string }[];
  messages: string[];
}

describe("--dry-run --json on GSO 6. Chi tieu DN", () => {
  let report: JsonReport;
  beforeAll(async () => {
    const cap = io();
    const code = await runCli(["workbook", "recalc", "--in", GSO, "--sheet", "6. Chi tieu DN", "--dry-run", "--json"], cap);
    expect(code).toBe(0);
    report = JSON.parse(cap.stdout.join("")) as JsonReport;
  });

  it("reports the table extent and header rows a person sees", () => {
    expect(report.range).toBe("A4:J17");
    expect(report.headerRows).toEqual([4, 5, 6, 7, 8]);
    expect(report.firstDataRow).toBe(10);
  });

  it("reports each column's role, operands and style", () => {
    const roles = Object.fromEntries(report.columns.map((c) => [c.column, c.role]));
    expect(roles).toEqual({ A: "label", B: "previous", C: "actual", D: "cumulative", E: "comparison", F: "comparison", G: "comparison", I: "prior", J: "prior" });
    const ops = Object.fromEntries(report.columns.filter((c) => c.comparison).map((c) => [c.column, `${c.comparison!.subject}/${c.comparison!.base} ${c.comparison!.kind} ${c.comparison!.style}`]));
    expect(ops).toEqual({ E: "C/B actual/previous index", F: "C/I actual/prior index", G: "D/J cumulative/prior index" });
  });

  it("lists the formulas it would write, marking the cells that hold the GSO's formulas", () => {
    expect(report.writes).toHaveLength(24);
    expect(report.writes[0]).toEqual({ cell: "E10", formula: '=IF(AND(ISNUMBER(C10),ISNUMBER(B10),B10<>0),C10/B10*100,"")', overwrites: true });
    expect(report.writes.find((w) => w.cell === "G17")!.formula).toBe('=IF(AND(ISNUMBER(D17),ISNUMBER(J17),J17<>0),D17/J17*100,"")');
    expect(report.conflicts).toHaveLength(24);
  });
});

describe("writing", () => {
  it("refuses to overwrite non-empty comparison cells without --yes and writes nothing", async () => {
    const out = join(dir, "refused.xlsx");
    const cap = io();
    const run = runCli(["workbook", "recalc", "--in", GSO, "--sheet", "8. DN quay lai hoat dong", "--out", out], cap);
    await expect(run).rejects.toThrow(UserError);
    await expect(runCli(["workbook", "recalc", "--in", GSO, "--sheet", "8. DN quay lai hoat dong", "--out", out], cap)).rejects.toMatchObject({
      text: { vi: expect.stringMatching(/^20 ô đã có số liệu hoặc công thức: D7 \(=C7\/B7\*100\).*Thêm --yes/) },
    });
    expect(existsSync(out)).toBe(false);
  });

  it("with --yes writes blank-safe formulas that give the GSO's values", async () => {
    const out = join(dir, "dn8.xlsx");
    const cap = io("en");
    expect(await runCli(["workbook", "recalc", "--in", GSO, "--sheet", "8. DN quay lai hoat dong", "--out", out, "--yes", "--lang", "en"], cap)).toBe(0);
    expect(cap.stdout.join("")).toMatch(/^Wrote 20 formulas to .*dn8\.xlsx \(sheet "8\. DN quay lai hoat dong", table A4:D26\)\.$/);
    const ws = await readSheet(out, "8. DN quay lai hoat dong");
    expect(ws.getCell("D7").formula).toBe('IF(AND(ISNUMBER(C7),ISNUMBER(B7),B7<>0),C7/B7*100,"")');
    expect(ws.getCell("D26").formula).toBe('IF(AND(ISNUMBER(C26),ISNUMBER(B26),B26<>0),C26/B26*100,"")');
    // C7 keeps its own formula (=C8+C9+C14) and the written D column evaluates to the GSO's figures.
    expect(ws.getCell("C7").formula).toBe("C8+C9+C14");
    const grid = sheetToGrid(ws);
    const writes = [7, 8, 26].map((r) => ({ row: r - 1, col: 3, address: `D${r}`, formula: `=${ws.getCell(`D${r}`).formula}`, overwrites: false }));
    const values = evaluateWrites(grid, writes);
    // GSO: D7 = 153,2, D8 = 148,0, D26 = 144,4 (29067/18969, 401/271, 832/576).
    expect((values.get("D7") as number).toFixed(2)).toBe("153.23");
    expect((values.get("D8") as number).toFixed(2)).toBe("147.97");
    expect((values.get("D26") as number).toFixed(2)).toBe("144.44");
  });

  it("refuses a sheet whose comparison bases are outside the table, saying why", async () => {
    const cap = io();
    expect(await runCli(["workbook", "recalc", "--in", GSO, "--sheet", "3.SPCNthang", "--dry-run", "--json"], cap)).toBe(0);
    const report = JSON.parse(cap.stdout.join("")) as JsonReport;
    expect(report.writes).toEqual([]);
    expect(report.skipped.map((s) => s.column)).toEqual(["F", "G"]);
    expect(report.skipped[0]!.reason).toBe("không có cột gốc (cùng kỳ năm trước) trong bảng");
  });
});

async function departmentFile(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Báo cáo");
  ws.addRow(["BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2021"]);
  ws.addRow([]);
  ws.addRow(["STT", "Chỉ tiêu", "ĐVT", "Cùng kỳ", "Lũy kế cùng kỳ", "Kế hoạch năm", "TH tháng trước", "TH tháng", "Lũy kế", "TH so tháng trước", "TH so cùng kỳ", "Lũy kế so cùng kỳ", "Lũy kế so KH"]);
  ws.addRow(["I", "Công nghiệp"]);
  ws.addRow([1, "Giá trị sản xuất công nghiệp", "Tỷ đồng", 3500, 19000, 45000, 3600, 3800, "19.125,44", null, null, null, null]);
  ws.addRow([2, "Điện thương phẩm", "Triệu kWh", 120, 700, 1500, 125, 130, 760, null, null, null, null]);
  ws.addRow([3, "Sản phẩm may mặc", '"', "-", "-", 300, 25, 27, " 150 ", null, null, null, null]);
  await wb.xlsx.writeFile(path);
}

describe("department table (STT | Chỉ tiêu | ĐVT | Cùng kỳ | Lũy kế cùng kỳ | KH năm | ...)", () => {
  it("reports text numbers with their addresses and converts them with --convert-text", async () => {
    const input = join(dir, "dept.xlsx");
    const out = join(dir, "dept-out.xlsx");
    await departmentFile(input);
    const dry = io();
    expect(await runCli(["workbook", "recalc", "--in", input, "--sheet", "Báo cáo", "--dry-run", "--json"], dry)).toBe(0);
    const report = JSON.parse(dry.stdout.join("")) as JsonReport;
    expect(report.textNumbers).toEqual([
      { cell: "I5", text: "19.125,44", value: 19125.44 },
      { cell: "I7", text: " 150 ", value: 150 },
    ]);
    const ops = Object.fromEntries(report.columns.filter((c) => c.comparison).map((c) => [c.column, `${c.comparison!.subject}/${c.comparison!.base}`]));
    expect(ops).toEqual({ J: "H/G", K: "H/D", L: "I/E", M: "I/F" });
    // Section row 4 (I. Công nghiệp) gets nothing; rows 5-7 get the four comparisons.
    expect(report.writes.map((w) => w.cell).filter((c) => c.endsWith("4"))).toEqual([]);
    expect(report.writes).toHaveLength(12);

    const cap = io();
    expect(await runCli(["workbook", "recalc", "--in", input, "--sheet", "Báo cáo", "--out", out, "--convert-text"], cap)).toBe(0);
    const ws = await readSheet(out, "Báo cáo");
    expect(ws.getCell("I5").value).toBe(19125.44);
    expect(ws.getCell("I7").value).toBe(150);
    expect(ws.getCell("M5").formula).toBe('IF(AND(ISNUMBER(I5),ISNUMBER(F5),F5<>0),I5/F5,"")');
    // Sheet style here is unknown (empty columns, no "%"): percent, 19125.44 / 45000 = 42.50%.
    const values = evaluateWrites(sheetToGrid(ws), [{ row: 4, col: 12, address: "M5", formula: `=${ws.getCell("M5").formula}`, overwrites: false }, { row: 6, col: 10, address: "K7", formula: `=${ws.getCell("K7").formula}`, overwrites: false }]);
    expect((values.get("M5") as number).toFixed(4)).toBe("0.4250");
    // "-" in the same-period column gives a blank result, not an error.
    expect(values.get("K7")).toBe("");
  });

  it("adds missing comparison columns at the right with --add-missing", async () => {
    const input = join(dir, "plan-actual.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("KH");
    ws.addRow(["TT", "Chỉ tiêu", "ĐVT", "KH năm 2021", "TH 6 tháng 2021"]);
    ws.addRow([1, "Sản lượng điện", "Triệu kWh", 1500, 760]);
    ws.addRow([2, "Xuất khẩu", "Triệu USD", 800, 420]);
    await wb.xlsx.writeFile(input);
    const cap = io();
    expect(await runCli(["workbook", "recalc", "--in", input, "--sheet", "KH", "--dry-run", "--json", "--add-missing"], cap)).toBe(0);
    const report = JSON.parse(cap.stdout.join("")) as JsonReport & { headerWrites: { cell: string; value: string }[] };
    expect(report.headerWrites).toEqual([{ cell: "F1", value: "Lũy kế so KH (%)" }]);
    expect(report.writes.map((w) => `${w.cell} ${w.formula}`)).toEqual([
      'F2 =IF(AND(ISNUMBER(E2),ISNUMBER(D2),D2<>0),E2/D2,"")',
      'F3 =IF(AND(ISNUMBER(E3),ISNUMBER(D3),D3<>0),E3/D3,"")',
    ]);
  });
});

describe("a blank comparison column formatted as a percentage", () => {
  it("writes a ratio (shown 42,13%), not an index ×100 that would show 4213,00%", async () => {
    const input = join(dir, "blank-percent.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Biểu 1");
    ws.addRow(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2020", "Thực hiện 6 tháng 2020", "% so KH"]);
    ws.addRow([1, "Giá trị sản xuất công nghiệp", "Tỷ đồng", 45398, 19125.44, null]);
    ws.addRow([2, "Kim ngạch xuất khẩu", "Triệu USD", 500, 260, null]);
    // The planner formatted the empty column before any figure was in it; ExcelJS keeps no value there.
    for (const r of [2, 3]) ws.getCell(r, 6).numFmt = "0.00%";
    await wb.xlsx.writeFile(input);
    const cap = io();
    expect(await runCli(["workbook", "recalc", "--in", input, "--sheet", "Biểu 1", "--dry-run", "--json"], cap)).toBe(0);
    const report = JSON.parse(cap.stdout.join("")) as JsonReport;
    expect(report.columns.find((c) => c.column === "F")?.comparison?.style).toBe("percent");
    expect(report.writes.map((w) => `${w.cell} ${w.formula}`)).toEqual([
      'F2 =IF(AND(ISNUMBER(E2),ISNUMBER(D2),D2<>0),E2/D2,"")',
      'F3 =IF(AND(ISNUMBER(E3),ISNUMBER(D3),D3<>0),E3/D3,"")',
    ]);
  });
});

describe("errors", () => {
  it("names the sheets when --sheet is wrong, in Vietnamese by default and English on request", async () => {
    await expect(runCli(["workbook", "recalc", "--in", GSO, "--sheet", "Không có", "--dry-run"], io())).rejects.toMatchObject({
      text: { vi: expect.stringMatching(/^Không có trang "Không có"\. Các trang: 1\. Nong nghiep, 2\.IIPthang/), en: expect.stringMatching(/^No sheet "Không có"/) },
    });
  });

  it("rejects a bad range and a missing file", async () => {
    await expect(runCli(["workbook", "recalc", "--in", GSO, "--sheet", "8. DN quay lai hoat dong", "--range", "K0:ZZ", "--dry-run"], io())).rejects.toMatchObject({ code: "bad-range" });
    await expect(runCli(["workbook", "recalc", "--in", join(dir, "nope.xlsx"), "--dry-run"], io())).rejects.toMatchObject({ code: "no-file" });
  });

  it("asks for --out unless it is a dry run", async () => {
    await expect(runCli(["workbook", "recalc", "--in", GSO, "--sheet", "8. DN quay lai hoat dong"], io())).rejects.toMatchObject({ code: "missing-option" });
  });
});
