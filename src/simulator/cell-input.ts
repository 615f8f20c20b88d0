/**
 * How Excel reads what is written to a cell through Range.values / Range.formulas, or typed.
 * - "If the returned value starts with a plus ("+"), minus ("-"), or equal sign ("="), Excel
 *   interprets this value as a formula." (Range.values,
 *   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member;
 *   typing: https://learn.microsoft.com/office/client-developer/excel/excel-worksheet-and-expression-evaluation
 *   "If the input starts with =, +, or -, Excel tries to interpret the input as a formula").
 *   So "- Ngành khai khoáng" becomes the formula "=- Ngành khai khoáng", which shows #NAME?.
 * - A leading apostrophe (the "string prefix") keeps the rest as text and is not part of the value.
 * - A string that reads as a number or TRUE/FALSE becomes one, unless the cell is formatted as Text ("@").
 * - null in the 2-D array leaves that cell unchanged; "" empties it
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
 */
export type Constant = number | string | boolean;

export type ParsedInput =
  | { kind: "skip" }
  | { kind: "empty" }
  | { kind: "formula"; formula: string }
  | { kind: "constant"; value: Constant; apostrophe: boolean };

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function parseInput(input: unknown, numberFormat: string): ParsedInput | null {
  if (input === null || input === undefined) return { kind: "skip" };
  if (typeof input === "number") return Number.isFinite(input) ? { kind: "constant", value: input, apostrophe: false } : null;
  if (typeof input === "boolean") return { kind: "constant", value: input, apostrophe: false };
  if (typeof input !== "string") return null;
  if (input === "") return { kind: "empty" };
  if (input.startsWith("'")) return { kind: "constant", value: input.slice(1), apostrophe: true };
  if (numberFormat === "@") return { kind: "constant", value: input, apostrophe: false };
  if (input.startsWith("=") && input.length > 1) return { kind: "formula", formula: input };
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) return { kind: "constant", value: Number(trimmed), apostrophe: false };
  if (/^(true|false)$/i.test(trimmed)) return { kind: "constant", value: trimmed.toUpperCase() === "TRUE", apostrophe: false };
  // A lone "+" or "-" stays text, as when typed.
  if ((input.startsWith("+") || input.startsWith("-")) && input.length > 1) return { kind: "formula", formula: `=${input}` };
  return { kind: "constant", value: input, apostrophe: false };
}
