/** The strict scorer's own rules, on hand-written pairs (the scores it prints rest on them). */
import { missCauses, sameIndicator, score, strict, type Stmt } from "./strict-score";

function stmt(indicator: string, unitText = "%"): Stmt {
  return { indicator, value: 1, unitText, period: { type: "year", year: 2023, label: "Năm 2023" }, reported: {} };
}

describe("strict scorer: the same indicator", () => {
  it("takes a catalog code only as itself", () => {
    expect(sameIndicator(stmt("main.iip"), stmt("main.iip"))).toBe(true);
    expect(sameIndicator(stmt("main.iip"), stmt("growth.iip"))).toBe(false);
    expect(sameIndicator(stmt("main.iip"), stmt("name:chỉ số sản xuất công nghiệp"))).toBe(false);
  });

  it("reads a name without its classifiers, period words, case and tone marks", () => {
    expect(sameIndicator(stmt("name:ngành khai khoáng"), stmt("name:khai khoáng"))).toBe(true);
    expect(sameIndicator(stmt("name:các ngành dịch vụ tiêu dùng khác", "tỷ đồng"), stmt("name:dịch vụ tiêu dùng khác", "tỷ đồng"))).toBe(true);
    expect(sameIndicator(stmt("name:Tổng thu ngân sách 6 tháng đầu năm", "tỷ đồng"), stmt("name:tổng thu ngân sách", "tỷ đồng"))).toBe(true);
  });

  it("keeps every other word: a different name is a different indicator", () => {
    expect(sameIndicator(stmt("name:giá trị sản xuất công nghiệp", "tỷ đồng"), stmt("name:sản xuất công nghiệp", "tỷ đồng"))).toBe(false);
    expect(sameIndicator(stmt("name:chỉ số sản xuất ngành khai khoáng"), stmt("name:ngành khai khoáng"))).toBe(false);
    expect(sameIndicator(stmt("name:xuất khẩu"), stmt("name:nhập khẩu"))).toBe(false);
  });
});

describe("strict scorer: why a statement was missed", () => {
  const at = (indicator: string, value: number, year: number, reported: Stmt["reported"] = {}): Stmt => ({
    indicator,
    value,
    unitText: "tỷ đồng",
    period: { type: "year", year, label: "" },
    reported,
  });

  it("names what differs from the nearest unmatched extracted statement, each used once", () => {
    const gold = [at("main.retail-sales", 100, 2023), at("main.export-value", 5, 2023, { growthVsPrior: 3 }), at("name:thu ngân sách", 7, 2023), at("name:chi ngân sách", 9, 2023), at("name:vốn", 11, 2023)];
    const extracted = [at("name:bán lẻ", 100, 2023), at("main.export-value", 5, 2023, { growthVsPrior: 4 }), at("name:thu ngân sách", 7, 2022), at("name:vốn", 11, 2023)];
    const s = score(gold, extracted, strict);
    expect(s.found).toBe(1);
    expect(Object.fromEntries(missCauses(s))).toEqual({ indicator: 1, percentages: 1, period: 1, "value not read": 1 });
  });
});
