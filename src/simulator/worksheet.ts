/**
 * Excel.Worksheet and WorksheetCollection, with protection (ExcelApi 1.2), frozen panes (1.7)
 * and page layout (1.9).
 */
import { MAX_COLS, MAX_ROWS, parseRect, splitSheet, type Rect } from "./address";
import { ChartCollection } from "./chart";
import { SimObject, type SimContext } from "./context";
import { Range } from "./range";
import type { PageZoom, SheetState } from "./workbook-state";

export class Worksheet extends SimObject {
  readonly typeName = "Worksheet";
  private memo: SheetState | null | undefined;

  constructor(
    context: SimContext,
    parent: SimObject | null,
    pathName: string,
    pathArgs: unknown,
    private readonly locate: () => SheetState | null,
    opts: { nullable?: boolean; minApi?: number } = {},
  ) {
    super(context, parent, pathName, pathArgs, opts.minApi ?? 1, opts.nullable ?? false);
  }

  /** A sheet is not a range: its children do not inherit an address from it. */
  override addressText(): string | undefined {
    return undefined;
  }

  resolve(): SheetState | null {
    if (this.memo === undefined) this.memo = this.locate();
    return this.memo;
  }

  must(): SheetState {
    const s = this.resolve();
    if (!s) throw this.context.error("ItemNotFound", "Worksheet");
    return s;
  }

  protected override exists(): boolean {
    return this.resolve() !== null;
  }

  protected scalarNames(): string[] {
    return ["id", "name", "position", "visibility"];
  }

  protected override navigate(name: string): SimObject | null {
    if (name === "protection") return this.protection;
    if (name === "freezePanes") return this.freezePanes;
    if (name === "pageLayout") return this.pageLayout;
    if (name === "charts") return this.charts;
    return null;
  }

  protected read(name: string): unknown {
    const s = this.must();
    switch (name) {
      case "name": return s.name;
      case "id": return `{sim-${s.name}}`;
      case "position": return this.context.state.sheets.indexOf(s);
      case "visibility": return "Visible";
      default: throw this.context.error("InvalidArgument", "Worksheet.load", name);
    }
  }

  get name(): string { return this.get("name"); }
  get id(): string { return this.get("id"); }
  get position(): number { return this.get("position"); }
  get visibility(): string { return this.get("visibility"); }

  // Navigation properties answer the same proxy every time, as office.js does.
  private nav: { protection?: WorksheetProtection; freezePanes?: WorksheetFreezePanes; pageLayout?: PageLayout; charts?: ChartCollection } = {};
  get protection(): WorksheetProtection { return (this.nav.protection ??= new WorksheetProtection(this.context, this)); }
  get freezePanes(): WorksheetFreezePanes { return (this.nav.freezePanes ??= new WorksheetFreezePanes(this.context, this)); }
  /** ExcelApi 1.9. */
  get pageLayout(): PageLayout { return (this.nav.pageLayout ??= new PageLayout(this.context, this)); }
  get charts(): ChartCollection { return (this.nav.charts ??= new ChartCollection(this.context, this, () => this.must())); }

  /** getRange() is the whole sheet; an address with another sheet's name is refused. */
  getRange(address?: string): Range {
    return new Range(this.context, this, "getRange", [address ?? null], () => {
      const s = this.must();
      if (address === undefined || address === "") return { s, rect: { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } };
      const { sheet, rest } = splitSheet(address);
      if (sheet !== undefined && this.context.state.findSheet(sheet) !== s) throw this.context.error("InvalidArgument", "Worksheet.getRange");
      const rect = parseRect(rest);
      if (!rect) throw this.context.error("InvalidArgument", "Worksheet.getRange");
      return { s, rect };
    });
  }

  /** An empty sheet answers A1 (Worksheet.getUsedRange reference: "it will not throw an error"). */
  getUsedRange(valuesOnly = false): Range {
    return new Range(this.context, this, "getUsedRange", [valuesOnly], () => {
      const s = this.must();
      return { s, rect: this.context.state.usedRect(s, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }

  /** ExcelApi 1.4. */
  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(this.context, this, "getUsedRangeOrNullObject", [valuesOnly], () => {
      const s = this.must();
      const rect = this.context.state.usedRect(s, valuesOnly);
      return rect ? { s, rect } : null;
    }, { minApi: 4, nullable: true });
  }
}

export class WorksheetCollection extends SimObject {
  readonly typeName = "WorksheetCollection";
  private itemsLoaded: Worksheet[] | undefined;

  constructor(context: SimContext, parent: SimObject) {
    super(context, parent, "worksheets", null);
  }

  protected scalarNames(): string[] {
    return ["items"];
  }

  protected read(name: string): unknown {
    if (name === "count") return this.context.state.sheets.length;
    throw this.context.error("InvalidArgument", "WorksheetCollection.load", name);
  }

  override load(option?: unknown): this {
    const text = typeof option === "string" ? option : Array.isArray(option) ? option.join(",") : "items";
    if (!text.includes("items")) return super.load(option);
    this.context.enqueue(this, "load", ["items/name"], () => {
      const sheets = [...this.context.state.sheets];
      return {
        payload: sheets.map((s) => ({ name: s.name })),
        commit: () => {
          this.itemsLoaded = sheets.map((s) => new Worksheet(this.context, this, "getItem", [s.name], () => s).absorb({ name: s.name }));
        },
      };
    }, false);
    return this;
  }

  get items(): Worksheet[] {
    if (!this.itemsLoaded) throw this.context.error("PropertyNotLoaded", "WorksheetCollection.items");
    return this.itemsLoaded;
  }

  /** ItemNotFound at sync when there is no such sheet (names compare case-insensitively). */
  getItem(key: string): Worksheet {
    return new Worksheet(this.context, this, "getItem", [key], () => {
      const s = this.context.state.findSheet(key);
      if (!s) throw this.context.error("ItemNotFound", "WorksheetCollection.getItem");
      return s;
    });
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this.context, this, "getItemOrNullObject", [key], () => this.context.state.findSheet(key) ?? null, { nullable: true, minApi: 4 });
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, this, "getActiveWorksheet", null, () => this.context.state.sheet(this.context.state.activeSheet));
  }

  add(name?: string): Worksheet {
    const made: { s: SheetState | null } = { s: null };
    this.context.enqueue(this, "add", [name ?? null], () => {
      const state = this.context.state;
      let n = name;
      if (n === undefined) for (let i = state.sheets.length + 1; n === undefined || state.findSheet(n); i++) n = `Sheet${i}`;
      if (state.findSheet(n)) throw this.context.error("ItemAlreadyExists", "WorksheetCollection.add");
      if (n.length > 31 || /[\\/?*[\]:]/.test(n)) throw this.context.error("InvalidArgument", "WorksheetCollection.add");
      made.s = state.addSheet(n);
    }, true);
    return new Worksheet(this.context, this, "add", [name ?? null], () => made.s);
  }
}

export class WorksheetProtection extends SimObject {
  readonly typeName = "WorksheetProtection";
  constructor(context: SimContext, private readonly sheet: Worksheet) {
    super(context, sheet, "protection", null, 2);
  }
  protected override exists(): boolean {
    return this.sheet.resolve() !== null;
  }
  protected scalarNames(): string[] {
    return ["protected"];
  }
  protected read(name: string): unknown {
    if (name === "protected") return this.sheet.must().protected;
    if (name === "options") return {};
    throw this.context.error("InvalidArgument", "WorksheetProtection.load", name);
  }
  get protected(): boolean { return this.get("protected"); }
  protect(_options?: unknown, _password?: string): void {
    this.call("protect", null, () => {
      this.sheet.must().protected = true;
      this.context.state.touch();
    });
  }
  unprotect(_password?: string): void {
    this.call("unprotect", null, () => {
      this.sheet.must().protected = false;
      this.context.state.touch();
    });
  }
}

/** Frozen panes (ExcelApi 1.7). The location of frozen rows is whole rows ("Sheet1!1:2"). */
export class WorksheetFreezePanes extends SimObject {
  readonly typeName = "WorksheetFreezePanes";
  constructor(context: SimContext, private readonly sheet: Worksheet) {
    super(context, sheet, "freezePanes", null, 7);
  }
  protected override exists(): boolean {
    return this.sheet.resolve() !== null;
  }
  protected scalarNames(): string[] {
    return [];
  }
  protected read(name: string): unknown {
    throw this.context.error("InvalidArgument", "WorksheetFreezePanes.load", name);
  }
  private freeze(name: string, args: unknown, frozen: (s: SheetState) => { rows: number; cols: number }): void {
    this.call(name, args, () => {
      const s = this.sheet.must();
      const f = frozen(s);
      if (f.rows < 0 || f.cols < 0 || f.rows >= MAX_ROWS || f.cols >= MAX_COLS) throw this.context.error("InvalidArgument", `WorksheetFreezePanes.${name}`);
      s.frozen = f;
      this.context.state.touch();
    });
  }
  freezeRows(count = 1): void {
    this.freeze("freezeRows", [count], () => ({ rows: count, cols: 0 }));
  }
  freezeColumns(count = 1): void {
    this.freeze("freezeColumns", [count], () => ({ rows: 0, cols: count }));
  }
  freezeAt(frozenRange: Range | string): void {
    this.freeze("freezeAt", [String(frozenRange)], (s) => {
      const rect = typeof frozenRange === "string" ? parseRect(splitSheet(frozenRange).rest) : frozenRange.must().rect;
      if (!rect) throw this.context.error("InvalidArgument", "WorksheetFreezePanes.freezeAt");
      void s;
      return { rows: rect.rows === MAX_ROWS ? 0 : rect.row + rect.rows, cols: rect.cols === MAX_COLS ? 0 : rect.col + rect.cols };
    });
  }
  unfreeze(): void {
    this.freeze("unfreeze", null, () => ({ rows: 0, cols: 0 }));
  }
  getLocationOrNullObject(): Range {
    return new Range(this.context, this, "getLocationOrNullObject", null, () => {
      const s = this.sheet.must();
      const { rows, cols } = s.frozen;
      if (rows === 0 && cols === 0) return null;
      const rect: Rect = { row: 0, col: 0, rows: rows === 0 ? MAX_ROWS : rows, cols: cols === 0 ? MAX_COLS : cols };
      return { s, rect };
    }, { minApi: 7, nullable: true });
  }
}

/**
 * Page layout (ExcelApi 1.9). Fit-to-pages zoom ({ horizontalFitToPages }) is not applied while
 * the Page Layout tab of the ribbon is not selected (office-js #1860,
 * https://github.com/OfficeDev/office-js/issues/1860); { scale } is. Unused zoom fields read as null.
 */
export class PageLayout extends SimObject {
  readonly typeName = "PageLayout";
  constructor(context: SimContext, private readonly sheet: Worksheet) {
    super(context, sheet, "pageLayout", null, 9);
  }
  protected override exists(): boolean {
    return this.sheet.resolve() !== null;
  }
  protected scalarNames(): string[] {
    return ["orientation", "paperSize", "zoom"];
  }
  protected read(name: string): unknown {
    const page = this.sheet.must().page;
    if (name === "orientation") return page.orientation;
    if (name === "paperSize") return page.paperSize;
    if (name === "zoom") return { horizontalFitToPages: page.zoom.horizontalFitToPages ?? null, scale: page.zoom.scale ?? null, verticalFitToPages: page.zoom.verticalFitToPages ?? null };
    throw this.context.error("InvalidArgument", "PageLayout.load", name);
  }
  get orientation(): string { return this.get("orientation"); }
  set orientation(v: string) {
    this.set("orientation", v, () => {
      if (v !== "Portrait" && v !== "Landscape") throw this.context.error("InvalidArgument", "PageLayout.orientation");
      this.sheet.must().page.orientation = v;
      this.context.state.touch();
    });
  }
  get paperSize(): string { return this.get("paperSize"); }
  set paperSize(v: string) {
    this.set("paperSize", v, () => {
      this.sheet.must().page.paperSize = v;
      this.context.state.touch();
    });
  }
  get zoom(): PageZoom { return this.get("zoom"); }
  set zoom(v: PageZoom) {
    this.set("zoom", v, () => {
      const page = this.sheet.must().page;
      const fit = v.horizontalFitToPages !== undefined || v.verticalFitToPages !== undefined;
      if (fit && !this.context.state.pageLayoutTabOpen) return;
      const zoom: PageZoom = {};
      for (const k of ["scale", "horizontalFitToPages", "verticalFitToPages"] as const) if (v[k] !== undefined && v[k] !== null) zoom[k] = v[k];
      page.zoom = zoom;
      this.context.state.touch();
    });
  }
}

