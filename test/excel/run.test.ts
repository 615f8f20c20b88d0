import { featureSupport, isSetSupported, runExcel, toUserError } from "../../src/excel/run";
import { OfficeUserError } from "../../src/excel/errors";
import { UserError } from "../../src/core/user-error";
import { FakeExcel, officeError } from "./fake-excel";

let fake: FakeExcel;
beforeEach(() => {
  fake = new FakeExcel().install();
});
afterEach(() => fake.uninstall());

async function readA1(context: Excel.RequestContext): Promise<unknown> {
  const r = context.workbook.worksheets.getActiveWorksheet().getRange("A1");
  r.load("formulas");
  await context.sync();
  return r.formulas[0]![0];
}

describe("runExcel in cell-edit mode", () => {
  test("retries with growing waits and succeeds once the planner has left the cell", async () => {
    fake.put("A1", 7);
    fake.cellEditRuns = 2;
    const waits: number[] = [];
    const value = await runExcel(readA1, { delayMs: 100, sleep: async (ms) => void waits.push(ms) });
    expect(value).toBe(7);
    expect(waits).toEqual([100, 200]);
    expect(fake.runs).toBe(3);
  });

  test("after the last retry asks the planner to finish editing the cell", async () => {
    fake.cellEditRuns = 10;
    const err = await runExcel(readA1, { retries: 3, sleep: async () => {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OfficeUserError);
    expect((err as OfficeUserError).code).toBe("cell-edit-mode");
    expect((err as OfficeUserError).text.vi).toContain("kết thúc việc sửa ô");
    expect((err as OfficeUserError).text.en).toContain("finish editing the cell");
    expect((err as OfficeUserError).officeMessage).toBe("Excel is in cell-editing mode.");
    expect(fake.runs).toBe(4);
  });
});

describe("Office errors become planner messages that keep Office's text", () => {
  test.each([
    ["AccessDenied", "You cannot perform the requested operation.", "sheet-protected", "được bảo vệ"],
    ["GeneralException", "The range is protected.", "sheet-protected", "được bảo vệ"],
    ["ApiNotFound", "The API you are trying to use could not be found.", "api-not-found", "không hỗ trợ"],
    ["GeneralException", "An internal error has occurred.", "excel-general", "lỗi chung"],
    ["ItemNotFound", "The requested resource doesn't exist.", "item-not-found", "Không tìm thấy"],
    ["InvalidArgument", "The argument is invalid.", "excel-error", "InvalidArgument"],
  ])("%s (%s) -> %s", async (code, message, expected, vi) => {
    const err = await runExcel(async () => {
      throw officeError(code, message);
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).code).toBe(expected);
    expect((err as UserError).text.vi).toContain(vi);
    expect((err as UserError).text.en).toContain(message);
  });

  test("UserErrors and programming errors pass through unchanged", async () => {
    const mine = new UserError("x", { vi: "v", en: "e" });
    await expect(runExcel(async () => Promise.reject(mine))).rejects.toBe(mine);
    const bug = new TypeError("undefined is not a function");
    await expect(runExcel(async () => Promise.reject(bug))).rejects.toBe(bug);
    expect(toUserError(bug)).toBe(bug);
  });
});

describe("requirement sets", () => {
  test("isSetSupported follows the host and is false outside Office", () => {
    fake.apiMinor = 9;
    expect(isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(isSetSupported("ExcelApi", "1.13")).toBe(false);
    const off = featureSupport().filter((f) => !f.supported);
    expect(off.map((f) => f.feature)).toEqual(["mergeCheck"]);
    expect(off[0]!.reason?.vi).toContain("1.13");
    fake.uninstall();
    expect(isSetSupported("ExcelApi", "1.1")).toBe(false);
  });
});
