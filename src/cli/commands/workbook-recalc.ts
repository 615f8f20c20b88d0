/**
 * workbook recalc: detect a planner's table in an .xlsx sheet and write the comparison
 * formulas into it (or, with --dry-run, say what it would write).
 */
import * as fs from "node:fs";
import type * as ExcelJS from "exceljs";
import { newExcelWorkbook } from "../exceljs";
import { cellAddress, columnLetter, parseRangeAddress } from "../../core/a1";
import { describePeriod, detectTable, findAnchor, planRecalc, type Anchor, type RecalcPlan, type TableDetection } from "../../core/recalc";
import { UserError, type Lang } from "../../core/user-error";
import { flag, requiredOption, stringOption, type ParsedArgs } from "../args";
import type { SubCommand } from "../command";
import { sheetToGrid, withBlankFormats } from "../xlsx-read";

export const recalcCommand: SubCommand = {
  name: "recalc",
  usage:
    "--in <a.xlsx> --sheet <tên> [--range A1:K80 | ô B10] (--out <b.xlsx> [--yes] [--force] | --dry-run [--json]) [--convert-text] [--add-missing] — tính lại tỷ lệ / recalculate rates",
  async run(args, io) {
    const input = requiredOption(args, "in");
    const dryRun = flag(args, "dry-run");
    const out = stringOption(args, "out");
    if (!dryRun && !out) {
      throw new UserError("missing-option", { vi: "Thiếu --out <tệp.xlsx> (hoặc dùng --dry-run để chỉ xem trước).", en: "Missing --out <file.xlsx> (or use --dry-run to preview only)." });
    }
    const wb = await readWorkbook(input);
    const ws = pickSheet(wb, stringOption(args, "sheet"));
    const read = sheetToGrid(ws);
    const anchor = anchorFrom(args, read);
    // Detected twice only when the table holds blank formatted cells: their formats decide ratio or index ×100.
    const first = detectTable(read, anchor);
    const grid = withBlankFormats(ws, read, first.extent);
    const detection = grid === read ? first : detectTable(grid, anchor);
    if (detection.columns.length === 0 || !detection.rows.some((r) => r.kind === "data" || r.kind === "total")) {
      throw new UserError("no-table", { vi: `Không tìm thấy bảng số liệu ở trang "${ws.name}".`, en: `No table of figures found on sheet "${ws.name}".` });
    }
    const yes = flag(args, "yes");
    const options = { overwrite: yes, convertText: flag(args, "convert-text"), addMissing: flag(args, "add-missing") };
    const plan = planRecalc(grid, detection, options);
    if (dryRun) {
      // The preview lists every formula, marking those that would replace a cell's content.
      const preview = yes ? plan : { ...plan, writes: planRecalc(grid, detection, { ...options, overwrite: true }).writes };
      if (flag(args, "json")) io.out(JSON.stringify(report(ws.name, detection, preview, io.lang), null, 2));
      else io.out(humanReport(ws.name, detection, preview, io.lang));
      return 0;
    }
    if (plan.conflicts.length > 0 && !yes) {
      const list = plan.conflicts.slice(0, 10).map((c) => `${c.address} (${c.existing})`).join(", ");
      const more = plan.conflicts.length > 10 ? ", ..." : "";
      throw new UserError("cells-not-empty", {
        vi: `${plan.conflicts.length} ô đã có số liệu hoặc công thức: ${list}${more}. Không ghi gì. Thêm --yes để đồng ý ghi đè.`,
        en: `${plan.conflicts.length} cells already hold figures or formulas: ${list}${more}. Nothing written. Add --yes to agree to overwrite them.`,
      });
    }
    if (fs.existsSync(out!) && !flag(args, "force") && out !== input) {
      throw new UserError("out-exists", { vi: `Tệp ${out} đã có. Chọn tên khác hoặc thêm --force để ghi đè.`, en: `File ${out} already exists. Choose another name or add --force to overwrite it.` });
    }
    applyPlan(ws, plan);
    wb.calcProperties.fullCalcOnLoad = true;
    await wb.xlsx.writeFile(out!);
    for (const m of detection.messages) io.err(m[io.lang]);
    for (const m of plan.messages) io.err(m[io.lang]);
    io.out(
      io.lang === "vi"
        ? `Đã ghi ${plan.writes.length} công thức${plan.conversions.length ? `, chuyển ${plan.conversions.length} ô số dạng chữ` : ""} vào ${out} (trang "${ws.name}", bảng ${detection.range}).`
        : `Wrote ${plan.writes.length} formulas${plan.conversions.length ? `, converted ${plan.conversions.length} text numbers` : ""} to ${out} (sheet "${ws.name}", table ${detection.range}).`,
    );
    return 0;
  },
};

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  if (!fs.existsSync(path)) throw new UserError("no-file", { vi: `Không có tệp ${path}.`, en: `File ${path} does not exist.` });
  const wb = newExcelWorkbook();
  try {
    await wb.xlsx.readFile(path);
  } catch {
    throw new UserError("bad-xlsx", { vi: `Không đọc được ${path} như một tệp .xlsx.`, en: `Could not read ${path} as an .xlsx file.` });
  }
  return wb;
}

export function pickSheet(wb: ExcelJS.Workbook, name: string | undefined): ExcelJS.Worksheet {
  const names = wb.worksheets.map((w) => w.name);
  if (name === undefined) {
    if (wb.worksheets.length === 1) return wb.worksheets[0]!;
    throw new UserError("missing-option", { vi: `Thiếu --sheet. Các trang: ${names.join(", ")}.`, en: `Missing --sheet. Sheets: ${names.join(", ")}.` });
  }
  const ws = wb.getWorksheet(name) ?? wb.worksheets.find((w) => w.name.trim().toLowerCase() === name.trim().toLowerCase());
  if (!ws) throw new UserError("no-sheet", { vi: `Không có trang "${name}". Các trang: ${names.join(", ")}.`, en: `No sheet "${name}". Sheets: ${names.join(", ")}.` });
  return ws;
}

function anchorFrom(args: ParsedArgs, grid: ReturnType<typeof sheetToGrid>): Anchor {
  const range = stringOption(args, "range") ?? stringOption(args, "cell");
  if (range !== undefined) {
    const r = parseRangeAddress(range);
    if (!r) throw new UserError("bad-range", { vi: `Vùng "${range}" không hợp lệ (ví dụ: A1:K80 hoặc B10).`, en: `Range "${range}" is not valid (for example A1:K80 or B10).` });
    return r;
  }
  const a = findAnchor(grid);
  if (!a) throw new UserError("no-table", { vi: "Không tìm thấy bảng số liệu; chỉ rõ vùng bằng --range.", en: "No table of figures found; name it with --range." });
  return a;
}

/** Writes the plan into the sheet. Shared formulas that depend on a replaced master are made plain first. */
export function applyPlan(ws: ExcelJS.Worksheet, plan: RecalcPlan): void {
  const targets = new Set<string>([...plan.writes, ...plan.headerWrites, ...plan.conversions].map((w) => w.address));
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value as { sharedFormula?: string; result?: unknown } | null;
      if (v && typeof v === "object" && typeof v.sharedFormula === "string" && targets.has(v.sharedFormula) && !targets.has(cell.address)) {
        cell.value = { formula: cell.formula, result: v.result } as ExcelJS.CellFormulaValue;
      }
    });
  });
  for (const w of plan.writes) {
    const cell = ws.getCell(cellAddress(w.row, w.col));
    cell.value = { formula: w.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
    if (w.numberFormat) cell.numFmt = w.numberFormat;
  }
  for (const h of plan.headerWrites) ws.getCell(h.address).value = h.value;
  for (const c of plan.conversions) {
    const cell = ws.getCell(c.address);
    cell.value = c.value;
    if (c.numberFormat) cell.numFmt = c.numberFormat;
  }
}

function report(sheet: string, d: TableDetection, plan: RecalcPlan, lang: Lang): unknown {
  const letter = (c: number | null | undefined): string | null => (c === null || c === undefined ? null : columnLetter(c));
  return {
    sheet,
    range: d.range,
    extent: { top: d.extent.top + 1, bottom: d.extent.bottom + 1, left: columnLetter(d.extent.left), right: columnLetter(d.extent.right) },
    headerRows: d.headerRows.map((r) => r + 1),
    columnNumberRow: d.columnNumberRow === null ? null : d.columnNumberRow + 1,
    firstDataRow: d.firstDataRow + 1,
    lastDataRow: d.lastDataRow + 1,
    unitLine: d.unitLine ? { row: d.unitLine.row + 1, text: d.unitLine.text } : null,
    totalRow: d.totalRow === null ? null : d.totalRow + 1,
    style: d.style,
    columns: d.columns.map((c) => ({
      column: c.letter,
      header: c.header,
      role: c.role,
      ...(c.estimate ? { estimate: true } : {}),
      ...(c.preliminary ? { preliminary: true } : {}),
      ...(c.cumulative ? { cumulative: true } : {}),
      period: c.period ? describePeriod(c.period)[lang] : null,
      reason: c.reason[lang],
      ...(c.comparison
        ? {
            comparison: {
              kind: c.comparison.kind,
              subject: letter(c.comparison.subjectCol),
              base: c.comparison.baseRole === "total" ? (c.comparison.baseRow == null ? null : `${letter(c.comparison.baseCol)}${c.comparison.baseRow + 1}`) : letter(c.comparison.baseCol),
              baseText: c.comparison.baseText[lang],
              style: c.comparison.style,
              missing: c.comparison.missing,
            },
          }
        : {}),
    })),
    rows: d.rows.filter((r) => r.kind !== "blank").map((r) => ({ row: r.row + 1, kind: r.kind, label: r.label, ...(r.unit ? { unit: r.unit } : {}) })),
    writes: plan.writes.map((w) => ({ cell: w.address, formula: w.formula, ...(w.numberFormat ? { numberFormat: w.numberFormat } : {}), ...(w.overwrites ? { overwrites: true } : {}) })),
    headerWrites: plan.headerWrites.map((h) => ({ cell: h.address, value: h.value })),
    conflicts: plan.conflicts.map((c) => ({ cell: c.address, existing: c.existing })),
    textNumbers: plan.textNumbers.map((t) => ({ cell: t.address, text: t.text, value: t.value })),
    skipped: plan.skipped.map((s) => ({ column: s.letter, reason: s.reason[lang] })),
    messages: [...d.messages, ...plan.messages].map((m) => m[lang]),
  };
}

function humanReport(sheet: string, d: TableDetection, plan: RecalcPlan, lang: Lang): string {
  const vi = lang === "vi";
  const lines = [vi ? `Trang "${sheet}", bảng ${d.range}` : `Sheet "${sheet}", table ${d.range}`];
  for (const c of d.columns) {
    const cmp = c.comparison
      ? ` = ${c.comparison.subjectCol === null ? "?" : columnLetter(c.comparison.subjectCol)} ÷ ${c.comparison.baseRole === "total" ? `${c.comparison.baseCol === null ? "?" : columnLetter(c.comparison.baseCol)}${c.comparison.baseRow == null ? "?" : c.comparison.baseRow + 1}` : c.comparison.baseCol === null ? "?" : columnLetter(c.comparison.baseCol)} (${c.comparison.style})`
      : "";
    lines.push(`  ${c.letter}\t${c.role}${cmp}\t${c.header}`);
  }
  for (const m of [...d.messages, ...plan.messages]) lines.push(m[lang]);
  for (const w of plan.writes.slice(0, 20)) lines.push(`  ${w.address}\t${w.formula}${w.overwrites ? (vi ? "  (ghi đè)" : "  (overwrites)") : ""}`);
  if (plan.writes.length > 20) lines.push(`  ... (${plan.writes.length - 20})`);
  return lines.join("\n");
}
