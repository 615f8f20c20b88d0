/**
 * @jest-environment jsdom
 */
/**
 * The "Kiểm tra số liệu" section: the document's period/date the planner gives reaches the extractor (a text that
 * writes no year gets the given one), a malformed date is refused with a Vietnamese message and nothing is
 * extracted, and with no date the text's own title gives the year (the extractor's rule, not a second one in the pane).
 */
import { act } from "react";
import type { SheetBlock } from "../../src/core/sheet-block";
import { button, openTab, settle, stubHost } from "../support/pane-host";

/** A monthly statement that names its month but not its year (as in the national statistics office's releases). */
const YEARLESS =
  "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 9 ước đạt 441,4 nghìn tỷ đồng, tăng 2,7% so với tháng trước và tăng 4,9% so với cùng kỳ năm trước.";

/** Types into a React-controlled field (React listens for "input" and reads the native value setter's result). */
async function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, "value")!.set!.call(field, value);
    field.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

function openCheck(inserted: SheetBlock[] = []): Promise<HTMLElement> {
  const insertBlock = async (block: SheetBlock) => {
    inserted.push(block);
    return { address: "Sheet1!B3:H9", rows: 7 };
  };
  return openTab(stubHost({ insertBlock }), "Kiểm tra số liệu");
}

/** The section's own button, not the tab of the same name. */
const checkButton = (el: HTMLElement): HTMLButtonElement => button(el.querySelector("section")!, "Kiểm tra số liệu");

const records = (el: HTMLElement): string => el.querySelector("[data-testid=check-records]")?.textContent ?? "";

jest.setTimeout(60000);

test("the date given reaches the extraction: a month without a year takes the given year", async () => {
  const inserted: SheetBlock[] = [];
  const el = await openCheck(inserted);
  await type(el.querySelector("#check-text") as HTMLTextAreaElement, YEARLESS);
  await type(el.querySelector("[data-testid=check-date]") as HTMLInputElement, "tháng 9/2020");
  await act(async () => checkButton(el).click());
  await settle(30);
  expect(records(el)).toContain("441,4 nghìn tỷ đồng");
  expect(records(el)).toContain("tháng 9/2020");
  expect(el.textContent).toContain("Tìm thấy 1 số liệu");
  // The figures insert as a standard table of that period.
  await act(async () => button(el, "Chèn thành bảng").click());
  await settle(30);
  expect(inserted).toHaveLength(1);
  expect(JSON.stringify(inserted[0])).toContain("441.4");
  expect(el.textContent).toContain("Sheet1!B3:H9");

  // The same text checked again with another date gives that year instead.
  await type(el.querySelector("[data-testid=check-date]") as HTMLInputElement, "30/9/2023");
  await act(async () => checkButton(el).click());
  await settle(30);
  expect(records(el)).toContain("tháng 9/2023");
  expect(records(el)).not.toContain("2020");
});

test("a malformed date: a Vietnamese message under the field, nothing extracted", async () => {
  const el = await openCheck();
  await type(el.querySelector("#check-text") as HTMLTextAreaElement, YEARLESS);
  await type(el.querySelector("[data-testid=check-date]") as HTMLInputElement, "13/2020");
  await act(async () => checkButton(el).click());
  await settle(30);
  expect(el.textContent).toContain('Kỳ/ngày của văn bản "13/2020" không đúng: hãy nhập tháng/năm (ví dụ 6/2023) hoặc ngày/tháng/năm (ví dụ 30/6/2023).');
  expect(el.querySelector("[data-testid=check-date]")!.getAttribute("aria-invalid")).toBe("true");
  expect(el.querySelector("[data-testid=check-records]")).toBeNull();
  expect(el.textContent).not.toContain("Tìm thấy");

  // Corrected, the message goes and the check runs.
  await type(el.querySelector("[data-testid=check-date]") as HTMLInputElement, "12/2020");
  await act(async () => checkButton(el).click());
  await settle(30);
  expect(el.textContent).not.toContain("không đúng: hãy nhập");
  expect(records(el)).toContain("tháng 9/2020");
});

test("no date given: the year comes from the text's own title line", async () => {
  const el = await openCheck();
  await type(el.querySelector("#check-text") as HTMLTextAreaElement, `Tình hình kinh tế - xã hội tháng 9 năm 2021\n${YEARLESS}`);
  await act(async () => checkButton(el).click());
  await settle(30);
  expect(records(el)).toContain("441,4 nghìn tỷ đồng");
  expect(records(el)).toContain("tháng 9/2021");
});
