import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { TargetNotEmptyError } from "../../core/target-not-empty";
import type { Translate } from "../i18n";

export interface ConfirmOverwriteProps {
  conflict: TargetNotEmptyError | null;
  onAnswer(overwrite: boolean): void;
  t: Translate;
}

/** Asks before any non-empty cell is written over. */
export function ConfirmOverwrite({ conflict, onAnswer, t }: ConfirmOverwriteProps) {
  const shown = conflict ? conflict.cells.slice(0, 5).join(", ") + (conflict.cells.length > 5 ? ", …" : "") : "";
  return (
    <Dialog open={conflict !== null} modalType="alert" onOpenChange={(_e, d) => !d.open && onAnswer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t("confirmOverwriteTitle")}</DialogTitle>
          <DialogContent>{t("confirmOverwrite", { count: conflict?.cells.length ?? 0, cells: shown })}</DialogContent>
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
