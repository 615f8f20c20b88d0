/**
 * "Cơ cấu / tỷ trọng": parts of a total and each part's share (issue 4, point 4). Each group
 * ("structure.<group>.<part>" codes) gets a total row (the stated total, or the sum of its
 * parts when the document gives none) followed by its parts; the total row's share is the sum
 * of the parts' shares, so a table whose parts do not add up shows it (100,00% when they do).
 */

import { cellAddress } from "../a1";
import type { PlanDataset, PlanRecord } from "../dataset/types";
import { comparisonFormat, sumFormula, type ComparisonStyle } from "../formulas";
import type { BlockCell, SheetBlock } from "../sheet-block";
import type { Lang, Localized } from "../user-error";
import { comparison, figure, figureFormat, formula, input, INPUT_FORMAT, label, textInput } from "./cells";
import { formatVietnameseNumber } from "../numbers";
import { addSourceColumn, derivedFootnote, placeOf, unitLabel, unitLineFor } from "./common";
import { STYLE, provinceLine, renderTable, upper, type HeaderCell } from "./layout";
import { blockMeta, type TemplateOptions } from "./options";
import { periodKey, periodLabel, periodText } from "./periods";
import { sourceText } from "./provenance";
import { outcome, outcomeCodes, outcomePeriods, periodOf } from "./records";
import { col, type TemplateDef } from "./template";

const ID = "structure";
const VERSION = "1.0.0";
const PREFIX = "structure.";
const includes = (code: string): boolean => code.startsWith(PREFIX);
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

interface Group {
  name: string;
  unit: string;
  total?: PlanRecord;
  parts: { name: string; record?: PlanRecord }[];
}

const C = { stt: 0, name: 1, unit: 2, value: 3, share: 4, source: 5 };

/**
 * The total each group of parts divides: the catalog's structure groups are named for the
 * indicator they split. A group not listed here looks for a code ending in ".<group>".
 */
const TOTALS: Record<string, string> = {
  ipv: "main.industrial-production-value",
  retail: "main.retail-sales",
  exports: "main.export-turnover",
  "electricity-saved": "other.electricity-saved",
};

/** Groups whose total the datasets do not hold (GRDP is the statistics office's figure). */
const GROUP_NAMES: Record<string, Localized> = {
  grdp: { vi: "Tổng sản phẩm trên địa bàn (GRDP)", en: "Gross regional domestic product (GRDP)" },
};

/** "structure.electricity-saved.manufacturing" -> "electricity-saved"; "structure.ipv-electricity-value" -> "ipv". */
function groupOf(code: string): string {
  const rest = code.slice(PREFIX.length);
  if (rest.includes(".")) return rest.slice(0, rest.lastIndexOf("."));
  return Object.keys(TOTALS).find((g) => rest.startsWith(`${g}-`)) ?? rest;
}

/**
 * The document names the shares of only some parts ("công nghiệp chế biến chiếm 98,53%"), or
 * of nested ones (industry within industry and construction): their sum is no check of
 * anything, so the total row shows none.
 */
function partial(g: Group): boolean {
  const shares = g.parts.map((p) => p.record).filter((r): r is PlanRecord => r !== undefined && isShare(r));
  if (shares.length === 0 || shares.length < g.parts.length) return false;
  return Math.abs(shares.reduce((a, r) => a + r.value, 0) - 100) > 0.5;
}

function partialNote(lang: Lang): string {
  return lang === "vi"
    ? "Văn bản chỉ nêu tỷ trọng của một số thành phần: không cộng tỷ trọng."
    : "The document gives the shares of some parts only: no total of shares.";
}

/** A share-only part: the document gives "chiếm 38,94%" and no value. */
function isShare(r: PlanRecord): boolean {
  return r.indicator.unit === "percent";
}

/**
 * A part's name inside its group: "Điện tiết kiệm: doanh nghiệp sản xuất" -> "Doanh nghiệp sản
 * xuất"; "Tỷ trọng ngành khai khoáng trong giá trị sản xuất công nghiệp" -> "Ngành khai khoáng".
 */
function partName(name: string): string {
  const i = name.indexOf(": ");
  let bare = i >= 0 ? name.slice(i + 2) : name;
  if (/^(Tỷ trọng|Share of) /i.test(bare)) bare = bare.replace(/^(Tỷ trọng|Share of) /i, "").replace(/ (trong|in) .*$/i, "");
  return bare.charAt(0).toLocaleUpperCase("vi") + bare.slice(1);
}

function groupsFor(ds: PlanDataset, key: string, lang: Lang): Group[] {
  const groups = new Map<string, Group>();
  for (const code of outcomeCodes(ds, key, includes)) {
    const g = groupOf(code);
    const record = outcome(ds, code, key)!;
    let group = groups.get(g);
    if (!group) {
      const totalCode = TOTALS[g] ?? ds.records.find((r) => !includes(r.indicator.code) && r.indicator.code.endsWith(`.${g}`))?.indicator.code;
      const total = totalCode ? outcome(ds, totalCode, key) : undefined;
      const name = total?.indicator[lang] ?? GROUP_NAMES[g]?.[lang] ?? (lang === "vi" ? "Tổng số" : "Total");
      group = { name, unit: total ? unitLabel(total.indicator, lang) : isShare(record) ? "" : unitLabel(record.indicator, lang), total, parts: [] };
      groups.set(g, group);
    }
    group.parts.push({ name: partName(record.indicator[lang]), record });
  }
  return [...groups.values()];
}

function build(input_: { dataset: PlanDataset; periodKey: string } | null, options: TemplateOptions, emptyRows: number): SheetBlock {
  const { lang } = options;
  const vi = lang === "vi";
  const ds = input_?.dataset;
  const period = input_ ? periodOf(input_.dataset, input_.periodKey) : undefined;
  const groups: Group[] =
    ds && input_
      ? groupsFor(ds, input_.periodKey, lang)
      : [{ name: vi ? "Tổng số" : "Total", unit: "", parts: Array.from({ length: emptyRows }, () => ({ name: "" })) }];
  // A share is never a growth: the growth style shows shares as an index under "(%)".
  const style: ComparisonStyle = options.comparisonStyle === "percent" ? "percent" : "index";
  const anyDerived = groups.some((g) => g.total?.derived || g.parts.some((p) => p.record?.derived));

  const headers: HeaderCell[] = [
    { row: 0, col: C.stt, text: vi ? "STT" : "No." },
    { row: 0, col: C.name, text: vi ? "Chỉ tiêu" : "Item" },
    { row: 0, col: C.unit, text: vi ? "Đơn vị tính" : "Unit" },
    { row: 0, col: C.value, text: period ? (vi ? `Thực hiện ${periodText(period, lang, true)}` : `Actual ${periodText(period, lang, true)}`) : vi ? "Giá trị" : "Value" },
    { row: 0, col: C.share, text: vi ? "Cơ cấu (%)" : "Share (%)" },
  ];
  const numbers = ["A", "B", "C", "1", "2"];
  const widths = [6, 40, 12, 18, 14];
  if (options.sourceColumn) addSourceColumn({ headers, numbers, widths }, C.source, lang);
  const footnotes = [vi ? "Cơ cấu = giá trị thành phần / tổng số; dòng tổng số cộng cơ cấu các thành phần." : "Share = part / total; the total row adds up the parts' shares."];
  if (anyDerived) footnotes.push(derivedFootnote(lang));
  if (groups.some(partial)) footnotes.push(partialNote(lang));

  return renderTable({
    lang,
    title: upper(period ? (vi ? `Cơ cấu ${periodText(period, lang)}` : `Structure, ${periodText(period, lang)}`) : vi ? "Cơ cấu / tỷ trọng" : "Structure / shares"),
    subtitles: [provinceLine(ds?.province ?? "", lang)],
    unitLine: unitLineFor(groups.map((g) => g.unit), lang, "C"),
    widths,
    headerRows: 1,
    headers,
    columnNumbers: numbers,
    footnotes,
    place: placeOf(ds?.province ?? ""),
    body: (first) => {
      const out: BlockCell[][] = [];
      groups.forEach((g, gi) => {
        const totalRow = first + out.length;
        const partsFirst = totalRow + 1;
        const partsLast = totalRow + g.parts.length;
        const total = cellAddress(totalRow, C.value);
        const bold = { ...STYLE.text, bold: true };
        const totalCells: BlockCell[] = [
          label(ROMAN[gi] ?? String(gi + 1), { ...STYLE.centered, bold: true }),
          label(g.name, bold),
          ds ? label(g.unit, STYLE.centered) : textInput(),
          g.total && ds
            ? figure(g.total, ds, lang)
            : g.parts.some((p) => p.record && isShare(p.record))
              ? // Share-only parts compute their values from the total: a sum would be circular.
                input(INPUT_FORMAT, { ...STYLE.number, bold: true })
              : { ...formula(sumFormula(`${cellAddress(partsFirst, C.value)}:${cellAddress(partsLast, C.value)}`), INPUT_FORMAT), style: { ...STYLE.number, bold: true } },
          partial(g)
            ? { role: "note", style: STYLE.number, note: partialNote(lang) }
            : { ...formula(sumFormula(`${cellAddress(partsFirst, C.share)}:${cellAddress(partsLast, C.share)}`), comparisonFormat(style, options.decimals)), style: { ...STYLE.number, bold: true } },
        ];
        if (options.sourceColumn) totalCells.push(ds && g.total ? label(sourceText([g.total], ds.document, lang)) : label(""));
        out.push(totalCells);
        g.parts.forEach((p, pi) => {
          const row = partsFirst + pi;
          const value = cellAddress(row, C.value);
          const share = cellAddress(row, C.share);
          const cells: BlockCell[] = [
            label(pi + 1, STYLE.centered),
            ds ? label(p.name) : textInput(),
            ds ? label(g.unit, STYLE.centered) : textInput(),
            ...partCells(p.record, g, value, share, total, style, options, ds),
          ];
          if (options.sourceColumn) cells.push(ds ? label(sourceText([p.record], ds.document, lang)) : textInput());
          out.push(cells);
        });
      });
      return out;
    },
    meta: blockMeta(ID, VERSION, ds, options, input_?.periodKey),
  });
}

/**
 * Value and share cells of a part. A value part gets share = value / total; a share-only part
 * (the document states only "chiếm x%") keeps the stated share and gets value = total × share.
 * A part in another unit than the total (or at another price basis) gets no share.
 */
function partCells(
  record: PlanRecord | undefined,
  g: Group,
  value: string,
  share: string,
  total: string,
  style: ComparisonStyle,
  options: TemplateOptions,
  ds: PlanDataset | undefined,
): BlockCell[] {
  const { lang } = options;
  const format = comparisonFormat(style, options.decimals);
  if (!record || !ds) return [input(), comparison(value, total, style, options.decimals, lang)];
  if (isShare(record)) {
    const stated = style === "percent" ? record.value / 100 : record.value;
    const scale = style === "percent" ? "" : "/100";
    return [
      formula(`=IF(AND(ISNUMBER(${total}),ISNUMBER(${share})),${total}*${share}${scale},"")`, figureFormat(g.total?.value ?? 0)),
      { ...figure(record, ds, lang), value: stated, numberFormat: format },
    ];
  }
  if (g.total && g.total.indicator.unit !== record.indicator.unit) {
    return [figure(record, ds, lang), { role: "note", style: STYLE.number, note: lang === "vi" ? "Khác đơn vị với tổng số: không tính cơ cấu." : "Not in the total's unit: no share computed." }];
  }
  const cell = comparison(value, total, style, options.decimals, lang, [record, g.total]);
  return [figure(record, ds, lang), statedShareCheck(cell, record, g.total, lang)];
}

/** A note when the document's own "chiếm x%" differs from part ÷ total. */
function statedShareCheck(cell: BlockCell, part: PlanRecord, total: PlanRecord | undefined, lang: Lang): BlockCell {
  const stated = part.reported.share;
  if (stated === undefined || !total || total.value === 0 || cell.formula === undefined) return cell;
  const computed = (part.value / total.value) * 100;
  if (Math.abs(Math.round(computed * 100) / 100 - stated) < 0.005) return cell;
  const a = formatVietnameseNumber(stated, 2);
  const b = formatVietnameseNumber(computed, 2);
  return { ...cell, note: lang === "vi" ? `Văn bản ghi chiếm ${a}%; tính từ các số văn bản nêu được ${b}%.` : `The document states a ${a}% share; its own figures give ${b}%.` };
}

export const structure: TemplateDef = {
  info: {
    id: ID,
    version: VERSION,
    name: { vi: "Cơ cấu / tỷ trọng", en: "Structure / shares" },
    description: {
      vi: "Các thành phần, tổng số và tỷ trọng của từng thành phần; tổng tỷ trọng bằng 100%.",
      en: "Parts, total and each part's share; the shares add up to 100%.",
    },
    columns: [col("STT", "No."), col("Chỉ tiêu", "Item"), col("Đơn vị tính", "Unit"), col("(1) Giá trị", "(1) Value"), col("(2) Cơ cấu (%) = 1 / tổng số", "(2) Share (%) = 1 / total")],
  },
  periodChoices: (ds) => outcomePeriods(ds, includes).map((p) => ({ key: periodKey(p), label: periodLabel(p) })),
  build,
};
