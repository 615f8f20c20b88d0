/**
 * Range.getCellProperties / setCellProperties (ExcelApi 1.9): per-cell formats as plain objects.
 * A cell without fill answers { color: "#FFFFFF", pattern: null } like a white one (office-js
 * #4900, #6218); writing that back sets a solid white fill, which hides the gridlines.
 */
import type { Rect } from "./address";
import { SIDES, normalizeColor, type CellFormat, type Side } from "./formats";
import type { SheetState, WorkbookState } from "./workbook-state";

type Wanted = Record<string, unknown>;

const BORDER_KEYS: Record<Side, string> = { top: "top", bottom: "bottom", left: "left", right: "right" };

function pick(source: Record<string, unknown>, wanted: Wanted | true): Record<string, unknown> {
  if (wanted === true) return source;
  const out: Record<string, unknown> = {};
  for (const [k, w] of Object.entries(wanted)) {
    if (!w || !(k in source)) continue;
    const v = source[k];
    out[k] = w !== true && v && typeof v === "object" ? pick(v as Record<string, unknown>, w as Wanted) : v;
  }
  return out;
}

function formatObject(f: CellFormat, state: WorkbookState, s: SheetState, row: number, col: number): Record<string, unknown> {
  const borders: Record<string, unknown> = {};
  for (const side of SIDES) borders[BORDER_KEYS[side]] = { ...f.borders[side], tintAndShade: 0 };
  return {
    font: { ...f.font, tintAndShade: 0 },
    fill: { color: f.fill ?? "#FFFFFF", pattern: f.fill === null ? null : "Solid", tintAndShade: f.fill === null ? null : 0, patternColor: null, patternTintAndShade: null },
    borders,
    horizontalAlignment: f.horizontalAlignment,
    verticalAlignment: f.verticalAlignment,
    wrapText: f.wrapText,
    indentLevel: f.indentLevel,
    columnWidth: state.columnWidth(s, col),
    rowHeight: state.rowHeight(s, row),
    protection: { locked: f.locked, formulaHidden: false },
  };
}

export function cellProperties(state: WorkbookState, s: SheetState, rect: Rect, wanted: Wanted, address: (row: number, col: number) => string): unknown[][] {
  const grid: unknown[][] = [];
  for (let row = rect.row; row < rect.row + rect.rows; row++) {
    const line: unknown[] = [];
    for (let col = rect.col; col < rect.col + rect.cols; col++) {
      const all: Record<string, unknown> = {
        address: address(row, col),
        addressLocal: address(row, col),
        format: formatObject(state.format(s, row, col), state, s, row, col),
        hidden: false,
        style: "Normal",
      };
      line.push(pick(all, wanted));
    }
    grid.push(line);
  }
  return grid;
}

interface SettableFormat {
  font?: Partial<CellFormat["font"]>;
  fill?: { color?: string; pattern?: string | null };
  borders?: Partial<Record<Side, { style?: string; color?: string; weight?: string }>>;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
}

/** The format after applying one cell's settable properties; null when Excel would refuse them. */
export function applyCellProperties(f: CellFormat, props: { format?: SettableFormat } | null | undefined): CellFormat | null {
  const p = props?.format;
  if (!p) return f;
  let next: CellFormat = { ...f };
  if (p.font) {
    const font = { ...next.font };
    for (const [k, v] of Object.entries(p.font)) {
      if (v === undefined || v === null) continue;
      if (k === "color") {
        const c = normalizeColor(String(v));
        if (!c) return null;
        font.color = c;
      } else if (k in font) (font as Record<string, unknown>)[k] = v;
    }
    next = { ...next, font };
  }
  if (p.fill) {
    if (p.fill.pattern === "None") next = { ...next, fill: null };
    else if (typeof p.fill.color === "string") {
      const c = normalizeColor(p.fill.color);
      if (!c) return null;
      next = { ...next, fill: c };
    }
  }
  if (p.borders) {
    const borders = { ...next.borders };
    for (const side of SIDES) {
      const b = p.borders[side];
      if (!b) continue;
      const color = b.color === undefined || b.color === null ? borders[side].color : normalizeColor(b.color);
      if (!color) return null;
      borders[side] = { style: b.style ?? borders[side].style, weight: b.weight ?? borders[side].weight, color };
    }
    next = { ...next, borders };
  }
  if (typeof p.horizontalAlignment === "string") next.horizontalAlignment = p.horizontalAlignment;
  if (typeof p.verticalAlignment === "string") next.verticalAlignment = p.verticalAlignment;
  if (typeof p.wrapText === "boolean") next.wrapText = p.wrapText;
  if (typeof p.indentLevel === "number") next.indentLevel = p.indentLevel;
  return next;
}
