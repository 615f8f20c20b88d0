/**
 * index.json, the list the plan-data client (src/data/client.ts) fetches first from a data source: one entry per
 * dataset, which the client then fetches as `<id>.json` beside the index. Written by the curated datasets'
 * builder and by `data import`, so a department's folder of imported datasets can be served as it is.
 */
import type { DatasetIndex, DatasetIndexEntry, PlanDataset } from "./types";

/** The file a dataset must be published as: the client asks for `<id>.json`, whatever `href` says. */
export function datasetFileName(id: string): string {
  return `${id}.json`;
}

export function indexEntryOf(ds: PlanDataset): DatasetIndexEntry {
  return {
    id: ds.id,
    version: ds.version,
    province: ds.province,
    document: ds.document,
    period: ds.period,
    recordCount: ds.records.length,
    taskCount: ds.tasks?.length ?? 0,
    href: datasetFileName(ds.id),
  };
}

/** The index with `ds` listed (in place of an entry of the same id), sorted by id so reruns give the same file. */
export function withDataset(index: DatasetIndex | undefined, ds: PlanDataset, generatedAt: Date): DatasetIndex {
  const others = (index?.datasets ?? []).filter((e) => e.id !== ds.id);
  const datasets = [...others, indexEntryOf(ds)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { schemaVersion: 1, generatedAt: generatedAt.toISOString(), datasets };
}
