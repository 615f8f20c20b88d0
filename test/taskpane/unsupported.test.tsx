/**
 * @jest-environment jsdom
 */
import { act } from "react";
import { createRoot } from "react-dom/client";
import { App } from "../../src/taskpane/App";
import type { HostActions } from "../../src/taskpane/host";
import { DataUnavailableError } from "../../src/data/client";
import { stubHost } from "../support/pane-host";

function hostWithout(features: string[]): HostActions {
  return stubHost(
    {
      unsupportedFeatures: () =>
        features.map((feature) => ({ feature, reason: { vi: `Cần ExcelApi mới hơn cho ${feature}.`, en: `Needs a newer ExcelApi for ${feature}.` } })),
    },
    { listDatasets: () => Promise.reject(new DataUnavailableError("data-offline", { vi: "Không kết nối được.", en: "Offline." }, null)) },
  );
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

describe("undo on a host older than the insert's snapshot", () => {
  it("says the values are back and names each format it could not restore, with the reason", async () => {
    const host = hostWithout([]);
    host.workbook.undoLastInsert = async () => ({
      address: "Sheet1!B2:I27",
      notRestored: [{ feature: "cellFormats", reason: { vi: "Định dạng ô cần ExcelApi 1.9.", en: "Cell formats need ExcelApi 1.9." } }],
    });
    const el = await render(host);
    const undo = [...el.querySelectorAll("button:not([role=tab])")].find((b) => b.textContent === "Hoàn tác lần chèn") as HTMLButtonElement;
    expect(undo).toBeDefined();
    await act(async () => undo.click());
    const status = el.querySelector("[role=status]")?.textContent ?? "";
    expect(status).toContain("Sheet1!B2:I27");
    expect(status).toContain("Định dạng ô cần ExcelApi 1.9.");
    expect(status).not.toBe("Đã hoàn tác lần chèn tại Sheet1!B2:I27.");
  });
});
