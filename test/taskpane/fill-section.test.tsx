/**
 * @jest-environment jsdom
 */
/**
 * The "Điền biểu mẫu" section with a host that plays Excel: read the selected form, see each row's
 * match and figures with their source sentence, correct one match by hand, fill (the host receives
 * the plan with the correction), undo.
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
import { mainH1Plain } from "../fixtures/forms/forms-tv-2020";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const read = (f: string): unknown => JSON.parse(readFileSync(join(process.cwd(), "datasets", f), "utf8"));
const index = read("index.json") as DatasetIndex;
const dataset = read("tv-sct-2020-h1.json") as PlanDataset;

function host(calls: { fills: FillPlan[]; undos: number }): HostActions {
  const never = () => Promise.reject(new Error("not called in this test"));
  const grid = gridFromValues(mainH1Plain.rows.map((r) => r.map((v) => v ?? null)));
  return {
    workbook: {
      kind: "excel",
      unsupportedFeatures: () => [],
      insertBlock: never,
      undoLastInsert: async () => {
        calls.undos++;
        return { address: "'CT chu yeu'!D5:H11" };
      },
      listBlocks: async () => [],
      refreshBlock: never,
      readTable: async () => ({ sheet: mainH1Plain.sheet, grid, anchor: { row: 4, col: 1 } }),
      writeCells: never,
      writeFill: async (_sheet, plan) => {
        calls.fills.push(plan);
        return { ranges: ["D5:H11"] };
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

jest.setTimeout(60000);

test("read, correct one match by hand, fill, undo", async () => {
  const calls = { fills: [] as FillPlan[], undos: 0 };
  const el = document.createElement("div");
  document.body.appendChild(el);
  await act(async () => createRoot(el).render(<App host={host(calls)} theme="light" />));
  await act(async () => button(el, "Điền biểu mẫu").click());
  await settle();
  const docSelect = [...el.querySelectorAll("select")].find((s) => [...s.options].some((o) => o.value === "tv-sct-2020-h1")) as HTMLSelectElement;
  await act(async () => {
    docSelect.value = "tv-sct-2020-h1";
    docSelect.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await settle();
  await act(async () => button(el, "Đọc biểu mẫu đang chọn").click());
  await settle();

  const rows = el.querySelector("[data-testid=fill-rows]")!;
  expect(rows.textContent).toContain("F5: 15.997");
  expect(rows.textContent).toContain("Giá trị sản xuất công nghiệp: Ước đạt 19.125,44 tỷ đồng".slice(0, 10));
  expect(rows.textContent).toContain("Dòng ghi giá so sánh 2010");
  expect(button(el, "Điền biểu mẫu (8 ô số liệu").disabled).toBe(false);

  // The planner says row 11 ("Lao dong trong nganh CN") is not to be filled.
  const row11 = el.querySelector('select[aria-label="Chỉ tiêu của dòng 11"]') as HTMLSelectElement;
  expect(row11.value).toBe("other.industrial-employment");
  await act(async () => {
    row11.value = "";
    row11.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await settle();
  await act(async () => button(el, "Điền biểu mẫu (7 ô số liệu").click());
  await settle();
  expect(calls.fills).toHaveLength(1);
  expect(calls.fills[0]!.writes.map((w) => w.address).sort()).toEqual(["D5", "D8", "E5", "F5", "F6", "F8", "F9"]);
  expect(el.textContent).toContain("Đã điền 7 ô số liệu");

  await act(async () => button(el, "Hoàn tác lần điền").click());
  await settle();
  expect(calls.undos).toBe(1);
  expect(el.textContent).toContain("Đã hoàn tác lần điền");
});
