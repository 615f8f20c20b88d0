/**
 * Excel.Range: an address on a sheet, resolved when the batch runs (so getSelectedRange,
 * getUsedRange and getSurroundingRegion see the workbook as the earlier actions left it).
 * Cell-level properties (values, formulas, numberFormat, text) of whole rows or columns load as
 * null and cannot be set (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-unbounded).
 */
import {
  MAX_COLS, boundingRect, fullAddress, insideSheet, intersection, isUnbounded, parseRect, rectText, splitSheet, type Rect,
} from "./address";
import { applyCellProperties, cellProperties } from "./cell-properties";
import { ClientResult, SimObject, copy, type SimContext } from "./context";
import { DEFAULT_FORMAT } from "./formats";
import { RangeAreas } from "./range-areas";
import { RangeFormat, type RangeHandle, type RangeTarget } from "./range-format";
import { surroundingRegion } from "./region";
import { TableScopedCollection } from "./tables";
import { Worksheet } from "./worksheet";

export type { RangeTarget };

// The *Local variants (vi-VN separators and codes) are left out: the add-in reads the invariant ones.
const CELL_LEVEL = new Set(["values", "formulas", "numberFormat", "text"]);

export class Range extends SimObject implements RangeHandle {
  readonly typeName: string = "Range";
  private memo: RangeTarget | null | undefined;

  constructor(
    context: SimContext,
    parent: SimObject | null,
    pathName: string,
    pathArgs: unknown,
    private readonly locate: () => RangeTarget | null,
    opts: { minApi?: number; nullable?: boolean } = {},
  ) {
    super(context, parent, pathName, pathArgs, opts.minApi ?? 1, opts.nullable ?? false);
  }

  /** The target, resolved once (at the first action that needs it). */
  resolve(): RangeTarget | null {
    if (this.memo === undefined) this.memo = this.locate();
    return this.memo;
  }

  must(): RangeTarget {
    const t = this.resolve();
    if (!t) throw this.context.error("ItemNotFound", `${this.typeName}`);
    return t;
  }

  existsNow(): boolean {
    return this.resolve() !== null;
  }

  override addressText(): string | undefined {
    try {
      const t = this.resolve();
      return t ? rectText(t.rect) : undefined;
    } catch {
      return undefined;
    }
  }

  protected override exists(): boolean {
    return this.existsNow();
  }

  /**
   * A protected sheet refuses changes to its (locked) cells. The code is an assumption: the
   * reference does not say which code Excel uses; "AccessDenied" is Excel.ErrorCodes' "You cannot
   * perform the requested operation" and what users report for protected sheets.
   */
  guard(t: RangeTarget, what: string): void {
    if (t.s.protected) throw this.context.error("AccessDenied", what);
  }

  protected derive(name: string, args: unknown, fn: (t: RangeTarget) => Rect | null, opts: { minApi?: number; nullable?: boolean } = {}): Range {
    return new Range(this.context, this, name, args, () => {
      const t = this.must();
      const rect = fn(t);
      if (rect === null) {
        if (opts.nullable) return null;
        throw this.context.error("ItemNotFound", `Range.${name}`);
      }
      if (!insideSheet(rect)) throw this.context.error("InvalidArgument", `Range.${name}`);
      return { s: t.s, rect };
    }, opts);
  }

  protected scalarNames(): string[] {
    return ["address", "addressLocal", "cellCount", "columnCount", "columnIndex", "rowCount", "rowIndex", "values", "formulas", "numberFormat", "text"];
  }

  protected override navigate(name: string): SimObject | null {
    if (name === "format") return this.format;
    if (name === "worksheet") return this.worksheet;
    return null;
  }

  protected read(name: string): unknown {
    const t = this.must();
    const { s, rect } = t;
    const state = this.context.state;
    if (CELL_LEVEL.has(name) && isUnbounded(rect)) return null;
    switch (name) {
      case "address":
      case "addressLocal":
        return fullAddress(s.name, rect);
      case "rowIndex": return rect.row;
      case "columnIndex": return rect.col;
      case "rowCount": return rect.rows;
      case "columnCount": return rect.cols;
      case "cellCount": return rect.rows * rect.cols;
      case "values": return this.grid(t, (row, col) => state.value(s, row, col));
      case "formulas":
        return this.grid(t, (row, col) => state.formula(s, row, col));
      case "numberFormat":
        return this.grid(t, (row, col) => state.numberFormat(s, row, col));
      case "text": return this.grid(t, (row, col) => state.text(s, row, col));
      default:
        throw this.context.error("InvalidArgument", `Range.load`, name);
    }
  }

  private grid<T>(t: RangeTarget, cell: (row: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let row = t.rect.row; row < t.rect.row + t.rect.rows; row++) {
      const line: T[] = [];
      for (let col = t.rect.col; col < t.rect.col + t.rect.cols; col++) line.push(cell(row, col));
      out.push(line);
    }
    return out;
  }

  // ---- Loaded properties.
  get address(): string { return this.get("address"); }
  get addressLocal(): string { return this.get("addressLocal"); }
  get rowIndex(): number { return this.get("rowIndex"); }
  get columnIndex(): number { return this.get("columnIndex"); }
  get rowCount(): number { return this.get("rowCount"); }
  get columnCount(): number { return this.get("columnCount"); }
  get cellCount(): number { return this.get("cellCount"); }
  get text(): string[][] { return this.get("text"); }

  get values(): unknown[][] { return this.get("values"); }
  set values(v: unknown[][]) { this.setCells("values", v); }
  get formulas(): unknown[][] { return this.get("formulas"); }
  set formulas(v: unknown[][]) { this.setCells("formulas", v); }
  get numberFormat(): unknown[][] { return this.get("numberFormat"); }
  set numberFormat(v: unknown[][]) { this.setNumberFormat(v); }

  /** A 2-D array of the range's size, or one value for every cell; else InvalidArgument. */
  private cellsOf(name: string, input: unknown, rect: Rect): (r: number, c: number) => unknown {
    if (!Array.isArray(input)) return () => input;
    const rows = input as unknown[];
    const ok = rows.length === rect.rows && rows.every((line) => Array.isArray(line) && line.length === rect.cols);
    if (!ok) throw this.context.error("InvalidArgument", `Range.${name}`, `(${rows.length} rows given for ${rect.rows}×${rect.cols})`);
    return (r, c) => (rows[r] as unknown[])[c];
  }

  private setCells(name: string, input: unknown): void {
    this.set(name, input, () => {
      const t = this.must();
      if (isUnbounded(t.rect)) throw this.context.error("InvalidArgument", `Range.${name}`);
      this.guard(t, `Range.${name}`);
      const at = this.cellsOf(name, input, t.rect);
      if (!this.context.state.writeGrid(t.s, t.rect, at)) throw this.context.error("InvalidArgument", `Range.${name}`);
    });
  }

  private setNumberFormat(input: unknown): void {
    this.set("numberFormat", input, () => {
      const t = this.must();
      if (isUnbounded(t.rect)) throw this.context.error("InvalidArgument", "Range.numberFormat");
      this.guard(t, "Range.numberFormat");
      const at = this.cellsOf("numberFormat", input, t.rect);
      const state = this.context.state;
      for (let r = 0; r < t.rect.rows; r++) {
        for (let c = 0; c < t.rect.cols; c++) {
          const nf = at(r, c);
          if (nf === null || nf === undefined) continue;
          if (typeof nf !== "string") throw this.context.error("InvalidArgument", "Range.numberFormat");
          state.update(t.s, t.rect.row + r, t.rect.col + c, (cell) => ({ ...cell, numberFormat: nf }));
        }
      }
    });
  }

  // ---- Navigation.
  // Navigation properties answer the same proxy every time, as office.js does.
  private nav: { format?: RangeFormat; worksheet?: Worksheet } = {};

  get format(): RangeFormat {
    return (this.nav.format ??= new RangeFormat(this.context, this));
  }

  get worksheet(): Worksheet {
    return (this.nav.worksheet ??= new Worksheet(this.context, this, "worksheet", null, () => this.must().s));
  }

  getCell(row: number, column: number): Range {
    return this.derive("getCell", [row, column], (t) => ({ row: t.rect.row + row, col: t.rect.col + column, rows: 1, cols: 1 }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derive("getOffsetRange", [rowOffset, columnOffset], (t) => ({ ...t.rect, row: t.rect.row + rowOffset, col: t.rect.col + columnOffset }));
  }

  /** ExcelApi 1.2. */
  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derive("getResizedRange", [deltaRows, deltaColumns], (t) => ({ ...t.rect, rows: t.rect.rows + deltaRows, cols: t.rect.cols + deltaColumns }), { minApi: 2 });
  }

  getColumn(column: number): Range {
    return this.derive("getColumn", [column], (t) => ({ ...t.rect, col: t.rect.col + column, cols: 1 }));
  }

  /** The whole rows the range spans ("3:3"): an unbounded range. */
  getEntireRow(): Range {
    return this.derive("getEntireRow", null, (t) => ({ row: t.rect.row, rows: t.rect.rows, col: 0, cols: MAX_COLS }));
  }

  private otherRect(other: Range | string, t: RangeTarget): Rect {
    if (typeof other !== "string") return other.must().rect;
    const rect = parseRect(splitSheet(other).rest);
    if (!rect) throw this.context.error("InvalidArgument", "Range.getIntersection");
    return rect;
  }

  getIntersection(other: Range | string): Range {
    return this.derive("getIntersection", [String(other)], (t) => intersection(t.rect, this.otherRect(other, t)));
  }

  /** ExcelApi 1.4. */
  getIntersectionOrNullObject(other: Range | string): Range {
    return this.derive("getIntersectionOrNullObject", [String(other)], (t) => intersection(t.rect, this.otherRect(other, t)), { minApi: 4, nullable: true });
  }

  getBoundingRect(other: Range | string): Range {
    return this.derive("getBoundingRect", [String(other)], (t) => boundingRect(t.rect, this.otherRect(other, t)));
  }

  /** The used cells inside this range; ItemNotFound when there are none (Range.getUsedRange reference). */
  getUsedRange(valuesOnly = false): Range {
    return this.derive("getUsedRange", [valuesOnly], (t) => {
      const used = this.context.state.usedRect(t.s, valuesOnly);
      return used ? intersection(used, t.rect) : null;
    });
  }

  /** ExcelApi 1.4. */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this.derive("getUsedRangeOrNullObject", [valuesOnly], (t) => {
      const used = this.context.state.usedRect(t.s, valuesOnly);
      return used ? intersection(used, t.rect) : null;
    }, { minApi: 4, nullable: true });
  }

  /** The current region (Ctrl+Shift+*) around the range; ExcelApi 1.7. */
  getSurroundingRegion(): Range {
    return this.derive("getSurroundingRegion", null, (t) => surroundingRegion(this.context.state, t.s, t.rect), { minApi: 7 });
  }

  /**
   * Only merged areas whose TOP-LEFT cell lies inside the range are returned; a merge that starts
   * above or left of the range and reaches into it is not (office-js #3611, "by design":
   * https://github.com/OfficeDev/office-js/issues/3611). ExcelApi 1.13.
   */
  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(this.context, this, "getMergedAreasOrNullObject", () => {
      const t = this.must();
      const rects = t.s.merges.filter((m) => m.row >= t.rect.row && m.row < t.rect.row + t.rect.rows && m.col >= t.rect.col && m.col < t.rect.col + t.rect.cols);
      return rects.length > 0 ? { s: t.s, rects } : null;
    });
  }

  /** Excel tables overlapping (or inside, with fullyContained) the range; ExcelApi 1.9. */
  getTables(fullyContained = false): TableScopedCollection {
    return new TableScopedCollection(this.context, this, [fullyContained], () => {
      const t = this.must();
      return t.s.tables.filter((tb) =>
        fullyContained
          ? tb.rect.row >= t.rect.row && tb.rect.col >= t.rect.col && tb.rect.row + tb.rect.rows <= t.rect.row + t.rect.rows && tb.rect.col + tb.rect.cols <= t.rect.col + t.rect.cols
          : intersection(tb.rect, t.rect) !== null,
      );
    });
  }

  // ---- Methods that change the workbook.

  /** Merging keeps only the upper-left cell's content (Range.merge / Excel's Merge & Center). */
  merge(across = false): void {
    this.call("merge", [across], () => {
      const t = this.must();
      this.guard(t, "Range.merge");
      const { s, rect } = t;
      const areas = across ? Array.from({ length: rect.rows }, (_, i) => ({ ...rect, row: rect.row + i, rows: 1 })) : [rect];
      const state = this.context.state;
      for (const area of areas) {
        if (area.rows * area.cols < 2) continue;
        s.merges = s.merges.filter((m) => !intersection(m, area));
        for (const [row, col] of [...state.stored(s, area)]) {
          if (row !== area.row || col !== area.col) state.update(s, row, col, (c) => ({ ...c, content: null, formula: false, apostrophe: false }));
        }
        s.merges.push(area);
      }
      state.touch();
    }, 2);
  }

  /** Unmerges every merged area that intersects the range. */
  unmerge(): void {
    this.call("unmerge", null, () => {
      const t = this.must();
      this.guard(t, "Range.unmerge");
      t.s.merges = t.s.merges.filter((m) => !intersection(m, t.rect));
      this.context.state.touch();
    }, 2);
  }

  /**
   * clear("All" | "Formats" | "Contents"). Clearing formats resets number formats to General and
   * unmerges, as Home > Clear > Clear Formats does.
   */
  clear(applyTo: string = "All"): void {
    this.call("clear", [applyTo], () => {
      const t = this.must();
      this.guard(t, "Range.clear");
      const state = this.context.state;
      const contents = applyTo === "All" || applyTo === "Contents";
      const formats = applyTo === "All" || applyTo === "Formats";
      if (!contents && !formats && applyTo !== "Hyperlinks" && applyTo !== "RemoveHyperlinks" && applyTo !== "ResetContents") {
        throw this.context.error("InvalidArgument", "Range.clear");
      }
      for (const [row, col] of [...state.stored(t.s, t.rect)]) {
        state.update(t.s, row, col, (c) => ({
          ...c,
          ...(contents ? { content: null, formula: false, apostrophe: false } : {}),
          ...(formats ? { numberFormat: "General", format: DEFAULT_FORMAT } : {}),
        }));
      }
      if (formats) t.s.merges = t.s.merges.filter((m) => !intersection(m, t.rect));
    });
  }

  /** ExcelApi 1.9. */
  getCellProperties(cellPropertiesLoadOptions: Record<string, unknown>): ClientResult<unknown[][]> {
    return this.callResult("getCellProperties", cellPropertiesLoadOptions, () => {
      const t = this.must();
      if (isUnbounded(t.rect)) throw this.context.error("InvalidArgument", "Range.getCellProperties");
      return cellProperties(this.context.state, t.s, t.rect, cellPropertiesLoadOptions, (row, col) => fullAddress(t.s.name, { row, col, rows: 1, cols: 1 }));
    }, 9);
  }

  /** ExcelApi 1.9. */
  setCellProperties(cellPropertiesData: unknown[][]): void {
    const data = copy(cellPropertiesData);
    this.call("setCellProperties", data, () => {
      const t = this.must();
      this.guard(t, "Range.setCellProperties");
      const at = this.cellsOf("setCellProperties", data, t.rect);
      const state = this.context.state;
      for (let r = 0; r < t.rect.rows; r++) {
        for (let c = 0; c < t.rect.cols; c++) {
          const props = at(r, c) as Parameters<typeof applyCellProperties>[1];
          state.update(t.s, t.rect.row + r, t.rect.col + c, (cell) => {
            const format = applyCellProperties(cell.format, props);
            if (!format) throw this.context.error("InvalidArgument", "Range.setCellProperties");
            return { ...cell, format };
          });
        }
      }
    }, 9);
  }

}
