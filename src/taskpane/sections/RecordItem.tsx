import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { PlanRecord } from "../../core/dataset/types";
import type { Lang } from "../../core/user-error";
import type { Translate } from "../i18n";
import { FLAG_LABELS, KIND_LABELS, formatReported, formatValue, periodLabel } from "./data-format";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", justifyContent: "space-between", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  name: { minWidth: 0, overflowWrap: "anywhere" },
  value: { flexShrink: 0, fontVariantNumeric: "tabular-nums", textAlign: "right" },
  meta: { color: tokens.colorNeutralForeground2 },
  note: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  // Plain styled marks rather than Fluent's Badge, which costs 2,5 KB gzip of the pane's 150 KB budget.
  badge: {
    flexShrink: 0,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  derivedBadge: { border: `1px solid ${tokens.colorBrandStroke1}`, color: tokens.colorBrandForeground1 },
  flagBadge: {
    border: `1px solid ${tokens.colorStatusWarningBorder1}`,
    backgroundColor: tokens.colorStatusWarningBackground1,
    color: tokens.colorStatusWarningForeground3,
  },
  quoteButton: { alignSelf: "flex-start", minWidth: 0, paddingLeft: 0 },
  quote: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontStyle: "italic",
    overflowWrap: "anywhere",
  },
});

export interface RecordItemProps {
  record: PlanRecord;
  lang: Lang;
  t: Translate;
}

/**
 * One figure: what it is, its value, what the document says about it, how it was derived when the
 * document does not state it, and the document's own discrepancies; the quote it comes from on request.
 */
export function RecordItem({ record: r, lang, t }: RecordItemProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const quoteId = useId();
  const name = r.indicator[lang];
  const period = periodLabel(lang, r.period);
  const basis =
    r.indicator.priceBasis === "current"
      ? t("dataBasisCurrent")
      : r.indicator.priceBasis === "comparable-2010"
        ? t("dataBasisComparable2010")
        : null;
  const meta = [period, t(KIND_LABELS[r.kind]), ...(basis ? [basis] : []), ...formatReported(lang, t, r)];
  return (
    <li className={styles.item} data-testid="data-record" data-record-id={r.id}>
      <div className={styles.head}>
        <Text weight="semibold" className={styles.name}>
          {name}
        </Text>
        <Text className={styles.value} data-testid="data-record-value">
          {formatValue(lang, t, r)}
        </Text>
      </div>
      <Text size={200} className={styles.meta}>
        {meta.join(" · ")}
      </Text>
      {r.derived && (
        <div className={styles.note} data-testid="data-record-derived">
          <span className={mergeClasses(styles.badge, styles.derivedBadge)}>{t("dataDerived")}</span>
          <Text size={200}>{r.derived[lang]}</Text>
        </div>
      )}
      {(r.flags ?? []).map((f, i) => (
        <div key={i} className={styles.note} data-testid="data-record-flag">
          <span className={mergeClasses(styles.badge, styles.flagBadge)}>
            <span aria-hidden="true">⚠&nbsp;</span>
            {t(FLAG_LABELS[f.code])}
          </span>
          <Text size={200}>{f[lang]}</Text>
        </div>
      ))}
      <Button
        className={styles.quoteButton}
        appearance="transparent"
        size="small"
        aria-expanded={open}
        aria-controls={quoteId}
        aria-label={t(open ? "dataHideQuoteOf" : "dataShowQuoteOf", { name, period })}
        onClick={() => setOpen((o) => !o)}
      >
        {t(open ? "dataHideQuote" : "dataShowQuote")}
      </Button>
      <blockquote id={quoteId} className={styles.quote} hidden={!open} lang="vi" data-testid="data-record-quote">
        {r.quote}
      </blockquote>
    </li>
  );
}
