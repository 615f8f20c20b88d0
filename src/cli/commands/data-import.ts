/**
 * `data import`: a department's own dataset from one of its reports (.docx or .txt). Required only
 * when the command runs (src/cli/commands/data.ts), so `data list` does not load the extractor.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { datasetFromReport } from "../../core/dataset/from-report";
import type { PlanDataset, Uncertainty } from "../../core/dataset/types";
import { validateDataset } from "../../core/dataset/validate";
import { extractRecords } from "../../core/extract";
import { UserError } from "../../core/user-error";
import { flag, requiredOption, stringOption, type ParsedArgs } from "../args";
import type { CliIO } from "../command";
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

export async function runImport(args: ParsedArgs, io: CliIO): Promise<number> {
  const input = requiredOption(args, "in");
  const out = requiredOption(args, "out");
  if (fs.existsSync(out) && !flag(args, "force")) {
    throw new UserError("import-out-exists", {
      vi: `Tệp ${out} đã có: không ghi đè. Chọn tên khác, hoặc thêm --force để ghi đè.`,
      en: `${out} exists: not overwritten. Choose another name, or add --force to overwrite.`,
    });
  }
  const text = await readReportFile(input);
  const dataset = datasetFromReport(extractRecords(text), {
    id: stringOption(args, "id") ?? idFromFileName(out),
    province: stringOption(args, "province"),
    sourceFile: path.basename(input),
    title: stringOption(args, "title"),
  });
  // What the add-in and `data check` will demand of the file: a failure here is a bug of the import, not the planner's.
  const problems = validateDataset(dataset);
  if (problems.length > 0) throw new Error(`the imported dataset does not validate: ${problems.slice(0, 3).join("; ")}`);
  fs.writeFileSync(out, `${JSON.stringify(dataset, null, 2)}\n`);
  io.err(summary(dataset, out, io));
  return 0;
}
