/**
 * Header text of each column, read over several header rows: merged cells give their text to
 * every column they cover (once, however many rows they span), a group title written in one
 * cell and centred over the columns beside it is carried to them, line breaks become spaces.
 */
import { GridView } from "./grid";

export interface ColumnHeader {
  col: number;
  /** Rows joined with spaces. */
  text: string;
  /** Identity of the top group cell ("r,c"), shared by the columns under one group title. */
  group: string | null;
  /** Position of the column inside its group (0 = first). */
  groupPos: number;
  /** Text of the lowest header cell when it belongs to this column alone ("Lượng", "Số DN"). */
  leaf: string;
}

interface Slot {
  text: string;
  owner: string;
  /** Owner spans several columns (merge or carried group title). */
  wide: boolean;
}

export function columnHeaders(view: GridView, headerRows: number[], left: number, right: number, labelCols: number[]): ColumnHeader[] {
  const width = right - left + 1;
  const slots: Slot[][] = headerRows.map((row) => {
    const line: Slot[] = [];
    for (let c = left; c <= right; c++) {
      const m = view.merge(row, c);
      line.push({ text: clean(view.text(row, c)), owner: view.ownerKey(row, c), wide: !!m && m.cols > 1 });
    }
    return line;
  });
  // A group title in one cell, with sub-headers under it and under the blank cells to its right.
  const hasTextBelow = (i: number, k: number): boolean => slots.slice(i + 1).some((line) => line[k]!.text !== "");
  for (let i = 0; i < slots.length - 1; i++) {
    const line = slots[i]!;
    for (let k = 1; k < width; k++) {
      const here = line[k]!;
      const prev = line[k - 1]!;
      if (here.text !== "" || prev.text === "" || labelCols.includes(left + k)) continue;
      const prevMerge = view.merge(headerRows[i]!, left + k - 1);
      if (prevMerge && prevMerge.cols > 1) continue;
      if (!hasTextBelow(i, k) || !hasTextBelow(i, k - 1)) continue;
      line[k] = { text: prev.text, owner: prev.owner, wide: true };
      prev.wide = true;
    }
  }
  const out: ColumnHeader[] = [];
  for (let k = 0; k < width; k++) {
    const parts: string[] = [];
    let lastOwner = "";
    let group: string | null = null;
    let leaf = "";
    for (const line of slots) {
      const s = line[k]!;
      if (s.text === "" || s.owner === lastOwner) continue;
      lastOwner = s.owner;
      parts.push(s.text);
      if (group === null) group = s.wide ? s.owner : null;
      leaf = s.wide ? "" : s.text;
    }
    out.push({ col: left + k, text: parts.join(" "), group, groupPos: 0, leaf });
  }
  // Position inside the group: columns sharing the same top group cell, left to right.
  for (let k = 0; k < width; k++) {
    const g = out[k]!.group;
    if (g === null) continue;
    let pos = 0;
    for (let j = k - 1; j >= 0 && out[j]!.group === g; j--) pos++;
    out[k]!.groupPos = pos;
  }
  return out;
}

function clean(text: string): string {
  return text.replace(/[\r\n\t\u00a0]+/g, " ").replace(/ {2,}/g, " ").trim();
}
