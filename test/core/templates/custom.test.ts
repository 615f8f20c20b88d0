/**
 * The table of picked indicators (issue 13, point 2): every figure the five datasets state reaches
 * a workbook through it, with its quote; the stated % of plan and same-period comparisons come out
 * of its cells; the pick's order is kept; the block records its pick for a refresh.
 */
import * as fs from "fs";
import * as path from "path";
import { cellAddress } from "../../../src/core/a1";
import type { PlanDataset, PlanRecord } from "../../../src/core/dataset/types";
import type { SheetBlock } from "../../../src/core/sheet-block";
import { buildTemplate, DEFAULT_OPTIONS, optionsFromMeta, periodChoices } from "../../../src/core/templates";
import { bySector, indicatorChoices, searchIndicators, SECTORS } from "../../../src/core/templates/indicator-choices";
import { UserError } from "../../../src/core/user-error";
import { evaluate, round2 } from "./evaluate";

const dir = path.join(__dirname, "../../../datasets");
const datasets: PlanDataset[] = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".json") && f !== "index.json")
  .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as PlanDataset);

/** The Vietnamese message of the UserError a call throws. */
function viMessage(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return e.text.vi;
    throw e;
  }
  throw new Error("no error thrown");
}

const oneLine = (q: string): string => q.replace(/\s+/g, " ").trim();
const COL = { name: 1, plan: 3, actual: 4, prior: 5, vsPlan: 6, vsPrior: 7 };

function allBlocks(ds: PlanDataset, options = DEFAULT_OPTIONS): SheetBlock[] {
  return periodChoices("custom", ds, "all").map((c) => buildTemplate("custom", { dataset: ds, periodKey: c.key, indicators: "all" }, options));
}

/** The data cells of a block with the figure they hold and their note. */
function dataCells(block: SheetBlock): { row: number; col: number; value: number; note: string }[] {
  const out: { row: number; col: number; value: number; note: string }[] = [];
  block.cells.forEach((r, row) =>
    r.forEach((c, col) => {
      if (c.role === "data" && typeof c.value === "number") out.push({ row, col, value: c.value, note: c.note ?? "" });
    }),
  );
  return out;
}

describe("custom: every stated figure of the datasets reaches a table", () => {
  it("has the five datasets", () => expect(datasets.length).toBe(5));

  it.each(datasets.map((d) => [d.id, d] as const))("%s: each stated record is a data cell with its quote", (_id, ds) => {
    const cells = allBlocks(ds).flatMap(dataCells);
    const stated = ds.records.filter((r) => !r.derived);
    const missing = stated.filter((r) => !cells.some((c) => c.value === r.value && c.note.includes(oneLine(r.quote))));
    console.log(`${ds.id}: ${stated.length - missing.length} of ${stated.length} stated figures in a custom table`);
    expect(missing.map((r) => r.id)).toEqual([]);
  });

  it("the percentages the documents state for a % of plan or a same-period comparison come out of the comparison cells", () => {
    let total = 0;
    const missing: string[] = [];
    for (const ds of datasets) {
      const blocks = allBlocks(ds).map((block) => ({ block, get: evaluate(block) }));
      const reached = (r: PlanRecord, col: number, stated: number, asGrowth: boolean): boolean =>
        blocks.some(({ block, get }) => {
          const row = dataCells(block).find((c) => c.col === COL.actual && c.value === r.value && c.note.includes(oneLine(r.quote)))?.row;
          if (row === undefined) return false;
          const cell = block.cells[row]![col]!;
          const v = cell.formula ? get(cellAddress(row, col)) : cell.value;
          // Percent style: 0,4213 is 42,13% of plan, 1,1177 a growth of 11,77%.
          if (typeof v === "number" && round2(v * 100 - (asGrowth ? 100 : 0)) === stated) return true;
          // The document's own figures give another rounding: the note says what it wrote.
          return cell.note?.includes("Văn bản ghi") === true && cell.note.includes(String(Math.abs(stated)).replace(".", ","));
        });
      for (const r of ds.records.filter((x) => !x.derived && (x.kind === "actual" || x.kind === "estimate"))) {
        if (r.indicator.code.startsWith("growth.") || r.indicator.code.startsWith("index.")) continue; // the rate is the figure itself
        const { pctOfPlan, growthVsPrior, indexVsPrior } = r.reported;
        const checks: [number, number, boolean][] = [];
        if (pctOfPlan !== undefined) checks.push([COL.vsPlan, pctOfPlan, false]);
        if (growthVsPrior !== undefined) checks.push([COL.vsPrior, growthVsPrior, true]);
        if (indexVsPrior !== undefined) checks.push([COL.vsPrior, indexVsPrior, false]);
        for (const [col, stated, asGrowth] of checks) {
          total += 1;
          if (!reached(r, col, stated, asGrowth)) missing.push(`${r.id} ${stated}`);
        }
      }
    }
    console.log(`custom tables: ${total - missing.length} of ${total} stated comparisons of a level`);
    expect(total).toBeGreaterThanOrEqual(40);
    expect(missing).toEqual([]);
  });
});

describe("custom: the pick", () => {
  const ds = datasets.find((d) => d.id === "tv-sct-2020-h1")!;
  const names = (b: SheetBlock): string[] =>
    b.cells.slice(b.body!.firstRow, b.body!.lastRow + 1).map((r) => String(r[COL.name]!.value));

  it("lists the picked indicators in the order picked, and records the pick for a refresh", () => {
    const pick = ["main.retail-sales", "product.sugar", "main.industrial-production-value"];
    const b = buildTemplate("custom", { dataset: ds, periodKey: "months6-2020", indicators: pick }, DEFAULT_OPTIONS);
    expect(names(b)).toEqual(["Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", "Đường kết", "Giá trị sản xuất công nghiệp"]);
    const back = optionsFromMeta(b.meta.options);
    expect(back.indicators).toEqual(pick);
    expect(back.periodKey).toBe("months6-2020");
    // Rebuilding from what the block recorded gives the same block (a refresh with unchanged data changes nothing).
    expect(buildTemplate(b.meta.templateId, { dataset: ds, ...back }, back.options)).toEqual(b);
  });

  it("computes % of plan and of the same period as the documents state them (seeds/001: 42,13% and +11,77%)", () => {
    const b = buildTemplate("custom", { dataset: ds, periodKey: "months6-2020", indicators: ["main.industrial-production-value"] }, DEFAULT_OPTIONS);
    const row = b.body!.firstRow;
    const get = evaluate(b);
    expect(b.cells[row]![COL.vsPlan]!.formula).toBeDefined();
    expect(round2((get(cellAddress(row, COL.vsPlan)) as number) * 100)).toBe(42.13);
    expect(round2((get(cellAddress(row, COL.vsPrior)) as number) * 100 - 100)).toBe(11.77);
  });

  it("never divides two growth rates: a rate row shows '-' in its comparisons", () => {
    const vl = datasets.find((d) => d.id === "vl-qd1013-2015")!;
    const b = buildTemplate("custom", { dataset: vl, periodKey: "range-2016-2020", indicators: ["growth.iip"] }, DEFAULT_OPTIONS);
    const row = b.cells[b.body!.firstRow]!;
    expect(row[COL.plan]!.value).toBe(13);
    expect(row[COL.vsPlan]!.value).toBe("-");
    expect(row[COL.vsPrior]!.value).toBe("-");
  });

  it("puts a stated percentage with no base in the comparison cell, saying so (credit outstanding +11,95%)", () => {
    const dt = datasets.find((d) => d.id === "dt-nq124-2022")!;
    const b = buildTemplate("custom", { dataset: dt, periodKey: "month12-2021", indicators: ["other.credit.outstanding"] }, DEFAULT_OPTIONS);
    const cell = b.cells[b.body!.firstRow]![COL.vsPrior]!;
    expect(cell.value).toBe(1.1195);
    expect(cell.note).toContain("tăng 11,95% so cùng kỳ");
  });

  it("rejects a code the dataset does not hold, naming it", () => {
    expect(viMessage(() => buildTemplate("custom", { dataset: ds, periodKey: "months6-2020", indicators: ["main.nope"] }, DEFAULT_OPTIONS))).toMatch(
      /không có chỉ tiêu: main\.nope/,
    );
  });

  it("offers the periods of the picked indicators only, and names their keys when a period is wrong", () => {
    expect(periodChoices("custom", ds, ["product.sugar"]).map((c) => c.key)).toEqual(["months6-2020", "year-2020"]);
    expect(viMessage(() => buildTemplate("custom", { dataset: ds, periodKey: "2020", indicators: ["product.sugar"] }, DEFAULT_OPTIONS))).toMatch(
      /months6-2020 \(6 tháng đầu năm 2020\); year-2020 \(năm 2020\)/,
    );
  });

  it("groups every indicator of every dataset under a named sector", () => {
    for (const d of datasets) {
      for (const c of indicatorChoices(d)) expect(SECTORS.map((s) => s.id)).toContain(c.sector);
    }
    const sectors = new Set(datasets.flatMap((d) => indicatorChoices(d).map((c) => c.sector)));
    expect(sectors.size).toBeGreaterThanOrEqual(8);
  });
});

describe("custom: the picker's search and sectors", () => {
  const ds = datasets.find((d) => d.id === "tv-sct-2020-h1")!;
  const choices = indicatorChoices(ds);

  it("finds indicators with or without diacritics, in either language, by every word", () => {
    const codes = (q: string) => searchIndicators(choices, q).map((c) => c.code);
    expect(codes("gia tri san xuat cong nghiep")).toContain("main.industrial-production-value");
    expect(codes("Điện thương phẩm")).toEqual(["product.electricity-commercial"]);
    expect(codes("dien thuong pham")).toEqual(["product.electricity-commercial"]);
    expect(codes("crystallised sugar")).toEqual(["product.sugar"]);
    expect(codes("")).toHaveLength(choices.length);
    expect(codes("khong co chi tieu nay")).toEqual([]);
  });

  it("groups by sector in the sectors' order, main indicators first", () => {
    const groups = bySector(choices);
    expect(groups[0]!.sector.id).toBe("main");
    expect(groups.flatMap((g) => g.choices)).toHaveLength(choices.length);
    const order = SECTORS.map((s) => s.id);
    const seen = groups.map((g) => order.indexOf(g.sector.id));
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe("custom: a multi-year period", () => {
  it("sets the period before it, of the same length, beside it (QĐ 1013: 14%/year targeted for 2016-2020, 13,81% estimated for 2011-2015)", () => {
    const vl = datasets.find((d) => d.id === "vl-qd1013-2015")!;
    const b = buildTemplate("custom", { dataset: vl, periodKey: "range-2016-2020", indicators: ["growth.industrial-production-value"] }, DEFAULT_OPTIONS);
    const header = b.cells[b.body!.firstRow - 3]!;
    expect(header[COL.prior]!.value).toBe("Giai đoạn trước 2011-2015");
    const row = b.cells[b.body!.firstRow]!;
    expect(row[COL.plan]!.value).toBe(14);
    expect(row[COL.prior]!.value).toBe(13.81);
    expect(row[COL.vsPrior]!.value).toBe("-");
  });
});
