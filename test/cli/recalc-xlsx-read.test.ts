/** Reading an ExcelJS sheet into the detection grid (the GSO workbook as it is stored). */
import { sheetGrid } from "../gso/gso-support";

const FEB = "gso-release-2025-02.xlsx";

describe("sheetToGrid on GSO 6. Chi tieu DN", () => {
  it("keeps values, formula results and shared formulas translated to each cell", async () => {
    const g = await sheetGrid(FEB, "6. Chi tieu DN");
    expect(g.rows[9]![4]).toEqual({ value: 95.07181075753309, formula: "=C10/B10*100", numberFormat: "0.0" });
    // E11 is a clone of the shared formula in E10.
    expect(g.rows[10]![4]!.formula).toBe("=C11/B11*100");
    expect(g.rows[11]![6]!.formula).toBe("=D12/J12*100");
    expect(g.rows[10]![1]).toEqual({ value: 94064.627693401, numberFormat: "0" });
  });

  it("reports merges with the value only in the top-left cell, and keeps line breaks", async () => {
    const g = await sheetGrid(FEB, "6. Chi tieu DN");
    expect(g.merges).toEqual([{ row: 3, col: 4, rows: 1, cols: 2 }, { row: 4, col: 4, rows: 1, cols: 2 }]);
    expect(g.rows[3]![4]!.value).toBe("Tháng 02 năm 2025");
    expect(g.rows[3]![5] ?? null).toBeNull();
    expect(g.rows[12]![0]!.value).toBe("Vốn đăng ký bình quân 1 doanh nghiệp\n(Tỷ đồng)");
  });
});

describe("sheetToGrid on GSO 3.SPCNthang", () => {
  it("flattens rich text (Triệu m + superscript 3) and keeps ditto marks", async () => {
    const g = await sheetGrid(FEB, "3.SPCNthang");
    expect(g.rows[10]![1]!.value).toBe("Triệu m3");
    expect(g.rows[9]![1]!.value).toBe('"');
  });
});
