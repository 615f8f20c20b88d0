/**
 * Runtime validation of published plan data, written by hand because the add-in's Content Security Policy
 * forbids the code generation (new Function) that JSON Schema compilers such as ajv use.
 * It checks the same rules as datasets/schema/plan-dataset.schema.json (a test keeps the two in agreement),
 * and reports each problem with the JSON path of the bad field: "records[3].value: expected a number".
 * Unknown extra fields are allowed, so an older add-in can read data published with newer optional fields.
 */
import type { Lang } from "../user-error";
import { UNCERTAINTIES } from "./types";

export interface ValidationIssue {
  /** JSON path of the bad field: "records[3].value", "" for the document itself. */
  path: string;
  vi: string;
  en: string;
}

type Check = (value: unknown, path: string, out: ValidationIssue[]) => void;

function issue(out: ValidationIssue[], path: string, vi: string, en: string): void {
  out.push({ path, vi, en });
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

const str =
  (opts: { min?: number; pattern?: RegExp; patternText?: string } = {}): Check =>
  (v, path, out) => {
    if (typeof v !== "string") {
      issue(out, path, `cần một chuỗi ký tự (đang là ${describe(v)})`, `expected a string (got ${describe(v)})`);
      return;
    }
    if (opts.min !== undefined && v.length < opts.min) issue(out, path, "không được để trống", "must not be empty");
    if (opts.pattern && !opts.pattern.test(v)) {
      issue(out, path, `không đúng dạng ${opts.patternText ?? opts.pattern.source}`, `does not match ${opts.patternText ?? opts.pattern.source}`);
    }
  };

const num: Check = (v, path, out) => {
  if (typeof v !== "number" || !Number.isFinite(v)) {
    issue(out, path, `cần một số (đang là ${describe(v)})`, `expected a number (got ${describe(v)})`);
  }
};

const int =
  (min?: number, max?: number): Check =>
  (v, path, out) => {
    if (typeof v !== "number" || !Number.isInteger(v)) {
      issue(out, path, `cần một số nguyên (đang là ${describe(v)})`, `expected an integer (got ${describe(v)})`);
      return;
    }
    if ((min !== undefined && v < min) || (max !== undefined && v > max)) {
      issue(out, path, `phải trong khoảng ${min ?? "…"}..${max ?? "…"}`, `must be within ${min ?? "…"}..${max ?? "…"}`);
    }
  };

const bool: Check = (v, path, out) => {
  if (typeof v !== "boolean") issue(out, path, `cần true/false (đang là ${describe(v)})`, `expected a boolean (got ${describe(v)})`);
};

const oneOf =
  (values: readonly (string | number)[]): Check =>
  (v, path, out) => {
    if (!values.includes(v as string | number)) {
      issue(out, path, `phải là một trong: ${values.join(", ")}`, `must be one of: ${values.join(", ")}`);
    }
  };

const arr =
  (item: Check, minItems = 0): Check =>
  (v, path, out) => {
    if (!Array.isArray(v)) {
      issue(out, path, `cần một danh sách (đang là ${describe(v)})`, `expected an array (got ${describe(v)})`);
      return;
    }
    if (v.length < minItems) issue(out, path, `cần ít nhất ${minItems} phần tử`, `needs at least ${minItems} item(s)`);
    v.forEach((x, i) => item(x, `${path}[${i}]`, out));
  };

interface Field {
  check: Check;
  optional?: boolean;
}

const req = (check: Check): Field => ({ check });
const opt = (check: Check): Field => ({ check, optional: true });

function join(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

/** An object with the given fields; `extra` adds rules that depend on several fields. */
const obj =
  (fields: Record<string, Field>, extra?: (o: Record<string, unknown>, path: string, out: ValidationIssue[]) => void): Check =>
  (v, path, out) => {
    if (typeof v !== "object" || v === null || Array.isArray(v)) {
      issue(out, path, `cần một đối tượng (đang là ${describe(v)})`, `expected an object (got ${describe(v)})`);
      return;
    }
    const o = v as Record<string, unknown>;
    for (const [key, f] of Object.entries(fields)) {
      if (!(key in o) || o[key] === undefined) {
        if (!f.optional) issue(out, join(path, key), "thiếu trường bắt buộc", "required field is missing");
        continue;
      }
      f.check(o[key], join(path, key), out);
    }
    extra?.(o, path, out);
  };

const nonEmpty = str({ min: 1 });
const ID = /^[a-z0-9][a-z0-9-]*$/;
const DATE = /^(\d{4}(-\d{2}(-\d{2})?)?)?$/;
const CODE = /^[a-z]+(\.[a-z0-9-]+)+$/;

export const PERIOD_TYPES = ["year", "half", "months", "quarter", "month", "range"] as const;
export const FIGURE_KINDS = ["actual", "estimate", "plan", "target", "remaining"] as const;
export const PRICE_BASES = ["current", "comparable-2010", "n/a"] as const;
export const FLAG_CODES = ["pct-mismatch", "value-conflict", "basis-conflict", "unit-conflict", "other"] as const;

/** Which extra field each period type needs, and its range. */
const PERIOD_PARTS: Record<string, { field: "part" | "months" | "fromYear"; min: number; max: number } | undefined> = {
  half: { field: "part", min: 1, max: 2 },
  quarter: { field: "part", min: 1, max: 4 },
  month: { field: "part", min: 1, max: 12 },
  months: { field: "months", min: 1, max: 12 },
  range: { field: "fromYear", min: 1900, max: 2100 },
};

const period = obj(
  {
    type: req(oneOf(PERIOD_TYPES)),
    year: req(int(1900, 2100)),
    part: opt(int(1, 12)),
    months: opt(int(1, 12)),
    fromYear: opt(int(1900, 2100)),
    label: req(nonEmpty),
  },
  (o, path, out) => {
    const need = PERIOD_PARTS[o.type as string];
    if (!need) return;
    const v = o[need.field];
    if (v === undefined) {
      issue(out, join(path, need.field), `kỳ loại "${String(o.type)}" cần trường này`, `a period of type "${String(o.type)}" needs this field`);
    } else {
      int(need.min, need.max)(v, join(path, need.field), out);
    }
  },
);

const documentRef = obj({
  number: req(str()),
  date: req(str({ pattern: DATE, patternText: "YYYY-MM-DD" })),
  issuer: req(nonEmpty),
  title: req(nonEmpty),
  seedFile: req(nonEmpty),
});

const indicator = obj({
  code: req(str({ pattern: CODE, patternText: "group.name" })),
  vi: req(nonEmpty),
  en: req(nonEmpty),
  unit: req(nonEmpty),
  unitText: req(nonEmpty),
  priceBasis: req(oneOf(PRICE_BASES)),
  priceBasisStated: opt(bool),
});

const reported = obj({
  pctOfPlan: opt(num),
  growthVsPrior: opt(num),
  indexVsPrior: opt(num),
  share: opt(num),
  growthVsPrevPeriod: opt(num),
  indexVsPrevPeriod: opt(num),
});

const derivation = obj({
  method: req(nonEmpty),
  vi: req(nonEmpty),
  en: req(nonEmpty),
  from: req(arr(nonEmpty, 1)),
});

const flag = obj({
  code: req(oneOf(FLAG_CODES)),
  vi: req(nonEmpty),
  en: req(nonEmpty),
  related: req(arr(nonEmpty)),
});

const record = obj({
  id: req(nonEmpty),
  province: req(nonEmpty),
  period: req(period),
  kind: req(oneOf(FIGURE_KINDS)),
  indicator: req(indicator),
  value: req(num),
  reported: req(reported),
  derived: opt(derivation),
  quote: req(nonEmpty),
  quoteOffset: opt(obj({ start: req(int(0)), end: req(int(0)) })),
  qualifier: opt(oneOf(["over", "about", "under"])),
  uncertain: opt(arr(oneOf(UNCERTAINTIES))),
  flags: opt(arr(flag)),
});

const task = obj({
  id: req(nonEmpty),
  no: req(nonEmpty),
  task: req(nonEmpty),
  lead: req(str()),
  partners: req(str()),
  timeframe: req(str()),
  product: req(str()),
  note: req(str()),
  quote: req(nonEmpty),
});

const dataset = obj({
  id: req(str({ pattern: ID, patternText: "a-z, 0-9, -" })),
  version: req(nonEmpty),
  province: req(nonEmpty),
  document: req(documentRef),
  period: req(period),
  records: req(arr(record)),
  tasks: opt(arr(task)),
});

const indexEntry = obj({
  id: req(str({ pattern: ID, patternText: "a-z, 0-9, -" })),
  version: req(nonEmpty),
  province: req(nonEmpty),
  document: req(documentRef),
  period: req(period),
  recordCount: req(int(0)),
  taskCount: req(int(0)),
  href: req(nonEmpty),
});

const index = obj({
  schemaVersion: req(oneOf([1])),
  generatedAt: req(nonEmpty),
  datasets: req(arr(indexEntry)),
});

/** Schema problems of a dataset (what the JSON Schema checks), each with its path. */
export function datasetIssues(json: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  dataset(json, "", out);
  return out;
}

/**
 * Rules a JSON Schema cannot express: record and task ids unique, derivations pointing at records
 * of the dataset, quote offsets in order. Run on data that passed datasetIssues.
 */
export function datasetIntegrityIssues(json: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  if (datasetIssues(json).length > 0) return out;
  const ds = json as { records: Array<{ id: string; derived?: { from: string[] }; quoteOffset?: { start: number; end: number } }>; tasks?: Array<{ id: string }> };
  const seen = new Set<string>();
  const all = [...ds.records.map((r, i) => ({ id: r.id, path: `records[${i}].id` })), ...(ds.tasks ?? []).map((t, i) => ({ id: t.id, path: `tasks[${i}].id` }))];
  for (const { id, path } of all) {
    if (seen.has(id)) issue(out, path, `mã "${id}" bị trùng`, `duplicate id "${id}"`);
    seen.add(id);
  }
  ds.records.forEach((r, i) => {
    r.derived?.from.forEach((f, j) => {
      if (!seen.has(f)) issue(out, `records[${i}].derived.from[${j}]`, `không có bản ghi "${f}"`, `no record "${f}"`);
    });
    if (r.quoteOffset && r.quoteOffset.end < r.quoteOffset.start) {
      issue(out, `records[${i}].quoteOffset`, "vị trí kết thúc đứng trước vị trí bắt đầu", "end is before start");
    }
  });
  return out;
}

export function indexIssues(json: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  index(json, "", out);
  return out;
}

/** "records[3].value: expected a number", in the language asked for. */
export function formatIssue(i: ValidationIssue, lang: Lang = "en"): string {
  const text = lang === "vi" ? i.vi : i.en;
  return i.path === "" ? text : `${i.path}: ${text}`;
}

/** All problems of a dataset (schema, then integrity), as text; empty when the dataset is valid. */
export function validateDataset(json: unknown, lang: Lang = "en"): string[] {
  const schema = datasetIssues(json);
  const issues = schema.length > 0 ? schema : datasetIntegrityIssues(json);
  return issues.map((i) => formatIssue(i, lang));
}

export function validateDatasetIndex(json: unknown, lang: Lang = "en"): string[] {
  return indexIssues(json).map((i) => formatIssue(i, lang));
}
