/**
 * The documents' own discrepancies, found by recomputing their percentages. Expected figures are worked out
 * by hand from the documents' numbers (shown in each test name), not by the code under test.
 */
import { agreesAtPrecision, checkConsistency, type Discrepancy } from "../../../src/core/dataset/consistency";
import type { PlanDataset } from "../../../src/core/dataset/types";
import { DATASET_IDS, loadPublished } from "./published";

/** The published datasets without the flags the build attached, so the check starts from the figures alone. */
function fresh(): PlanDataset[] {
  return DATASET_IDS.map((id) => {
    const ds = loadPublished(id);
    for (const r of ds.records) delete r.flags;
    return ds;
  });
}

const report = checkConsistency(fresh());

function findOn(recordId: string, code?: Discrepancy["code"]): Discrepancy[] {
  return report.discrepancies.filter((d) => d.records.includes(recordId) && (code === undefined || d.code === code));
}

/** Discrepancies about this record's own statement (not where it serves as another figure's total). */
function about(recordId: string): Discrepancy[] {
  return report.discrepancies.filter((d) => d.records[0] === recordId);
}

describe("agreesAtPrecision", () => {
  it.each([
    [42.13, 42.1265, true],
    [58.9, 58.8966, true],
    [99.71, 99.7048, false],
    [100.19, 101.19, false],
    [81.2, 81.196, true],
    [25.06, 25.0687, false],
  ])("%d against %d: %s", (stated, computed, ok) => {
    expect(agreesAtPrecision(stated, computed)).toBe(ok);
  });
});

describe("consistency of the five documents", () => {
  it("checks dozens of relations and finds the documents' own discrepancies", () => {
    expect(report.checked).toBeGreaterThan(50);
    expect(report.discrepancies.length).toBeGreaterThanOrEqual(15);
  });

  it("Trà Vinh 2020 industrial production value: 45.266 (6/2020) vs 44.164 (1809/QĐ-UBND) vs 35.470 implied by 32.015,43 and −9,74%", () => {
    const d = findOn("tv-sct-2020-h1:main.industrial-production-value:2020:estimate", "basis-conflict");
    const others = d.map((x) => x.records.find((id) => !id.startsWith("tv-sct-2020-h1"))).sort();
    expect(others).toEqual(["tv-qd1809-2021:main.industrial-production-value:2020:actual", "tv-sct-2021:main.industrial-production-value:2020:actual:from-2021"]);
    const vs003 = d.find((x) => x.records.includes("tv-sct-2021:main.industrial-production-value:2020:actual:from-2021"))!;
    expect(vs003.expected).toBeCloseTo(35470.23, 1); // 32.015,43 ÷ 0,9026
    expect(vs003.vi).toContain("giá so sánh 2010");
    expect(findOn("tv-qd1809-2021:main.industrial-production-value:2020:actual", "basis-conflict")).toHaveLength(2);
  });

  it("Trà Vinh 2020 retail sales: 34.135 (estimate) vs 34.416 vs 33.540 implied by 31.910,47 and −4,86%", () => {
    const d = findOn("tv-qd1809-2021:main.retail-sales:2020:actual");
    expect(d.map((x) => Math.round(x.stated === 34416 ? x.expected : x.stated)).sort()).toEqual([33541, 34135]);
  });

  it("seed 001: 45.266 is 99,70% of the 45.400 plan, not 99,71%", () => {
    const [d] = findOn("tv-sct-2020-h1:main.industrial-production-value:2020:estimate", "pct-mismatch");
    expect(d!.stated).toBe(99.71);
    expect(d!.expected).toBeCloseTo(99.7048, 4);
  });

  it("seed 003: the power industry's 18.921,57 is 59,10% of 32.015,43, not 59,33%", () => {
    const [d] = findOn("tv-sct-2021:structure.ipv-electricity-value:2021:actual", "pct-mismatch");
    expect(d!.expected).toBeCloseTo(59.1014, 3);
  });

  it("seed 003: applications received 13.511, but in person 2.796 + online 10.552 = 13.348", () => {
    const [d] = findOn("tv-sct-2021:other.applications.received:2021:actual");
    expect(d!.expected).toBe(13348);
  });

  it("seed 003: the 2022 target 37.300 (comparable 2010 prices) is +16,51% on 32.015,43, not +16,95%", () => {
    const [d] = findOn("tv-sct-2021:main.industrial-production-value:2022:plan", "basis-conflict");
    expect(d!.expected).toBeCloseTo(16.5063, 3); // 37.300 ÷ 32.015,43 = 1,165063
    expect(d!.stated).toBe(16.95);
  });

  it("seed 004: enrolment 15.178 of 15.000 is 101,19% (footnote), the body says 100,19%", () => {
    const [d] = findOn("dt-nq124-2022:other.vocational-enrolment:2021:actual:body", "pct-mismatch");
    expect(d!.expected).toBeCloseTo(101.1867, 3);
    expect(findOn("dt-nq124-2022:other.vocational-enrolment:2021:actual:footnote", "pct-mismatch")).toEqual([]);
  });

  it("seed 004: manufacturing loans 6.930 are 8,63% of 80.296 (two dates), the document says 9,16%", () => {
    const [d] = findOn("dt-nq124-2022:other.credit.manufacturing:2021-10:actual");
    expect(d!.expected).toBeCloseTo(8.6306, 3);
    expect(d!.en).toContain("different dates");
  });

  it("seed 002: exports from 330 (2015) to 530 (2020) need 9,94%/year, not the 9,63% stated", () => {
    const [d] = findOn("vl-qd1013-2015:growth.export-turnover:2016-2020:target");
    expect(d!.expected).toBeCloseTo(9.9392, 3);
  });

  it("seed 002: 985,5 of 3.931,2 is 25,07% (not 25,06%); 86,3 of 175,42 ha is 49,20% (not 49,18%)", () => {
    expect(findOn("vl-qd1013-2015:other.industrial-parks.disbursed-capital:2015-06:actual")[0]!.expected).toBeCloseTo(25.0687, 3);
    expect(findOn("vl-qd1013-2015:other.industrial-parks.used-area:2015-06:actual")[0]!.expected).toBeCloseTo(49.1962, 3);
  });

  it("seed 002: two average growth rates for 2011-2015 in one paragraph (13,81% and 13,67%)", () => {
    const d = findOn("vl-qd1013-2015:growth.industrial-production-value:2011-2015:estimate:industry-handicraft", "value-conflict");
    expect(d).toHaveLength(1);
  });

  it("seed 000: sub-sector targets 5/12/15/15% on the 2020 structure give about 13,87%/year, not 14,48%", () => {
    const [d] = findOn("tv-qd1809-2021:growth.industrial-production-value:2021-2025:target", "other");
    expect(d!.expected).toBeCloseTo(13.866, 2);
  });

  it("finds no discrepancy where the documents agree", () => {
    // 278.435 of 281.360 households = 98,96%; 59.526 + 202.760 + 4.249.346 + 2.949.254 = 7.460.886 kWh.
    expect(about("tv-sct-2020-h1:main.household-electrification:2020-m6:actual")).toEqual([]);
    expect(about("tv-sct-2020-h1:other.electricity-saved:2020-m6:actual")).toEqual([]);
    // 80.296 − 8.570 = 71.726; 8.570 ÷ 71.726 = 11,95%.
    expect(about("dt-nq124-2022:other.credit.outstanding:2021-12:actual")).toEqual([]);
    // 36.754 ÷ 31.910,47 = +15,18%.
    expect(about("tv-sct-2021:main.retail-sales:2022:plan")).toEqual([]);
    // 19.125,44 ÷ 45.400 = 42,13%.
    expect(about("tv-sct-2020-h1:main.industrial-production-value:2020-m6:estimate")).toEqual([]);
    // 45.266 − 19.125,44 = 26.140,56 left for the second half.
    expect(about("tv-sct-2020-h1:main.industrial-production-value:2020-h2:remaining")).toEqual([]);
  });

  it("carries the flags in the published JSON", () => {
    const ds = loadPublished("tv-sct-2021");
    const r = ds.records.find((x) => x.id === "tv-sct-2021:structure.ipv-electricity-value:2021:actual")!;
    expect(r.flags?.map((f) => f.code)).toEqual(["pct-mismatch"]);
    expect(r.flags?.[0]?.related).toEqual(["tv-sct-2021:main.industrial-production-value:2021:actual"]);
    const kv = ds.records.find((x) => x.id === "tv-sct-2021:other.transformer-capacity.added:2021:actual")!;
    expect(kv.flags?.[0]?.code).toBe("unit-conflict");
  });
});

describe("the checks catch a figure changed by one digit", () => {
  function withChange(id: string, value: number): Discrepancy[] {
    const datasets = fresh();
    const r = datasets.flatMap((d) => d.records).find((x) => x.id === id)!;
    r.value = value;
    return checkConsistency(datasets).discrepancies.filter((d) => d.records.includes(id));
  }

  it.each<[string, number, Discrepancy["code"]]>([
    ["tv-sct-2020-h1:main.industrial-production-value:2020-h2:remaining", 26140.65, "other"],
    ["tv-sct-2020-h1:structure.electricity-saved.public-lighting:2020-m6:actual", 59562, "other"],
    ["tv-sct-2020-h1:other.households-using-electricity:2020-m6:actual", 278453, "pct-mismatch"],
    ["tv-sct-2020-h1:main.industrial-production-value:2020:plan", 45040, "pct-mismatch"],
    ["dt-nq124-2022:other.credit.outstanding-increase:2021-12:actual", 8750, "pct-mismatch"],
    ["tv-sct-2021:main.retail-sales:2021:actual", 31190.47, "pct-mismatch"],
    ["tv-qd1809-2021:other.markets.class-3:2021-09:actual", 150, "other"],
  ])("%s = %d", (id, value, code) => {
    expect(withChange(id, value).map((d) => d.code)).toContain(code);
  });
});
