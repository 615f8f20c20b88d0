import { groupForSyncs, rowBands } from "../../src/excel/bands";
import { MAX_RECORDS, MAX_RECORDS_BYTES, withRecord, type BlockRecord } from "../../src/excel/block-records";
import { keepText } from "../../src/excel/snapshot";
import { intersects, splitAreas } from "../../src/excel/target-checks";

test("row bands hold at most the cells asked, whole rows, at least one row", () => {
  expect(rowBands(10_000, 10, 25_000)).toEqual([
    { firstRow: 0, rows: 2500 },
    { firstRow: 2500, rows: 2500 },
    { firstRow: 5000, rows: 2500 },
    { firstRow: 7500, rows: 2500 },
  ]);
  expect(rowBands(3, 50_000, 25_000)).toEqual([
    { firstRow: 0, rows: 1 },
    { firstRow: 1, rows: 1 },
    { firstRow: 2, rows: 1 },
  ]);
});

test("runs are grouped into requests of at most N cells, a long run cut by rows", () => {
  const long = { address: "C5:C54", formulas: Array.from({ length: 50 }, (_, i) => [`=${i}`]) };
  const short = { address: "E5:E6", formulas: [["=a"], ["=b"]] };
  const groups = groupForSyncs([long, short], 20);
  expect(groups.map((g) => g.map((r) => r.address))).toEqual([["C5:C24"], ["C25:C44"], ["C45:C54", "E5:E6"]]);
  expect(groups[1]![0]!.formulas[0]).toEqual(["=20"]);
});

test("merged-area lists split on commas outside quoted sheet names", () => {
  expect(splitAreas("Sheet1!A1:H1, Sheet1!C5:D5")).toEqual(["A1:H1", "C5:D5"]);
  expect(splitAreas("'KH 2021, bản ''mới'''!A1:H1,'KH 2021, bản ''mới'''!B7")).toEqual(["A1:H1", "B7"]);
  expect(intersects("A1:H1", "C1:I6")).toBe(true);
  expect(intersects("A1:B1", "C1:I6")).toBe(false);
});

test("apostrophe text read through formulas gets its apostrophe back unless Excel keeps it as text", () => {
  const formulas = [["001", "=x", "Tôm", "=A1", 5, "-", "", "01/02", "TRUE"]];
  const values = [["001", "=x", "Tôm", 7, 5, "-", "", "01/02", "TRUE"]];
  const formats = [["General", "General", "General", "General", "General", "General", "General", "General", "General"]];
  expect(keepText(formulas, values, formats)).toEqual([["'001", "'=x", "Tôm", "=A1", 5, "'-", "", "'01/02", "'TRUE"]]);
  // A cell formatted as text keeps "001" as text without one.
  expect(keepText([["001"]], [["001"]], [["@"]])).toEqual([["001"]]);
});

describe("the block records in the workbook settings are bounded", () => {
  const record = (i: number, written = 10): BlockRecord => ({
    id: `Sheet1!A${i}:G${i + 5}`,
    sheet: "Sheet1",
    address: `A${i}:G${i + 5}`,
    templateId: "products",
    templateVersion: "1",
    datasetId: null,
    datasetVersion: null,
    options: {},
    writtenAt: "2026-01-01T00:00:00Z",
    written: Object.fromEntries(Array.from({ length: written }, (_, k) => [`${k},2`, 1000 + k])),
  } as unknown as BlockRecord);

  test(`the ${MAX_RECORDS} most recently written are kept, the newest last`, () => {
    let records: BlockRecord[] = [];
    for (let i = 1; i <= MAX_RECORDS + 5; i++) records = withRecord(records, `Sheet1!A${i}:G${i + 5}`, record(i));
    expect(records).toHaveLength(MAX_RECORDS);
    expect(records[0]!.id).toBe("Sheet1!A6:G11");
    // Writing an old block again makes it the newest.
    records = withRecord(records, "Sheet1!A6:G11", record(6));
    expect(records[MAX_RECORDS - 1]!.id).toBe("Sheet1!A6:G11");
  });

  test("over 1 MB the oldest records lose their written values first; the newest keeps them", () => {
    let records: BlockRecord[] = [];
    for (let i = 1; i <= 10; i++) records = withRecord(records, `Sheet1!A${i}:G${i + 5}`, record(i, 8000));
    expect(JSON.stringify(records).length).toBeLessThanOrEqual(MAX_RECORDS_BYTES);
    expect(records).toHaveLength(10);
    expect(records[0]!.written).toBeUndefined();
    expect(records[9]!.written).toBeDefined();
  });
});
