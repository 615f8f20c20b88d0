import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useReducer } from "react";
import { cellAddress, columnLetter } from "../core/a1";
import { displayValue } from "./display";
import type { PreviewWorkbook } from "./preview-workbook";

const useStyles = makeStyles({
  wrap: { overflow: "auto", border: `1px solid ${tokens.colorNeutralStroke1}`, maxHeight: "calc(100vh - 60px)" },
  table: { borderCollapse: "collapse", fontFamily: "'Times New Roman', serif", fontSize: "12px" },
  head: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2, padding: "0 4px", fontWeight: "normal" },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "1px 4px", minWidth: "48px", maxWidth: "220px", whiteSpace: "pre-wrap", verticalAlign: "middle" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

/** The preview's sheet: computed values rendered as a table; click a cell to select it. */
export function GridView({ workbook }: { workbook: PreviewWorkbook }) {
  const styles = useStyles();
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  useEffect(() => workbook.subscribe(refresh), [workbook]);

  const size = workbook.size();
  const rows = Math.max(size.rows + 3, 30);
  const cols = Math.max(size.cols + 2, 10);
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of workbook.merges) {
    spans.set(`${m.row},${m.col}`, { rowSpan: m.rows, colSpan: m.cols });
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) covered.add(`${r},${c}`);
  }

  return (
    <div className={styles.wrap}>
      <table className={styles.table} data-testid="preview-grid">
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
                const look = workbook.looks.get(key);
                const value = workbook.value(r, c);
                const selected = workbook.selection.row === r && workbook.selection.col === c;
                const style = look?.style;
                return (
                  <td
                    key={c}
                    {...spans.get(key)}
                    data-addr={cellAddress(r, c)}
                    data-value={typeof value === "number" ? String(value) : undefined}
                    title={look?.note}
                    className={`${styles.cell} ${selected ? styles.selected : ""}`}
                    style={{
                      fontWeight: style?.bold ? "bold" : undefined,
                      fontStyle: style?.italic ? "italic" : undefined,
                      textAlign: style?.hAlign ?? (typeof value === "number" ? "right" : "left"),
                      backgroundColor: style?.fill,
                    }}
                    onClick={() => workbook.select(r, c)}
                  >
                    {displayValue(value, look?.numberFormat)}
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
