import { Button, ProgressBar, Text } from "@fluentui/react-components";
import { useCallback, useRef, useState } from "react";
import { reportText } from "../../core/report-file";
import { formatNumber } from "../i18n";
import type { SectionProps } from "../host";
import { StatusBar } from "../StatusBar";
import { useStatus } from "../useStatus";
import { CheckInsert } from "./check/CheckInsert";
import { CheckResults } from "./check/CheckResults";
import { DocumentDateField } from "./check/DocumentDateField";
import { useCheckStyles, type TextSpan } from "./check/styles";
import { useDocumentDate } from "./check/useDocumentDate";
import { useTextCheck } from "./check/useTextCheck";

/** Pasted text is limited so a slip of the clipboard cannot freeze the pane. */
const MAX_CHARS = 1_000_000;

/** "Kiểm tra số liệu": figures from pasted report text, the text's own discrepancies, insert as a table. */
export function CheckSection({ host, settings, t }: SectionProps) {
  const styles = useCheckStyles();
  const lang = settings.lang;
  const [text, setText] = useState("");
  const area = useRef<HTMLTextAreaElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const { status, setStatus, fail } = useStatus(lang, t);
  const date = useDocumentDate(lang);
  const { result, busy, check, clear } = useTextCheck(t, setStatus, fail);

  const run = () => {
    const documentDate = date.read();
    if (documentDate !== null) check(text, documentDate);
  };

  /** A report file (.docx with its footnotes, or .txt) read into the text box; a PDF gets a message saying to copy the text out. */
  const openFile = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      try {
        const read = await reportText(file.name, new Uint8Array(await file.arrayBuffer()));
        setText(read.slice(0, MAX_CHARS));
        clear();
        setStatus({ intent: "info", text: t("checkFileRead", { name: file.name, chars: formatNumber(lang, read.length) }) });
      } catch (e) {
        fail(e);
      }
    },
    [clear, fail, lang, setStatus, t],
  );

  /** Selects the sentence in the text box, so the planner sees where a figure comes from. */
  const show = (span: TextSpan) => {
    const el = area.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(span.start, span.end);
  };

  return (
    <section className={styles.form} aria-label={t("tabCheck")}>
      {/* A native text box: Fluent's Textarea adds weight to the pane for nothing a planner sees. */}
      <label htmlFor="check-text" className={styles.label}>
        {t("checkText")}
      </label>
      <textarea
        id="check-text"
        ref={area}
        className={styles.textarea}
        value={text}
        rows={6}
        aria-describedby="check-hint"
        onChange={(e) => setText(e.target.value.slice(0, MAX_CHARS))}
      />
      <Text id="check-hint" size={200} className={styles.quote}>
        {t("checkHint")}
      </Text>
      <input
        ref={picker}
        type="file"
        accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
        className={styles.hidden}
        data-testid="check-file"
        onChange={(e) => {
          void openFile(e.target.files?.[0]);
          e.target.value = ""; // the same file picked again is read again
        }}
      />
      <DocumentDateField value={date.value} error={date.error} onChange={date.change} onBlur={() => void date.read()} t={t} />
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={text.trim() === ""} disabledFocusable={busy} onClick={run}>
          {t("checkButton")}
        </Button>
        <Button onClick={() => picker.current?.click()}>{t("checkOpenFile")}</Button>
      </div>
      {busy && <ProgressBar aria-label={t("checkButton")} />}
      <StatusBar status={status} />
      {result && <CheckResults result={result} lang={lang} t={t} onShow={show} />}
      {result && <CheckInsert extraction={result.extraction} host={host} settings={settings} t={t} setStatus={setStatus} fail={fail} />}
    </section>
  );
}
