/**
 * Recall and precision of the extractor against the curated dataset's STATED records (derived ones
 * are computed, not written in the text): a record is found when an extracted record of the same seed
 * has the same value (after unit conversion within a family), the same unit family and the same period.
 * Works on whatever datasets/*.json exist; prints both figures and every miss (for the README's limits).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { spanKey } from "./strict-score";
import type { PlanDataset, PlanRecord } from "../../../src/core/dataset/types";
import { extractRecords } from "../../../src/core/extract";
import { resolveUnit, unitById, type UnitDef } from "../../../src/core/units";

const ROOT = path.resolve(__dirname, "..", "..", "..");

function unitOf(r: PlanRecord): UnitDef | undefined {
  return unitById(r.indicator.unit) ?? resolveUnit(r.indicator.unitText);
}

function same(a: PlanRecord, b: PlanRecord): boolean {
  const ua = unitOf(a);
  const ub = unitOf(b);
  if (!ua || !ub || ua.family !== ub.family) return false;
  const va = a.value * ua.factor;
  const vb = b.value * ub.factor;
  return Math.abs(va - vb) <= 1e-9 * Math.max(1, Math.abs(vb)) && spanKey(a.period) === spanKey(b.period);
}

interface Scored {
  dataset: string;
  stated: number;
  extracted: number;
  found: number;
  misses: PlanRecord[];
}

function score(): Scored[] {
  const dir = path.join(ROOT, "datasets");
  const out: Scored[] = [];
  if (!fs.existsSync(dir)) return out;
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith(".json") || file === "index.json") continue;
    const ds = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as PlanDataset;
    if (!Array.isArray(ds.records) || !ds.document?.seedFile) continue;
    const seedPath = path.join(ROOT, "seeds", ds.document.seedFile);
    if (!fs.existsSync(seedPath)) continue;
    const gold = ds.records.filter((r) => !r.derived);
    const extracted = extractRecords(fs.readFileSync(seedPath, "utf8")).records;
    const used = new Set<number>();
    let found = 0;
    for (const e of extracted) {
      const i = gold.findIndex((g, k) => !used.has(k) && same(e, g));
      if (i >= 0) {
        used.add(i);
        found++;
      }
    }
    out.push({ dataset: ds.id, stated: gold.length, extracted: extracted.length, found, misses: gold.filter((_, k) => !used.has(k)) });
  }
  return out;
}

describe("extractor against the curated dataset", () => {
  it("finds the stated records (value, unit and period all right) and prints recall and precision", () => {
    const scored = score();
    expect(scored.length).toBeGreaterThan(0);
    const lines = scored.map(
      (s) => `${s.dataset}: recall ${s.found}/${s.stated} = ${((100 * s.found) / s.stated).toFixed(1)}%, precision ${s.found}/${s.extracted} = ${((100 * s.found) / s.extracted).toFixed(1)}%`,
    );
    const found = scored.reduce((n, s) => n + s.found, 0);
    const stated = scored.reduce((n, s) => n + s.stated, 0);
    const extracted = scored.reduce((n, s) => n + s.extracted, 0);
    const recall = found / stated;
    const precision = found / extracted;
    lines.push(`TOTAL: recall ${(100 * recall).toFixed(1)}%, precision ${(100 * precision).toFixed(1)}%`);
    for (const s of scored) {
      for (const m of s.misses) lines.push(`  miss ${s.dataset} ${m.indicator.code} ${m.period.label}: ${m.value} ${m.indicator.unitText} | ${m.quote.replace(/\s+/g, " ").slice(0, 100)}`);
    }
    console.log(lines.join("\n"));
    // Issue 7's target, overall: 95% each (reached: recall 419/423, precision 419/422; the misses are in
    // datasets/README.md's known limits).
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });
});
