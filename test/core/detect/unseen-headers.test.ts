/**
 * Header classes detection had not seen (issue 13, point 3): abbreviations without diacritics
 * ("TH", "KH", "CK", "% KH", "% CK", "UTH", "LK"), comparison headers that name only the base
 * ("Tỷ lệ đạt so KH (%)", "% so KH", "Achievement vs plan (%)", "So CK") whose compared figure is
 * the period's actual or estimate, and English headers. Each form is written after a real one: the
 * GSO release workbooks (../shared/real-workbooks: multi-row headers, period titles, "so với cùng
 * kỳ năm trước (%)"), the seed reports' own wording (seeds/001 "ước đạt ..., đạt ...% kế hoạch,
 * tăng ...% so cùng kỳ"; seeds/004 "đạt 86.73% so chỉ tiêu dự toán") and the department layouts of
 * the domain notes, then abbreviated or stripped of diacritics the way planners type them.
 * Each case states the roles and the operands a person reads.
 */
import { gridFromValues, planRecalc } from "../../../src/core/recalc";
import { detect, operands, roles, type Rows } from "./layout-support";

interface Layout {
  name: string;
  rows: Rows;
  roles: string;
  operands: Record<string, string>;
  merges?: { row: number; col: number; rows: number; cols: number }[];
}

export const UNSEEN_LAYOUTS: Layout[] = [
  // --- Abbreviations, no diacritics ---
  {
    name: "abbreviated, no diacritics: STT | Chi tieu | DVT | KH 2020 | TH 6T 2019 | UTH 6T 2020 | % KH | % CK",
    rows: [
      ["STT", "Chi tieu", "DVT", "KH 2020", "TH 6 thang 2019", "UTH 6 thang 2020", "% KH", "% CK"],
      [1, "Thuy san dong lanh", "Tan", 10500, 3371, 5268, null, null],
      [2, "Nuoc sinh hoat", "Trieu m3", 25.5, 12.9, 17.1, null, null],
    ],
    roles: "A:label B:label C:unit D:plan E:prior F:cumulative G:comparison H:comparison",
    operands: { G: "F/D index", H: "F/E index" },
  },
  {
    name: "abbreviated monthly form: KH nam | TH thang | LK | CK | LK CK | % KH | % CK",
    rows: [
      ["TT", "Chi tieu", "DVT", "KH nam", "TH thang", "LK", "CK", "LK CK", "% KH", "% CK"],
      [1, "Gia tri SXCN", "Ty dong", 45400, 3800, 19125.44, 3500, 17111, null, null],
      [2, "Dien thuong pham", "Trieu kWh", 1130, 95, 540.8, 88, 510, null, null],
    ],
    roles: "A:label B:label C:unit D:plan E:actual F:cumulative G:prior H:prior I:comparison J:comparison",
    // Against the year's plan, the cumulative figure; a bare "% CK" compares the period's own figure
    // with its same period (the reading comparisons.ts documents), "LK so LK CK" would name the cumulative.
    operands: { I: "F/D index", J: "E/G index" },
  },
  {
    name: "with diacritics, abbreviated: KH | ƯTH | CK | %KH | %CK",
    rows: [
      ["TT", "Chỉ tiêu", "ĐVT", "KH", "ƯTH", "CK", "%KH", "%CK"],
      [1, "Giá trị SXCN (giá SS 2010)", "Tỷ đồng", 45400, 19125.44, 17111, null, null],
    ],
    roles: "A:label B:label C:unit D:plan E:actual F:prior G:comparison H:comparison",
    operands: { G: "E/D index", H: "E/F index" },
  },
  {
    name: "upper case, no diacritics: CHI TIEU | DVT | KH NAM 2021 | TH NAM 2020 | UTH NAM 2021 | TY LE DAT SO KH (%) | SO CK (%)",
    rows: [
      ["CHI TIEU", "DVT", "KH NAM 2021", "TH NAM 2020", "UTH NAM 2021", "TY LE DAT SO KH (%)", "SO CK (%)"],
      ["TONG MUC BAN LE", "TY DONG", 36000, 33540, 31910.47, null, null],
    ],
    roles: "A:label B:unit C:plan D:prior E:actual F:comparison G:comparison",
    operands: { F: "E/C index", G: "E/D index" },
  },
  // --- Comparison headers that name only the base ---
  {
    name: "base only: Tỷ lệ đạt so KH (%) | So CK (%)",
    rows: [
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2020", "Cùng kỳ năm 2019", "Ước thực hiện 6 tháng 2020", "Tỷ lệ đạt so KH (%)", "So CK (%)"],
      [1, "Giá trị sản xuất công nghiệp", "Tỷ đồng", 45400, 17111, 19125.44, null, null],
      [2, "Tổng mức bán lẻ hàng hóa", "Tỷ đồng", 38000, 16473, 15997, null, null],
    ],
    roles: "A:label B:label C:unit D:plan E:prior F:cumulative G:comparison H:comparison",
    operands: { G: "F/D index", H: "F/E index" },
  },
  {
    name: "base only: % so KH | % so CK, next to a month and its cumulative",
    rows: [
      ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm", "Thực hiện tháng 6", "Lũy kế 6 tháng", "Cùng kỳ 6 tháng 2019", "% so KH", "% so CK"],
      [1, "Điện thương phẩm", "Triệu kWh", 1130, 95, 540.8, 510, null, null],
    ],
    roles: "A:label B:label C:unit D:plan E:actual F:cumulative G:prior H:comparison I:comparison",
    operands: { H: "F/D index", I: "F/G index" },
  },
  {
    name: "base only, no diacritics: % so KH nam | So CK",
    rows: [
      ["TT", "Chi tieu", "KH nam 2025", "Thuc hien ky nay", "Cung ky nam truoc", "% so KH nam", "So CK"],
      [1, "Kim ngach xuat khau", 1200, 640, 590, null, null],
    ],
    roles: "A:label B:label C:plan D:actual E:prior F:comparison G:comparison",
    operands: { F: "D/C index", G: "D/E index" },
  },
  {
    name: "base only, the GSO's two header rows: 'So sánh (%)' over 'KH' and 'CK'",
    rows: [
      ["STT", "Chỉ tiêu", "ĐVT", "KH năm 2021", "TH năm 2020", "ƯTH năm 2021", "So sánh (%)", null],
      [null, null, null, null, null, null, "KH", "CK"],
      [1, "Giá trị sản xuất công nghiệp", "Tỷ đồng", 45000, 35470, 32015.43, null, null],
    ],
    merges: [
      { row: 0, col: 0, rows: 2, cols: 1 }, { row: 0, col: 1, rows: 2, cols: 1 }, { row: 0, col: 2, rows: 2, cols: 1 },
      { row: 0, col: 3, rows: 2, cols: 1 }, { row: 0, col: 4, rows: 2, cols: 1 }, { row: 0, col: 5, rows: 2, cols: 1 },
      { row: 0, col: 6, rows: 1, cols: 2 },
    ],
    roles: "A:label B:label C:unit D:plan E:prior F:actual G:comparison H:comparison",
    operands: { G: "F/D index", H: "F/E index" },
  },
  {
    name: "base only: Đạt % so dự toán | Tăng/giảm so CK (%) (seeds/004 wording)",
    rows: [
      ["Nội dung", "Dự toán năm 2021", "Thực hiện năm 2020", "Ước thực hiện năm 2021", "Đạt % so dự toán", "Tăng/giảm so CK (%)"],
      ["Thu ngân sách nhà nước (triệu đồng)", 7829000, 7100000, 6790000, null, null],
    ],
    roles: "A:label B:plan C:prior D:actual E:comparison F:comparison",
    operands: { E: "D/B index", F: "D/C growth" },
  },
  // --- English ---
  {
    name: "English: Plan 2020 | Same period 2019 | Estimate H1 2020 | Achievement vs plan (%) | vs same period (%)",
    rows: [
      ["No.", "Indicator", "Unit", "Plan 2020", "Same period 2019", "Estimate H1 2020", "Achievement vs plan (%)", "vs same period (%)"],
      [1, "Industrial production value", "VND billion", 45400, 17111, 19125.44, null, null],
    ],
    roles: "A:label B:label C:unit D:plan E:prior F:cumulative G:comparison H:comparison",
    operands: { G: "F/D index", H: "F/E index" },
  },
  {
    name: "English, GSO-style two rows: 'Compared with (%)' over 'plan' and 'same period last year'",
    rows: [
      ["Indicator", "Unit", "Plan for the year", "Actual this month", "Year to date", "Same period last year (YTD)", "Compared with (%)", null],
      [null, null, null, null, null, null, "Plan", "Same period last year"],
      ["Retail sales", "VND billion", 36000, 2800, 15997, 16473, null, null],
    ],
    merges: [
      { row: 0, col: 0, rows: 2, cols: 1 }, { row: 0, col: 1, rows: 2, cols: 1 }, { row: 0, col: 2, rows: 2, cols: 1 }, { row: 0, col: 3, rows: 2, cols: 1 },
      { row: 0, col: 4, rows: 2, cols: 1 }, { row: 0, col: 5, rows: 2, cols: 1 }, { row: 0, col: 6, rows: 1, cols: 2 },
    ],
    roles: "A:label B:unit C:plan D:actual E:cumulative F:prior G:comparison H:comparison",
    operands: { G: "E/C index", H: "E/F index" },
  },
  {
    name: "English: Target | Estimate | Last year | % of target | YoY growth (%)",
    rows: [
      ["Item", "Unit", "Target 2021", "Last year", "Estimate 2021", "% of target", "YoY growth (%)"],
      ["Vocational enrolment", "persons", 15000, 14800, 15178, null, null],
    ],
    roles: "A:label B:unit C:plan D:prior E:actual F:comparison G:comparison",
    operands: { F: "E/C index", G: "E/D growth" },
  },
  // --- Forms after the GSO release tables, abbreviated ---
  {
    name: "GSO release rewritten: TH thang truoc | UTH thang nay | LK 2 thang | so CK (%) over month and cumulative",
    rows: [
      [null, "DVT", "TH thang 01 nam 2025", "UTH thang 02 nam 2025", "LK 2 thang nam 2025", "Thang 02 so CK (%)", "2 thang so CK (%)"],
      [],
      ["Dien san xuat", "Trieu kWh", 24876, 23014, 47890, 97.7, 104.9],
      ["Xi mang", "Nghin tan", 5850, 5140, 10990, 112.4, 106.1],
    ],
    roles: "A:label B:unit C:previous D:actual E:cumulative F:comparison G:comparison",
    operands: { F: "D/? index", G: "E/? index" },
  },
  {
    name: "GSO release rewritten: Nam 2023 | UT nam 2024 | Nam 2024 so nam 2023 (%), no diacritics",
    rows: [
      [null, "Nam 2023", "Uoc tinh nam 2024", "Nam 2024 so voi nam 2023 (%)"],
      [],
      ["Lua (Nghin tan)", 43498, 43500, null],
      ["Ca phe (Nghin tan)", 1956, 1943, null],
    ],
    roles: "A:label B:prior C:actual D:comparison",
    operands: { D: "C/B index" },
  },
  // --- More department forms, as typed ---
  {
    name: "no diacritics, two header rows: 'So sanh (%)' over 'KH nam' and 'Cung ky'",
    rows: [
      ["TT", "Chi tieu", "DVT", "KH nam 2020", "TH 6 thang 2019", "Uoc TH 6 thang 2020", "So sanh (%)", null],
      [null, null, null, null, null, null, "KH nam", "Cung ky"],
      ["I", "CONG NGHIEP", null, null, null, null, null, null],
      [1, "Gia tri SXCN (gia SS 2010)", "Ty dong", 45400, 17111, 19125.44, null, null],
      [2, "Chi so SXCN (IIP)", "%", null, null, 108.5, null, null],
      ["II", "THUONG MAI", null, null, null, null, null, null],
      [3, "TMBL hang hoa va DTDV", "Ty dong", 38000, 16473, 15997, null, null],
    ],
    merges: [
      { row: 0, col: 0, rows: 2, cols: 1 }, { row: 0, col: 1, rows: 2, cols: 1 }, { row: 0, col: 2, rows: 2, cols: 1 },
      { row: 0, col: 3, rows: 2, cols: 1 }, { row: 0, col: 4, rows: 2, cols: 1 }, { row: 0, col: 5, rows: 2, cols: 1 },
      { row: 0, col: 6, rows: 1, cols: 2 },
    ],
    roles: "A:label B:label C:unit D:plan E:prior F:cumulative G:comparison H:comparison",
    operands: { G: "F/D index", H: "F/E index" },
  },
  {
    name: "no diacritics: Dat % KH | Tang/giam so CK (%)",
    rows: [
      ["STT", "San pham", "DVT", "KH 2021", "TH 9 thang 2020", "UTH 9 thang 2021", "Dat % KH", "Tang/giam so CK (%)"],
      [1, "Gao xay xat", "Nghin tan", 550, 120, 151.27, null, null],
      [2, "Duong ket", "Tan", 17500, 18130, 12371, null, null],
    ],
    roles: "A:label B:label C:unit D:plan E:prior F:cumulative G:comparison H:comparison",
    operands: { G: "F/D index", H: "F/E growth" },
  },
  {
    name: "abbreviated, both years named: TH 2020 | KH 2021 | UTH 2021 | UTH 2021 so TH 2020 (%) | UTH so KH (%)",
    rows: [
      ["TT", "Chi tieu", "DVT", "TH 2020", "KH 2021", "UTH 2021", "UTH 2021 so TH 2020 (%)", "UTH so KH (%)"],
      [1, "Kim ngach xuat khau", "Trieu USD", 640, 700, 715, null, null],
    ],
    roles: "A:label B:label C:unit D:prior E:plan F:actual G:comparison H:comparison",
    operands: { G: "F/D index", H: "F/E index" },
  },
  {
    name: "cumulative against cumulative: LK den thang 9 | LK cung ky | LK so CK (%) | LK so KH nam (%)",
    rows: [
      ["TT", "Chi tieu", "KH nam", "TH thang 9", "LK den thang 9", "LK cung ky", "LK so CK (%)", "LK so KH nam (%)"],
      [1, "Dien thuong pham (trieu kWh)", 1130, 96, 820, 790, null, null],
    ],
    roles: "A:label B:label C:plan D:actual E:cumulative F:prior G:comparison H:comparison",
    operands: { G: "E/F index", H: "E/C index" },
  },
  {
    name: "with diacritics: % thực hiện KH | Tỷ lệ thực hiện so cùng kỳ (%)",
    rows: [
      ["STT", "Chỉ tiêu", "ĐVT", "KH năm 2022", "TH năm 2021", "Ước TH năm 2022", "% thực hiện KH", "Tỷ lệ thực hiện so cùng kỳ (%)"],
      [1, "Giá trị sản xuất công nghiệp", "Tỷ đồng", 66620, 61005, 66000, null, null],
    ],
    roles: "A:label B:label C:unit D:plan E:prior F:actual G:comparison H:comparison",
    operands: { G: "F/D index", H: "F/E index" },
  },
  {
    name: "English: Actual vs target (%) | Change vs last year (%) | MoM (%)",
    rows: [
      ["Indicator", "Unit", "Target 2025", "Last month", "This month", "Same month last year", "Actual vs target (%)", "Change vs last year (%)", "MoM (%)"],
      ["Electricity sold", "GWh", 1300, 98, 104, 95, null, null, null],
    ],
    roles: "A:label B:unit C:plan D:previous E:actual F:prior G:comparison H:comparison I:comparison",
    operands: { G: "E/C index", H: "E/F growth", I: "E/D index" },
  },
  {
    name: "English, abbreviated: Plan | Act. | LY | % Plan | % LY",
    rows: [
      ["Item", "Plan", "Actual", "Last year", "% plan", "% last year"],
      ["Exports (USD m)", 530, 330, 310, null, null],
    ],
    roles: "A:label B:plan C:actual D:prior E:comparison F:comparison",
    operands: { E: "C/B index", F: "C/D index" },
  },
  {
    name: "no diacritics, unit line above, figures partly typed: Uoc TH ca nam | KH nam | % KH nam",
    rows: [
      ["Don vi tinh: ty dong"],
      ["STT", "Chi tieu", "KH nam 2020", "Uoc TH ca nam 2020", "% KH nam"],
      [1, "Gia tri san xuat cong nghiep", 45400, 45266, null],
      [2, "Tong muc ban le", 38000, 34135, 89.83],
      [3, "Kim ngach xuat khau", 420, null, null],
    ],
    roles: "A:label B:label C:plan D:actual E:comparison",
    operands: { E: "D/C index" },
  },
  {
    name: "no diacritics, 'so' as 'số' before the verb: Chi so SXCN thang 6 so CK (%), its bases in the table",
    rows: [
      ["Nganh", "TH thang 6 nam 2024", "TH thang 5 nam 2025", "UTH thang 6 nam 2025", "Chi so SXCN thang 6 so CK (%)", "Chi so SXCN thang 6 so thang truoc (%)"],
      ["Khai khoang", 100, 96, 104, null, null],
      ["Che bien, che tao", 200, 221, 230, null, null],
    ],
    roles: "A:label B:prior C:previous D:actual E:comparison F:comparison",
    operands: { E: "D/B index", F: "D/C index" },
  },
  // --- English, after the GSO's English release tables (same sheets as ../shared/real-workbooks) ---
  {
    name: "English GSO release: Jan 2025 | Feb 2025 | 2 months 2025 | Feb 2025 compared with (%) Jan 2025, Feb 2024 | 2 months vs same period",
    rows: [
      [null, "Jan", "Feb", "2 months", "Feb 2025 compared with (%)", null, "2 months 2025", null, "Feb", "2 months"],
      [null, 2025, 2025, 2025, "Jan 2025", "Feb 2024", "vs same period 2024 (%)", null, 2024, 2024],
      [],
      ["Newly registered enterprises", 10653, 10128, 20781, null, null, null, null, 7538, 22817],
      ["Registered capital (VND billion)", 94064.6, 136383, 230448, null, null, null, null, 64753.6, 219765.6],
    ],
    merges: [{ row: 0, col: 4, rows: 1, cols: 2 }],
    roles: "A:label B:previous C:actual D:cumulative E:comparison F:comparison G:comparison I:prior J:prior",
    operands: { E: "C/B index", F: "C/I index", G: "D/J index" },
  },
  {
    name: "English GSO release: 2023 | Estimate 2024 | 2024 compared with 2023 (%)",
    rows: [
      [null, "2023", "Estimate 2024", "2024 compared with 2023 (%)"],
      [],
      ["Paddy (thousand tonnes)", 43498, 43500, null],
      ["Coffee (thousand tonnes)", 1956, 1943, null],
    ],
    roles: "A:label B:prior C:actual D:comparison",
    operands: { D: "C/B index" },
  },
  {
    name: "English department form: Plan for the year | Actual to date | Same period last year | % of annual plan | Growth y/y (%)",
    rows: [
      ["No.", "Indicator", "Unit", "Plan for the year", "Actual to date", "Same period last year", "% of annual plan", "Growth y/y (%)"],
      [1, "Retail sales of goods and services", "VND billion", 36000, 15997, 16473, null, null],
      [2, "Export turnover", "USD million", 420, 201, 187, null, null],
    ],
    roles: "A:label B:label C:unit D:plan E:cumulative F:prior G:comparison H:comparison",
    operands: { G: "E/D index", H: "E/F growth" },
  },
];

describe.each(UNSEEN_LAYOUTS)("$name", (l) => {
  it("reads roles and operands as a person would", () => {
    const d = detect(l.rows, { merges: l.merges ?? [] });
    expect(roles(d)).toBe(l.roles);
    expect(operands(d)).toEqual(l.operands);
  });
});

describe("recalculating these forms: a formula in every comparison cell whose operands are in the table, on the right cells", () => {
  it.each(UNSEEN_LAYOUTS.map((l) => [l.name, l] as const))("%s", (_n, l) => {
    const grid = gridFromValues(l.rows, l.merges ?? []);
    const d = detect(l.rows, { merges: l.merges ?? [] });
    const plan = planRecalc(grid, d, { overwrite: true });
    const dataRows = d.rows.filter((r) => r.kind === "data").map((r) => r.row);
    let checked = 0;
    for (const [letter, ops] of Object.entries(l.operands)) {
      const [subject, base] = ops.split(" ")[0]!.split("/");
      const col = d.columns.find((c) => c.letter === letter)!.col;
      const writes = plan.writes.filter((w) => w.col === col);
      if (subject === "?" || base === "?") {
        expect(writes).toEqual([]);
        continue;
      }
      // Rows whose both operands hold a number get the formula; the formula reads those two cells.
      for (const row of dataRows) {
        const w = writes.find((x) => x.row === row);
        expect([letter, row, w?.formula ?? "(blank)"]).toEqual([letter, row, expect.stringContaining(`${subject}${row + 1}`)]);
        expect(w!.formula).toContain(`${base!.startsWith("$") ? "" : base}${base!.startsWith("$") ? base!.slice(1) : row + 1}`);
        checked += 1;
      }
    }
    // Only a form whose bases are published elsewhere (the GSO's "so CK") has nothing to write.
    if (Object.values(l.operands).some((o) => !o.includes("?"))) expect(checked).toBeGreaterThan(0);
  });
});

it("scores the corpus: every comparison column read, 0 wrong formulas, none left blank whose operands are in the table", () => {
  let columns = 0;
  let right = 0;
  let wrong = 0;
  let blank = 0;
  for (const l of UNSEEN_LAYOUTS) {
    const d = detect(l.rows, { merges: l.merges ?? [] });
    const got = operands(d);
    for (const [letter, expected] of Object.entries(l.operands)) {
      columns += 1;
      const inTable = !expected.split(" ")[0]!.includes("?");
      if (got[letter] === expected) right += 1;
      else if (inTable && (got[letter] === undefined || got[letter]!.includes("?"))) blank += 1;
      else wrong += 1;
    }
  }
  console.log(`unseen header classes: ${UNSEEN_LAYOUTS.length} forms, ${columns} comparison columns: ${right} read right, ${wrong} wrong, ${blank} left blank`);
  expect(UNSEEN_LAYOUTS.length).toBeGreaterThanOrEqual(25);
  expect([wrong, blank]).toEqual([0, 0]);
  expect(right).toBe(columns);
});
