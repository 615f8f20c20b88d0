/**
 * A simulated Excel for development and tests (never imported by src/taskpane, src/excel,
 * src/core or src/cli, never in the production bundle): the part of the Excel JavaScript API the
 * add-in uses, written from Microsoft's reference and the office-js issue tracker, over an
 * in-memory workbook whose formulas HyperFormula evaluates. See /work/notes/SIMULATOR-CONTRACT.md.
 */
import { rectText } from "./address";
import type { SimAction, SimCore, SimStats } from "./context";
import type { SimLocale } from "./errors";
import { excelNamespace, officeNamespace } from "./host";
import { PROFILES, type HostProfileName } from "./profiles";
import { WorkbookState, type SimCell, type SimChart } from "./workbook-state";

export type { HostProfileName, SimAction, SimCell, SimChart, SimStats };
export { SimError } from "./errors";
export { PROFILES, WEB_PAYLOAD_LIMIT } from "./profiles";

export interface SimulatorOptions {
  profile: HostProfileName;
  locale?: SimLocale;
  /** Sheets to start with (default ["Sheet1"]). */
  sheets?: string[];
}

type Input = string | number | boolean | null;

export interface SimWorkbook {
  sheetNames(): string[];
  addSheet(name: string): void;
  activeSheet: string;
  /** Selection as the user made it ("B3", "A5:H20", "3:3" whole row, "C:C" whole column). */
  select(sheet: string, address: string): void;
  /** Cell content as the user types it: number, string, boolean, "=FORMULA", or "'001". */
  setCell(sheet: string, address: string, input: Input): void;
  setCells(sheet: string, topLeft: string, rows: Input[][]): void;
  cell(sheet: string, address: string): SimCell;
  /** How far the used cells reach from A1 (rows to the last used row, columns to the last used column): the grid to draw. */
  usedRange(sheet: string): { rows: number; cols: number } | null;
  /** Bounding box of the used cells as an address ("A1:H20"), or null. */
  usedAddress(sheet: string): string | null;
  merges(sheet: string): string[];
  merge(sheet: string, address: string): void;
  setFill(sheet: string, address: string, color: string | null): void;
  protect(sheet: string, on: boolean): void;
  addTable(sheet: string, address: string, name: string): void;
  settings(): Record<string, unknown>;
  charts(sheet: string): SimChart[];
  frozenRows(sheet: string): number;
  columnWidth(sheet: string, column: string): number;
  rowHeight(sheet: string, row: number): number;
  pageLayout(sheet: string): { orientation: string; paperSize: string; zoom: Record<string, unknown> };
  /** The ribbon's Page Layout tab open or not (office-js #1860). */
  setPageLayoutTabOpen(open: boolean): void;
  onChange(listener: () => void): () => void;
}

export interface Simulator {
  readonly Excel: unknown;
  readonly Office: unknown;
  install(target?: Record<string, unknown>): () => void;
  readonly workbook: SimWorkbook;
  readonly stats: SimStats;
  failSync(code: string, opts?: { after?: number }): void;
  /** Cell-edit mode on or off; with { after: n } it turns on after n more successful syncs (a user who starts typing midway). */
  setCellEditMode(on: boolean, opts?: { after?: number }): void;
  readonly profile: HostProfileName;
  /** Frees the formula engine. */
  dispose(): void;
}

function simWorkbook(state: WorkbookState): SimWorkbook {
  const write = (sheet: string, address: string, change: () => void) => {
    state.locate(sheet, address);
    change();
    state.flush();
  };
  return {
    sheetNames: () => state.sheets.map((s) => s.name),
    addSheet: (name) => {
      state.addSheet(name);
      state.flush();
    },
    get activeSheet() {
      return state.activeSheet;
    },
    set activeSheet(name: string) {
      state.activeSheet = state.sheet(name).name;
      state.selection = { sheet: state.activeSheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
      state.touch();
      state.flush();
    },
    select: (sheet, address) => {
      const { s, rect } = state.locate(sheet, address);
      state.activeSheet = s.name;
      state.selection = { sheet: s.name, rect };
      state.touch();
      state.flush();
    },
    setCell: (sheet, address, input) =>
      write(sheet, address, () => {
        const { s, rect } = state.locate(sheet, address);
        if (!state.writeInput(s, rect.row, rect.col, input ?? "")) throw new Error(`simulator: Excel would refuse ${String(input)}`);
      }),
    setCells: (sheet, topLeft, rows) =>
      write(sheet, topLeft, () => {
        const { s, rect } = state.locate(sheet, topLeft);
        const cols = Math.max(0, ...rows.map((line) => line.length));
        const at = (r: number, c: number) => rows[r]?.[c] ?? "";
        if (rows.length > 0 && cols > 0 && !state.writeGrid(s, { row: rect.row, col: rect.col, rows: rows.length, cols }, at)) {
          throw new Error("simulator: Excel would refuse one of these inputs");
        }
      }),
    cell: (sheet, address) => state.simCell(sheet, address),
    usedRange: (sheet) => {
      const r = state.usedRect(state.sheet(sheet), false);
      return r ? { rows: r.row + r.rows, cols: r.col + r.cols } : null;
    },
    usedAddress: (sheet) => {
      const r = state.usedRect(state.sheet(sheet), false);
      return r ? rectText(r) : null;
    },
    merges: (sheet) => state.mergeTexts(sheet),
    merge: (sheet, address) =>
      write(sheet, address, () => {
        const { s, rect } = state.locate(sheet, address);
        s.merges.push(rect);
        state.touch();
      }),
    setFill: (sheet, address, color) =>
      write(sheet, address, () => {
        const { s, rect } = state.locate(sheet, address);
        for (let r = rect.row; r < rect.row + rect.rows; r++) {
          for (let c = rect.col; c < rect.col + rect.cols; c++) state.update(s, r, c, (cell) => ({ ...cell, format: { ...cell.format, fill: color } }));
        }
      }),
    protect: (sheet, on) => {
      state.sheet(sheet).protected = on;
      state.touch();
      state.flush();
    },
    addTable: (sheet, address, name) =>
      write(sheet, address, () => {
        const { s, rect } = state.locate(sheet, address);
        s.tables.push({ name, rect });
        state.touch();
      }),
    settings: () => Object.fromEntries([...state.settings].map(([k, v]) => [k, JSON.parse(JSON.stringify(v)) as unknown])),
    charts: (sheet) => JSON.parse(JSON.stringify(state.sheet(sheet).charts)) as SimChart[],
    frozenRows: (sheet) => state.sheet(sheet).frozen.rows,
    columnWidth: (sheet, column) => {
      const { s, rect } = state.locate(sheet, `${column}1`);
      return state.columnWidth(s, rect.col);
    },
    rowHeight: (sheet, row) => state.rowHeight(state.sheet(sheet), row - 1),
    pageLayout: (sheet) => JSON.parse(JSON.stringify(state.sheet(sheet).page)) as ReturnType<SimWorkbook["pageLayout"]>,
    setPageLayoutTabOpen: (open) => {
      state.pageLayoutTabOpen = open;
    },
    onChange: (listener) => state.onChange(listener),
  };
}

export function createSimulator(opts: SimulatorOptions): Simulator {
  const locale = opts.locale ?? "vi-VN";
  const state = new WorkbookState(locale);
  for (const name of opts.sheets ?? ["Sheet1"]) state.addSheet(name);
  state.flush();
  const stats: SimStats = {
    syncs: 0,
    requests: [],
    responses: [],
    actions: [],
    reset() {
      stats.syncs = 0;
      stats.requests = [];
      stats.responses = [];
      stats.actions = [];
    },
  };
  const core: SimCore = { state, profile: PROFILES[opts.profile], locale, stats, failures: [], cellEdit: false, cellEditAfter: null, cellEditWaiters: [] };
  const Excel = excelNamespace(core);
  const Office = officeNamespace(core);
  return {
    Excel,
    Office,
    profile: opts.profile,
    workbook: simWorkbook(state),
    stats,
    install(target = globalThis as unknown as Record<string, unknown>) {
      const before = { Excel: target.Excel, Office: target.Office };
      target.Excel = Excel;
      target.Office = Office;
      return () => {
        for (const [k, v] of Object.entries(before)) {
          if (v === undefined) delete target[k];
          else target[k] = v;
        }
      };
    },
    failSync(code, o = {}) {
      core.failures.push({ code, skip: o.after ?? 0 });
    },
    setCellEditMode(on, o = {}) {
      if (on && o.after !== undefined && o.after > 0) {
        core.cellEditAfter = o.after;
        return;
      }
      core.cellEditAfter = null;
      core.cellEdit = on;
      if (!on) for (const wake of core.cellEditWaiters.splice(0)) wake();
    },
    dispose() {
      state.destroy();
    },
  };
}
