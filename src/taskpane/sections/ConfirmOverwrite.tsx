import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Translate } from "../i18n";

export interface ConfirmOverwriteProps {
  /** The question to put to the planner; null when there is none. */
  question: string | null;
  onAnswer(overwrite: boolean): void;
  t: Translate;
}

/** Asks before any non-empty cell is written over. */
export function ConfirmOverwrite({ question, onAnswer, t }: ConfirmOverwriteProps) {
  return (
    <Dialog open={question !== null} modalType="alert" onOpenChange={(_e, d) => !d.open && onAnswer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("confirmOverwriteTitle")}</DialogTitle>
          <DialogContent>{question}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              {t("overwrite")}
            </Button>
            <Button onClick={() => onAnswer(false)}>{t("cancel")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/**
 * The consent round every writing action shares: `ask` shows the question, "Ghi đè" runs the action
 * again with consent, "Hủy" calls onCancel. Render `dialog` once in the section.
 */
export function useConsent(t: Translate, onCancel: () => void) {
  const [pending, setPending] = useState<{ question: string; run: () => void } | null>(null);
  const dialog = (
    <ConfirmOverwrite
      question={pending?.question ?? null}
      t={t}
      onAnswer={(yes) => {
        setPending(null);
        if (yes) pending?.run();
        else onCancel();
      }}
    />
  );
  return { ask: (question: string, run: () => void) => setPending({ question, run }), dialog };
}
