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

export interface PeriodChoice {
  key: string;
  label: Localized;
}

export interface TemplateDef {
  info: TemplateInfo;
  /** [] when the dataset holds nothing this table shows. */
  periodChoices(dataset: PlanDataset): PeriodChoice[];
  /** periodKey is one of periodChoices(dataset) (checked by the caller); input null = empty template. */
  build(input: { dataset: PlanDataset; periodKey: string } | null, options: TemplateOptions, emptyRows: number): SheetBlock;
  /** The name and % of plan columns, for tables that can get a "% of plan" chart. */
  completion?: CompletionColumns;
}

export function col(vi: string, en: string): Localized {
  return { vi, en };
}
