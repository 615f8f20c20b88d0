import { Suspense, useState } from "react";
import type { Translate } from "../i18n";
import { onDemand } from "../on-demand";

const confirmOverwrite = onDemand(() =>
  import(/* webpackChunkName: "sections" */ "./ConfirmOverwriteDialog").then((m) => m.ConfirmOverwrite),
);
export const prefetchConfirmOverwrite = confirmOverwrite.prefetch;

/**
 * The consent round every writing action shares: `ask` shows the question, "Ghi đè" runs the action
 * again with consent, "Hủy" calls onCancel. Render `dialog` once in the section.
 */
export function useConsent(t: Translate, onCancel: () => void) {
  const [pending, setPending] = useState<{ question: string; run: () => void; opener: Element | null } | null>(null);
  const ConfirmOverwrite = confirmOverwrite.component();
  // Mounted only while a question is open, from the sections' chunk (registry.tsx) fetched after the first paint
  // (a failed fetch shows the section's load-failure message).
  const dialog = pending && (
    <Suspense fallback={null}>
      <ConfirmOverwrite
        question={pending.question}
        t={t}
        onAnswer={(yes) => {
          setPending(null);
          // Focus back where the question was asked from (WAI-ARIA's dialog pattern): the dialog is unmounted rather
          // than closed, so the browser's own return of focus does not happen, and focus left on the page's body
          // loses the planner's place (and a screen reader's).
          if (pending.opener instanceof HTMLElement) pending.opener.focus();
          if (yes) pending.run();
          else onCancel();
        }}
      />
    </Suspense>
  );
  return { ask: (question: string, run: () => void) => setPending({ question, run, opener: document.activeElement }), dialog };
}
