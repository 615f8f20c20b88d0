import { UserError } from "./user-error";

/**
 * Raised before any write when the target range holds data: the pane asks the planner
 * for consent and retries with overwrite, so nothing is lost silently.
 */
export class TargetNotEmptyError extends UserError {
  constructor(
    readonly address: string,
    /** Addresses of the non-empty cells (all of them; the message shows the first few). */
    readonly cells: string[],
  ) {
    const shown = cells.slice(0, 5).join(", ") + (cells.length > 5 ? ", …" : "");
    super("target-not-empty", {
      vi: `Vùng ${address} đã có dữ liệu ở ${cells.length} ô (${shown}). Hãy chọn chỗ trống hoặc đồng ý ghi đè.`,
      en: `Range ${address} already holds data in ${cells.length} cells (${shown}). Choose an empty place or agree to overwrite.`,
    });
    this.name = "TargetNotEmptyError";
  }
}
