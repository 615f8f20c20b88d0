/** "--date 2020-09 --heading '...'": what the planner knows of a report besides its text, for `text …` and `data import`. */
import { parseDocumentDate } from "../core/document-date";
import type { DocumentContext } from "../core/extract";
import { stringOption, type ParsedArgs } from "./args";

/** The year and month of periods the text writes without them come from --date; its own period from --heading. */
export function documentContext(args: ParsedArgs): DocumentContext {
  const given = stringOption(args, "date");
  const documentDate = given === undefined ? undefined : parseDocumentDate(given);
  const heading = stringOption(args, "heading");
  return { ...(documentDate ? { documentDate } : {}), ...(heading ? { heading } : {}) };
}
