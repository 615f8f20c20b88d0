/**
 * Files the planner names that cannot be written or read: the system's reason in their language (matched by its
 * code), exit code 1, never "Lỗi không mong đợi" with the system's English message.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliIO } from "../../src/cli/command";
import { fileErrorText } from "../../src/cli/file-errors";
import { runCliReportingErrors } from "../../src/cli/main";
import type { Lang } from "../../src/core/user-error";

const dir = mkdtempSync(join(tmpdir(), "file-errors-"));
const report = join(dir, "bao-cao.txt");
writeFileSync(report, "Kim ngạch xuất khẩu 6 tháng đầu năm 2024 ước đạt 812,4 triệu USD, tăng 9,2% so với cùng kỳ.");

function capture(lang: Lang = "vi"): CliIO & { stderr: string[] } {
  const stderr: string[] = [];
  return { out: () => undefined, err: (t) => stderr.push(t), lang, root: process.cwd(), stderr };
}

describe("files that cannot be written", () => {
  it("a folder that does not exist: says so in Vietnamese, exit 1", async () => {
    const out = join(dir, "khong-co", "bo-so-lieu.json");
    const io = capture();
    expect(await runCliReportingErrors(["data", "import", "--in", report, "--province", "Trà Vinh", "--out", out], io)).toBe(1);
    expect(io.stderr).toEqual([`Không tìm thấy ${out}: thư mục hoặc tệp này không có. Tạo thư mục trước, hoặc kiểm tra lại đường dẫn.`]);
  });

  it("a folder given as the file: in English with --lang en", async () => {
    const io = capture("en");
    expect(await runCliReportingErrors(["data", "import", "--in", report, "--province", "Trà Vinh", "--out", dir, "--force", "--lang", "en"], io)).toBe(1);
    expect(io.stderr).toEqual([`${dir} is a folder, not a file: add a file name to the path.`]);
  });

  it("knows an error by its code, never by its message; anything else stays unexpected", () => {
    expect(fileErrorText(Object.assign(new Error("EACCES: permission denied"), { code: "EACCES", path: "C:\\bieu.xlsx" }))?.vi).toBe("Không có quyền đọc hoặc ghi C:\\bieu.xlsx.");
    expect(fileErrorText(Object.assign(new Error("tệp đang mở"), { code: "EBUSY", path: "bieu.xlsx" }))?.en).toBe("bieu.xlsx is in use by another program (open in Excel?): close it and run again.");
    expect(fileErrorText(new Error("ENOENT: no such file"))).toBeUndefined();
    expect(fileErrorText(Object.assign(new Error("x"), { code: "ERR_SOMETHING", path: "a" }))).toBeUndefined();
  });
});
