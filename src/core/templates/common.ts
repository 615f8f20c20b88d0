/** Small pieces of wording several templates share. */

import type { IndicatorRef } from "../dataset/types";
import { unitById } from "../units";
import type { Lang } from "../user-error";
import type { HeaderCell } from "./layout";

/** The unit as the document writes it ("triệu Kwh"); in English, the registry's name ("million kWh"). */
export function unitLabel(indicator: IndicatorRef, lang: Lang): string {
  if (lang === "vi") return indicator.unitText;
  return unitById(indicator.unit)?.en ?? indicator.unitText;
}

export function derivedFootnote(lang: Lang): string {
  return lang === "vi"
    ? "(*) Số in nghiêng là số suy ra từ tỷ lệ % báo cáo (cách tính ghi trong chú thích của ô)."
    : "(*) Figures in italics are derived from the percentages the report states (see each cell's note).";
}

export function sourceHeader(lang: Lang): string {
  return lang === "vi" ? "Nguồn số liệu" : "Source";
}

/** The optional "Nguồn số liệu" column at the right: its header (over `rows` header rows), number "D" and width. */
export function addSourceColumn(
  layout: { headers: HeaderCell[]; numbers: string[]; widths: number[] },
  col: number,
  lang: Lang,
  rows?: number,
): void {
  layout.headers.push({ row: 0, col, ...(rows ? { rows } : {}), text: sourceHeader(lang) });
  layout.numbers.push("D");
  layout.widths.push(60);
}

/** One unit for the whole table goes in the "Đơn vị tính" line; mixed units point to their column. */
export function unitLineFor(units: string[], lang: Lang, column: string): string {
  const distinct = [...new Set(units.filter((u) => u !== ""))];
  if (distinct.length === 1) return `${lang === "vi" ? "Đơn vị tính" : "Unit"}: ${distinct[0]}`;
  return lang === "vi" ? `Đơn vị tính: ghi tại cột ${column}` : `Units: see column ${column}`;
}

/** "Trà Vinh" for the date line, from "Trà Vinh" or "Tỉnh Trà Vinh"; "..." when unknown. */
export function placeOf(province: string): string {
  const bare = province.replace(/^(tỉnh|thành phố|tp\.?)\s+/i, "").trim();
  return bare || "...";
}
