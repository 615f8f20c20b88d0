/**
 * The plan / actual / same-period table behind "products" and "main-indicators":
 * STT | name | unit | plan for the year (1) | actual or estimate (2) | same period (3) |
 * So sánh (%): 4 = 2/1 (Kế hoạch), 5 = 2/3 (Cùng kỳ) | optional source column.
 *
 * Growth style applies to the same-period column only (+56,27 = 2/3 − 1). Against the plan a
 * growth reads wrongly (−49,83 for "đạt 50,17% kế hoạch"), so the plan column then shows the
 * index (50,17) under the same "So sánh (%)" header, as GSO tables do.
 */

import type { Period, PlanDataset, PlanRecord } from "../dataset/types";
import { comparisonFormat, type ComparisonStyle } from "../formulas";
import { formatVietnameseNumber } from "../numbers";
import { cellAddress } from "../a1";
import type { BlockCell, SheetBlock } from "../sheet-block";
import type { Lang, Localized } from "../user-error";
import { comparison, figureOrInput, input, label, textInput } from "./cells";
import { STYLE, provinceLine, renderTable, upper, type HeaderCell } from "./layout";
import { blockMeta, type TemplateOptions } from "./options";
import { periodText, priorPeriod } from "./periods";
import { recordNote, sourceText } from "./provenance";
import { outcome, outcomeCodes, samePeriodBefore, yearPlan } from "./records";
import { addSourceColumn, derivedFootnote, placeOf, unitLabel, unitLineFor } from "./common";

export interface ComparisonTableKind {
  templateId: string;
  version: string;
  /** "SẢN PHẨM CÔNG NGHIỆP CHỦ YẾU" */
  title: Localized;
  /** Header of column B: "Sản phẩm" / "Chỉ tiêu". */
  nameHeader: Localized;
  /** Which indicator codes the table lists. */
  includes: (code: string) => boolean;
  /** The rows, when they are not the period's outcomes in the dataset's order (the planner's own pick). */
  rows?: (input: { dataset: PlanDataset; period: Period; periodKey: string }, lang: Lang) => ComparisonRow[];
  /** Header of the plan column when it is not the year's plan ("Kế hoạch năm 2020"). */
  planHeader?: (period: Period, lang: Lang, rows: ComparisonRow[]) => string | undefined;
  /**
   * Where a comparison has no base figure, the percentage the document states for it goes in the
   * cell as a figure with its source ("tăng 11,95%" with no 2020 figure), instead of a blank formula.
   */
  statedWhenNoBase?: boolean;
}

/**
 * A "growth.*" figure is itself a rate of change (IIP "tăng 19,94%"), an "index.*" figure an
 * index on the same period ("đạt 87,61% so với cùng kỳ"): either fills the same-period column.
 */
export function rateKind(code: string): "growth" | "index" | null {
  if (code.startsWith("growth.")) return "growth";
  if (code.startsWith("index.")) return "index";
  return null;
}

/** Sub-sector rows ("index.ipv.mining", "growth.industrial-production-value.electricity") are indented. */
function isSubSector(code: string): boolean {
  return /^(index\.ipv\.|growth\.industrial-production-value\.)/.test(code);
}

export interface ComparisonRow {
  name: string;
  unit: string;
  actual?: PlanRecord;
  /** Other records stating the same figure (the document writes it twice): cited in the actual's note. */
  actualAlso?: PlanRecord[];
  plan?: PlanRecord;
  prior?: PlanRecord;
  /** The row's figure is a rate (growth or index on the same period), not a level. */
  rate?: "growth" | "index" | null;
  /** Rates shown as levels: the ratio of two growth rates means nothing, the comparisons show "-". */
  noRatio?: boolean;
  sub?: boolean;
}
type Row = ComparisonRow;

const COL = { stt: 0, name: 1, unit: 2, plan: 3, actual: 4, prior: 5, vsPlan: 6, vsPrior: 7, source: 8 };

/** The name and "4=2/1" (% of plan) columns: what the completion chart plots. */
export const COMPLETION_COLUMNS = { labelCol: COL.name, valueCol: COL.vsPlan } as const;

export function buildComparisonTable(
  kind: ComparisonTableKind,
  input_: { dataset: PlanDataset; period: Period; periodKey: string } | null,
  options: TemplateOptions,
  emptyRows: number,
): SheetBlock {
  const { lang } = options;
  const vi = lang === "vi";
  const ds = input_?.dataset;
  const period = input_?.period;
  const rows: Row[] = input_ && kind.rows
    ? kind.rows(input_, lang)
    : input_
    ? outcomeCodes(input_.dataset, input_.periodKey, kind.includes).map((code) => {
        const actual = outcome(input_.dataset, code, input_.periodKey)!;
        return {
          name: rateKind(code) ? rateRowName(actual.indicator[lang], isSubSector(code)) : actual.indicator[lang],
          unit: unitLabel(actual.indicator, lang),
          actual,
          plan: rateKind(code) ? undefined : yearPlan(input_.dataset, code, input_.period.year, actual),
          prior: rateKind(code) ? undefined : samePeriodBefore(input_.dataset, code, input_.period, actual),
          rate: rateKind(code),
          sub: isSubSector(code),
        };
      })
    : Array.from({ length: emptyRows }, () => ({ name: "", unit: "" }));

  // Sub-sector rows carry no number of their own ("- Ngành khai khoáng" under its indicator).
  let counter = 0;
  const stt = rows.map((r) => (r.sub ? "" : ++counter));
  const derived = (pick: (r: Row) => PlanRecord | undefined): boolean => rows.some((r) => pick(r)?.derived);
  const mark = (text: string, isDerived: boolean): string => (isDerived ? `${text} (*)` : text);
  const estimate = rows.length > 0 && rows.every((r) => r.actual?.kind === "estimate");

  const planHeader =
    (period && kind.planHeader?.(period, lang, rows)) ??
    (period ? (vi ? `Kế hoạch năm ${period.year}` : `Plan ${period.year}`) : vi ? "Kế hoạch năm" : "Plan for the year");
  const actualHeader = period
    ? `${vi ? (estimate ? "Ước thực hiện" : "Thực hiện") : estimate ? "Estimate" : "Actual"} ${periodText(period, lang, true)}`
    : vi ? "Thực hiện kỳ báo cáo" : "Actual, reporting period";
  const priorHeader = period
    ? period.type === "range"
      ? `${vi ? "Giai đoạn trước" : "Previous period"} ${periodText(priorPeriod(period), lang, true).replace(/^giai đoạn /, "")}`
      : `${vi ? "Cùng kỳ" : "Same period"} ${periodText(priorPeriod(period), lang, true)}`
    : vi ? "Cùng kỳ năm trước" : "Same period last year";

  const priorStyle: ComparisonStyle = options.comparisonStyle;
  const planStyle: ComparisonStyle = options.comparisonStyle === "growth" ? "index" : options.comparisonStyle;
  const growth = priorStyle === "growth";

  const headers: HeaderCell[] = [
    { row: 0, col: COL.stt, rows: 2, text: vi ? "STT" : "No." },
    { row: 0, col: COL.name, rows: 2, text: kind.nameHeader[lang] },
    { row: 0, col: COL.unit, rows: 2, text: vi ? "Đơn vị tính" : "Unit" },
    { row: 0, col: COL.plan, rows: 2, text: mark(planHeader, derived((r) => r.plan)) },
    { row: 0, col: COL.actual, rows: 2, text: mark(actualHeader, derived((r) => r.actual)) },
    { row: 0, col: COL.prior, rows: 2, text: mark(priorHeader, derived((r) => r.prior)) },
    { row: 0, col: COL.vsPlan, cols: 2, text: vi ? "So sánh (%)" : "Comparison (%)" },
    { row: 1, col: COL.vsPlan, text: vi ? "Kế hoạch" : "Plan" },
    { row: 1, col: COL.vsPrior, text: growth ? (vi ? "Cùng kỳ (tăng/giảm)" : "Same period (change)") : vi ? "Cùng kỳ" : "Same period" },
  ];
  const numbers = ["A", "B", "C", "1", "2", "3", "4=2/1", growth ? "5=2/3-1" : "5=2/3"];
  const widths = [6, 36, 11, 14, 16, 16, 12, 12];
  if (options.sourceColumn) addSourceColumn({ headers, numbers, widths }, COL.source, lang, 2);

  const footnotes: string[] = [];
  if (derived((r) => r.plan) || derived((r) => r.actual) || derived((r) => r.prior)) footnotes.push(derivedFootnote(lang));
  if (growth) footnotes.push(vi ? "Cột 5: tăng (+), giảm (−) so với cùng kỳ, tính bằng %." : "Column 5: change on the same period, in %.");

  const subtitles = [provinceLine(ds?.province ?? "", lang)];
  if (!period) subtitles.push(vi ? "Kỳ báo cáo: ...................." : "Reporting period: ....................");
  else if (estimate) subtitles.push(vi ? "(Số liệu kỳ báo cáo là số ước thực hiện)" : "(Reporting-period figures are estimates)");

  return renderTable({
    lang,
    title: upper(period ? `${kind.title[lang]}${vi ? "" : ","} ${periodText(period, lang)}` : kind.title[lang]),
    subtitles,
    unitLine: unitLineFor(rows.map((r) => r.unit), lang, "C"),
    widths,
    headerRows: 2,
    headers,
    columnNumbers: numbers,
    footnotes,
    place: placeOf(ds?.province ?? ""),
    body: (first) =>
      rows.map((r, i) => {
        const at = (col: number): string => cellAddress(first + i, col);
        if (ds && r.rate && r.actual) return rateRow(stt[i]!, r, r.actual, r.rate, ds, priorStyle, options);
        const stated = kind.statedWhenNoBase && ds ? statedComparison(r, ds, planStyle, priorStyle, options) : {};
        const dash = label("-", STYLE.centered);
        const cells: BlockCell[] = [
          label(stt[i]!, STYLE.centered),
          ds ? label(r.name) : textInput(),
          ds ? label(r.unit, STYLE.centered) : textInput(),
          ds ? figureOrInput(r.plan, ds, lang) : input(),
          ds ? actualCell(r, ds, lang) : input(),
          ds ? figureOrInput(r.prior, ds, lang) : input(),
          r.noRatio
            ? dash
            : stated.plan ?? withCheck(comparison(at(COL.actual), at(COL.plan), planStyle, options.decimals, lang, [r.actual, r.plan]), r.actual, r.plan, "plan", lang),
          r.noRatio
            ? dash
            : stated.prior ?? withCheck(comparison(at(COL.actual), at(COL.prior), priorStyle, options.decimals, lang, [r.actual, r.prior]), r.actual, r.prior, "prior", lang),
        ];
        if (options.sourceColumn) cells.push(ds ? label(sourceText([r.actual, r.plan, r.prior], ds.document, lang)) : textInput());
        return cells;
      }),
    meta: blockMeta(kind.templateId, kind.version, ds, options, input_?.periodKey),
  });
}

/**
 * "Tốc độ tăng chỉ số sản xuất công nghiệp" is the row "Chỉ số sản xuất công nghiệp";
 * "Chỉ số giá trị sản xuất ngành khai khoáng so cùng kỳ" the sub-row "- Ngành khai khoáng".
 */
function rateRowName(name: string, sub: boolean): string {
  let bare = name.replace(/^Tốc độ tăng( trưởng)?\s+/i, "").replace(/^Growth( rate)? of (the )?/i, "").replace(/\s+so cùng kỳ$/i, "");
  if (sub) {
    bare = bare
      .replace(/^(Chỉ số )?giá trị sản xuất\s+/i, "")
      .replace(/^Production value( index vs prior year)?:\s+/i, "")
      .replace(/^Growth of production value:\s+/i, "");
  }
  const capital = bare.charAt(0).toLocaleUpperCase("vi") + bare.slice(1);
  return sub ? `- ${capital}` : capital;
}

/**
 * A rate row (IIP, sub-sector indices): no levels, the stated rate goes in the same-period
 * column in the table's style (growth 19,94 is 1,1994 shown 119,94% in percent style, 119,94
 * in index style, +19,94 in growth style; an index 87,61 is 0,8761 / 87,61 / −12,39).
 */
function rateRow(
  no: number | string,
  r: Row,
  record: PlanRecord,
  kind: "growth" | "index",
  ds: PlanDataset,
  style: ComparisonStyle,
  options: TemplateOptions,
): BlockCell[] {
  const value = rateValue(kind, record.value, style);
  const dash = label("-", STYLE.centered);
  const cells: BlockCell[] = [
    label(no, STYLE.centered),
    label(r.name, r.sub ? { ...STYLE.text, italic: true } : STYLE.text),
    label(r.unit, STYLE.centered),
    dash,
    dash,
    dash,
    dash,
    {
      value,
      numberFormat: comparisonFormat(style, options.decimals),
      role: "data",
      style: STYLE.number,
      note: recordNote(record, ds.document, options.lang),
    },
  ];
  if (options.sourceColumn) cells.push(label(sourceText([record], ds.document, options.lang)));
  return cells;
}

/** A stated rate in a comparison style, the stated figure itself wherever the style matches its kind (no rounding noise). */
function rateValue(kind: "growth" | "index", v: number, style: ComparisonStyle): number {
  if (kind === "growth") return style === "percent" ? 1 + v / 100 : style === "index" ? 100 + v : v;
  return style === "percent" ? v / 100 : style === "index" ? v : v - 100;
}

/** The actual's figure; a figure the document states twice cites both places. */
function actualCell(r: Row, ds: PlanDataset, lang: Lang): BlockCell {
  const cell = figureOrInput(r.actual, ds, lang);
  if (!r.actualAlso?.length) return cell;
  return { ...cell, note: [cell.note, ...r.actualAlso.map((x) => recordNote(x, ds.document, lang))].join("\n") };
}

/**
 * The percentages the document states for the row's actual where the table has no base to
 * compute them from: % of plan as an index, the same-period comparison as a growth or an index.
 */
function statedComparison(
  r: Row,
  ds: PlanDataset,
  planStyle: ComparisonStyle,
  priorStyle: ComparisonStyle,
  options: TemplateOptions,
): { plan?: BlockCell; prior?: BlockCell } {
  const a = r.actual;
  if (!a) return {};
  const vi = options.lang === "vi";
  const cell = (value: number, style: ComparisonStyle, words: string): BlockCell => ({
    value,
    numberFormat: comparisonFormat(style, options.decimals),
    role: "data",
    style: STYLE.number,
    note: `${words} ${recordNote(a, ds.document, options.lang)}`,
  });
  const out: { plan?: BlockCell; prior?: BlockCell } = {};
  const { pctOfPlan, growthVsPrior, indexVsPrior } = a.reported;
  if (!r.plan && pctOfPlan !== undefined) {
    const pct = formatVietnameseNumber(pctOfPlan, 2);
    out.plan = cell(rateValue("index", pctOfPlan, planStyle), planStyle, vi ? `Văn bản ghi đạt ${pct}% kế hoạch (bộ số liệu không có số kế hoạch).` : `The document states ${pctOfPlan}% of plan (the dataset has no plan figure).`);
  }
  if (!r.prior && (growthVsPrior !== undefined || indexVsPrior !== undefined)) {
    const [k, v] = growthVsPrior !== undefined ? (["growth", growthVsPrior] as const) : (["index", indexVsPrior!] as const);
    const words = vi
      ? `Văn bản ghi ${k === "growth" ? (v < 0 ? "giảm" : "tăng") + " " + formatVietnameseNumber(Math.abs(v), 2) : "bằng " + formatVietnameseNumber(v, 2)}% so cùng kỳ (bộ số liệu không có số cùng kỳ).`
      : `The document states ${k === "growth" ? `${v > 0 ? "+" : ""}${v}%` : `${v}%`} on the same period (the dataset has no same-period figure).`;
    out.prior = cell(rateValue(k, v, priorStyle), priorStyle, words);
  }
  return out;
}

/**
 * When both figures are stated (not derived) and the document also states the percentage,
 * a formula that disagrees with the document's own rounding gets a note saying so, rather
 * than silently showing a figure the planner cannot find in the report.
 */
function withCheck(cell: BlockCell, actual: PlanRecord | undefined, base: PlanRecord | undefined, which: "plan" | "prior", lang: Lang): BlockCell {
  if (!actual || !base || base.derived || actual.derived || cell.formula === undefined || base.value === 0) return cell;
  const stated = which === "plan" ? actual.reported.pctOfPlan : actual.reported.growthVsPrior;
  if (stated === undefined) return cell;
  const computed = which === "plan" ? (actual.value / base.value) * 100 : (actual.value / base.value - 1) * 100;
  if (Math.abs(Math.round(computed * 100) / 100 - stated) < 0.005) return cell;
  const doc = formatVietnameseNumber(stated, 2);
  const ours = formatVietnameseNumber(computed, 2);
  return {
    ...cell,
    note:
      lang === "vi"
        ? `Văn bản ghi ${doc}%; tính từ các số văn bản nêu được ${ours}%.`
        : `The document states ${doc}%; its own figures give ${ours}%.`,
  };
}
