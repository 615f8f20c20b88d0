import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
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
