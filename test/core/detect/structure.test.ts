/** Table extent, title and unit lines, column-number row, row kinds, periods and folding. */
import { detectTable, gridFromValues } from "../../../src/core/detect";
import { findAnchor } from "../../../src/core/detect/anchor";
import { fold } from "../../../src/core/detect/fold";
import { parsePeriod } from "../../../src/core/detect/periods";
import { isComparisonText } from "../../../src/core/detect/vocab";
import { detect, roles } from "./layout-support";

describe("table extent from a single cell", () => {
  // A report sheet: a note above, the table at B4, another block to the far right, a footnote.
  const rows = [
    ["Ghi chú nội bộ: không in"],
    [],
    [],
    [null, "Chỉ tiêu", "ĐVT", "Kế hoạch", "Thực hiện", "So KH (%)", null, null, null, "Bảng phụ"],
    [null, "Điện thương phẩm", "Triệu kWh", 1130, 540.8, null, null, null, null, 1],
    [null, "Nước máy", "Triệu m3", 25.5, 17.1, null, null, null, null, 2],
    [null, "Gạch nung", "Triệu viên", 120, 55.3, null],
    [],
    [],
    [null, "(*) Số ước tính"],
  ];
  const grid = gridFromValues(rows);

  it("finds the same table from any of its cells, without the far block", () => {
    for (const [row, col] of [[4, 1], [6, 4], [3, 3], [5, 5]] as const) {
      const d = detectTable(grid, { row, col });
      expect(d.range).toBe("B4:F7");
    }
  });

  it("keeps two tables apart when they are stacked with blank lines between", () => {
    const stacked = gridFromValues([
      ["Chỉ tiêu", "Kế hoạch", "Thực hiện"],
      ["Điện", 1130, 540.8],
      ["Nước", 25.5, 17.1],
      [],
      [],
      ["Chỉ tiêu", "Cùng kỳ", "Thực hiện", "So cùng kỳ (%)"],
      ["Bán lẻ", 17232, 15997, null],
    ]);
    expect(detectTable(stacked, { row: 6, col: 2 }).range).toBe("A6:D7");
    expect(detectTable(stacked, { row: 1, col: 1 }).range).toBe("A1:C3");
  });

  it("takes a range given as the table", () => {
    const d = detectTable(grid, { row: 3, col: 1, rows: 3, cols: 4 });
    expect(d.range).toBe("B4:E6");
    expect(roles(d)).toBe("B:label C:unit D:plan E:actual");
  });

  it("finds where a sheet's table starts when no cell is named", () => {
    expect(findAnchor(grid)).toEqual({ row: 4, col: 3 });
  });

  it("reports no table on an empty sheet instead of throwing", () => {
    const d = detectTable(gridFromValues([]), { row: 3, col: 3 });
    expect(d.columns).toEqual([]);
    expect(d.messages[0]!.en).toBe("No table found at the selected cell.");
  });
});

describe("parts of a table", () => {
  const d = detect([
    ["Biểu 02: KẾT QUẢ SẢN XUẤT CÔNG NGHIỆP THÁNG 6 NĂM 2020"],
    [],
    [null, null, null, "Đơn vị tính: %"],
    ["STT", "Chỉ tiêu", "ĐVT", "KH năm 2020", "TH 6 tháng 2020", "So KH"],
    ["A", "B", "C", 1, 2, "3=2/1"],
    ["I.", "CÔNG NGHIỆP", null, null, null, null],
    ["1.", "Giá trị sản xuất", "Tỷ đồng", 45400, 19125.44, null],
    ["a)", "Điện thương phẩm", "Triệu kWh", 1130, 540.8, null],
    [null, "Nước máy", '"', 25.5, 17.1, null],
    [null, "Tổng cộng", null, 46555.5, 19683.34, null],
    [null, "(*) Số ước tính", null, null, null, null],
  ]);

  it("separates the title, the unit line, the header, the column-number row and the data", () => {
    expect(d.titleRows).toEqual([0]);
    expect(d.unitLine).toEqual({ row: 2, text: "Đơn vị tính: %" });
    expect(d.headerRows).toEqual([3]);
    expect(d.columnNumberRow).toBe(4);
    expect(d.firstDataRow).toBe(5);
  });

  it("tells sections, data, totals and notes apart, and resolves ditto marks", () => {
    const kinds = d.rows.map((r) => `${r.row + 1}:${r.kind}${r.marker ? `(${r.marker})` : ""}${r.unit ? `[${r.unit}]` : ""}`);
    expect(kinds).toEqual(["6:section(I.)", "7:data(1.)[Tỷ đồng]", "8:data(a))[Triệu kWh]", "9:data[Triệu kWh]", "10:total", "11:note"]);
    expect(d.rows[3]!.ditto).toBe(true);
    expect(d.totalRow).toBe(9);
  });

  it("takes the operands from '3=2/1' and tells why", () => {
    const f = d.columns.find((c) => c.letter === "F")!;
    expect(f.comparison!.subjectCol).toBe(4);
    expect(f.comparison!.baseCol).toBe(3);
    expect(f.reason.vi).toContain('hàng số cột ("3=2/1")');
    expect(f.reason.en).toContain("E ÷ D");
  });
});

describe("reasons and flags", () => {
  const d = detect([
    ["Chỉ tiêu", "Sơ bộ tháng 01 năm 2025", "Ước tính tháng 02 năm 2025", "Lũy kế cùng kỳ", "Cộng dồn 2 tháng năm 2025", "2 tháng năm 2025 so với cùng kỳ năm trước (%)"],
    ["Bán lẻ", 575830, 561673, 1039520, 1137503, 109.4],
  ]);

  it("marks estimates, preliminary figures and cumulative prior columns", () => {
    const by = Object.fromEntries(d.columns.map((c) => [c.letter, c]));
    expect(by.B!.preliminary).toBe(true);
    expect(by.C!.estimate).toBe(true);
    expect(by.D!.cumulative).toBe(true);
    expect(roles(d)).toBe("A:label B:previous C:actual D:prior E:cumulative F:comparison");
  });

  it("gives a reason in both languages for every column", () => {
    for (const c of d.columns) {
      expect(c.reason.vi.length).toBeGreaterThan(5);
      expect(c.reason.en.length).toBeGreaterThan(5);
    }
    const f = d.columns.find((c) => c.letter === "F")!;
    expect(f.comparison!.kind).toBe("cumulative/prior");
    expect(f.reason.en).toContain("compares column E with column D");
    expect(f.comparison!.styleReason.en).toBe("values are indices (×100, like 111.77)");
  });
});

describe("periods in header text", () => {
  it.each([
    ["TH 6 tháng 2020", { kind: "months", n: 6, year: 2020 }],
    ["KH năm 2021", { kind: "year", n: null, year: 2021 }],
    ["Tháng 02\nnăm 2025", { kind: "month", n: 2, year: 2025 }],
    ["02 tháng năm 2025", { kind: "months", n: 2, year: 2025 }],
    ["Quý III năm 2024", { kind: "quarter", n: 3, year: 2024 }],
    ["Sáu tháng đầu năm 2020", { kind: "months", n: 6, year: 2020 }],
    ["Mười một tháng đầu năm 2021", { kind: "months", n: 11, year: 2021 }],
    ["thời điểm 01/02/2025", { kind: "point", n: null, year: 2025 }],
    ["Actual Q1 2025", { kind: "quarter", n: 1, year: 2025 }],
    ["Jan 2025", { kind: "month", n: 1, year: 2025 }],
  ])("%s", (text, period) => {
    expect(parsePeriod(fold(text))).toEqual(period);
  });

  it("names no period in a plain label", () => {
    expect(parsePeriod(fold("Giá trị sản xuất công nghiệp"))).toBeNull();
  });
});

describe("text folding and comparison words", () => {
  it("folds case and diacritics, đ to d", () => {
    expect(fold("  ĐƠN VỊ\nTÍNH  ")).toBe("don vi tinh");
    expect(fold("Luỹ kế")).toBe(fold("Lũy kế"));
  });

  it("reads 'so' as compare but 'số' as number", () => {
    expect(isComparisonText("TH so KH")).toBe(true);
    expect(isComparisonText("Số DN")).toBe(false);
    expect(isComparisonText("Tổng số")).toBe(false);
    expect(isComparisonText("So cung ky")).toBe(true);
    expect(isComparisonText("So DN")).toBe(false);
    expect(isComparisonText("TH/KH (%)")).toBe(true);
    expect(isComparisonText("thời điểm 01/02/2025")).toBe(false);
  });
});
