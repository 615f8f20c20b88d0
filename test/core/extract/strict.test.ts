/**
 * Strict recall and precision (issue 11): indicator, value, unit, period and every reported percentage
 * right (see strict-score.ts for the exact rules), per document, with the loose figure beside it.
 *
 * Two sets, scored apart:
 * - the five seeds, against the curated dataset's stated records (datasets/*.json);
 * - the real corpus (test/fixtures/real-reports/*.json, annotated by hand by another engineer), split in a
 *   development part and two held-out batches (heldOutBatch in test/support/real-reports.ts): the held-out files were not
 *   read while the extractor's rules were written.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { PlanDataset } from "../../../src/core/dataset/types";
import { extractRecords } from "../../../src/core/extract";
import { heldOutBatch, loadRealReports } from "../../support/real-reports";
import { describe1, fromExpected, fromRecord, loose, missCauses, pct, score, strict, type Score, type Stmt } from "./strict-score";

const ROOT = path.resolve(__dirname, "..", "..", "..");

interface DocScore {
  name: string;
  strict: Score;
  loose: Score;
  /** Statements found on value and unit whatever their period, and how many of those also have the right period. */
  valueFound: number;
  periodRight: number;
}

function scoreDoc(name: string, gold: Stmt[], extracted: Stmt[]): DocScore {
  const s = score(gold, extracted, strict);
  const l = score(gold, extracted, loose);
  // Of the statements found on value and unit (any period), how many have the right period too.
  const valueOnly = score(gold, extracted, (a, b) => loose({ ...a, period: b.period }, b));
  return { name, strict: s, loose: l, valueFound: valueOnly.found, periodRight: l.found };
}

function report(title: string, docs: DocScore[]): { recall: number; precision: number; periodShare: number; lines: string[] } {
  const lines = [`== ${title}`];
  let found = 0;
  let gold = 0;
  let extracted = 0;
  let looseFound = 0;
  for (const d of docs) {
    found += d.strict.found;
    gold += d.strict.gold;
    extracted += d.strict.extracted;
    looseFound += d.loose.found;
    lines.push(
      `${d.name}: strict recall ${d.strict.found}/${d.strict.gold} = ${pct(d.strict.found, d.strict.gold)}, precision ${d.strict.found}/${d.strict.extracted} = ${pct(d.strict.found, d.strict.extracted)}` +
        ` | loose recall ${pct(d.loose.found, d.loose.gold)}, precision ${pct(d.loose.found, d.loose.extracted)}`,
    );
  }
  const valueFound = docs.reduce((n, d) => n + d.valueFound, 0);
  const periodRight = docs.reduce((n, d) => n + d.periodRight, 0);
  lines.push(
    `TOTAL ${title}: strict recall ${found}/${gold} = ${pct(found, gold)}, strict precision ${found}/${extracted} = ${pct(found, extracted)}` +
      ` | loose recall ${pct(looseFound, gold)}, loose precision ${pct(looseFound, extracted)} | period right on ${periodRight}/${valueFound} = ${pct(periodRight, valueFound)} of statements found`,
  );
  const causes = new Map<string, number>();
  for (const d of docs) for (const [k, n] of missCauses(d.strict)) causes.set(k, (causes.get(k) ?? 0) + n);
  const byCause = [...causes].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(", ");
  lines.push(`  strict misses of ${title} by what was wrong: ${byCause || "none"}`);
  return { recall: gold ? found / gold : 1, precision: extracted ? found / extracted : 1, periodShare: valueFound ? periodRight / valueFound : 1, lines };
}

function seedDocs(): DocScore[] {
  const dir = path.join(ROOT, "datasets");
  const out: DocScore[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith(".json") || file === "index.json") continue;
    const ds = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as PlanDataset;
    if (!Array.isArray(ds.records) || !ds.document?.seedFile) continue;
    const seedPath = path.join(ROOT, "seeds", ds.document.seedFile);
    if (!fs.existsSync(seedPath)) continue;
    const gold = ds.records.filter((r) => !r.derived).map(fromRecord);
    const extracted = extractRecords(fs.readFileSync(seedPath, "utf8")).records.map(fromRecord);
    out.push(scoreDoc(ds.id, gold, extracted));
  }
  return out;
}

function realDocs(): { dev: DocScore[]; fifth: DocScore[]; sixth: DocScore[] } {
  const parts = { dev: [] as DocScore[], fifth: [] as DocScore[], sixth: [] as DocScore[] };
  for (const { file, report } of loadRealReports()) {
    const extracted = extractRecords(report.text, {}, { documentDate: report.documentDate, heading: report.heading }).records.map(fromRecord);
    const d = scoreDoc(file.replace(/\.json$/, ""), report.expected.map(fromExpected), extracted);
    parts[heldOutBatch(file) ?? "dev"].push(d);
  }
  return parts;
}

function misses(docs: DocScore[]): string[] {
  const lines: string[] = [];
  for (const d of docs) {
    for (const m of d.strict.misses) lines.push(`  miss  ${d.name} ${describe1(m)} | ${(m.quote ?? "").replace(/\s+/g, " ").slice(0, 90)}`);
    for (const e of d.strict.extras) lines.push(`  extra ${d.name} ${describe1(e)} | ${(e.quote ?? "").replace(/\s+/g, " ").slice(0, 90)}`);
  }
  return lines;
}

describe("strict scores", () => {
  it("seeds: strict recall and precision per document, loose beside it", () => {
    const docs = seedDocs();
    expect(docs.length).toBe(5);
    const r = report("seeds", docs);
    console.log([...r.lines, ...(process.env.EXTRACT_MISSES ? misses(docs) : [])].join("\n"));
    // The loose figures of issue 7 must not fall while the strict ones rise.
    const looseRecall = docs.reduce((n, d) => n + d.loose.found, 0) / docs.reduce((n, d) => n + d.loose.gold, 0);
    expect(looseRecall).toBeGreaterThanOrEqual(0.95);
    // Issue 11's targets are 90% strict recall and 95% strict precision; the floors below are what is reached.
    expect(r.recall).toBeGreaterThanOrEqual(SEED_FLOOR.recall);
    expect(r.precision).toBeGreaterThanOrEqual(SEED_FLOOR.precision);
  });
});

describe("strict scores on real published reports", () => {
  it("prints strict recall and precision on the development and held-out parts", () => {
    const { dev, fifth, sixth } = realDocs();
    expect(dev.length).toBeGreaterThan(0);
    expect(sixth.length).toBeGreaterThan(0);
    const d = report("real corpus, development part", dev);
    const h5 = report("real corpus, held out, fifth session's batch (160-188 but 179)", fifth);
    const h6 = report("real corpus, held out, sixth session's batch (189 on but 198, 203, 214)", sixth);
    const all = report("real corpus, all", [...dev, ...fifth, ...sixth]);
    // A held-out batch prints its total only: its per-file lines would tell those tuning the rules where to look.
    const shown = process.env.EXTRACT_MISSES === "held" ? [...fifth, ...sixth] : process.env.EXTRACT_MISSES ? dev : [];
    console.log([...d.lines, ...h5.lines.slice(-2), ...h6.lines.slice(-2), ...all.lines.slice(-2), ...misses(shown)].join("\n"));
    for (const [part, floor] of [
      [d, REAL_FLOOR.development],
      [h5, REAL_FLOOR.heldOutFifth],
      [h6, REAL_FLOOR.heldOutSixth],
    ] as const) {
      expect(part.recall).toBeGreaterThanOrEqual(floor.recall);
      expect(part.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(part.periodShare).toBeGreaterThanOrEqual(floor.period);
    }
  });
});

/**
 * Issue 11's targets on the real corpus are 90% strict recall, 95% strict precision and the period right on 90% of
 * found statements; recall and precision NOT reached. The floors are the figures reached, a little under, so a
 * regression fails; each part has its own, since a new held-out batch, harder than the text the rules were written
 * on, would otherwise lower a floor on the whole. At the fifth session of 2026-12-07, start -> end:
 * development (01-159 and 179, 1,489 statements) 1193 -> 1240/1489 = 83.3% recall, 84.5% -> 87.2% precision, period
 * 98.9% -> 99.0%; held out (160-188 but 179, 28 passages from outlets not used before, annotated by readers who never
 * ran the extractor, 302 statements) 166 -> 167/302 = 55.3%, 53.5% -> 53.9%, period 92.0% -> 92.7%. Sixth session
 * (shortest names by general rules of report phrasing, 2026-12-07): development 1240 -> 1263/1489 = 84.8% recall,
 * 87.2% -> 88.8% precision; held out unchanged, 167/302 and 167/310. Then, with budget revenue annotated by its catalog
 * code and 198, 203, 214 in development: development 1278 -> 1301/1534; fifth held-out batch 172 -> 172/302; the sixth
 * session's batch (25 passages, 295 statements, annotated while the rules were written) 188 -> 187/295, 64.4% -> 64.0%.
 * Then rules written by reading the extractor's output on fresh, unannotated pages (values, list items' rates, bounds;
 * periods) left development unchanged and raised the fifth batch 172 -> 175/302 (55.5% -> 56.3% precision) and the
 * sixth 187 -> 193/295 (64.0% -> 66.8%).
 */
const REAL_FLOOR = {
  development: { recall: 0.84, precision: 0.88, period: 0.98 },
  heldOutFifth: { recall: 0.57, precision: 0.55, period: 0.92 },
  heldOutSixth: { recall: 0.64, precision: 0.66, period: 0.92 },
};

/**
 * Floors at the figures reached (raised as the extractor improves, never lowered to pass). Issue 11's recall target
 * (90%) and precision target (95%) are both reached: 406/423 = 96.0% and 406/421 = 96.4% in the sixth session of
 * 2026-12-07 (393/423 = 92.9% and 393/422 = 93.1% in the fifth, 384/423 = 90.8% and 384/422 = 90.99% at the end of the
 * fourth, 357/423 = 84.4% for both at the end of the third, 79.7% at its start, 61.5% that morning, 47% before).
 */
const SEED_FLOOR = { recall: 0.95, precision: 0.96 };
