/**
 * @jest-environment jsdom
 */
/**
 * The "Tính lại" section with a host that plays Excel: read the selected table, see its extent, write the
 * comparison formulas (the host receives them in the sheet's cells), then the table is read again; a failed
 * read is a message in Vietnamese, and the progress bar goes away either way.
 */
import { act } from "react";
import { gridFromValues } from "../../src/core/detect";
import { UserError } from "../../src/core/user-error";
import type { CellWrite } from "../../src/taskpane/host";
import { button, openTab, settle, stubHost } from "../support/pane-host";

/** A department's table: plan, actual, and "% so KH" left empty for the add-in to fill. */
const ROWS = [
  ["Chỉ tiêu", "ĐVT", "Kế hoạch năm 2020", "Thực hiện 6 tháng 2020", "% so KH"],
  ["Giá trị sản xuất công nghiệp", "Tỷ đồng", 45400, 19125.44, null],
  ["Kim ngạch xuất khẩu", "Triệu USD", 1000, 650.5, null],
];

interface Calls {
  reads: number;
  writes: CellWrite[][];
  failRead?: boolean;
}

function open(calls: Calls): Promise<HTMLElement> {
  const host = stubHost({
    readTable: async () => {
      calls.reads++;
      if (calls.failRead) throw new UserError("read-no-table", { vi: "Không có bảng ở ô đang chọn.", en: "No table at the selected cell." });
      return { sheet: "Sheet1", grid: gridFromValues(ROWS), anchor: { row: 1, col: 0 } };
    },
    writeCells: async (_sheet, writes) => {
      calls.writes.push(writes);
      return { ranges: ["E2:E3"] };
    },
  });
  return openTab(host, "Tính lại");
}

jest.setTimeout(60000);

test("read the selected table, write its comparison formulas, read it again", async () => {
  const calls: Calls = { reads: 0, writes: [] };
  const el = await open(calls);
  await act(async () => button(el, "Đọc bảng đang chọn").click());
  await settle();
  expect(calls.reads).toBe(1);
  expect(el.querySelector("[data-testid=recalc-extent]")!.textContent).toContain("2 dòng số liệu");
  expect(el.querySelector("[role=progressbar]")).toBeNull();

  await act(async () => button(el.querySelector("section")!, "Tính lại tỷ lệ (2 công thức)").click());
  await settle();
  expect(calls.writes).toHaveLength(1);
  const formulas = calls.writes[0]!.filter((w) => typeof w.content === "string" && w.content.startsWith("="));
  expect(formulas.map((w) => [w.row, w.col])).toEqual([
    [1, 4],
    [2, 4],
  ]);
  // E2 = D2 / C2, blank when a base is missing (the formulas' own tests check the arithmetic).
  expect(formulas[0]!.content).toMatch(/D2.*C2/);
  expect(el.textContent).toContain("Đã ghi 2 công thức vào E2:E3.");
  expect(calls.reads).toBe(2);
  expect(el.querySelector("[role=progressbar]")).toBeNull();
});

test("a failed read: the host's message in Vietnamese, the button usable again", async () => {
  const calls: Calls = { reads: 0, writes: [], failRead: true };
  const el = await open(calls);
  await act(async () => button(el, "Đọc bảng đang chọn").click());
  await settle();
  expect(el.textContent).toContain("Không có bảng ở ô đang chọn.");
  expect(button(el, "Đọc bảng đang chọn").disabled).toBe(false);
  expect(calls.writes).toHaveLength(0);
});
