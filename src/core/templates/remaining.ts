/**
 * "Còn phải thực hiện": what is left of the year after the reporting period (issue 4, point 5).
 * Two bases, because reports use both: the plan (4 = 1 − 3) and the full-year estimate the same
 * report makes (5 = 2 − 3, the report's "chỉ tiêu cần phải thực hiện 6 tháng cuối năm":
 * 45.266 − 19.125,44 = 26.140,56 tỷ đồng). The pace columns compare the monthly average so far
 * with the monthly average still needed to reach the plan. Rates (%) get no pace.
 */

import { cellAddress } from "../a1";
import type { Period, PlanDataset, PlanRecord } from "../dataset/types";
import { differenceFormula, quantityFormat, ratioFormula } from "../formulas";
import { formatVietnameseNumber } from "../numbers";
import type { BlockCell, SheetBlock } from "../sheet-block";
import { figureOrInput, formula, input, label, textInput } from "./cells";
import { addSourceColumn, derivedFootnote, placeOf, unitLabel, unitLineFor } from "./common";
import { STYLE, provinceLine, renderTable, upper, type HeaderCell } from "./layout";
import { blockMeta, type TemplateOptions } from "./options";
import { monthsElapsed, periodKey, periodLabel, periodText } from "./periods";
import { recordNote, sourceText } from "./provenance";
import { outcome, outcomeCodes, outcomePeriods, periodOf, yearEstimate, yearPlan } from "./records";
import { col, type TemplateDef } from "./template";
import type { Lang } from "../user-error";

const ID = "remaining";
const VERSION = "1.0.0";
const includes = (code: string): boolean => code.startsWith("main.");

interface Row {
  name: string;
  unit: string;
  rate: boolean;
  done?: PlanRecord;
  plan?: PlanRecord;
  year?: PlanRecord;
  stated?: PlanRecord;
}

const C = { stt: 0, name: 1, unit: 2, plan: 3, year: 4, done: 5, toPlan: 6, toYear: 7, paceDone: 8, paceNeeded: 9, source: 10 };

function rowsFor(ds: PlanDataset, period: Period, lang: Lang): Row[] {
  const key = periodKey(period);
  return outcomeCodes(ds, key, includes)
    .map((code) => {
      const done = outcome(ds, code, key)!;
      const stated = ds.records.find((r) => r.kind === "remaining" && r.indicator.code === code && r.period.year === period.year);
      return {
        name: done.indicator[lang],
        unit: unitLabel(done.indicator, lang),
        rate: done.indicator.unit === "percent",
        done,
        plan: yearPlan(ds, code, period.year, done),
        year: yearEstimate(ds, code, period.year, done),
        stated,
      };
    })
    .filter((r) => r.plan || r.year);
}

function applicable(ds: PlanDataset): Period[] {
  return outcomePeriods(ds, includes).filter((p) => {
    const m = monthsElapsed(p);
    return m !== null && m < 12 && rowsFor(ds, p, "vi").length > 0;
  });
}

function build(input_: { dataset: PlanDataset; periodKey: string } | null, options: TemplateOptions, emptyRows: number): SheetBlock {
  const { lang } = options;
  const vi = lang === "vi";
  const ds = input_?.dataset;
  const period = input_ ? periodOf(input_.dataset, input_.periodKey) : undefined;
  const m = period ? monthsElapsed(period) : null;
  const rows: Row[] = ds && period ? rowsFor(ds, period, lang) : Array.from({ length: emptyRows }, () => ({ name: "", unit: "", rate: false }));
  const y = period?.year;
  const rest = m !== null && y !== undefined ? (vi ? `${12 - m} tháng cuối năm ${y}` : `last ${12 - m} months of ${y}`) : vi ? "các tháng còn lại" : "rest of the year";
  const anyDerived = rows.some((r) => r.plan?.derived || r.year?.derived || r.done?.derived);
  const estimate = rows.length > 0 && rows.every((r) => r.done?.kind === "estimate");

  const headers: HeaderCell[] = [
    { row: 0, col: C.stt, rows: 2, text: vi ? "STT" : "No." },
    { row: 0, col: C.name, rows: 2, text: vi ? "Chỉ tiêu" : "Indicator" },
    { row: 0, col: C.unit, rows: 2, text: vi ? "Đơn vị tính" : "Unit" },
    { row: 0, col: C.plan, rows: 2, text: y ? (vi ? `Kế hoạch năm ${y}` : `Plan ${y}`) : vi ? "Kế hoạch năm" : "Plan for the year" },
    { row: 0, col: C.year, rows: 2, text: y ? (vi ? `Dự ước cả năm ${y}` : `Full-year estimate ${y}`) : vi ? "Dự ước cả năm" : "Full-year estimate" },
    {
      row: 0,
      col: C.done,
      rows: 2,
      text: period
        ? `${vi ? (estimate ? "Ước thực hiện" : "Thực hiện") : estimate ? "Estimate" : "Actual"} ${periodText(period, lang, true)}`
        : vi ? "Thực hiện đến kỳ báo cáo" : "Actual to date",
    },
    { row: 0, col: C.toPlan, cols: 2, text: vi ? `Còn phải thực hiện ${rest}` : `Still to do, ${rest}` },
    { row: 1, col: C.toPlan, text: vi ? "So kế hoạch" : "To the plan" },
    { row: 1, col: C.toYear, text: vi ? "Theo dự ước cả năm" : "To the full-year estimate" },
    { row: 0, col: C.paceDone, cols: 2, text: vi ? "Bình quân 1 tháng" : "Monthly average" },
    { row: 1, col: C.paceDone, text: vi ? "Đã thực hiện" : "Achieved" },
    { row: 1, col: C.paceNeeded, text: vi ? "Cần thực hiện để đạt kế hoạch" : "Needed to reach the plan" },
  ];
  const numbers = ["A", "B", "C", "1", "2", "3", "4=1-3", "5=2-3", "6=3/(a)", "7=4/(b)"];
  const widths = [6, 32, 11, 14, 14, 15, 15, 15, 14, 15];
  if (options.sourceColumn) addSourceColumn({ headers, numbers, widths }, C.source, lang, 2);
  const footnotes = [
    vi
      ? "(a) Số tháng đã thực hiện; (b) số tháng còn lại. Cột 5 theo cách tính của báo cáo: dự ước cả năm trừ số đã thực hiện."
      : "(a) Months elapsed; (b) months left. Column 5 as reports compute it: full-year estimate minus the figure to date.",
  ];
  if (anyDerived) footnotes.push(derivedFootnote(lang));

  return renderTable({
    lang,
    title: upper(vi ? `Các chỉ tiêu còn phải thực hiện ${rest}` : `Indicators still to achieve, ${rest}`),
    subtitles: [provinceLine(ds?.province ?? "", lang)],
    params: [
      {
        label: vi ? "(a) Số tháng đã thực hiện:" : "(a) Months elapsed:",
        cell: m !== null ? { value: m, role: "data", style: STYLE.param, note: period?.label } : { role: "input", style: STYLE.param },
      },
      // (b) follows (a); a formula so that a planner changing (a) keeps the two consistent.
      {
        label: vi ? "(b) Số tháng còn lại:" : "(b) Months left:",
        cell: ([a]) => ({ formula: `=IF(ISNUMBER(${a}),12-${a},"")`, role: "formula", style: STYLE.param }),
      },
    ],
    unitLine: unitLineFor(rows.map((r) => r.unit), lang, "C"),
    widths,
    headerRows: 2,
    headers,
    columnNumbers: numbers,
    footnotes,
    place: placeOf(ds?.province ?? ""),
    body: (first, [months, left]) =>
      rows.map((r, i) => {
        const at = (c: number): string => cellAddress(first + i, c);
        const dash = label("-", STYLE.centered);
        const cells: BlockCell[] = [
          label(i + 1, STYLE.centered),
          ds ? label(r.name) : textInput(),
          ds ? label(r.unit, STYLE.centered) : textInput(),
          ds ? figureOrInput(r.plan, ds, lang) : input(),
          ds ? figureOrInput(r.year, ds, lang) : input(),
          ds ? figureOrInput(r.done, ds, lang) : input(),
          formula(differenceFormula(at(C.plan), at(C.done)), quantityFormat(2)),
          statedCheck(formula(differenceFormula(at(C.year), at(C.done)), quantityFormat(2)), r.stated, ds, lang),
          r.rate ? dash : formula(ratioFormula(at(C.done), months!, "percent"), quantityFormat(2)),
          r.rate ? dash : formula(ratioFormula(at(C.toPlan), left!, "percent"), quantityFormat(2)),
        ];
        if (options.sourceColumn) cells.push(ds ? label(sourceText([r.done, r.plan, r.year, r.stated], ds.document, lang)) : textInput());
        return cells;
      }),
    meta: blockMeta(ID, VERSION, ds, options, input_?.periodKey),
  });
}

/** Says what the document itself states for the remainder, so the planner can compare. */
function statedCheck(cell: BlockCell, stated: PlanRecord | undefined, ds: PlanDataset | undefined, lang: Lang): BlockCell {
  if (!stated || !ds) return cell;
  const figureText = `${formatVietnameseNumber(stated.value, 2)} ${unitLabel(stated.indicator, lang)}`;
  return { ...cell, note: `${lang === "vi" ? "Văn bản ghi" : "The document states"} ${figureText}. ${recordNote(stated, ds.document, lang)}` };
}

export const remaining: TemplateDef = {
  info: {
    id: ID,
    version: VERSION,
    name: { vi: "Còn phải thực hiện", en: "Remaining to plan" },
    description: {
      vi: "Kế hoạch năm, dự ước cả năm, số đã thực hiện; phần còn phải thực hiện và nhịp độ bình quân tháng cần đạt.",
      en: "Plan, full-year estimate, figure to date; what remains and the monthly pace needed.",
    },
    columns: [
      col("STT", "No."),
      col("Chỉ tiêu", "Indicator"),
      col("Đơn vị tính", "Unit"),
      col("(1) Kế hoạch năm", "(1) Plan"),
      col("(2) Dự ước cả năm", "(2) Full-year estimate"),
      col("(3) Thực hiện đến kỳ báo cáo", "(3) Actual to date"),
      col("4=1-3 Còn phải thực hiện so kế hoạch", "4=1-3 Still to do, plan"),
      col("5=2-3 Còn phải thực hiện theo dự ước", "5=2-3 Still to do, estimate"),
      col("6=3/(a) Bình quân tháng đã thực hiện", "6=3/(a) Monthly average achieved"),
      col("7=4/(b) Bình quân tháng cần thực hiện", "7=4/(b) Monthly average needed"),
    ],
  },
  periodChoices: (ds) => applicable(ds).map((p) => ({ key: periodKey(p), label: periodLabel(p) })),
  build,
};
