/**
 * How a comparison column is written, from the best evidence available: its existing formulas
 * (=C7/B7*100 is the GSO index form), its number format (0.0%), its values (111,77 vs 1,05 vs
 * −9,74), then its header ("Tăng/giảm", "(%)"), then the style of the rest of the sheet.
 */
import { columnIndex } from "../a1";
import type { Localized } from "../user-error";
import { GridView, hasFormula } from "./grid";
import type { RecalcStyle } from "./types";
import { headerWords } from "./vocab";

export interface StyleGuess {
  style: RecalcStyle | null;
  reason: Localized;
  /** The guess rests on the header alone, not on the cells. */
  fromHeader?: boolean;
  /** Operands read from an existing formula such as =C10/B10*100, when every row agrees. */
  subjectCol?: number;
  baseCol?: number;
}

const RATIO = /^\+?\(?\$?([A-Z]{1,3})\$?(\d+)\/\$?([A-Z]{1,3})\$?(\d+)\)?/;

/** Reads the style of one formula; null when it is not a plain ratio. */
export function formulaStyle(formula: string, percentFormat: boolean): { style: RecalcStyle; subject: string; base: string; subjectRow: number } | null {
  let f = formula.replace(/^=/, "").replace(/\s+/g, "").toUpperCase();
  // Our own blank-safe form: IF(AND(...),<body>,"")
  const wrapped = /^IF\(.*?\),(.*),""\)$/.exec(f);
  if (wrapped) f = wrapped[1]!;
  const m = RATIO.exec(f);
  if (!m) return null;
  const rest = f.slice(m[0].length);
  let style: RecalcStyle;
  if (/^-1\)\*100$/.test(rest) || /^\*100-100$/.test(rest) || /^-1\)\*100\)?$/.test(rest)) style = "growth";
  else if (/^\)?\*100\)?$/.test(rest)) style = "index";
  else if (rest === "" || rest === ")") style = percentFormat ? "percent" : "coefficient";
  else return null;
  return { style, subject: m[1]!, base: m[3]!, subjectRow: Number(m[2]) };
}

export function guessStyle(view: GridView, col: number, dataRows: number[], header: string, share = false): StyleGuess {
  const styles = new Map<RecalcStyle, number>();
  let operands: { subject: string; base: string } | null = null;
  let operandsAgree = true;
  let percentFormat = false;
  const values: number[] = [];
  for (const r of dataRows) {
    const cell = view.cell(r, col);
    if (!cell) continue;
    const fmt = cell.numberFormat ?? "";
    const isPct = /%/.test(fmt.replace(/"[^"]*"/g, ""));
    if (isPct) percentFormat = true;
    if (hasFormula(cell)) {
      const s = formulaStyle(cell.formula!, isPct);
      if (s) {
        styles.set(s.style, (styles.get(s.style) ?? 0) + 1);
        if (s.subjectRow === r + 1) {
          if (!operands) operands = { subject: s.subject, base: s.base };
          else if (operands.subject !== s.subject || operands.base !== s.base) operandsAgree = false;
        }
      }
    }
    if (typeof cell.value === "number" && Number.isFinite(cell.value)) values.push(cell.value);
  }
  const ops = operands && operandsAgree ? { subjectCol: columnIndex(operands.subject), baseCol: columnIndex(operands.base) } : {};
  if (styles.size > 0) {
    const [style] = [...styles.entries()].sort((a, b) => b[1] - a[1])[0]!;
    return { style, reason: { vi: `theo công thức sẵn có (${styleName(style).vi})`, en: `from the existing formulas (${styleName(style).en})` }, ...ops };
  }
  if (percentFormat) return { style: "percent", reason: { vi: "ô định dạng phần trăm", en: "cells are formatted as percent" }, ...ops };
  const w = headerWords(header);
  if (values.length > 0) {
    const sorted = [...values].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const negatives = values.filter((v) => v < 0).length;
    if (w.growth || (negatives > 0 && Math.abs(median) < 60)) {
      return { style: "growth", reason: { vi: "giá trị tăng/giảm (có số âm)", en: "values are changes (some negative)" }, ...ops };
    }
    if (share && median >= 0 && median <= 100 && negatives === 0) return { style: "index", reason: { vi: "giá trị cơ cấu dạng phần trăm ×100 (tổng 100)", en: "shares written ×100 (total 100)" }, ...ops };
    if (median >= 15 && median <= 2000) return { style: "index", reason: { vi: "giá trị dạng chỉ số (×100, như 111,77)", en: "values are indices (×100, like 111.77)" }, ...ops };
    if (median >= 0 && median < 15 && /%/.test(header)) return { style: "index", reason: { vi: "tiêu đề ghi (%), giá trị dạng chỉ số ×100", en: "the header says (%), values are ×100" }, ...ops };
    if (median > 0.1 && median < 15 && negatives === 0) return { style: "coefficient", reason: { vi: "giá trị dạng hệ số (như 1,05)", en: "values are coefficients (like 1.05)" }, ...ops };
  }
  if (w.growth) return { style: "growth", reason: { vi: "tiêu đề tăng/giảm", en: "the header says increase/decrease" }, fromHeader: true, ...ops };
  return { style: null, reason: { vi: "", en: "" }, ...ops };
}

export function styleName(style: RecalcStyle): Localized {
  switch (style) {
    case "percent":
      return { vi: "định dạng %, như 42,13%", en: "percent format, like 42.13%" };
    case "index":
      return { vi: "chỉ số ×100, như 111,77", en: "index ×100, like 111.77" };
    case "growth":
      return { vi: "tăng/giảm, như +11,77", en: "growth, like +11.77" };
    case "coefficient":
      return { vi: "hệ số, như 1,05", en: "coefficient, like 1.05" };
  }
}
