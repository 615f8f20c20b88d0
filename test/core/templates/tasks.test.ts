import { buildTemplate, DEFAULT_OPTIONS, periodChoices } from "../../../src/core/templates";
import { evaluate, loadDataset, round2, texts } from "./evaluate";

const qd = loadDataset("tv-qd1809-2021");

describe("tasks for tv-qd1809-2021: the 25 tasks of the appendix", () => {
  const b = buildTemplate("tasks", { dataset: qd! }, DEFAULT_OPTIONS);
  const { firstRow, lastRow } = b.body!;

  it("lists the 25 tasks with their agencies, timeframe and output", () => {
    expect(periodChoices("tasks", qd!)).toHaveLength(1);
    expect(lastRow - firstRow + 1).toBe(25);
    const first = b.cells[firstRow]!.map((c) => c.value);
    expect(first.slice(0, 7)).toEqual([
      "1",
      "Rà soát chính sách ưu đãi, hỗ trợ đầu tư trên địa bàn tỉnh Trà Vinh.",
      "Sở Kế hoạch và Đầu tư",
      "Các sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố",
      "Hàng năm",
      "Nghị quyết HĐND tỉnh",
      "",
    ]);
    expect(b.cells[firstRow]![1]!.note).toContain("1809/QĐ-UBND");
    expect(texts(b)).toContain("(Kèm theo Quyết định số 1809/QĐ-UBND ngày 01/09/2021 của Ủy ban nhân dân tỉnh Trà Vinh)");
    expect(b.cells[b.freezeRows! - 2]!.map((c) => c.value)).toEqual([
      "TT",
      "Nội dung công việc",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Thời gian thực hiện",
      "Sản phẩm",
      "Ghi chú",
      "Tiến độ",
      "Kết quả thực hiện",
    ]);
  });

  it("offers the status as a drop-down list in an input cell", () => {
    const status = b.cells[firstRow]![7]!;
    expect(status.role).toBe("input");
    expect(status.validation).toEqual({ list: ["Vượt", "Đạt", "Chậm", "Chưa thực hiện"] });
  });

  it("counts tasks, tasks done and the completion rate from the statuses typed in", () => {
    const at = (i: number) => `H${firstRow + 1 + i}`;
    const get = evaluate(b, { [at(0)]: "Đạt", [at(1)]: "Vượt", [at(2)]: "Đạt", [at(3)]: "Chậm", [at(4)]: "Chưa thực hiện" });
    const summary = lastRow + 2; // 1-based row of "Tổng số nhiệm vụ"
    expect(b.cells[summary - 1]![1]!.value).toBe("Tổng số nhiệm vụ");
    expect(get(`H${summary}`)).toBe(25);
    expect(get(`H${summary + 1}`)).toBe(3);
    expect(get(`H${summary + 2}`)).toBe(1);
    expect(round2((get(`H${summary + 3}`) as number) * 100)).toBe(12); // 3 ÷ 25
  });
});

describe("tasks without tasks", () => {
  it("is not offered for a dataset without an appendix", () => {
    const h1 = loadDataset("tv-sct-2020-h1");
    if (h1) expect(periodChoices("tasks", h1)).toEqual([]);
  });

  it("leaves the completion rate blank in the empty template", () => {
    const b = buildTemplate("tasks", null, DEFAULT_OPTIONS, 5);
    const get = evaluate(b);
    const summary = b.body!.lastRow + 2;
    expect(get(`H${summary}`)).toBe(0);
    expect(get(`H${summary + 3}`)).toBe("");
  });
});
