/**
 * @jest-environment jsdom
 */
/**
 * The pane's tab list (native, in place of Fluent's TabList and its tabster): one tab in the Tab order, arrows,
 * Home and End move focus without opening a tab, a click (or Enter/Space, a native button's click) opens one.
 */
import { act, useState } from "react";
import { createRoot, type Root } from "react-dom/client";
import { TabBar } from "../../src/taskpane/TabBar";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TABS = [
  { id: "a", label: "Alpha" },
  { id: "b", label: "Beta" },
  { id: "c", label: "Gamma" },
];

let root: Root;
let container: HTMLDivElement;
const opened: string[] = [];

function Harness() {
  const [selected, setSelected] = useState("a");
  return (
    <TabBar
      tabs={TABS}
      selected={selected}
      label="Sections"
      onSelect={(id) => {
        opened.push(id);
        setSelected(id);
      }}
    />
  );
}

beforeEach(async () => {
  opened.length = 0;
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
  await act(async () => root.render(<Harness />));
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

const tabs = () => [...container.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const focusedLabel = () => document.activeElement?.textContent;
async function press(key: string) {
  await act(async () => {
    document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
  });
}

test("a labelled tab list; only the selected tab is reachable with Tab, and it names its panel", () => {
  const list = container.querySelector('[role="tablist"]')!;
  expect(list.getAttribute("aria-label")).toBe("Sections");
  expect(tabs().map((b) => [b.textContent, b.getAttribute("aria-selected"), b.tabIndex])).toEqual([
    ["Alpha", "true", 0],
    ["Beta", "false", -1],
    ["Gamma", "false", -1],
  ]);
  expect(tabs()[0]!.getAttribute("aria-controls")).toBe("tabpanel-a");
  expect(tabs()[0]!.id).toBe("tab-a");
});

test("arrows wrap around, Home and End go to the ends, and none of them opens a tab", async () => {
  tabs()[0]!.focus();
  await press("ArrowRight");
  expect(focusedLabel()).toBe("Beta");
  await press("ArrowDown");
  expect(focusedLabel()).toBe("Gamma");
  await press("ArrowRight");
  expect(focusedLabel()).toBe("Alpha");
  await press("ArrowLeft");
  expect(focusedLabel()).toBe("Gamma");
  await press("Home");
  expect(focusedLabel()).toBe("Alpha");
  await press("End");
  expect(focusedLabel()).toBe("Gamma");
  expect(opened).toEqual([]);
  expect(tabs()[0]!.getAttribute("aria-selected")).toBe("true");
});

test("a click opens the tab, which becomes the one in the Tab order", async () => {
  await act(async () => tabs()[1]!.click());
  expect(opened).toEqual(["b"]);
  expect(tabs().map((b) => b.tabIndex)).toEqual([-1, 0, -1]);
  expect(tabs()[1]!.getAttribute("aria-selected")).toBe("true");
});
