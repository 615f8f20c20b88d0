/**
 * The one door to Excel.run: retries while the planner is typing in a cell, and turns Office
 * errors into planner messages (vi/en) that keep Office's own text. Nothing is swallowed:
 * every failure leaves as an error.
 */
import { UserError } from "../core/user-error";
import { OfficeUserError } from "./errors";

export interface RunOptions {
  /** Extra attempts while Excel is in cell-edit mode. */
  retries?: number;
  /** First wait; doubled after each attempt (250, 500, 1000 ms by default). */
  delayMs?: number;
  /** Injected in tests so the backoff costs no real time. */
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface OfficeLikeError {
  code?: unknown;
  message?: unknown;
}

function officeCode(err: unknown): string | undefined {
  const code = (err as OfficeLikeError | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function messageOf(err: unknown): string {
  const m = (err as OfficeLikeError | null)?.message;
  return typeof m === "string" ? m : String(err);
}

export function isCellEditModeError(err: unknown): boolean {
  return officeCode(err) === "InvalidOperationInCellEditMode";
}

/** Maps an error thrown by Office to a UserError; other errors come back unchanged. */
export function toUserError(err: unknown): unknown {
  if (err instanceof UserError) return err;
  const code = officeCode(err);
  if (code === undefined) return err;
  const msg = messageOf(err);
  if (code === "InvalidOperationInCellEditMode") {
    return new OfficeUserError(
      "cell-edit-mode",
      "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi thử lại.",
      "Excel is editing a cell. Press Enter or Esc to finish editing the cell, then try again.",
      code,
      msg,
    );
  }
  // Only the code: Office's message is localized (a Vietnamese Excel never says "protect").
  // https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
  if (code === "AccessDenied") {
    return new OfficeUserError(
      "sheet-protected",
      "Trang tính hoặc sổ làm việc đang được bảo vệ nên không thể ghi. Hãy bỏ bảo vệ (Review > Unprotect Sheet) rồi thử lại.",
      "The sheet or workbook is protected, so it cannot be written. Unprotect it (Review > Unprotect Sheet) and try again.",
      code,
      msg,
    );
  }
  if (code === "ApiNotFound") {
    return new OfficeUserError(
      "api-not-found",
      "Phiên bản Excel này không hỗ trợ chức năng này. Hãy cập nhật Excel hoặc dùng Excel trên web.",
      "This version of Excel does not support this feature. Update Excel or use Excel on the web.",
      code,
      msg,
    );
  }
  if (code === "ItemNotFound") {
    return new OfficeUserError(
      "item-not-found",
      "Không tìm thấy trang tính hoặc vùng ô cần dùng (có thể đã bị xoá hoặc đổi tên).",
      "The sheet or range is gone (it may have been deleted or renamed).",
      code,
      msg,
    );
  }
  // Excel on the web refuses a request or an answer over 5 MB; Excel's own text does not tell
  // the planner what to do. https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded") {
    return new OfficeUserError(
      "payload-too-large",
      "Vùng ô quá lớn để Excel trên web xử lý trong một lần (giới hạn 5 MB mỗi lần gửi/nhận). Hãy chọn vùng nhỏ hơn hoặc chia bảng thành nhiều phần rồi thử lại.",
      "The range is too large for Excel on the web to handle at once (5 MB per request or answer). Select a smaller range or split the table, then try again.",
      code,
      msg,
    );
  }
  if (code === "GeneralException") {
    return new OfficeUserError(
      "excel-general",
      "Excel báo lỗi chung khi thực hiện thao tác. Hãy thử lại; nếu lỗi lặp lại, hãy lưu sổ làm việc và mở lại.",
      "Excel reported a general error. Try again; if it persists, save the workbook and reopen it.",
      code,
      msg,
    );
  }
  return new OfficeUserError(
    "excel-error",
    `Excel từ chối thao tác (mã ${code}).`,
    `Excel refused the operation (code ${code}).`,
    code,
    msg,
  );
}

/** The message of any error, as the planner would see it (Office errors mapped first). */
export function userMessageOf(e: unknown): string {
  const u = toUserError(e);
  return u instanceof Error ? u.message : String(u);
}

/**
 * Runs a batch with Excel.run. Where ExcelApi 1.11 is supported the batch waits for the planner
 * to leave cell-edit mode instead of failing (`delayForCellEdit`), so a banded insert cannot
 * stop half way. Elsewhere, while Excel is in cell-edit mode the whole batch is retried with
 * backoff (Excel rejects the batch before executing any of it in that mode, so a retry cannot
 * write twice); then the planner is asked to finish editing the cell.
 * https://learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member
 */
export async function runExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  options: RunOptions = {},
): Promise<T> {
  const delayForCellEdit = isSetSupported("ExcelApi", "1.11");
  try {
    return await whileEditing(() => (delayForCellEdit ? Excel.run({ delayForCellEdit: true }, batch) : Excel.run(batch)), options);
  } catch (err) {
    throw toUserError(err);
  }
}

/**
 * Runs a step again, with backoff, while Excel refuses it because the planner is editing a cell.
 * Such a request is refused whole (nothing of it runs) and its queued operations are gone, so
 * the step must queue them again itself. Used for each write request of a banded write on hosts
 * without delayForCellEdit: the planner may start typing between two bands.
 */
export async function whileEditing<T>(step: () => Promise<T>, options: RunOptions = {}): Promise<T> {
  const retries = options.retries ?? 3;
  const sleep = options.sleep ?? defaultSleep;
  let delay = options.delayMs ?? 250;
  for (let attempt = 0; ; attempt++) {
    try {
      return await step();
    } catch (err) {
      if (!isCellEditModeError(err) || attempt >= retries) throw err;
      await sleep(delay);
      delay *= 2;
    }
  }
}

/** Office's requirement-set check; false outside Office (tests, Node) unless Office is faked. */
export function isSetSupported(name: string, version: string): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return office?.context?.requirements?.isSetSupported(name, version) === true;
  } catch {
    // Office.context is not ready before Office.onReady: treat as unsupported, never as a crash.
    return false;
  }
}

export interface FeatureSupport {
  feature: string;
  supported: boolean;
  /** Why it is off, for the pane's tooltip. */
  reason?: { vi: string; en: string };
}

const FEATURES: { feature: string; set: string; vi: string; en: string }[] = [
  { feature: "insert", set: "1.4", vi: "Cần ExcelApi 1.4 để chèn bảng.", en: "Inserting tables needs ExcelApi 1.4." },
  { feature: "freeze", set: "1.7", vi: "Cần ExcelApi 1.7 để cố định dòng tiêu đề.", en: "Freezing the header needs ExcelApi 1.7." },
  { feature: "currentRegion", set: "1.7", vi: "Cần ExcelApi 1.7 để đọc vùng dữ liệu quanh ô.", en: "Reading the region around a cell needs ExcelApi 1.7." },
  { feature: "tableCheck", set: "1.9", vi: "Cần ExcelApi 1.9 để kiểm tra chồng lấn Table.", en: "Checking for table overlap needs ExcelApi 1.9." },
  { feature: "formatUndo", set: "1.9", vi: "Cần ExcelApi 1.9 để hoàn tác cả định dạng ô.", en: "Undoing cell formatting needs ExcelApi 1.9." },
  { feature: "pageLayout", set: "1.9", vi: "Cần ExcelApi 1.9 để đặt khổ in A4 ngang.", en: "A4 landscape print setup needs ExcelApi 1.9." },
  { feature: "mergeCheck", set: "1.13", vi: "Cần ExcelApi 1.13 để kiểm tra ô đã gộp.", en: "Checking for merged cells needs ExcelApi 1.13." },
];

/** Which optional features this Excel supports, with a reason for each one that is off. */
export function featureSupport(): FeatureSupport[] {
  return FEATURES.map(({ feature, set, vi, en }) =>
    isSetSupported("ExcelApi", set) ? { feature, supported: true } : { feature, supported: false, reason: { vi, en } },
  );
}
