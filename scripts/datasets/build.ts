/**
 * Writes datasets/<id>.json and datasets/index.json from the specs under scripts/datasets/spec.
 * Run: bash scripts/datasets/build.sh (from the project root).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { DatasetIndex, PlanDataset, RecordFlag } from "../../src/core/dataset/types";
import { checkConsistency, flagsFor } from "../../src/core/dataset/consistency";
import { validateDataset } from "../../src/core/dataset/validate";
import { datasetFileName, indexEntryOf } from "../../src/core/dataset/index-entry";
import * as d000 from "./spec/tv-qd1809-2021";
import * as d001 from "./spec/tv-sct-2020-h1";
import * as d002 from "./spec/vl-qd1013-2015";
import * as d003 from "./spec/tv-sct-2021";
import * as d004 from "./spec/dt-nq124-2022";

interface Spec {
  SEED: string;
  build(seedText: string): PlanDataset;
}

const SPECS: Spec[] = [d001, d000, d002, d003, d004];

function main(): void {
  const root = process.cwd();
  const outDir = path.join(root, "datasets");
  fs.mkdirSync(outDir, { recursive: true });
  const index: DatasetIndex = { schemaVersion: 1, generatedAt: new Date().toISOString(), datasets: [] };
  const datasets = SPECS.map((spec) => spec.build(fs.readFileSync(path.join(root, "seeds", spec.SEED), "utf8")));
  // The documents' own discrepancies travel with the figures, so the add-in can show them.
  const report = checkConsistency(datasets);
  const flags = flagsFor(report);
  for (const ds of datasets) {
    for (const r of ds.records) {
      const found = flags.get(r.id) ?? [];
      const merged: RecordFlag[] = [...(r.flags ?? [])];
      for (const f of found) if (!merged.some((m) => m.code === f.code && m.en === f.en)) merged.push(f);
      if (merged.length > 0) r.flags = merged;
    }
    const problems = validateDataset(ds);
    if (problems.length > 0) throw new Error(`${ds.id} invalid: ${problems.slice(0, 5).join("; ")}`);
  }
  console.log(`consistency: ${report.checked} relations checked, ${report.discrepancies.length} discrepancies`);
  for (const ds of datasets) {
    fs.writeFileSync(path.join(outDir, datasetFileName(ds.id)), `${JSON.stringify(ds, null, 2)}\n`);
    index.datasets.push(indexEntryOf(ds));
    console.log(`${ds.id}: ${ds.records.length} records, ${ds.tasks?.length ?? 0} tasks`);
  }
  fs.writeFileSync(path.join(outDir, "index.json"), `${JSON.stringify(index, null, 2)}\n`);
}

main();
