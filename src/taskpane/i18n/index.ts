import { formatVietnameseNumber } from "../../core/numbers";
import type { Lang } from "../../core/user-error";
import { en } from "./en";
import { vi, type MessageKey } from "./vi";

export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const catalogs: Record<Lang, Record<MessageKey, string>> = { vi, en };

export function translator(lang: Lang): Translate {
  const catalog = catalogs[lang];
  return (key, params) =>
    catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}

/** Numbers in the pane use the planner's separators: 19.125,44 in Vietnamese (core's one formatter), 19,125.44 in English. */
export function formatNumber(lang: Lang, value: number, decimals = 2): string {
  if (lang === "vi") return formatVietnameseNumber(value, decimals, "trim");
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: decimals }).format(value);
}
