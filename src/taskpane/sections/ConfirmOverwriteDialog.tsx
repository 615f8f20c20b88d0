import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef } from "react";
import type { Translate } from "../i18n";

export interface ConfirmOverwriteProps {
  /** The question to put to the planner; null when there is none. */
  question: string | null;
  onAnswer(overwrite: boolean): void;
  t: Translate;
}

const useStyles = makeStyles({
  dialog: {
    maxWidth: "min(440px, calc(100vw - 32px))",
    padding: tokens.spacingHorizontalXXL,
    border: `1px solid ${tokens.colorTransparentStroke}`,
    borderRadius: tokens.borderRadiusXLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow64,
    fontFamily: tokens.fontFamilyBase,
    "::backdrop": { backgroundColor: tokens.colorBackgroundOverlay },
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold },
  content: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXL}`, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, justifyContent: "flex-end", flexWrap: "wrap" },
});

/**
 * Asks before any non-empty cell is written over. A native modal <dialog> (showModal): the browser gives it the
 * focus trap, Escape and the inert page behind it that Fluent's Dialog builds in script (about 10 KB gzip, issue 12's
 * size budget); role="alertdialog" because the answer decides whether the planner's cells are replaced.
 */
export function ConfirmOverwrite({ question, onAnswer, t }: ConfirmOverwriteProps) {
  const styles = useStyles();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const textId = useId();
  const open = question !== null;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // WebKit before 15.4 (older Office for Mac) has no showModal: the question still shows, without the modal backdrop.
    if (open && !dialog.open) {
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={textId}
      className={styles.dialog}
      onCancel={(e) => {
        // Escape: the browser would close the dialog by itself; the answer is "no" and React closes it.
        e.preventDefault();
        onAnswer(false);
      }}
    >
      <h2 id={titleId} className={styles.title}>
        {t("confirmOverwriteTitle")}
      </h2>
      <p id={textId} className={styles.content}>
        {question}
      </p>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => onAnswer(true)}>
          {t("overwrite")}
        </Button>
        <Button onClick={() => onAnswer(false)}>{t("cancel")}</Button>
      </div>
    </dialog>
  );
}
