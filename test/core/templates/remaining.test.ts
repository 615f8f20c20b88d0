import { buildTemplate, DEFAULT_OPTIONS, periodChoices } from "../../../src/core/templates";
import { evaluate, loadDataset, round2, rowOf } from "./evaluate";

const real = loadDataset("tv-sct-2020-h1");

describe("remaining for tv-sct-2020-h1: the second half of 2020", () => {
  const b = buildTemplate("remaining", { dataset: real! }, DEFAULT_OPTIONS);
  const get = evaluate(b);
  const row = (name: string) => rowOf(b, name) + 1;

  it("is offered for the 6-month report only", () => {
    expect(periodChoices("remaining", real!).map((c) => c.key)).toEqual(["months6-2020"]);
    expect(b.cells[0]![0]!.value).toBe("CÁC CHỈ TIÊU CÒN PHẢI THỰC HIỆN 6 THÁNG CUỐI NĂM 2020");
  });

  it("reproduces the report's 'chỉ tiêu cần phải thực hiện 6 tháng cuối năm 2020'", () => {
    // 45.266 − 19.125,44 = 26.140,56 tỷ đồng; 34.135 − 15.997 = 18.138 tỷ đồng; 99% − 98,96% = 0,04%.
    expect(round2(get(`H${row("Giá trị sản xuất công nghiệp")}`))).toBe(26140.56);
    expect(round2(get(`H${row("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng")}`))).toBe(18138);
    expect(round2(get(`H${row("Tỷ lệ hộ sử dụng điện")}`))).toBe(0.04);
    expect(b.cells[row("Giá trị sản xuất công nghiệp") - 1]![7]!.note).toContain("Văn bản ghi 26.140,56 tỷ đồng");
  });

  it("computes what remains of the plan and the monthly pace", () => {
    const r = row("Giá trị sản xuất công nghiệp");
    expect(round2(get(`G${r}`))).toBe(26274.56); // 45.400 − 19.125,44
    expect(round2(get(`I${r}`))).toBe(3187.57); // 19.125,44 ÷ 6
    expect(round2(get(`J${r}`))).toBe(4379.09); // 26.274,56 ÷ 6
    expect(b.cells[row("Tỷ lệ hộ sử dụng điện") - 1]![8]!.value).toBe("-");
  });

  it("keeps the months as a parameter: changing it moves the pace", () => {
    const months = b.cells.findIndex((r) => r[0]?.value === "(a) Số tháng đã thực hiện:");
    expect(b.cells[months]![3]!.value).toBe(6);
    const r = row("Giá trị sản xuất công nghiệp");
    const at5 = evaluate(b, { [`D${months + 1}`]: 5 });
    expect(round2(at5(`I${r}`))).toBe(3825.09); // 19.125,44 ÷ 5
    expect(round2(at5(`J${r}`))).toBe(3753.51); // 26.274,56 ÷ 7
  });
});
