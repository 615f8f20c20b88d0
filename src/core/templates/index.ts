/**
 * The catalog of standard indicator tables (issue 4): each template turns a plan dataset (or
 * nothing, for the empty variant) into a SheetBlock at A1 in the official Vietnamese look,
 * with live, blank-safe comparison formulas.
 *
 * Conventions every template follows:
 * - Cells hold numbers, never number text; figures from the dataset have role "data" and a note
 *   with the document and the verbatim quote (plus how a derived figure was derived, and any
 *   caution the dataset raises). Derived figures are italic, their column header ends in "(*)"
 *   and a footnote explains the mark. The optional source column repeats document and quotes.
 * - Comparisons are formulas on the row's own cells (src/core/formulas.ts), blank when a base
 *   is missing, zero or text. Two figures at different price bases (current vs comparable
 *   2010, or a money value whose basis is not stated vs one whose basis is) are never divided:
 *   the cell stays blank with a note (role "note").
 * - Comparison style: percent (0,5017 shown 50,17%), index (50,17 under "(%)"), growth
 *   (+56,27). Growth applies to same-period comparisons only; against a plan and for shares a
 *   growth means nothing, so those columns show the index in the growth style.
 * - Where the document states both figures and a percentage its own figures do not give
 *   (45.266 ÷ 45.400 = 99,70%, "đạt 99,71% kế hoạch"), the formula is kept and the cell's note
 *   says what the document wrote.
 * - Parameters the formulas share (months elapsed, base and end years) are cells above the
 *   header, so the planner can change them; formulas never use absolute ($) references, so the
 *   block can be placed anywhere with shiftFormula.
 * - meta.options holds the options and the period key ("months6-2020") the block was built for.
 */

import type { PlanDataset } from "../dataset/types";
import type { SheetBlock } from "../sheet-block";
import { UserError } from "../user-error";
import { checkOptions, type TemplateOptions } from "./options";
import { growthTargets } from "./growth-targets";
import { mainIndicators } from "./main-indicators";
import { products } from "./products";
import { remaining } from "./remaining";
import { structure } from "./structure";
import { tasks } from "./tasks";
import { custom } from "./custom";
import type { IndicatorPick, PeriodChoice, TemplateDef, TemplateInfo } from "./template";
import { completionRows, type CompletionChart } from "./chart";

export { DEFAULT_OPTIONS, optionsFromMeta, type TemplateOptions } from "./options";
export type { IndicatorPick, PeriodChoice, TemplateInfo } from "./template";
export { periodKey } from "./periods";
export { completionChartTitle, noCompletionChartError, type CompletionChart } from "./chart";

/** Rows of the empty variant when the caller does not say. */
export const DEFAULT_EMPTY_ROWS = 10;
const MAX_EMPTY_ROWS = 10000;

/** In the order of issue 4's catalog (the gallery shows them so), then the planner's own pick (issue 13). */
const TEMPLATES: TemplateDef[] = [mainIndicators, products, growthTargets, structure, remaining, tasks, custom];

function find(templateId: string): TemplateDef {
  const t = TEMPLATES.find((x) => x.info.id === templateId);
  if (!t) {
    throw new UserError("template-unknown", {
      vi: `Không có mẫu biểu "${templateId}". Các mẫu có: ${TEMPLATES.map((x) => x.info.id).join(", ")}.`,
      en: `There is no template "${templateId}". Templates: ${TEMPLATES.map((x) => x.info.id).join(", ")}.`,
    });
  }
  return t;
}

export function listTemplates(): TemplateInfo[] {
  return TEMPLATES.map((t) => t.info);
}

export function periodChoices(templateId: string, dataset: PlanDataset, indicators?: IndicatorPick): PeriodChoice[] {
  return find(templateId).periodChoices(dataset, indicators);
}

export function buildTemplate(
  templateId: string,
  input: { dataset: PlanDataset; periodKey?: string; indicators?: IndicatorPick } | null,
  options: TemplateOptions,
  emptyRows: number = DEFAULT_EMPTY_ROWS,
): SheetBlock {
  const template = find(templateId);
  checkOptions(options);
  if (!Number.isInteger(emptyRows) || emptyRows < 1 || emptyRows > MAX_EMPTY_ROWS) {
    throw new UserError("template-bad-rows", {
      vi: `Số dòng của mẫu trống phải là số nguyên từ 1 đến ${MAX_EMPTY_ROWS} (nhận được ${emptyRows}).`,
      en: `The empty template needs a whole number of rows from 1 to ${MAX_EMPTY_ROWS} (got ${emptyRows}).`,
    });
  }
  if (!input) return template.build(null, options, emptyRows);

  const choices = template.periodChoices(input.dataset, input.indicators);
  const name = template.info.name;
  if (choices.length === 0) {
    throw new UserError("template-not-applicable", {
      vi: `Bộ số liệu "${input.dataset.id}" không có số liệu cho mẫu "${name.vi}".`,
      en: `Dataset "${input.dataset.id}" has no figures for the template "${name.en}".`,
    });
  }
  const key = input.periodKey ?? choices[0]!.key;
  if (!choices.some((c) => c.key === key)) {
    throw new UserError("template-unknown-period", {
      vi: `Mẫu "${name.vi}" không có kỳ "${key}" trong bộ số liệu "${input.dataset.id}". Các kỳ có (--period): ${choices.map((c) => `${c.key} (${c.label.vi})`).join("; ")}.`,
      en: `Template "${name.en}" has no period "${key}" in dataset "${input.dataset.id}". Periods (--period): ${choices.map((c) => `${c.key} (${c.label.en})`).join("; ")}.`,
    });
  }
  const indicators = input.indicators ? { indicators: input.indicators } : {};
  return template.build({ dataset: input.dataset, periodKey: key, ...indicators }, options, emptyRows);
}

/** Whether tables of this template can get a "% of plan" chart (they have a % of plan column). */
export function hasCompletionChart(templateId: string): boolean {
  return TEMPLATES.some((t) => t.info.id === templateId && t.completion !== undefined);
}

/** The cells a "% of plan" chart of the block plots, or null when the block has none. */
export function completionChart(block: SheetBlock): CompletionChart | null {
  const columns = TEMPLATES.find((t) => t.info.id === block.meta.templateId)?.completion;
  return columns ? completionRows(block, columns) : null;
}
