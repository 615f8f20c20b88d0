import { useCallback, useState } from "react";
import { UserError, type Lang } from "../core/user-error";
import type { Translate } from "./i18n";

export interface Status {
  intent: "success" | "warning" | "error" | "info";
  text: string;
}

/** The message bar state of a section, and the one place errors become words for the planner. */
export function useStatus(lang: Lang, t: Translate) {
  const [status, setStatus] = useState<Status | null>(null);
  const fail = useCallback(
    (e: unknown) => {
      const text = e instanceof UserError ? e.text[lang] : t("unexpected", { message: String(e) });
      setStatus({ intent: "error", text });
    },
    [lang, t],
  );
  return { status, setStatus, fail };
}
