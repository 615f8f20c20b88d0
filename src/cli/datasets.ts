/** Reads the curated datasets the CLI works on (datasets/<id>.json), validated like the add-in does. */
import * as fs from "node:fs";
import * as path from "node:path";
import type { PlanDataset } from "../core/dataset/types";
import { validateDataset } from "../core/dataset/validate";
import { UserError } from "../core/user-error";

export function datasetsDir(root: string): string {
  return path.join(root, "datasets");
}

export function datasetIds(root: string): string[] {
  return fs
    .readdirSync(datasetsDir(root))
    .filter((f) => f.endsWith(".json") && f !== "index.json")
    .map((f) => f.slice(0, -5))
    .sort();
}

/** A dataset file named by path ("my-dataset.json", "./so-ct/bao-cao.json"), as `data import` writes one. */
function isPath(ref: string): boolean {
  return ref.endsWith(".json") || ref.includes("/") || ref.includes(path.sep);
}

/** A dataset by id (datasets/<id>.json) or by file path, validated. */
export function loadDataset(root: string, id: string): PlanDataset {
  if (isPath(id)) return loadDatasetFile(id);
  const file = path.join(datasetsDir(root), `${id}.json`);
  if (!/^[a-z0-9-]+$/.test(id) || !fs.existsSync(file)) {
    throw new UserError("dataset-unknown", {
      vi: `Không có bộ số liệu "${id}". Các bộ hiện có: ${datasetIds(root).join(", ")}.`,
      en: `No dataset "${id}". Available: ${datasetIds(root).join(", ")}.`,
    });
  }
  return validated(id, JSON.parse(fs.readFileSync(file, "utf8")));
}

export function loadDatasetFile(file: string): PlanDataset {
  let text: string;
  try {
    text = fs.readFileSync(path.resolve(file), "utf8");
  } catch {
    throw new UserError("dataset-file-missing", { vi: `Không tìm thấy tệp số liệu ${file}.`, en: `No dataset file ${file}.` });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UserError("dataset-file-not-json", {
      vi: `Tệp ${file} không phải JSON đọc được (${(e as Error).message}).`,
      en: `${file} is not readable JSON (${(e as Error).message}).`,
    });
  }
  return validated(file, json);
}

function validated(name: string, json: unknown): PlanDataset {
  const problems = validateDataset(json);
  if (problems.length > 0) {
    throw new UserError("dataset-invalid", {
      vi: `Bộ số liệu ${name} sai cấu trúc: ${problems.slice(0, 3).join("; ")}`,
      en: `Dataset ${name} does not match the schema: ${problems.slice(0, 3).join("; ")}`,
    });
  }
  return json as PlanDataset;
}
