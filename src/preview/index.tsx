/**
 * Dev-only preview: the real task pane beside an in-browser workbook, so the product can be
 * tried and tested in a plain browser. Served by the dev server only (see webpack.config.js).
 */
import { FluentProvider, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { validateDataset, validateDatasetIndex } from "../core/dataset/validate";
import { createDataClient } from "../data/client";
import { App } from "../taskpane/App";
import type { HostActions } from "../taskpane/host";
import { ChartView } from "./ChartView";
import { GridView } from "./GridView";
import { PreviewWorkbook } from "./preview-workbook";

const useStyles = makeStyles({
  layout: { display: "grid", gridTemplateColumns: "1fr var(--pane-width, 360px)", height: "100vh" },
  sheet: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS, minWidth: 0 },
  // Charts sit beside the grid, as Excel places them beside the table.
  sheetAndCharts: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start", minWidth: 0 },
  grid: { flex: 1, minWidth: 0 },
  pane: { borderLeft: `1px solid ${tokens.colorNeutralStroke1}`, overflowY: "auto" },
});

interface PreviewProps {
  workbook: PreviewWorkbook;
  host: HostActions;
  theme: "light" | "dark";
  /** Pane width in px, as the task pane would be in Excel (320-500). */
  paneWidth: number;
}

function Preview({ workbook, host, theme, paneWidth }: PreviewProps) {
  const styles = useStyles();
  return (
    <div className={styles.layout} style={{ ["--pane-width" as string]: `${paneWidth}px` }}>
      <FluentProvider theme={webLightTheme} className={styles.sheet}>
        <Text size={200}>Bản xem thử: bảng tính trong trình duyệt, không phải Excel / Preview: an in-browser workbook, not Excel</Text>
        <div className={styles.sheetAndCharts}>
          <div className={styles.grid}>
            <GridView workbook={workbook} />
          </div>
          <ChartView workbook={workbook} />
        </div>
      </FluentProvider>
      <div className={styles.pane} data-testid="pane">
        <App host={host} theme={theme} />
      </div>
    </div>
  );
}

const params = new URLSearchParams(location.search);
const workbook = new PreviewWorkbook(localStorage);
const host: HostActions = {
  workbook,
  data: createDataClient({
    fetch: (input, init) => fetch(input, init),
    store: localStorage,
    instanceId: "preview",
    validateIndex: validateDatasetIndex,
    validateDataset,
  }),
};
// Tests drive the workbook directly (paste a table, select a cell) through this handle.
(window as unknown as { previewWorkbook: PreviewWorkbook }).previewWorkbook = workbook;
createRoot(document.getElementById("root")!).render(
  <Preview
    workbook={workbook}
    host={host}
    theme={params.get("theme") === "dark" ? "dark" : "light"}
    paneWidth={Math.min(600, Math.max(280, Number(params.get("pane")) || 360))}
  />,
);
