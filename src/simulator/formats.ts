/**
 * Cell formats (font, fill, alignment, borders) and number formats shown as text, as Excel
 * displays them with the workbook's regional settings (vi-VN: "1.234,5"; en-US: "1,234.5").
 */
import { formatVietnameseNumber } from "../core/numbers";
import type { SimLocale } from "./errors";

export interface BorderSide {
  /** Excel.BorderLineStyle: "None", "Continuous", "Dash", ... */
  style: string;
  color: string;
  /** Excel.BorderWeight: "Hairline", "Thin", "Medium", "Thick". */
  weight: string;
}

export type Side = "top" | "bottom" | "left" | "right";
export const SIDES: Side[] = ["top", "bottom", "left", "right"];

export interface CellFormat {
  font: { bold: boolean; italic: boolean; color: string; name: string; size: number; underline: string; strikethrough: boolean };
  /** null: "No Fill" (gridlines show); a colour: a solid fill, even "#FFFFFF". */
  fill: string | null;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  borders: Record<Side, BorderSide>;
  locked: boolean;
}

const NO_BORDER: BorderSide = { style: "None", color: "#000000", weight: "Thin" };

/** Excel's Normal style: Calibri 11, no fill, General alignment, no borders, locked. */
export const DEFAULT_FORMAT: CellFormat = Object.freeze({
  font: { bold: false, italic: false, color: "#000000", name: "Calibri", size: 11, underline: "None", strikethrough: false },
  fill: null,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
  borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
  locked: true,
}) as CellFormat;

/** Default column width in points (8.43 characters of Calibri 11 = 64 px) and row height. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

/** Colours as Excel returns them: "#RRGGBB" upper case; names Excel accepts are mapped. */
const NAMED: Record<string, string> = {
  white: "#FFFFFF", black: "#000000", red: "#FF0000", green: "#008000", blue: "#0000FF", yellow: "#FFFF00",
  orange: "#FFA500", gray: "#808080", grey: "#808080", lightgray: "#D3D3D3", lightgrey: "#D3D3D3",
};

/** Null when Excel would refuse the colour (InvalidArgument). */
export function normalizeColor(input: string): string | null {
  const t = input.trim();
  const hex = /^#?([0-9a-fA-F]{6})$/.exec(t);
  if (hex) return `#${hex[1]!.toUpperCase()}`;
  const short = /^#([0-9a-fA-F]{3})$/.exec(t);
  if (short) return `#${[...short[1]!].map((c) => c + c).join("").toUpperCase()}`;
  return NAMED[t.toLowerCase()] ?? null;
}

// ---- Number formats shown as text.

function groupDigits(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function plainNumber(value: number, decimals: number, grouped: boolean, locale: SimLocale): string {
  if (locale === "vi-VN") {
    const text = formatVietnameseNumber(value, decimals);
    return grouped ? text : text.replace(/\./g, "");
  }
  const fixed = Math.abs(value).toFixed(decimals);
  const [i = "0", f] = fixed.split(".");
  const negative = value < 0 && Number(fixed) !== 0;
  return `${negative ? "-" : ""}${grouped ? groupDigits(i, ",") : i}${f ? `.${f}` : ""}`;
}

/** General: up to 11 significant digits, no grouping (Excel's General in a standard-width column). */
function general(value: number, locale: SimLocale): string {
  if (value === 0) return "0";
  const abs = Math.abs(value);
  let text: string;
  if (abs >= 1e11 || abs < 1e-9) text = value.toExponential(5).replace(/\.?0+e/, "E").replace("E+", "E+").replace(/E(-?)(\d)$/, "E$10$2");
  else text = String(Number(value.toPrecision(10)));
  return locale === "vi-VN" ? text.replace(".", ",") : text;
}

/** Literal text of a format section: "quoted", \x escapes, _x padding (a space), *x fill (dropped). */
function literal(text: string): string {
  return text.replace(/"([^"]*)"|\\(.)|_(.)|\*(.)/g, (_m, q: string | undefined, esc: string | undefined, pad: string | undefined) =>
    q !== undefined ? q : esc !== undefined ? esc : pad !== undefined ? " " : "",
  );
}

function section(value: number, fmt: string, locale: SimLocale, negativeSection: boolean): string {
  const core = /[#0?][#0?,]*(\.[#0?]+)?/.exec(fmt.replace(/"[^"]*"/g, (q) => "\u0000".repeat(q.length)));
  if (!core) return literal(fmt);
  const before = fmt.slice(0, core.index);
  const after = fmt.slice(core.index + core[0].length);
  const percent = fmt.includes("%");
  const decimals = core[1] ? core[1].length - 1 : 0;
  const grouped = core[0].includes(",");
  const v = (percent ? value * 100 : value) * (negativeSection ? -1 : 1);
  return `${literal(before)}${plainNumber(negativeSection ? Math.abs(v) : v, decimals, grouped, locale)}${literal(after)}`;
}

/** What Excel shows in a cell for a value under a number format (the formats the add-in writes). */
export function renderText(value: number | string | boolean | null, numberFormat: string, locale: SimLocale): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const sections = numberFormat.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  if (typeof value === "string") {
    const textSection = sections[3];
    return textSection !== undefined ? literal(textSection.replace("@", value)) : value;
  }
  const fmt = numberFormat.trim();
  if (fmt === "" || /^general$/i.test(fmt) || fmt === "@") return general(value, locale);
  if (value < 0 && sections[1] !== undefined) return section(value, sections[1], locale, true);
  if (value === 0 && sections[2] !== undefined) return section(value, sections[2], locale, false);
  return section(value, sections[0] ?? fmt, locale, false);
}
