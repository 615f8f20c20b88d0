import { Button, Field, ProgressBar, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { formPeriods, planFill, type FillPlan, type FillRow } from "../../core/fill";
import { periodKey, periodLabel } from "../../core/templates/periods";
import { formatNumber, type Translate } from "../i18n";
import type { SectionProps } from "../host";
import { StatusBar } from "../StatusBar";
import { useStatus } from "../useStatus";
import { useConsent } from "./ConfirmOverwrite";
import { DatasetPicker, useDatasetChoice } from "./DatasetPicker";
import { useDataset } from "./useDataset";
import { useDatasetIndex } from "./useDatasetIndex";
import { useSelectedTable } from "./useSelectedTable";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  // Fixed layout: a native select is as wide as its longest option (an indicator name of 90 characters),
  // which pushed the table 264 px past a 320 px pane; the columns now share the pane's width.
  table: { borderCollapse: "collapse", width: "100%", tableLayout: "fixed", fontSize: tokens.fontSizeBase200 },
  labelCol: { width: "35%" },
  choose: { width: "100%", minWidth: 0 },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 4px", verticalAlign: "top", overflowWrap: "anywhere" },
  quiet: { color: tokens.colorNeutralForeground2 },
});

/** "Điền biểu mẫu": the planner's own form filled from a dataset, each figure with its source sentence. */
export function FillSection({ host, settings, t }: SectionProps) {
  const styles = useStyles();
  const lang = settings.lang;
  const { index, status: indexStatus } = useDatasetIndex(host, settings, t);
  const entries = useMemo(() => index?.data.datasets ?? [], [index]);
  const choice = useDatasetChoice(entries);
  const { dataset, error, loading } = useDataset(host, settings, choice.datasetId, index?.fromCache ?? false, t);
  const periods = useMemo(() => (dataset ? formPeriods(dataset.data) : []), [dataset]);
  const [periodChoice, setPeriodChoice] = useState("");
  // A new dataset without the chosen period falls back to its document's own.
  const period = periods.find((p) => periodKey(p) === periodChoice) ?? periods[0];
  const [choices, setChoices] = useState<Record<number, string | null>>({});
  const { status, setStatus, fail } = useStatus(lang, t);
  const { table, busy, read: readTable, reread, run } = useSelectedTable(host, setStatus, fail);
  const consent = useConsent(t, () => setStatus({ intent: "info", text: t("cancelled") }));

  // Planned with consent so the preview shows every figure; cells holding another figure are asked before writing.
  const plan = useMemo<FillPlan | null>(
    () =>
      table && dataset
        ? planFill(table.grid, dataset.data, { anchor: { row: table.anchor.row, col: table.anchor.col }, choices, overwrite: true, ...(period ? { period } : {}) })
        : null,
    [table, dataset, choices, period],
  );

  const codes = useMemo<[string, string][]>(() => {
    const seen = new Map<string, string>();
    for (const r of dataset?.data.records ?? []) if (!seen.has(r.indicator.code)) seen.set(r.indicator.code, r.indicator.vi);
    return [...seen];
  }, [dataset]);

  const read = useCallback(() => readTable(() => setChoices({})), [readTable]);

  const write = useCallback(
    async (agreed: boolean) => {
      if (!table || !plan) return;
      if (plan.conflicts.length > 0 && !agreed) {
        const shown = plan.conflicts.slice(0, 5).map((c) => `${c.address} (${c.existing})`).join(", ") + (plan.conflicts.length > 5 ? ", …" : "");
        consent.ask(t("fillConfirm", { count: plan.conflicts.length, cells: shown }), () => void write(true));
        return;
      }
      await run(async () => {
        const done = await host.workbook.writeFill(table.sheet, plan);
        setStatus({ intent: "success", text: t("fillDone", { values: plan.writes.length, formulas: plan.recalc?.writes.length ?? 0, ranges: done.ranges.join(", ") || "—" }) });
        await reread();
      });
    },
    [consent, host, plan, reread, run, setStatus, t, table],
  );

  const undo = useCallback(
    () =>
      run(async () => {
        const done = await host.workbook.undoLastInsert();
        setStatus(done ? { intent: "success", text: t("fillUndone", { address: done.address }) } : { intent: "info", text: t("nothingToUndo") });
        if (done) await reread();
      }),
    [host, reread, run, setStatus, t],
  );

  return (
    <section className={styles.form} aria-label={t("tabFill")}>
      <StatusBar status={indexStatus} />
      {index && <DatasetPicker choice={choice} lang={lang} t={t} />}
      {loading && <ProgressBar aria-label={t("dataLoadingDataset")} />}
      <StatusBar status={error} />
      {period && (
        <Field label={t("fillPeriod")} hint={t("fillPeriodHint")}>
          <Select value={periodKey(period)} onChange={(_e, d) => setPeriodChoice(d.value)}>
            {periods.map((p) => (
              <option key={periodKey(p)} value={periodKey(p)}>
                {periodLabel(p)[lang]}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className={styles.buttons}>
        <Button onClick={() => void read()} disabled={!dataset} disabledFocusable={busy}>
          {t("fillRead")}
        </Button>
        <Button onClick={() => void undo()} disabledFocusable={busy}>
          {t("fillUndo")}
        </Button>
      </div>
      {busy && <ProgressBar aria-label={t("fillRead")} />}
      {plan && !plan.found && <StatusBar status={{ intent: "warning", text: plan.messages.map((m) => m[lang]).join(" ") }} />}
      {plan && plan.found && (
        <>
          <Text data-testid="fill-summary">{plan.messages.map((m) => m[lang]).join(" ")}</Text>
          <table className={styles.table} data-testid="fill-rows">
            <thead>
              <tr>
                <th className={`${styles.cell} ${styles.labelCol}`} scope="col">{t("fillRow")}</th>
                <th className={styles.cell} scope="col">{t("fillIndicator")}</th>
              </tr>
            </thead>
            <tbody>
              {plan.rows.filter((r) => r.status !== "section").map((r) => (
                <FillRowView key={r.row} row={r} plan={plan} codes={codes} lang={lang} t={t}
                  onChoose={(code) => setChoices((c) => ({ ...c, [r.row]: code }))} cellClass={styles.cell} quietClass={styles.quiet} chooseClass={styles.choose} />
              ))}
            </tbody>
          </table>
          <Button appearance="primary" disabled={plan.writes.length === 0} disabledFocusable={busy} onClick={() => void write(false)}>
            {t("fillWrite", { values: plan.writes.length, formulas: plan.recalc?.writes.length ?? 0 })}
          </Button>
        </>
      )}
      <StatusBar status={status} />
      {consent.dialog}
    </section>
  );
}

interface FillRowViewProps {
  row: FillRow;
  plan: FillPlan;
  /** The dataset's indicators (code, name), the choices a row can take. */
  codes: [string, string][];
  lang: "vi" | "en";
  t: Translate;
  onChoose(code: string | null): void;
  cellClass: string;
  quietClass: string;
  chooseClass: string;
}

/** One row of the form: its match (the planner may change it), the figures it takes, each with its source sentence. */
function FillRowView({ row, plan, codes, lang, t, onChoose, cellClass, quietClass, chooseClass }: FillRowViewProps) {
  const values = plan.values.filter((v) => v.row === row.row);
  return (
    <tr>
      <td className={cellClass}>
        {row.row + 1}. {row.label}
        {row.unit ? ` (${row.unit})` : ""}
      </td>
      <td className={cellClass}>
        <Select size="small" className={chooseClass} select={{ className: chooseClass }} aria-label={t("fillChooseFor", { row: row.row + 1 })} value={row.code ?? ""} onChange={(_e, d) => onChoose(d.value === "" ? null : d.value)}>
          <option value="">{t("fillNone")}</option>
          {codes.map(([code, vi]) => (
            <option key={code} value={code}>
              {vi}
            </option>
          ))}
        </Select>
        <Text size={200} className={quietClass} block>
          {row.reason[lang]}
        </Text>
        {values.map((v) => (
          <Text key={v.address} size={200} block title={`${v.recordId}: ${v.quote}`}>
            {v.address}: {formatNumber(lang, v.value, 4)} — {t("fillConfidence", { pct: Math.round(v.confidence * 100) })}
            {v.existing !== null && !v.agrees ? ` — ${t("fillReplaces", { existing: v.existing })}` : ""}
            {v.agrees ? ` — ${t("fillAgrees")}` : ""}
            {v.how ? ` — ${v.how[lang]}` : ""} — “{v.quote.replace(/\s+/g, " ")}”
          </Text>
        ))}
        {row.gaps.filter((g) => g.options).map((g) => (
          <Text key={g.address} size={200} className={quietClass} block>
            {g.address}: {g.reason[lang]}
          </Text>
        ))}
      </td>
    </tr>
  );
}
