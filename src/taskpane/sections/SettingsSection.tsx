import { Button, Dropdown, Field, Input, Option, SpinButton, Switch, makeStyles, tokens } from "@fluentui/react-components";
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
        <Dropdown
          value={draft.lang === "vi" ? t("languageVi") : t("languageEn")}
          selectedOptions={[draft.lang]}
          onOptionSelect={(_e, d) => setDraft({ ...draft, lang: (d.optionValue as Lang) ?? "vi" })}
        >
          <Option value="vi">{t("languageVi")}</Option>
          <Option value="en">{t("languageEn")}</Option>
        </Dropdown>
      </Field>
      <Field label={t("comparisonStyle")}>
        <Dropdown
          value={t(STYLES.find((s) => s.value === draft.comparisonStyle)!.label)}
          selectedOptions={[draft.comparisonStyle]}
          onOptionSelect={(_e, d) =>
            setDraft({ ...draft, comparisonStyle: (d.optionValue as PaneSettings["comparisonStyle"]) ?? "percent" })
          }
        >
          {STYLES.map((s) => (
            <Option key={s.value} value={s.value}>
              {t(s.label)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t("decimals")}>
        <SpinButton
          min={0}
          max={4}
          value={draft.decimals}
          onChange={(_e, d) => {
            const v = d.value ?? Number(d.displayValue);
            if (Number.isInteger(v) && v >= 0 && v <= 4) setDraft({ ...draft, decimals: v });
          }}
        />
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

