/**
 * A hand fake of the part of the Excel JavaScript API that src/excel uses, for tests and the
 * benchmark. office-addin-mock cannot model addressable ranges, null objects, merges, formats,
 * settings or failing syncs, so this fake does, with Office.js batch semantics:
 * - property sets and method calls are queued and run in order at context.sync();
 * - loaded properties can only be read after a sync (else PropertyNotLoaded, like Office.js);
 * - every set, call and load is recorded with the sync it went out in, and each sync's
 *   approximate request size (100 bytes per action plus the JSON of its arguments);
 * - a sync can be made to fail after applying some of its actions (Excel batches are not
 *   transactional), the sheet can be protected, and Excel can be "in cell-edit mode".
 */
import { parseCellAddress, parseRangeAddress, rangeAddress } from "../../src/core/a1";

type Content = string | number | boolean;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface FakeCell {
  formula: Content;
  numberFormat: string;
  /** Flat format keys: "font.bold", "fill.color", "borders.top.style", "wrapText", ... */
  format: Record<string, unknown>;
}

const SIDES = ["top", "bottom", "left", "right"] as const;

export function defaultFormat(): Record<string, unknown> {
  const f: Record<string, unknown> = {
    "font.bold": false,
    "font.italic": false,
    "font.color": "#000000",
    "font.name": "Calibri",
    "font.size": 11,
    "fill.color": "#FFFFFF",
    "fill.pattern": "None",
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    wrapText: false,
  };
  for (const s of SIDES) {
    f[`borders.${s}.style`] = "None";
    f[`borders.${s}.color`] = "#000000";
    f[`borders.${s}.weight`] = "Thin";
  }
  return f;
}

export interface FakeSheetState {
  name: string;
  cells: Map<string, FakeCell>;
  merges: Rect[];
  protected: boolean;
  tables: { name: string; rect: Rect }[];
  columnWidths: Map<number, number>;
  /** Frozen area, e.g. "1:3", or null. */
  frozen: string | null;
  page: { orientation: string; paperSize: string; zoom: Record<string, number> };
  /** Charts added through worksheet.charts (ExcelApi 1.1, series 1.7). */
  charts: FakeChartState[];
}

export interface FakeSeriesState {
  name: string;
  /** Addresses of the ranges given to setValues / setXAxisValues ("Sheet1!J8:J20"). */
  values: string | null;
  xValues: string | null;
  /** Set when the series' own type differs from the chart's (a combo chart). */
  chartType: string | null;
  hasDataLabels: boolean;
}

export interface FakeChartState {
  type: string;
  /** The range given to charts.add; it makes the first series. */
  source: string;
  seriesBy: string;
  name: string;
  title: string;
  /** setPosition's start and end cells. */
  position: { start: string; end: string | null } | null;
  series: FakeSeriesState[];
}

export const DEFAULT_COLUMN_WIDTH = 48;

export interface OfficeErrorLike extends Error {
  code: string;
}

export function officeError(code: string, message: string): OfficeErrorLike {
  const e = new Error(message) as OfficeErrorLike;
  e.name = "RichApi.Error";
  e.code = code;
  return e;
}

export interface LogEntry {
  sync: number;
  target: string;
  name: string;
  value?: unknown;
}

interface Action {
  bytes: number;
  write: boolean;
  sheet?: FakeSheetState;
  run: () => void;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function rectOf(address: string): Rect {
  const bare = address.slice(address.lastIndexOf("!") + 1);
  const whole = /^\$?([A-Z]+):\$?([A-Z]+)$/i.exec(bare);
  if (whole) {
    const a = parseCellAddress(`${whole[1]}1`)!;
    const b = parseCellAddress(`${whole[2]}1`)!;
    return { row: 0, col: a.col, rows: 1048576, cols: b.col - a.col + 1 };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(bare);
  if (rows) return { row: Number(rows[1]) - 1, col: 0, rows: Number(rows[2]) - Number(rows[1]) + 1, cols: 16384 };
  const r = parseRangeAddress(bare);
  if (!r) throw officeError("InvalidArgument", `Bad address ${address}`);
  return r;
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

export class FakeExcel {
  sheets = new Map<string, FakeSheetState>();
  activeSheet: string;
  selection: { sheet: string; rect: Rect };
  settings = new Map<string, unknown>();
  /** The highest ExcelApi 1.x this fake host claims (13: ExcelApi 1.13). */
  apiMinor = 13;
  syncCount = 0;
  /** Request size of each sync, in order. */
  syncBytes: number[] = [];
  /** Response size of each sync: the JSON of everything loaded. */
  responseBytes: number[] = [];
  sets: LogEntry[] = [];
  loads: LogEntry[] = [];
  /** Next runs whose first sync fails in cell-edit mode. */
  cellEditRuns = 0;
  private failures = new Map<number, { error: Error; applied: number }>();
  runs = 0;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const n of sheetNames) this.addSheet(n);
    this.activeSheet = sheetNames[0] ?? "Sheet1";
    this.selection = { sheet: this.activeSheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
  }

  addSheet(name: string): FakeSheetState {
    const s: FakeSheetState = {
      name,
      cells: new Map(),
      merges: [],
      protected: false,
      tables: [],
      columnWidths: new Map(),
      frozen: null,
      page: { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 } },
      charts: [],
    };
    this.sheets.set(name, s);
    return s;
  }

  /** A sheet object outside the workbook: what a null object or a failed getItem points at. */
  addSheetDetached(name: string): FakeSheetState {
    const detached = this.addSheet(name);
    this.sheets.delete(name);
    return detached;
  }

  sheet(name = this.activeSheet): FakeSheetState {
    const s = this.sheets.get(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  select(address: string, sheet = this.activeSheet): void {
    this.activeSheet = sheet;
    this.selection = { sheet, rect: rectOf(address) };
  }

  /** Makes sync number n (1-based, counted over the fake's life) fail after `applied` actions. */
  failSync(n: number, error: Error, applied = 0): void {
    this.failures.set(n, { error, applied });
  }

  // ---- Direct state access for tests (not through the API).
  cell(address: string, sheet = this.activeSheet): FakeCell {
    const p = parseCellAddress(address)!;
    return this.sheet(sheet).cells.get(`${p.row},${p.col}`) ?? { formula: "", numberFormat: "General", format: defaultFormat() };
  }

  put(address: string, formula: Content, sheet = this.activeSheet, numberFormat = "General"): void {
    const p = parseCellAddress(address)!;
    const c = this.cellAt(this.sheet(sheet), p.row, p.col);
    c.formula = formula;
    c.numberFormat = numberFormat;
  }

  cellAt(s: FakeSheetState, row: number, col: number): FakeCell {
    const k = `${row},${col}`;
    let c = s.cells.get(k);
    if (!c) {
      c = { formula: "", numberFormat: "General", format: defaultFormat() };
      s.cells.set(k, c);
    }
    return c;
  }

  peek(s: FakeSheetState, row: number, col: number): FakeCell | undefined {
    return s.cells.get(`${row},${col}`);
  }

  /** Everything about a sheet, for before/after comparisons. */
  dump(sheet = this.activeSheet): unknown {
    const s = this.sheet(sheet);
    const cells = [...s.cells.entries()]
      .filter(([, c]) => c.formula !== "" || c.numberFormat !== "General" || JSON.stringify(c.format) !== JSON.stringify(defaultFormat()))
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return clone({
      cells,
      merges: s.merges,
      widths: [...s.columnWidths.entries()].filter(([, w]) => w !== DEFAULT_COLUMN_WIDTH).sort(),
      frozen: s.frozen,
      page: s.page,
    });
  }

  // ---- The Excel namespace.
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.runs++;
    const ctx = new FakeContext(this, this.cellEditRuns > 0);
    if (this.cellEditRuns > 0) this.cellEditRuns--;
    return batch(ctx as unknown as Excel.RequestContext);
  }

  /** Installs this fake as the global Excel and Office (requirement sets) objects. */
  install(): this {
    const g = globalThis as Record<string, unknown>;
    g.Excel = { run: this.run.bind(this) };
    g.Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => name === "ExcelApi" && Number(version.split(".")[1] ?? 0) <= this.apiMinor,
        },
      },
    };
    return this;
  }

  uninstall(): void {
    const g = globalThis as Record<string, unknown>;
    delete g.Excel;
    delete g.Office;
  }

  /** Property sets and calls recorded with the given name ("formulas", "merge", "font.bold", ...). */
  setsNamed(name: string): LogEntry[] {
    return this.sets.filter((e) => e.name === name);
  }

  execute(actions: Action[]): void {
    this.syncCount++;
    const n = this.syncCount;
    this.syncBytes.push(actions.reduce((sum, a) => sum + a.bytes, 0));
    this.responseBytes.push(0);
    const failure = this.failures.get(n);
    const limit = failure ? failure.applied : actions.length;
    for (let i = 0; i < limit && i < actions.length; i++) {
      const a = actions[i]!;
      if (a.write && a.sheet?.protected) {
        throw officeError("AccessDenied", "The cell or chart that you are trying to change is protected and therefore read-only.");
      }
      a.run();
    }
    if (failure) throw failure.error;
  }
}

export class FakeContext {
  queue: Action[] = [];
  workbook: FakeWorkbook;

  constructor(
    readonly fake: FakeExcel,
    private cellEdit: boolean,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  async sync(): Promise<void> {
    const actions = this.queue;
    this.queue = [];
    if (this.cellEdit) {
      this.cellEdit = false;
      this.fake.syncCount++;
      this.fake.syncBytes.push(0);
      this.fake.responseBytes.push(0);
      throw officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    }
    this.fake.execute(actions);
  }

  /** Queues a write; recorded in the set log with its argument. */
  write(sheet: FakeSheetState | undefined, target: string, name: string, value: unknown, run: () => void): void {
    const json = value === undefined ? "" : JSON.stringify(value);
    const entry: LogEntry = { sync: -1, target, name, value };
    this.queue.push({
      bytes: 100 + target.length + name.length + json.length,
      write: true,
      ...(sheet ? { sheet } : {}),
      run: () => {
        entry.sync = this.fake.syncCount;
        this.fake.sets.push(entry);
        run();
      },
    });
  }

  /** Queues a read; `run` returns what it loaded, counted in the sync's response size. */
  read(target: string, name: string, run: () => unknown): void {
    const entry: LogEntry = { sync: -1, target, name };
    this.queue.push({
      bytes: 100 + target.length + name.length,
      write: false,
      run: () => {
        entry.sync = this.fake.syncCount;
        this.fake.loads.push(entry);
        const loaded = run();
        const sizes = this.fake.responseBytes;
        sizes[sizes.length - 1]! += (JSON.stringify(loaded) ?? "").length;
      },
    });
  }
}

/** Loadable properties: readable only after a sync that followed a load. */
class Loadable {
  protected loaded = new Map<string, unknown>();

  constructor(
    protected ctx: FakeContext,
    protected label: string,
  ) {}

  protected get$(name: string): never | unknown {
    if (!this.loaded.has(name)) {
      throw officeError("PropertyNotLoaded", `The property '${name}' of ${this.label} is not available. Call load() and context.sync() first.`);
    }
    return this.loaded.get(name);
  }

  protected capture(_name: string): unknown {
    return undefined;
  }

  load(props?: string | string[]): this {
    const list = props === undefined ? [] : Array.isArray(props) ? props : props.split(",");
    for (const raw of list) {
      const name = raw.trim();
      this.ctx.read(this.label, name, () => {
        const v = clone(this.capture(name));
        this.loaded.set(name, v);
        return v;
      });
    }
    return this;
  }
}

class FakeWorkbook {
  worksheets: FakeWorksheets;
  settings: FakeSettings;

  constructor(private ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.settings = new FakeSettings(ctx);
  }

  getSelectedRange(): FakeRange {
    const sel = this.ctx.fake.selection;
    return new FakeRange(this.ctx, this.ctx.fake.sheet(sel.sheet), sel.rect);
  }

  getActiveCell(): FakeRange {
    return this.getSelectedRange().getCell(0, 0);
  }
}

class FakeWorksheets {
  constructor(private ctx: FakeContext) {}

  getItem(name: string): FakeWorksheet {
    const s = this.ctx.fake.sheets.get(name);
    if (!s) {
      this.ctx.read(`worksheets`, `getItem(${name})`, () => {
        throw officeError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
      });
      return new FakeWorksheet(this.ctx, this.ctx.fake.addSheetDetached(name), true);
    }
    return new FakeWorksheet(this.ctx, s, false);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const s = this.ctx.fake.sheets.get(name);
    return new FakeWorksheet(this.ctx, s ?? this.ctx.fake.addSheetDetached(name), !s);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.ctx.fake.sheet(), false);
  }
}

class FakeWorksheet extends Loadable {
  protection: Loadable & { protected: boolean };
  freezePanes: FakeFreezePanes;
  pageLayout: FakePageLayout;
  charts: FakeCharts;

  constructor(
    ctx: FakeContext,
    readonly state: FakeSheetState,
    private isNull: boolean,
  ) {
    super(ctx, `worksheet ${state.name}`);
    const protection = new (class extends Loadable {
      protected override capture(): unknown {
        return state.protected;
      }
      get protected(): boolean {
        return this.get$("protected") as boolean;
      }
    })(ctx, `protection of ${state.name}`);
    this.protection = protection;
    this.freezePanes = new FakeFreezePanes(ctx, state);
    this.pageLayout = new FakePageLayout(ctx, state);
    this.charts = new FakeCharts(ctx, state);
  }

  protected override capture(name: string): unknown {
    if (name === "name") return this.state.name;
    return undefined;
  }

  get name(): string {
    return this.get$("name") as string;
  }

  get isNullObject(): boolean {
    if (this.loaded.size === 0) this.get$("name");
    return this.isNull;
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.ctx, this.state, rectOf(address));
  }
}

class FakeFreezePanes {
  constructor(
    private ctx: FakeContext,
    private state: FakeSheetState,
  ) {}

  freezeRows(count: number): void {
    this.ctx.write(this.state, `freezePanes ${this.state.name}`, "freezeRows", count, () => {
      this.state.frozen = `1:${count}`;
    });
  }

  freezeAt(address: string): void {
    this.ctx.write(this.state, `freezePanes ${this.state.name}`, "freezeAt", address, () => {
      this.state.frozen = address;
    });
  }

  unfreeze(): void {
    this.ctx.write(this.state, `freezePanes ${this.state.name}`, "unfreeze", undefined, () => {
      this.state.frozen = null;
    });
  }

  getLocationOrNullObject(): FakeRange {
    const frozen = this.state.frozen;
    return frozen ? new FakeRange(this.ctx, this.state, rectOf(frozen), frozen) : new FakeRange(this.ctx, this.state, null);
  }
}

/** worksheet.charts: add() queues the chart; its series and title are set in the same batch. */
class FakeCharts extends Loadable {
  constructor(
    private ctx_: FakeContext,
    private state: FakeSheetState,
  ) {
    super(ctx_, `charts of ${state.name}`);
  }

  protected override capture(): unknown {
    return this.state.charts.map((c) => ({ name: c.name }));
  }

  /** Loaded with load("items/name"). */
  get items(): { name: string }[] {
    return this.get$("items/name") as { name: string }[];
  }

  getItem(name: string): FakeChart {
    const found = this.state.charts.find((c) => c.name === name);
    if (!found) {
      this.ctx_.read(this.label, `getItem(${name})`, () => {
        throw officeError("ItemNotFound", `The requested chart doesn't exist: ${name}`);
      });
    }
    return new FakeChart(this.ctx_, this.state, found ?? ({ series: [] } as unknown as FakeChartState));
  }

  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChart {
    const chart: FakeChartState = { type, source: `${source.state.name}!${source.addr}`, seriesBy, name: "", title: "", position: null, series: [] };
    this.ctx_.write(this.state, `charts ${this.state.name}`, "charts.add", { type, source: chart.source, seriesBy }, () => {
      chart.series.push({ name: "", values: chart.source, xValues: null, chartType: null, hasDataLabels: false });
      this.state.charts.push(chart);
    });
    return new FakeChart(this.ctx_, this.state, chart);
  }
}

class FakeChart {
  title: { text: string };
  series: { getItemAt: (i: number) => FakeSeries; add: (name?: string) => FakeSeries };

  constructor(
    private ctx: FakeContext,
    private sheet: FakeSheetState,
    private chart: FakeChartState,
  ) {
    const c = chart;
    this.title = setterObject(["text"], (_k, v) => this.set("title.text", v, () => (c.title = String(v)))) as { text: string };
    this.series = {
      getItemAt: (i: number) => new FakeSeries(ctx, sheet, () => c.series[i]!),
      add: (name?: string) => {
        let added: FakeSeriesState | undefined;
        this.set("series.add", name ?? "", () => {
          added = { name: name ?? "", values: null, xValues: null, chartType: null, hasDataLabels: false };
          c.series.push(added);
        });
        return new FakeSeries(ctx, sheet, () => added!);
      },
    };
  }

  private set(name: string, value: unknown, run: () => void): void {
    this.ctx.write(this.sheet, `chart on ${this.sheet.name}`, name, value, run);
  }

  set name(v: string) {
    this.set("name", v, () => (this.chart.name = v));
  }

  delete(): void {
    this.set("chart.delete", this.chart.name, () => {
      this.sheet.charts = this.sheet.charts.filter((c) => c !== this.chart);
    });
  }

  setPosition(start: string | FakeRange, end?: string | FakeRange): void {
    const text = (x: string | FakeRange) => (typeof x === "string" ? x : x.addr);
    const position = { start: text(start), end: end === undefined ? null : text(end) };
    this.set("setPosition", position, () => (this.chart.position = position));
  }
}

/** A series proxy: resolved when the queued actions run, as Office.js resolves its paths. */
class FakeSeries {
  constructor(
    private ctx: FakeContext,
    private sheet: FakeSheetState,
    private state: () => FakeSeriesState,
  ) {}

  private set(name: string, value: unknown, apply: (s: FakeSeriesState) => void): void {
    this.ctx.write(this.sheet, `series on ${this.sheet.name}`, name, value, () => {
      const s = this.state();
      if (!s) throw officeError("ItemNotFound", "The series does not exist.");
      apply(s);
    });
  }

  set name(v: string) {
    this.set("series.name", v, (s) => (s.name = v));
  }
  set chartType(v: string) {
    this.set("series.chartType", v, (s) => (s.chartType = v));
  }
  set hasDataLabels(v: boolean) {
    this.set("series.hasDataLabels", v, (s) => (s.hasDataLabels = v));
  }
  setValues(range: FakeRange): void {
    const address = `${range.state.name}!${range.addr}`;
    this.set("series.setValues", address, (s) => (s.values = address));
  }
  setXAxisValues(range: FakeRange): void {
    const address = `${range.state.name}!${range.addr}`;
    this.set("series.setXAxisValues", address, (s) => (s.xValues = address));
  }
}

class FakePageLayout extends Loadable {
  constructor(
    ctx: FakeContext,
    private state: FakeSheetState,
  ) {
    super(ctx, `pageLayout ${state.name}`);
  }

  protected override capture(name: string): unknown {
    return (this.state.page as Record<string, unknown>)[name];
  }

  private setPage(name: "orientation" | "paperSize" | "zoom", value: unknown): void {
    this.ctx.write(this.state, `pageLayout ${this.state.name}`, name, value, () => {
      (this.state.page as Record<string, unknown>)[name] = clone(value);
    });
  }

  get orientation(): string {
    return this.get$("orientation") as string;
  }
  set orientation(v: string) {
    this.setPage("orientation", v);
  }
  get paperSize(): string {
    return this.get$("paperSize") as string;
  }
  set paperSize(v: string) {
    this.setPage("paperSize", v);
  }
  get zoom(): Record<string, number> {
    return this.get$("zoom") as Record<string, number>;
  }
  set zoom(v: Record<string, number>) {
    this.setPage("zoom", v);
  }
}

class FakeSettings {
  constructor(private ctx: FakeContext) {}

  add(key: string, value: unknown): void {
    this.ctx.write(undefined, "settings", `settings.add(${key})`, value, () => {
      this.ctx.fake.settings.set(key, clone(value));
    });
  }

  getItemOrNullObject(key: string): Loadable & { value: unknown; isNullObject: boolean } {
    const fake = this.ctx.fake;
    return new (class extends Loadable {
      private present = false;
      protected override capture(): unknown {
        this.present = fake.settings.has(key);
        return fake.settings.get(key);
      }
      get value(): unknown {
        return this.get$("value");
      }
      get isNullObject(): boolean {
        this.get$("value");
        return !this.present;
      }
    })(this.ctx, `setting ${key}`);
  }
}

type RangeFormatProp = "horizontalAlignment" | "verticalAlignment" | "wrapText";

class FakeRange extends Loadable {
  format: FakeRangeFormat;

  constructor(
    ctx: FakeContext,
    readonly state: FakeSheetState,
    /** null: a null object. */
    readonly rect: Rect | null,
    private addressText?: string,
  ) {
    super(ctx, `range ${state.name}!${rect ? rangeAddress(rect.row, rect.col, rect.rows, rect.cols) : "(null)"}`);
    this.format = new FakeRangeFormat(ctx, this);
  }

  get addr(): string {
    const r = this.rect!;
    return this.addressText ?? rangeAddress(r.row, r.col, r.rows, r.cols);
  }

  private grid<T>(f: (c: FakeCell | undefined, row: number, col: number) => T): T[][] {
    const r = this.rect!;
    return Array.from({ length: r.rows }, (_, i) =>
      Array.from({ length: r.cols }, (_, j) => f(this.ctx.fake.peek(this.state, r.row + i, r.col + j), r.row + i, r.col + j)),
    );
  }

  protected override capture(name: string): unknown {
    const r = this.rect;
    if (name === "isNullObject" || !r) return r === null;
    switch (name) {
      case "address":
        return `${this.state.name}!${this.addr}`;
      case "rowIndex":
        return r.row;
      case "columnIndex":
        return r.col;
      case "rowCount":
        return r.rows;
      case "columnCount":
        return r.cols;
      case "formulas":
        return this.grid((c) => c?.formula ?? "");
      case "values":
        // The fake does not calculate: a formula cell's value is 0.
        return this.grid((c) => (typeof c?.formula === "string" && c.formula.startsWith("=") ? 0 : (c?.formula ?? "")));
      case "numberFormat":
        return this.grid((c) => c?.numberFormat ?? "General");
      default:
        throw new Error(`fake range cannot load ${name}`);
    }
  }

  override load(props?: string | string[]): this {
    super.load(props);
    // A null object answers isNullObject after any load.
    this.ctx.read(this.label, "isNullObject", () => {
      this.loaded.set("isNullObject", this.rect === null);
      return this.rect === null;
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.get$("isNullObject") as boolean;
  }
  get address(): string {
    return this.get$("address") as string;
  }
  get rowIndex(): number {
    return this.get$("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.get$("columnIndex") as number;
  }
  get rowCount(): number {
    return this.get$("rowCount") as number;
  }
  get columnCount(): number {
    return this.get$("columnCount") as number;
  }
  get formulas(): Content[][] {
    return this.get$("formulas") as Content[][];
  }
  set formulas(v: Content[][]) {
    this.setGrid("formulas", v, (c, x) => (c.formula = x));
  }
  get values(): Content[][] {
    return this.get$("values") as Content[][];
  }
  set values(v: Content[][]) {
    this.setGrid("values", v, (c, x) => (c.formula = x));
  }
  get numberFormat(): string[][] {
    return this.get$("numberFormat") as string[][];
  }
  set numberFormat(v: string[][]) {
    this.setGrid("numberFormat", v, (c, x) => (c.numberFormat = String(x)));
  }

  private setGrid(name: string, v: Content[][], apply: (c: FakeCell, x: Content) => void): void {
    const r = this.rect!;
    this.ctx.write(this.state, this.addr, name, v, () => {
      if (v.length !== r.rows || v.some((row) => row.length !== r.cols)) {
        throw officeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size of the range (${name}).`);
      }
      v.forEach((row, i) => row.forEach((x, j) => apply(this.ctx.fake.cellAt(this.state, r.row + i, r.col + j), x)));
    });
  }

  /** Applies a flat format key to every cell (or the cells a border edge touches). */
  setFormat(name: string, value: unknown, cells?: (row: number, col: number) => string[]): void {
    const r = this.rect!;
    this.ctx.write(this.state, this.addr, name, value, () => {
      for (let i = 0; i < r.rows; i++) {
        for (let j = 0; j < r.cols; j++) {
          const keys = cells ? cells(i, j) : [name];
          if (keys.length === 0) continue;
          const c = this.ctx.fake.cellAt(this.state, r.row + i, r.col + j);
          for (const k of keys) c.format[k] = value;
        }
      }
    });
  }

  setColumnWidth(points: number): void {
    const r = this.rect!;
    this.ctx.write(this.state, this.addr, "columnWidth", points, () => {
      for (let j = 0; j < r.cols; j++) this.state.columnWidths.set(r.col + j, points);
    });
  }

  columnWidthNow(): number | null {
    const r = this.rect!;
    const ws = Array.from({ length: r.cols }, (_, j) => this.state.columnWidths.get(r.col + j) ?? DEFAULT_COLUMN_WIDTH);
    return ws.every((w) => w === ws[0]) ? (ws[0] ?? null) : null;
  }

  worksheetProxy(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.state, false);
  }

  get worksheet(): FakeWorksheet {
    return this.worksheetProxy();
  }

  getCell(row: number, col: number): FakeRange {
    const r = this.rect!;
    return new FakeRange(this.ctx, this.state, { row: r.row + row, col: r.col + col, rows: 1, cols: 1 });
  }

  getResizedRange(deltaRows: number, deltaCols: number): FakeRange {
    const r = this.rect!;
    const rect = { row: r.row, col: r.col, rows: r.rows + deltaRows, cols: r.cols + deltaCols };
    if (rect.rows < 1 || rect.cols < 1 || rect.row + rect.rows > 1048576 || rect.col + rect.cols > 16384) {
      this.ctx.read(this.label, "getResizedRange", () => {
        throw officeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      });
    }
    return new FakeRange(this.ctx, this.state, rect);
  }

  getColumn(col: number): FakeRange {
    const r = this.rect!;
    return new FakeRange(this.ctx, this.state, { row: r.row, col: r.col + col, rows: r.rows, cols: 1 });
  }

  getMergedAreasOrNullObject(): FakeRange {
    const found = this.state.merges.filter((m) => intersects(m, this.rect!));
    if (found.length === 0) return new FakeRange(this.ctx, this.state, null);
    const text = found.map((m) => rangeAddress(m.row, m.col, m.rows, m.cols)).join(",");
    return new FakeRange(this.ctx, this.state, found[0]!, text);
  }

  getTables(_fullyContained?: boolean): Loadable & { items: { name: string }[] } {
    const state = this.state;
    const rect = this.rect!;
    return new (class extends Loadable {
      protected override capture(): unknown {
        return state.tables.filter((t) => intersects(t.rect, rect)).map((t) => ({ name: t.name }));
      }
      get items(): { name: string }[] {
        return this.get$("items/name") as { name: string }[];
      }
    })(this.ctx, `tables of ${this.addr}`);
  }

  getSurroundingRegion(): FakeRange {
    return new FakeRange(this.ctx, this.state, currentRegion(this.ctx.fake, this.state, this.rect!));
  }

  getCellProperties(_options: unknown): { value: unknown } {
    const result: { value: unknown } = { value: undefined };
    this.ctx.read(this.label, "getCellProperties", () => {
      result.value = this.grid((c) => nestFormat(c?.format ?? defaultFormat()));
      return result.value;
    });
    return result;
  }

  setCellProperties(props: { format?: Record<string, unknown> }[][]): void {
    const r = this.rect!;
    this.ctx.write(this.state, this.addr, "setCellProperties", props, () => {
      props.forEach((row, i) =>
        row.forEach((p, j) => {
          const c = this.ctx.fake.cellAt(this.state, r.row + i, r.col + j);
          Object.assign(c.format, flattenFormat(p.format ?? {}));
        }),
      );
    });
  }

  clear(applyTo?: string): void {
    const r = this.rect!;
    this.ctx.write(this.state, this.addr, "clear", applyTo ?? "All", () => {
      for (let i = 0; i < r.rows; i++) {
        for (let j = 0; j < r.cols; j++) {
          const c = this.ctx.fake.cellAt(this.state, r.row + i, r.col + j);
          if (applyTo !== "Contents") {
            c.format = defaultFormat();
            c.numberFormat = "General";
          }
          if (applyTo !== "Formats") c.formula = "";
        }
      }
    });
  }

  merge(across?: boolean): void {
    const r = this.rect!;
    this.ctx.write(this.state, this.addr, "merge", across ?? false, () => {
      this.state.merges = this.state.merges.filter((m) => !intersects(m, r));
      this.state.merges.push({ ...r });
    });
  }

  unmerge(): void {
    const r = this.rect!;
    this.ctx.write(this.state, this.addr, "unmerge", undefined, () => {
      this.state.merges = this.state.merges.filter((m) => !intersects(m, r));
    });
  }
}

/** Excel's current region: grow the box while any cell just outside it (incl. diagonals) is filled. */
function currentRegion(fake: FakeExcel, s: FakeSheetState, start: Rect): Rect {
  const filled = (row: number, col: number) => row >= 0 && col >= 0 && (fake.peek(s, row, col)?.formula ?? "") !== "";
  let top = start.row;
  let left = start.col;
  let bottom = start.row + start.rows - 1;
  let right = start.col + start.cols - 1;
  for (let grown = true; grown; ) {
    grown = false;
    for (let c = left - 1; c <= right + 1; c++) {
      if (filled(top - 1, c)) { top--; grown = true; break; }
    }
    for (let c = left - 1; c <= right + 1; c++) {
      if (filled(bottom + 1, c)) { bottom++; grown = true; break; }
    }
    for (let r = top - 1; r <= bottom + 1; r++) {
      if (filled(r, left - 1)) { left--; grown = true; break; }
    }
    for (let r = top - 1; r <= bottom + 1; r++) {
      if (filled(r, right + 1)) { right++; grown = true; break; }
    }
  }
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

function nestFormat(flat: Record<string, unknown>): { format: Record<string, unknown> } {
  const format: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(flat)) {
    const parts = k.split(".");
    let o = format;
    for (const p of parts.slice(0, -1)) o = (o[p] ??= {}) as Record<string, unknown>;
    o[parts[parts.length - 1]!] = v;
  }
  return { format };
}

function flattenFormat(nested: Record<string, unknown>, prefix = ""): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(nested)) {
    if (v && typeof v === "object") Object.assign(out, flattenFormat(v as Record<string, unknown>, `${prefix}${k}.`));
    else out[`${prefix}${k}`] = v;
  }
  return out;
}

const EDGE_SIDES: Record<string, (i: number, j: number, rows: number, cols: number) => string[]> = {
  EdgeTop: (i) => (i === 0 ? ["top"] : []),
  EdgeBottom: (i, _j, rows) => (i === rows - 1 ? ["bottom"] : []),
  EdgeLeft: (_i, j) => (j === 0 ? ["left"] : []),
  EdgeRight: (_i, j, _rows, cols) => (j === cols - 1 ? ["right"] : []),
  InsideHorizontal: (i, _j, rows) => [...(i > 0 ? ["top"] : []), ...(i < rows - 1 ? ["bottom"] : [])],
  InsideVertical: (_i, j, _rows, cols) => [...(j > 0 ? ["left"] : []), ...(j < cols - 1 ? ["right"] : [])],
};

class FakeRangeFormat extends Loadable {
  font: Record<string, unknown>;
  fill: Record<string, unknown>;
  borders: { getItem: (edge: string) => Record<string, unknown> };

  constructor(
    ctx: FakeContext,
    private range: FakeRange,
  ) {
    super(ctx, `format of ${range.state.name}`);
    this.font = setterObject(["bold", "italic", "size", "color", "name"], (k, v) => range.setFormat(`font.${k}`, v));
    this.fill = setterObject(["color"], (k, v) => {
      range.setFormat(`fill.${k}`, v);
      range.setFormat("fill.pattern", "Solid");
    });
    this.borders = {
      getItem: (edge: string) =>
        setterObject(["style", "weight", "color"], (k, v) => {
          const sides = EDGE_SIDES[edge];
          if (!sides) throw new Error(`edge ${edge}`);
          const r = range.rect!;
          range.setFormat(`borders.${edge}.${k}`, v, (i, j) => sides(i, j, r.rows, r.cols).map((s) => `borders.${s}.${k}`));
        }),
    };
  }

  protected override capture(name: string): unknown {
    if (name === "columnWidth") return this.range.columnWidthNow();
    throw new Error(`fake format cannot load ${name}`);
  }

  private setProp(name: RangeFormatProp, v: unknown): void {
    this.range.setFormat(name, v);
  }

  set horizontalAlignment(v: string) {
    this.setProp("horizontalAlignment", v);
  }
  set verticalAlignment(v: string) {
    this.setProp("verticalAlignment", v);
  }
  set wrapText(v: boolean) {
    this.setProp("wrapText", v);
  }
  get columnWidth(): number {
    return this.get$("columnWidth") as number;
  }
  set columnWidth(v: number) {
    this.range.setColumnWidth(v);
  }
}

function setterObject(keys: string[], set: (k: string, v: unknown) => void): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const k of keys) {
    Object.defineProperty(o, k, {
      set: (v: unknown) => set(k, v),
      get: () => {
        throw new Error(`fake: reading ${k} without load is not supported`);
      },
      enumerable: true,
    });
  }
  return o;
}
