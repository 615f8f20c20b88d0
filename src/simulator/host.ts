/**
 * The `Excel` and `Office` namespaces as office.js exposes them, over one simulated workbook.
 * Excel.run(batch) and Excel.run({ delayForCellEdit }, batch): a new RequestContext per run; what
 * the batch leaves queued is synced when it returns (office.js flushes the queue at the end of
 * Excel.run). delayForCellEdit (ExcelApi 1.11) makes a batch wait while the user edits a cell
 * instead of failing with InvalidOperationInCellEditMode
 * (https://learn.microsoft.com/javascript/api/excel/excel.runoptions#excel-excel-runoptions-delayforcelledit-member).
 */
import { SimContext, type SimCore } from "./context";
import { ERROR_CODES } from "./errors";
import { supportsSet } from "./profiles";
import { Workbook } from "./workbook";

type Batch<T> = (context: SimContext) => Promise<T>;

function newContext(core: SimCore, delayForCellEdit: boolean): SimContext {
  const context = new SimContext(core, delayForCellEdit);
  context.workbook = new Workbook(context);
  return context;
}

export function excelNamespace(core: SimCore): Record<string, unknown> {
  async function run<T>(first: Batch<T> | { delayForCellEdit?: boolean }, second?: Batch<T>): Promise<T> {
    const batch = typeof first === "function" ? first : second;
    if (!batch) throw new TypeError("Excel.run needs a batch function");
    const options = typeof first === "function" ? {} : first;
    // The option is ExcelApi 1.11: an older host ignores it.
    const delay = options.delayForCellEdit === true && core.profile.excelApiMinor >= 11;
    const context = newContext(core, delay);
    const result = await batch(context);
    await context.sync();
    return result;
  }
  class RequestContext extends SimContext {
    constructor() {
      super(core, false);
      this.workbook = new Workbook(this);
    }
  }
  return {
    run,
    RequestContext,
    ErrorCodes: ERROR_CODES,
    ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents", hyperlinks: "Hyperlinks", removeHyperlinks: "RemoveHyperlinks" },
    ChartType: { columnClustered: "ColumnClustered", line: "Line", barClustered: "BarClustered", pie: "Pie" },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
    BorderIndex: {
      edgeTop: "EdgeTop", edgeBottom: "EdgeBottom", edgeLeft: "EdgeLeft", edgeRight: "EdgeRight",
      insideVertical: "InsideVertical", insideHorizontal: "InsideHorizontal", diagonalDown: "DiagonalDown", diagonalUp: "DiagonalUp",
    },
    BorderLineStyle: { none: "None", continuous: "Continuous", dash: "Dash", dot: "Dot", double: "Double" },
    BorderWeight: { hairline: "Hairline", thin: "Thin", medium: "Medium", thick: "Thick" },
    HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
    VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
    PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
  };
}

/**
 * The part of `Office` the add-in uses. partitionKey is set where Office partitions storage
 * (Excel on the web) and undefined on desktop, as the persisting-state doc describes
 * (https://learn.microsoft.com/office/dev/add-ins/develop/persisting-add-in-state-and-settings).
 */
export function officeNamespace(core: SimCore): Record<string, unknown> {
  const web = core.profile.platform === "OfficeOnline";
  const context = {
    requirements: { isSetSupported: (name: string, version?: string | number) => supportsSet(core.profile, name, version) },
    partitionKey: web ? "sim-partition-key" : undefined,
    displayLanguage: core.locale,
    contentLanguage: core.locale,
    officeTheme: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000" },
    diagnostics: { host: "Excel", platform: core.profile.platform, version: core.profile.version },
    platform: core.profile.platform,
    host: "Excel",
  };
  const info = { host: "Excel", platform: core.profile.platform };
  return {
    context,
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS" },
    onReady: (callback?: (i: typeof info) => void) => {
      // office.js calls back asynchronously, after the page script has run.
      return Promise.resolve().then(() => {
        callback?.(info);
        return info;
      });
    },
  };
}
