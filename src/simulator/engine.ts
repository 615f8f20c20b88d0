/**
 * Formula evaluation with HyperFormula (GPL v3: this simulator is development and test only and
 * never part of the production bundle). One HyperFormula sheet per worksheet. Writes are kept
 * pending and handed to HyperFormula only when a value is read: a banded insert and its undo
 * write hundreds of thousands of cells that are never evaluated in between. Many pending cells
 * on a sheet replace its content in one call, which costs far less than one call per cell.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";

export const HYPERFORMULA_CONFIG = { licenseKey: "gpl-v3", smartRounding: false } as const;

/** No undo history inside HyperFormula: Excel's own undo is not part of the API, and it costs memory. */
const ENGINE_CONFIG = { ...HYPERFORMULA_CONFIG, undoLimit: 0 } as const;

export type EngineValue = number | string | boolean | null;

/** Pending cells on one sheet above which the whole sheet is handed over at once. */
const REBUILD_AT = 2_000;
/** Largest sheet (used rows × columns from A1) rebuilt whole; sparser sheets go cell by cell. */
const REBUILD_MAX_CELLS = 2_000_000;

/** HyperFormula's own error codes mapped to what Excel shows for the same situation. */
function excelError(e: DetailedCellError): string {
  if (e.value === "#ERROR!") return "#NAME?"; // a formula HyperFormula cannot parse: Excel's #NAME?
  if (e.value === "#CYCLE!") return "#REF!";
  return e.value;
}

export interface SheetContent {
  /** Every stored cell's raw content, for a whole-sheet rebuild: rows × cols from A1. */
  grid(sheet: string): { rows: number; cols: number; at(row: number, col: number): RawCellContent };
}

export class Engine {
  private hf = HyperFormula.buildEmpty(ENGINE_CONFIG);
  private pending = new Map<string, Map<number, { row: number; col: number; raw: RawCellContent }>>();

  constructor(private readonly content: SheetContent) {}

  addSheet(name: string): void {
    this.hf.addSheet(name);
  }

  private id(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`engine: no sheet ${sheet}`);
    return id;
  }

  /** Records a block of raw contents (formulas as "=...", text as "'text") at row, col. */
  set(sheet: string, row: number, col: number, contents: RawCellContent[][]): void {
    let cells = this.pending.get(sheet);
    if (!cells) this.pending.set(sheet, (cells = new Map()));
    // Keyed like the workbook's cells: row × 16,384 + column.
    contents.forEach((line, i) => line.forEach((raw, j) => cells.set((row + i) * 16_384 + col + j, { row: row + i, col: col + j, raw })));
  }

  private flush(): void {
    if (this.pending.size === 0) return;
    this.hf.suspendEvaluation();
    try {
      for (const [sheet, cells] of this.pending) {
        const id = this.id(sheet);
        const grid = cells.size >= REBUILD_AT ? this.content.grid(sheet) : null;
        if (grid && grid.rows * grid.cols <= REBUILD_MAX_CELLS) {
          const rows = Array.from({ length: grid.rows }, (_, r) => Array.from({ length: grid.cols }, (_, c) => grid.at(r, c)));
          this.hf.setSheetContent(id, rows);
        } else {
          for (const { row, col, raw } of cells.values()) this.hf.setCellContents({ sheet: id, row, col }, [[raw]]);
        }
      }
    } finally {
      this.pending.clear();
      this.hf.resumeEvaluation();
    }
  }

  value(sheet: string, row: number, col: number): EngineValue {
    this.flush();
    const v = this.hf.getCellValue({ sheet: this.id(sheet), row, col });
    if (v instanceof DetailedCellError) return excelError(v);
    return v as EngineValue;
  }

  destroy(): void {
    this.hf.destroy();
  }
}
