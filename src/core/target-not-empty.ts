import { UserError } from "./user-error";

/**
 * An action stopped before writing because it would replace something of the planner's:
 * its message is the question to ask, and the action runs again once they agree.
 */
export class NeedsConsentError extends UserError {}

/**
 * Raised before any write when the target range holds data: the pane asks the planner
 * for consent and retries with overwrite, so nothing is lost silently.
 */
export class TargetNotEmptyError extends NeedsConsentError {
  constructor(
    readonly address: string,
    /** Addresses of the non-empty cells (all of them; the message shows the first few). */
    readonly cells: string[],
  ) {
    const shown = cells.slice(0, 5).join(", ") + (cells.length > 5 ? ", …" : "");
    super("target-not-empty", {
      vi: `Vùng ${address} đã có dữ liệu ở ${cells.length} ô (${shown}). Ghi đè lên các ô này?`,
      en: `Range ${address} already holds data in ${cells.length} cells (${shown}). Overwrite them?`,
    });
    this.name = "TargetNotEmptyError";
  }
}

type Content = string | number | boolean;

export interface HandEdit {
  address: string;
  /** What the add-in wrote last time. */
  written: Content;
  /** What the cell holds now. */
  current: Content;
  /** What the refresh would write. */
  next: Content;
}

/** Cells the add-in wrote were changed by hand since: a refresh asks before replacing them. */
export class HandEditError extends NeedsConsentError {
  constructor(readonly edits: HandEdit[]) {
    const first = edits.slice(0, 5).map((e) => e.address).join(", ") + (edits.length > 5 ? ", …" : "");
    super("hand-edits", {
      vi: `${edits.length} ô đã được sửa tay sau lần ghi trước (${first}). Làm mới sẽ thay các giá trị này. Tiếp tục?`,
      en: `${edits.length} cell(s) were edited by hand since the add-in last wrote them (${first}). Refreshing replaces them. Continue?`,
    });
    this.name = "HandEditError";
  }
}
