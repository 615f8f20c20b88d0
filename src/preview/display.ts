import { formatVietnameseNumber } from "../core/numbers";

/**
 * Shows a computed value as Excel would with Vietnamese regional settings, for the formats
 * our blocks use: "#,##0.00", "0.00", "0.00%", "+0.00;-0.00;0.00". Errors show as Excel's codes.
 */
export function displayValue(value: unknown, numberFormat: string | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "value" in (value as object)) return String((value as { value: unknown }).value);
  if (typeof value !== "number") return String(value);
  const format = numberFormat ?? "General";
  // General: no grouping, as many decimals as the number has.
  if (format === "General" || format === "@") return String(value).replace(".", ",");
  const first = format.split(";")[0] ?? format;
  const decimals = /\.(0+)/.exec(first)?.[1]?.length ?? 0;
  const grouped = first.includes(",");
  if (first.includes("%")) return `${plain(value * 100, decimals, grouped)}%`;
  const text = plain(value, decimals, grouped);
  return first.startsWith("+") && value > 0 ? `+${text}` : text;
}

function plain(value: number, decimals: number, grouped: boolean): string {
  const text = formatVietnameseNumber(value, decimals);
  return grouped ? text : text.replace(/\./g, "");
}

