/**
 * How far two careful readers agree under the strict scorer: 22 development passages annotated a second time
 * (test/fixtures/second-reading/NN.json, whose README says how), blind, by readers who saw only the passage, its
 * documentDate and heading, the rules of annotation of the corpus README and the catalog; never the first reading,
 * the per-file notes or the extractor.
 *
 * The figure bounds issue 11's targets: a scorer that two humans pass at N% cannot ask more of the extractor without
 * asking it to guess one reader's choices. AGREEMENT_DIFFS=1 prints each disagreement.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { extractRecords } from "../../../src/core/extract";
import { loadRealReports, type ExpectedStatement, type RealReport } from "../../support/real-reports";
import { describe1, fromExpected, fromRecord, loose, missCauses, pct, score, strict } from "./strict-score";

const SECOND = path.resolve(__dirname, "..", "..", "fixtures", "second-reading");

interface SecondReading {
  expected: ExpectedStatement[];
}

function pairs(): Array<{ id: string; text: string; report: RealReport; first: ExpectedStatement[]; second: ExpectedStatement[] }> {
  const byNumber = new Map(loadRealReports().map(({ file, report }) => [Number.parseInt(file, 10), report]));
  return fs
    .readdirSync(SECOND)
    .filter((f) => f.endsWith(".json"))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10))
    .map((f) => {
      const first = byNumber.get(Number.parseInt(f, 10));
      if (!first) throw new Error(`${f}: no corpus passage with that number`);
      const second = (JSON.parse(fs.readFileSync(path.join(SECOND, f), "utf8")) as SecondReading).expected;
      return { id: f.replace(/\.json$/, ""), text: first.text, report: first, first: first.expected, second };
    });
}

describe("two readers under the strict scorer", () => {
  const all = pairs();

  it("the second reading quotes the passages verbatim", () => {
    expect(all.length).toBe(22);
    for (const p of all) {
      expect(p.second.length).toBeGreaterThan(0);
      for (const e of p.second) expect(p.text.includes(e.quote)).toBe(true);
    }
  });

  it("prints how many of the first reader's statements the second matches, strictly and loosely", () => {
    let first = 0;
    let second = 0;
    let strictFound = 0;
    let looseFound = 0;
    // The extractor on the same passages, against each reading: where it stands beside a second reader.
    let byFirst = 0;
    let bySecond = 0;
    const causes = new Map<string, number>();
    const lines: string[] = [];
    const diffs: string[] = [];
    for (const p of all) {
      const a = p.first.map(fromExpected);
      const b = p.second.map(fromExpected);
      const s = score(a, b, strict);
      const l = score(a, b, loose);
      first += s.gold;
      second += s.extracted;
      strictFound += s.found;
      looseFound += l.found;
      const extracted = extractRecords(p.text, {}, { documentDate: p.report.documentDate, heading: p.report.heading }).records.map(fromRecord);
      byFirst += score(a, extracted, strict).found;
      bySecond += score(b, extracted, strict).found;
      for (const [k, n] of missCauses(s)) causes.set(k, (causes.get(k) ?? 0) + n);
      lines.push(`${p.id}: first ${s.gold}, second ${s.extracted}, strict agreement ${s.found} | loose ${l.found}`);
      for (const m of s.misses) diffs.push(`  first only  ${p.id} ${describe1(m)}`);
      for (const e of s.extras) diffs.push(`  second only ${p.id} ${describe1(e)}`);
    }
    const byCause = [...causes].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(", ");
    lines.push(
      `TOTAL: the second reader matches ${strictFound}/${first} = ${pct(strictFound, first)} of the first's statements strictly ` +
        `(${strictFound}/${second} = ${pct(strictFound, second)} of their own), ${pct(looseFound, first)} loosely; ` +
        `strict disagreements by what differs: ${byCause || "none"}`,
    );
    lines.push(`The extractor on the same passages matches ${byFirst}/${first} = ${pct(byFirst, first)} of the first reading strictly, ${bySecond}/${second} = ${pct(bySecond, second)} of the second.`);
    console.log([...lines, ...(process.env.AGREEMENT_DIFFS ? diffs : [])].join("\n"));
    // Every statement is paired at most once, so neither side can agree on more than it wrote.
    expect(strictFound).toBeLessThanOrEqual(Math.min(first, second));
    expect(looseFound).toBeGreaterThanOrEqual(strictFound);
  });
});
