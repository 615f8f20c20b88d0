/** Task pane entry inside Office: wires the Excel host into the pane, or explains where to go outside Office. */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { excelHost } from "./excel-host";
import { OutsideOffice } from "./OutsideOffice";
import { prefetchSections } from "./sections/registry";

const root = createRoot(document.getElementById("root")!);

Office.onReady((info) => {
  if (info.host !== Office.HostType.Excel) {
    root.render(<OutsideOffice />);
    return;
  }
  root.render(<App host={excelHost()} theme={officeTheme()} />);
  // Painted (a frame, then a task): say so (bench/load.js), then fetch the code of the other tabs, so they open at once.
  requestAnimationFrame(() =>
    setTimeout(() => {
      document.documentElement.dataset.paneReady = "1";
      void prefetchSections();
    }),
  );
});

/** Office's theme: dark when the body background is dark (Office's dark and black themes). */
function officeTheme(): "light" | "dark" {
  const background = Office.context.officeTheme?.bodyBackgroundColor;
  if (!background || !/^#?[0-9a-f]{6}$/i.test(background)) return "light";
  const hex = background.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 128 ? "dark" : "light";
}
