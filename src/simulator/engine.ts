/**
 * Formula evaluation with HyperFormula (GPL v3: this simulator is development and test only and
 * never part of the production bundle). One HyperFormula sheet per worksheet; evaluation is
 * suspended while a batch writes and resumed on the first read.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from "hyperformula";

export const HYPERFORMULA_CONFIG = { licenseKey: "gpl-v3", smartRounding: false } as const;

/** No undo history inside HyperFormula: Excel's own undo is not part of the API, and it costs memory. */
const ENGINE_CONFIG = { ...HYPERFORMULA_CONFIG, undoLimit: 0 } as const;

export type EngineValue = number | string | boolean | null;

/** HyperFormula's own error codes mapped to what Excel shows for the same situation. */
function excelError(e: DetailedCellError): string {
  if (e.value === "#ERROR!") return "#NAME?"; // a formula HyperFormula cannot parse: Excel's #NAME?
  if (e.value === "#CYCLE!") return "#REF!";
  return e.value;
}

export class Engine {
  private hf = HyperFormula.buildEmpty(ENGINE_CONFIG);
  private suspended = false;

  addSheet(name: string): void {
    this.hf.addSheet(name);
  }

  private id(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`engine: no sheet ${sheet}`);
    return id;
  }

  private suspend(): void {
    if (!this.suspended) {
      this.hf.suspendEvaluation();
      this.suspended = true;
    }
  }

  private resume(): void {
    if (this.suspended) {
      this.hf.resumeEvaluation();
      this.suspended = false;
    }
  }

  /** Writes a block of raw contents (formulas as "=...", text as "'text") at row, col. */
  set(sheet: string, row: number, col: number, contents: RawCellContent[][]): void {
    this.suspend();
    this.hf.setCellContents({ sheet: this.id(sheet), row, col }, contents);
  }

  value(sheet: string, row: number, col: number): EngineValue {
    this.resume();
    const v = this.hf.getCellValue({ sheet: this.id(sheet), row, col });
    if (v instanceof DetailedCellError) return excelError(v);
    return v as EngineValue;
  }

  destroy(): void {
    this.hf.destroy();
  }
}
