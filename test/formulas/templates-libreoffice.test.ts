/**
 * Every template × every dataset it applies to × every period it offers, and every empty
 * template, written by the CLI (`workbook build`, through runCli) and recalculated by headless
 * LibreOffice in one batch. For each file: it holds the template's formulas; no formula gives an
 * error in LibreOffice; LibreOffice and HyperFormula (on the block from buildTemplate) agree on
 * every cell; and the figures the documents state come out of LibreOffice to 2 decimals, in the
 * three comparison styles. A percentage checks the numbers only where the document states both
 * figures it relates; where the dataset derived the base from the percentage, the check is of
 * which cells the formula reads (see test/support/document-figures.ts).
 *
 * The empty templates are also "typed into": the document's figures entered in the CLI's empty
 * file with ExcelJS, as a planner would, give the document's percentages in LibreOffice.
 */
import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as ExcelJS from "exceljs";
import { parseCellAddress } from "../../src/core/a1";
import type { PlanDataset } from "../../src/core/dataset/types";
import type { ComparisonStyle } from "../../src/core/formulas";
import type { BlockCell, CellValue, SheetBlock } from "../../src/core/sheet-block";
import { buildTemplate, DEFAULT_OPTIONS, listTemplates, periodChoices, type TemplateOptions } from "../../src/core/templates";
import type { Lang } from "../../src/core/user-error";
import type { CliIO } from "../../src/cli/command";
import { datasetIds, loadDataset } from "../../src/cli/datasets";
import { runCli } from "../../src/cli/main";
import {
  COMPARISONS_ON_DERIVED_BASES,
  DOCUMENT_SLIPS,
  ELECTRICITY_SAVED_H1_2020,
  ELECTRICITY_SAVED_TOTAL,
  IMPLIED_TARGETS,
  STATED_COMPARISONS,
  STATED_REMAINING,
  STATED_SHARES,
  TASKS_QD1809,
  type StatedComparison,
} from "../support/document-figures";
import { isEngineError, sameEngineValue, type CellReader, type EngineValue } from "../support/engine-value";
import { evaluateWithHyperFormula } from "../support/hyperformula";
import { cachedValue, describeWithLibreOffice, LIBREOFFICE_TEST_TIMEOUT_MS, recalculateManyWithLibreOffice } from "../support/libreoffice";

const ROOT = join(__dirname, "..", "..");
const IDS = ["main-indicators", "products", "growth-targets", "structure", "remaining", "tasks"];

/** The option sets of test/core/templates/all-datasets.test.ts: each style once, plus source column and English. */
interface OptionSet {
  style: ComparisonStyle;
  source: boolean;
  lang: Lang;
}
const OPTION_SETS: OptionSet[] = [
  { style: "percent", source: false, lang: "vi" },
  { style: "index", source: false, lang: "vi" },
  { style: "growth", source: true, lang: "en" },
];

interface Case {
  /** "<template> <dataset> <period>" or "<template> empty", plus the style. */
  name: string;
  /** "<template> <dataset> <period>" (the key of the figure tables) or "<template> empty". */
  key: string;
  templateId: string;
  options: TemplateOptions;
  /** The arguments given to the CLI. */
  argv: string[];
  file: string;
  block: SheetBlock;
}

/** A copy of an empty template with figures typed in (A1 addresses of the block at A1). */
interface TypedCase {
  name: string;
  templateId: string;
  file: string;
  block: SheetBlock;
}

function optionsOf(set: OptionSet): TemplateOptions {
  return { ...DEFAULT_OPTIONS, comparisonStyle: set.style, sourceColumn: set.source, lang: set.lang };
}

function styleArgs(set: OptionSet): string[] {
  return ["--style", set.style, ...(set.source ? ["--source"] : []), "--lang", set.lang];
}

// Named now (the cases need their paths), created in beforeAll: when LibreOffice is missing and
// the tests are skipped, no hook runs and nothing is left behind.
const dir = join(tmpdir(), `templates-lo-${process.pid}-${Date.now()}`);

const datasets = datasetIds(ROOT).map((id) => loadDataset(ROOT, id));

const CASES: Case[] = [];
for (const set of OPTION_SETS) {
  for (const ds of datasets) {
    // The table of picked indicators has its own batch (custom-libreoffice.test.ts): one LibreOffice
    // run over every table here and there would outlast the conversion timeout on a busy machine.
    for (const t of listTemplates().filter((x) => x.id !== "custom")) {
      for (const { key: periodKey } of periodChoices(t.id, ds)) {
        const key = `${t.id} ${ds.id} ${periodKey}`;
        const file = join(dir, `${t.id}_${ds.id}_${periodKey}_${set.style}.xlsx`);
        const options = optionsOf(set);
        CASES.push({
          name: `${key} (${set.style})`,
          key,
          templateId: t.id,
          options,
          argv: ["workbook", "build", "--template", t.id, "--dataset", ds.id, "--period", periodKey, "--out", file, ...styleArgs(set)],
          file,
          block: buildTemplate(t.id, { dataset: ds, periodKey }, options),
        });
      }
    }
  }
  for (const id of IDS) {
    const file = join(dir, `${id}_empty_${set.style}.xlsx`);
    const options = optionsOf(set);
    CASES.push({
      name: `${id} empty (${set.style})`,
      key: `${id} empty`,
      templateId: id,
      options,
      argv: ["workbook", "build", "--template", id, "--empty", "--out", file, ...styleArgs(set)],
      file,
      // The CLI writes the default number of empty rows.
      block: buildTemplate(id, null, options),
    });
  }
}

function emptyCase(id: string): Case {
  const c = CASES.find((x) => x.key === `${id} empty` && x.options.comparisonStyle === "percent");
  if (!c) throw new Error(`no empty case for ${id}`);
  return c;
}

/** 0-based row of the block whose column `col` reads `label`. */
function rowOf(block: SheetBlock, label: string, col = 1): number {
  const i = block.cells.findIndex((r) => r[col]?.value === label);
  if (i < 0) throw new Error(`no row "${label}" in ${block.meta.templateId}`);
  return i;
}

/** Typing into an empty template: the input cells named by label (column A) or body row, and column. */
type Typing = [address: string, value: CellValue][];

function typingFor(id: string, block: SheetBlock): Typing {
  const first = block.body!.firstRow + 1; // 1-based first body row
  const param = (label: string) => `D${rowOf(block, label, 0) + 1}`;
  switch (id) {
    case "products":
      // Frozen seafood with the plan and prior the report's 50,17% and +56,27% imply (5.268 ÷ 0,5017,
      // 5.268 ÷ 1,5627); then a "-" plan with a zero prior, and an actual pasted as text.
      return [
        [`B${first}`, "Thủy sản đông lạnh"],
        [`D${first}`, 10500.3],
        [`E${first}`, 5268],
        [`F${first}`, 3371.09],
        [`D${first + 1}`, "-"],
        [`E${first + 1}`, 100],
        [`F${first + 1}`, 0],
        [`D${first + 2}`, 10],
        [`E${first + 2}`, "1.234"],
        [`F${first + 2}`, 10],
      ];
    case "main-indicators":
      // seeds/001: 19.125,44 tỷ đồng of a 45.400 tỷ đồng plan; no same-period figure typed.
      return [
        [`B${first}`, "Giá trị sản xuất công nghiệp"],
        [`D${first}`, 45400],
        [`E${first}`, 19125.44],
      ];
    case "remaining":
      return [
        [param("(a) Số tháng đã thực hiện:"), 6],
        [`D${first}`, 45400],
        [`E${first}`, 45266],
        [`F${first}`, 19125.44],
        [`E${first + 1}`, 34135],
        [`F${first + 1}`, 15997],
      ];
    case "structure":
      // The total row comes first, then the parts: seeds/001 footnote 4.
      return ELECTRICITY_SAVED_H1_2020.map(([, kWh], i) => [`D${first + 1 + i}`, kWh]);
    case "growth-targets":
      return [
        [param("Năm gốc (năm trước giai đoạn):"), 2020],
        [param("Năm cuối giai đoạn:"), 2025],
        [param("(c) Năm có số thực hiện gần nhất:"), 2021],
        [`D${first}`, 44164],
        [`E${first}`, 14.48],
        [`H${first}`, 50000],
      ];
    case "tasks":
      return [
        [`B${first}`, "Nhiệm vụ 1"],
        [`H${first}`, "Đạt"],
        [`B${first + 1}`, "Nhiệm vụ 2"],
        [`H${first + 1}`, "Vượt"],
        [`B${first + 2}`, "Nhiệm vụ 3"],
        [`H${first + 2}`, "Chậm"],
        [`B${first + 3}`, "Nhiệm vụ 4"],
      ];
    default:
      throw new Error(`no typing for ${id}`);
  }
}

function typedBlock(block: SheetBlock, typing: Typing): SheetBlock {
  const copy = structuredClone(block);
  for (const [address, value] of typing) {
    const pos = parseCellAddress(address)!;
    const cell: BlockCell | undefined = copy.cells[pos.row]?.[pos.col];
    if (!cell || cell.role !== "input") throw new Error(`${address} of ${block.meta.templateId} is not an input cell`);
    cell.value = value;
  }
  return copy;
}

const TYPED: TypedCase[] = IDS.map((id) => {
  const base = emptyCase(id);
  return { name: `${id} typed`, templateId: id, file: join(dir, `${id}_typed.xlsx`), block: typedBlock(base.block, typingFor(id, base.block)) };
});

/** What LibreOffice computed and what HyperFormula computes, per file. */
interface Evaluated {
  written: ExcelJS.Worksheet;
  libreOffice: CellReader;
  libreOfficeSheet: ExcelJS.Worksheet;
  hyperFormula: CellReader;
}
const evaluated = new Map<string, Evaluated>();

function capture(lang: Lang): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => stdout.push(t), err: (t) => stderr.push(t), lang, root: ROOT, stdout, stderr };
}

async function readSheet(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error(`${path} has no worksheet`);
  return ws;
}

/** Types the figures into the CLI's empty file with ExcelJS, as a planner would in Excel. */
async function typeInto(from: string, to: string, typing: Typing): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  const ws = wb.worksheets[0]!;
  for (const [address, value] of typing) ws.getCell(address).value = value;
  await wb.xlsx.writeFile(to);
}

function reader(ws: ExcelJS.Worksheet): CellReader {
  return (row, col) => cachedValue(ws.getCell(row + 1, col + 1));
}

function get(c: { name: string }): Evaluated {
  const e = evaluated.get(c.name);
  if (!e) throw new Error(`${c.name} was not evaluated`);
  return e;
}

/** Engine value as the index (×100) a document writes: 50,17 for 50,17% of plan, 156,27 for +56,27%. */
function asIndex(v: EngineValue, style: ComparisonStyle, column: "plan" | "prior" | "share"): number {
  if (typeof v !== "number") throw new Error(`not a number: ${JSON.stringify(v)}`);
  if (style === "percent") return v * 100;
  // Growth applies to same-period comparisons only; plan and share columns show the index.
  return style === "growth" && column === "prior" ? v + 100 : v;
}

function round2(v: number): number {
  return Math.round(v * 100 + Number.EPSILON * 100) / 100;
}

function num(v: EngineValue): number {
  if (typeof v !== "number") throw new Error(`not a number: ${JSON.stringify(v)}`);
  return v;
}

describeWithLibreOffice("templates through the CLI's .xlsx, recalculated by LibreOffice", () => {
  beforeAll(async () => {
    mkdirSync(dir);
    for (const c of CASES) {
      const io = capture(c.options.lang);
      const code = await runCli(c.argv, io);
      if (code !== 0) throw new Error(`cli ${c.argv.join(" ")} exited ${code}: ${io.stderr.join("\n")}`);
    }
    for (const t of TYPED) {
      const base = emptyCase(t.templateId);
      await typeInto(base.file, t.file, typingFor(t.templateId, base.block));
    }
    const all = [...CASES, ...TYPED];
    // One LibreOffice start for every file: starting it is the slow part.
    const books = await recalculateManyWithLibreOffice(all.map((c) => c.file));
    for (const [i, c] of all.entries()) {
      const libreOfficeSheet = books[i]!.worksheets[0]!;
      evaluated.set(c.name, {
        written: await readSheet(c.file),
        libreOffice: reader(libreOfficeSheet),
        libreOfficeSheet,
        hyperFormula: evaluateWithHyperFormula(c.block),
      });
    }
  }, LIBREOFFICE_TEST_TIMEOUT_MS);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("covers every template, every dataset and the three comparison styles", () => {
    const filled = CASES.filter((c) => !c.key.endsWith(" empty"));
    expect(new Set(filled.map((c) => c.templateId))).toEqual(new Set(IDS));
    expect(new Set(filled.map((c) => c.key.split(" ")[1]))).toEqual(new Set(datasets.map((d) => d.id)));
    // 18 template × dataset × period tables and 6 empty templates, in 3 option sets.
    expect(CASES).toHaveLength(3 * (18 + 6));
    expect(datasets).toHaveLength(5);
  });

  describe.each([...CASES, ...TYPED].map((c) => [c.name, c] as const))("%s", (_name, c) => {
    it("the file holds the template's formulas, not values, and its figures", () => {
      const { written } = get(c);
      let formulas = 0;
      c.block.cells.forEach((row, r) =>
        row.forEach((cell, col) => {
          const target = written.getCell(r + 1, col + 1);
          if (cell.formula !== undefined) {
            formulas += 1;
            expect(`${target.address} =${target.formula}`).toBe(`${target.address} ${cell.formula}`);
            expect((target.value as ExcelJS.CellFormulaValue).result).toBeUndefined();
          } else if (typeof cell.value === "number") {
            expect(target.value).toBe(cell.value);
          }
        }),
      );
      expect(formulas).toBeGreaterThan(0);
    });

    it("no formula gives an error in LibreOffice, and LibreOffice agrees with HyperFormula on every cell", () => {
      const { libreOffice, hyperFormula } = get(c);
      const errors: string[] = [];
      const disagreements: string[] = [];
      c.block.cells.forEach((row, r) =>
        row.forEach((cell, col) => {
          const lo = libreOffice(r, col);
          const hf = hyperFormula(r, col);
          if (cell.formula !== undefined && (isEngineError(lo) || !(typeof lo === "number" || lo === ""))) {
            errors.push(`${r + 1}:${col + 1} ${cell.formula} -> ${JSON.stringify(lo)}`);
          }
          if (!sameEngineValue(lo, hf)) disagreements.push(`${r + 1}:${col + 1} LibreOffice ${JSON.stringify(lo)} HyperFormula ${JSON.stringify(hf)}`);
        }),
      );
      expect(errors).toEqual([]);
      expect(disagreements).toEqual([]);
    });
  });

  describe("the documents' figures, in LibreOffice and HyperFormula, in every style", () => {
    const withFigures = (table: Record<string, unknown>) => CASES.filter((c) => c.key in table).map((c) => [c.name, c] as const);

    it.each(withFigures(STATED_COMPARISONS))("%s: % of plan from two stated figures (checks the numbers)", (_n, c) => {
      const figures = STATED_COMPARISONS[c.key]!;
      for (const f of figures) {
        // Both figures of the ratio are stated records, not ones derived from the percentage.
        const [plan, actual, prior] = [3, 4, 5].map((col) => c.block.cells[rowIn(c, f.row)]![col]!.value);
        expect([f.row, isStated(c, plan), isStated(c, actual)]).toEqual([f.row, true, true]);
        if (f.growth !== undefined || f.index !== undefined) expect([f.row, isStated(c, prior)]).toEqual([f.row, true]);
      }
      expect(checkComparisons(c, figures)).toBeGreaterThanOrEqual(2 * figures.length);
    });

    it.each(withFigures(COMPARISONS_ON_DERIVED_BASES))("%s: the % formulas read the row's own actual and base (a derived base: cells, not numbers)", (_n, c) => {
      const figures = COMPARISONS_ON_DERIVED_BASES[c.key]!;
      for (const f of figures) {
        const r = rowIn(c, f.row);
        const cells = c.block.cells[r]!;
        if (f.pctOfPlan !== undefined) {
          expect([f.row, references(cells[6]!.formula)]).toEqual([f.row, [`D${r + 1}`, `E${r + 1}`]]);
          expect([f.row, isDerived(c, cells[3]!.value)]).toEqual([f.row, true]);
        }
        if (f.growth !== undefined || f.index !== undefined) {
          expect([f.row, references(cells[7]!.formula)]).toEqual([f.row, [`E${r + 1}`, `F${r + 1}`]]);
          expect([f.row, isDerived(c, cells[5]!.value)]).toEqual([f.row, true]);
        }
      }
      // The base was derived from the stated percentage: the formula reading it gives that percentage back.
      expect(checkComparisons(c, figures)).toBeGreaterThanOrEqual(2 * figures.length);
    });

    it.each(withFigures(STATED_REMAINING))("%s: what remains to do", (_n, c) => {
      const e = get(c);
      for (const [row, value] of STATED_REMAINING[c.key]!) {
        const r = rowIn(c, row);
        expect([row, round2(num(e.libreOffice(r, 7)))]).toEqual([row, value]);
        expect([row, round2(num(e.hyperFormula(r, 7)))]).toEqual([row, value]);
      }
    });

    it.each(withFigures(STATED_SHARES))("%s: shares", (_n, c) => {
      const e = get(c);
      for (const [row, share] of STATED_SHARES[c.key]!) {
        const r = rowIn(c, row);
        expect([row, round2(asIndex(e.libreOffice(r, 4), c.options.comparisonStyle, "share"))]).toEqual([row, share]);
        expect([row, round2(asIndex(e.hyperFormula(r, 4), c.options.comparisonStyle, "share"))]).toEqual([row, share]);
      }
    });

    it.each(withFigures(IMPLIED_TARGETS))("%s: target-year values implied by the stated growth", (_n, c) => {
      const e = get(c);
      for (const [row, value, how] of IMPLIED_TARGETS[c.key]!) {
        const r = rowIn(c, row);
        expect([how, round2(num(e.libreOffice(r, 5)))]).toEqual([how, value]);
        expect([how, round2(num(e.hyperFormula(r, 5)))]).toEqual([how, value]);
      }
    });

    it.each(CASES.filter((c) => c.key.startsWith("tasks tv-qd1809-2021")).map((c) => [c.name, c] as const))(
      "%s: the appendix's 25 tasks counted, nothing done yet",
      (_n, c) => {
        const e = get(c);
        const summary = c.block.body!.lastRow + 1; // 0-based row of "Tổng số nhiệm vụ"
        for (const engine of [e.libreOffice, e.hyperFormula]) {
          expect(engine(summary, 7)).toBe(TASKS_QD1809);
          expect(engine(summary + 1, 7)).toBe(0);
          expect(engine(summary + 3, 7)).toBe(0);
        }
        // The status drop-down survives LibreOffice's round trip.
        const status = e.libreOfficeSheet.getCell(c.block.body!.firstRow + 1, 8).dataValidation;
        expect(status?.type).toBe("list");
        expect(status?.formulae?.[0]).toBe('"Vượt,Đạt,Chậm,Chưa thực hiện"');
      },
    );

    it.each(DOCUMENT_SLIPS)("%s: %s keeps the formula (%s%% stated) and LibreOffice gives the computed value", (key, row, col, stated, computed) => {
      const c = CASES.find((x) => x.key === key && x.options.comparisonStyle === "percent")!;
      const e = get(c);
      const r = rowIn(c, row);
      expect(round2(num(e.libreOffice(r, col)) * 100)).toBe(computed);
      expect(c.block.cells[r]![col]!.note).toContain(String(stated).replace(".", ","));
    });
  });

  describe("empty templates with the documents' figures typed in", () => {
    const typed = (id: string) => TYPED.find((t) => t.templateId === id)!;
    const at = (t: TypedCase, address: string) => {
      const pos = parseCellAddress(address)!;
      const e = get(t);
      return [e.libreOffice(pos.row, pos.col), e.hyperFormula(pos.row, pos.col)];
    };
    const first = (t: TypedCase) => t.block.body!.firstRow + 1;

    // The typed plan and prior come from the report's 50,17% and +56,27%: this checks the cells read and the blanks, not the numbers.
    it("products: 50,17% of plan and 156,27% of the same period from the row's D, E, F; blank for a '-' or zero base and a text actual", () => {
      const t = typed("products");
      const r = first(t);
      for (const v of at(t, `G${r}`)) expect(round2(num(v) * 100)).toBe(50.17);
      for (const v of at(t, `H${r}`)) expect(round2(num(v) * 100)).toBe(156.27);
      for (const a of [`G${r + 1}`, `H${r + 1}`, `G${r + 2}`, `H${r + 2}`]) expect(at(t, a)).toEqual(["", ""]);
    });

    it("main-indicators: 19.125,44 of 45.400 (both stated) is 42,13% of plan; no prior, no comparison", () => {
      const t = typed("main-indicators");
      for (const v of at(t, `G${first(t)}`)) expect(round2(num(v) * 100)).toBe(42.13);
      expect(at(t, `H${first(t)}`)).toEqual(["", ""]);
    });

    it("remaining: 45.266 − 19.125,44 = 26.140,56 and 34.135 − 15.997 = 18.138; 3.187,57 a month so far", () => {
      const t = typed("remaining");
      const r = first(t);
      for (const v of at(t, `H${r}`)) expect(round2(num(v))).toBe(26140.56);
      for (const v of at(t, `H${r + 1}`)) expect(round2(num(v))).toBe(18138);
      for (const v of at(t, `G${r}`)) expect(round2(num(v))).toBe(26274.56); // 45.400 − 19.125,44
      for (const v of at(t, `I${r}`)) expect(round2(num(v))).toBe(3187.57); // 19.125,44 ÷ 6
      for (const v of at(t, `J${r}`)) expect(round2(num(v))).toBe(4379.09); // 26.274,56 ÷ 6
    });

    it("structure: the four parts add up to 7.460.886 kWh with the report's shares, summing to 100%", () => {
      const t = typed("structure");
      const total = first(t);
      for (const v of at(t, `D${total}`)) expect(v).toBe(ELECTRICITY_SAVED_TOTAL);
      for (const v of at(t, `E${total}`)) expect(round2(num(v) * 100)).toBe(100);
      ELECTRICITY_SAVED_H1_2020.forEach(([, , share], i) => {
        for (const v of at(t, `E${total + 1 + i}`)) expect(round2(num(v) * 100)).toBe(share);
      });
    });

    it("growth-targets: 44.164 × 1,1448^5 = 86.839,34; with 50.000 in 2021, 13,21% achieved and 14,80% needed", () => {
      const t = typed("growth-targets");
      const r = first(t);
      for (const v of at(t, `F${r}`)) expect(round2(num(v))).toBe(86839.34);
      // 50.000 ÷ 44.164 − 1 = 13,21%; (86.839,34 ÷ 50.000)^(1/4) − 1 = 14,80%; 13,21 − 14,48 = −1,27 points.
      for (const v of at(t, `I${r}`)) expect(round2(num(v))).toBe(13.21);
      for (const v of at(t, `J${r}`)) expect(round2(num(v))).toBe(14.8);
      for (const v of at(t, `K${r}`)) expect(round2(num(v))).toBe(-1.27);
    });

    it("tasks: 4 tasks, 2 done (Vượt, Đạt), 1 late: 50% complete", () => {
      const t = typed("tasks");
      const summary = t.block.body!.lastRow + 2; // 1-based row of "Tổng số nhiệm vụ"
      expect(at(t, `H${summary}`)).toEqual([4, 4]);
      expect(at(t, `H${summary + 1}`)).toEqual([2, 2]);
      expect(at(t, `H${summary + 2}`)).toEqual([1, 1]);
      for (const v of at(t, `H${summary + 3}`)) expect(v).toBe(0.5);
    });
  });
});

/** The stated comparisons of a case, in LibreOffice and HyperFormula, in the case's style; returns how many were checked. */
function checkComparisons(c: Case, figures: StatedComparison[]): number {
  const style = c.options.comparisonStyle;
  const e = get(c);
  let checked = 0;
  for (const engine of [e.libreOffice, e.hyperFormula]) {
    for (const f of figures) {
      const r = rowIn(c, f.row);
      if (f.pctOfPlan !== undefined) {
        expect([f.row, round2(asIndex(engine(r, 6), style, "plan"))]).toEqual([f.row, f.pctOfPlan]);
        checked += 1;
      }
      if (f.growth !== undefined) {
        expect([f.row, round2(asIndex(engine(r, 7), style, "prior") - 100)]).toEqual([f.row, f.growth]);
        checked += 1;
      }
      if (f.index !== undefined) {
        expect([f.row, round2(asIndex(engine(r, 7), style, "prior"))]).toEqual([f.row, f.index]);
        checked += 1;
      }
    }
  }
  return checked;
}

/** The cells a formula reads, sorted: ["D8", "E8"]. */
function references(formula: string | undefined): string[] {
  return [...new Set((formula ?? "").match(/\b[A-Z]{1,3}\d+\b/g) ?? [])].sort();
}

function datasetOf(c: Case): PlanDataset {
  const id = c.key.split(" ")[1];
  const ds = datasets.find((d) => d.id === id);
  if (!ds) throw new Error(`no dataset ${id}`);
  return ds;
}

/** A figure the document states: a record of the case's dataset with that value and no derivation. */
function isStated(c: Case, value: CellValue | undefined): boolean {
  return datasetOf(c).records.some((r) => !r.derived && r.value === value);
}

function isDerived(c: Case, value: CellValue | undefined): boolean {
  return datasetOf(c).records.some((r) => r.derived !== undefined && r.value === value);
}

/**
 * 0-based row of a Vietnamese row label in a case's table. English tables have the same body rows
 * as the Vietnamese table of the same key, in the same order.
 */
function rowIn(c: Case, viLabel: string): number {
  const vi = CASES.find((x) => x.key === c.key && x.options.lang === "vi")!;
  const viBody = vi.block.body!;
  const body = c.block.body!;
  expect(body.lastRow - body.firstRow).toBe(viBody.lastRow - viBody.firstRow);
  return body.firstRow + rowOf(vi.block, viLabel) - viBody.firstRow;
}
