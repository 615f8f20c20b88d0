import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { PlanRecord } from "../../core/dataset/types";
import type { Lang } from "../../core/user-error";
import { formatNumber, type Translate } from "../i18n";
import { fold } from "./data-format";
import { RecordItem } from "./RecordItem";

/** A dataset holds up to a few hundred records; a 320 px pane shows them a page at a time. */
const PAGE = 50;

const useStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  count: { color: tokens.colorNeutralForeground2 },
});

export interface RecordListProps {
  records: PlanRecord[];
  lang: Lang;
  t: Translate;
}

/** The records of a dataset, filtered by indicator name (either language, with or without diacritics). */
export function RecordList({ records, lang, t }: RecordListProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState("");
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => setLimit(PAGE), [records, filter]);

  const matching = useMemo(() => {
    const q = fold(filter.trim());
    if (!q) return records;
    return records.filter((r) => fold(r.indicator.vi).includes(q) || fold(r.indicator.en).includes(q));
  }, [records, filter]);
  const shown = matching.slice(0, limit);
  const rest = matching.length - shown.length;

  return (
    <div className={styles.wrap}>
      <Field label={t("dataFilter")}>
        <Input type="search" value={filter} onChange={(_e, d) => setFilter(d.value)} placeholder={t("dataFilterPlaceholder")} />
      </Field>
      <Text size={200} className={styles.count} role="status" data-testid="data-record-count">
        {t("dataRecordCount", {
          shown: formatNumber(lang, shown.length),
          total: formatNumber(lang, matching.length),
        })}
      </Text>
      {shown.length === 0 ? (
        <Text>{t("dataNoRecords")}</Text>
      ) : (
        <ul className={styles.list} aria-label={t("dataRecords")}>
          {shown.map((r) => (
            <RecordItem key={r.id} record={r} lang={lang} t={t} />
          ))}
        </ul>
      )}
      {rest > 0 && (
        <Button onClick={() => setLimit((n) => n + PAGE)}>{t("dataShowMore", { count: formatNumber(lang, Math.min(rest, PAGE)), rest: formatNumber(lang, rest) })}</Button>
      )}
    </div>
  );
}
