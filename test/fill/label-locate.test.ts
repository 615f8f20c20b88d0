/** Reading a form: row labels (abbreviations, price basis, unit inside the label) and where the table starts. */
import { gridFromValues, GridView } from "../../src/core/detect";
import { locateForm } from "../../src/core/fill";
import { readLabel, readUnit } from "../../src/core/fill/label";

test("abbreviations, diacritics and word order do not change a label's words", () => {
  const a = readLabel("GTSX CN (giá SS 2010)");
  const b = readLabel("Giá trị sản xuất công nghiệp theo giá so sánh 2010");
  expect(a.words.sort()).toEqual(b.words.sort());
  expect(a.basis).toBe("comparable-2010");
  expect(b.basis).toBe("comparable-2010");
  expect(readLabel("Tong muc ban le hang hoa").words.sort()).toEqual(readLabel("TMBL hàng hoá").words.sort());
  expect(readLabel("KNXK (giá hiện hành)").basis).toBe("current");
  expect(readLabel("Kim ngạch xuất khẩu").basis).toBeNull();
});

test("a unit written in the label is taken out of its words; notes in parentheses are kept apart", () => {
  expect(readLabel("Điện sản xuất (triệu kWh)")).toMatchObject({ unitText: "triệu kWh", words: ["dien", "san", "xuat"] });
  expect(readLabel("Gạo xay xát, ĐVT: nghìn tấn")).toMatchObject({ unitText: "nghìn tấn" });
  const iip = readLabel("Chỉ số SXCN (IIP)");
  expect(iip.unitText).toBeNull();
  expect(iip.noteWords).toContain("chiso");
  expect(readLabel("- Khai khoáng").sub).toBe(true);
});

test("units as forms write them", () => {
  expect(readUnit("1000 tấn")?.id).toBe("nghin-tan");
  expect(readUnit("Tr. kWh")?.id).toBe("trieu-kwh");
  expect(readUnit("Triệu kWh")?.id).toBe("trieu-kwh");
  expect(readUnit("tonnes")?.id).toBe("tan");
  expect(readUnit("DN")?.id).toBe("doanh-nghiep");
  expect(readUnit("bao")).toBeUndefined();
});

test("the table starts at its header, below the motto, title, 'Kèm theo' and unit lines; the unit line is read", () => {
  const view = new GridView(gridFromValues([
    ["UBND TỈNH TRÀ VINH", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["SỞ CÔNG THƯƠNG", null, null, "Trà Vinh, ngày 30 tháng 6 năm 2020"],
    ["BÁO CÁO CHỈ TIÊU CHỦ YẾU (lập tháng 6/2020)"],
    ["(Kèm theo Báo cáo số 125/BC-SCT)"],
    [null, null, null, "Đơn vị tính: tỷ đồng; giá so sánh 2010"],
    ["STT", "Chỉ tiêu", "Kế hoạch năm 2020", "Thực hiện 6 tháng"],
    [1, "Giá trị sản xuất công nghiệp"],
    [2, "Tổng mức bán lẻ"],
    [],
    [null, "Người lập biểu", null, "Giám đốc"],
  ]));
  const loc = locateForm(view)!;
  expect(loc).toMatchObject({ top: 5, firstDataRow: 6, lastDataRow: 7, labelCol: 1, numberCol: 0, left: 0, right: 3, basis: "comparable-2010" });
  expect(loc.unitLine?.unit).toBe("tỷ đồng");
});
