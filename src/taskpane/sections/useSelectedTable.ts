import { useCallback, useState } from "react";
import type { HostActions, SheetTable } from "../host";
import type { Status } from "../useStatus";

/**
 * The planner's own table around the selected cell, as the host reads it, for the sections that work on one
 * (*Tính lại*, *Điền biểu mẫu*), and the busy flag of their actions on it.
 */
export function useSelectedTable(host: HostActions, setStatus: (s: Status | null) => void, fail: (e: unknown) => void) {
  const [table, setTable] = useState<SheetTable | null>(null);
  const [busy, setBusy] = useState(false);

  /** Runs an action on the workbook with the progress bar up; an error becomes the section's message. */
  const run = useCallback(
    async (action: () => Promise<void>) => {
      setBusy(true);
      try {
        await action();
      } catch (e) {
        fail(e);
      } finally {
        setBusy(false);
      }
    },
    [fail],
  );

  /** The selected table read again, as the sheet holds it after a write or an undo. */
  const reread = useCallback(async () => setTable(await host.workbook.readTable()), [host]);

  /** "Đọc … đang chọn": the message cleared, `reset` forgets the corrections made to the last table, then it is read. */
  const read = useCallback(
    (reset: () => void) =>
      run(async () => {
        setStatus(null);
        reset();
        await reread();
      }),
    [reread, run, setStatus],
  );

  return { table, busy, read, reread, run };
}
