/**
 * The workbook itself: sheets of cells (content, number format, cell format), merges, tables,
 * column widths, frozen panes, page layout, charts, settings and the selection. The Office.js
 * proxies read and write it at sync; tests and the preview read it directly (SimWorkbook).
 */
import type { RawCellContent } from "hyperformula";
import { MAX_COLS, containsCell, intersects, parseRect, rectText, splitSheet, type Rect } from "./address";
import { parseInput, type Constant, type ParsedInput } from "./cell-input";
import { Engine, type EngineValue } from "./engine";
import type { SimLocale } from "./errors";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_FORMAT, DEFAULT_ROW_HEIGHT, SIDES, renderText, type CellFormat } from "./formats";

export interface CellData {
  /** The constant, or the formula text "=..." when `formula` is true; null: no content. */
  content: Constant | null;
  formula: boolean;
  /** Entered with a leading apostrophe (Excel's "prefix character"). */
  apostrophe: boolean;
  numberFormat: string;
  format: CellFormat;
}

export interface SimSeries {
  name: string;
  /** Addresses ("Sheet1!H8:H20") of the ranges given to setValues / setXAxisValues, or of the chart source. */
  values: string | null;
  xValues: string | null;
  chartType: string | null;
  hasDataLabels: boolean;
}

export interface SimChart {
  id: number;
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title: string;
  /** setPosition's cells, e.g. { start: "K2", end: "R19" }. */
  position: { start: string; end: string | null } | null;
  series: SimSeries[];
}

export interface PageZoom {
  scale?: number | null;
  horizontalFitToPages?: number | null;
  verticalFitToPages?: number | null;
}

export interface SheetState {
  name: string;
  cells: Map<number, CellData>;
  merges: Rect[];
  protected: boolean;
  tables: { name: string; rect: Rect }[];
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  frozen: { rows: number; cols: number };
  page: { orientation: string; paperSize: string; zoom: PageZoom };
  charts: SimChart[];
}

/** One cell as the contract's SimCell describes it. */
export interface SimCell {
  value: number | string | boolean | null;
  formula: string | null;
  text: string;
  numberFormat: string;
  hasApostrophe: boolean;
  format: {
    bold?: boolean;
    italic?: boolean;
    fontName?: string;
    fontSize?: number;
    fontColor?: string;
    fillColor?: string | null;
    horizontalAlignment?: string;
    verticalAlignment?: string;
    wrapText?: boolean;
    borders?: Record<string, string>;
  };
}

export function key(row: number, col: number): number {
  return row * MAX_COLS + col;
}

function emptyCell(): CellData {
  return { content: null, formula: false, apostrophe: false, numberFormat: "General", format: DEFAULT_FORMAT };
}

function sameFormat(a: CellFormat, b: CellFormat): boolean {
  const sides = (x: CellFormat) => SIDES.map((k) => `${x.borders[k].style}|${x.borders[k].weight}|${x.borders[k].color}`).join();
  return (
    a.fill === b.fill && a.horizontalAlignment === b.horizontalAlignment && a.verticalAlignment === b.verticalAlignment &&
    a.wrapText === b.wrapText && a.indentLevel === b.indentLevel && a.locked === b.locked &&
    a.font.bold === b.font.bold && a.font.italic === b.font.italic && a.font.color === b.font.color && a.font.name === b.font.name &&
    a.font.size === b.font.size && a.font.underline === b.font.underline && a.font.strikethrough === b.font.strikethrough &&
    (a.borders === b.borders || sides(a) === sides(b))
  );
}

export function isBlankCell(c: CellData | undefined): boolean {
  return !c || c.content === null;
}

export function isDefaultCell(c: CellData): boolean {
  return c.content === null && c.numberFormat === "General" && c.format === DEFAULT_FORMAT;
}

/** The raw content HyperFormula evaluates for a cell. */
function rawOf(c: CellData | undefined): RawCellContent {
  if (!c || c.content === null) return null;
  if (c.formula) return c.content as string;
  return typeof c.content === "string" ? `'${c.content}` : c.content;
}

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  readonly settings = new Map<string, unknown>();
  readonly engine = new Engine();
  activeSheet = "";
  /** Whether the user has the ribbon's Page Layout tab open (office-js #1860, see PageLayout.zoom). */
  pageLayoutTabOpen = false;
  selection: { sheet: string; rect: Rect } = { sheet: "", rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  private listeners = new Set<() => void>();
  private dirty = false;
  private chartIds = 0;

  constructor(readonly locale: SimLocale) {}

  findSheet(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheet(name: string): SheetState {
    const s = this.findSheet(name);
    if (!s) throw new Error(`simulator: no sheet "${name}"`);
    return s;
  }

  addSheet(name: string): SheetState {
    const s: SheetState = {
      name,
      cells: new Map(),
      merges: [],
      protected: false,
      tables: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      frozen: { rows: 0, cols: 0 },
      page: { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 } },
      charts: [],
    };
    this.sheets.push(s);
    this.engine.addSheet(name);
    if (this.activeSheet === "") {
      this.activeSheet = name;
      this.selection = { sheet: name, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
    }
    this.touch();
    return s;
  }

  nextChartId(): number {
    return ++this.chartIds;
  }

  // ---- Cells.

  peek(s: SheetState, row: number, col: number): CellData | undefined {
    return s.cells.get(key(row, col));
  }

  private put(s: SheetState, row: number, col: number, c: CellData): void {
    // A format set back to the defaults counts as no format (value equality, not identity).
    if (c.format !== DEFAULT_FORMAT && sameFormat(c.format, DEFAULT_FORMAT)) c = { ...c, format: DEFAULT_FORMAT };
    if (isDefaultCell(c)) s.cells.delete(key(row, col));
    else s.cells.set(key(row, col), c);
    this.touch();
  }

  /** Changes a cell's stored data (not its content's evaluation). */
  update(s: SheetState, row: number, col: number, change: (c: CellData) => CellData): void {
    const before = this.peek(s, row, col) ?? emptyCell();
    const after = change(before);
    this.put(s, row, col, after);
    if (after.content !== before.content || after.formula !== before.formula) this.engine.set(s.name, row, col, [[rawOf(after)]]);
  }

  /**
   * Writes content as Range.values / Range.formulas / typing do (see cell-input.ts). Returns
   * false when Excel would refuse the input (InvalidArgument). A cell covered by a merge (not
   * its top-left) keeps no content: Excel keeps only the top-left cell of a merge and ignores a
   * write to the others without an error (no Microsoft page says so; reported for the COM API in
   * https://github.com/sbroenne/mcp-server-excel/issues/831 "Excel may ignore the write for a
   * non-anchor merged cell"; the simulator assumes Office.js does the same).
   */
  writeInput(s: SheetState, row: number, col: number, input: unknown): boolean {
    return this.writeGrid(s, { row, col, rows: 1, cols: 1 }, () => input);
  }

  /** writeInput over a rectangle, handing the formula engine one block. False: nothing written. */
  writeGrid(s: SheetState, r: Rect, input: (row: number, col: number) => unknown): boolean {
    const parsed: (ParsedInput | null)[][] = [];
    for (let i = 0; i < r.rows; i++) {
      const line: (ParsedInput | null)[] = [];
      for (let j = 0; j < r.cols; j++) {
        const p = parseInput(input(i, j), this.peek(s, r.row + i, r.col + j)?.numberFormat ?? "General");
        if (!p) return false;
        line.push(p);
      }
      parsed.push(line);
    }
    const covered = s.merges.some((m) => intersects(m, r));
    const raw: RawCellContent[][] = [];
    for (let i = 0; i < r.rows; i++) {
      const line: RawCellContent[] = [];
      for (let j = 0; j < r.cols; j++) {
        const row = r.row + i;
        const col = r.col + j;
        const p = parsed[i]![j]!;
        const before = this.peek(s, row, col);
        if (p.kind === "skip" || (covered && this.coveredByMerge(s, row, col))) {
          line.push(rawOf(before));
          continue;
        }
        const c = before ?? emptyCell();
        const after: CellData =
          p.kind === "empty"
            ? { ...c, content: null, formula: false, apostrophe: false }
            : p.kind === "formula"
              ? { ...c, content: p.formula, formula: true, apostrophe: false }
              : { ...c, content: p.value, formula: false, apostrophe: p.apostrophe };
        this.put(s, row, col, after);
        line.push(rawOf(after));
      }
      raw.push(line);
    }
    this.engine.set(s.name, r.row, r.col, raw);
    return true;
  }

  coveredByMerge(s: SheetState, row: number, col: number): boolean {
    return s.merges.some((m) => containsCell(m, row, col) && !(m.row === row && m.col === col));
  }

  /** Evaluated value: "" for an empty cell, as Range.values gives it. */
  value(s: SheetState, row: number, col: number): EngineValue {
    const c = this.peek(s, row, col);
    if (!c || c.content === null) return "";
    if (!c.formula) return c.content;
    const v = this.engine.value(s.name, row, col);
    return v === null ? 0 : v;
  }

  /** Range.formulas for one cell: the formula, else the constant (without its apostrophe), else "". */
  formula(s: SheetState, row: number, col: number): Constant {
    const c = this.peek(s, row, col);
    if (!c || c.content === null) return "";
    return c.content;
  }

  text(s: SheetState, row: number, col: number): string {
    const c = this.peek(s, row, col);
    const v = this.value(s, row, col);
    return renderText(v, c?.numberFormat ?? "General", this.locale);
  }

  numberFormat(s: SheetState, row: number, col: number): string {
    return this.peek(s, row, col)?.numberFormat ?? "General";
  }

  format(s: SheetState, row: number, col: number): CellFormat {
    return this.peek(s, row, col)?.format ?? DEFAULT_FORMAT;
  }

  /** Cells of a sheet inside a rectangle that hold anything, without walking empty space. */
  *stored(s: SheetState, r: Rect): Generator<[number, number, CellData]> {
    if (r.rows * r.cols <= s.cells.size) {
      for (let row = r.row; row < r.row + r.rows; row++) {
        for (let col = r.col; col < r.col + r.cols; col++) {
          const c = s.cells.get(key(row, col));
          if (c) yield [row, col, c];
        }
      }
      return;
    }
    for (const [k, c] of s.cells) {
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      if (containsCell(r, row, col)) yield [row, col, c];
    }
  }

  columnWidth(s: SheetState, col: number): number {
    return s.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH;
  }

  rowHeight(s: SheetState, row: number): number {
    return s.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
  }

  /** Bounding box of the cells with content (valuesOnly) or with content or formatting. */
  usedRect(s: SheetState, valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, c] of s.cells) {
      if (valuesOnly && c.content === null) continue;
      const row = Math.floor(k / MAX_COLS);
      const col = k % MAX_COLS;
      top = Math.min(top, row);
      left = Math.min(left, col);
      bottom = Math.max(bottom, row);
      right = Math.max(right, col);
    }
    if (bottom < 0) return null;
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  mergesIntersecting(s: SheetState, r: Rect): Rect[] {
    return s.merges.filter((m) => intersects(m, r));
  }

  // ---- Change notification (the preview re-renders on it).

  touch(): void {
    this.dirty = true;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells listeners once per batch of changes. */
  flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    for (const l of [...this.listeners]) l();
  }

  // ---- For fixtures and assertions (SimWorkbook).

  locate(sheet: string, address: string): { s: SheetState; rect: Rect } {
    const { sheet: named, rest } = splitSheet(address);
    const s = this.sheet(named ?? sheet);
    const rect = parseRect(rest);
    if (!rect) throw new Error(`simulator: bad address "${address}"`);
    return { s, rect };
  }

  simCell(sheet: string, address: string): SimCell {
    const { s, rect } = this.locate(sheet, address);
    const { row, col } = rect;
    const c = this.peek(s, row, col);
    const f = c?.format ?? DEFAULT_FORMAT;
    const borders: Record<string, string> = {};
    for (const side of ["top", "bottom", "left", "right"] as const) {
      if (f.borders[side].style !== "None") borders[side] = `${f.borders[side].style} ${f.borders[side].weight}`;
    }
    return {
      value: this.value(s, row, col),
      formula: c?.formula ? (c.content as string) : null,
      text: this.text(s, row, col),
      numberFormat: c?.numberFormat ?? "General",
      hasApostrophe: c?.apostrophe ?? false,
      format: {
        bold: f.font.bold,
        italic: f.font.italic,
        fontName: f.font.name,
        fontSize: f.font.size,
        fontColor: f.font.color,
        fillColor: f.fill,
        horizontalAlignment: f.horizontalAlignment,
        verticalAlignment: f.verticalAlignment,
        wrapText: f.wrapText,
        borders,
      },
    };
  }

  mergeTexts(sheet: string): string[] {
    return this.sheet(sheet).merges.map(rectText);
  }

  destroy(): void {
    this.engine.destroy();
    this.listeners.clear();
  }
}
