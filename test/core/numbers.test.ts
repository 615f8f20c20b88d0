import fc from "fast-check";
import { formatAsWritten, formatVietnameseNumber, groupingOf, parseNumberText, parseVietnameseNumber } from "../../src/core/numbers";

describe("parseVietnameseNumber", () => {
  it.each([
    ["19.125,44", 19125.44],
    ["5.268", 5268],
    ["3994", 3994],
    ["10,6", 10.6],
    ["1,2", 1.2],
    ["45.266", 45266],
    ["1.234.567", 1234567],
    ["1.234.567,89", 1234567.89],
    ["86.73", 86.73],
    ["-9,74", -9.74],
    ["−9,74", -9.74],
    ["+11,77", 11.77],
    ["(9,74)", -9.74],
    [" 19.125,44 ", 19125.44],
    ["1 234 567,5", 1234567.5],
    ["0,5", 0.5],
  ])("reads %s as %d", (text, expected) => {
    expect(parseVietnameseNumber(text)).toBeCloseTo(expected, 10);
  });

  it.each(["", "-", "…", "x", "abc", "1.23.4", "12,3,45", "1 23", "1,2.3.4", "--5"])("gives null for %j", (text) => {
    expect(parseVietnameseNumber(text)).toBeNull();
  });

  it("keeps the percent sign apart from the value", () => {
    expect(parseNumberText("12,5%")).toEqual({ value: 12.5, percent: true });
    expect(parseNumberText("42,13 %")).toEqual({ value: 42.13, percent: true });
    expect(parseNumberText("1.234")).toEqual({ value: 1234, percent: false });
  });
});

describe("formatVietnameseNumber", () => {
  it("ends the fraction as asked: fixed, trimmed, or dropped when all zeros", () => {
    expect(formatVietnameseNumber(10.6, 4, "trim")).toBe("10,6");
    expect(formatVietnameseNumber(10600, 4, "trim")).toBe("10.600");
    expect(formatVietnameseNumber(151.27, 6, "trim")).toBe("151,27");
    expect(formatVietnameseNumber(45266, 2, "whole-if-zero")).toBe("45.266");
    expect(formatVietnameseNumber(99.7048, 2, "whole-if-zero")).toBe("99,70");
    expect(formatVietnameseNumber(-0.001, 2, "whole-if-zero")).toBe("0");
    expect(formatVietnameseNumber(-1234.5, 3, "trim")).toBe("-1.234,5");
  });
  it("writes a stated figure with exactly its own decimals", () => {
    expect(formatAsWritten(50.17)).toBe("50,17");
    expect(formatAsWritten(45266)).toBe("45.266");
    expect(formatAsWritten(-9.283)).toBe("-9,283");
  });

  it("groups thousands with dots and uses a decimal comma", () => {
    expect(formatVietnameseNumber(19125.44)).toBe("19.125,44");
    expect(formatVietnameseNumber(26140.56, 2)).toBe("26.140,56");
    expect(formatVietnameseNumber(5268, 0)).toBe("5.268");
    expect(formatVietnameseNumber(-9.74)).toBe("-9,74");
    expect(formatVietnameseNumber(-0.001, 2)).toBe("0,00");
  });

  it("gives back the number it formatted (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const text = formatVietnameseNumber(n, d);
        const back = parseVietnameseNumber(text);
        expect(back).not.toBeNull();
        expect(back!).toBeCloseTo(Number(n.toFixed(d)), d);
      }),
    );
  });

  it("never throws on arbitrary text (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (s) => {
        const v = parseVietnameseNumber(s);
        expect(v === null || Number.isFinite(v)).toBe(true);
      }),
    );
  });
});

describe("a text that groups thousands the English way", () => {
  it("is told only by numbers that can be read no other way", () => {
    expect(groupingOf("tổng vốn 1,234,567 triệu đồng; GRDP 126,484 tỷ đồng")).toBe("comma");
    expect(groupingOf("đạt 12,345.6 tỷ đồng")).toBe("comma");
    // One comma before three digits is no evidence ("108,987 tỷ đồng" is written for 108.987 billion too).
    expect(groupingOf("GRDP ước đạt 126,484 tỷ đồng, giảm 9,28%")).toBeUndefined();
    // A Vietnamese grouping anywhere keeps the Vietnamese reading.
    expect(groupingOf("1,234,567 và 19.125,44 tỷ đồng")).toBeUndefined();
    expect(groupingOf("1.234.567 triệu đồng")).toBeUndefined();
  });

  it("reads its grouped numbers with the marks swapped, and its other numbers as ever", () => {
    expect(parseNumberText("126,484", "comma")?.value).toBe(126484);
    expect(parseNumberText("1,234.5", "comma")?.value).toBe(1234.5);
    expect(parseNumberText("12,5%", "comma")).toEqual({ value: 12.5, percent: true });
    expect(parseNumberText("126,484")?.value).toBe(126.484);
  });
});

