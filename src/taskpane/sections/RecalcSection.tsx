import { Button, ProgressBar, Select, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { detectTable, planRecalc, type ColumnRole, type TableDetection } from "../../core/recalc";
import type { MessageKey } from "../i18n";
import type { CellWrite, SectionProps } from "../host";
import { StatusBar } from "../StatusBar";
import { useStatus } from "../useStatus";
import { useConsent } from "./ConfirmOverwrite";
import { useSelectedTable } from "./useSelectedTable";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 4px", verticalAlign: "top", overflowWrap: "anywhere" },
  reason: { color: tokens.colorNeutralForeground2 },
});

const ROLES: ColumnRole[] = ["label", "unit", "plan", "actual", "cumulative", "prior", "previous", "comparison", "share", "source", "other"];

/** Message keys of the role names, so the catalogs hold every word the pane shows. */
const ROLE_KEYS: Record<ColumnRole, MessageKey> = {
  label: "roleLabel",
  unit: "roleUnit",
  plan: "rolePlan",
  actual: "roleActual",
  cumulative: "roleCumulative",
  prior: "rolePrior",
  previous: "rolePrevious",
  comparison: "roleComparison",
  share: "roleShare",
  source: "roleSource",
  other: "roleOther",
};

/** "Tính lại tỷ lệ": detect the planner's own table, let them correct it, write native formulas. */
export function RecalcSection({ host, settings, t }: SectionProps) {
  const styles = useStyles();
  const lang = settings.lang;
  const [roles, setRoles] = useState<Record<number, ColumnRole>>({});
  const [convertText, setConvertText] = useState(false);
  const [addMissing, setAddMissing] = useState(false);
  const { status, setStatus, fail } = useStatus(lang, t);
  const { table, busy, read: readTable, reread, run } = useSelectedTable(host, setStatus, fail);
  const consent = useConsent(t, () => setStatus({ intent: "info", text: t("cancelled") }));

  const detection = useMemo<TableDetection | null>(
    () => (table ? detectTable(table.grid, table.anchor, { roles }) : null),
    [table, roles],
  );
  const plan = useMemo(
    () => (table && detection ? planRecalc(table.grid, detection, { convertText, addMissing, overwrite: true }) : null),
    [table, detection, convertText, addMissing],
  );

  const read = useCallback(() => readTable(() => setRoles({})), [readTable]);

  const write = useCallback(
    async (agreed: boolean) => {
      if (!table || !plan) return;
      const conflicts = plan.writes.filter((w) => w.overwrites);
      if (conflicts.length > 0 && !agreed) {
        const shown = conflicts.slice(0, 5).map((c) => c.address).join(", ") + (conflicts.length > 5 ? ", …" : "");
        consent.ask(t("recalcConfirm", { count: conflicts.length, cells: shown }), () => void write(true));
        return;
      }
      await run(async () => {
        const writes: CellWrite[] = [
          ...plan.conversions.map((c) => ({ row: c.row, col: c.col, content: c.value })),
          ...plan.headerWrites.map((c) => ({ row: c.row, col: c.col, content: c.value, numberFormat: c.numberFormat })),
          ...plan.writes.map((w) => ({ row: w.row, col: w.col, content: w.formula, numberFormat: w.numberFormat })),
        ];
        const done = await host.workbook.writeCells(table.sheet, writes);
        const skipped = plan.skipped.map((s) => `${s.letter}: ${s.reason[lang]}`).join(" ");
        setStatus({
          intent: plan.writes.length > 0 ? "success" : "warning",
          text: `${t("recalcDone", { count: plan.writes.length, ranges: done.ranges.join(", ") || "—" })}${skipped ? ` ${skipped}` : ""}`,
        });
        await reread();
      });
    },
    [consent, host, lang, plan, reread, run, setStatus, t, table],
  );

  return (
    <section className={styles.form} aria-label={t("tabRecalc")}>
      <Button onClick={() => void read()} disabledFocusable={busy}>
        {t("recalcRead")}
      </Button>
      {detection && figureRows(detection) === 0 && (
        <StatusBar status={{ intent: "warning", text: detection.messages.map((m) => m[lang]).join(" ") || t("recalcNoTable") }} />
      )}
      {detection && plan && figureRows(detection) > 0 && (
        <>
          <Text data-testid="recalc-extent">
            {t("recalcFound", {
              range: detection.range,
              rows: figureRows(detection),
            })}
          </Text>
          {detection.messages.map((m, i) => (
            <Text key={i} size={200} className={styles.reason}>
              {m[lang]}
            </Text>
          ))}
          <table className={styles.table} data-testid="recalc-mapping">
            <thead>
              <tr>
                <th className={styles.cell} scope="col">{t("recalcColumn")}</th>
                <th className={styles.cell} scope="col">{t("recalcRole")}</th>
              </tr>
            </thead>
            <tbody>
              {detection.columns.map((c) => (
                <tr key={c.col}>
                  <td className={styles.cell}>
                    <strong>{c.letter}</strong> {c.header}
                  </td>
                  <td className={styles.cell}>
                    <Select
                      size="small"
                      aria-label={t("recalcRoleOf", { column: c.letter })}
                      value={c.role}
                      onChange={(_e, d) => setRoles((r) => ({ ...r, [c.col]: d.value as ColumnRole }))}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(ROLE_KEYS[role])}
                        </option>
                      ))}
                    </Select>
                    <Text size={100} className={styles.reason} block>
                      {c.reason[lang]}
                      {c.comparison?.missing ? ` ${t("recalcBaseMissing")}` : ""}
                    </Text>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {plan.textNumbers.length > 0 && (
            <Switch
              checked={convertText}
              onChange={(_e, d) => setConvertText(d.checked)}
              label={t("recalcTextNumbers", {
                count: plan.textNumbers.length,
                cells: plan.textNumbers.slice(0, 5).map((f) => f.address).join(", ") + (plan.textNumbers.length > 5 ? ", …" : ""),
              })}
            />
          )}
          <Switch checked={addMissing} onChange={(_e, d) => setAddMissing(d.checked)} label={t("recalcAddMissing")} />
          <Button appearance="primary" disabled={plan.writes.length === 0} disabledFocusable={busy} onClick={() => void write(false)}>
            {t("recalcWrite", { count: plan.writes.length })}
          </Button>
        </>
      )}
      {busy && <ProgressBar aria-label={t("recalcRead")} />}
      <StatusBar status={status} />
      {consent.dialog}
    </section>
  );
}

function figureRows(detection: TableDetection): number {
  return detection.rows.filter((r) => r.kind === "data" || r.kind === "total").length;
}

