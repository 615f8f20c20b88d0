/**
 * Cutting big reads and writes into requests that stay well under Excel on the web's 5 MB
 * request and response limits (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 * The counts are per cell, so they hold whatever the sheet's shape.
 */
import { parseRangeAddress, rangeAddress } from "../core/a1";
import type { Content } from "./write-plan";

/**
 * Cells read per request when a read loads values, formulas and number formats together: a
 * cell's three answers weigh about 20-60 bytes for figures and short labels, so 25,000 cells
 * answer in about 1.5 MB; a sheet of long texts (over 60 characters in every cell) still fits.
 */
export const READ_CELLS_PER_SYNC = 25_000;

/** Formulas written per request: a comparison formula is about 60-80 bytes, so 20,000 are about 1.6 MB. */
export const WRITE_CELLS_PER_SYNC = 20_000;

export interface RowBand {
  /** 0-based, relative to the range cut. */
  firstRow: number;
  rows: number;
}

/** Bands of whole rows of a rows × cols range, each at most cellsPerBand cells (at least one row). */
export function rowBands(rows: number, cols: number, cellsPerBand: number): RowBand[] {
  const per = Math.max(1, Math.floor(cellsPerBand / Math.max(1, cols)));
  const bands: RowBand[] = [];
  for (let first = 0; first < rows; first += per) bands.push({ firstRow: first, rows: Math.min(per, rows - first) });
  return bands;
}

export interface Run {
  /** "E3:E40" (no sheet). */
  address: string;
  formulas: Content[][];
}

/**
 * Groups runs into requests of at most maxCells cells, in order; a run longer than that is cut
 * by rows. Each group is one sync.
 */
export function groupForSyncs(runs: Run[], maxCells: number): Run[][] {
  const pieces: Run[] = [];
  for (const run of runs) {
    const box = parseRangeAddress(run.address);
    const cols = run.formulas[0]?.length ?? 1;
    if (!box || run.formulas.length * cols <= maxCells) {
      pieces.push(run);
      continue;
    }
    for (const band of rowBands(run.formulas.length, cols, maxCells)) {
      pieces.push({
        address: rangeAddress(box.row + band.firstRow, box.col, band.rows, box.cols),
        formulas: run.formulas.slice(band.firstRow, band.firstRow + band.rows),
      });
    }
  }
  const groups: Run[][] = [];
  let group: Run[] = [];
  let cells = 0;
  for (const piece of pieces) {
    const n = piece.formulas.length * (piece.formulas[0]?.length ?? 1);
    if (group.length > 0 && cells + n > maxCells) {
      groups.push(group);
      group = [];
      cells = 0;
    }
    group.push(piece);
    cells += n;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
