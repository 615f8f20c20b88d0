import { buildTemplate, DEFAULT_OPTIONS, listTemplates } from "../../../src/core/templates";
import { cellAddress } from "../../../src/core/a1";
import { evaluate, round2 } from "./evaluate";

const IDS = ["main-indicators", "products", "growth-targets", "structure", "remaining", "tasks", "custom"];

describe("empty variants", () => {
  it.each(IDS)("%s: input cells blank, formulas ready and blank, no dataset in meta", (id) => {
    const b = buildTemplate(id, null, DEFAULT_OPTIONS, 4);
    const body = b.cells.slice(b.body!.firstRow, b.body!.lastRow + 1);
    expect(body.flat().some((c) => c.role === "data")).toBe(false);
    const inputs = body.flat().filter((c) => c.role === "input");
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.every((c) => c.value === undefined && c.formula === undefined)).toBe(true);
    const get = evaluate(b);
    let formulas = 0;
    b.cells.forEach((r, i) =>
      r.forEach((c, j) => {
        if (!c.formula) return;
        formulas += 1;
        const v = get(cellAddress(i, j));
        // Blank-safe: nothing typed gives "" (counts give 0), never an error.
        expect(v === "" || v === 0).toBe(true);
      }),
    );
    expect(formulas).toBeGreaterThan(0);
    expect(b.meta.datasetId).toBeUndefined();
    expect(b.meta.templateId).toBe(id);
    expect(b.cells.every((r) => r.length === b.cols)).toBe(true);
  });

  it("products: typing the seafood figures gives 50,17% and 156,27%", () => {
    const b = buildTemplate("products", null, DEFAULT_OPTIONS, 3);
    const r = b.body!.firstRow + 1;
    const get = evaluate(b, { [`D${r}`]: 10500.3, [`E${r}`]: 5268, [`F${r}`]: 3371.09 });
    expect(round2((get(`G${r}`) as number) * 100)).toBe(50.17);
    expect(round2((get(`H${r}`) as number) * 100)).toBe(156.27);
  });

  it("remaining: typing 45.266 and 19.125,44 with 6 months gives 26.140,56", () => {
    const b = buildTemplate("remaining", null, DEFAULT_OPTIONS, 2);
    const r = b.body!.firstRow + 1;
    const months = b.cells.findIndex((row) => row[0]?.value === "(a) Số tháng đã thực hiện:") + 1;
    const get = evaluate(b, { [`E${r}`]: 45266, [`F${r}`]: 19125.44, [`D${months}`]: 6 });
    expect(round2(get(`H${r}`))).toBe(26140.56);
    expect(round2(get(`I${r}`))).toBe(3187.57);
  });

  it("structure: the total is the sum of the parts and the shares add up to 100%", () => {
    const b = buildTemplate("structure", null, DEFAULT_OPTIONS, 2);
    const total = b.body!.firstRow + 1;
    const get = evaluate(b, { [`D${total + 1}`]: 59526, [`D${total + 2}`]: 202760 });
    expect(get(`D${total}`)).toBe(262286);
    expect(round2((get(`E${total + 1}`) as number) * 100)).toBe(22.7); // 59.526 ÷ 262.286 = 22,695...
    expect(round2((get(`E${total}`) as number) * 100)).toBe(100);
  });

  it("growth-targets: typing the Trà Vinh base, rate and years gives 86.839,34", () => {
    const b = buildTemplate("growth-targets", null, DEFAULT_OPTIONS, 1);
    const r = b.body!.firstRow + 1;
    const p = (label: string) => b.cells.findIndex((row) => row[0]?.value === label) + 1;
    const get = evaluate(b, { [`D${p("Năm gốc (năm trước giai đoạn):")}`]: 2020, [`D${p("Năm cuối giai đoạn:")}`]: 2025, [`D${r}`]: 44164, [`E${r}`]: 14.48 });
    expect(round2(get(`F${r}`))).toBe(86839.34);
  });

  it("has a gallery entry for every template", () => {
    expect(listTemplates().map((t) => t.id)).toEqual(IDS);
    for (const t of listTemplates()) {
      expect(t.name.vi && t.name.en && t.description.vi && t.description.en).toBeTruthy();
      expect(t.columns.length).toBeGreaterThanOrEqual(5);
    }
  });
});
