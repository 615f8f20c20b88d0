/**
 * Native Excel formulas for comparisons. Each one gives "" (a blank-looking cell) instead of
 * #DIV/0! or #VALUE! when an input is missing, zero or text, and uses only functions that
 * Excel, LibreOffice and HyperFormula evaluate alike (IF, AND, ISNUMBER, arithmetic, POWER).
 */

/** percent: 0,4213 shown as 42,13%; index: 111,77 under a "(%)" header; growth: +11,77. */
export type ComparisonStyle = "percent" | "index" | "growth";

export const COMPARISON_STYLES: readonly ComparisonStyle[] = ["percent", "index", "growth"];

function guard(refs: string[], nonZero: string[]): string {
  const checks = [...refs.map((r) => `ISNUMBER(${r})`), ...nonZero.map((r) => `${r}<>0`)];
  return checks.length === 1 ? checks[0]! : `AND(${checks.join(",")})`;
}

/** numerator ÷ base in the given style; blank when either is not a number or the base is 0. */
export function ratioFormula(numerator: string, base: string, style: ComparisonStyle): string {
  const ratio = `${numerator}/${base}`;
  const body = style === "percent" ? ratio : style === "index" ? `${ratio}*100` : `(${ratio}-1)*100`;
  return `=IF(${guard([numerator, base], [base])},${body},"")`;
}

/** Excel number format for a comparison column. */
export function comparisonFormat(style: ComparisonStyle, decimals: number): string {
  const d = decimals > 0 ? `.${"0".repeat(decimals)}` : "";
  if (style === "percent") return `0${d}%`;
  if (style === "index") return `0${d}`;
  return `+0${d};-0${d};0${d}`;
}

/** Number format for a quantity: thousands grouped, the given decimals. */
export function quantityFormat(decimals: number): string {
  return decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0";
}

/** a − b, blank unless both are numbers ("còn phải thực hiện" = plan − actual). */
export function differenceFormula(a: string, b: string): string {
  return `=IF(${guard([a, b], [])},${a}-${b},"")`;
}

/**
 * Average growth per year over n years, in percent: ((end ÷ start)^(1/n) − 1) × 100.
 * Blank unless both are positive numbers and n > 0.
 */
export function averageGrowthFormula(end: string, start: string, years: string): string {
  return `=IF(AND(ISNUMBER(${end}),ISNUMBER(${start}),ISNUMBER(${years}),${start}>0,${end}>0,${years}>0),(POWER(${end}/${start},1/${years})-1)*100,"")`;
}

/** Value after n years of growth at rate r percent per year: start × (1 + r/100)^n. */
export function compoundFormula(start: string, ratePercent: string, years: string): string {
  return `=IF(AND(ISNUMBER(${start}),ISNUMBER(${ratePercent}),ISNUMBER(${years})),${start}*POWER(1+${ratePercent}/100,${years}),"")`;
}

/** Sum of a range that ignores text (SUM already does); blank when the range holds no number. */
export function sumFormula(range: string): string {
  return `=IF(COUNT(${range})=0,"",SUM(${range}))`;
}

/** Styles a recalculated column may use: the comparison styles plus "coefficient" (1,05 = +5%). */
export type RatioStyle = ComparisonStyle | "coefficient";

/**
 * numerator ÷ base in any RatioStyle, blank-safe like ratioFormula. A coefficient is the plain
 * ratio (as percent, but shown as 1,05 rather than 105%).
 */
export function styledRatioFormula(numerator: string, base: string, style: RatioStyle): string {
  return ratioFormula(numerator, base, style === "coefficient" ? "percent" : style);
}

/** Excel number format for a RatioStyle column. */
export function ratioFormat(style: RatioStyle, decimals: number): string {
  if (style === "coefficient") return decimals > 0 ? `0.${"0".repeat(decimals)}` : "0";
  return comparisonFormat(style, decimals);
}
