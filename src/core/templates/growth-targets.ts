/**
 * "Mục tiêu tăng trưởng giai đoạn" (issue 4, point 3): for each growth target of a period
 * (Trà Vinh 2021-2025: production value 14,48%/year; mining 5%, manufacturing 12%,
 * electricity 15%, water 15%), the base-year value V0 (the year before the period), the implied
 * end-year value V0 × (1 + r)^n, and once an actual exists for year c, the average growth
 * achieved ((Vc ÷ V0)^(1/k) − 1, k = c − base year), the growth required in each remaining
 * year ((Vn ÷ Vc)^(1/(n−k)) − 1), and the gap achieved − target in percentage points (never a
 * ratio of two rates). The years are parameters above the table, so the planner can move them.
 */

import { cellAddress } from "../a1";
import type { Period, PlanDataset, PlanRecord } from "../dataset/types";
import { averageGrowthFormula, comparisonFormat, compoundFormula, differenceFormula, quantityFormat } from "../formulas";
import type { BlockCell, SheetBlock } from "../sheet-block";
import type { Lang } from "../user-error";
import { figure, figureOrInput, formula, input, label, textInput } from "./cells";
import { addSourceColumn, derivedFootnote, placeOf, unitLabel, unitLineFor } from "./common";
import { STYLE, provinceLine, renderTable, upper, type HeaderCell } from "./layout";
import { blockMeta, type TemplateOptions } from "./options";
import { periodKey, periodLabel, periodText } from "./periods";
import { basisConflictNote, sourceText } from "./provenance";
import { basesConflict, periodOf } from "./records";
import { col, type TemplateDef } from "./template";

const ID = "growth-targets";
const VERSION = "1.0.0";

interface Row {
  name: string;
  sub: boolean;
  unit: string;
  target?: PlanRecord;
  base?: PlanRecord;
  /** An end-year value the document also states ("đến năm 2020 đạt 530 triệu USD"). */
  stated?: PlanRecord;
  latest?: PlanRecord;
}

const C = { stt: 0, name: 1, unit: 2, base: 3, rate: 4, implied: 5, stated: 6, latest: 7, achieved: 8, required: 9, gap: 10, source: 11 };

const isTarget = (r: PlanRecord): boolean => r.kind === "target" && r.period.type === "range" && r.indicator.unit === "percent";
const isOutcome = (r: PlanRecord): boolean => r.kind === "actual" || r.kind === "estimate";
/** "growth.industrial-production-value.mining" and "main.industrial-production-value.mining" name the same thing. */
const suffix = (code: string): string => code.slice(code.indexOf(".") + 1);

/** "Tốc độ tăng giá trị sản xuất ngành khai khoáng" -> "Giá trị sản xuất ngành khai khoáng". */
function rowName(name: string, lang: Lang): string {
  const bare = lang === "vi" ? name.replace(/^Tốc độ tăng( trưởng)?\s+/i, "") : name.replace(/^Growth( rate)? of (the )?/i, "").replace(/^Growth:\s+/i, "");
  return bare.charAt(0).toLocaleUpperCase(lang) + bare.slice(1);
}

/** A level (not a rate) of the same indicator for a given year. */
function level(ds: PlanDataset, code: string, year: number): PlanRecord | undefined {
  const s = suffix(code);
  const pool = ds.records.filter(
    (r) => isOutcome(r) && r.indicator.unit !== "percent" && suffix(r.indicator.code) === s && r.period.type === "year" && r.period.year === year,
  );
  return pool.find((r) => !r.derived) ?? pool[0];
}

function rowsFor(ds: PlanDataset, period: Period, lang: Lang): { rows: Row[]; latestYear?: number } {
  const key = periodKey(period);
  const from = period.fromYear ?? period.year;
  const codes: string[] = [];
  for (const r of ds.records) if (isTarget(r) && periodKey(r.period) === key && !codes.includes(r.indicator.code)) codes.push(r.indicator.code);
  const years = ds.records
    .filter((r) => isOutcome(r) && r.period.type === "year" && r.period.year >= from && r.period.year <= period.year && codes.some((c) => suffix(c) === suffix(r.indicator.code)))
    .map((r) => r.period.year);
  const latestYear = years.length > 0 ? Math.max(...years) : undefined;
  // Each sub-sector right under its indicator, whatever order the document named them in.
  const parents = codes.filter((c) => !codes.some((p) => p !== c && c.startsWith(`${p}.`)));
  const ordered = parents.flatMap((p) => [p, ...codes.filter((c) => c.startsWith(`${p}.`))]);
  const rows = ordered.map((code) => {
    const target = ds.records.find((r) => isTarget(r) && periodKey(r.period) === key && r.indicator.code === code)!;
    const base = level(ds, code, from - 1);
    const latest = latestYear === undefined ? undefined : level(ds, code, latestYear);
    const stated = ds.records.find(
      (r) => r.kind === "target" && r.indicator.unit !== "percent" && suffix(r.indicator.code) === suffix(code) && r.period.type === "year" && r.period.year === period.year,
    );
    return {
      name: rowName(target.indicator[lang], lang),
      sub: codes.some((c) => c !== code && code.startsWith(`${c}.`)),
      unit: base ? unitLabel(base.indicator, lang) : latest ? unitLabel(latest.indicator, lang) : "",
      target,
      base,
      stated,
      latest,
    };
  });
  return { rows, latestYear };
}

function applicable(ds: PlanDataset): Period[] {
  const seen = new Map<string, Period>();
  for (const r of ds.records) if (isTarget(r) && !seen.has(periodKey(r.period))) seen.set(periodKey(r.period), r.period);
  return [...seen.values()];
}

function build(input_: { dataset: PlanDataset; periodKey: string } | null, options: TemplateOptions, emptyRows: number): SheetBlock {
  const { lang } = options;
  const vi = lang === "vi";
  const ds = input_?.dataset;
  const period = input_ ? periodOf(input_.dataset, input_.periodKey) : undefined;
  const found = ds && period ? rowsFor(ds, period, lang) : undefined;
  const rows: Row[] = found?.rows ?? Array.from({ length: emptyRows }, () => ({ name: "", sub: false, unit: "" }));
  const from = period ? (period.fromYear ?? period.year) : undefined;
  const rateFormat = comparisonFormat("index", options.decimals);
  const yearCell = (value: number | undefined, note?: string): BlockCell =>
    value === undefined ? { role: "input", numberFormat: "0", style: STYLE.param } : { value, numberFormat: "0", role: "data", style: STYLE.param, ...(note ? { note } : {}) };
  const yearsBetween = (a: string, b: string): BlockCell => ({
    formula: `=IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),${b}-${a},"")`,
    numberFormat: "0",
    role: "formula",
    style: STYLE.param,
  });

  const base = from !== undefined ? (vi ? `năm ${from - 1}` : `${from - 1}`) : vi ? "năm gốc" : "base year";
  const end = period ? (vi ? `năm ${period.year}` : `${period.year}`) : vi ? "năm cuối" : "end year";
  const headers: HeaderCell[] = [
    { row: 0, col: C.stt, rows: 2, text: vi ? "STT" : "No." },
    { row: 0, col: C.name, rows: 2, text: vi ? "Chỉ tiêu" : "Indicator" },
    { row: 0, col: C.unit, rows: 2, text: vi ? "Đơn vị tính" : "Unit" },
    { row: 0, col: C.base, rows: 2, text: vi ? `Thực hiện ${base} (năm gốc)` : `Actual ${base} (base year)` },
    { row: 0, col: C.rate, cols: 3, text: vi ? "Mục tiêu" : "Target" },
    { row: 1, col: C.rate, text: vi ? "Tăng bình quân (%/năm)" : "Average growth (%/year)" },
    { row: 1, col: C.implied, text: vi ? `Giá trị ${end} tương ứng` : `Implied value ${end}` },
    { row: 1, col: C.stated, text: vi ? `Giá trị ${end} văn bản nêu` : `Value ${end} as stated` },
    { row: 0, col: C.latest, rows: 2, text: found?.latestYear ? (vi ? `Thực hiện năm ${found.latestYear}` : `Actual ${found.latestYear}`) : vi ? "Thực hiện năm gần nhất (c)" : "Latest actual (c)" },
    { row: 0, col: C.achieved, cols: 3, text: vi ? "Tốc độ tăng bình quân (%/năm)" : "Average growth (%/year)" },
    { row: 1, col: C.achieved, text: vi ? "Đã đạt" : "Achieved" },
    { row: 1, col: C.required, text: vi ? "Cần đạt các năm còn lại" : "Needed in the remaining years" },
    { row: 1, col: C.gap, text: vi ? "Chênh lệch so mục tiêu (điểm %)" : "Gap to target (points)" },
  ];
  const numbers = ["A", "B", "C", "1", "2", "3=1×(1+2)^n", "4", "5", "6=(5/1)^(1/k)-1", "7=(3/5)^(1/(n-k))-1", "8=6-2"];
  const widths = [6, 36, 11, 15, 13, 16, 15, 15, 13, 15, 14];
  if (options.sourceColumn) addSourceColumn({ headers, numbers, widths }, C.source, lang, 2);
  const footnotes = [
    vi
      ? "n: số năm của giai đoạn; k: số năm đã qua từ năm gốc. Tốc độ tăng bình quân tính theo (cuối ÷ đầu)^(1/số năm) − 1, ở giá so sánh; chênh lệch tính bằng điểm phần trăm."
      : "n: years in the period; k: years since the base year. Average growth = (end ÷ start)^(1/years) − 1, at comparable prices; the gap is in percentage points.",
  ];
  if (rows.some((r) => r.base?.derived || r.latest?.derived)) footnotes.push(derivedFootnote(lang));

  return renderTable({
    lang,
    title: upper(period ? (vi ? `Mục tiêu tăng trưởng ${periodText(period, lang)}` : `Growth targets ${periodText(period, lang)}`) : vi ? "Mục tiêu tăng trưởng giai đoạn" : "Growth targets for the period"),
    subtitles: [provinceLine(ds?.province ?? "", lang)],
    params: [
      { label: vi ? "Năm gốc (năm trước giai đoạn):" : "Base year (before the period):", cell: yearCell(from === undefined ? undefined : from - 1, period?.label) },
      { label: vi ? "Năm cuối giai đoạn:" : "End year of the period:", cell: yearCell(period?.year, period?.label) },
      { label: vi ? "(c) Năm có số thực hiện gần nhất:" : "(c) Year of the latest actual:", cell: yearCell(found?.latestYear) },
      { label: vi ? "(n) Số năm của giai đoạn:" : "(n) Years in the period:", cell: ([a, b]) => yearsBetween(a!, b!) },
      { label: vi ? "(k) Số năm đã qua:" : "(k) Years elapsed:", cell: ([a, , c]) => yearsBetween(a!, c!) },
      { label: vi ? "(n-k) Số năm còn lại:" : "(n-k) Years left:", cell: ([, b, c]) => yearsBetween(c!, b!) },
    ],
    unitLine: unitLineFor(rows.map((r) => r.unit), lang, "C"),
    widths,
    headerRows: 2,
    headers,
    columnNumbers: numbers,
    footnotes,
    place: placeOf(ds?.province ?? ""),
    body: (first, params) => {
      const [, , , n, k, left] = params as [string, string, string, string, string, string];
      let no = 0;
      return rows.map((r, i) => {
        const at = (c: number): string => cellAddress(first + i, c);
        if (!r.sub) no += 1;
        const conflict = r.base && r.latest && basesConflict(r.base.indicator, r.latest.indicator);
        const blocked: BlockCell | undefined = conflict
          ? { role: "note", style: STYLE.number, note: basisConflictNote(r.base!.indicator.priceBasis, r.latest!.indicator.priceBasis, lang) }
          : undefined;
        const cells: BlockCell[] = [
          label(r.sub ? "" : no, STYLE.centered),
          ds ? label(r.sub ? `- ${r.name}` : r.name, r.sub ? { ...STYLE.text, italic: true } : STYLE.text) : textInput(),
          ds ? label(r.unit, STYLE.centered) : textInput(),
          ds ? figureOrInput(r.base, ds, lang) : input(),
          ds && r.target ? { ...figure(r.target, ds, lang), numberFormat: rateFormat } : input(rateFormat),
          formula(compoundFormula(at(C.base), at(C.rate), n), quantityFormat(2)),
          ds && r.stated ? figure(r.stated, ds, lang) : ds ? label("") : input(),
          ds ? figureOrInput(r.latest, ds, lang) : input(),
          blocked ?? formula(averageGrowthFormula(at(C.latest), at(C.base), k), rateFormat),
          blocked ?? formula(averageGrowthFormula(at(C.implied), at(C.latest), left), rateFormat),
          formula(differenceFormula(at(C.achieved), at(C.rate)), comparisonFormat("growth", options.decimals)),
        ];
        if (options.sourceColumn) cells.push(ds ? label(sourceText([r.target, r.base, r.stated, r.latest], ds.document, lang)) : textInput());
        return cells;
      });
    },
    meta: blockMeta(ID, VERSION, ds, options, input_?.periodKey),
  });
}

export const growthTargets: TemplateDef = {
  info: {
    id: ID,
    version: VERSION,
    name: { vi: "Mục tiêu tăng trưởng giai đoạn", en: "Period growth targets" },
    description: {
      vi: "Giá trị năm gốc, mục tiêu tăng bình quân, giá trị năm cuối tương ứng (1+r)^n; tăng bình quân đã đạt và cần đạt các năm còn lại; có dòng ngành cấp 2.",
      en: "Base-year value, target average growth, implied end-year value (1+r)^n; average growth achieved and needed in the remaining years; sub-sector rows.",
    },
    columns: [
      col("STT", "No."),
      col("Chỉ tiêu", "Indicator"),
      col("Đơn vị tính", "Unit"),
      col("(1) Thực hiện năm gốc", "(1) Base-year actual"),
      col("(2) Mục tiêu tăng bình quân (%/năm)", "(2) Target average growth (%/year)"),
      col("3=1×(1+2)^n Giá trị năm cuối", "3=1×(1+2)^n Implied end-year value"),
      col("(4) Giá trị năm cuối văn bản nêu", "(4) End-year value as stated"),
      col("(5) Thực hiện năm gần nhất", "(5) Latest actual"),
      col("6 Tăng bình quân đã đạt", "6 Average growth achieved"),
      col("7 Tăng bình quân cần đạt", "7 Average growth needed"),
      col("8=6-2 Chênh lệch (điểm %)", "8=6-2 Gap (points)"),
    ],
  },
  periodChoices: (ds) => applicable(ds).map((p) => ({ key: periodKey(p), label: periodLabel(p) })),
  build,
};
