import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { NeedsConsentError } from "../../core/target-not-empty";
import { buildTemplate, hasCompletionChart, listTemplates, optionsFromMeta } from "../../core/templates";
import type { BlockInfo, SectionProps } from "../host";
import { StatusBar } from "../StatusBar";
import { useStatus } from "../useStatus";
import { useConsent } from "./ConfirmOverwrite";

const useStyles = makeStyles({
  row: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Long table names must not widen a 320 px pane: the native select shrinks and ellipsizes.
  select: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface RefreshBlocksProps extends SectionProps {
  /** Changes after each insert or undo, so the list is read again. */
  version: number;
}

/** "Làm mới": rebuilds an inserted table from fresh data and rewrites its data cells only. */
export function RefreshBlocks({ host, settings, t, version }: RefreshBlocksProps) {
  const styles = useStyles();
  const lang = settings.lang;
  const [blocks, setBlocks] = useState<BlockInfo[]>([]);
  const [blockId, setBlockId] = useState("");
  const [busy, setBusy] = useState(false);
  const { status, setStatus, fail } = useStatus(lang, t);
  const consent = useConsent(t, () => setStatus({ intent: "info", text: t("cancelled") }));

  useEffect(() => {
    let live = true;
    host.workbook.listBlocks().then(
      (list) => {
        if (!live) return;
        const refreshable = list.filter((b) => b.datasetId);
        setBlocks(refreshable);
        setBlockId((id) => (refreshable.some((b) => b.id === id) ? id : (refreshable.at(-1)?.id ?? "")));
      },
      (e) => live && fail(e),
    );
    return () => {
      live = false;
    };
  }, [host, version, fail]);

  const refresh = useCallback(
    async (acceptHandEdits: boolean) => {
      const info = blocks.find((b) => b.id === blockId);
      if (!info?.datasetId) return;
      setBusy(true);
      setStatus(null);
      try {
        // Fresh data, never the cache: a refresh that silently used an old copy would mislead.
        const fetched = await host.data.getDataset(settings.dataUrl || "data/", info.datasetId, false);
        // The period and, for a custom table, the picked indicators the block recorded of itself.
        const { options, ...choice } = optionsFromMeta(info.options);
        const block = buildTemplate(info.templateId, { dataset: fetched.data, ...choice }, options);
        const done = await host.workbook.refreshBlock(block, info.id, acceptHandEdits);
        const shown = done.changes
          .slice(0, 5)
          .map((c) => `${c.address}: ${String(c.before)} → ${String(c.after)}`)
          .join("; ");
        setStatus({
          intent: "success",
          text: done.changes.length === 0 ? t("refreshedNoChange", { address: done.address }) : t("refreshed", { address: done.address, count: done.changes.length, changes: shown }),
        });
      } catch (e) {
        if (e instanceof NeedsConsentError) consent.ask(e.text[lang], () => void refresh(true));
        else fail(e);
      } finally {
        setBusy(false);
      }
    },
    [blockId, blocks, fail, host, lang, setStatus, settings.dataUrl, t],
  );

  const chart = useCallback(async () => {
    if (!host.workbook.insertChart || !blockId) return;
    setBusy(true);
    setStatus(null);
    try {
      const done = await host.workbook.insertChart(blockId);
      setStatus({ intent: "success", text: t("chartInserted", { address: done.address, count: done.count }) });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }, [blockId, fail, host, setStatus, t]);

  if (blocks.length === 0) return null;
  const name = (b: BlockInfo) => `${listTemplates().find((x) => x.id === b.templateId)?.name[lang] ?? b.templateId} – ${b.id}`;
  const current = blocks.find((b) => b.id === blockId);
  return (
    <div className={styles.row}>
      <Field label={t("insertedTables")}>
        <Select value={blockId} onChange={(_e, d) => setBlockId(d.value)} select={{ className: styles.select }}>
          {blocks.map((b) => (
            <option key={b.id} value={b.id}>
              {name(b)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons}>
        <Button disabled={!current} disabledFocusable={busy} onClick={() => void refresh(false)}>
          {t("refresh")}
        </Button>
        {host.workbook.insertChart && current && hasCompletionChart(current.templateId) && (
          <Button disabledFocusable={busy} onClick={() => void chart()}>
            {t("insertChart")}
          </Button>
        )}
      </div>
      <StatusBar status={status} />
      {consent.dialog}
    </div>
  );
}
