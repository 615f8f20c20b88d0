/**
 * @jest-environment jsdom
 */
/**
 * Settings that cannot be read from the workbook: the pane says so in Vietnamese, with the reason, and goes on with
 * the defaults; a workbook with none saved is not a failure and says nothing.
 */
import { openTab, settle, stubHost } from "../support/pane-host";

jest.setTimeout(60000);

test("a failure to read the saved settings is said, not swallowed", async () => {
  const el = await openTab(stubHost({ loadSettings: () => Promise.reject(new Error("mất kết nối với sổ làm việc")) }), "Kiểm tra số liệu");
  await settle();
  const alert = el.querySelector("[role=alert]");
  expect(alert?.textContent).toBe(
    "Không đọc được cài đặt đã lưu trong sổ làm việc, bảng điều khiển dùng cài đặt mặc định (Error: mất kết nối với sổ làm việc).",
  );
});

test("no settings saved yet: no message", async () => {
  const el = await openTab(stubHost({ loadSettings: async () => ({}) }), "Kiểm tra số liệu");
  await settle();
  expect(el.querySelector("[role=alert]")).toBeNull();
});
