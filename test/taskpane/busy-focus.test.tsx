/**
 * @jest-environment jsdom
 */
/**
 * A button pressed from the keyboard keeps the focus while its action runs: it says it is unavailable (aria-disabled)
 * without being disabled, since a disabled button drops the focus to the page and a keyboard user starts again from
 * the top (seen in the browser test of the insert flow on a loaded machine).
 */
import { act } from "react";
import type { SheetBlock } from "../../src/core/sheet-block";
import { button, openTab, settle, stubHost } from "../support/pane-host";

test("the insert button keeps the focus, unavailable, while the insert runs, and is available again after", async () => {
  let finish: (r: { address: string; rows: number }) => void = () => undefined;
  let calls = 0;
  const insertBlock = (_block: SheetBlock) => {
    calls++;
    return new Promise<{ address: string; rows: number }>((resolve) => (finish = resolve));
  };
  const el = await openTab(stubHost({ insertBlock }), "Chèn bảng");
  const section = el.querySelector("section")!;
  // The empty table needs no dataset.
  await act(async () => (section.querySelector('input[role="switch"]') as HTMLInputElement).click());
  await settle();
  const insert = button(section, "Chèn bảng");
  insert.focus();
  await act(async () => insert.click());
  await settle();

  expect(document.activeElement).toBe(insert);
  expect(insert.disabled).toBe(false);
  expect(insert.getAttribute("aria-disabled")).toBe("true");
  // Pressed again while it runs, it starts nothing more.
  await act(async () => insert.click());
  expect(calls).toBe(1);

  await act(async () => finish({ address: "Sheet1!B2:H9", rows: 8 }));
  await settle();
  expect(el.textContent).toContain("Sheet1!B2:H9");
  expect(document.activeElement).toBe(insert);
  expect(insert.getAttribute("aria-disabled")).not.toBe("true");
});
