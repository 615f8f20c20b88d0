/**
 * @jest-environment jsdom
 */
import { act } from "react";
import { createRoot } from "react-dom/client";
import { App } from "../../src/taskpane/App";
import type { HostActions } from "../../src/taskpane/host";
import { DataUnavailableError } from "../../src/data/client";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function hostWithout(features: string[]): HostActions {
  const never = () => Promise.reject(new Error("not called in this test"));
  return {
    workbook: {
      kind: "excel",
      unsupportedFeatures: () =>
        features.map((feature) => ({ feature, reason: { vi: `Cần ExcelApi mới hơn cho ${feature}.`, en: `Needs a newer ExcelApi for ${feature}.` } })),
      insertBlock: never,
      undoLastInsert: never,
      listBlocks: async () => [],
      refreshBlock: never,
      readTable: never,
      writeCells: never,
      writeFill: never,
      loadSettings: async () => ({}),
      saveSettings: async () => undefined,
    },
    data: {
      listDatasets: () => Promise.reject(new DataUnavailableError("data-offline", { vi: "Không kết nối được.", en: "Offline." }, null)),
      getDataset: never,
    },
  };
}

async function render(host: HostActions): Promise<HTMLElement> {
  const el = document.createElement("div");
  document.body.appendChild(el);
  await act(async () => {
    createRoot(el).render(<App host={host} theme="light" />);
  });
  return el;
}

function insertButton(el: HTMLElement): HTMLButtonElement {
  return [...el.querySelectorAll("button:not([role=tab])")].find((b) => b.textContent === "Chèn bảng") as HTMLButtonElement;
}

describe("a host lacking requirement sets", () => {
  it("disables inserting and says why, instead of failing on click", async () => {
    const el = await render(hostWithout(["insert"]));
    expect(el.textContent).toContain("Cần ExcelApi mới hơn cho insert.");
    expect(insertButton(el).disabled).toBe(true);
  });

  it("keeps inserting available when only optional features are missing, and names them", async () => {
    const el = await render(hostWithout(["freeze"]));
    expect(el.textContent).toContain("Cần ExcelApi mới hơn cho freeze.");
    // Empty template: no data needed, so only the requirement sets decide.
    const empty = [...el.querySelectorAll("input[role=switch]")][0] as HTMLInputElement;
    await act(async () => empty.click());
    expect(insertButton(el).disabled).toBe(false);
  });
});
