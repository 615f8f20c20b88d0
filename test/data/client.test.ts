import { createDataClient, DataUnavailableError, type KeyValueStore } from "../../src/data/client";
import { checkDataUrl } from "../../src/data/source-url";
import { UserError } from "../../src/core/user-error";

const INDEX = { schemaVersion: 1, generatedAt: "2026-11-25T00:00:00Z", datasets: [] };

function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

function respond(status: number, body: string): typeof fetch {
  return (async () => new Response(body, { status })) as unknown as typeof fetch;
}

function client(fetchFn: typeof fetch, store = memoryStore(), validate = (_j: unknown, _lang: "vi" | "en"): string[] => []) {
  return createDataClient({
    fetch: fetchFn,
    store,
    instanceId: "test",
    validateIndex: validate,
    validateDataset: validate,
    timeoutMs: 50,
    now: () => new Date("2026-11-25T08:30:00Z"),
  });
}

async function failure(p: Promise<unknown>): Promise<DataUnavailableError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(DataUnavailableError);
    return e as DataUnavailableError;
  }
  throw new Error("expected a failure");
}

describe("data client", () => {
  it("fetches, labels the source and the time, and caches the copy", async () => {
    const store = memoryStore();
    const got = await client(respond(200, JSON.stringify(INDEX)), store).listDatasets("https://sct.example.vn/data/", false);
    expect(got).toEqual({ data: INDEX, source: "https://sct.example.vn/data/index.json", asOf: "2026-11-25T08:30:00.000Z", fromCache: false });
    expect(store.map.size).toBe(1);
  });

  it.each([
    [respond(404, "nope"), "data-not-found", "404"],
    [respond(500, "boom"), "data-http-error", "500"],
    [respond(200, "{not json"), "data-malformed", "JSON"],
    [(async () => Promise.reject(new TypeError("Failed to fetch"))) as unknown as typeof fetch, "data-offline", "Không kết nối"],
  ])("names the problem (%#)", async (fetchFn, code, words) => {
    const e = await failure(client(fetchFn).listDatasets("https://x.vn/data", false));
    expect(e.code).toBe(code);
    expect(e.text.vi).toContain(words);
    expect(e.cachedAsOf).toBeNull();
  });

  it("gives up after the timeout", async () => {
    const hang = ((_u: string, init: RequestInit) =>
      new Promise((_res, rej) => init.signal!.addEventListener("abort", () => rej(new DOMException("aborted", "AbortError"))))) as unknown as typeof fetch;
    const e = await failure(client(hang).listDatasets("https://x.vn/data/", false));
    expect(e.code).toBe("data-timeout");
  });

  it("rejects data that breaks the schema and does not cache it", async () => {
    const store = memoryStore();
    const e = await failure(
      client(respond(200, JSON.stringify({ bad: 1 })), store, (_j, lang) => [
        lang === "vi" ? "datasets: cần một mảng" : "datasets: expected an array",
      ]).listDatasets("https://x.vn/", false),
    );
    expect(e.code).toBe("data-invalid");
    expect(e.text.en).toContain("datasets: expected an array");
    expect(e.text.vi).toContain("datasets: cần một mảng");
    expect(store.map.size).toBe(0);
  });

  it("offers the cached copy when the server later fails, and returns it on request", async () => {
    const store = memoryStore();
    await client(respond(200, JSON.stringify(INDEX)), store).listDatasets("https://x.vn/data/", false);
    const offline = client(respond(500, ""), store);
    const e = await failure(offline.listDatasets("https://x.vn/data/", false));
    expect(e.cachedAsOf).toBe("2026-11-25T08:30:00.000Z");
    const cached = await offline.listDatasets("https://x.vn/data/", true);
    expect(cached.fromCache).toBe(true);
    expect(cached.data).toEqual(INDEX);
  });
});

describe("checkDataUrl", () => {
  it("accepts https and normalises the folder", () => {
    expect(checkDataUrl("https://sct.travinh.gov.vn/data", false)).toBe("https://sct.travinh.gov.vn/data/");
  });
  it("refuses plain http except localhost in development", () => {
    expect(() => checkDataUrl("http://sct.travinh.gov.vn/data/", false)).toThrow(UserError);
    expect(() => checkDataUrl("http://localhost:8080/data/", false)).toThrow(/https/);
    expect(checkDataUrl("http://localhost:8080/data/", true)).toBe("http://localhost:8080/data/");
  });
  it("explains an unreadable address in Vietnamese", () => {
    try {
      checkDataUrl("sct dot gov", false);
      throw new Error("expected a failure");
    } catch (e) {
      expect((e as UserError).text.vi).toContain("không phải là địa chỉ hợp lệ");
    }
  });
});
