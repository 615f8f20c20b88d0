/**
 * Charts as far as the add-in draws them: charts.add (ExcelApi 1.1) from a source range, a
 * name, a title, series found by index or added (1.7), their values and category ranges (1.7),
 * their own chart type (1.7) and data labels, setPosition, getItem by name and delete.
 */
import { fullAddress } from "./address";
import { SimObject, type SimContext } from "./context";
import type { Range } from "./range";
import type { SheetState, SimChart, SimSeries } from "./workbook-state";

export class ChartCollection extends SimObject {
  readonly typeName = "ChartCollection";
  private itemsLoaded: Chart[] | undefined;

  constructor(context: SimContext, parent: SimObject, private readonly sheet: () => SheetState) {
    super(context, parent, "charts", null);
  }

  protected scalarNames(): string[] {
    return ["items"];
  }

  protected read(name: string): unknown {
    if (name === "count") return this.sheet().charts.length;
    throw this.context.error("InvalidArgument", "ChartCollection.load", name);
  }

  override load(option?: unknown): this {
    const text = typeof option === "string" ? option : Array.isArray(option) ? option.join(",") : "items";
    if (!text.includes("items")) return super.load(option);
    this.context.enqueue(this, "load", ["items/name"], () => {
      const charts = [...this.sheet().charts];
      return {
        payload: charts.map((c) => ({ name: c.name })),
        commit: () => {
          this.itemsLoaded = charts.map((c) => new Chart(this.context, this, "getItemAt", [c.id], () => c).absorb({ name: c.name }));
        },
      };
    }, false);
    return this;
  }

  get items(): Chart[] {
    if (!this.itemsLoaded) throw this.context.error("PropertyNotLoaded", "ChartCollection.items");
    return this.itemsLoaded;
  }

  add(type: string, sourceData: Range, seriesBy: string = "Auto"): Chart {
    const made: { chart: SimChart | null } = { chart: null };
    this.context.enqueue(this, "add", [type, "range", seriesBy], () => {
      const s = this.sheet();
      if (s.protected) throw this.context.error("AccessDenied", "ChartCollection.add");
      const src = sourceData.must();
      const byRows = seriesBy === "Rows" || (seriesBy === "Auto" && src.rect.cols > src.rect.rows);
      const count = byRows ? src.rect.rows : src.rect.cols;
      const series: SimSeries[] = Array.from({ length: count }, (_, i) => ({
        name: `Series${i + 1}`,
        values: fullAddress(src.s.name, byRows ? { ...src.rect, row: src.rect.row + i, rows: 1 } : { ...src.rect, col: src.rect.col + i, cols: 1 }),
        xValues: null,
        chartType: null,
        hasDataLabels: false,
      }));
      const id = this.context.state.nextChartId();
      const chart: SimChart = { id, name: `Chart ${id}`, type, source: fullAddress(src.s.name, src.rect), seriesBy, title: "", position: null, series };
      s.charts.push(chart);
      made.chart = chart;
      this.context.state.touch();
    }, true);
    return new Chart(this.context, this, "add", null, () => made.chart);
  }

  getItem(name: string): Chart {
    return new Chart(this.context, this, "getItem", [name], () => {
      const c = this.sheet().charts.find((x) => x.name === name);
      if (!c) throw this.context.error("ItemNotFound", "ChartCollection.getItem");
      return c;
    });
  }

  /** For Chart.delete: the sheet the chart is on. */
  remove(chart: SimChart): void {
    const s = this.sheet();
    s.charts = s.charts.filter((c) => c !== chart);
    this.context.state.touch();
  }
}

export class Chart extends SimObject {
  readonly typeName = "Chart";

  constructor(context: SimContext, private readonly collection: ChartCollection, pathName: string, pathArgs: unknown, readonly target: () => SimChart | null) {
    super(context, collection, pathName, pathArgs);
  }

  must(): SimChart {
    const c = this.target();
    if (!c) throw this.context.error("ItemNotFound", "Chart");
    return c;
  }

  protected scalarNames(): string[] {
    return ["name", "chartType", "id"];
  }

  protected read(name: string): unknown {
    const c = this.must();
    if (name === "name") return c.name;
    if (name === "chartType") return c.type;
    if (name === "id") return `{chart-${c.id}}`;
    throw this.context.error("InvalidArgument", "Chart.load", name);
  }

  get name(): string { return this.get("name"); }
  set name(v: string) {
    this.set("name", v, () => {
      this.must().name = v;
      this.context.state.touch();
    });
  }
  get chartType(): string { return this.get("chartType"); }

  private nav: { title?: ChartTitle; series?: ChartSeriesCollection } = {};
  get title(): ChartTitle { return (this.nav.title ??= new ChartTitle(this.context, this)); }
  get series(): ChartSeriesCollection { return (this.nav.series ??= new ChartSeriesCollection(this.context, this)); }

  setPosition(startCell: Range | string, endCell?: Range | string): void {
    const text = (r: Range | string | undefined) => (r === undefined ? null : typeof r === "string" ? r : null);
    this.call("setPosition", [text(startCell), text(endCell)], () => {
      const cell = (r: Range | string) => (typeof r === "string" ? r : fullAddress(r.must().s.name, r.must().rect));
      this.must().position = { start: cell(startCell), end: endCell === undefined ? null : cell(endCell) };
      this.context.state.touch();
    });
  }

  delete(): void {
    this.call("delete", null, () => this.collection.remove(this.must()));
  }
}

export class ChartTitle extends SimObject {
  readonly typeName = "ChartTitle";
  constructor(context: SimContext, private readonly chart: Chart) {
    super(context, chart, "title", null);
  }
  protected scalarNames(): string[] {
    return ["text"];
  }
  protected read(name: string): unknown {
    if (name === "text") return this.chart.must().title;
    throw this.context.error("InvalidArgument", "ChartTitle.load", name);
  }
  get text(): string { return this.get("text"); }
  set text(v: string) {
    this.set("text", v, () => {
      this.chart.must().title = v;
      this.context.state.touch();
    });
  }
}

export class ChartSeriesCollection extends SimObject {
  readonly typeName = "ChartSeriesCollection";
  constructor(context: SimContext, private readonly chart: Chart) {
    super(context, chart, "series", null);
  }
  protected scalarNames(): string[] {
    return ["count"];
  }
  protected read(name: string): unknown {
    if (name === "count") return this.chart.must().series.length;
    throw this.context.error("InvalidArgument", "ChartSeriesCollection.load", name);
  }
  get count(): number { return this.get("count"); }
  getItemAt(index: number): ChartSeries {
    return new ChartSeries(this.context, this, "getItemAt", [index], () => {
      const s = this.chart.must().series[index];
      if (!s) throw this.context.error("ItemNotFound", "ChartSeriesCollection.getItemAt");
      return s;
    }, 1);
  }
  /** ExcelApi 1.7. */
  add(name?: string, index?: number): ChartSeries {
    const made: { series: SimSeries | null } = { series: null };
    this.context.enqueue(this, "add", [name ?? null, index ?? null], () => {
      const chart = this.chart.must();
      const series: SimSeries = { name: name ?? `Series${chart.series.length + 1}`, values: null, xValues: null, chartType: null, hasDataLabels: false };
      chart.series.splice(index ?? chart.series.length, 0, series);
      made.series = series;
      this.context.state.touch();
    }, true, 7);
    return new ChartSeries(this.context, this, "add", [name ?? null], () => made.series, 7);
  }
}

export class ChartSeries extends SimObject {
  readonly typeName = "ChartSeries";
  constructor(context: SimContext, parent: SimObject, pathName: string, pathArgs: unknown, private readonly target: () => SimSeries | null, minApi: number) {
    super(context, parent, pathName, pathArgs, minApi);
  }
  private must(): SimSeries {
    const s = this.target();
    if (!s) throw this.context.error("ItemNotFound", "ChartSeries");
    return s;
  }
  protected scalarNames(): string[] {
    return ["name", "chartType", "hasDataLabels"];
  }
  protected read(name: string): unknown {
    const s = this.must();
    if (name === "name") return s.name;
    if (name === "chartType") return s.chartType;
    if (name === "hasDataLabels") return s.hasDataLabels;
    throw this.context.error("InvalidArgument", "ChartSeries.load", name);
  }
  private change(name: string, value: unknown, apply: (s: SimSeries) => void, minApi?: number): void {
    this.set(name, value, () => {
      apply(this.must());
      this.context.state.touch();
    }, minApi);
  }
  get name(): string { return this.get("name"); }
  set name(v: string) { this.change("name", v, (s) => (s.name = v)); }
  /** ExcelApi 1.7. */
  get chartType(): string { return this.get("chartType"); }
  set chartType(v: string) { this.change("chartType", v, (s) => (s.chartType = v), 7); }
  /** ExcelApi 1.7. */
  get hasDataLabels(): boolean { return this.get("hasDataLabels"); }
  set hasDataLabels(v: boolean) { this.change("hasDataLabels", v, (s) => (s.hasDataLabels = v), 7); }
  /** ExcelApi 1.7. */
  setValues(sourceData: Range): void {
    this.call("setValues", ["range"], () => {
      const t = sourceData.must();
      this.must().values = fullAddress(t.s.name, t.rect);
      this.context.state.touch();
    }, 7);
  }
  /** ExcelApi 1.7. */
  setXAxisValues(sourceData: Range): void {
    this.call("setXAxisValues", ["range"], () => {
      const t = sourceData.must();
      this.must().xValues = fullAddress(t.s.name, t.rect);
      this.context.state.touch();
    }, 7);
  }
}
