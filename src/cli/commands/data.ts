/** "data" commands: list the published datasets, export every record flat, report the documents' discrepancies. */
import * as fs from "node:fs";
import * as path from "node:path";
import { checkConsistency } from "../../core/dataset/consistency";
import { periodKey } from "../../core/dataset/period-text";
import type { Period, PlanDataset, PlanRecord } from "../../core/dataset/types";
import { listTemplates, periodChoices } from "../../core/templates";
import { indicatorChoices } from "../../core/templates/indicator-choices";
import { periodLabel } from "../../core/templates/periods";
import { validateDataset } from "../../core/dataset/validate";
import { UserError } from "../../core/user-error";
import { requiredOption, stringOption } from "../args";
import { loadDataset } from "../datasets";
import type { CliIO, CommandGroup, SubCommand } from "../command";

interface Loaded {
  file: string;
  json: unknown;
  problems: string[];
}

function readFile(full: string, file: string, io: CliIO): Loaded {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(full, "utf8"));
  } catch (e) {
    const msg = io.lang === "vi" ? `không đọc được JSON (${(e as Error).message})` : `not readable JSON (${(e as Error).message})`;
    return { file, json: null, problems: [msg] };
  }
  return { file, json, problems: validateDataset(json, io.lang) };
}

/** Dataset files named on the command line (`data check --in my-dataset.json [other.json …]`). */
function readNamed(files: string[], io: CliIO): Loaded[] {
  return files.map((file) => {
    if (!fs.existsSync(file)) throw new UserError("dataset-file-missing", { vi: `Không tìm thấy tệp số liệu ${file}.`, en: `No dataset file ${file}.` });
    return readFile(file, file, io);
  });
}

function readAll(io: CliIO): Loaded[] {
  const dir = path.join(io.root, "datasets");
  if (!fs.existsSync(dir)) {
    throw new UserError("datasets-missing", {
      vi: `Không thấy thư mục số liệu ${dir}.`,
      en: `No datasets folder at ${dir}.`,
    });
  }
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json") && f !== "index.json")
    .sort()
    .map((file) => readFile(path.join(dir, file), `datasets/${file}`, io));
}

/** The valid datasets; an invalid one stops list and export with a message naming the file and field. */
function validDatasets(io: CliIO): PlanDataset[] {
  const all = readAll(io);
  const bad = all.find((d) => d.problems.length > 0);
  if (bad) {
    throw new UserError("dataset-invalid", {
      vi: `Tệp ${bad.file} sai cấu trúc: ${bad.problems.slice(0, 3).join("; ")}`,
      en: `File ${bad.file} does not match the schema: ${bad.problems.slice(0, 3).join("; ")}`,
    });
  }
  return all.map((d) => d.json as PlanDataset);
}

const list: SubCommand = {
  name: "list",
  usage: "— liệt kê bộ số liệu (mã, tỉnh, văn bản, kỳ) / list datasets (id, province, document, period)",
  async run(_args, io) {
    for (const ds of validDatasets(io)) {
      const doc = [ds.document.number, ds.document.title].filter((x) => x !== "").join(" ");
      io.out([ds.id, ds.province, doc, ds.period.label].join("\t"));
    }
    return 0;
  },
};

/** Flat row of one record, the columns of `data export`. */
export const EXPORT_COLUMNS = [
  "id",
  "dataset",
  "doc",
  "province",
  "period",
  "period_type",
  "year",
  "indicator_code",
  "indicator_vi",
  "indicator_en",
  "unit",
  "unit_text",
  "price_basis",
  "kind",
  "value",
  "qualifier",
  "pct_of_plan",
  "growth_vs_prior",
  "index_vs_prior",
  "share",
  "derived",
  "derivation",
  "flags",
  "quote",
] as const;

type Row = Record<(typeof EXPORT_COLUMNS)[number], string | number | boolean | null>;

function flatten(ds: PlanDataset, r: PlanRecord, io: CliIO): Row {
  return {
    id: r.id,
    dataset: ds.id,
    doc: ds.document.seedFile,
    province: r.province,
    period: r.period.label,
    period_type: r.period.type,
    year: r.period.year,
    indicator_code: r.indicator.code,
    indicator_vi: r.indicator.vi,
    indicator_en: r.indicator.en,
    unit: r.indicator.unit,
    unit_text: r.indicator.unitText,
    price_basis: r.indicator.priceBasis,
    kind: r.kind,
    value: r.value,
    qualifier: r.qualifier ?? null,
    pct_of_plan: r.reported.pctOfPlan ?? null,
    growth_vs_prior: r.reported.growthVsPrior ?? null,
    index_vs_prior: r.reported.indexVsPrior ?? null,
    share: r.reported.share ?? null,
    derived: r.derived !== undefined,
    derivation: r.derived ? r.derived[io.lang] : null,
    flags: r.flags ? r.flags.map((f) => `[${f.code}] ${f[io.lang]}`).join(" | ") : null,
    quote: r.quote,
  };
}

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
export function csvField(v: string | number | boolean | null): string {
  if (v === null) return "";
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const exportCmd: SubCommand = {
  name: "export",
  usage: "--format csv|json [--dataset <id>] — mọi bản ghi dạng phẳng / every record, flat",
  async run(args, io) {
    const format = stringOption(args, "format") ?? "csv";
    if (format !== "csv" && format !== "json") {
      throw new UserError("bad-format", {
        vi: `Định dạng "${format}" không hợp lệ; dùng csv hoặc json.`,
        en: `Format "${format}" is not valid; use csv or json.`,
      });
    }
    const only = stringOption(args, "dataset");
    const datasets = validDatasets(io).filter((d) => only === undefined || d.id === only);
    if (only !== undefined && datasets.length === 0) {
      throw new UserError("dataset-unknown", { vi: `Không có bộ số liệu "${only}".`, en: `No dataset "${only}".` });
    }
    const rows = datasets.flatMap((ds) => ds.records.map((r) => flatten(ds, r, io)));
    if (format === "json") {
      io.out(JSON.stringify(rows, null, 2));
    } else {
      const lines = [EXPORT_COLUMNS.join(","), ...rows.map((row) => EXPORT_COLUMNS.map((c) => csvField(row[c])).join(","))];
      io.out(lines.join("\r\n"));
    }
    return 0;
  },
};

const check: SubCommand = {
  name: "check",
  usage:
    "[--in <bộ số liệu.json> …] — kiểm tra số liệu (mặc định: datasets/), liệt kê chỗ vênh của văn bản / consistency report of the documents (default: datasets/)",
  async run(args, io) {
    const named = stringOption(args, "in");
    const all = named === undefined ? readAll(io) : readNamed([named, ...args.positional], io);
    const invalid = all.filter((d) => d.problems.length > 0);
    for (const d of invalid) {
      io.err(io.lang === "vi" ? `${d.file} sai cấu trúc:` : `${d.file} is invalid:`);
      for (const p of d.problems) io.err(`  ${p}`);
    }
    const report = checkConsistency(all.filter((d) => d.problems.length === 0).map((d) => d.json as PlanDataset));
    for (const d of report.discrepancies) io.out(`[${d.code}] ${d[io.lang]}`);
    io.out(
      io.lang === "vi"
        ? `Đã kiểm tra ${report.checked} quan hệ giữa các số liệu; ${report.discrepancies.length} chỗ không khớp.`
        : `Checked ${report.checked} relations between figures; ${report.discrepancies.length} discrepancies.`,
    );
    // The documents' own discrepancies are findings, not failures; only a broken dataset fails the check.
    return invalid.length > 0 ? 1 : 0;
  },
};

/** The keys --period takes for a dataset, with the planner's words for them and the tables that offer them. */
const periods: SubCommand = {
  name: "periods",
  usage: "--dataset <id> — các kỳ (mã dùng cho --period) / the periods (keys for --period)",
  async run(args, io) {
    const ds = loadDataset(io.root, requiredOption(args, "dataset"));
    const seen = new Map<string, { period: Period; figures: number }>();
    for (const r of ds.records) {
      const key = periodKey(r.period);
      const entry = seen.get(key) ?? { period: r.period, figures: 0 };
      if (!r.derived) entry.figures += 1;
      seen.set(key, entry);
    }
    for (const [key, { period, figures }] of seen) {
      const tables = listTemplates().filter((t) => periodChoices(t.id, ds).some((c) => c.key === key));
      // A period only derived figures name (the same period before) is no choice.
      if (tables.length === 0) continue;
      const label = io.lang === "vi" ? period.label : periodLabel(period).en;
      const count = io.lang === "vi" ? `${figures} số liệu` : `${figures} figures`;
      io.out([key, label, count, tables.map((t) => t.id).join(",")].join("\t"));
    }
    return 0;
  },
};

/** The indicator codes --indicators takes for a dataset, by sector. */
const indicators: SubCommand = {
  name: "indicators",
  usage: "--dataset <id> — các chỉ tiêu (mã dùng cho --indicators) / the indicators (codes for --indicators)",
  async run(args, io) {
    const ds = loadDataset(io.root, requiredOption(args, "dataset"));
    for (const c of indicatorChoices(ds)) io.out([c.code, c.name[io.lang], c.unit[io.lang], c.sector].join("\t"));
    return 0;
  },
};

const importCmd: SubCommand = {
  name: "import",
  usage:
    "--in <báo cáo.docx|.txt> --out <bộ số liệu.json> [--province <tỉnh>] [--id <mã>] [--title <tên văn bản>] [--date 6/2023] [--heading <tiêu đề>] [--force] — bộ số liệu riêng từ báo cáo của đơn vị, ghi cả index.json bên cạnh để đưa lên máy chủ https / a department's own dataset from its report, listed in the index.json beside it for an https server",
  // The extractor loads only for this command, so `data list` starts at once.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  run: (args, io) => (require("./data-import") as typeof import("./data-import")).runImport(args, io),
};

export const dataGroup: CommandGroup = {
  name: "data",
  summary: "bộ số liệu kế hoạch / plan datasets (list, export, check, periods, indicators, import)",
  subcommands: [list, exportCmd, check, periods, indicators, importCmd],
};
