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

/** The form the host's Excel holds: its sheet, its cells from A1 and the selected cell (0-based). */
interface Form {
  sheet: string;
  rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>;
  anchor: { row: number; col: number };
}

const MAIN_H1: Form = { sheet: mainH1Plain.sheet, rows: mainH1Plain.rows, anchor: { row: 4, col: 1 } };

function host(calls: { fills: FillPlan[]; undos: number }, form: Form = MAIN_H1): HostActions {
  const never = () => Promise.reject(new Error("not called in this test"));
  const grid = gridFromValues(form.rows.map((r) => r.map((v) => v ?? null)));
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
      readTable: async () => ({ sheet: form.sheet, grid, anchor: form.anchor }),
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

/**
 * The form's period (the CLI's --period): columns whose header names none ("Ước TH", "Cùng kỳ") take the
 * period chosen, the document's own by default. Expected by hand from seeds/001: six months "Thuốc viên các
 * loại ước đạt 476,8 triệu viên", "Than hoạt tính ước đạt 3994 tấn"; the year (footnote 2) "Thuốc viên các
 * loại ước đạt 1,2 tỷ viên, ... tăng 50% so cùng kỳ" (1.200 triệu viên; the year before 800), "Than hoạt
 * tính ước đạt 8.000 tấn".
 */
const PERIODLESS: Form = {
  sheet: "Sheet1",
  rows: [
    ["Chỉ tiêu", "ĐVT", "Ước TH", "Cùng kỳ", "% so CK"],
    ["Thuốc viên các loại", "Triệu viên"],
    ["Than hoạt tính", "Tấn"],
  ],
  anchor: { row: 1, col: 0 },
};

async function change(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await settle();
}

test("columns without a period take the form's period: the document's by default, the year when chosen", async () => {
  const calls = { fills: [] as FillPlan[], undos: 0 };
  const el = document.createElement("div");
  document.body.appendChild(el);
  await act(async () => createRoot(el).render(<App host={host(calls, PERIODLESS)} theme="light" />));
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
  expect(calls.fills).toHaveLength(1);
  expect(calls.fills[0]!.period.key).toBe("year-2020");
  expect(calls.fills[0]!.writes.find((w) => w.address === "C2")!.value).toBe(1200);
});
