/**
 * The statements extractRecords reads from a sentence written for a test, each as the tests of statement boundaries
 * compare them: its catalog code (or "name:" and its own words), value, period label and reported percentages.
 */
import { extractRecords } from "../../src/core/extract";

export function readStatements(text: string, documentDate: string) {
  return extractRecords(text, {}, { documentDate }).records.map((r) => ({
    name: r.catalogCode ?? `name:${r.indicator.vi}`,
    value: r.value,
    period: r.period.label,
    reported: r.reported,
  }));
}
