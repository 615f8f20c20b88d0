import { featureSupport, isSetSupported, runExcel, toUserError } from "../../src/excel/run";
import { OfficeUserError } from "../../src/excel/errors";
import { UserError } from "../../src/core/user-error";
import { openExcel, type TestExcel } from "./sim";

let xl: TestExcel;
afterEach(() => xl?.close());

async function readA1(context: Excel.RequestContext): Promise<unknown> {
  const r = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
  r.load("values");
  await context.sync();
  return r.values[0]![0];
}

describe("runExcel in cell-edit mode before ExcelApi 1.11 (Excel 2019)", () => {
  test("retries with growing waits and succeeds once the planner has left the cell", async () => {
    xl = openExcel("excel-2019");
    xl.sim.workbook.setCell("Sheet1", "A1", 7);
    xl.sim.setCellEditMode(true);
    const waits: number[] = [];
    const value = await runExcel(readA1, {
      delayMs: 100,
      sleep: async (ms) => {
        waits.push(ms);
        if (waits.length === 2) xl.sim.setCellEditMode(false);
      },
    });
    expect(value).toBe(7);
    expect(waits).toEqual([100, 200]);
  });

  test("after the last retry asks the planner to finish editing the cell, keeping Excel's own (Vietnamese) text", async () => {
    xl = openExcel("excel-2019");
    xl.sim.setCellEditMode(true);
    let waits = 0;
    const err = await runExcel(readA1, { retries: 3, sleep: async () => void waits++ }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeUserError);
    expect((err as OfficeUserError).code).toBe("cell-edit-mode");
    expect((err as OfficeUserError).text.vi).toContain("kết thúc việc sửa ô");
    expect((err as OfficeUserError).text.en).toContain("finish editing the cell");
    expect((err as OfficeUserError).officeCode).toBe("InvalidOperationInCellEditMode");
    expect((err as OfficeUserError).officeMessage).toContain("chế độ Sửa ô");
    expect(waits).toBe(3);
  });
});

describe("Office errors become planner messages by their code, keeping Office's text", () => {
  test.each([
    ["AccessDenied", "sheet-protected", "được bảo vệ"],
    ["ApiNotFound", "api-not-found", "không hỗ trợ"],
    ["GeneralException", "excel-general", "lỗi chung"],
    ["ItemNotFound", "item-not-found", "Không tìm thấy"],
    ["RequestPayloadSizeLimitExceeded", "payload-too-large", "5 MB"],
    ["ResponsePayloadSizeLimitExceeded", "payload-too-large", "5 MB"],
    ["InvalidArgument", "excel-error", "InvalidArgument"],
  ])("%s -> %s", async (code, expected, vi) => {
    xl = openExcel("web");
    xl.sim.failSync(code);
    const err = await runExcel(readA1, { retries: 0 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).code).toBe(expected);
    expect((err as UserError).text.vi).toContain(vi);
    // Office's own (here Vietnamese) message is kept for support.
    expect((err as OfficeUserError).officeCode).toBe(code);
    expect((err as UserError).text.en).toContain((err as OfficeUserError).officeMessage);
  });

  test("UserErrors and programming errors pass through unchanged", async () => {
    xl = openExcel("web");
    const mine = new UserError("x", { vi: "v", en: "e" });
    await expect(runExcel(async () => Promise.reject(mine))).rejects.toBe(mine);
    const bug = new TypeError("undefined is not a function");
    await expect(runExcel(async () => Promise.reject(bug))).rejects.toBe(bug);
    expect(toUserError(bug)).toBe(bug);
  });
});

describe("requirement sets", () => {
  test("isSetSupported follows the host and is false outside Office", () => {
    xl = openExcel("excel-2019");
    expect(isSetSupported("ExcelApi", "1.8")).toBe(true);
    expect(isSetSupported("ExcelApi", "1.9")).toBe(false);
    const off = featureSupport().filter((f) => !f.supported);
    expect(off.map((f) => f.feature)).toEqual(["tableCheck", "formatUndo", "pageLayout", "mergeCheck"]);
    expect(off[0]!.reason?.vi).toContain("1.9");
    xl.close();
    xl = openExcel("web");
    expect(featureSupport().every((f) => f.supported)).toBe(true);
    xl.close();
    expect(isSetSupported("ExcelApi", "1.1")).toBe(false);
    xl = openExcel("web");
  });
});
