/**
 * An in-browser workbook for the dev-only preview: HyperFormula evaluates the same native
 * formulas Excel would, and this class plays the host's part for the pane. Never bundled
 * into the production add-in (HyperFormula is GPL; see webpack.config.js).
 */
import { fillCellWrites, type FillPlan } from "../core/fill";
import { HyperFormula, type RawCellContent } from "hyperformula";
import { cellAddress, rangeAddress, shiftFormula } from "../core/a1";
import { cellContent, type CellStyle, type Merge, type SheetBlock } from "../core/sheet-block";
import { HandEditError, TargetNotEmptyError, type HandEdit } from "../core/target-not-empty";
import { UserError } from "../core/user-error";
import { completionChart, completionChartTitle, noCompletionChartError, type CompletionChart } from "../core/templates";
import type { GridCell } from "../core/recalc";
import type { BlockInfo, CellChange, ChartOutcome, CellWrite, SheetTable, InsertOutcome, PaneSettings, RefreshOutcome, WorkbookActions } from "../taskpane/host";

export const SHEET = "Sheet1";

interface CellLook {
  numberFormat?: string;
  style?: CellStyle;
  note?: string;
}

/** What the workbook remembers of an inserted block, as Excel keeps it in its settings. */
interface BlockRecord {
  info: BlockInfo;
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** Data cells as last written, keyed "r,c" relative to the block. */
  written: Map<string, RawCellContent>;
  chart: CompletionChart | null;
}

/** A "% of plan" chart the preview draws beside the grid (Excel would draw a native chart). */
export interface PreviewChart {
  blockId: string;
  title: string;
  /** Sheet cells of the names and of % of plan, one pair per indicator. */
  points: { label: { row: number; col: number }; value: { row: number; col: number } }[];
  /** 100% of plan in the block's style: 1 or 100. */
  full: number;
}

interface Snapshot {
  row: number;
  col: number;
  contents: RawCellContent[][];
  looks: (CellLook | undefined)[][];
  merges: Merge[];
  blocks: Map<string, BlockRecord>;
}

export class PreviewWorkbook implements WorkbookActions {
  readonly kind = "preview" as const;
  /** The preview evaluates every formula the tables use and has no requirement sets. */
  unsupportedFeatures = () => [];
  readonly hf: HyperFormula;
  private readonly sheetId: number;
  readonly looks = new Map<string, CellLook>();
  merges: Merge[] = [];
  selection = { row: 1, col: 1 };
  private undoStack: Snapshot[] = [];
  private blocks = new Map<string, BlockRecord>();
  private chartList: PreviewChart[] = [];
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
    const id = `${SHEET}!${address}`;
    const written = new Map<string, RawCellContent>();
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell.role === "data") written.set(`${r},${c}`, contents[r]![c]!);
      }),
    );
    this.blocks.set(id, { info: { ...block.meta, id }, row, col, rows: block.rows, cols: block.cols, written, chart: completionChart(block) });
    this.changed();
    return { address: id, rows: block.rows };
  }

  async listBlocks(): Promise<BlockInfo[]> {
    return [...this.blocks.values()].map((b) => b.info);
  }

  async refreshBlock(block: SheetBlock, blockId: string, acceptHandEdits: boolean): Promise<RefreshOutcome> {
    const record = this.blocks.get(blockId);
    if (!record) {
      throw new UserError("block-unknown", {
        vi: `Không tìm thấy bảng ${blockId} trong sổ làm việc.`,
        en: `Table ${blockId} is not in this workbook.`,
      });
    }
    if (record.rows !== block.rows || record.cols !== block.cols) {
      throw new UserError("block-shape-changed", {
        vi: `Số liệu mới làm bảng ${blockId} đổi kích thước; hãy chèn lại bảng ở chỗ trống.`,
        en: `The new data changes the size of table ${blockId}; insert the table again in an empty place.`,
      });
    }
    const changes: CellChange[] = [];
    const edits: HandEdit[] = [];
    const next = new Map<string, RawCellContent>();
    const writes: { row: number; col: number; value: RawCellContent }[] = [];
    block.cells.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell.role !== "data") return;
        const key = `${r},${c}`;
        const after = (cellContent(cell) ?? "") as string | number | boolean;
        const before = (this.content(record.row + r, record.col + c) ?? "") as string | number | boolean;
        const written = (record.written.get(key) ?? "") as string | number | boolean;
        next.set(key, after);
        if (before === after) return;
        const handEdited = before !== written;
        if (handEdited) edits.push({ address: cellAddress(record.row + r, record.col + c), written, current: before, next: after });
        changes.push({ address: cellAddress(record.row + r, record.col + c), before, after, handEdited });
        writes.push({ row: record.row + r, col: record.col + c, value: after === "" ? null : after });
      }),
    );
    if (edits.length > 0 && !acceptHandEdits) throw new HandEditError(edits);
    this.undoStack = [this.snapshot(record.row, record.col, record.rows, record.cols)];
    this.hf.batch(() => {
      for (const w of writes) this.hf.setCellContents({ sheet: this.sheetId, row: w.row, col: w.col }, [[w.value]]);
    });
    record.written = next;
    this.changed();
    return { address: blockId, changes };
  }

  async insertChart(blockId: string): Promise<ChartOutcome> {
    const record = this.blocks.get(blockId);
    if (!record) {
      throw new UserError("block-unknown", {
        vi: `Không tìm thấy bảng ${blockId} trong sổ làm việc.`,
        en: `Table ${blockId} is not in this workbook.`,
      });
    }
    const spec = record.chart;
    if (!spec) throw noCompletionChartError();
    const points = Array.from({ length: spec.lastRow - spec.firstRow + 1 }, (_, i) => ({
      label: { row: record.row + spec.firstRow + i, col: record.col + spec.labelCol },
      value: { row: record.row + spec.firstRow + i, col: record.col + spec.valueCol },
    }));
    const lang = record.info.options?.lang === "en" ? "en" : "vi";
    const chart: PreviewChart = { blockId, title: completionChartTitle(lang), points, full: spec.full };
    this.chartList = [...this.chartList.filter((c) => c.blockId !== blockId), chart];
    this.changed();
    // Excel places the chart from the second column right of the table; the preview draws it beside the grid.
    const left = record.col + record.cols + 1;
    return { address: `${SHEET}!${rangeAddress(record.row, left, Math.max(record.rows, 16), 8)}`, count: points.length };
  }

  /** The charts of tables still in the sheet, oldest first. */
  charts(): PreviewChart[] {
    return this.chartList.filter((c) => this.blocks.has(c.blockId));
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
    this.blocks = snap.blocks;
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
    const blocks = new Map([...this.blocks].map(([id, b]) => [id, { ...b, written: new Map(b.written) }]));
    return { row, col, contents, looks, merges: [...this.merges], blocks };
  }

  async readTable(): Promise<SheetTable> {
    const { rows, cols } = this.size();
    const grid: GridCell[][] = [];
    for (let r = 0; r < rows; r++) {
      const line: GridCell[] = [];
      for (let c = 0; c < cols; c++) {
        const raw = this.content(r, c);
        const value = this.value(r, c);
        line.push({
          value: typeof value === "number" || typeof value === "string" || typeof value === "boolean" ? value : null,
          formula: typeof raw === "string" && raw.startsWith("=") ? raw : undefined,
          numberFormat: this.looks.get(`${r},${c}`)?.numberFormat,
        });
      }
      grid.push(line);
    }
    return { sheet: SHEET, grid: { rows: grid, merges: this.merges }, anchor: { ...this.selection } };
  }

  /** The fill as the cells it writes: one writeCells, so one undo takes it back. */
  async writeFill(sheet: string, plan: FillPlan): Promise<{ ranges: string[] }> {
    return this.writeCells(sheet, fillCellWrites(plan));
  }

  async writeCells(sheet: string, writes: CellWrite[]): Promise<{ ranges: string[] }> {
    if (sheet !== SHEET || writes.length === 0) return { ranges: [] };
    const top = Math.min(...writes.map((w) => w.row));
    const left = Math.min(...writes.map((w) => w.col));
    const bottom = Math.max(...writes.map((w) => w.row));
    const right = Math.max(...writes.map((w) => w.col));
    this.undoStack = [this.snapshot(top, left, bottom - top + 1, right - left + 1)];
    this.hf.batch(() => {
      for (const w of writes) this.hf.setCellContents({ sheet: this.sheetId, row: w.row, col: w.col }, [[w.content]]);
    });
    for (const w of writes) {
      if (!w.numberFormat) continue;
      const key = `${w.row},${w.col}`;
      this.looks.set(key, { ...this.looks.get(key), numberFormat: w.numberFormat });
    }
    this.changed();
    return { ranges: [rangeAddress(top, left, bottom - top + 1, right - left + 1)] };
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
