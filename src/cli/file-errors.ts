/**
 * A file the planner named that cannot be read or written ("--out du-lieu/x.json" with no folder "du-lieu", a file
 * open elsewhere, a full disk): the operating system's reason in the planner's language, matched by its code (the
 * system's message is neither localized nor meant for them), with the path as given.
 */
import type { Localized } from "../core/user-error";

const REASONS: Record<string, (path: string) => Localized> = {
  ENOENT: (p) => ({ vi: `Không tìm thấy ${p}: thư mục hoặc tệp này không có. Tạo thư mục trước, hoặc kiểm tra lại đường dẫn.`, en: `${p} does not exist: create the folder first, or check the path.` }),
  ENOTDIR: (p) => ({ vi: `Đường dẫn ${p} đi qua một tệp chứ không phải thư mục.`, en: `The path ${p} goes through a file, not a folder.` }),
  EISDIR: (p) => ({ vi: `${p} là một thư mục, không phải tệp: thêm tên tệp vào đường dẫn.`, en: `${p} is a folder, not a file: add a file name to the path.` }),
  EACCES: (p) => ({ vi: `Không có quyền đọc hoặc ghi ${p}.`, en: `No permission to read or write ${p}.` }),
  EPERM: (p) => ({ vi: `Không có quyền đọc hoặc ghi ${p}.`, en: `No permission to read or write ${p}.` }),
  EBUSY: (p) => ({ vi: `Tệp ${p} đang được chương trình khác dùng (có thể đang mở trong Excel): đóng tệp rồi chạy lại.`, en: `${p} is in use by another program (open in Excel?): close it and run again.` }),
  ENOSPC: (p) => ({ vi: `Ổ đĩa đã đầy: không ghi được ${p}.`, en: `The disk is full: ${p} could not be written.` }),
  EROFS: (p) => ({ vi: `Ổ đĩa chỉ cho đọc: không ghi được ${p}.`, en: `The disk is read-only: ${p} could not be written.` }),
};

/** The planner's message for a file system error with a known code and a path; undefined for anything else. */
export function fileErrorText(e: unknown): Localized | undefined {
  if (typeof e !== "object" || e === null) return undefined;
  const { code, path } = e as { code?: unknown; path?: unknown };
  if (typeof code !== "string" || typeof path !== "string") return undefined;
  return REASONS[code]?.(path);
}
