/**
 * Headers that open with "So sánh" ("So sánh KH 2021 với TH 2020 (%)", "So sánh KH 2021/TH 2020 (%)") name the
 * compared figure first and the base after "với" or "/", as planners read them; and a header naming a span of years
 * ("Thực hiện giai đoạn 2016-2020") is that span, not its first year.
 */
import { parsePeriod } from "../../../src/core/detect/periods";
import { fold } from "../../../src/core/detect/fold";
import { detect, operands, roles, type Rows } from "./layout-support";

const table = (comparison: string): Rows => [
  ["TT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2020", "Kế hoạch năm 2021", comparison],
  [1, "Kim ngạch xuất khẩu", "Triệu USD", 500, 560, null],
  [2, "Sản lượng điện", "Triệu kWh", 1130, 1200, null],
];

test.each([
  "So sánh KH 2021 với TH 2020 (%)",
  "So sánh KH 2021 với năm 2020 (%)",
  "So sánh KH 2021/TH 2020 (%)",
  "So sanh KH 2021 voi TH 2020 (%)",
  "KH 2021 so với TH 2020 (%)",
])("%s: the plan of 2021 (E) over the actual of 2020 (D)", (header) => {
  const d = detect(table(header));
  expect(operands(d)).toEqual({ F: "E/D index" });
});

test("a span of years is the span, in its own words", () => {
  expect(parsePeriod(fold("Thực hiện giai đoạn 2016-2020"))).toEqual({ kind: "span", n: 2016, year: 2020 });
  expect(parsePeriod(fold("Bình quân 2021 - 2025 (%/năm)"))).toEqual({ kind: "span", n: 2021, year: 2025 });
  expect(parsePeriod(fold("Năm 2020"))).toEqual({ kind: "year", n: null, year: 2020 });
  // A date is no span.
  expect(parsePeriod(fold("Thời điểm 01/02/2025"))?.kind).toBe("point");
});

test("two span columns are told apart from the year columns beside them", () => {
  const d = detect([
    ["TT", "Chỉ tiêu", "ĐVT", "Năm 2020", "Thực hiện giai đoạn 2016-2020", "Kế hoạch giai đoạn 2021-2025", "Kế hoạch năm 2021"],
    [1, "Kim ngạch xuất khẩu", "Triệu USD", 500, 2444, 3500, 560],
  ]);
  expect(roles(d)).toContain("F:plan");
  const periods = Object.fromEntries(d.columns.map((c) => [c.letter, c.period ? `${c.period.kind} ${c.period.n ?? ""}-${c.period.year}` : ""]));
  expect(periods.E).toBe("span 2016-2020");
  expect(periods.F).toBe("span 2021-2025");
  expect(periods.G).toBe("year -2021");
});
