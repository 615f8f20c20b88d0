import { useCallback, useEffect, useState } from "react";
import type { PlanDataset } from "../../core/dataset/types";
import { UserError } from "../../core/user-error";
import { DataUnavailableError } from "../../data/client";
import type { Translate } from "../i18n";
import type { Fetched, HostActions, PaneSettings } from "../host";
import type { Status } from "../useStatus";

/**
 * One dataset, fetched when picked. A failed fetch names the problem and, when a copy was saved
 * earlier, offers it (`useCache`); the saved copy is taken straight away when the planner already
 * chose saved copies for the index (`preferCache`), so an offline pane stays usable in one click.
 */
export function useDataset(host: HostActions, settings: PaneSettings, id: string, preferCache: boolean, t: Translate) {
  const [dataset, setDataset] = useState<Fetched<PlanDataset> | null>(null);
  const [error, setError] = useState<Status | null>(null);
  const [loading, setLoading] = useState(false);
  const [cacheOffered, setCacheOffered] = useState(false);
  // A retry or a choice of the saved copy holds for the dataset it was made for only.
  const [attempt, setAttempt] = useState({ id: "", n: 0, useCache: false });
  const cacheChosen = attempt.id === id && attempt.useCache;

  useEffect(() => {
    setDataset(null);
    setError(null);
    setCacheOffered(false);
    if (!id) return;
    let live = true;
    setLoading(true);
    host.data.getDataset(settings.dataUrl || "data/", id, preferCache || cacheChosen).then(
      (fetched) => {
        if (!live) return;
        setDataset(fetched);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setLoading(false);
        setCacheOffered(e instanceof DataUnavailableError && e.cachedAsOf !== null);
        setError({ intent: "error", text: e instanceof UserError ? e.text[settings.lang] : t("unexpected", { message: String(e) }) });
      },
    );
    return () => {
      live = false;
    };
  }, [host, id, settings.dataUrl, settings.lang, preferCache, cacheChosen, t, attempt.n]);

  const retry = useCallback(() => setAttempt((a) => ({ id, n: a.n + 1, useCache: false })), [id]);
  const useCache = useCallback(() => setAttempt((a) => ({ id, n: a.n + 1, useCache: true })), [id]);
  return { dataset, error, loading, retry, useCache: cacheOffered ? useCache : null };
}
