/**
 * The document's date as a planner types it, for the extractor's `DocumentContext.documentDate` (the year and
 * month of periods a report writes without them). One reading for the CLI's `--date` and the pane's
 * "Kỳ/ngày của văn bản" field, so both accept the same words and refuse them with the same message.
 */
import { UserError } from "./user-error";

/** Month/year, day/month/year (Vietnamese order, "/", "-" or "." between) or ISO; "tháng"/"ngày"/"năm" words allowed. */
const VIETNAMESE = /^(?:(?:ngày\s*)?(\d{1,2})\s*(?:tháng|[/.-])\s*)?(?:tháng\s*|t)?(\d{1,2})\s*(?:năm|[/.-])\s*(\d{4})$/u;
const ISO = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** The first year the extractor takes a document date from (core/extract reads years 19xx and 20xx only). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2099;

function invalid(text: string): UserError {
  return new UserError("document-date-invalid", {
    vi: `Kỳ/ngày của văn bản "${text}" không đúng: hãy nhập tháng/năm (ví dụ 6/2023) hoặc ngày/tháng/năm (ví dụ 30/6/2023).`,
    en: `The document's period/date "${text}" is not valid: give month/year (e.g. 6/2023) or day/month/year (e.g. 30/6/2023).`,
  });
}

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * "6/2023", "tháng 6 năm 2023", "30/6/2023", "ngày 30 tháng 6 năm 2023", "2023-06", "2023-06-30"
 * -> "2023-06" or "2023-06-30"; blank -> undefined. Anything else, a month outside 1-12 or a day the month
 * does not have, throws a UserError saying what to type. A year alone is refused: the extractor needs the month.
 */
export function parseDocumentDate(input: string): string | undefined {
  const text = input.normalize("NFC").trim().replace(/\s+/g, " ");
  if (text === "") return undefined;
  const viet = VIETNAMESE.exec(text.toLowerCase());
  const iso = viet ? null : ISO.exec(text);
  if (!viet && !iso) throw invalid(input.trim());
  const [year, month, day] = viet
    ? [Number(viet[3]), Number(viet[2]), viet[1]]
    : [Number(iso![1]), Number(iso![2]), iso![3]];
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12) throw invalid(input.trim());
  if (day === undefined) return `${year}-${pad(month)}`;
  const d = Number(day);
  // Day 0 of the next month is the last day of this one.
  if (d < 1 || d > new Date(Date.UTC(year, month, 0)).getUTCDate()) throw invalid(input.trim());
  return `${year}-${pad(month)}-${pad(d)}`;
}
