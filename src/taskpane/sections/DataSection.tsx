import { Button, Link, MessageBar, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { DocumentRef } from "../../core/dataset/types";
import type { Lang } from "../../core/user-error";
import type { Translate } from "../i18n";
import type { SectionProps } from "../host";
import { StatusBar } from "../StatusBar";
import { formatAsOf, formatDocDate } from "./data-format";
import { DatasetPicker, useDatasetChoice } from "./DatasetPicker";
import { RecordList } from "./RecordList";
import { useDataset } from "./useDataset";
import { useDatasetIndex } from "./useDatasetIndex";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  heading: { margin: `${tokens.spacingVerticalS} 0 0` },
  doc: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  pair: { display: "contents" },
  term: { color: tokens.colorNeutralForeground2 },
  detail: { margin: 0, overflowWrap: "anywhere" },
  source: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

/** The published datasets: pick one (province, then document and period), see its source and every figure in it. */
export function DataSection({ host, settings, t }: SectionProps) {
  const styles = useStyles();
  const lang = settings.lang;
  const { index, status: indexStatus, retry: retryIndex, useCache: useCachedIndex } = useDatasetIndex(host, settings, t);
  const entries = useMemo(() => index?.data.datasets ?? [], [index]);
  const choice = useDatasetChoice(entries);
  const { datasetId, inProvince } = choice;

  // Once the planner chose the saved index, the saved dataset is what they expect to see too.
  const { dataset, error, loading, retry, useCache } = useDataset(host, settings, datasetId, index?.fromCache ?? false, t);
  const entry = inProvince.find((d) => d.id === datasetId);

  return (
    <section className={styles.form} aria-label={t("tabData")}>
      <StatusBar status={indexStatus} />
      {(indexStatus?.intent === "error" || index?.fromCache) && (
        <div className={styles.buttons}>
          <Button onClick={retryIndex}>{t("retry")}</Button>
          {useCachedIndex && <Button onClick={useCachedIndex}>{t("useCache")}</Button>}
        </div>
      )}
      {index && entries.length === 0 && <Text>{t("noDatasets")}</Text>}
      {entries.length > 0 && (
        <>
<DatasetPicker choice={choice} lang={lang} t={t} />
        </>
      )}
      {entry && <SourceDocument document={dataset?.data.document ?? entry.document} lang={lang} t={t} />}
      {loading && <ProgressBar aria-label={t("dataLoadingDataset")} />}
      <StatusBar status={error} />
      {error && (
        <div className={styles.buttons}>
          <Button onClick={retry}>{t("retry")}</Button>
          {useCache && <Button onClick={useCache}>{t("useCache")}</Button>}
        </div>
      )}
      {dataset && (
        <>
          {dataset.fromCache && (
            <MessageBar intent="warning" data-testid="data-cached">
              <MessageBarBody>{t("dataFileFromCache", { asOf: formatAsOf(lang, dataset.asOf) })}</MessageBarBody>
            </MessageBar>
          )}
          <Text size={200} className={styles.source} data-testid="data-source">
            {t("dataFile")}{" "}
            <Link href={dataset.source} target="_blank" rel="noopener noreferrer" inline>
              {dataset.source}
            </Link>{" "}
            · {t("dataAsOf", { asOf: formatAsOf(lang, dataset.asOf) })}
          </Text>
          <Text as="h2" size={400} weight="semibold" className={styles.heading}>
            {t("dataRecords")}
          </Text>
          <RecordList records={dataset.data.records} lang={lang} t={t} />
        </>
      )}
    </section>
  );
}

function SourceDocument({ document: doc, lang, t }: { document: DocumentRef; lang: Lang; t: Translate }) {
  const styles = useStyles();
  const rows: [string, string][] = [
    [t("dataDocNumber"), doc.number || t("dataDocNoNumber")],
    [t("dataDocDate"), formatDocDate(lang, doc.date)],
    [t("dataDocIssuer"), doc.issuer],
    [t("dataDocTitle"), doc.title],
    [t("dataDocSeed"), doc.seedFile],
  ];
  return (
    <>
      <Text as="h2" size={400} weight="semibold" className={styles.heading}>
        {t("dataSourceDocument")}
      </Text>
      <dl className={styles.doc} data-testid="data-document">
        {rows.map(([term, detail]) => (
          <div key={term} className={styles.pair}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.detail}>{detail}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

