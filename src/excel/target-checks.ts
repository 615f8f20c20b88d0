/**
 * What stops an insert before anything is written (protected sheet, merged cells, Excel tables,
 * data without consent) and the planner-facing reasons for what the host could not do.
 */
import { parseRangeAddress } from "../core/a1";
import { localized, type Localized } from "../core/user-error";
import { TargetBlockedError } from "./errors";

export interface SkippedFeature {
  feature: "freeze" | "pageLayout" | "fitToWidth" | "mergeCheck" | "tableCheck" | "formatUndo";
  reason: Localized;
}

export interface TargetFacts {
  /** "Sheet1!B3:H20", for messages. */
  fullAddress: string;
  /** "B3:H20". */
  address: string;
  sheetName: string;
  protected: boolean;
  /** Merged areas touching the target, without sheet names; null when the host cannot tell. */
  mergedAreas: string[] | null;
  /** Excel tables overlapping the target; null when the host cannot tell. */
  tableNames: string[] | null;
  overwrite: boolean;
}

/**
 * The areas of a multi-area address ("Sheet1!A1:H1, 'Kế hoạch, 2021'!C3:D3") without their
 * sheet names. Split on commas outside quotes: a sheet name may hold a comma ("''" is a quote
 * inside a quoted name).
 */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "").map((p) => p.slice(p.lastIndexOf("!") + 1));
}

/** Whether two range addresses share a cell. */
export function intersects(a: string, b: string): boolean {
  const x = parseRangeAddress(a);
  const y = parseRangeAddress(b);
  return !!x && !!y && x.row < y.row + y.rows && y.row < x.row + x.rows && x.col < y.col + y.cols && y.col < x.col + x.cols;
}

function contains(outer: string, inner: string): boolean {
  const o = parseRangeAddress(outer);
  const i = parseRangeAddress(inner);
  return !!o && !!i && i.row >= o.row && i.col >= o.col && i.row + i.rows <= o.row + o.rows && i.col + i.cols <= o.col + o.cols;
}

/**
 * Throws TargetBlockedError for what the planner must fix first. Merges wholly inside the
 * target (typically an earlier insert of the same table) can be replaced with consent; a merge
 * the block would cut through cannot. Returns the merges to unmerge before writing.
 */
export function checkTarget(t: TargetFacts): string[] {
  if (t.protected) {
    throw new TargetBlockedError(
      "protected",
      `Trang tính "${t.sheetName}" đang được bảo vệ nên không thể chèn bảng. Hãy bỏ bảo vệ (Review > Unprotect Sheet) rồi thử lại.`,
      `The sheet "${t.sheetName}" is protected, so the table cannot be inserted. Unprotect it (Review > Unprotect Sheet) and try again.`,
    );
  }
  const merged = t.mergedAreas ?? [];
  const cut = merged.filter((a) => !contains(t.address, a));
  if (cut.length > 0) {
    throw new TargetBlockedError(
      "merged",
      `Vùng ${t.fullAddress} cắt ngang ô đã gộp (${cut.join(", ")}). Hãy bỏ gộp ô hoặc chọn vị trí khác.`,
      `The range ${t.fullAddress} cuts through merged cells (${cut.join(", ")}). Unmerge them or pick another place.`,
    );
  }
  if (merged.length > 0 && !t.overwrite) {
    throw new TargetBlockedError(
      "merged",
      `Vùng ${t.fullAddress} có ô đã gộp (${merged.join(", ")}). Hãy chọn vị trí khác, hoặc đồng ý ghi đè để bỏ gộp và thay bằng bảng mới.`,
      `The range ${t.fullAddress} contains merged cells (${merged.join(", ")}). Pick another place, or agree to overwrite to unmerge and replace them.`,
      true,
    );
  }
  const tables = t.tableNames ?? [];
  if (tables.length > 0) {
    const names = tables.join(", ");
    throw new TargetBlockedError(
      "table",
      `Vùng ${t.fullAddress} chồng lên bảng Excel (Table) ${names}. Hãy chọn vị trí ngoài bảng đó.`,
      `The range ${t.fullAddress} overlaps the Excel table ${names}. Pick a place outside it.`,
    );
  }
  return merged;
}

export const SKIP_REASONS: Record<SkippedFeature["feature"] | "freezeNotRow1", Localized> = {
  mergeCheck: localized("Excel này (trước ExcelApi 1.13) không cho kiểm tra ô đã gộp.", "This Excel (before ExcelApi 1.13) cannot check for merged cells."),
  tableCheck: localized("Excel này (trước ExcelApi 1.9) không cho kiểm tra chồng lấn Table.", "This Excel (before ExcelApi 1.9) cannot check for table overlap."),
  formatUndo: localized(
    "Hoàn tác sẽ xoá định dạng của vùng thay vì khôi phục từng ô (Excel cũ hoặc vùng quá lớn).",
    "Undo will clear the range's formatting instead of restoring each cell's (older Excel or a very large range).",
  ),
  freeze: localized("Excel này (trước ExcelApi 1.7) không cho cố định dòng.", "This Excel (before ExcelApi 1.7) cannot freeze rows."),
  freezeNotRow1: localized(
    "Không cố định dòng tiêu đề vì bảng không bắt đầu ở dòng 1 (cố định sẽ giữ cả các dòng phía trên bảng).",
    "The header is not frozen because the table does not start at row 1 (freezing would also pin the rows above it).",
  ),
  pageLayout: localized("Excel này (trước ExcelApi 1.9) không cho đặt khổ in.", "This Excel (before ExcelApi 1.9) cannot set the print layout."),
  fitToWidth: localized(
    "Excel chưa nhận lệnh in vừa một trang ngang (Excel bỏ qua lệnh này khi thẻ Page Layout chưa được mở). Hãy đặt trong Page Layout > Scale to Fit > Width: 1 page.",
    "Excel did not take fit-to-one-page-wide (it ignores it until the Page Layout tab has been opened). Set it in Page Layout > Scale to Fit > Width: 1 page.",
  ),
};
