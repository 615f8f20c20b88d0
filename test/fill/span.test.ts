/**
 * Columns of a span of years (src/core/fill/span.ts): what a header asks for, and that a span cell takes
 * only the record the document states for that span and kind. Expected readings written by hand from the
 * headers; records and values from the datasets' own sentences (seeds/000, seeds/002).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PlanDataset } from "../../src/core/dataset/types";
import { pickRecord, type ColumnWant, type PickResult } from "../../src/core/fill/records";
import { endYearTarget, spanColumn, type SpanColumn } from "../../src/core/fill/span";
import { unitById } from "../../src/core/units";
import { plan2025 } from "../fixtures/forms/forms-spans";
import { dryRun, writeForm } from "./fill-support";

function dataset(id: string): PlanDataset {
  return JSON.parse(readFileSync(join(__dirname, "../../datasets", `${id}.json`), "utf8")) as PlanDataset;
}

function read(header: string, docYear: number | null): { measure: string; range: string; kinds: string[]; anyKind: boolean } | "none" | null {
  const c: SpanColumn | "none" | null = spanColumn(header, docYear);
  if (c === null || c === "none") return c;
  return { measure: c.span.measure, range: `${c.period.fromYear}-${c.period.year}`, kinds: c.kinds, anyKind: c.span.anyKind };
}

describe("a header naming a span of years", () => {
  test.each([
    ["Tốc độ tăng bình quân giai đoạn 2021-2025 (%)", 2021, { measure: "growth", range: "2021-2025", kinds: ["target", "plan", "actual", "estimate"], anyKind: true }],
    ["Tăng BQ giai đoạn 2016-2020 (%)", 2021, { measure: "growth", range: "2016-2020", kinds: ["actual", "estimate"], anyKind: false }],
    ["Bình quân 2016-2020 (%/năm)", 2015, { measure: "growth", range: "2016-2020", kinds: ["target", "plan"], anyKind: false }],
    ["Thực hiện giai đoạn 2016 – 2020", 2021, { measure: "level", range: "2016-2020", kinds: ["actual", "estimate"], anyKind: false }],
    ["Kế hoạch 5 năm 2021-2025", 2020, { measure: "level", range: "2021-2025", kinds: ["target", "plan"], anyKind: false }],
    ["Tổng kim ngạch cả giai đoạn 2011-2020", 2021, { measure: "total", range: "2011-2020", kinds: ["actual", "estimate"], anyKind: false }],
    ["Tăng BQ 2021-2025 so với 2020 (%)", 2021, { measure: "growth", range: "2021-2025", kinds: ["target", "plan", "actual", "estimate"], anyKind: true }],
    ["Lũy kế giai đoạn (2016-2020)", 2021, { measure: "total", range: "2016-2020", kinds: ["actual", "estimate"], anyKind: false }],
  ])("%s (document of %d)", (header, year, want) => {
    expect(read(header, year)).toEqual(want);
  });

  test.each([
    "So sánh TH 2016-2020 với KH (%)",
    "Tỷ lệ đạt so với mục tiêu giai đoạn 2016-2020 (%)",
    "Cơ cấu giai đoạn 2016-2020 (%)",
    "Giai đoạn 2016-2020 (%)",
    "Ghi chú giai đoạn 2016-2020",
  ])("%s takes no figure", (header) => {
    expect(read(header, 2021)).toBe("none");
  });

  test("a span followed by a comma is read", () => {
    expect(read("Giai đoạn 2021-2025, kế hoạch", 2021)).toEqual({ measure: "level", range: "2021-2025", kinds: ["target", "plan"], anyKind: false });
  });

  test.each(["Mục tiêu đến năm 2025", "Năm 2020", "Số ĐT 0294-3862", "Ước thực hiện 6 tháng 2020", "Chỉ số 2020-2021,5"])("%s names no span", (header) => {
    expect(read(header, 2021)).toBeNull();
  });
});

describe("a header naming an end year", () => {
  test("'Mục tiêu đến năm 2025' and 'Đến năm 2025' are targets of the year 2025", () => {
    for (const h of ["Mục tiêu đến năm 2025", "Đến năm 2025", "Phấn đấu đến hết năm 2025"]) {
      expect(endYearTarget(h)).toEqual({ kinds: ["target", "plan"], period: { type: "year", year: 2025, label: "" } });
    }
  });
  test("an estimate, a comparison or a span is not", () => {
    for (const h of ["Ước thực hiện đến năm 2020", "So sánh đến năm 2025 (%)", "Mục tiêu đến năm 2025 (%)", "Giai đoạn 2021-2025, đến năm 2025"]) expect(endYearTarget(h)).toBeNull();
  });
});

describe("a span cell takes the stated record of that span and kind, never another", () => {
  const tv = dataset("tv-qd1809-2021");
  const vl = dataset("vl-qd1013-2015");
  const tyDong = unitById("ty-dong");
  const pick = (ds: PlanDataset, code: string, want: ColumnWant, unit = tyDong): PickResult =>
    pickRecord(ds.records, { code, want, unit, unknownUnitText: null, basis: null, rowRecords: new Set(), form: ds.period });
  const span = (c: SpanColumn | "none" | null): ColumnWant => {
    if (c === null || c === "none") throw new Error("not a span column");
    return { kinds: c.kinds, period: c.period, span: c.span };
  };
  const value = (r: PickResult): number | string => (r.status === "picked" ? r.pick.value : r.status);

  test("average growth: the row's growth record of the named span (14,48%/năm 2021-2025, 23,5% 2016-2020)", () => {
    expect(value(pick(tv, "main.industrial-production-value", span(spanColumn("Tốc độ tăng bình quân giai đoạn 2021-2025 (%)", 2021))))).toBe(14.48);
    expect(value(pick(tv, "main.industrial-production-value", span(spanColumn("Tăng BQ giai đoạn 2016-2020 (%)", 2021))))).toBe(23.5);
  });

  test("another span is never taken: retail growth is stated for 2016-2020 only", () => {
    expect(value(pick(tv, "main.retail-sales", span(spanColumn("Tốc độ tăng bình quân giai đoạn 2021-2025 (%)", 2021))))).toBe("none");
    expect(value(pick(tv, "main.retail-sales", span(spanColumn("Tăng BQ giai đoạn 2011-2015 (%)", 2021))))).toBe("none");
  });

  test("another kind is never taken: the 2016-2020 target of 14%/năm is not an outcome of 2016-2020", () => {
    expect(value(pick(vl, "main.industrial-production-value", span(spanColumn("Mục tiêu bình quân 2016-2020 (%/năm)", 2015))))).toBe(14);
    expect(value(pick(vl, "main.industrial-production-value", span(spanColumn("Thực hiện bình quân 2016-2020 (%/năm)", 2015))))).toBe("none");
  });

  test("two stated figures for one span cell are a question (13,81% CN-TTCN and 13,67% at 2010 prices, 2011-2015)", () => {
    const r = pick(vl, "main.industrial-production-value", span(spanColumn("Bình quân 2011-2015 (%/năm)", 2015)));
    expect(r.status).toBe("ask");
    expect(r.status === "ask" ? r.options.map((o) => o.value).sort() : []).toEqual([13.67, 13.81]);
  });

  test("a total over the span: 'trên 2.444 triệu USD' over 2011-2020, nothing for another span", () => {
    const usd = unitById("trieu-usd");
    expect(value(pick(tv, "main.export-turnover", span(spanColumn("Tổng giai đoạn 2011-2020", 2021)), usd))).toBe(2444);
    expect(value(pick(tv, "main.export-turnover", span(spanColumn("Tổng giai đoạn 2016-2020", 2021)), usd))).toBe("none");
    // A level column is not a total: the span's total is never read as the span's own figure.
    expect(value(pick(tv, "main.export-turnover", span(spanColumn("Thực hiện giai đoạn 2011-2020", 2021)), usd))).toBe("none");
  });

  test("'đến năm 2025' is the year's target, never the 2021-2025 span's", () => {
    const end = endYearTarget("Mục tiêu đến năm 2025")!;
    expect(value(pick(tv, "structure.grdp.industry-construction", end, unitById("percent")))).toBe(46.16);
    expect(value(pick(tv, "growth.industrial-production-value", end, unitById("percent")))).toBe("none");
  });
});

test("the row's explanation names the record each span cell took, and the value carries it with its quote", async () => {
  const dir = mkdtempSync(join(tmpdir(), "fill-span-"));
  try {
    const report = await dryRun(plan2025, await writeForm(dir, plan2025));
    const rows = report.rows as (typeof report.rows[number] & { reason: string })[];
    const g5 = report.values.find((v) => v.cell === "G5")!;
    expect(g5.recordId).toBe("tv-qd1809-2021:growth.industrial-production-value:2021-2025:target");
    expect(g5.quote).toContain("tăng trưởng bình quân 14,48% giai đoạn 2021 - 2025");
    const row5 = rows.find((r) => r.row === 5)!; // sheet row 5 (the report counts from 1)
    expect(row5.reason).toContain("G5: tốc độ tăng bình quân giai đoạn 2021-2025 (mục tiêu)");
    expect(row5.reason).toContain(g5.recordId);
    const e5 = report.values.find((v) => v.cell === "E5")!;
    expect(row5.reason).toContain(`E5: tốc độ tăng bình quân giai đoạn 2016-2020 (thực hiện) văn bản nêu, %/năm, bản ghi ${e5.recordId}`);
    // "công nghiệp chế biến, chế tạo đạt trên 25%": the bound is said with the figure.
    const f11 = report.values.find((v) => v.cell === "F11")! as (typeof report.values)[number] & { how?: string };
    expect(f11.how).toContain('văn bản ghi "trên 25": số giới hạn');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
