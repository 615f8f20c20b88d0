import { makeStyles, tokens } from "@fluentui/react-components";
import { cellAddress, parseRangeAddress } from "../core/a1";
import type { SimChart, SimWorkbook } from "../simulator";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  chart: { border: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground1, fontFamily: "'Times New Roman', serif" },
});

const BAR_H = 18;
const GAP = 6;
const LABEL_W = 170;
const PLOT_W = 220;
const TOP = 34;

/**
 * The preview's drawing of the native charts the add-in put in the simulated sheet: the column
 * series as one horizontal bar per category, a line series as a dashed line at its (constant)
 * value. Values and labels are read live from the ranges the series were given, as Excel's chart
 * follows its cells; texts are the cells' own display texts.
 */
export function ChartView({ book }: { book: SimWorkbook }) {
  const styles = useStyles();
  const charts = book.charts(book.activeSheet);
  if (charts.length === 0) return null;
  return (
    <div className={styles.list}>
      {charts.map((c) => (
        <OneChart key={c.id} chart={c} book={book} className={styles.chart} />
      ))}
    </div>
  );
}

interface Point {
  label: string;
  value: number | null;
  text: string;
}

/** The cells of a series range ("Sheet1!H8:H20", "'Báo cáo'!H8:H20"), top to bottom, left to right. */
function cellsOf(book: SimWorkbook, range: string | null): { value: unknown; text: string }[] {
  if (!range) return [];
  const bang = range.lastIndexOf("!");
  const sheet = bang < 0 ? book.activeSheet : range.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  const r = parseRangeAddress(range.slice(bang + 1));
  if (!r) return [];
  const out: { value: unknown; text: string }[] = [];
  for (let i = 0; i < r.rows; i++) for (let j = 0; j < r.cols; j++) out.push(book.cell(sheet, cellAddress(r.row + i, r.col + j)));
  return out;
}

function OneChart({ chart, book, className }: { chart: SimChart; book: SimWorkbook; className: string }) {
  const bars = chart.series.find((s) => s.chartType === null || s.chartType === chart.type) ?? chart.series[0];
  const line = chart.series.find((s) => s !== bars && s.chartType === "Line");
  const labels = cellsOf(book, bars?.xValues ?? null);
  const points: Point[] = cellsOf(book, bars?.values ?? null).map((c, i) => ({
    label: String(labels[i]?.text ?? ""),
    value: typeof c.value === "number" ? c.value : null,
    text: c.text,
  }));
  const plan = cellsOf(book, line?.values ?? null)[0];
  const full = typeof plan?.value === "number" ? plan.value : null;
  // The scale reaches past the largest bar and past the plan line, so the line is always inside.
  const max = Math.max((full ?? 0) * 1.2, ...points.map((p) => p.value ?? 0), 1e-9);
  const x = (v: number) => LABEL_W + (Math.max(0, v) / max) * PLOT_W;
  const height = TOP + points.length * (BAR_H + GAP) + 10;
  const width = LABEL_W + PLOT_W + 70;
  return (
    <svg className={className} width={width} height={height} role="img" aria-label={chart.title} data-testid="preview-chart" data-name={chart.name}>
      <text x={width / 2} y={18} textAnchor="middle" fontWeight="bold" fontSize={13}>
        {chart.title}
      </text>
      {points.map((p, i) => {
        const y = TOP + i * (BAR_H + GAP);
        return (
          <g key={i} data-label={p.label} data-value={p.value === null ? undefined : String(p.value)}>
            <text x={LABEL_W - 4} y={y + BAR_H - 5} textAnchor="end" fontSize={11}>
              {p.label.length > 28 ? `${p.label.slice(0, 27)}…` : p.label}
            </text>
            {p.value !== null && <rect x={LABEL_W} y={y} width={x(p.value) - LABEL_W} height={BAR_H} fill="#4472C4" />}
            <text x={(p.value === null ? LABEL_W : x(p.value)) + 4} y={y + BAR_H - 5} fontSize={11}>
              {bars?.hasDataLabels ? p.text : ""}
            </text>
          </g>
        );
      })}
      {full !== null && (
        <>
          <line
            data-testid="plan-line"
            data-value={String(full)}
            x1={x(full)}
            x2={x(full)}
            y1={TOP - 6}
            y2={height - 6}
            stroke="#C00000"
            strokeWidth={2}
            strokeDasharray="5 3"
          />
          <text x={x(full) + 3} y={TOP - 8} fontSize={10} fill="#C00000">
            {plan?.text ?? ""}
          </text>
        </>
      )}
    </svg>
  );
}
