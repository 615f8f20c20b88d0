/**
 * The plan-data client: fetches the published index and datasets over HTTP, validates them,
 * and keeps the last good copy so a planner offline can still work with what they had.
 * Invalid data is never returned or cached.
 */
import type { DatasetIndex, PlanDataset } from "../core/dataset/types";
import { UserError, type Lang } from "../core/user-error";

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface Fetched<T> {
  data: T;
  source: string;
  asOf: string;
  fromCache: boolean;
}

/** Returns the problems found ("records[3].value: expected a number") in the language asked, empty when valid. */
export type Validator = (json: unknown, lang: Lang) => string[];

export interface DataClientDeps {
  fetch: typeof fetch;
  store: KeyValueStore;
  /** Keys the cache, so two add-in installations on one machine do not share copies. */
  instanceId: string;
  validateIndex: Validator;
  validateDataset: Validator;
  timeoutMs?: number;
  now?: () => Date;
}

/** The fetch failed (offline, HTTP error, timeout, bad JSON, schema); a cached copy may exist. */
export class DataUnavailableError extends UserError {
  constructor(
    code: string,
    text: { vi: string; en: string },
    /** "as of" time of the cached copy, when there is one to offer. */
    readonly cachedAsOf: string | null,
  ) {
    super(code, text);
    this.name = "DataUnavailableError";
  }
}

export interface DataClient {
  listDatasets(baseUrl: string, useCacheOnFailure: boolean): Promise<Fetched<DatasetIndex>>;
  getDataset(baseUrl: string, id: string, useCacheOnFailure: boolean): Promise<Fetched<PlanDataset>>;
}

export function createDataClient(deps: DataClientDeps): DataClient {
  const timeoutMs = deps.timeoutMs ?? 10_000;
  const now = deps.now ?? (() => new Date());

  async function load<T>(url: string, validate: Validator, useCacheOnFailure: boolean): Promise<Fetched<T>> {
    const key = `plan-indicators:${deps.instanceId}:${url}`;
    const cached = readCache<T>(deps.store, key);
    try {
      const json = await fetchJson(deps.fetch, url, timeoutMs);
      const problems = validate(json, "vi");
      if (problems.length > 0) throw invalid(url, problems, validate(json, "en"));
      const fetched: Fetched<T> = { data: json as T, source: url, asOf: now().toISOString(), fromCache: false };
      deps.store.setItem(key, JSON.stringify(fetched));
      return fetched;
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      if (useCacheOnFailure && cached) return { ...cached, fromCache: true };
      throw new DataUnavailableError(e.code, e.text, cached?.asOf ?? null);
    }
  }

  return {
    listDatasets: (baseUrl, useCache) => load<DatasetIndex>(resolve(baseUrl, "index.json"), deps.validateIndex, useCache),
    getDataset: (baseUrl, id, useCache) =>
      load<PlanDataset>(resolve(baseUrl, `${encodeURIComponent(id)}.json`), deps.validateDataset, useCache),
  };
}

function resolve(baseUrl: string, file: string): string {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  // Relative bases ("data/") resolve against the page, as fetch would.
  return typeof location === "undefined" ? `${base}${file}` : new URL(`${base}${file}`, location.href).href;
}

async function fetchJson(fetchFn: typeof fetch, url: string, timeoutMs: number): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  try {
    response = await fetchFn(url, { signal: controller.signal, cache: "no-cache" });
  } catch {
    throw controller.signal.aborted
      ? new UserError("data-timeout", {
          vi: `Máy chủ số liệu không trả lời sau ${timeoutMs / 1000} giây (${url}).`,
          en: `The data server did not answer within ${timeoutMs / 1000} seconds (${url}).`,
        })
      : new UserError("data-offline", {
          vi: `Không kết nối được máy chủ số liệu (${url}). Kiểm tra mạng hoặc địa chỉ trong Cài đặt.`,
          en: `Cannot reach the data server (${url}). Check the network or the address in Settings.`,
        });
  } finally {
    clearTimeout(timer);
  }
  if (response.status === 404) {
    throw new UserError("data-not-found", {
      vi: `Không tìm thấy tệp số liệu (lỗi 404): ${url}.`,
      en: `Data file not found (error 404): ${url}.`,
    });
  }
  if (!response.ok) {
    throw new UserError("data-http-error", {
      vi: `Máy chủ số liệu báo lỗi ${response.status} khi tải ${url}.`,
      en: `The data server answered error ${response.status} for ${url}.`,
    });
  }
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UserError("data-malformed", {
      vi: `Tệp số liệu không phải JSON hợp lệ: ${url}.`,
      en: `The data file is not valid JSON: ${url}.`,
    });
  }
}

function invalid(url: string, problemsVi: string[], problemsEn: string[]): UserError {
  const shown = (problems: string[]) => problems.slice(0, 3).join("; ") + (problems.length > 3 ? `; … (+${problems.length - 3})` : "");
  return new UserError("data-invalid", {
    vi: `Tệp số liệu sai cấu trúc, không dùng được (${url}): ${shown(problemsVi)}`,
    en: `The data file does not match the schema and was not used (${url}): ${shown(problemsEn)}`,
  });
}

function readCache<T>(store: KeyValueStore, key: string): Fetched<T> | null {
  const text = store.getItem(key);
  if (!text) return null;
  try {
    return JSON.parse(text) as Fetched<T>;
  } catch {
    return null; // a damaged cache entry is as good as none
  }
}
