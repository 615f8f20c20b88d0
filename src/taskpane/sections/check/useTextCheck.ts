import { useCallback, useState } from "react";
import { checkText, type TextCheck } from "../../../core/extract";
import type { Translate } from "../../i18n";
import type { Status } from "../../useStatus";

/**
 * Runs the extractor and the text's own checks. Only the date the planner gives is passed: the heading is the
 * text's own first lines (a pasted report's title, a .docx's first paragraphs), which the extractor already reads
 * for the document's period and date ("ngày … tháng … năm …"), so the pane adds no second rule for it.
 */
export function useTextCheck(t: Translate, setStatus: (s: Status) => void, fail: (e: unknown) => void) {
  const [result, setResult] = useState<TextCheck | null>(null);
  const [busy, setBusy] = useState(false);

  const check = useCallback(
    (text: string, documentDate: string | undefined) => {
      setBusy(true);
      // A long report takes about half a second: let the progress bar paint before the work starts.
      setTimeout(() => {
        // (Run outside React's event handlers: an error here would leave the section busy for good and reach no one.)
        try {
          const done = checkText(text, {}, documentDate ? { documentDate } : {});
          setResult(done);
          setStatus({
            intent: done.findings.length > 0 ? "warning" : "success",
            text: t("checkSummary", { records: done.extraction.records.length, findings: done.findings.length }),
          });
        } catch (e) {
          fail(e);
        } finally {
          setBusy(false);
        }
      }, 20);
    },
    [fail, setStatus, t],
  );

  const clear = useCallback(() => setResult(null), []);
  return { result, busy, check, clear };
}
