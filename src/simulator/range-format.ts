/**
 * Range.format and its parts (font, fill, borders, protection), column widths, row heights and
 * AutoFit. Reading a format property of a range whose cells differ gives null
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values, "null
 * property response"). API sets are those of the reference (@types/office-js "Api set" notes).
 */
import { MAX_COLS, cellsOf, isUnbounded, type Rect } from "./address";
import { autofitColumns, autofitRows } from "./autofit";
import { SimObject, type SimContext } from "./context";
import { DEFAULT_FORMAT, normalizeColor, type BorderSide, type CellFormat, type Side } from "./formats";
import type { SheetState, WorkbookState } from "./workbook-state";

export interface RangeTarget {
  s: SheetState;
  rect: Rect;
}

/** What a range proxy offers its format proxies: where it is, resolved at sync. */
export interface RangeHandle extends SimObject {
  must(): RangeTarget;
  existsNow(): boolean;
  guard(t: RangeTarget, what: string): void;
}

/** The one value every cell of the range has, or null when they differ. */
export function uniform<T>(state: WorkbookState, t: RangeTarget, get: (f: CellFormat) => T): T | null {
  let seen = 0;
  let first: { v: T } | null = null;
  const same = (v: T) => {
    if (!first) first = { v };
    return JSON.stringify(first.v) === JSON.stringify(v);
  };
  for (const [, , c] of state.stored(t.s, t.rect)) {
    seen++;
    if (!same(get(c.format))) return null;
  }
  if (seen < cellsOf(t.rect) && !same(get(DEFAULT_FORMAT))) return null;
  return first ? (first as { v: T }).v : null;
}

/** Applies a format change to every cell of the range (stored cells only for whole rows/columns). */
export function changeFormat(state: WorkbookState, t: RangeTarget, change: (f: CellFormat) => CellFormat): void {
  if (isUnbounded(t.rect)) {
    for (const [row, col] of [...state.stored(t.s, t.rect)]) state.update(t.s, row, col, (c) => ({ ...c, format: change(c.format) }));
    return;
  }
  const cache = new Map<CellFormat, CellFormat>();
  for (let row = t.rect.row; row < t.rect.row + t.rect.rows; row++) {
    for (let col = t.rect.col; col < t.rect.col + t.rect.cols; col++) {
      state.update(t.s, row, col, (c) => {
        let next = cache.get(c.format);
        if (!next) {
          next = change(c.format);
          cache.set(c.format, next);
        }
        return { ...c, format: next };
      });
    }
  }
}

abstract class FormatPart extends SimObject {
  constructor(
    context: SimContext,
    protected readonly range: RangeHandle,
    parent: SimObject,
    name: string,
    minApi = 1,
  ) {
    super(context, parent, name, null, minApi);
  }

  protected override exists(): boolean {
    return this.range.existsNow();
  }

  protected get state(): WorkbookState {
    return this.context.state;
  }

  protected write(name: string, value: unknown, change: (f: CellFormat) => CellFormat, minApi?: number): void {
    this.set(name, value, () => {
      const t = this.range.must();
      this.range.guard(t, `${this.typeName}.${name}`);
      changeFormat(this.state, t, change);
    }, minApi);
  }

  protected colorOf(name: string, value: unknown): string {
    const c = typeof value === "string" ? normalizeColor(value) : null;
    if (!c) throw this.context.error("InvalidArgument", `${this.typeName}.${name}`);
    return c;
  }
}

export class RangeFont extends FormatPart {
  readonly typeName = "RangeFont";
  protected scalarNames(): string[] {
    return ["bold", "italic", "color", "name", "size", "underline", "strikethrough"];
  }
  protected read(name: string): unknown {
    const key = name as keyof CellFormat["font"];
    return uniform(this.state, this.range.must(), (f) => f.font[key]);
  }
  private font(name: keyof CellFormat["font"], value: unknown): void {
    this.write(name, value, (f) => ({ ...f, font: { ...f.font, [name]: value } }));
  }
  get bold(): boolean { return this.get("bold"); }
  set bold(v: boolean) { this.font("bold", v); }
  get italic(): boolean { return this.get("italic"); }
  set italic(v: boolean) { this.font("italic", v); }
  get name(): string { return this.get("name"); }
  set name(v: string) { this.font("name", v); }
  get size(): number { return this.get("size"); }
  set size(v: number) { this.font("size", v); }
  get underline(): string { return this.get("underline"); }
  set underline(v: string) { this.font("underline", v); }
  get strikethrough(): boolean { return this.get("strikethrough"); }
  set strikethrough(v: boolean) { this.font("strikethrough", v); }
  get color(): string { return this.get("color"); }
  set color(v: string) {
    this.set("color", v, () => {
      const c = this.colorOf("color", v);
      const t = this.range.must();
      this.range.guard(t, "RangeFont.color");
      changeFormat(this.state, t, (f) => ({ ...f, font: { ...f.font, color: c } }));
    });
  }
}

/**
 * A cell with "No Fill" reports color "#FFFFFF" and pattern null, like a white one
 * (office-js #6218 https://github.com/OfficeDev/office-js/issues/6218, #4900
 * https://github.com/OfficeDev/office-js/issues/4900); only tintAndShade (null for no fill)
 * tells them apart. Setting a colour, even "#FFFFFF", makes a solid fill; clear() removes it.
 */
export class RangeFill extends FormatPart {
  readonly typeName = "RangeFill";
  protected scalarNames(): string[] {
    return ["color"];
  }
  protected read(name: string): unknown {
    const t = this.range.must();
    if (name === "color") return uniform(this.state, t, (f) => f.fill ?? "#FFFFFF");
    if (name === "pattern") return uniform(this.state, t, (f) => (f.fill === null ? null : "Solid"));
    if (name === "tintAndShade") return uniform(this.state, t, (f) => (f.fill === null ? null : 0));
    throw this.context.error("InvalidArgument", `RangeFill.${name}`);
  }
  get color(): string { return this.get("color"); }
  set color(v: string) {
    this.set("color", v, () => {
      const c = this.colorOf("color", v);
      const t = this.range.must();
      this.range.guard(t, "RangeFill.color");
      changeFormat(this.state, t, (f) => ({ ...f, fill: c }));
    });
  }
  /** ExcelApi 1.9. */
  get pattern(): string | null { return this.get("pattern"); }
  get tintAndShade(): number | null { return this.get("tintAndShade"); }
  clear(): void {
    this.call("clear", null, () => {
      const t = this.range.must();
      this.range.guard(t, "RangeFill.clear");
      changeFormat(this.state, t, (f) => ({ ...f, fill: null }));
    });
  }
}

type EdgeName = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical" | "DiagonalDown" | "DiagonalUp";

/** Which side of which cells an edge of the range is. */
function edgeCells(edge: EdgeName, rect: Rect, row: number, col: number): Side[] {
  const top = row === rect.row;
  const bottom = row === rect.row + rect.rows - 1;
  const left = col === rect.col;
  const right = col === rect.col + rect.cols - 1;
  switch (edge) {
    case "EdgeTop": return top ? ["top"] : [];
    case "EdgeBottom": return bottom ? ["bottom"] : [];
    case "EdgeLeft": return left ? ["left"] : [];
    case "EdgeRight": return right ? ["right"] : [];
    case "InsideHorizontal": return [...(top ? [] : ["top" as const]), ...(bottom ? [] : ["bottom" as const])];
    case "InsideVertical": return [...(left ? [] : ["left" as const]), ...(right ? [] : ["right" as const])];
    default: return [];
  }
}

export class RangeBorder extends FormatPart {
  readonly typeName = "RangeBorder";
  constructor(context: SimContext, range: RangeHandle, parent: SimObject, private readonly edge: EdgeName) {
    super(context, range, parent, "getItem", 1);
  }
  protected scalarNames(): string[] {
    return ["style", "color", "weight", "sideIndex"];
  }
  protected read(name: string): unknown {
    if (name === "sideIndex") return this.edge;
    const t = this.range.must();
    const values = new Set<string>();
    for (let row = t.rect.row; row < t.rect.row + Math.min(t.rect.rows, 100_000); row++) {
      for (let col = t.rect.col; col < t.rect.col + t.rect.cols; col++) {
        for (const side of edgeCells(this.edge, t.rect, row, col)) {
          values.add(this.state.format(t.s, row, col).borders[side][name as keyof BorderSide]);
        }
      }
    }
    return values.size === 1 ? [...values][0] : values.size === 0 ? (name === "style" ? "None" : null) : null;
  }
  private side(name: keyof BorderSide, value: string): void {
    this.set(name, value, () => {
      const v = name === "color" ? this.colorOf("color", value) : value;
      const t = this.range.must();
      this.range.guard(t, `RangeBorder.${name}`);
      // Equal formats on equal sides give equal results: computed once (a table column is one format).
      const cache = new Map<string, Map<CellFormat, CellFormat>>();
      for (let row = t.rect.row; row < t.rect.row + t.rect.rows; row++) {
        for (let col = t.rect.col; col < t.rect.col + t.rect.cols; col++) {
          const sides = edgeCells(this.edge, t.rect, row, col);
          if (sides.length === 0) continue;
          const bySides = cache.get(sides.join()) ?? new Map<CellFormat, CellFormat>();
          cache.set(sides.join(), bySides);
          this.state.update(t.s, row, col, (c) => {
            let next = bySides.get(c.format);
            if (!next) {
              const borders = { ...c.format.borders };
              for (const s of sides) borders[s] = { ...borders[s], [name]: v };
              next = { ...c.format, borders };
              bySides.set(c.format, next);
            }
            return { ...c, format: next };
          });
        }
      }
    });
  }
  get style(): string { return this.get("style"); }
  set style(v: string) { this.side("style", v); }
  get weight(): string { return this.get("weight"); }
  set weight(v: string) { this.side("weight", v); }
  get color(): string { return this.get("color"); }
  set color(v: string) { this.side("color", v); }
  get sideIndex(): string { return this.get("sideIndex"); }
}

export class RangeBorderCollection extends FormatPart {
  readonly typeName = "RangeBorderCollection";
  protected scalarNames(): string[] {
    return ["count"];
  }
  protected read(name: string): unknown {
    if (name === "count") return 8;
    throw this.context.error("InvalidArgument", `RangeBorderCollection.${name}`);
  }
  getItem(index: EdgeName | string): RangeBorder {
    return new RangeBorder(this.context, this.range, this, index as EdgeName);
  }
}

/** Range.format: alignment, wrap, widths and heights; font, fill and borders above. */
export class RangeFormat extends SimObject {
  readonly typeName = "RangeFormat";

  constructor(context: SimContext, private readonly range: RangeHandle) {
    super(context, range, "format", null);
  }

  protected override exists(): boolean {
    return this.range.existsNow();
  }

  protected scalarNames(): string[] {
    return ["columnWidth", "rowHeight", "useStandardHeight", "horizontalAlignment", "verticalAlignment", "wrapText"];
  }

  protected override navigate(name: string): SimObject | null {
    if (name === "font") return this.font;
    if (name === "fill") return this.fill;
    if (name === "borders") return this.borders;
    return null;
  }

  protected read(name: string): unknown {
    const t = this.range.must();
    const state = this.context.state;
    switch (name) {
      case "columnWidth": {
        const widths = new Set(Array.from({ length: Math.min(t.rect.cols, MAX_COLS) }, (_, i) => state.columnWidth(t.s, t.rect.col + i)));
        return widths.size === 1 ? [...widths][0] : null;
      }
      case "rowHeight": {
        const heights = new Set(Array.from({ length: Math.min(t.rect.rows, 100_000) }, (_, i) => state.rowHeight(t.s, t.rect.row + i)));
        return heights.size === 1 ? [...heights][0] : null;
      }
      case "useStandardHeight": {
        // RangeFormat.useStandardHeight (ExcelApi 1.7): true when every row has the sheet's standard height, null
        // when the rows' heights differ, false otherwise. Here a row has the standard height until one is set.
        const rows = Array.from({ length: Math.min(t.rect.rows, 100_000) }, (_, i) => t.rect.row + i);
        if (rows.every((r) => !t.s.rowHeights.has(r))) return true;
        const heights = new Set(rows.map((r) => state.rowHeight(t.s, r)));
        return heights.size === 1 ? false : null;
      }
      case "horizontalAlignment": return uniform(state, t, (f) => f.horizontalAlignment);
      case "verticalAlignment": return uniform(state, t, (f) => f.verticalAlignment);
      case "wrapText": return uniform(state, t, (f) => f.wrapText);
      default: throw this.context.error("InvalidArgument", "RangeFormat.load", name);
    }
  }

  private nav: { font?: RangeFont; fill?: RangeFill; borders?: RangeBorderCollection } = {};
  get font(): RangeFont { return (this.nav.font ??= new RangeFont(this.context, this.range, this, "font")); }
  get fill(): RangeFill { return (this.nav.fill ??= new RangeFill(this.context, this.range, this, "fill")); }
  get borders(): RangeBorderCollection { return (this.nav.borders ??= new RangeBorderCollection(this.context, this.range, this, "borders")); }

  private cells(name: string, value: unknown, change: (f: typeof DEFAULT_FORMAT) => typeof DEFAULT_FORMAT): void {
    this.set(name, value, () => {
      const t = this.range.must();
      this.range.guard(t, `RangeFormat.${name}`);
      changeFormat(this.context.state, t, change);
    });
  }

  get horizontalAlignment(): string { return this.get("horizontalAlignment"); }
  set horizontalAlignment(v: string) { this.cells("horizontalAlignment", v, (f) => ({ ...f, horizontalAlignment: v })); }
  get verticalAlignment(): string { return this.get("verticalAlignment"); }
  set verticalAlignment(v: string) { this.cells("verticalAlignment", v, (f) => ({ ...f, verticalAlignment: v })); }
  get wrapText(): boolean { return this.get("wrapText"); }
  set wrapText(v: boolean) { this.cells("wrapText", v, (f) => ({ ...f, wrapText: v })); }

  /** Points; ExcelApi 1.2. */
  get columnWidth(): number { return this.get("columnWidth"); }
  set columnWidth(v: number) {
    this.set("columnWidth", v, () => {
      const t = this.range.must();
      this.range.guard(t, "RangeFormat.columnWidth");
      if (typeof v !== "number" || v < 0 || v > 255 * 7.5) throw this.context.error("InvalidArgument", "RangeFormat.columnWidth");
      for (let c = t.rect.col; c < t.rect.col + t.rect.cols; c++) t.s.columnWidths.set(c, v);
      this.context.state.touch();
    }, 2);
  }

  /** Points; ExcelApi 1.2. */
  get rowHeight(): number { return this.get("rowHeight"); }
  set rowHeight(v: number) {
    this.set("rowHeight", v, () => {
      const t = this.range.must();
      this.range.guard(t, "RangeFormat.rowHeight");
      if (typeof v !== "number" || v < 0 || v > 409) throw this.context.error("InvalidArgument", "RangeFormat.rowHeight");
      for (let r = t.rect.row; r < t.rect.row + Math.min(t.rect.rows, 100_000); r++) t.s.rowHeights.set(r, v);
      this.context.state.touch();
    }, 2);
  }

  /**
   * ExcelApi 1.7. "Only intended to be set to true. Setting it to false has no effect" (RangeFormat reference):
   * true gives the rows back the sheet's standard height, so they grow with their text again.
   */
  get useStandardHeight(): boolean { return this.get("useStandardHeight"); }
  set useStandardHeight(v: boolean) {
    this.set("useStandardHeight", v, () => {
      const t = this.range.must();
      this.range.guard(t, "RangeFormat.useStandardHeight");
      if (v !== true) return;
      for (let r = t.rect.row; r < t.rect.row + Math.min(t.rect.rows, 100_000); r++) t.s.rowHeights.delete(r);
      this.context.state.touch();
    }, 7);
  }

  /** ExcelApi 1.2; merged cells are not auto-fitted (see autofit.ts). */
  autofitColumns(): void {
    this.call("autofitColumns", null, () => {
      const t = this.range.must();
      this.range.guard(t, "RangeFormat.autofitColumns");
      autofitColumns(this.context.state, t.s, t.rect);
    }, 2);
  }

  autofitRows(): void {
    this.call("autofitRows", null, () => {
      const t = this.range.must();
      this.range.guard(t, "RangeFormat.autofitRows");
      autofitRows(this.context.state, t.s, t.rect);
    }, 2);
  }
}
