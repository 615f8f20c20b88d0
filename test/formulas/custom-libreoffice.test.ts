/**
 * `workbook build --template custom --indicators all` for every period of the five datasets (issue
 * 13, point 2), written by the CLI and recalculated by headless LibreOffice in one batch: no formula
 * gives an error, LibreOffice agrees with HyperFormula on every cell, and the percentages the
 * documents state (typed in test/support/document-figures.ts) come out of the comparison columns.
 */
import { mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SheetBlock } from "../../src/core/sheet-block";
import { buildTemplate, DEFAULT_OPTIONS, periodChoices } from "../../src/core/templates";
import type { CliIO } from "../../src/cli/command";
import { datasetIds, loadDataset } from "../../src/cli/datasets";
import { runCli } from "../../src/cli/main";
import { STATED_COMPARISONS } from "../support/document-figures";
import { isEngineError, sameEngineValue, type CellReader } from "../support/engine-value";
import { evaluateWithHyperFormula } from "../support/hyperformula";
import { cachedValue, describeWithLibreOffice, LIBREOFFICE_TEST_TIMEOUT_MS, recalculateManyWithLibreOffice } from "../support/libreoffice";

const ROOT = join(__dirname, "..", "..");
const dir = join(tmpdir(), `custom-lo-${process.pid}-${Date.now()}`);

interface Case {
  key: string;
  argv: string[];
  file: string;
  block: SheetBlock;
}

const CASES: Case[] = datasetIds(ROOT).flatMap((id) => {
  const ds = loadDataset(ROOT, id);
  return periodChoices("custom", ds, "all").map(({ key: periodKey }) => {
    const file = join(dir, `custom_${id}_${periodKey}.xlsx`);
    return {
      key: `${id} ${periodKey}`,
      argv: ["workbook", "build", "--template", "custom", "--dataset", id, "--indicators", "all", "--period", periodKey, "--out", file],
      file,
      block: buildTemplate("custom", { dataset: ds, periodKey, indicators: "all" }, DEFAULT_OPTIONS),
    };
  });
});

const evaluated = new Map<string, { libreOffice: CellReader; hyperFormula: CellReader }>();

function capture(): CliIO & { stderr: string[] } {
  const stderr: string[] = [];
  return { out: () => undefined, err: (t) => stderr.push(t), lang: "vi", root: ROOT, stderr };
}

const round2 = (v: number): number => Math.round(v * 100 + Number.EPSILON * 100) / 100;

describeWithLibreOffice("custom tables of every indicator, through the CLI's .xlsx, recalculated by LibreOffice", () => {
  beforeAll(async () => {
    mkdirSync(dir);
    for (const c of CASES) {
      const io = capture();
      const code = await runCli(c.argv, io);
      if (code !== 0) throw new Error(`cli ${c.argv.join(" ")} exited ${code}: ${io.stderr.join("\n")}`);
    }
    const books = await recalculateManyWithLibreOffice(CASES.map((c) => c.file));
    CASES.forEach((c, i) => {
      const ws = books[i]!.worksheets[0]!;
      evaluated.set(c.key, { libreOffice: (r, col) => cachedValue(ws.getCell(r + 1, col + 1)), hyperFormula: evaluateWithHyperFormula(c.block) });
    });
  }, LIBREOFFICE_TEST_TIMEOUT_MS);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("builds one table per period with a stated figure: 6 + 6 + 3 + 4 + 6 in the five datasets", () => {
    expect(CASES).toHaveLength(25);
  });

  it.each(CASES.map((c) => [c.key, c] as const))("%s: no formula gives an error, LibreOffice agrees with HyperFormula", (_k, c) => {
    const { libreOffice, hyperFormula } = evaluated.get(c.key)!;
    const errors: string[] = [];
    const disagreements: string[] = [];
    c.block.cells.forEach((row, r) =>
      row.forEach((cell, col) => {
        const lo = libreOffice(r, col);
        if (cell.formula !== undefined && (isEngineError(lo) || !(typeof lo === "number" || lo === ""))) errors.push(`${r + 1}:${col + 1} ${cell.formula} -> ${JSON.stringify(lo)}`);
        if (!sameEngineValue(lo, hyperFormula(r, col))) disagreements.push(`${r + 1}:${col + 1}`);
      }),
    );
    expect(errors).toEqual([]);
    expect(disagreements).toEqual([]);
  });

  // The main-indicators figures the documents state are rows of the custom tables of the same periods.
  const stated = Object.entries(STATED_COMPARISONS)
    .filter(([k]) => k.startsWith("main-indicators "))
    .map(([k, figures]) => [k.slice("main-indicators ".length), figures] as const);

  it.each(stated)("%s: the documents' % of plan and same-period comparisons in LibreOffice", (key, figures) => {
    const c = CASES.find((x) => x.key === key)!;
    const { libreOffice } = evaluated.get(key)!;
    let checked = 0;
    for (const f of figures) {
      const r = c.block.cells.findIndex((row) => row[1]?.value === f.row);
      expect([f.row, r >= 0]).toEqual([f.row, true]);
      // Percent style: 0,4213 is 42,13% of plan; 1,1177 is a growth of 11,77%.
      if (f.pctOfPlan !== undefined && c.block.cells[r]![6]!.formula && !c.block.cells[r]![6]!.note) {
        expect([f.row, round2((libreOffice(r, 6) as number) * 100)]).toEqual([f.row, f.pctOfPlan]);
        checked += 1;
      }
      if (f.growth !== undefined) {
        expect([f.row, round2((libreOffice(r, 7) as number) * 100 - 100)]).toEqual([f.row, f.growth]);
        checked += 1;
      }
      if (f.index !== undefined) {
        expect([f.row, round2((libreOffice(r, 7) as number) * 100)]).toEqual([f.row, f.index]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(figures.length);
  });
});
