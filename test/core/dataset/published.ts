/** The published datasets and their seed files, read once for the dataset tests. */
import * as fs from "node:fs";
import * as path from "node:path";
import type { DatasetIndex, PlanDataset } from "../../../src/core/dataset/types";

export const ROOT = path.resolve(__dirname, "..", "..", "..");

export const DATASET_IDS = ["tv-sct-2020-h1", "tv-qd1809-2021", "vl-qd1013-2015", "tv-sct-2021", "dt-nq124-2022"];

export function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8"));
}

export function loadPublished(id: string): PlanDataset {
  return readJson(`datasets/${id}.json`) as PlanDataset;
}

export function loadIndex(): DatasetIndex {
  return readJson("datasets/index.json") as DatasetIndex;
}

export function seedText(ds: PlanDataset): string {
  return fs.readFileSync(path.join(ROOT, "seeds", ds.document.seedFile), "utf8");
}
