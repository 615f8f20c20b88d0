/**
 * Where statements and their names start and end (issue 11, third day): paragraphs, footnote marks, brackets that
 * speak of another period, lead-ins before a name. Sentences written for the test in the phrasing of provincial and
 * national releases; every expected value is read off the sentence by hand.
 */
import { extractRecords } from "../../../src/core/extract";

const read = (text: string, documentDate = "2016-03") =>
  extractRecords(text, {}, { documentDate }).records.map((r) => ({
    name: r.catalogCode ?? `name:${r.indicator.vi}`,
    value: r.value,
    period: r.period.label,
    reported: r.reported,
  }));

describe("paragraphs, footnote marks and asides", () => {
  it("ends a heading without a full stop at the blank line after it", () => {
    const text =
      "Tình hình kinh tế - xã hội quý I năm 2016\n\n1. Tăng trưởng kinh tế\n\nTổng sản phẩm trên địa bàn tỉnh quý I/2016 theo giá so sánh ước tăng 8,01% so với cùng kỳ; trong đó ngành nông, lâm nghiệp và thuỷ sản tăng 2,01%; ngành công nghiệp, xây dựng tăng 11,51%, là mức tăng cao nhất của các quý I trong nhiều năm gần đây, đóng góp chủ yếu vào tăng trưởng chung.";
    const rows = read(text);
    expect(rows[0]).toEqual(expect.objectContaining({ name: "name:Tổng sản phẩm", value: 8.01 }));
  });

  it("reads '(1)' after a figure as a footnote mark and a bracket of another period as an aside", () => {
    const text =
      "Tổng sản phẩm trên địa bàn tỉnh quý I/2016 ước tăng 8,01% (1) so với cùng kỳ (sơ bộ quý I/2015 tăng 7,90% (2) so với cùng kỳ); trong đó ngành nông, lâm nghiệp và thuỷ sản tăng 2,01%; ngành công nghiệp, xây dựng tăng 11,51%.";
    expect(read(text)).toEqual([
      expect.objectContaining({ name: "name:Tổng sản phẩm", value: 8.01, period: "quý 1 năm 2016" }),
      // The aside names nothing of its own: the same indicator, in its own quarter.
      expect.objectContaining({ name: "name:Tổng sản phẩm", value: 7.9, period: "quý 1 năm 2015" }),
      // After the bracket the text goes on in the first quarter of 2016, not in the aside's.
      expect.objectContaining({ name: "name:ngành nông, lâm nghiệp và thuỷ sản", value: 2.01, period: "quý 1 năm 2016" }),
      expect.objectContaining({ name: "name:ngành công nghiệp, xây dựng", value: 11.51, period: "quý 1 năm 2016" }),
    ]);
  });
});
