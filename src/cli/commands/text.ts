/** "text" commands: the figures a report states, and the report's figures checked against each other. */
import * as path from "node:path";
import { formatVietnameseNumber } from "../../core/numbers";
import { checkAcross } from "../../core/extract/across";
import { checkText, extractRecords, type ExtractedRecord } from "../../core/extract";
import type { Lang } from "../../core/user-error";
import { flag, requiredOption, type ParsedArgs } from "../args";
import { documentContext } from "../document-context";
import { readReportFile } from "../read-report";
import type { CommandGroup, SubCommand } from "../command";

function readReport(args: ParsedArgs): Promise<string> {
  return readReportFile(requiredOption(args, "in"));
}

function reportedText(r: ExtractedRecord, lang: Lang): string {
  const p = r.reported;
  const parts: string[] = [];
  const n = (v: number): string => (lang === "vi" ? formatVietnameseNumber(v, 2).replace(/,00$/, "") : String(v));
  if (p.pctOfPlan !== undefined) parts.push(lang === "vi" ? `đạt ${n(p.pctOfPlan)}% KH` : `${n(p.pctOfPlan)}% of plan`);
  if (p.growthVsPrior !== undefined) parts.push(lang === "vi" ? `${p.growthVsPrior < 0 ? "giảm" : "tăng"} ${n(Math.abs(p.growthVsPrior))}% so CK` : `${n(p.growthVsPrior)}% vs same period`);
  if (p.indexVsPrior !== undefined) parts.push(lang === "vi" ? `bằng ${n(p.indexVsPrior)}% so CK` : `index ${n(p.indexVsPrior)}`);
  if (p.share !== undefined) parts.push(lang === "vi" ? `chiếm ${n(p.share)}%` : `share ${n(p.share)}%`);
  if (p.growthVsPrevPeriod !== undefined)
    parts.push(lang === "vi" ? `${p.growthVsPrevPeriod < 0 ? "giảm" : "tăng"} ${n(Math.abs(p.growthVsPrevPeriod))}% so kỳ trước` : `${n(p.growthVsPrevPeriod)}% vs previous period`);
  if (p.indexVsPrevPeriod !== undefined) parts.push(lang === "vi" ? `bằng ${n(p.indexVsPrevPeriod)}% so kỳ trước` : `index ${n(p.indexVsPrevPeriod)} vs previous period`);
  return parts.join(", ");
}

const KIND_VI: Record<string, string> = { actual: "thực hiện", estimate: "ước", plan: "kế hoạch", target: "mục tiêu", remaining: "còn lại" };

const extract: SubCommand = {
  name: "extract",
  usage: "--in <báo cáo.txt|.docx> [--date 9/2020|2020-09] [--heading <tiêu đề>] [--json] — các số liệu trong văn bản / the figures a report states",
  async run(args, io) {
    const text = await readReport(args);
    const extraction = extractRecords(text, {}, documentContext(args));
    if (flag(args, "json")) {
      io.out(JSON.stringify(extraction, null, 2));
      return 0;
    }
    for (const r of extraction.records) {
      const value = io.lang === "vi" ? formatVietnameseNumber(r.value, 4).replace(/,?0+$/, "") : String(r.value);
      const kind = io.lang === "vi" ? (KIND_VI[r.kind] ?? r.kind) : r.kind;
      io.out([r.indicator.vi, r.period.label, kind, `${value} ${r.indicator.unitText}`, reportedText(r, io.lang), r.quote.replace(/\s+/g, " ")].join("\t"));
    }
    io.err(io.lang === "vi" ? `${extraction.records.length} số liệu.` : `${extraction.records.length} figures.`);
    return 0;
  },
};

const check: SubCommand = {
  name: "check",
  usage:
    "--in <báo cáo.txt|.docx> [văn bản khác.txt|.docx …] [--date 9/2020|2020-09] [--heading <tiêu đề>] [--json] — đối chiếu tỷ lệ, tổng, số còn lại với số liệu của chính văn bản, và cùng một số liệu giữa các văn bản / check a report's percentages, totals and remainders against its own figures, and the same figure across reports",
  async run(args, io) {
    const main = requiredOption(args, "in");
    const text = await readReportFile(main);
    const { extraction, findings: own } = checkText(text, {}, documentContext(args));
    // More reports after the first: the same indicator and period given different values.
    const others: { name: string; text: string }[] = [];
    for (const file of args.positional) others.push({ name: path.basename(file), text: await readReportFile(file) });
    const findings = others.length > 0 ? [...own, ...checkAcross([{ name: path.basename(main), text }, ...others])] : own;
    if (flag(args, "json")) {
      io.out(JSON.stringify(findings, null, 2));
      return 0;
    }
    for (const f of findings) {
      io.out(`${f[io.lang]}\n    « ${f.quote.replace(/\s+/g, " ")} »`);
    }
    io.err(
      io.lang === "vi"
        ? `${findings.length} chỗ không khớp trong ${extraction.records.length} số liệu.`
        : `${findings.length} discrepancies among ${extraction.records.length} figures.`,
    );
    return 0;
  },
};

export const textGroup: CommandGroup = {
  name: "text",
  summary: "số liệu trong văn bản báo cáo / figures in report text",
  subcommands: [extract, check],
};
