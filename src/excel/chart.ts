/**
 * "% of plan" chart beside an inserted table (issue 4, point 14): a native clustered column
 * chart of each indicator's % of plan, with the plan itself (100%) as a line series, so it
 * follows the table's live formulas. Office.js takes a series' values from a range only, so
 * the 100% line reads a column of constants written under the chart's top-left corner (the
 * chart covers it); those cells must be empty. Inserting the chart again replaces the earlier
 * one (found by its name). Two syncs: one read, one write.
 */
import { cellAddress, parseRangeAddress, rangeAddress } from "../core/a1";
import { completionChartTitle, noCompletionChartError, type CompletionChart } from "../core/templates";
import { UserError, localized, type Lang } from "../core/user-error";
import { BLOCKS_KEY, parseRecords } from "./block-records";
import { TargetBlockedError } from "./errors";
import { notRecorded, splitId } from "./refresh";
import { isSetSupported, runExcel, type RunOptions } from "./run";
import { sheetAddress } from "./write-plan";

/** charts.add is ExcelApi 1.1; adding a series, its values and its own type need 1.7. */
export const CHART_API = "1.7";

/** Columns left free between the table and the chart. */
const GAP_COLS = 1;
const CHART_COLS = 8;
const MIN_CHART_ROWS = 16;

export interface ChartOptions {
  /** Language of the title and series names (the block's language by default). */
  lang?: Lang;
  /**
   * The rows and columns to chart when the workbook's record of the block has none (a block
   * inserted before charts existed); relative to the block, as completionChart gives them.
   */
  chart?: CompletionChart;
  run?: RunOptions;
}

export interface ChartResult {
  /** The chart's name in the sheet. */
  name: string;
  /** Ranges the series read: "Sheet1!C8:C20" (names), "Sheet1!H8:H20" (% of plan), the 100% column. */
  labels: string;
  values: string;
  reference: string;
  /** Cells the chart covers: "Sheet1!K2:R19". */
  placedAt: string;
  /** Indicators (rows) charted. */
  rows: number;
  syncs: number;
}

/** Said when this Excel lacks ExcelApi 1.7 (Excel 2016 without updates, older Mac builds). */
export class ChartUnsupportedError extends UserError {
  constructor() {
    super(
      "chart-unsupported",
      localized(
        `Phiên bản Excel này chưa hỗ trợ chèn biểu đồ kết hợp từ phần bổ trợ (cần ExcelApi ${CHART_API}: Microsoft 365, Excel 2019 trở lên hoặc Excel trên web). Bảng số liệu vẫn dùng được; có thể tự vẽ biểu đồ bằng Insert > Chart.`,
        `This version of Excel cannot insert combo charts from an add-in (ExcelApi ${CHART_API} is needed: Microsoft 365, Excel 2019 or later, or Excel on the web). The table still works; you can draw the chart yourself with Insert > Chart.`,
      ),
    );
    this.name = "ChartUnsupportedError";
  }
}

/** Inserts the chart beside the block recorded under blockId ("Sheet1!B2:I27"). */
export async function insertCompletionChart(blockId: string, options: ChartOptions = {}): Promise<ChartResult> {
  if (!isSetSupported("ExcelApi", CHART_API)) throw new ChartUnsupportedError();
  const { sheet: sheetName, address } = splitId(blockId);
  const box = parseRangeAddress(address);
  if (!box) {
    throw new UserError("block-not-found", localized(`Địa chỉ bảng "${blockId}" không hợp lệ.`, `The table address "${blockId}" is not valid.`));
  }
  const chartCol = box.col + box.cols + GAP_COLS;

  return runExcel(async (context) => {
    let syncs = 0;
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.protection.load("protected");
    const item = context.workbook.settings.getItemOrNullObject(BLOCKS_KEY);
    item.load("value");
    // The 100% column sits in the chart's first column, beside the table's rows.
    const strip = sheet.getRange(rangeAddress(box.row, chartCol, box.rows, 1));
    strip.load("formulas");
    // A chart inserted earlier for this table is replaced, with its own 100% cells.
    const name = `vnPlan chart ${address.replace(":", "-")}`;
    sheet.charts.load("items/name");
    syncs++;
    await context.sync();

    const record = parseRecords(item.isNullObject ? null : item.value).find((r) => r.id === blockId);
    if (!record) throw notRecorded(blockId);
    const spec = record.chart ?? options.chart;
    if (!spec) throw noCompletionChartError();
    if (sheet.protection.protected) {
      throw new TargetBlockedError(
        "protected",
        `Trang tính "${sheetName}" đang được bảo vệ nên không thể chèn biểu đồ.`,
        `The sheet "${sheetName}" is protected, so the chart cannot be inserted.`,
      );
    }
    const n = spec.lastRow - spec.firstRow + 1;
    const earlier = sheet.charts.items.some((c) => c.name === name);
    const taken = (strip.formulas as unknown[][])
      .map((row, i) => ({ i, v: row[0] }))
      .filter(({ i, v }) => i >= spec.firstRow && i <= spec.lastRow && v !== "" && v !== null && !(earlier && v === spec.full))
      .map(({ i }) => cellAddress(box.row + i, chartCol));
    if (taken.length > 0) {
      throw new UserError(
        "chart-cells-taken",
        localized(
          `Biểu đồ cần các ô trống ${taken[0]}${n > 1 ? `…${cellAddress(box.row + spec.lastRow, chartCol)}` : ""} bên phải bảng để ghi mốc 100% kế hoạch, nhưng đang có dữ liệu ở ${listed(taken)}. Hãy dời dữ liệu đó rồi thử lại.`,
          `The chart needs the empty cells ${taken[0]}${n > 1 ? `…${cellAddress(box.row + spec.lastRow, chartCol)}` : ""} right of the table for its 100% line, but ${listed(taken)} hold data. Move it and try again.`,
        ),
      );
    }

    const lang = options.lang ?? (record.options?.lang === "en" ? "en" : "vi");
    const vi = lang === "vi";
    const rows = (col: number) => rangeAddress(box.row + spec.firstRow, box.col + col, n, 1);
    const labels = sheet.getRange(rows(spec.labelCol));
    const values = sheet.getRange(rows(spec.valueCol));
    const referenceAddress = rangeAddress(box.row + spec.firstRow, chartCol, n, 1);
    const reference = sheet.getRange(referenceAddress);
    reference.values = Array.from({ length: n }, () => [spec.full]);
    reference.numberFormat = Array.from({ length: n }, () => [spec.full === 1 ? "0%" : "0"]);

    if (earlier) sheet.charts.getItem(name).delete();
    const chart = sheet.charts.add("ColumnClustered", values, "Columns");
    chart.name = name;
    chart.title.text = completionChartTitle(lang);
    const bars = chart.series.getItemAt(0);
    bars.name = vi ? "Thực hiện so kế hoạch" : "Actual vs plan";
    bars.setXAxisValues(labels);
    bars.hasDataLabels = true;
    const line = chart.series.add(vi ? "Kế hoạch (100%)" : "Plan (100%)");
    line.setValues(reference);
    line.setXAxisValues(labels);
    line.chartType = "Line";
    const lastRow = box.row + Math.max(box.rows, MIN_CHART_ROWS) - 1;
    const start = cellAddress(box.row, chartCol);
    const end = cellAddress(lastRow, chartCol + CHART_COLS - 1);
    chart.setPosition(start, end);
    syncs++;
    await context.sync();

    return {
      name,
      labels: sheetAddress(sheetName, rows(spec.labelCol)),
      values: sheetAddress(sheetName, rows(spec.valueCol)),
      reference: sheetAddress(sheetName, referenceAddress),
      placedAt: sheetAddress(sheetName, `${start}:${end}`),
      rows: n,
      syncs,
    };
  }, options.run);
}

/** At most five addresses, then "…". */
function listed(addresses: string[]): string {
  return addresses.length > 5 ? `${addresses.slice(0, 5).join(", ")}, …` : addresses.join(", ");
}
