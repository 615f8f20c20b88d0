import { Field, Select } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { DatasetIndexEntry } from "../../core/dataset/types";
import type { Lang } from "../../core/user-error";
import type { Translate } from "../i18n";
import { periodLabel } from "./data-format";

/** The planner's choice of dataset: province first, then the document and period within it. */
export function useDatasetChoice(entries: DatasetIndexEntry[]) {
  const [province, setProvince] = useState("");
  const [datasetId, setDatasetId] = useState("");
  const provinces = useMemo(() => [...new Set(entries.map((d) => d.province))], [entries]);
  const inProvince = useMemo(() => entries.filter((d) => d.province === province), [entries, province]);
  useEffect(() => {
    if (!provinces.includes(province)) setProvince(provinces[0] ?? "");
  }, [province, provinces]);
  useEffect(() => {
    if (!inProvince.some((d) => d.id === datasetId)) setDatasetId(inProvince[0]?.id ?? "");
  }, [datasetId, inProvince]);
  return { province, setProvince, datasetId, setDatasetId, provinces, inProvince };
}

export type DatasetChoice = ReturnType<typeof useDatasetChoice>;

export function DatasetPicker({ choice, lang, t }: { choice: DatasetChoice; lang: Lang; t: Translate }) {
  return (
    <>
      <Field label={t("province")}>
        <Select value={choice.province} onChange={(_e, d) => choice.setProvince(d.value)}>
          {choice.provinces.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("document")}>
        <Select value={choice.datasetId} onChange={(_e, d) => choice.setDatasetId(d.value)}>
          {choice.inProvince.map((d) => (
            <option key={d.id} value={d.id}>
              {describeDataset(lang, d)}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}

/** "1809/QĐ-UBND – giai đoạn 2021-2025", with the period in the pane's language. */
export function describeDataset(lang: Lang, d: DatasetIndexEntry): string {
  const doc = d.document.number ? `${d.document.number} – ` : "";
  return `${doc}${periodLabel(lang, d.period)}`;
}
