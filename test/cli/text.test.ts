import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runCli } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/command";
import type { Extraction } from "../../src/core/extract";
import type { Finding } from "../../src/core/extract";
import { UserError } from "../../src/core/user-error";

const ROOT = path.resolve(__dirname, "..", "..");
const SEED_004 = path.join(ROOT, "seeds", fs.readdirSync(path.join(ROOT, "seeds")).find((f) => f.startsWith("004"))!);

function capture(lang: "vi" | "en" = "vi"): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => stdout.push(t), err: (t) => stderr.push(t), lang, root: ROOT, stdout, stderr };
}

function tempFile(content: string | Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "text-cli-"));
  const file = path.join(dir, "report.txt");
  fs.writeFileSync(file, content);
  return file;
}

describe("cli text extract", () => {
  it("prints the records as JSON, with verbatim quotes at their offsets", async () => {
    const io = capture();
    expect(await runCli(["text", "extract", "--in", SEED_004, "--json"], io)).toBe(0);
    const parsed = JSON.parse(io.stdout.join("\n")) as Extraction;
    const text = fs.readFileSync(SEED_004, "utf8");
    expect(parsed.province).toBe("Đồng Tháp");
    const enrolment = parsed.records.find((r) => r.value === 15178)!;
    expect(enrolment).toMatchObject({ indicator: { unit: "nguoi" }, reported: { pctOfPlan: 100.19 }, period: { type: "year", year: 2021 } });
    for (const r of parsed.records) expect(text.slice(r.quoteOffset.start, r.quoteOffset.end)).toBe(r.quote);
  });

  it("prints one tab-separated line per figure, in Vietnamese number style", async () => {
    const file = tempFile("- Giá trị sản xuất công nghiệp đạt 32.015,43 tỷ đồng, chỉ đạt 70,92% kế hoạch, giảm 9,74% so cùng kỳ.");
    const io = capture();
    expect(await runCli(["text", "extract", "--in", file], io)).toBe(0);
    expect(io.stdout).toHaveLength(1);
    const cols = io.stdout[0]!.split("\t");
    expect(cols[0]).toBe("Giá trị sản xuất công nghiệp");
    expect(cols[3]).toBe("32.015,43 tỷ đồng");
    expect(cols[4]).toBe("đạt 70,92% KH, giảm 9,74% so CK");
    expect(io.stderr).toEqual(["1 số liệu."]);
  });

  it("takes the year and month of periods written without them from --date, and keeps a previous-month rate apart", async () => {
    const file = tempFile("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 9 ước đạt 441,4 nghìn tỷ đồng, tăng 2,7% so với tháng trước và tăng 4,9% so với cùng kỳ năm trước.");
    const io = capture();
    expect(await runCli(["text", "extract", "--in", file, "--date", "2020-09", "--json"], io)).toBe(0);
    const parsed = JSON.parse(io.stdout.join("\n")) as Extraction;
    expect(parsed.records[0]).toMatchObject({ value: 441.4, indicator: { unit: "nghin-ty-dong" }, period: { type: "month", part: 9, year: 2020 }, reported: { growthVsPrevPeriod: 2.7, growthVsPrior: 4.9 } });
    const bad = capture();
    await expect(runCli(["text", "extract", "--in", file, "--date", "tháng 9"], bad)).rejects.toThrow(UserError);
    // The pane's words for the date are the command's too (one parser, core/document-date.ts).
    const viet = capture();
    expect(await runCli(["text", "extract", "--in", file, "--date", "30/9/2021", "--json"], viet)).toBe(0);
    expect((JSON.parse(viet.stdout.join("\n")) as Extraction).records[0]).toMatchObject({ period: { type: "month", part: 9, year: 2021 } });
    // A year alone is refused, not silently ignored: the month is needed.
    await expect(runCli(["text", "extract", "--in", file, "--date", "2020"], capture())).rejects.toMatchObject({ code: "document-date-invalid" });
  });

  it("says in Vietnamese (or English) when the file is missing or not text", async () => {
    await expect(runCli(["text", "extract", "--in", "/nonexistent/report.txt"], capture())).rejects.toThrow(UserError);
    try {
      await runCli(["text", "check", "--in", tempFile(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))], capture());
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).text.vi).toMatch(/không phải văn bản thuần/);
      expect((e as UserError).text.en).toMatch(/not plain text/);
    }
    await expect(runCli(["text", "extract"], capture())).rejects.toThrow(/--in/);
  });
});

describe("cli text check", () => {
  it("lists the seed's discrepancies with both figures and the sentence", async () => {
    const io = capture();
    expect(await runCli(["text", "check", "--in", SEED_004], io)).toBe(0);
    const out = io.stdout.join("\n");
    expect(out).toContain("văn bản ghi đạt 100,19% kế hoạch, nhưng 15.178 ÷ 15.000 = 101,19%");
    expect(out).toContain("« tuyển sinh đào tạo nghề cho 15.178 học viên, đạt 100,19% kế hoạch »");
    expect(io.stderr[0]).toMatch(/^2 chỗ không khớp trong \d+ số liệu\.$/);
  });

  it("gives findings as JSON, in English on request", async () => {
    const io = capture("en");
    expect(await runCli(["text", "check", "--in", SEED_004, "--json", "--lang", "en"], io)).toBe(0);
    const findings = JSON.parse(io.stdout.join("\n")) as Finding[];
    const pct = findings.find((f) => f.code === "pct-of-plan")!;
    expect(pct).toMatchObject({ stated: 100.19 });
    expect(pct.computed).toBeCloseTo(101.19, 2);
    expect(pct.en).toContain("the text says 100.19% of plan, but 15,178 ÷ 15,000 = 101.19%");
  });

  it("reports no discrepancy when the figures agree", async () => {
    const file = tempFile("Dự ước đến cuối năm 2020 đạt 34.135 tỷ đồng, đạt 89,83% kế hoạch (38.000 tỷ đồng).");
    const io = capture();
    expect(await runCli(["text", "check", "--in", file], io)).toBe(0);
    expect(io.stdout).toEqual([]);
    expect(io.stderr).toEqual(["0 chỗ không khớp trong 2 số liệu."]);
  });
});

describe("cli text check over several reports", () => {
  it("adds the figures two reports give different values for, naming both files", async () => {
    const seed = (prefix: string) => path.join(ROOT, "seeds", fs.readdirSync(path.join(ROOT, "seeds")).find((f) => f.startsWith(prefix))!);
    const io = capture();
    expect(await runCli(["text", "check", "--in", seed("001"), seed("000")], io)).toBe(0);
    const out = io.stdout.join("\n");
    // Trà Vinh's 2020 industrial production value: 45.266 (estimate, seeds/001) against 44.164 (seeds/000).
    expect(out).toMatch(/Giá trị sản xuất công nghiệp năm 2020: 001_\S+ ước tính 45\.266 tỷ đồng, 000_\S+ ghi 44\.164 tỷ đồng/);
  });
});
