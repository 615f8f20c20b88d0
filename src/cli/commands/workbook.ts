/** "workbook" commands: list templates, build a standard table into an .xlsx. */
import * as fs from "node:fs";
import { COMPARISON_STYLES, type ComparisonStyle } from "../../core/formulas";
import { buildTemplate, DEFAULT_OPTIONS, listTemplates, periodChoices, type IndicatorPick, type TemplateOptions } from "../../core/templates";
import { UserError } from "../../core/user-error";
import { flag, requiredOption, stringOption, type ParsedArgs } from "../args";
import type { CliIO, CommandGroup, SubCommand } from "../command";
import { loadDataset } from "../datasets";
import { writeBlockToFile } from "../xlsx-write";
import { fillCommand } from "./workbook-fill";
import { recalcCommand } from "./workbook-recalc";

const templates: SubCommand = {
  name: "templates",
  usage: "— liệt kê mẫu bảng / list the templates (id first)",
  async run(_args, io) {
    for (const t of listTemplates()) io.out(`${t.id}\t${t.version}\t${t.name[io.lang]}`);
    return 0;
  },
};

const build: SubCommand = {
  name: "build",
  usage:
    "--template <id> (--dataset <id|tệp.json> [--period <key>] [--indicators <code,code,...|all>] | --empty) --out <file.xlsx> [--sheet <name>] [--anchor B2] [--style percent|index|growth] [--decimals 2] [--source] [--force]",
  async run(args, io) {
    const templateId = requiredOption(args, "template");
    const out = requiredOption(args, "out");
    const options = templateOptions(args, io);
    let input = null;
    if (!flag(args, "empty")) {
      const dataset = loadDataset(io.root, requiredOption(args, "dataset"));
      const indicators = indicatorsOption(args, templateId);
      const periods = periodChoices(templateId, dataset, indicators);
      const periodKey = stringOption(args, "period") ?? periods[0]?.key;
      input = { dataset, periodKey, ...(indicators ? { indicators } : {}) };
    }
    const block = buildTemplate(templateId, input, options);
    if (fs.existsSync(out) && !flag(args, "force")) {
      throw new UserError("out-exists", {
        vi: `Tệp ${out} đã có. Chọn tên khác hoặc thêm --force để ghi đè.`,
        en: `File ${out} already exists. Choose another name or add --force to overwrite it.`,
      });
    }
    await writeBlockToFile(block, out, { sheetName: stringOption(args, "sheet"), anchor: stringOption(args, "anchor") });
    io.out(
      io.lang === "vi"
        ? `Đã ghi bảng ${templateId} (${block.rows} dòng × ${block.cols} cột) vào ${out}.`
        : `Wrote table ${templateId} (${block.rows} rows × ${block.cols} columns) to ${out}.`,
    );
    return 0;
  },
};

/** --indicators code1,code2 (in that order) or all: the table of picked indicators needs it, no other takes it. */
function indicatorsOption(args: ParsedArgs, templateId: string): IndicatorPick | undefined {
  const text = stringOption(args, "indicators");
  if (templateId !== "custom") {
    if (text === undefined) return undefined;
    throw new UserError("indicators-not-custom", {
      vi: `--indicators chỉ dùng với --template custom (mẫu "${templateId}" tự chọn chỉ tiêu của nó).`,
      en: `--indicators goes with --template custom only (template "${templateId}" lists its own indicators).`,
    });
  }
  if (text === undefined || text.trim() === "") {
    throw new UserError("indicators-missing", {
      vi: "Mẫu custom cần --indicators mã1,mã2,... hoặc --indicators all (xem mã: data indicators --dataset <id>).",
      en: "Template custom needs --indicators code1,code2,... or --indicators all (codes: data indicators --dataset <id>).",
    });
  }
  return text.trim() === "all" ? "all" : text.split(",").map((c) => c.trim()).filter((c) => c !== "");
}

function templateOptions(args: ParsedArgs, io: CliIO): TemplateOptions {
  const style = stringOption(args, "style") ?? DEFAULT_OPTIONS.comparisonStyle;
  if (!COMPARISON_STYLES.includes(style as ComparisonStyle)) {
    throw new UserError("bad-style", {
      vi: `Kiểu so sánh "${style}" không hợp lệ; dùng percent, index hoặc growth.`,
      en: `Comparison style "${style}" is not valid; use percent, index or growth.`,
    });
  }
  const decimalsText = stringOption(args, "decimals");
  const decimals = decimalsText === undefined ? DEFAULT_OPTIONS.decimals : Number(decimalsText);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 4) {
    throw new UserError("bad-decimals", {
      vi: `Số chữ số thập phân phải là số nguyên từ 0 đến 4 (đã nhập: ${decimalsText}).`,
      en: `Decimals must be a whole number from 0 to 4 (given: ${decimalsText}).`,
    });
  }
  return { comparisonStyle: style as ComparisonStyle, decimals, sourceColumn: flag(args, "source"), lang: io.lang };
}

export const workbookGroup: CommandGroup = {
  name: "workbook",
  summary: "bảng tính .xlsx / .xlsx workbooks",
  subcommands: [templates, build, recalcCommand, fillCommand],
};
