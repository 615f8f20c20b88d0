/**
 * Errors as Office.js raises them: an OfficeExtension.Error named "RichApi.Error" with a stable
 * `code`, a `message` in the language of the Office UI, and `debugInfo` ({ code, message,
 * errorLocation }). Only the code is stable: "the message is localized"
 * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling),
 * so the simulator speaks Vietnamese under vi-VN and an add-in that matches messages breaks here
 * as it would in a Vietnamese Excel.
 */
export type SimLocale = "vi-VN" | "en-US";

/** English texts are Excel's own (Excel.ErrorCodes and the error-handling article); vi-VN ours. */
const MESSAGES: Record<string, { en: string; vi: string }> = {
  AccessDenied: {
    en: "You cannot perform the requested operation.",
    vi: "Bạn không thể thực hiện thao tác được yêu cầu.",
  },
  ApiNotFound: {
    en: "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
    vi: "Không tìm thấy API bạn đang cố sử dụng. API này có thể có trong phiên bản Excel mới hơn.",
  },
  GeneralException: {
    en: "There was an internal error while processing the request.",
    vi: "Đã xảy ra lỗi nội bộ khi xử lý yêu cầu.",
  },
  InvalidArgument: {
    en: "The argument is invalid or missing or has an incorrect format.",
    vi: "Đối số không hợp lệ, bị thiếu hoặc có định dạng không đúng.",
  },
  InvalidOperation: {
    en: "The operation attempted is invalid on the object.",
    vi: "Thao tác đã thử không hợp lệ trên đối tượng này.",
  },
  InvalidOperationInCellEditMode: {
    en: "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
    vi: "Thao tác không khả dụng khi Excel đang ở chế độ Sửa ô. Hãy thoát chế độ Sửa bằng phím Enter hoặc Tab, hoặc chọn ô khác, rồi thử lại.",
  },
  ItemAlreadyExists: {
    en: "The resource being created already exists.",
    vi: "Tài nguyên đang được tạo đã tồn tại.",
  },
  ItemNotFound: {
    en: "The requested resource doesn't exist.",
    vi: "Tài nguyên được yêu cầu không tồn tại.",
  },
  InvalidObjectPath: {
    en: "The object path isn't working for what you're trying to do. If you're using the object across multiple context.sync calls and outside the sequential execution of a .run batch, please use the context.trackedObjects.add() and context.trackedObjects.remove() methods to manage the object's lifetime.",
    vi: "Đường dẫn đối tượng không dùng được cho thao tác này. Nếu bạn dùng đối tượng qua nhiều lần context.sync bên ngoài lô .run, hãy dùng context.trackedObjects.add() và context.trackedObjects.remove().",
  },
  PropertyNotLoaded: {
    en: "The property isn't available. Before reading the property's value, call the load method on the containing object and call \"context.sync()\" on the associated request context.",
    vi: "Thuộc tính chưa sẵn sàng. Trước khi đọc giá trị, hãy gọi phương thức load trên đối tượng chứa nó và gọi \"context.sync()\" trên ngữ cảnh yêu cầu liên quan.",
  },
  RequestPayloadSizeLimitExceeded: {
    en: "The request payload size has exceeded the limit. See https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization for more information.",
    vi: "Kích thước dữ liệu của yêu cầu đã vượt quá giới hạn. Xem https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization để biết thêm thông tin.",
  },
  ResponsePayloadSizeLimitExceeded: {
    en: "The response payload size has exceeded the limit. See https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization for more information.",
    vi: "Kích thước dữ liệu của phản hồi đã vượt quá giới hạn. Xem https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization để biết thêm thông tin.",
  },
};

export interface SimDebugInfo {
  code: string;
  message: string;
  /** "Range.values", "Worksheets.getItem", ... as Office.js names the failing statement. */
  errorLocation?: string;
  statement?: string;
}

/** The error object Excel.run rejects with. */
export class SimError extends Error {
  readonly code: string;
  readonly debugInfo: SimDebugInfo;
  readonly traceMessages: string[] = [];

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation, statement: errorLocation } : {}) };
  }

  override toString(): string {
    return JSON.stringify({ name: this.name, code: this.code, message: this.message, debugInfo: this.debugInfo });
  }
}

/** Builds the error for a code in the simulator's locale; `detail` is appended (as Excel does for some). */
export function simError(code: string, locale: SimLocale, errorLocation?: string, detail?: string): SimError {
  const texts = MESSAGES[code] ?? MESSAGES.GeneralException!;
  const text = locale === "vi-VN" ? texts.vi : texts.en;
  return new SimError(code, detail ? `${text} ${detail}` : text, errorLocation);
}

/** The codes as Excel.ErrorCodes spells them (office.js exposes both forms). */
export const ERROR_CODES = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  invalidObjectPath: "InvalidObjectPath",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
} as const;
