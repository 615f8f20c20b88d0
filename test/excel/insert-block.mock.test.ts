/**
 * The insert against office-addin-mock, the Office team's mock: a static object model whose
 * properties must be loaded and synced before they are read. It cannot resolve addresses, so
 * the worksheet's getRange records what is written to each address.
 */
import { OfficeMockObject } from "office-addin-mock";
import { insertBlock } from "../../src/excel/insert-block";
import { TargetNotEmptyError } from "../../src/excel/errors";
import { resetUndoMemory } from "../../src/excel/undo";
import { productsBlock } from "./blocks";

interface Written {
  address: string;
  formulas?: unknown;
  numberFormat?: unknown;
  merged?: boolean;
}

function mockExcel(existing: (string | number)[][]) {
  const written: Written[] = [];
  const rangeAt = (address: string) => {
    const w: Written = { address };
    written.push(w);
    const edge = { style: "", weight: "" };
    return {
      set formulas(v: unknown) {
        w.formulas = v;
      },
      set numberFormat(v: unknown) {
        w.numberFormat = v;
      },
      format: { font: {}, fill: {}, borders: { getItem: () => edge } },
      merge: () => {
        w.merged = true;
      },
    };
  };
  const rows = existing.length;
  const target = {
    address: `Sheet1!B3:H${rows + 2}`,
    rowIndex: 2,
    columnIndex: 1,
    formulas: existing,
    numberFormat: existing.map((r) => r.map(() => "General")),
    worksheet: {
      name: "Sheet1",
      protection: { protected: false },
      getRange: rangeAt,
    },
    getCell: function () {
      return this;
    },
    getResizedRange: function () {
      return this;
    },
  };
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        target,
        getSelectedRange: function () {
          return this.target;
        },
        settings: {
          item: { value: "", isNullObject: true },
          getItemOrNullObject: function () {
            return this.item;
          },
          add: () => {},
        },
      },
    },
    run: async function (batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  });
  return { mock, written };
}

beforeEach(() => resetUndoMemory());
afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
});

function blockWithoutWidths() {
  const block = productsBlock(2);
  delete block.columnWidths; // the static mock has no per-column ranges
  return block;
}

test("writes the block in 2 syncs: formulas and number formats as one 2-D array each, merges", async () => {
  const { mock, written } = mockExcel(Array.from({ length: 6 }, () => Array(7).fill("")));
  (globalThis as Record<string, unknown>).Excel = mock;
  const sync = jest.spyOn(mock.context, "sync");

  const result = await insertBlock(blockWithoutWidths(), { overwrite: false, run: { retries: 0 } });

  expect(sync).toHaveBeenCalledTimes(2);
  expect(result.address).toBe("Sheet1!B3:H8");
  const contents = written.filter((w) => w.formulas !== undefined);
  expect(contents).toHaveLength(1);
  expect(contents[0]!.address).toBe("B3:H8");
  const grid = contents[0]!.formulas as unknown[][];
  expect(grid[0]![0]).toBe("SẢN PHẨM CÔNG NGHIỆP CHỦ YẾU");
  expect(grid[4]![2]).toBe(10000);
  // Block F5 = D5/C5 moved by 2 rows and 1 column: G7 = E7/D7.
  expect(grid[4]![5]).toBe('=IF(AND(ISNUMBER(E7),ISNUMBER(D7),D7<>0),E7/D7,"")');
  expect((written.find((w) => w.numberFormat !== undefined)!.numberFormat as string[][])[4]![5]).toBe("0.00%");
  expect(written.filter((w) => w.merged).map((w) => w.address)).toContain("G5:H5");
});

test("refuses a non-empty target without consent after one sync, writing nothing", async () => {
  const existing = Array.from({ length: 6 }, () => Array(7).fill("") as (string | number)[]);
  existing[3]![2] = 2019;
  const { mock, written } = mockExcel(existing);
  (globalThis as Record<string, unknown>).Excel = mock;
  const sync = jest.spyOn(mock.context, "sync");

  const err = await insertBlock(blockWithoutWidths(), { overwrite: false, run: { retries: 0 } }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(TargetNotEmptyError);
  expect((err as TargetNotEmptyError).cells).toEqual(["D6"]);
  expect(sync).toHaveBeenCalledTimes(1);
  expect(written).toHaveLength(0);

  const ok = await insertBlock(blockWithoutWidths(), { overwrite: true, run: { retries: 0 } });
  expect(ok.rowsWritten).toBe(6);
  expect(sync).toHaveBeenCalledTimes(3);
});
