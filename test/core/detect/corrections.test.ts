import { detectTable, gridFromValues, planRecalc } from "../../../src/core/recalc";

// A department table whose same-period column has a header the detector cannot read.
const TABLE = [
  ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Thực hiện 6 tháng 2026", "Số liệu đối chiếu", "% so KH", "So cùng kỳ (%)"],
  ["1", "Điện sản xuất", "triệu kWh", 21400, 10600, 8068, null, null],
  ["2", "Nước sinh hoạt", "triệu m3", 25.5, 17.1, 12.89, null, null],
];

describe("a role corrected by the planner", () => {
  const grid = gridFromValues(TABLE);
  const anchor = { row: 1, col: 1 };

  it("is not guessed: the same-period comparison has no base", () => {
    const d = detectTable(grid, anchor);
    expect(d.columns.find((c) => c.letter === "F")!.role).not.toBe("prior");
    expect(d.columns.find((c) => c.letter === "H")!.comparison!.missing).toBe("base");
  });

  it("becomes the base of the same-period comparison once set", () => {
    const d = detectTable(grid, anchor, { roles: { 5: "prior" } });
    const vsPrior = d.columns.find((c) => c.letter === "H")!.comparison!;
    expect(vsPrior.missing).toBeNull();
    expect([vsPrior.subjectCol, vsPrior.baseCol]).toEqual([4, 5]);
    const plan = planRecalc(grid, d);
    expect(plan.writes.filter((w) => w.col === 7).map((w) => w.address)).toEqual(["H2", "H3"]);
    // The cells are "General": they get the index format of a "(%)" header, two decimals as reports write.
    expect(plan.writes.filter((w) => w.col === 7).map((w) => w.numberFormat)).toEqual(["0.00", "0.00"]);
  });
});
