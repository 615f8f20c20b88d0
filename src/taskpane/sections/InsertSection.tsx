import { Button, Field, ProgressBar, Select, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { DocumentRef, PlanDataset } from "../../core/dataset/types";
import { NeedsConsentError } from "../../core/target-not-empty";
import { UserError, type Lang } from "../../core/user-error";
import type { Translate } from "../i18n";
import { templateOptionsOf, type Fetched, type SectionProps } from "../host";
import { StatusBar } from "../StatusBar";
import { TemplateSelect } from "./TemplateSelect";
import { useStatus } from "../useStatus";
import { useConsent } from "./ConfirmOverwrite";
import { formatDocDate } from "./data-format";
import { DatasetPicker, useDatasetChoice } from "./DatasetPicker";
import { useDatasetIndex } from "./useDatasetIndex";
import { useInsertEngine } from "./useInsertEngine";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  source: { color: tokens.colorNeutralForeground2 },
});

export function InsertSection({ host, settings, t }: SectionProps) {
  const styles = useStyles();
  const lang = settings.lang;
  const { status, setStatus, fail } = useStatus(lang, t);
  const engine = useInsertEngine(fail);
  const templates = useMemo(() => engine?.listTemplates() ?? [], [engine]);
  const [templateId, setTemplateId] = useState("");
  useEffect(() => {
    if (!templateId && templates[0]) setTemplateId(templates[0].id);
  }, [templateId, templates]);
  const { index, status: indexStatus, retry, useCache } = useDatasetIndex(host, settings, t);
  const [dataset, setDataset] = useState<Fetched<PlanDataset> | null>(null);
  const [periodKey, setPeriodKey] = useState("");
  // The custom table's indicators, in the order picked; a new dataset starts a new pick.
  const [picked, setPicked] = useState<string[]>([]);
  const custom = templateId === "custom";
  const [empty, setEmpty] = useState(false);
  const [busy, setBusy] = useState(false);
  // Bumped after each insert or undo so the list of inserted tables is read again.
  const [blocksVersion, setBlocksVersion] = useState(0);
  const consent = useConsent(t, () => setStatus({ intent: "info", text: t("cancelled") }));

  const entries = useMemo(() => index?.data.datasets ?? [], [index]);
  const choice = useDatasetChoice(entries);
  const { datasetId } = choice;

  // The dataset itself is fetched when picked, so its periods and source can be shown before inserting.
  useEffect(() => {
    if (!datasetId) return;
    let live = true;
    setDataset(null);
    setPicked([]);
    host.data.getDataset(settings.dataUrl || "data/", datasetId, true).then(
      (d) => live && setDataset(d),
      (e) => live && fail(e),
    );
    return () => {
      live = false;
    };
  }, [host, datasetId, settings.dataUrl, fail]);

  const periods = useMemo(
    // Before any pick, the custom table offers every period with a figure.
    () => (engine && dataset && templateId ? engine.periodChoices(templateId, dataset.data, custom && picked.length > 0 ? picked : undefined) : []),
    [engine, dataset, templateId, custom, picked],
  );
  useEffect(() => {
    if (!periods.some((p) => p.key === periodKey)) setPeriodKey(periods[0]?.key ?? "");
  }, [periods, periodKey]);

  const insert = useCallback(
    async (overwrite: boolean) => {
      if (!engine) return; // the button is disabled until the engine has arrived
      setBusy(true);
      setStatus(null);
      try {
        const input = empty || !dataset ? null : { dataset: dataset.data, periodKey, ...(custom ? { indicators: picked } : {}) };
        const block = engine.buildTemplate(templateId, input, templateOptionsOf(settings));
        const done = await host.workbook.insertBlock(block, overwrite);
        setStatus({ intent: "success", text: t("inserted", { rows: done.rows, address: done.address }) });
        setBlocksVersion((v) => v + 1);
      } catch (e) {
        const question = consentQuestion(e, t, lang);
        if (question) consent.ask(question, () => void insert(true));
        else fail(e);
      } finally {
        setBusy(false);
      }
    },
    [custom, dataset, empty, engine, fail, host, lang, periodKey, picked, setStatus, settings, t, templateId],
  );

  const undo = useCallback(async () => {
    setBusy(true);
    try {
      const done = await host.workbook.undoLastInsert();
      if (!done) setStatus({ intent: "info", text: t("nothingToUndo") });
      else if (done.notRestored?.length) {
        // An older Excel lacks what some formats need: the cells are back, the planner is told what is not.
        const reasons = done.notRestored.map((f) => f.reason[lang]).join(" ");
        setStatus({ intent: "warning", text: t("undonePartly", { address: done.address, reasons }) });
      } else setStatus({ intent: "success", text: t("undone", { address: done.address }) });
      setBlocksVersion((v) => v + 1);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }, [fail, host, lang, setStatus, t]);

  const template = templates.find((x) => x.id === templateId);
  const missing = useMemo(() => host.workbook.unsupportedFeatures(), [host]);
  const insertUnsupported = missing.some((f) => f.feature === "insert");
  const canInsert =
    !insertUnsupported && !!template && (empty || (!!dataset && periods.length > 0 && (!custom || picked.length > 0)));
  return (
    <section className={styles.form} aria-label={t("tabInsert")}>
      {/* Empty and disabled for the moment the template engine is on its way. */}
      <TemplateSelect
        label={t("template")}
        hint={template?.description[lang]}
        templates={templates}
        value={templateId}
        onChange={setTemplateId}
        lang={lang}
        disabled={!engine}
      />
      {engine && template && <engine.TemplatePreview info={template} lang={lang} />}
      {engine && <engine.TemplateGallery templates={templates} chosen={templateId} onChoose={setTemplateId} lang={lang} t={t} />}
      <Switch checked={empty} onChange={(_e, d) => setEmpty(d.checked)} label={t("emptyTemplate")} />
      {!empty && (
        <>
          <StatusBar status={indexStatus} />
          {indexStatus?.intent === "error" && (
            <div className={styles.buttons}>
              <Button onClick={retry}>{t("retry")}</Button>
              {useCache && <Button onClick={useCache}>{t("useCache")}</Button>}
            </div>
          )}
<DatasetPicker choice={choice} lang={lang} t={t} />
          {dataset && (
            <Text size={200} className={styles.source} data-testid="dataset-source">
              {sourceLine(dataset.data.document, lang, t)}
              {/* A saved copy is used only when the server cannot be reached: say so, with its time. */}
              {dataset.fromCache && ` ${t("dataFromCache", { asOf: dataset.asOf })}`}
            </Text>
          )}
          {engine && custom && dataset && <engine.IndicatorPicker dataset={dataset.data} picked={picked} onChange={setPicked} lang={lang} t={t} />}
          <Field label={t("period")} validationMessage={dataset && periods.length === 0 ? t("noPeriodForTemplate") : undefined}>
            <Select value={periodKey} onChange={(_e, d) => setPeriodKey(d.value)}>
              {periods.map((p) => (
                <option key={p.key} value={p.key}>
                  {p.label[lang]}
                </option>
              ))}
            </Select>
          </Field>
        </>
      )}
      {missing.length > 0 && (
        <StatusBar status={{ intent: insertUnsupported ? "error" : "warning", text: missing.map((f) => f.reason[lang]).join(" ") }} />
      )}
      {busy && <ProgressBar aria-label={t("inserting")} />}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={!canInsert} disabledFocusable={busy} onClick={() => void insert(false)}>
          {t("insertButton")}
        </Button>
        <Button disabledFocusable={busy} onClick={() => void undo()}>
          {t("undoInsert")}
        </Button>
      </div>
      <StatusBar status={status} />
      {engine && <engine.RefreshBlocks host={host} settings={settings} t={t} version={blocksVersion} />}
      {consent.dialog}
    </section>
  );
}

/** "Nguồn: 1809/QĐ-UBND ngày 01/09/2021 của UBND tỉnh Trà Vinh", or the title when the document has no number. */
function sourceLine(doc: DocumentRef, lang: Lang, t: Translate): string {
  if (!doc.number) return t("sourceUntitled", { title: doc.title, issuer: doc.issuer });
  return t("sourceDocument", { number: doc.number, date: formatDocDate(lang, doc.date), issuer: doc.issuer });
}

/** The question to ask when an error can be lifted by the planner's consent to overwrite; else null. */
function consentQuestion(e: unknown, t: Translate, lang: Lang): string | null {
  if (e instanceof NeedsConsentError) return e.text[lang];
  // Merged cells inside the target (e.g. the same table inserted again) are undone by overwriting.
  if (e instanceof UserError && (e as { overwriteResolves?: boolean }).overwriteResolves === true) return t("confirmMerged");
  return null;
}

