import { Button } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { recordsOfExtraction } from "../../../core/dataset/from-report";
import type { PlanDataset } from "../../../core/dataset/types";
import type { Extraction } from "../../../core/extract";
import { NeedsConsentError } from "../../../core/target-not-empty";
import { buildTemplate, listTemplates, periodChoices } from "../../../core/templates";
import { templateOptionsOf, type HostActions, type PaneSettings } from "../../host";
import type { Translate } from "../../i18n";
import type { Status } from "../../useStatus";
import { useConsent } from "../ConfirmOverwrite";
import { TemplateSelect } from "../TemplateSelect";
import { useCheckStyles } from "./styles";

interface Props {
  extraction: Extraction;
  host: HostActions;
  settings: PaneSettings;
  t: Translate;
  setStatus: (s: Status) => void;
  fail: (e: unknown) => void;
}

/** The extracted figures as a dataset, so any standard table can be built from them; null when there is none to build. */
function useExtractedDataset(extraction: Extraction, t: Translate): PlanDataset | null {
  return useMemo(() => {
    if (!extraction.period || extraction.records.length === 0) return null;
    return {
      id: "pasted-text",
      version: "0",
      province: extraction.province,
      document: { number: "", date: "", issuer: "", title: t("checkPastedTitle"), seedFile: "" },
      period: extraction.period,
      // As `data import` makes them: with the plans and same-period figures the percentages imply, unsure ones marked.
      records: recordsOfExtraction(extraction, "pasted-text", extraction.province),
    };
  }, [extraction, t]);
}

/** "Chèn thành bảng": a standard table the figures fill, inserted with consent when the target holds something. */
export function CheckInsert({ extraction, host, settings, t, setStatus, fail }: Props) {
  const styles = useCheckStyles();
  const lang = settings.lang;
  const [templateId, setTemplateId] = useState("");
  const consent = useConsent(t, () => setStatus({ intent: "info", text: t("cancelled") }));
  const dataset = useExtractedDataset(extraction, t);
  const templates = useMemo(
    () => (dataset ? listTemplates().filter((x) => periodChoices(x.id, dataset).length > 0) : []),
    [dataset],
  );
  const chosen = templates.find((x) => x.id === templateId) ?? templates[0];

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
    [chosen, consent, dataset, fail, host, lang, setStatus, settings, t],
  );

  return (
    <>
      {chosen && (
        <div className={styles.buttons}>
          <TemplateSelect label={t("template")} templates={templates} value={chosen.id} onChange={setTemplateId} lang={lang} />
          <Button onClick={() => void insert(false)}>{t("checkInsert")}</Button>
        </div>
      )}
      {consent.dialog}
    </>
  );
}
