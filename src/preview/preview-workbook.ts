/**
 * An in-browser workbook for the dev-only preview: HyperFormula evaluates the same native
 * formulas Excel would, and this class plays the host's part for the pane. Never bundled
 * into the production add-in (HyperFormula is GPL; see webpack.config.js).
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import { cellAddress, rangeAddress, shiftFormula } from "../core/a1";
import { cellContent, type CellStyle, type Merge, type SheetBlock } from "../core/sheet-block";
import { TargetNotEmptyError } from "../core/target-not-empty";
import type { InsertOutcome, PaneSettings, WorkbookActions } from "../taskpane/host";

export const SHEET = "Sheet1";

interface CellLook {
  numberFormat?: string;
  style?: CellStyle;
  note?: string;
}

interface Snapshot {
  row: number;
  col: number;
  contents: RawCellContent[][];
  looks: (CellLook | undefined)[][];
  merges: Merge[];
}

export class PreviewWorkbook implements WorkbookActions {
  readonly kind = "preview" as const;
  readonly hf: HyperFormula;
  private readonly sheetId: number;
  readonly looks = new Map<string, CellLook>();
  merges: Merge[] = [];
  selection = { row: 1, col: 1 };
  private undoStack: Snapshot[] = [];
  private listeners = new Set<() => void>();

  constructor(private readonly storage: Pick<Storage, "getItem" | "setItem">) {
    this.hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", smartRounding: false });
    this.hf.addSheet(SHEET);
    this.sheetId = this.hf.getSheetId(SHEET)!;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  select(row: number, col: number): void {
    this.selection = { row, col };
    this.changed();
  }

  /** The raw content of a cell: a number, text, or a formula starting with "=". */
  content(row: number, col: number): RawCellContent {
    return this.hf.getCellSerialized({ sheet: this.sheetId, row, col });
  }

  value(row: number, col: number): unknown {
    return this.hf.getCellValue({ sheet: this.sheetId, row, col });
  }

  size(): { rows: number; cols: number } {
    const d = this.hf.getSheetDimensions(this.sheetId);
    return { rows: d.height, cols: d.width };
  }

  /** Puts plain text rows in at the selection, as pasting from another program would. */
  paste(rows: string[][]): void {
    const { row, col } = this.selection;
    this.hf.setCellContents({ sheet: this.sheetId, row, col }, rows.map((r) => r.map((v) => (v === "" ? null : v))));
    this.changed();
  }

  async insertBlock(block: SheetBlock, overwrite: boolean): Promise<InsertOutcome> {
    const { row, col } = this.selection;
    const address = rangeAddress(row, col, block.rows, block.cols);
    if (!overwrite) {
      const taken: string[] = [];
      for (let r = 0; r < block.rows; r++)
        for (let c = 0; c < block.cols; c++) {
          const v = this.content(row + r, col + c);
          if (v !== null && v !== undefined && v !== "") taken.push(cellAddress(row + r, col + c));
        }
      if (taken.length > 0) throw new TargetNotEmptyError(`${SHEET}!${address}`, taken);
    }
    this.undoStack = [this.snapshot(row, col, block.rows, block.cols)];
    const contents = block.cells.map((cells) =>
      cells.map((cell) => {
        const v = cellContent(cell);
        if (typeof v === "string" && v.startsWith("=")) return shiftFormula(v, row, col);
        return v === "" ? null : (v as RawCellContent);
      }),
    );
    this.hf.setCellContents({ sheet: this.sheetId, row, col }, contents);
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const key = `${row + r},${col + c}`;
        if (cell.numberFormat || cell.style || cell.note) {
          this.looks.set(key, { numberFormat: cell.numberFormat, style: cell.style, note: cell.note });
        } else this.looks.delete(key);
      }),
    );
    this.merges = [
      ...this.merges.filter((m) => !overlaps(m, row, col, block.rows, block.cols)),
      ...block.merges.map((m) => ({ ...m, row: m.row + row, col: m.col + col })),
    ];
    this.changed();
    return { address: `${SHEET}!${address}`, rows: block.rows };
  }

  async undoLastInsert(): Promise<{ address: string } | null> {
    const snap = this.undoStack.pop();
    if (!snap) return null;
    const rows = snap.contents.length;
    const cols = snap.contents[0]?.length ?? 0;
    this.hf.setCellContents({ sheet: this.sheetId, row: snap.row, col: snap.col }, snap.contents);
    snap.looks.forEach((line, r) =>
      line.forEach((look, c) => {
        const key = `${snap.row + r},${snap.col + c}`;
        if (look) this.looks.set(key, look);
        else this.looks.delete(key);
      }),
    );
    this.merges = snap.merges;
    this.changed();
    return { address: `${SHEET}!${rangeAddress(snap.row, snap.col, rows, cols)}` };
  }

  private snapshot(row: number, col: number, rows: number, cols: number): Snapshot {
    const contents: RawCellContent[][] = [];
    const looks: (CellLook | undefined)[][] = [];
    for (let r = 0; r < rows; r++) {
      contents.push([]);
      looks.push([]);
      for (let c = 0; c < cols; c++) {
        contents[r]!.push(this.content(row + r, col + c) ?? null);
        looks[r]!.push(this.looks.get(`${row + r},${col + c}`));
      }
    }
    return { row, col, contents, looks, merges: [...this.merges] };
  }

  async loadSettings(): Promise<Partial<PaneSettings>> {
    const text = this.storage.getItem("plan-indicators.preview.settings");
    return text ? (JSON.parse(text) as Partial<PaneSettings>) : {};
  }

  async saveSettings(settings: PaneSettings): Promise<void> {
    this.storage.setItem("plan-indicators.preview.settings", JSON.stringify(settings));
  }
}

function overlaps(m: Merge, row: number, col: number, rows: number, cols: number): boolean {
  return m.row < row + rows && row < m.row + m.rows && m.col < col + cols && col < m.col + m.cols;
}
