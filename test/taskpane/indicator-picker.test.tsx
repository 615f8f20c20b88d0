/**
 * @jest-environment jsdom
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { act, useState } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { PlanDataset } from "../../src/core/dataset/types";
import { translator } from "../../src/taskpane/i18n";
import { IndicatorPicker } from "../../src/taskpane/sections/IndicatorPicker";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ds = JSON.parse(fs.readFileSync(path.join(__dirname, "../../datasets/tv-sct-2020-h1.json"), "utf8")) as PlanDataset;

/** The picker with its pick held as InsertSection holds it; the last pick is reported. */
function Harness({ onPick }: { onPick: (p: string[]) => void }) {
  const [picked, setPicked] = useState<string[]>([]);
  return (
    <FluentProvider theme={webLightTheme}>
      <IndicatorPicker
        dataset={ds}
        picked={picked}
        onChange={(p) => {
          setPicked(p);
          onPick(p);
        }}
        lang="vi"
        t={translator("vi")}
      />
    </FluentProvider>
  );
}

async function render(onPick: (p: string[]) => void): Promise<HTMLElement> {
  const el = document.createElement("div");
  document.body.appendChild(el);
  await act(async () => createRoot(el).render(<Harness onPick={onPick} />));
  return el;
}

function checkbox(el: HTMLElement, label: string): HTMLInputElement {
  const found = [...el.querySelectorAll("label")].find((l) => l.textContent?.startsWith(label));
  if (!found) throw new Error(`no checkbox ${label}`);
  return document.getElementById(found.htmlFor) as HTMLInputElement;
}

async function type(input: HTMLInputElement, text: string): Promise<void> {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
  await act(async () => {
    setter.call(input, text);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

describe("IndicatorPicker", () => {
  it("searches without diacritics, groups by sector, keeps the order picked, reorders and removes", async () => {
    let pick: string[] = [];
    const el = await render((p) => (pick = p));
    expect(el.textContent).toContain("Chỉ tiêu chủ yếu");
    expect(el.textContent).toContain("Sản phẩm công nghiệp");
    expect(el.textContent).toContain("Chưa chọn chỉ tiêu nào");

    await act(async () => checkbox(el, "Đường kết").click());
    await act(async () => checkbox(el, "Giá trị sản xuất công nghiệp").click());
    expect(pick).toEqual(["product.sugar", "main.industrial-production-value"]);

    // Folded search: "duong ket" finds "Đường kết" and hides the rest.
    await type(el.querySelector("input:not([type=checkbox])") as HTMLInputElement, "duong ket");
    const labels = [...el.querySelectorAll("[role=group] label")].map((l) => l.textContent);
    expect(labels).toEqual(["Đường kết (tấn)"]);

    const button = (name: string) => el.querySelector(`button[aria-label="${name}"]`) as HTMLButtonElement;
    await act(async () => button("Đưa Giá trị sản xuất công nghiệp lên trên").click());
    expect(pick).toEqual(["main.industrial-production-value", "product.sugar"]);
    expect([...el.querySelectorAll("ol li")].map((li) => li.textContent?.replace(/[↑↓✕]/g, ""))).toEqual([
      "Giá trị sản xuất công nghiệp",
      "Đường kết",
    ]);
    await act(async () => button("Bỏ Đường kết khỏi bảng").click());
    expect(pick).toEqual(["main.industrial-production-value"]);
  });
});
