import { useCallback, useState } from "react";
import { parseDocumentDate } from "../../../core/document-date";
import { UserError, type Lang } from "../../../core/user-error";

/**
 * The "Kỳ/ngày của văn bản" field: what the planner typed, and the message when it is not a date. Read through
 * the same parser as the CLI's --date, so both accept the same words.
 */
export function useDocumentDate(lang: Lang) {
  const [value, setValue] = useState("");
  const [error, setError] = useState<string | undefined>();

  /** The date as the extractor takes it ("2023-06"), undefined when blank, null (and the message shown) when malformed. */
  const read = useCallback((): string | undefined | null => {
    try {
      const date = parseDocumentDate(value);
      setError(undefined);
      return date;
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      setError(e.text[lang]);
      return null;
    }
  }, [lang, value]);

  const change = useCallback((next: string) => {
    setValue(next);
    setError(undefined); // the old message no longer describes what is typed
  }, []);

  return { value, change, error, read };
}
