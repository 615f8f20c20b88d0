import { Button, Field, ProgressBar, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useRef, useState } from "react";
import { withDerived } from "../../core/dataset/derive";
import type { PlanDataset } from "../../core/dataset/types";
import { checkText, type TextCheck } from "../../core/extract";
import { reportText } from "../../core/report-file";
import { buildTemplate, listTemplates, periodChoices } from "../../core/templates";
import { formatNumber } from "../i18n";
import { templateOptionsOf, type SectionProps } from "../host";
import { StatusBar } from "../StatusBar";
import { useStatus } from "../useStatus";
import { useConsent } from "./ConfirmOverwrite";
import { NeedsConsentError } from "../../core/target-not-empty";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: "18px", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { overflowWrap: "anywhere" },
  quote: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  hidden: { display: "none" },
  label: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  textarea: {
    resize: "vertical",
    boxSizing: "border-box",
    width: "100%",
    padding: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
});

/** Pasted text is limited so a slip of the clipboard cannot freeze the pane. */
const MAX_CHARS = 1_000_000;
const SHOWN = 50;

/** "Kiểm tra số liệu": figures from pasted report text, the text's own discrepancies, insert as a table. */
export function CheckSection({ host, settings, t }: SectionProps) {
  const styles = useStyles();
  const lang = settings.lang;
  const [text, setText] = useState("");
  const [result, setResult] = useState<TextCheck | null>(null);
  const [templateId, setTemplateId] = useState("");
  const [busy, setBusy] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const { status, setStatus, fail } = useStatus(lang, t);
  const consent = useConsent(t, () => setStatus({ intent: "info", text: t("cancelled") }));

  // The extracted figures as a dataset, so any standard table can be built from them.
  const dataset = useMemo<PlanDataset | null>(() => {
    if (!result || !result.extraction.period || result.extraction.records.length === 0) return null;
    return {
      id: "pasted-text",
      version: "0",
      province: result.extraction.province,
      document: { number: "", date: "", issuer: "", title: t("checkPastedTitle"), seedFile: "" },
      period: result.extraction.period,
      // Plans and same-period figures implied by "đạt …% kế hoạch, tăng …% so cùng kỳ", marked as derived.
      records: withDerived(result.extraction.records, "pasted-text"),
    };
  }, [result, t]);
  const templates = useMemo(
    () => (dataset ? listTemplates().filter((x) => periodChoices(x.id, dataset).length > 0) : []),
    [dataset],
  );
  const chosen = templates.find((x) => x.id === templateId) ?? templates[0];

  const check = useCallback(() => {
    setBusy(true);
    // A long report takes about half a second: let the progress bar paint before the work starts.
    setTimeout(() => {
      const done = checkText(text);
      setResult(done);
      setBusy(false);
      setStatus({
        intent: done.findings.length > 0 ? "warning" : "success",
        text: t("checkSummary", { records: done.extraction.records.length, findings: done.findings.length }),
      });
    }, 20);
  }, [setStatus, t, text]);

  /** A report file (.docx with its footnotes, or .txt) read into the text box; a PDF gets a message saying to copy the text out. */
  const openFile = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      try {
        const read = await reportText(file.name, new Uint8Array(await file.arrayBuffer()));
        setText(read.slice(0, MAX_CHARS));
        setResult(null);
        setStatus({ intent: "info", text: t("checkFileRead", { name: file.name, chars: formatNumber(lang, read.length) }) });
      } catch (e) {
        fail(e);
      }
    },
    [fail, lang, setStatus, t],
  );

  /** Selects the sentence in the text box, so the planner sees where a figure comes from. */
  const show = (offset: { start: number; end: number }) => {
    const el = area.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(offset.start, offset.end);
  };

  const insert = useCallback(
    async (overwrite: boolean) => {
      if (!dataset || !chosen) return;
      try {
        const block = buildTemplate(chosen.id, { dataset }, templateOptionsOf(settings));
        const done = await host.workbook.insertBlock(block, overwrite);
        setStatus({ intent: "success", text: t("inserted", { rows: done.rows, address: done.address }) });
      } catch (e) {
        if (e instanceof NeedsConsentError) consent.ask(e.text[lang], () => void insert(true));
        else fail(e);
      }
    },
    [chosen, dataset, fail, host, lang, setStatus, settings, t],
  );

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
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy || text.trim() === ""} onClick={check}>
          {t("checkButton")}
        </Button>
        <Button onClick={() => picker.current?.click()}>{t("checkOpenFile")}</Button>
      </div>
      {busy && <ProgressBar aria-label={t("checkButton")} />}
      <StatusBar status={status} />
      {result && result.findings.length > 0 && (
        <>
          <Text weight="semibold">{t("checkFindings")}</Text>
          <ul className={styles.list} data-testid="check-findings">
            {result.findings.map((f, i) => (
              <li key={i} className={styles.item}>
                <Text>{lang === "vi" ? f.vi : f.en}</Text>{" "}
                <Button size="small" appearance="transparent" onClick={() => show(f.quoteOffset)}>
                  {t("checkShowSentence")}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {result && result.extraction.records.length > 0 && (
        <>
          <Text weight="semibold">{t("checkRecords")}</Text>
          <ul className={styles.list} data-testid="check-records">
            {result.extraction.records.slice(0, SHOWN).map((r) => (
              <li key={r.id} className={styles.item}>
                <Button size="small" appearance="transparent" onClick={() => show(r.quoteOffset)}>
                  {`${r.indicator.vi}: ${formatNumber(lang, r.value)} ${r.indicator.unitText}`}
                </Button>
                <Text size={200} className={styles.quote}>
                  {` ${r.period.label}${r.reported.pctOfPlan !== undefined ? ` · ${t("checkPctOfPlan", { pct: formatNumber(lang, r.reported.pctOfPlan) })}` : ""}`}
                </Text>
              </li>
            ))}
          </ul>
          {result.extraction.records.length > SHOWN && (
            <Text size={200}>{t("checkMore", { count: result.extraction.records.length - SHOWN })}</Text>
          )}
        </>
      )}
      {templates.length > 0 && chosen && (
        <div className={styles.buttons}>
          <Field label={t("template")}>
            <Select value={chosen.id} onChange={(_e, d) => setTemplateId(d.value)}>
              {templates.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name[lang]}
                </option>
              ))}
            </Select>
          </Field>
          <Button onClick={() => void insert(false)}>{t("checkInsert")}</Button>
        </div>
      )}
      {consent.dialog}
    </section>
  );
}
