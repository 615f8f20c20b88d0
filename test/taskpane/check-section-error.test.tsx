/**
 * @jest-environment jsdom
 */
/**
 * When the extractor itself fails (a bug, never the planner's text), the "Kiểm tra số liệu" section says so in
 * Vietnamese and is ready again: the error is neither swallowed nor left to leave the section busy for good.
 */
import { act } from "react";
import { button, openTab, settle, stubHost } from "../support/pane-host";

jest.mock("../../src/core/extract", () => ({
  ...jest.requireActual<object>("../../src/core/extract"),
  checkText: () => {
    throw new Error("lỗi thử");
  },
}));

jest.setTimeout(60000);

test("an extractor failure becomes a message, and the button works again", async () => {
  const el = await openTab(stubHost(), "Kiểm tra số liệu");
  const field = el.querySelector("#check-text") as HTMLTextAreaElement;
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(field, "Tổng mức bán lẻ tháng 9/2020 đạt 441,4 nghìn tỷ đồng.");
    field.dispatchEvent(new Event("input", { bubbles: true }));
  });
  const check = button(el.querySelector("section")!, "Kiểm tra số liệu");
  await act(async () => check.click());
  await settle(30);
  expect(el.textContent).toContain("Có lỗi không mong đợi: Error: lỗi thử");
  expect(el.querySelector("[data-testid=check-records]")).toBeNull();
  // Not busy: the button is neither disabled nor marked so.
  expect(check.disabled).toBe(false);
  expect(check.getAttribute("aria-disabled")).not.toBe("true");
});
