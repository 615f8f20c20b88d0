/**
 * Evaluates SheetBlocks in both Excel-compatible engines the product promises to match:
 * HyperFormula on the block itself, and LibreOffice on the .xlsx the CLI writer produces.
 * Template and slice tests call this and compare both readers with the documents' figures.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCellAddress } from "../../src/core/a1";
import type { SheetBlock } from "../../src/core/sheet-block";
import { writeBlockToFile } from "../../src/cli/xlsx-write";
import { sameEngineValue, type CellReader, type EngineValue } from "./engine-value";
import { evaluateWithHyperFormula } from "./hyperformula";
import { cachedValue, recalculateManyWithLibreOffice } from "./libreoffice";

export interface EvaluatedBlock {
  hyperFormula: CellReader;
  libreOffice: CellReader;
}

export interface EvaluateOptions {
  /** Where the block is written in the .xlsx, "A1" by default; another anchor also tests formula shifting. */
  anchor?: string;
}

/** One block, both engines. Needs LibreOffice: wrap the calling tests in describeWithLibreOffice. */
export async function evaluateBlockEverywhere(block: SheetBlock, options: EvaluateOptions = {}): Promise<EvaluatedBlock> {
  const [result] = await evaluateBlocksEverywhere([block], options);
  if (!result) throw new Error("no evaluation returned");
  return result;
}

/** Several blocks in one LibreOffice run (a start costs seconds; prefer one call per test file). */
export async function evaluateBlocksEverywhere(
  blocks: SheetBlock[],
  options: EvaluateOptions = {},
): Promise<EvaluatedBlock[]> {
  const anchor = options.anchor ?? "A1";
  const origin = parseCellAddress(anchor);
  if (!origin) throw new Error(`bad anchor ${anchor}`);

  const dir = mkdtempSync(join(tmpdir(), "blocks-"));
  try {
    const paths = blocks.map((_, i) => join(dir, `block-${i}.xlsx`));
    for (const [i, block] of blocks.entries()) {
      await writeBlockToFile(block, paths[i]!, { sheetName: "Sheet1", anchor });
    }
    const books = await recalculateManyWithLibreOffice(paths);
    return blocks.map((block, i) => {
      const ws = books[i]?.worksheets[0];
      if (!ws) throw new Error(`LibreOffice output ${i} has no worksheet`);
      const libreOffice: CellReader = (row, col) => cachedValue(ws.getCell(origin.row + row + 1, origin.col + col + 1));
      return { hyperFormula: evaluateWithHyperFormula(block), libreOffice };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Disagreement {
  row: number;
  col: number;
  hyperFormula: EngineValue;
  libreOffice: EngineValue;
}

/** Formula cells where the engines differ (numbers compared to 12 significant digits). */
export function engineDisagreements(block: SheetBlock, evaluated: EvaluatedBlock): Disagreement[] {
  const out: Disagreement[] = [];
  block.cells.forEach((cells, row) =>
    cells.forEach((cell, col) => {
      if (cell.formula === undefined) return;
      const hyperFormula = evaluated.hyperFormula(row, col);
      const libreOffice = evaluated.libreOffice(row, col);
      if (!sameEngineValue(hyperFormula, libreOffice)) out.push({ row, col, hyperFormula, libreOffice });
    }),
  );
  return out;
}
