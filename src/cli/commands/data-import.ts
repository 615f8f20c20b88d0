/**
 * `data import`: a department's own dataset from one of its reports (.docx or .txt). Required only
 * when the command runs (src/cli/commands/data.ts), so `data list` does not load the extractor.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { datasetFromReport } from "../../core/dataset/from-report";
import { datasetFileName, withDataset } from "../../core/dataset/index-entry";
import type { DatasetIndex, PlanDataset, Uncertainty } from "../../core/dataset/types";
import { validateDataset, validateDatasetIndex } from "../../core/dataset/validate";
import { extractRecords } from "../../core/extract";
import { UserError } from "../../core/user-error";
import { flag, requiredOption, stringOption, type ParsedArgs } from "../args";
import type { CliIO } from "../command";
import { documentContext } from "../document-context";
import { readReportFile } from "../read-report";

/** "Báo cáo 6 tháng.json" -> "bao-cao-6-thang": a dataset id from the output file's name. */
export function idFromFileName(file: string): string {
  const id = path
    .basename(file, path.extname(file))
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return id || "bo-so-lieu";
}

const UNCERTAIN_VI: Record<Uncertainty, string> = {
  approximate: "số gần đúng",
  "unit-unknown": "đơn vị ngoài danh mục",
  "period-guessed": "kỳ đoán từ văn bản",
  "indicator-uncatalogued": "chỉ tiêu ngoài danh mục",
  "number-grouping": "dấu phẩy có thể là dấu phân cách hàng nghìn",
};

function summary(ds: PlanDataset, out: string, io: CliIO): string {
  const derived = ds.records.filter((r) => r.derived).length;
  const unsure = ds.records.filter((r) => r.uncertain && r.uncertain.length > 0);
  const counts = new Map<Uncertainty, number>();
  for (const r of unsure) for (const u of r.uncertain!) counts.set(u, (counts.get(u) ?? 0) + 1);
  const detail = [...counts].map(([u, n]) => `${io.lang === "vi" ? UNCERTAIN_VI[u] : u}: ${n}`).join(", ");
  return io.lang === "vi"
    ? `Đã ghi ${out}: ${ds.records.length} số liệu (${derived} số suy ra), kỳ ${ds.period.label}; ${unsure.length} số chưa chắc chắn${detail ? ` (${detail})` : ""}.`
    : `Wrote ${out}: ${ds.records.length} records (${derived} derived), period ${ds.period.label}; ${unsure.length} uncertain${detail ? ` (${detail})` : ""}.`;
}

/** The index.json already beside the output, read and checked before anything is written; undefined when there is none. */
function readIndex(file: string): DatasetIndex | undefined {
  if (!fs.existsSync(file)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    json = undefined;
  }
  const problems = (lang: "vi" | "en"): string =>
    (json === undefined ? [lang === "vi" ? "không phải JSON" : "not JSON"] : validateDatasetIndex(json, lang)).slice(0, 2).join("; ");
  if (json === undefined || validateDatasetIndex(json).length > 0) {
    throw new UserError("import-index-invalid", {
      vi: `${file} có sẵn nhưng không phải một index.json hợp lệ (${problems("vi")}): không ghi gì. Sửa hoặc xóa tệp đó rồi chạy lại.`,
      en: `${file} exists but is not a valid index.json (${problems("en")}): nothing written. Fix or remove it and run again.`,
    });
  }
  return json as DatasetIndex;
}

/**
 * Where the dataset is listed for a department's https server: index.json beside it, as the plan-data client
 * reads it. The client fetches a dataset as `<id>.json`, so a file under another name is not listed (and the
 * planner is told how to name it) rather than listed and never found.
 */
function indexPlan(out: string, id: string): { file: string; existing: DatasetIndex | undefined } | { misnamed: string } {
  if (path.basename(out) !== datasetFileName(id)) return { misnamed: datasetFileName(id) };
  const file = path.join(path.dirname(path.resolve(out)), "index.json");
  return { file, existing: readIndex(file) };
}

export async function runImport(args: ParsedArgs, io: CliIO): Promise<number> {
  const input = requiredOption(args, "in");
  const out = requiredOption(args, "out");
  if (fs.existsSync(out) && !flag(args, "force")) {
    throw new UserError("import-out-exists", {
      vi: `Tệp ${out} đã có: không ghi đè. Chọn tên khác, hoặc thêm --force để ghi đè.`,
      en: `${out} exists: not overwritten. Choose another name, or add --force to overwrite.`,
    });
  }
  const id = stringOption(args, "id") ?? idFromFileName(out);
  const listing = indexPlan(out, id);
  const text = await readReportFile(input);
  const dataset = datasetFromReport(extractRecords(text, {}, documentContext(args)), {
    id,
    province: stringOption(args, "province"),
    sourceFile: path.basename(input),
    title: stringOption(args, "title"),
  });
  // What the add-in and `data check` will demand of the file: a failure here is a bug of the import, not the planner's.
  const problems = validateDataset(dataset);
  if (problems.length > 0) throw new Error(`the imported dataset does not validate: ${problems.slice(0, 3).join("; ")}`);
  fs.writeFileSync(out, `${JSON.stringify(dataset, null, 2)}\n`);
  io.err(summary(dataset, out, io));
  if ("misnamed" in listing) {
    io.err(
      io.lang === "vi"
        ? `Không ghi vào index.json: máy chủ số liệu tìm bộ số liệu "${id}" ở tệp ${listing.misnamed}. Đặt --out …/${listing.misnamed} để đưa lên máy chủ.`
        : `Not listed in index.json: a data server is asked for dataset "${id}" as ${listing.misnamed}. Use --out …/${listing.misnamed} to publish it.`,
    );
    return 0;
  }
  const index = withDataset(listing.existing, dataset, new Date());
  fs.writeFileSync(listing.file, `${JSON.stringify(index, null, 2)}\n`);
  io.err(
    io.lang === "vi"
      ? `Đã cập nhật ${listing.file}: ${index.datasets.length} bộ số liệu. Chép cả thư mục lên máy chủ https của Sở, rồi nhập địa chỉ thư mục trong thẻ Cài đặt.`
      : `Updated ${listing.file}: ${index.datasets.length} datasets. Copy the whole folder to the department's https server and enter its address in the Settings tab.`,
  );
  return 0;
}
