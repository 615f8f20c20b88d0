/**
 * Errors the Excel layer raises for the planner. Each is a UserError (vi/en text) so the pane
 * can show it; the ones that ask a question carry the data the pane needs to ask it.
 */
import { UserError, localized } from "../core/user-error";

/** An Office error turned into a planner message; the original Office message is kept. */
export class OfficeUserError extends UserError {
  constructor(
    code: string,
    vi: string,
    en: string,
    /** Office's own error code and message, for support and logs. */
    readonly officeCode: string,
    readonly officeMessage: string,
  ) {
    super(code, localized(`${vi} (Chi tiết: ${officeMessage})`, `${en} (Details: ${officeMessage})`));
    this.name = "OfficeUserError";
  }
}

/** The target range holds something: one class for Excel and the preview, defined in core. */
export { TargetNotEmptyError } from "../core/target-not-empty";

/** The insert would cut through something Excel cannot write over safely. */
export class TargetBlockedError extends UserError {
  constructor(
    readonly reason: "protected" | "merged" | "table" | "outside-sheet" | "bad-anchor",
    vi: string,
    en: string,
    /** The planner can lift the block by agreeing to overwrite (merges inside the target). */
    readonly overwriteResolves = false,
  ) {
    super(`target-${reason}`, localized(vi, en));
    this.name = "TargetBlockedError";
  }
}

/** A refresh would replace figures the planner typed over: the pane lists them and asks. */
export { HandEditError, type HandEdit } from "../core/target-not-empty";

/** A write failed and putting the cells back failed too: say so plainly, with both reasons. */
export class RestoreFailedError extends UserError {
  constructor(
    readonly writeMessage: string,
    readonly restoreMessage: string,
  ) {
    super(
      "restore-failed",
      localized(
        `Ghi bảng thất bại và không thể khôi phục vùng ô như cũ. Hãy dùng "Hoàn tác lần chèn" hoặc kiểm tra lại vùng ô. (Lỗi ghi: ${writeMessage}; lỗi khôi phục: ${restoreMessage})`,
        `Writing the table failed and the cells could not be put back. Use "Undo last insert" or check the range. (Write error: ${writeMessage}; restore error: ${restoreMessage})`,
      ),
    );
    this.name = "RestoreFailedError";
  }
}
