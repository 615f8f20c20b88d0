/** Test helper: evaluates a SheetBlock (at A1, nothing shifted) with HyperFormula. */
import { HyperFormula } from "hyperformula";
import * as fs from "fs";
import * as path from "path";
import type { PlanDataset } from "../../../src/core/dataset/types";
import type { SheetBlock } from "../../../src/core/sheet-block";

export type Inputs = Record<string, number | string | null>;

/** Values by A1 address ("D8") replace what the block holds, as a planner typing into input cells. */
export function evaluate(block: SheetBlock, inputs: Inputs = {}): (address: string) => unknown {
  const data = block.cells.map((row) => row.map((c) => c.formula ?? c.value ?? null));
  for (const [address, value] of Object.entries(inputs)) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    const col = m[1]!.charCodeAt(0) - 65;
    data[Number(m[2]) - 1]![col] = value;
  }
  const hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3", smartRounding: false });
  return (address: string) => {
    const a = hf.simpleCellAddressFromString(address, 0)!;
    return hf.getCellValue(a);
  };
}

export function round2(v: unknown): number {
  if (typeof v !== "number") throw new Error(`not a number: ${JSON.stringify(v)}`);
  return Math.round(v * 100 + Number.EPSILON * 100) / 100;
}

/** A dataset of the repository; a missing one fails the test file (it used to skip it silently). */
export function loadDataset(id: string): PlanDataset {
  const file = path.join(__dirname, "../../../datasets", `${id}.json`);
  return JSON.parse(fs.readFileSync(file, "utf8")) as PlanDataset;
}

/** Row index (0-based) of the body row whose column B reads `name`. */
export function rowOf(block: SheetBlock, name: string, col = 1): number {
  const i = block.cells.findIndex((r) => r[col]?.value === name);
  if (i < 0) throw new Error(`no row ${name}`);
  return i;
}

export function texts(block: SheetBlock): string[] {
  return block.cells.flatMap((r) => r.map((c) => (typeof c.value === "string" ? c.value : ""))).filter((t) => t);
}
