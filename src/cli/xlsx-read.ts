/**
 * Reads one ExcelJS worksheet into the detection grid: values (formula results for formula
 * cells), formulas (shared formulas translated to each cell), merges (only the top-left cell
 * keeps the value, as Office.js reports it), number formats, text with line breaks, rich
 * text flattened.
 */
import type * as ExcelJS from "exceljs";
import type { Grid, GridCell, GridValue, MergeArea, Rect } from "../core/detect";
import { parseRangeAddress } from "../core/a1";

export function sheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const rowCount = ws.rowCount;
  const rows: (GridCell | null)[][] = [];
  const merges: MergeArea[] = [];
  const slave = new Set<string>();
  for (const ref of mergeRefs(ws)) {
    const r = parseRangeAddress(ref);
    if (!r) continue;
    merges.push({ row: r.row, col: r.col, rows: r.rows, cols: r.cols });
    for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) if (i || j) slave.add(`${r.row + i},${r.col + j}`);
  }
  for (let r = 1; r <= rowCount; r++) {
    const row = ws.getRow(r);
    const out: (GridCell | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (slave.has(`${r - 1},${c - 1}`)) return;
      const g = toGridCell(cell);
      if (g) out[c - 1] = g;
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    rows.push(out);
  }
  return { rows, merges };
}

/**
 * The grid with the number formats of the empty cells inside `area`, which sheetToGrid does not visit (reading every
 * empty cell of a workbook costs the recalculation of the GSO's 19 sheets a third more time): a blank comparison
 * column formatted "0.00%" tells the formulas to write a ratio, not an index ×100. The same grid when none is found.
 */
export function withBlankFormats(ws: ExcelJS.Worksheet, grid: Grid, area: Rect): Grid {
  let rows: (GridCell | null)[][] | undefined;
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) {
      if (grid.rows[r]?.[c]) continue;
      const fmt = ws.findCell(r + 1, c + 1)?.numFmt;
      if (typeof fmt !== "string" || fmt === "" || fmt === "General") continue;
      rows ??= grid.rows.map((row) => (Array.isArray(row) ? [...row] : []));
      while (rows.length <= r) rows.push([]);
      rows[r]![c] = { value: null, numberFormat: fmt };
    }
  }
  return rows ? { rows, merges: grid.merges } : grid;
}

function mergeRefs(ws: ExcelJS.Worksheet): string[] {
  const model = ws.model as unknown as { merges?: unknown };
  return Array.isArray(model.merges) ? model.merges.filter((m): m is string => typeof m === "string") : [];
}

function toGridCell(cell: ExcelJS.Cell): GridCell | null {
  const v = cell.value as unknown;
  const numberFormat = typeof cell.numFmt === "string" && cell.numFmt !== "" && cell.numFmt !== "General" ? cell.numFmt : undefined;
  const withFormat = (g: GridCell): GridCell => (numberFormat ? { ...g, numberFormat } : g);
  if (v === null || v === undefined) return numberFormat ? { value: null, numberFormat } : null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return withFormat({ value: v });
  if (v instanceof Date) return withFormat({ value: v.toISOString().slice(0, 10) });
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      return withFormat({ value: o.richText.map((p: unknown) => (p && typeof (p as { text?: unknown }).text === "string" ? (p as { text: string }).text : "")).join("") });
    }
    if ("formula" in o || "sharedFormula" in o) {
      const formula = cell.formula;
      return withFormat({ value: scalar(o.result), ...(formula ? { formula: `=${formula}` } : {}) });
    }
    if (typeof o.text === "string") return withFormat({ value: o.text });
    if (typeof o.error === "string") return withFormat({ value: o.error });
  }
  return null;
}

function scalar(v: unknown): GridValue {
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v && typeof v === "object" && typeof (v as { error?: unknown }).error === "string") return (v as { error: string }).error;
  return null;
}
