/** Cell makers shared by the templates: figures with provenance, inputs, formulas, labels. */

import type { PlanDataset, PlanRecord } from "../dataset/types";
import { comparisonFormat, quantityFormat, ratioFormula, type ComparisonStyle } from "../formulas";
import type { BlockCell, CellStyle } from "../sheet-block";
import type { Lang } from "../user-error";
import { STYLE } from "./layout";
import { basesConflict } from "./records";
import { basisConflictNote, recordNote } from "./provenance";

/** Input cells show two decimals: planners type both 5.268 and 17,1. */
export const INPUT_FORMAT = quantityFormat(2);

/** As many decimals as the figure has, at most 2 (a derived plan 10.500,299... shows 10.500,30). */
export function figureFormat(value: number): string {
  const text = String(value);
  const decimals = text.includes("e") ? 2 : (text.split(".")[1] ?? "").length;
  return quantityFormat(Math.min(decimals, 2));
}

export function label(value: string | number, style: CellStyle = STYLE.text): BlockCell {
  return { value, role: "label", style };
}

/** A figure from the dataset; derived ones are italic and say how in their note. */
export function figure(record: PlanRecord, ds: PlanDataset, lang: Lang): BlockCell {
  return {
    value: record.value,
    numberFormat: figureFormat(record.value),
    role: "data",
    style: record.derived ? { ...STYLE.number, italic: true } : STYLE.number,
    note: recordNote(record, ds.document, lang),
  };
}

/** A figure cell that may have no record: then it is an input the planner fills. */
export function figureOrInput(record: PlanRecord | undefined, ds: PlanDataset, lang: Lang): BlockCell {
  return record ? figure(record, ds, lang) : input();
}

export function input(numberFormat: string = INPUT_FORMAT, style: CellStyle = STYLE.number): BlockCell {
  return { role: "input", numberFormat, style };
}

export function textInput(): BlockCell {
  return { role: "input", style: STYLE.text };
}

export function formula(text: string, numberFormat: string): BlockCell {
  return { formula: text, numberFormat, role: "formula", style: STYLE.number };
}

/**
 * numerator ÷ base in a comparison style, or a blank cell with a note when the two records are
 * at different price bases (never divide current by comparable prices).
 */
export function comparison(
  numerator: string,
  base: string,
  style: ComparisonStyle,
  decimals: number,
  lang: Lang,
  records?: [PlanRecord | undefined, PlanRecord | undefined],
): BlockCell {
  const [a, b] = records ?? [undefined, undefined];
  if (a && b && basesConflict(a.indicator, b.indicator)) {
    return { role: "note", style: STYLE.number, note: basisConflictNote(a.indicator.priceBasis, b.indicator.priceBasis, lang) };
  }
  return formula(ratioFormula(numerator, base, style), comparisonFormat(style, decimals));
}
