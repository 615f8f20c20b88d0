import { convert, normaliseUnitText, requireUnit, resolveUnit, sameFamily, UNITS, unitById } from "../../src/core/units";
import { UserError } from "../../src/core/user-error";

describe("unit registry", () => {
  it.each([
    ["tấn", "tan"],
    ["nghìn tấn", "nghin-tan"],
    ["triệu m3", "trieu-m3"],
    ["tỷ Kwh", "ty-kwh"],
    ["tỷ kWh", "ty-kwh"],
    ["triệu Kwh", "trieu-kwh"],
    ["nghìn bộ", "nghin-bo"],
    ["triệu bộ", "trieu-bo"],
    ["triệu viên", "trieu-vien"],
    ["tỷ viên", "ty-vien"],
    ["triệu chiếc", "trieu-chiec"],
    ["triệu đôi", "trieu-doi"],
    ["nghìn cái", "nghin-cai"],
    ["triệu cái", "trieu-cai"],
    ["nghìn m2", "nghin-m2"],
    ["triệu m2", "trieu-m2"],
    ["tỷ đồng", "ty-dong"],
    ["triệu USD", "trieu-usd"],
    ["%", "percent"],
    ["hộ", "ho"],
    ["hộ dân", "ho"],
    ["km", "km"],
    ["kVA", "kva"],
    ["MW", "mw"],
    ["ha", "ha"],
    ["người", "nguoi"],
    ["học viên", "nguoi"],
    ["doanh nghiệp", "doanh-nghiep"],
    ["1000 m³", "nghin-m3"],
    ["ngàn tấn", "nghin-tan"],
    ["m<sup>3</sup>", "m3"],
    ["  Triệu   Kwh ", "trieu-kwh"],
  ])("reads %j as %s", (text, id) => {
    expect(resolveUnit(text)?.id).toBe(id);
  });

  it("reads decomposed accents (as some seed files store them) like composed ones", () => {
    expect(resolveUnit("tỷ đồng".normalize("NFD"))?.id).toBe("ty-dong");
  });

  it("keeps spellings unambiguous: no two units share a normalised spelling", () => {
    const seen = new Map<string, string>();
    for (const u of UNITS) {
      for (const s of [u.vi, ...(u.spellings ?? [])]) {
        const key = normaliseUnitText(s);
        expect(seen.get(key) ?? u.id).toBe(u.id);
        seen.set(key, u.id);
      }
    }
  });

  it("compares the seed's 1,13 tỷ Kwh with 540,8 triệu Kwh after conversion", () => {
    expect(convert(1.13, "ty-kwh", "trieu-kwh")).toBe(1130);
    expect(convert(540.8, "trieu-kwh", "ty-kwh")).toBeCloseTo(0.5408, 12);
    expect(convert(10.601, "trieu-kwh", "kwh")).toBeCloseTo(10_601_000, 6);
  });

  it("converts tablets, sets and tonnes within their family", () => {
    expect(convert(1.2, "ty-vien", "trieu-vien")).toBe(1200);
    expect(convert(8.8, "trieu-bo", "nghin-bo")).toBe(8800);
    expect(convert(15, "nghin-tan", "tan")).toBe(15000);
    expect(convert(1, "ha", "m2")).toBe(10000);
  });

  it("refuses to convert between families with a bilingual message", () => {
    expect(sameFamily("tan", "trieu-m3")).toBe(false);
    try {
      convert(1, "tan", "trieu-m3");
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).text.vi).toContain("Không thể quy đổi");
      expect((e as UserError).text.en).toContain("Cannot convert");
    }
  });

  it("names an unknown spelling in its error", () => {
    expect(resolveUnit("thùng")).toBeUndefined();
    expect(() => requireUnit("thùng")).toThrow(/thùng/);
    expect(() => convert(1, "tan", "nope")).toThrow(UserError);
  });

  it("gives every unit a positive factor and a family base of factor 1", () => {
    const families = new Set(UNITS.map((u) => u.family));
    for (const f of families) expect(UNITS.some((u) => u.family === f && u.factor === 1)).toBe(true);
    for (const u of UNITS) expect(u.factor).toBeGreaterThan(0);
    expect(unitById("ty-kwh")?.factor).toBe(1e9);
  });
});
