/** Planning formula writes: blank-safe formulas, styles, conflicts, text numbers, added columns. */
import { HyperFormula } from "hyperformula";
import { detectTable, gridFromValues, planRecalc, type Grid, type RecalcPlan } from "../../../src/core/recalc";

function evaluate(grid: Grid, plan: RecalcPlan): Map<string, unknown> {
  const width = Math.max(...grid.rows.map((r) => r?.length ?? 0), ...plan.writes.map((w) => w.col + 1));
  const data = grid.rows.map((r) => Array.from({ length: width }, (_, c) => r?.[c]?.formula ?? r?.[c]?.value ?? null));
  for (const c of plan.conversions) data[c.row]![c.col] = c.value;
  for (const w of plan.writes) data[w.row]![w.col] = w.formula;
  const hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3", smartRounding: false });
  const out = new Map<string, unknown>(plan.writes.map((w) => [w.address, hf.getCellValue({ sheet: 0, row: w.row, col: w.col })]));
  hf.destroy();
  return out;
}

describe("a plan/actual/prior table with awkward inputs", () => {
  const grid = gridFromValues([
    ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm", "Cùng kỳ", "Thực hiện", "% so KH", "So cùng kỳ (%)"],
    ["I", "Công nghiệp", null, null, null, null, null, null],
    [1, "Giá trị sản xuất", "Tỷ đồng", 45400, 17111, 19125.44, null, null],
    [2, "Điện thương phẩm", "Triệu kWh", 1130, "-", 540.8, null, null],
    [3, "Nước máy", "Triệu m3", 0, "…", 17.1, null, null],
    [4, "Gạch nung", "Triệu viên", "x", 60, "19.125,44", null, null],
    [5, "Than hoạt tính", "Tấn", null, null, null, null, null],
    [6, "Tỷ lệ hộ dùng điện", "%", "99,2%", " 98 ", 99.25, 42, "=F8/E8*100"],
  ]);
  const detection = detectTable(grid, { row: 2, col: 3 });
  const plan = planRecalc(grid, detection);
  const values = evaluate(grid, plan);

  it("writes blank-safe index formulas, none on the section row or the row without inputs", () => {
    expect(plan.writes.map((w) => w.address)).toEqual(["G3", "G4", "G5", "G6", "H3", "H4", "H5", "H6"]);
    expect(plan.writes[0]!.formula).toBe('=IF(AND(ISNUMBER(F3),ISNUMBER(D3),D3<>0),F3/D3*100,"")');
    expect(plan.writes[4]!.formula).toBe('=IF(AND(ISNUMBER(F3),ISNUMBER(E3),E3<>0),F3/E3*100,"")');
  });

  it("gives the document's figures and blanks (not errors) for '-', '…', 'x', zero and text bases", () => {
    // 19125,44 ÷ 45400 = 42,13% of plan; ÷ 17111 = 111,77% of the same period (seed: 42,13% and +11,77%).
    expect((values.get("G3") as number).toFixed(2)).toBe("42.13");
    expect((values.get("H3") as number).toFixed(2)).toBe("111.77");
    expect(values.get("H4")).toBe(""); // "-"
    expect(values.get("G5")).toBe(""); // zero plan
    expect(values.get("H5")).toBe(""); // "…"
    expect(values.get("G6")).toBe(""); // "x"
    expect(values.get("H6")).toBe(""); // actual written as text
  });

  it("lists the cells that already hold something and leaves them out without consent", () => {
    expect(plan.conflicts).toEqual([
      { row: 7, col: 6, address: "G8", existing: "42" },
      { row: 7, col: 7, address: "H8", existing: "=F8/E8*100" },
    ]);
    const consented = planRecalc(grid, detection, { overwrite: true });
    expect(consented.writes.filter((w) => w.overwrites).map((w) => w.address)).toEqual(["G8", "H8"]);
    expect(plan.messages[0]!.vi).toContain("2 ô đang có số liệu hoặc công thức: chỉ ghi khi được đồng ý.");
  });

  it("reports numbers written as text with their addresses, and converts them on request", () => {
    expect(plan.textNumbers.map((t) => [t.address, t.text, t.value])).toEqual([
      ["F6", "19.125,44", 19125.44],
      ["D8", "99,2%", 0.992],
      ["E8", " 98 ", 98],
    ]);
    const converted = planRecalc(grid, detection, { convertText: true });
    expect(converted.conversions).toEqual([
      { row: 5, col: 5, address: "F6", value: 19125.44 },
      { row: 7, col: 3, address: "D8", value: 0.992, numberFormat: "0.0%" },
      { row: 7, col: 4, address: "E8", value: 98 },
    ]);
    const after = evaluate(grid, converted);
    // 19125,44 ÷ 60 × 100 once the text is a number.
    expect((after.get("H6") as number).toFixed(2)).toBe("31875.73");
  });
});

describe("styles", () => {
  const table = (header: string, values: (number | null)[], format?: string): Grid => ({
    rows: [
      [{ value: "Chỉ tiêu" }, { value: "Cùng kỳ" }, { value: "Thực hiện" }, { value: header }],
      ...values.map((v, i) => [{ value: `Dòng ${i + 1}` }, { value: 100 + i }, { value: 110 + i }, v === null ? (format ? { value: null, numberFormat: format } : null) : { value: v, ...(format ? { numberFormat: format } : {}) }]),
    ],
  });

  it.each([
    ["percent format", table("So cùng kỳ", [null, null], "0.00%"), '=IF(AND(ISNUMBER(C2),ISNUMBER(B2),B2<>0),C2/B2,"")'],
    ["index (header %)", table("So cùng kỳ (%)", [null, null]), '=IF(AND(ISNUMBER(C2),ISNUMBER(B2),B2<>0),C2/B2*100,"")'],
    ["growth (Tăng/giảm)", table("Tăng/giảm so cùng kỳ (%)", [null, null]), '=IF(AND(ISNUMBER(C2),ISNUMBER(B2),B2<>0),(C2/B2-1)*100,"")'],
  ])("%s", (_name, grid, formula) => {
    const d = detectTable(grid, { row: 1, col: 1 });
    const plan = planRecalc(grid, d, { overwrite: true });
    expect(plan.writes[0]!.formula).toBe(formula);
  });

  it("coefficient: 1,05 means +5%", () => {
    const grid = table("So cùng kỳ", [1.1, 1.09]);
    const d = detectTable(grid, { row: 1, col: 1 });
    expect(d.columns[3]!.comparison!.style).toBe("coefficient");
    const plan = planRecalc(grid, d, { overwrite: true });
    expect(plan.writes[0]!.formula).toBe('=IF(AND(ISNUMBER(C2),ISNUMBER(B2),B2<>0),C2/B2,"")');
    expect((evaluate(grid, plan).get("D2") as number).toFixed(2)).toBe("1.10");
  });
});

describe("shares", () => {
  it("divides each row by the total row with an absolute row reference", () => {
    const grid = gridFromValues([
      ["Chỉ tiêu", "Ước tính năm 2024", "Cơ cấu (%)"],
      ["TỔNG SỐ", 6391002.5, null],
      ["Bán lẻ hàng hóa", 4921698.2, null],
      ["Du lịch lữ hành", 62459, null],
    ]);
    const plan = planRecalc(grid, detectTable(grid, { row: 1, col: 1 }));
    expect(plan.writes.map((w) => w.formula)).toEqual([
      '=IF(AND(ISNUMBER(B2),ISNUMBER(B$2),B$2<>0),B2/B$2*100,"")',
      '=IF(AND(ISNUMBER(B3),ISNUMBER(B$2),B$2<>0),B3/B$2*100,"")',
      '=IF(AND(ISNUMBER(B4),ISNUMBER(B$2),B$2<>0),B4/B$2*100,"")',
    ]);
    // GSO 26.Tongmuc: 77,01 and 0,98.
    const v = evaluate(grid, plan);
    expect((v.get("C3") as number).toFixed(2)).toBe("77.01");
    expect((v.get("C4") as number).toFixed(2)).toBe("0.98");
  });
});

describe("added and skipped columns", () => {
  const grid = gridFromValues([
    ["TT", "Chỉ tiêu", "KH năm 2021", "TH năm 2020", "TH năm 2021", null, "ghi chú cũ"],
    [1, "Xuất khẩu (triệu USD)", 800, 700, 760, null, null],
    [2, "Bán lẻ (tỷ đồng)", 36000, 33540, 31910.47, null, null],
  ]);

  it("adds vs-plan and vs-same-period columns at the right, with headers and formats", () => {
    const d = detectTable(grid, { row: 0, col: 0, rows: 3, cols: 5 });
    const plan = planRecalc(grid, d, { addMissing: true });
    expect(plan.headerWrites.map((h) => `${h.address} ${h.value}`)).toEqual(["F1 TH so KH (%)", "G1 TH so cùng kỳ (%)"]);
    expect(plan.conflicts).toEqual([{ row: 0, col: 6, address: "G1", existing: "ghi chú cũ" }]);
    expect(plan.writes.map((w) => `${w.address} ${w.numberFormat}`)).toEqual(["F2 0.00%", "F3 0.00%", "G2 0.00%", "G3 0.00%"]);
    const v = evaluate(grid, plan);
    // Seed 003: bán lẻ 31.910,47 tỷ đồng, đạt 88,64% so kế hoạch.
    expect((v.get("F3") as number).toFixed(4)).toBe("0.8864");
  });

  it("skips a comparison whose base is not in the table and says why in both languages", () => {
    const g = gridFromValues([
      ["Chỉ tiêu", "Ước tính tháng 02 năm 2025", "Tháng 02 năm 2025 so với cùng kỳ năm trước (%)"],
      ["Than", 3769.1, 124.3],
    ]);
    const plan = planRecalc(g, detectTable(g, { row: 1, col: 1 }));
    expect(plan.writes).toEqual([]);
    expect(plan.skipped).toEqual([{ col: 2, letter: "C", reason: { vi: "không có cột gốc (cùng kỳ năm trước) trong bảng", en: "the base (same period last year) is not in the table" } }]);
  });

  it("re-resolves comparisons when the planner corrects a column's role", () => {
    const g = gridFromValues([
      ["Chỉ tiêu", "Giao đầu năm", "Thực hiện", "% so KH"],
      ["Doanh thu", 200, 110, null],
    ]);
    const before = detectTable(g, { row: 1, col: 1 });
    expect(before.columns[1]!.role).toBe("other");
    expect(before.columns[3]!.comparison!.missing).toBe("base");
    const after = detectTable(g, { row: 1, col: 1 }, { roles: { 1: "plan" } });
    expect(after.columns[1]!.reason.en).toBe('Role "plan" set by the user for column B.');
    expect(planRecalc(g, after).writes.map((w) => w.formula)).toEqual(['=IF(AND(ISNUMBER(C2),ISNUMBER(B2),B2<>0),C2/B2*100,"")']);
  });

  it("follows a corrected mapping and can be limited to some columns", () => {
    const g = gridFromValues([
      ["Chỉ tiêu", "Cột 1", "Cột 2", "Cột 3", "So sánh (%)", "So sánh 2 (%)"],
      ["Doanh thu", 100, 110, 120, null, null],
    ]);
    const d = detectTable(g, { row: 1, col: 1 });
    const e = d.columns.find((c) => c.letter === "E")!;
    // The planner says in the pane: column E = D ÷ B, index style.
    e.role = "comparison";
    e.comparison = { kind: "actual/prior", subjectRole: "actual", baseRole: "prior", subjectCol: 3, baseCol: 1, baseText: { vi: "cùng kỳ", en: "same period" }, style: "index", styleReason: { vi: "", en: "" }, missing: null };
    const plan = planRecalc(g, d, { onlyColumns: [4] });
    expect(plan.writes.map((w) => `${w.address} ${w.formula}`)).toEqual(['E2 =IF(AND(ISNUMBER(D2),ISNUMBER(B2),B2<>0),D2/B2*100,"")']);
  });
});
