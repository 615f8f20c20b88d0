import { Button, Text } from "@fluentui/react-components";
import type { TextCheck } from "../../../core/extract";
import type { Lang } from "../../../core/user-error";
import { formatNumber, type Translate } from "../../i18n";
import { useCheckStyles, type TextSpan } from "./styles";

const SHOWN = 50;

interface Props {
  result: TextCheck;
  lang: Lang;
  t: Translate;
  /** Selects a figure's sentence in the text box. */
  onShow: (span: TextSpan) => void;
}

/** The text's own mismatches, then the figures found (the first 50), each linked to its sentence. */
export function CheckResults({ result, lang, t, onShow }: Props) {
  const styles = useCheckStyles();
  const records = result.extraction.records;
  return (
    <>
      {result.findings.length > 0 && (
        <>
          <Text weight="semibold">{t("checkFindings")}</Text>
          <ul className={styles.list} data-testid="check-findings">
            {result.findings.map((f, i) => (
              <li key={i} className={styles.item}>
                <Text>{lang === "vi" ? f.vi : f.en}</Text>{" "}
                <Button size="small" appearance="transparent" onClick={() => onShow(f.quoteOffset)}>
                  {t("checkShowSentence")}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {records.length > 0 && (
        <>
          <Text weight="semibold">{t("checkRecords")}</Text>
          <ul className={styles.list} data-testid="check-records">
            {records.slice(0, SHOWN).map((r) => (
              <li key={r.id} className={styles.item}>
                <Button size="small" appearance="transparent" onClick={() => onShow(r.quoteOffset)}>
                  {`${r.indicator.vi}: ${formatNumber(lang, r.value)} ${r.indicator.unitText}`}
                </Button>
                <Text size={200} className={styles.quote}>
                  {` ${r.period.label}${r.reported.pctOfPlan !== undefined ? ` · ${t("checkPctOfPlan", { pct: formatNumber(lang, r.reported.pctOfPlan) })}` : ""}`}
                </Text>
              </li>
            ))}
          </ul>
          {records.length > SHOWN && <Text size={200}>{t("checkMore", { count: records.length - SHOWN })}</Text>}
        </>
      )}
    </>
  );
}
