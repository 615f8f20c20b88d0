/**
 * Figures from Vietnamese report prose, and the report's own consistency.
 *
 *   extractRecords(text)  -> { province, period, records }   records: PlanRecord + quoteOffset
 *   checkText(text)       -> { extraction, findings }         findings: stated vs computed, bilingual
 *
 * Both are pure and never throw; text.slice(r.quoteOffset.start, r.quoteOffset.end) === r.quote.
 */
export { extractRecords, checkText } from "./extract";
export type { DocumentContext, ExtractOptions, ExtractedRecord, Extraction, TextCheck, Uncertainty } from "./extract";
export type { Finding, FindingCode } from "./checks";
export { samePeriod } from "./periods";
