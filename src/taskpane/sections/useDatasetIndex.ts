import { useCallback, useEffect, useState } from "react";
import type { DatasetIndex } from "../../core/dataset/types";
import { UserError } from "../../core/user-error";
import { DataUnavailableError } from "../../data/client";
import type { Translate } from "../i18n";
import type { Fetched, HostActions, PaneSettings } from "../host";
import type { Status } from "../useStatus";
import { formatAsOf } from "./data-format";

/**
 * The dataset list, with a status line saying where it came from and when. When the server
 * cannot be used and a copy was saved earlier, `useCache` offers that copy.
 */
export function useDatasetIndex(host: HostActions, settings: PaneSettings, t: Translate) {
  const [index, setIndex] = useState<Fetched<DatasetIndex> | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [cacheOffered, setCacheOffered] = useState(false);
  const [attempt, setAttempt] = useState({ n: 0, useCache: false });

  useEffect(() => {
    let live = true;
    setStatus({ intent: "info", text: t("loadingData") });
    setCacheOffered(false);
    host.data.listDatasets(settings.dataUrl || "data/", attempt.useCache).then(
      (fetched) => {
        if (!live) return;
        setIndex(fetched);
        setStatus({
          intent: fetched.fromCache ? "warning" : "info",
          text: fetched.fromCache
            ? t("dataFromCache", { asOf: formatAsOf(settings.lang, fetched.asOf) })
            : t("dataSource", { source: fetched.source, asOf: formatAsOf(settings.lang, fetched.asOf) }),
        });
      },
      (e: unknown) => {
        if (!live) return;
        setIndex(null);
        setCacheOffered(e instanceof DataUnavailableError && e.cachedAsOf !== null);
        setStatus({ intent: "error", text: e instanceof UserError ? e.text[settings.lang] : t("unexpected", { message: String(e) }) });
      },
    );
    return () => {
      live = false;
    };
  }, [host, settings.dataUrl, settings.lang, t, attempt]);

  const retry = useCallback(() => setAttempt((a) => ({ n: a.n + 1, useCache: false })), []);
  const useCache = useCallback(() => setAttempt((a) => ({ n: a.n + 1, useCache: true })), []);
  return { index, status, retry, useCache: cacheOffered ? useCache : null };
}
