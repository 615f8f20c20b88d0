/**
 * For the pane's jsdom tests: a host whose actions fail unless a test gives them, the App rendered on it,
 * and the small helpers every such test needs.
 */
import { act } from "react";
import { createRoot } from "react-dom/client";
import { App } from "../../src/taskpane/App";
import type { HostActions } from "../../src/taskpane/host";

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Workbook = HostActions["workbook"];
type Data = HostActions["data"];

const never = () => Promise.reject(new Error("not called in this test"));

/** An Excel host with no blocks and default settings; each action a test leaves out rejects if called. */
export function stubHost(workbook: Partial<Workbook> = {}, data: Partial<Data> = {}): HostActions {
  return {
    workbook: {
      kind: "excel",
      unsupportedFeatures: () => [],
      insertBlock: never,
      undoLastInsert: never,
      listBlocks: async () => [],
      refreshBlock: never,
      readTable: never,
      writeCells: never,
      writeFill: never,
      loadSettings: async () => ({}),
      saveSettings: async () => undefined,
      ...workbook,
    },
    data: { listDatasets: never, getDataset: never, ...data },
  };
}

/** The first button under `el` whose text starts with `text`. */
export function button(el: Element, text: string): HTMLButtonElement {
  const b = [...el.querySelectorAll("button")].find((x) => x.textContent?.startsWith(text));
  if (!b) throw new Error(`no button "${text}"`);
  return b as HTMLButtonElement;
}

/** Lets timers, promises and React's updates run. */
export async function settle(ms = 0): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, ms)));
}

/** The pane on `host`, opened at the tab named `tab`. */
export async function openTab(host: HostActions, tab: string): Promise<HTMLElement> {
  const el = document.createElement("div");
  document.body.appendChild(el);
  await act(async () => createRoot(el).render(<App host={host} theme="light" />));
  await act(async () => button(el, tab).click());
  await settle();
  return el;
}
