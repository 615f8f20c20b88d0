/** What each standard table provides to the catalog in index.ts. */

import type { PlanDataset } from "../dataset/types";
import type { SheetBlock } from "../sheet-block";
import type { Localized } from "../user-error";
import type { TemplateOptions } from "./options";
import type { CompletionColumns } from "./chart";

export interface TemplateInfo {
  id: string;
  version: string;
  name: Localized;
  description: Localized;
  /** ascii sketch or column list for the gallery preview */
  columns: Localized[];
}

/** The planner's pick of indicators (codes in order), or every indicator with a figure in the period. */
export type IndicatorPick = readonly string[] | "all";

export interface TemplateInput {
  dataset: PlanDataset;
  periodKey: string;
  /** Only for the table of picked indicators ("custom"); the others list what their kind includes. */
  indicators?: IndicatorPick;
}

export interface PeriodChoice {
  key: string;
  label: Localized;
}

export interface TemplateDef {
  info: TemplateInfo;
  /** [] when the dataset holds nothing this table shows; `indicators` narrows a table of picked indicators. */
  periodChoices(dataset: PlanDataset, indicators?: IndicatorPick): PeriodChoice[];
  /** periodKey is one of periodChoices(dataset) (checked by the caller); input null = empty template. */
  build(input: TemplateInput | null, options: TemplateOptions, emptyRows: number): SheetBlock;
  /** The name and % of plan columns, for tables that can get a "% of plan" chart. */
  completion?: CompletionColumns;
}

export function col(vi: string, en: string): Localized {
  return { vi, en };
}
