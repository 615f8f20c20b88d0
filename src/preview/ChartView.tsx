import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useReducer } from "react";
import { displayValue } from "./display";
import type { PreviewChart, PreviewWorkbook } from "./preview-workbook";

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
 * The preview's stand-in for Excel's native chart: one horizontal bar per indicator (its % of
 * plan, read live from the sheet) and a dashed line at 100% of plan.
 */
export function ChartView({ workbook }: { workbook: PreviewWorkbook }) {
  const styles = useStyles();
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  useEffect(() => workbook.subscribe(refresh), [workbook]);
  const charts = workbook.charts();
  if (charts.length === 0) return null;
  return (
    <div className={styles.list}>
      {charts.map((c) => (
        <OneChart key={c.blockId} chart={c} workbook={workbook} className={styles.chart} />
      ))}
    </div>
  );
}

function OneChart({ chart, workbook, className }: { chart: PreviewChart; workbook: PreviewWorkbook; className: string }) {
  const points = chart.points.map((p) => {
    const v = workbook.value(p.value.row, p.value.col);
    return { label: String(workbook.value(p.label.row, p.label.col) ?? ""), value: typeof v === "number" ? v : null };
  });
  // The scale reaches past the largest bar and past 100%, so the plan line is always inside.
  const max = Math.max(chart.full * 1.2, ...points.map((p) => p.value ?? 0));
  const x = (v: number) => LABEL_W + (Math.max(0, v) / max) * PLOT_W;
  const height = TOP + points.length * (BAR_H + GAP) + 10;
  const width = LABEL_W + PLOT_W + 70;
  const format = chart.full === 1 ? "0.00%" : "0.00";
  return (
    <svg className={className} width={width} height={height} role="img" aria-label={chart.title} data-testid="preview-chart" data-block={chart.blockId}>
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
              {p.value === null ? "" : displayValue(p.value, format)}
            </text>
          </g>
        );
      })}
      <line
        data-testid="plan-line"
        data-value={String(chart.full)}
        x1={x(chart.full)}
        x2={x(chart.full)}
        y1={TOP - 6}
        y2={height - 6}
        stroke="#C00000"
        strokeWidth={2}
        strokeDasharray="5 3"
      />
      <text x={x(chart.full) + 3} y={TOP - 8} fontSize={10} fill="#C00000">
        {chart.full === 1 ? "100%" : "100"}
      </text>
    </svg>
  );
}
