import * as fs from "node:fs";
import * as path from "node:path";
import { checkAcross } from "../../../src/core/extract/across";

const SEEDS = path.join(__dirname, "..", "..", "..", "seeds");
const docs = fs
  .readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .map((name) => ({ name, text: fs.readFileSync(path.join(SEEDS, name), "utf8") }));

/** The pairs of values an indicator has in two documents for a year, as "a|b" with the smaller first. */
function pairs(indicator: string, year: number): string[] {
  return checkAcross(docs)
    .filter((f) => f.vi.startsWith(indicator) && f.vi.includes(`năm ${year}:`))
    .map((f) => [f.stated, f.computed].map((v) => Math.round(v)).sort((x, y) => x - y).join("|"));
}

describe("the same figure in several reports", () => {
  // The dataset's consistency report (npm run -s cli -- data check) lists these cross-document conflicts:
  // Trà Vinh 2020 industrial production value 44.164 (000), 45.266 (001), 35.470 implied by "32.015,43, giảm 9,74%" (003).
  it("finds Trà Vinh's three values of 2020 industrial production value", () => {
    expect(pairs("Giá trị sản xuất công nghiệp", 2020)).toEqual(expect.arrayContaining(["44164|45266", "35470|44164", "35470|45266"]));
  });

  // Retail sales 2020: 34.416 (000), 34.135 (001), 33.540 implied by 003.
  it("finds Trà Vinh's three values of 2020 retail sales", () => {
    expect(pairs("Tổng mức bán lẻ", 2020)).toEqual(expect.arrayContaining(["34135|34416", "33541|34416", "33541|34135"]));
  });

  it("says which document gives which value, in both languages", () => {
    const f = checkAcross(docs).find((x) => x.vi.includes("44.164") && x.vi.includes("45.266"))!;
    expect(f.vi).toMatch(/000_eb2c217ff36e435d\.txt|001_48cb49815079e24b\.txt/);
    expect(f.en).toContain("price bases");
  });
});
