/**
 * workbook fill: put a dataset's figures into a planner's own form (an .xlsx sheet), then the
 * comparison formulas as the recalculation writes them; or, with --dry-run, say what it would write.
 */
import * as fs from "node:fs";
import type { Period, PlanDataset } from "../../core/dataset/types";
import type * as ExcelJS from "exceljs";
import { GridView, type Grid } from "../../core/detect";
import { formatFillNumber, formPeriods, locateForm, planFill, type FillPlan } from "../../core/fill";
import type { RecalcPlan } from "../../core/recalc";
import { periodKey } from "../../core/templates/periods";
import { UserError, type Lang } from "../../core/user-error";
import { flag, requiredOption, stringOption } from "../args";
import type { SubCommand } from "../command";
import { loadDataset } from "../datasets";
import { sheetToGrid, withBlankFormats } from "../xlsx-read";
import { applyPlan, pickSheet, readWorkbook } from "./workbook-recalc";

export const fillCommand: SubCommand = {
  name: "fill",
  usage:
    "--in <biểu.xlsx> --sheet <tên> --dataset <id|tệp.json> [--period <khóa>] (--out <b.xlsx> [--yes] [--force] | --dry-run [--json]) — điền biểu mẫu / fill a form",
  async run(args, io) {
    const input = requiredOption(args, "in");
    const dataset = loadDataset(io.root, requiredOption(args, "dataset"));
    const dryRun = flag(args, "dry-run");
    const out = stringOption(args, "out");
    if (!dryRun && !out) {
      throw new UserError("missing-option", { vi: "Thiếu --out <tệp.xlsx> (hoặc dùng --dry-run để chỉ xem trước).", en: "Missing --out <file.xlsx> (or use --dry-run to preview only)." });
    }
    const period = periodOption(dataset, stringOption(args, "period"));
    const wb = await readWorkbook(input);
    const ws = pickSheet(wb, stringOption(args, "sheet"));
    const yes = flag(args, "yes");
    const plan = planFill(formFormats(ws, sheetToGrid(ws)), dataset, { ...(period ? { period } : {}), overwrite: yes });
    if (!plan.found) throw new UserError("no-form", { vi: `Trang "${ws.name}": ${plan.messages[0]!.vi}`, en: `Sheet "${ws.name}": ${plan.messages[0]!.en}` });
    if (dryRun) {
      io.out(flag(args, "json") ? JSON.stringify(report(ws.name, dataset, plan, io.lang), null, 2) : humanReport(ws.name, plan, io.lang));
      return 0;
    }
    const blocked = [...plan.conflicts.map((c) => `${c.address} (${c.existing})`), ...(plan.recalc?.conflicts ?? []).map((c) => `${c.address} (${c.existing})`)];
    if (blocked.length > 0 && !yes) {
      throw new UserError("cells-not-empty", {
        vi: `${blocked.length} ô đã có số liệu hoặc công thức: ${blocked.slice(0, 10).join(", ")}${blocked.length > 10 ? ", ..." : ""}. Không ghi gì. Thêm --yes để đồng ý ghi đè.`,
        en: `${blocked.length} cells already hold figures or formulas: ${blocked.slice(0, 10).join(", ")}${blocked.length > 10 ? ", ..." : ""}. Nothing written. Add --yes to agree to overwrite them.`,
      });
    }
    if (fs.existsSync(out!) && !flag(args, "force") && out !== input) {
      throw new UserError("out-exists", { vi: `Tệp ${out} đã có. Chọn tên khác hoặc thêm --force để ghi đè.`, en: `File ${out} already exists. Choose another name or add --force to overwrite it.` });
    }
    applyPlan(ws, withValues(plan));
    wb.calcProperties.fullCalcOnLoad = true;
    await wb.xlsx.writeFile(out!);
    for (const m of plan.messages) io.err(m[io.lang]);
    io.out(
      io.lang === "vi"
        ? `Đã điền ${plan.writes.length} ô số liệu và ${plan.recalc?.writes.length ?? 0} công thức vào ${out} (trang "${ws.name}", bảng ${plan.range}).`
        : `Filled ${plan.writes.length} figures and ${plan.recalc?.writes.length ?? 0} formulas into ${out} (sheet "${ws.name}", table ${plan.range}).`,
    );
    return 0;
  },
};

/** The grid with the number formats of the form's empty cells (see withBlankFormats). */
function formFormats(ws: ExcelJS.Worksheet, grid: Grid): Grid {
  const loc = locateForm(new GridView(grid));
  return loc ? withBlankFormats(ws, grid, { top: loc.top, bottom: loc.lastDataRow, left: loc.left, right: loc.right }) : grid;
}

/** The period a --period key names, among the dataset's; a bad key lists the keys the option takes. */
function periodOption(dataset: PlanDataset, key: string | undefined): Period | undefined {
  if (key === undefined) return undefined;
  const periods = new Map<string, Period>(formPeriods(dataset).map((p) => [periodKey(p), p]));
  const p = periods.get(key);
  if (p) return p;
  const keys = [...periods.entries()].map(([k, v]) => `${k} (${v.label})`).join(", ");
  throw new UserError("bad-period", { vi: `Kỳ "${key}" không có trong bộ ${dataset.id}. Các kỳ: ${keys}.`, en: `Period "${key}" is not in dataset ${dataset.id}. Periods: ${keys}.` });
}

/**
 * The recalculation's plan with the figures added as value writes, so that one applyPlan writes both
 * (figures as numbers, never as text) and makes plain any shared formula whose master a write replaces.
 */
function withValues(plan: FillPlan): RecalcPlan {
  const base: RecalcPlan = plan.recalc ?? { writes: [], headerWrites: [], conversions: [], conflicts: [], textNumbers: [], columns: [], skipped: [], messages: [] };
  return { ...base, conversions: [...base.conversions, ...plan.writes.map((w) => ({ row: w.row, col: w.col, address: w.address, value: w.value }))] };
}

function report(sheet: string, dataset: PlanDataset, plan: FillPlan, lang: Lang): unknown {
  return {
    sheet,
    dataset: dataset.id,
    range: plan.range,
    period: plan.period,
    unitLine: plan.unitLine,
    columns: plan.columns.map((c) => ({ column: c.letter, header: c.header, role: c.role, ...(c.want ? { period: c.want.period, periodLabel: c.want.periodLabel, kinds: c.want.kinds, ...(c.want.measure ? { measure: c.want.measure } : {}) } : {}), reason: c.reason[lang] })),
    rows: plan.rows.map((r) => ({
      row: r.row + 1,
      label: r.label,
      ...(r.unit ? { unit: r.unit } : {}),
      ...(r.basis ? { basis: r.basis } : {}),
      status: r.status,
      ...(r.code ? { code: r.code, indicator: r.indicator, score: r.score } : {}),
      ...(r.candidates ? { candidates: r.candidates } : {}),
      ...(r.gaps.length ? { gaps: r.gaps.map((g) => ({ cell: g.address, reason: g.reason[lang], ...(g.options ? { options: g.options } : {}) })) } : {}),
      reason: r.reason[lang],
    })),
    values: plan.values.map((v) => ({
      cell: v.address, value: v.value, recordId: v.recordId, indicator: v.indicator, kind: v.kind, period: v.period, quote: v.quote, source: v.source,
      confidence: v.confidence, ...(v.how ? { how: v.how[lang] } : {}), ...(v.existing !== null ? { existing: v.existing } : {}), ...(v.agrees ? { agrees: true } : {}),
    })),
    conflicts: plan.conflicts.map((c) => ({ cell: c.address, existing: c.existing, value: c.value })),
    formulas: (plan.recalc?.writes ?? []).map((w) => ({ cell: w.address, formula: w.formula, ...(w.overwrites ? { overwrites: true } : {}) })),
    formulaConflicts: (plan.recalc?.conflicts ?? []).map((c) => ({ cell: c.address, existing: c.existing })),
    messages: plan.messages.map((m) => m[lang]),
  };
}

function humanReport(sheet: string, plan: FillPlan, lang: Lang): string {
  const vi = lang === "vi";
  const lines = [vi ? `Trang "${sheet}", bảng ${plan.range}, kỳ ${plan.period.label || plan.period.key}` : `Sheet "${sheet}", table ${plan.range}, period ${plan.period.key}`];
  for (const c of plan.columns) lines.push(`  ${c.letter}\t${c.role}${c.want ? ` ${c.want.period} (${c.want.kinds.join("/")})` : ""}\t${c.header}`);
  for (const r of plan.rows) {
    const values = plan.values
      .filter((v) => v.row === r.row)
      .sort((a, b) => a.col - b.col)
      .map((v) => `${v.address}=${vi ? formatFillNumber(v.value, 6) : v.value}${v.agrees ? (vi ? " (đã có)" : " (already there)") : ""}`);
    lines.push(`  ${r.row + 1}\t${r.status}\t${r.label}${r.indicator ? ` -> ${r.indicator}` : ""}${values.length ? `: ${values.join(", ")}` : ""}`);
    if (r.status !== "matched") lines.push(`\t\t${r.reason[lang]}`);
    for (const g of r.gaps.filter((x) => x.options)) lines.push(`\t\t${g.address}: ${g.reason[lang]}`);
  }
  for (const m of plan.messages) lines.push(m[lang]);
  return lines.join("\n");
}
