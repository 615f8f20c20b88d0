/**
 * The development corpus of real published report text (test/fixtures/real-reports/): one JSON file per
 * passage, annotated by reading it (see that folder's README for the rules). Shared by the fixture
 * check and the scorer so both read the same shape.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { FigureKind, PeriodType } from "../../src/core/dataset/types";

export const REAL_REPORTS_DIR = path.resolve(__dirname, "..", "fixtures", "real-reports");

/** Percentages the passage states for one figure, as written ("tăng 2,7% so với tháng trước" -> growthVsPrevPeriod 2.7). */
export interface ExpectedReported {
  pctOfPlan?: number;
  growthVsPrior?: number;
  indexVsPrior?: number;
  growthVsPrevPeriod?: number;
  indexVsPrevPeriod?: number;
  share?: number;
}

export interface ExpectedPeriod {
  type: PeriodType;
  year: number;
  part?: number;
  months?: number;
  fromYear?: number;
}

export interface ExpectedStatement {
  quote: string;
  /** A catalog code, or "name:" + the shortest phrase of the text that names an uncatalogued indicator. */
  indicator: string;
  kind: FigureKind;
  value: number;
  unit: string;
  period: ExpectedPeriod;
  qualifier?: "about" | "over" | "under";
  reported?: ExpectedReported;
  /** For a human reader only; not scored. */
  note?: string;
}

export interface ExpectedFinding {
  quote: string;
  what: string;
  stated: number;
  computed: number;
}

export interface RealReport {
  source: { url: string; publisher: string; title: string; published: string; province: string };
  documentDate: string;
  heading: string;
  text: string;
  expected: ExpectedStatement[];
  findings: ExpectedFinding[];
}

export interface RealReportFile {
  file: string;
  report: RealReport;
}

export function loadRealReports(): RealReportFile[] {
  return fs
    .readdirSync(REAL_REPORTS_DIR)
    .filter((f) => f.endsWith(".json"))
    // By number, so a 100th passage follows the 99th (a plain sort puts "100-" between "10-" and "11-").
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10) || (a < b ? -1 : 1))
    .map((file) => ({ file, report: JSON.parse(fs.readFileSync(path.join(REAL_REPORTS_DIR, file), "utf8")) as RealReport }));
}

/**
 * The held-out part of the real corpus, never read while the extractor's rules were written, and which of its batches a
 * file belongs to (each scored apart); undefined for the development part. Both batches were annotated by readers who
 * never ran the extractor, from outlets not used before, and are described in HELD-OUT.md (which rule writers do not
 * read), not in the README:
 * - the fifth session's (160-188 but 179), scored once before the sixth session's rules and once after;
 * - the sixth session's (189 on), annotated while those rules were being written, so first scored on their result; but
 *   198, 203 and 214, which went to development once the checks' false alarms on them had been read to mend the checks
 *   (a share of figures rounded to two digits, a line repeating the value added read as the index, a title's figure
 *   dated by the document's month).
 * Before any rule of the fifth session was written, the fourth session's held-out batch (120-159) was given to
 * development: it had been scored as held out for a session and its totals printed (231/407 strict recall, 231/343
 * precision at that session's end). (Earlier splits: 45-60 went to development on arrival, 62, 38 and 39 once seen,
 * 63-77 at the third session's start, 84 and 92 once their false alarms were read, 01-119 at the fourth session's start,
 * 148 once its false alarm was read, 179 once its false alarm, wholesale taken for retail sales, was read to mend the
 * catalog matching.)
 */
export function heldOutBatch(file: string): "fifth" | "sixth" | undefined {
  const n = Number.parseInt(file, 10);
  if (n >= 189) return [198, 203, 214].includes(n) ? undefined : "sixth";
  return n >= 160 && n !== 179 ? "fifth" : undefined;
}
