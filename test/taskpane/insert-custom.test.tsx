/**
 * @jest-environment jsdom
 */
/**
 * The insert section with the custom table (issue 13, point 2): choosing it shows the picker; the
 * insert stays disabled until an indicator is picked; the block inserted lists the picked indicators
 * in the order picked and records them for a refresh.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { DatasetIndex, PlanDataset } from "../../src/core/dataset/types";
import type { SheetBlock } from "../../src/core/sheet-block";
import { DEFAULT_SETTINGS, type HostActions } from "../../src/taskpane/host";
import { translator } from "../../src/taskpane/i18n";
import { InsertSection } from "../../src/taskpane/sections/InsertSection";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const DIR = path.join(__dirname, "../../datasets");
const index = JSON.parse(fs.readFileSync(path.join(DIR, "index.json"), "utf8")) as DatasetIndex;
const read = (id: string) => JSON.parse(fs.readFileSync(path.join(DIR, `${id}.json`), "utf8")) as PlanDataset;

function host(inserted: SheetBlock[]): HostActions {
  const never = () => Promise.reject(new Error("not called in this test"));
  const fetched = <T,>(data: T) => ({ data, source: "data/", asOf: "2026-12-07", fromCache: false });
  return {
    workbook: {
      kind: "excel",
      unsupportedFeatures: () => [],
      insertBlock: async (block: SheetBlock) => {
        inserted.push(block);
        return { address: "Sheet1!A1:H20", rows: block.rows };
      },
      undoLastInsert: never,
      listBlocks: async () => [],
      refreshBlock: never,
      readTable: never,
      writeCells: never,
      loadSettings: async () => ({}),
      saveSettings: async () => undefined,
    },
    data: {
      listDatasets: async () => fetched(index),
      getDataset: async (_base: string, id: string) => fetched(read(id)),
    },
  } as unknown as HostActions;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

it("picks indicators for the custom table and inserts them in the order picked", async () => {
  const inserted: SheetBlock[] = [];
  const el = document.createElement("div");
  document.body.appendChild(el);
  await act(async () =>
    createRoot(el).render(
      <FluentProvider theme={webLightTheme}>
        <InsertSection host={host(inserted)} settings={DEFAULT_SETTINGS} t={translator("vi")} />
      </FluentProvider>,
    ),
  );
  await settle();
  const templateSelect = el.querySelector("select") as HTMLSelectElement;
  await act(async () => {
    templateSelect.value = "custom";
    templateSelect.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await settle();
  expect(el.querySelector("[data-testid=indicator-picker]")).not.toBeNull();
  const insert = [...el.querySelectorAll("button")].find((b) => b.textContent === "Chèn bảng") as HTMLButtonElement;
  expect(insert.disabled).toBe(true);

  const tick = async (label: string) => {
    const l = [...el.querySelectorAll("label")].find((x) => x.textContent?.startsWith(label))!;
    await act(async () => (document.getElementById(l.htmlFor) as HTMLInputElement).click());
  };
  await tick("Tổng mức bán lẻ");
  await tick("Đường kết");
  expect(insert.disabled).toBe(false);
  await act(async () => insert.click());
  await settle();

  expect(inserted).toHaveLength(1);
  const b = inserted[0]!;
  expect(b.meta.templateId).toBe("custom");
  expect(b.meta.options?.indicators).toBe("main.retail-sales,product.sugar");
  const names = b.cells.slice(b.body!.firstRow, b.body!.lastRow + 1).map((r) => r[1]!.value);
  expect(names).toEqual(["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Đường kết"]);
}, 60_000);
