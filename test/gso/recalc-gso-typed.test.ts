/**
 * The GSO's own release sheets with their headers typed as planners type them (issue 13, point 3):
 * without diacritics (no Vietnamese keyboard), and abbreviated the way department forms write
 * them ("TH", "KH", "CK", "LK", "ƯTH", "so" for "so với"). The detection must read the same roles
 * and operands, and the recalculation give the GSO's own figures, as on the published headers.
 */
import { CASES, MISSING, checkBaseMissing, checkRecalculation, type HeaderTransform } from "./gso-cases";

/** "Thực hiện cùng kỳ" -> "Thuc hien cung ky": marks removed, đ -> d, case kept. */
function withoutDiacritics(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC");
}

/** Department short forms, longest phrases first; "Ước tính"/"Sơ bộ" have no common short form and stay. */
const SHORT_FORMS: [RegExp, string][] = [
  [/ước thực hiện/giu, "ƯTH"],
  [/thực hiện/giu, "TH"],
  [/cùng kỳ năm trước/giu, "CK"],
  [/cùng kỳ/giu, "CK"],
  [/kế hoạch/giu, "KH"],
  [/lũy kế|luỹ kế/giu, "LK"],
  [/so với/giu, "so"],
];

function abbreviated(text: string): string {
  return SHORT_FORMS.reduce((t, [re, short]) => t.replace(re, short), text);
}

const VARIANTS: [string, HeaderTransform][] = [
  ["without diacritics", withoutDiacritics],
  ["abbreviated", abbreviated],
  ["abbreviated, without diacritics", (t) => withoutDiacritics(abbreviated(t))],
];

describe.each(VARIANTS)("GSO headers typed %s", (_v, transform) => {
  it.each(CASES.map((c) => [`${c.sheet} (${c.file})`, c] as const))("%s: same operands, the GSO's own figures", (_n, c) =>
    checkRecalculation(c, transform),
  );
  it.each(MISSING.map((c) => [`${c.sheet} (${c.file})`, c] as const))("%s: base outside the table, nothing written", (_n, c) =>
    checkBaseMissing(c, transform),
  );
});

it("the transforms change the headers they are meant to change", () => {
  expect(withoutDiacritics("Thực hiện cùng kỳ năm trước")).toBe("Thuc hien cung ky nam truoc");
  expect(abbreviated("Thực hiện kỳ này so với cùng kỳ năm trước (%)")).toBe("TH kỳ này so CK (%)");
  expect(abbreviated("Lũy kế 2 tháng")).toBe("LK 2 tháng");
});
