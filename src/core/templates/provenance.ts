/** Where a figure comes from, as a cell note and as the text of the optional source column. */

import type { DocumentRef, PlanRecord, PriceBasis } from "../dataset/types";
import type { Lang } from "../user-error";

/** "377/BC-SCT ngày 15/06/2020 – Sở Công Thương" or, without a number, the title. */
export function documentText(doc: DocumentRef, lang: Lang): string {
  const name = doc.number ? (lang === "vi" ? `Số ${doc.number}` : `No. ${doc.number}`) : doc.title;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(doc.date) ? doc.date.split("-").reverse().join("/") : "";
  const when = date ? (lang === "vi" ? ` ngày ${date}` : ` of ${date}`) : "";
  return `${name}${when}${doc.issuer ? ` – ${doc.issuer}` : ""}`;
}

/** Quotes keep the seed's line breaks; a note reads better on one line. */
function oneLine(quote: string): string {
  return quote.replace(/\s+/g, " ").trim();
}

/** Source and quote; for a derived figure how it was derived; then any caution the dataset raises. */
export function recordNote(record: PlanRecord, doc: DocumentRef, lang: Lang): string {
  const source = `${lang === "vi" ? "Nguồn" : "Source"}: ${documentText(doc, lang)}: “${oneLine(record.quote)}”`;
  const how = record.derived ? `${lang === "vi" ? "Số suy ra" : "Derived"}: ${record.derived[lang]}. ` : "";
  const flags = (record.flags ?? []).map((f) => f[lang]).filter((t) => t);
  return `${how}${source}${flags.length > 0 ? ` ${lang === "vi" ? "Lưu ý" : "Caution"}: ${flags.join(" ")}` : ""}`;
}

/** The source column: the document once, then each distinct quote of the row's figures. */
export function sourceText(records: (PlanRecord | undefined)[], doc: DocumentRef, lang: Lang): string {
  const quotes: string[] = [];
  for (const r of records) {
    if (r && !quotes.includes(oneLine(r.quote))) quotes.push(oneLine(r.quote));
  }
  if (quotes.length === 0) return "";
  return `${documentText(doc, lang)}: ${quotes.map((q) => `“${q}”`).join(" … ")}`;
}

export function basisText(basis: PriceBasis, lang: Lang): string {
  if (basis === "current") return lang === "vi" ? "giá hiện hành" : "current prices";
  if (basis === "comparable-2010") return lang === "vi" ? "giá so sánh 2010" : "comparable 2010 prices";
  return lang === "vi" ? "giá không ghi rõ" : "price basis not stated";
}

/** Why a comparison cell is left blank. */
export function basisConflictNote(a: PriceBasis, b: PriceBasis, lang: Lang): string {
  return lang === "vi"
    ? `Không so sánh: hai số khác giá (${basisText(a, lang)} và ${basisText(b, lang)}).`
    : `Not compared: the figures are at different price bases (${basisText(a, lang)} and ${basisText(b, lang)}).`;
}
