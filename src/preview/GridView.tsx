import { makeStyles, tokens } from "@fluentui/react-components";
import type { CSSProperties } from "react";
import { cellAddress, columnLetter, parseRangeAddress } from "../core/a1";
import type { SimCell, SimWorkbook } from "../simulator";
import { containsCell, type Rect } from "../simulator/address";

const useStyles = makeStyles({
  wrap: { overflow: "auto", border: `1px solid ${tokens.colorNeutralStroke1}`, maxHeight: "calc(100vh - 90px)" },
  table: { borderCollapse: "collapse", fontFamily: "'Times New Roman', serif", fontSize: "12px" },
  head: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2, padding: "0 4px", fontWeight: "normal" },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "1px 4px", minWidth: "48px", maxWidth: "220px", whiteSpace: "pre-wrap", verticalAlign: "bottom" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

interface GridProps {
  book: SimWorkbook;
  /** The user's selection on the active sheet. */
  selection: Rect;
  onSelect: (row: number, col: number) => void;
}

/**
 * The simulated sheet as Excel would show it: each cell's display text (the simulator renders
 * number formats with the workbook's regional settings), its font, fill and alignment, and the
 * merges. Clicking a cell selects it in the simulator. Re-rendered by the caller on every change.
 */
export function GridView({ book, selection, onSelect }: GridProps) {
  const styles = useStyles();
  const sheet = book.activeSheet;
  const used = book.usedRange(sheet) ?? { rows: 0, cols: 0 };
  const rows = Math.max(used.rows + 3, 30);
  const cols = Math.max(used.cols + 2, 10);
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const address of book.merges(sheet)) {
    const m = parseRangeAddress(address);
    if (!m) continue;
    spans.set(`${m.row},${m.col}`, { rowSpan: m.rows, colSpan: m.cols });
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
  }

  return (
    <div className={styles.wrap}>
      <table className={styles.table} data-testid="preview-grid" data-sheet={sheet}>
        <thead>
          <tr>
            <th className={styles.head} />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} className={styles.head} scope="col">
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th className={styles.head} scope="row">
                {r + 1}
              </th>
              {Array.from({ length: cols }, (_, c) => {
                const key = `${r},${c}`;
                if (covered.has(key)) return null;
                const address = cellAddress(r, c);
                const cell = book.cell(sheet, address);
                return (
                  <td
                    key={c}
                    {...spans.get(key)}
                    data-addr={address}
                    data-value={typeof cell.value === "number" ? String(cell.value) : undefined}
                    className={`${styles.cell} ${containsCell(selection, r, c) ? styles.selected : ""}`}
                    style={cellStyle(cell)}
                    onClick={() => onSelect(r, c)}
                  >
                    {cell.text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Excel's look of a cell: General alignment puts numbers right and text left. */
function cellStyle(cell: SimCell): CSSProperties {
  const f = cell.format;
  const set = f.horizontalAlignment && f.horizontalAlignment !== "General" ? f.horizontalAlignment.toLowerCase() : null;
  const textAlign: CSSProperties["textAlign"] =
    set === "centeracrossselection" ? "center" : set === "left" || set === "center" || set === "right" || set === "justify" ? set : typeof cell.value === "number" ? "right" : "left";
  const v = f.verticalAlignment?.toLowerCase();
  return {
    verticalAlign: v === "top" ? "top" : v === "center" ? "middle" : undefined,
    fontWeight: f.bold ? "bold" : undefined,
    fontStyle: f.italic ? "italic" : undefined,
    textAlign,
    backgroundColor: f.fillColor ?? undefined,
    color: f.fontColor && f.fontColor !== "#000000" ? f.fontColor : undefined,
  };
}
