import { Button, Field, Input, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Lang } from "../../core/user-error";
import { translator, type Translate } from "../i18n";
import type { PaneSettings } from "../host";
import { StatusBar } from "../StatusBar";
import { useStatus } from "../useStatus";
import { checkDataUrl } from "../../data/source-url";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface SettingsSectionProps {
  settings: PaneSettings;
  onSave(settings: PaneSettings): Promise<void>;
  t: Translate;
}

const STYLES = [
  { value: "percent", label: "stylePercent" },
  { value: "index", label: "styleIndex" },
  { value: "growth", label: "styleGrowth" },
] as const;

export function SettingsSection({ settings, onSave, t }: SettingsSectionProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState(settings);
  const { status, setStatus, fail } = useStatus(settings.lang, t);
  useEffect(() => setDraft(settings), [settings]);

  const save = async () => {
    try {
      const dataUrl = draft.dataUrl.trim() ? checkDataUrl(draft.dataUrl.trim(), location.hostname === "localhost") : "";
      await onSave({ ...draft, dataUrl });
      setStatus({ intent: "success", text: translator(draft.lang)("settingsSaved") });
    } catch (e) {
      fail(e);
    }
  };

  return (
    <section className={styles.form} aria-label={t("tabSettings")}>
      <Field label={t("language")}>
        <Select value={draft.lang} onChange={(_e, d) => setDraft({ ...draft, lang: d.value as Lang })}>
          <option value="vi">{t("languageVi")}</option>
          <option value="en">{t("languageEn")}</option>
        </Select>
      </Field>
      <Field label={t("comparisonStyle")}>
        <Select
          value={draft.comparisonStyle}
          onChange={(_e, d) => setDraft({ ...draft, comparisonStyle: d.value as PaneSettings["comparisonStyle"] })}
        >
          {STYLES.map((s) => (
            <option key={s.value} value={s.value}>
              {t(s.label)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("decimals")}>
        <Select value={String(draft.decimals)} onChange={(_e, d) => setDraft({ ...draft, decimals: Number(d.value) })}>
          {[0, 1, 2, 3, 4].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
      </Field>
      <Switch
        checked={draft.sourceColumn}
        onChange={(_e, d) => setDraft({ ...draft, sourceColumn: d.checked })}
        label={t("sourceColumn")}
      />
      <Field label={t("dataUrl")}>
        <Input
          type="url"
          value={draft.dataUrl}
          placeholder="https://…/data/"
          onChange={(_e, d) => setDraft({ ...draft, dataUrl: d.value })}
        />
      </Field>
      <Button appearance="primary" onClick={() => void save()}>
        {t("saveSettings")}
      </Button>
      <StatusBar status={status} />
    </section>
  );
}

