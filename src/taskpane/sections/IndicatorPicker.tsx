/**
 * The picker of the custom table (issue 13, point 2): a search box, the dataset's indicators
 * grouped by sector, and the chosen ones in the order picked, which the planner can reorder or
 * remove. The table is then inserted like any other (same insert, refresh and undo).
 */
import { Button, Checkbox, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { PlanDataset } from "../../core/dataset/types";
import type { Lang } from "../../core/user-error";
import { bySector, indicatorChoices, searchIndicators } from "../../core/templates/indicator-choices";
import type { Translate } from "../i18n";

const useStyles = makeStyles({
  list: { maxHeight: "240px", overflowY: "auto", display: "flex", flexDirection: "column" },
  sector: { marginTop: tokens.spacingVerticalS },
  chosen: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, margin: 0, paddingLeft: tokens.spacingHorizontalL },
  chosenRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  chosenName: { flexGrow: 1 },
});

export interface IndicatorPickerProps {
  dataset: PlanDataset;
  /** Codes in the order picked. */
  picked: string[];
  onChange: (picked: string[]) => void;
  lang: Lang;
  t: Translate;
}

export function IndicatorPicker({ dataset, picked, onChange, lang, t }: IndicatorPickerProps) {
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const choices = useMemo(() => indicatorChoices(dataset), [dataset]);
  const groups = useMemo(() => bySector(searchIndicators(choices, query)), [choices, query]);
  const nameOf = (code: string): string => choices.find((c) => c.code === code)?.name[lang] ?? code;

  const toggle = (code: string, on: boolean): void => onChange(on ? [...picked, code] : picked.filter((c) => c !== code));
  const move = (i: number, by: -1 | 1): void => {
    const next = [...picked];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    onChange(next);
  };

  return (
    <div data-testid="indicator-picker">
      <Field label={t("pickerSearch")}>
        <Input value={query} onChange={(_e, d) => setQuery(d.value)} placeholder={t("pickerSearchHint")} />
      </Field>
      <div className={styles.list} role="group" aria-label={t("pickerAvailable")}>
        {groups.length === 0 && <Text size={200}>{t("pickerNoMatch")}</Text>}
        {groups.map(({ sector, choices: inSector }) => (
          <div key={sector.id} className={styles.sector}>
            <Text weight="semibold" size={200}>
              {sector.name[lang]}
            </Text>
            {inSector.map((c) => (
              <Checkbox
                key={c.code}
                checked={picked.includes(c.code)}
                onChange={(_e, d) => toggle(c.code, d.checked === true)}
                label={`${c.name[lang]} (${c.unit[lang]})`}
              />
            ))}
          </div>
        ))}
      </div>
      <Text weight="semibold" size={200}>
        {t("pickerChosen", { count: picked.length })}
      </Text>
      {picked.length === 0 ? (
        <Text size={200}>{t("pickerNoneChosen")}</Text>
      ) : (
        <ol className={styles.chosen} aria-label={t("pickerChosen", { count: picked.length })}>
          {picked.map((code, i) => (
            <li key={code} className={styles.chosenRow}>
              <Text size={200} className={styles.chosenName}>
                {nameOf(code)}
              </Text>
              <Button size="small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t("pickerUp", { name: nameOf(code) })}>
                ↑
              </Button>
              <Button size="small" disabled={i === picked.length - 1} onClick={() => move(i, 1)} aria-label={t("pickerDown", { name: nameOf(code) })}>
                ↓
              </Button>
              <Button size="small" onClick={() => toggle(code, false)} aria-label={t("pickerRemove", { name: nameOf(code) })}>
                ✕
              </Button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
