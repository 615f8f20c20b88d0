import { periodKey, periodLabelEn, recordIdPeriod } from "../../../src/core/dataset/period-text";
import type { Period } from "../../../src/core/dataset/types";

describe("period keys, record-id parts and English labels", () => {
  it.each<[Period, string, string, string]>([
    [{ type: "year", year: 2020, label: "năm 2020" }, "year-2020", "2020", "2020"],
    [{ type: "half", part: 2, year: 2020, label: "6 tháng cuối năm 2020" }, "half2-2020", "2020-h2", "H2 2020"],
    [{ type: "months", months: 6, year: 2020, label: "6 tháng đầu năm 2020" }, "months6-2020", "2020-m6", "first 6 months of 2020"],
    [{ type: "quarter", part: 3, year: 2021, label: "quý 3 năm 2021" }, "q3-2021", "2021-q3", "Q3 2021"],
    [{ type: "month", part: 9, year: 2021, label: "đến tháng 9/2021" }, "month9-2021", "2021-09", "9/2021"],
    [{ type: "range", fromYear: 2021, year: 2025, label: "giai đoạn 2021-2025" }, "range-2021-2025", "2021-2025", "2021-2025"],
  ])("%j -> %s, %s, %s", (p, key, idPart, en) => {
    expect(periodKey(p)).toBe(key);
    expect(recordIdPeriod(p)).toBe(idPart);
    expect(periodLabelEn(p)).toBe(en);
  });
});
