/**
 * @jest-environment jsdom
 */
/**
 * The form's period in "Điền biểu mẫu" (the CLI's --period): columns whose header names no period
 * ("Ước TH", "Cùng kỳ") take the period chosen, the document's own by default. Expected figures by
 * hand from seeds/001: six months "Thuốc viên các loại ước đạt 476,8 triệu viên", "Than hoạt tính ước
 * đạt 3994 tấn"; the year (footnote 2) "Thuốc viên các loại ước đạt 1,2 tỷ viên, ... tăng 50% so cùng
 * kỳ" (1.200 triệu viên; the year before 800), "Than hoạt tính ước đạt 8.000 tấn".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { gridFromValues } from "../../src/core/detect";
import type { FillPlan } from "../../src/core/fill";
import type { DatasetIndex, PlanDataset } from "../../src/core/dataset/types";
import { App } from "../../src/taskpane/App";
import type { HostActions } from "../../src/taskpane/host";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const read = (f: string): unknown => JSON.parse(readFileSync(join(process.cwd(), "datasets", f), "utf8"));
const index = read("index.json") as DatasetIndex;
const dataset = read("tv-sct-2020-h1.json") as PlanDataset;

const FORM = [
  ["Chỉ tiêu", "ĐVT", "Ước TH", "Cùng kỳ", "% so CK"],
  ["Thuốc viên các loại", "Triệu viên", null, null, null],
  ["Than hoạt tính", "Tấn", null, null, null],
];

function host(fills: FillPlan[]): HostActions {
  const never = () => Promise.reject(new Error("not called in this test"));
  return {
    workbook: {
      kind: "excel",
      unsupportedFeatures: () => [],
      insertBlock: never,
      undoLastInsert: never,
      listBlocks: async () => [],
      refreshBlock: never,
      readTable: async () => ({ sheet: "Sheet1", grid: gridFromValues(FORM), anchor: { row: 1, col: 0 } }),
      writeCells: never,
      writeFill: async (_sheet, plan) => {
        fills.push(plan);
        return { ranges: ["C2:E3"] };
      },
      loadSettings: async () => ({}),
      saveSettings: async () => undefined,
    },
    data: {
      listDatasets: async () => ({ data: index, source: "data/index.json", asOf: "2026-12-01", fromCache: false }),
      getDataset: async () => ({ data: dataset, source: "data/tv-sct-2020-h1.json", asOf: "2026-12-01", fromCache: false }),
    },
  };
}

function button(el: HTMLElement, text: string): HTMLButtonElement {
  const b = [...el.querySelectorAll("button")].find((x) => x.textContent?.startsWith(text));
  if (!b) throw new Error(`no button "${text}"`);
  return b as HTMLButtonElement;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

async function change(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await settle();
}

jest.setTimeout(60000);

test("columns without a period take the form's period: the document's by default, the year when chosen", async () => {
  const fills: FillPlan[] = [];
  const el = document.createElement("div");
  document.body.appendChild(el);
  await act(async () => createRoot(el).render(<App host={host(fills)} theme="light" />));
  await act(async () => button(el, "Điền biểu mẫu").click());
  await settle();
  const docSelect = [...el.querySelectorAll("select")].find((s) => [...s.options].some((o) => o.value === "tv-sct-2020-h1")) as HTMLSelectElement;
  await change(docSelect, "tv-sct-2020-h1");
  await act(async () => button(el, "Đọc biểu mẫu đang chọn").click());
  await settle();

  const periodSelect = [...el.querySelectorAll("select")].find((s) => [...s.options].some((o) => o.value === "year-2020")) as HTMLSelectElement;
  expect(periodSelect).toBeDefined();
  expect(periodSelect.selectedOptions[0]!.textContent).toBe("6 tháng đầu năm 2020");
  const rows = () => el.querySelector("[data-testid=fill-rows]")!.textContent ?? "";
  expect(rows()).toContain("C2: 476,8 —");
  expect(rows()).toContain("C3: 3.994 —");

  await change(periodSelect, "year-2020");
  expect(rows()).toContain("C2: 1.200 —");
  expect(rows()).toContain("D2: 800 —");
  expect(rows()).toContain("C3: 8.000 —");
  expect(rows()).not.toContain("476,8");
  await act(async () => button(el, "Điền biểu mẫu (").click());
  await settle();
  expect(fills).toHaveLength(1);
  expect(fills[0]!.period.key).toBe("year-2020");
  expect(fills[0]!.writes.find((w) => w.address === "C2")!.value).toBe(1200);
});
