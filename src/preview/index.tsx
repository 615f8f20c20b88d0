/**
 * Dev-only preview: the real task pane, with the production host excelHost() (src/excel/*),
 * against the simulated Excel (src/simulator), so what ships can be tried and tested in a plain
 * browser. The simulator is installed as `Excel` and `Office` on window, as office.js would be.
 * Served by the dev build only (see webpack.config.js); the host profile comes from ?host=.
 */
import { FluentProvider, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useEffect, useReducer } from "react";
import { createRoot } from "react-dom/client";
import { App } from "../taskpane/App";
import { excelHost } from "../taskpane/excel-host";
import type { HostActions } from "../taskpane/host";
import { createSimulator, type HostProfileName, type Simulator } from "../simulator";
import { ChartView } from "./ChartView";
import { GridView } from "./GridView";
import { HostSwitch, profileFrom } from "./HostSwitch";
import { keepPaneSettings } from "./saved-settings";
import { previewHandle, type PreviewHandle } from "./test-handle";

const useStyles = makeStyles({
  layout: { display: "grid", gridTemplateColumns: "1fr var(--pane-width, 360px)", height: "100vh" },
  sheet: { gridColumn: 1, gridRow: 1, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS, minWidth: 0 },
  bar: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
  // Charts sit beside the grid, as Excel places them beside the table.
  sheetAndCharts: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start", minWidth: 0 },
  grid: { flex: 1, minWidth: 0 },
  pane: { gridColumn: 2, gridRow: 1, borderLeft: `1px solid ${tokens.colorNeutralStroke1}`, overflowY: "auto" },
});

interface PreviewProps {
  sim: Simulator;
  handle: PreviewHandle;
  host: HostActions;
  theme: "light" | "dark";
  /** Pane width in px, as the task pane would be in Excel (320-500). */
  paneWidth: number;
}

function Preview({ sim, handle, host, theme, paneWidth }: PreviewProps) {
  const styles = useStyles();
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  // The simulator announces each synced batch and each change made through the handle.
  useEffect(() => sim.workbook.onChange(redraw), [sim]);
  return (
    <div className={styles.layout} style={{ ["--pane-width" as string]: `${paneWidth}px` }}>
      {/* The pane first: in Excel it is its own frame, so keyboard focus starts in it, not in the sheet's tools. */}
      <div className={styles.pane} data-testid="pane">
        <App host={host} theme={theme} />
      </div>
      <FluentProvider theme={webLightTheme} className={styles.sheet}>
        <div className={styles.bar}>
          <Text size={200}>Bản xem thử: Excel giả lập trong trình duyệt / Preview: a simulated Excel in the browser</Text>
          <HostSwitch current={sim.profile} />
        </div>
        <div className={styles.sheetAndCharts}>
          <div className={styles.grid}>
            <GridView book={sim.workbook} selection={handle.selected()} onSelect={handle.select} />
          </div>
          <ChartView book={sim.workbook} />
        </div>
      </FluentProvider>
    </div>
  );
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const profile: HostProfileName = profileFrom(params.get("host"));
  const sim = createSimulator({ profile, locale: "vi-VN" });
  sim.install(window as unknown as Record<string, unknown>);
  await keepPaneSettings(sim);
  const handle = previewHandle(sim);
  handle.select(1, 1); // B2, where a planner would start a table
  // Tests and developers drive the workbook as a planner would (select, paste) through this handle.
  (window as unknown as { previewWorkbook: PreviewHandle }).previewWorkbook = handle;
  createRoot(document.getElementById("root")!).render(
    <Preview
      sim={sim}
      handle={handle}
      host={excelHost()}
      theme={params.get("theme") === "dark" ? "dark" : "light"}
      paneWidth={Math.min(600, Math.max(280, Number(params.get("pane")) || 360))}
    />,
  );
}

void start();
