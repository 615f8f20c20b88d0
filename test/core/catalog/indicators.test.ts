import { INDICATORS, indicatorByCode } from "../../../src/core/catalog/indicators";
import { unitById } from "../../../src/core/units";

describe("indicator catalog", () => {
  it("has unique, well-formed codes whose prefix is their group", () => {
    const codes = INDICATORS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const d of INDICATORS) {
      expect(d.code).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
      const prefix = d.code.split(".")[0];
      // "index." codes are growth figures written as an index (92,19 = −7,81%).
      expect(prefix === "index" ? "growth" : prefix).toBe(d.group);
    }
  });

  it("names every indicator in Vietnamese and English with a registered default unit", () => {
    for (const d of INDICATORS) {
      expect(d.vi.trim()).not.toBe("");
      expect(d.en.trim()).not.toBe("");
      expect(unitById(d.unit)).toBeDefined();
    }
  });

  it("lists the 13 main products of the Trà Vinh reports with their units", () => {
    const products: Array<[string, string]> = [
      ["product.frozen-seafood", "tan"],
      ["product.tap-water", "trieu-m3"],
      ["product.electricity-generated", "trieu-kwh"],
      ["product.wiring-harness", "nghin-bo"],
      ["product.tablets", "trieu-vien"],
      ["product.electricity-commercial", "trieu-kwh"],
      ["product.milled-rice", "nghin-tan"],
      ["product.activated-carbon", "tan"],
      ["product.garments", "trieu-chiec"],
      ["product.footwear", "trieu-doi"],
      ["product.handbags", "nghin-cai"],
      ["product.coir-mats", "nghin-m2"],
      ["product.sugar", "tan"],
    ];
    for (const [code, unit] of products) expect(indicatorByCode(code)?.unit).toBe(unit);
    expect(indicatorByCode("product.tablets")?.vi).toBe("Thuốc viên các loại");
  });

  it("marks money values as depending on a price basis and quantities as not", () => {
    expect(indicatorByCode("main.industrial-production-value")?.hasPriceBasis).toBe(true);
    expect(indicatorByCode("product.sugar")?.hasPriceBasis).toBeUndefined();
    expect(indicatorByCode("no.such-code")).toBeUndefined();
  });
});
