import Ajv from "ajv";
import { datasetIntegrityIssues, datasetIssues, formatIssue, validateDataset, validateDatasetIndex } from "../../../src/core/dataset/validate";
import { DATASET_IDS, loadIndex, loadPublished, readJson } from "./published";

const schema = readJson("datasets/schema/plan-dataset.schema.json") as { $id: string };
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema);
const ajvDataset = ajv.getSchema(schema.$id)!;
const ajvIndex = ajv.compile({ $ref: `${schema.$id}#/definitions/index` });

type Json = Record<string, any>;

/** A small valid dataset to break one field at a time. */
function sample(): Json {
  return {
    id: "sample",
    version: "1.0.0",
    province: "Trà Vinh",
    document: { number: "", date: "2020-06", issuer: "Sở Công Thương", title: "Báo cáo", seedFile: "001.txt" },
    period: { type: "months", months: 6, year: 2020, label: "6 tháng đầu năm 2020" },
    records: [
      {
        id: "sample:product.sugar:2020-m6:estimate",
        province: "Trà Vinh",
        period: { type: "months", months: 6, year: 2020, label: "6 tháng đầu năm 2020" },
        kind: "estimate",
        indicator: { code: "product.sugar", vi: "Đường kết", en: "Sugar", unit: "tan", unitText: "tấn", priceBasis: "n/a" },
        value: 12371,
        reported: { pctOfPlan: 70.69, growthVsPrior: -31.76 },
        quote: "Đường kết ước đạt 12.371 tấn",
      },
      {
        id: "sample:product.sugar:2020:plan:from-2020-m6",
        province: "Trà Vinh",
        period: { type: "year", year: 2020, label: "năm 2020" },
        kind: "plan",
        indicator: { code: "product.sugar", vi: "Đường kết", en: "Sugar", unit: "tan", unitText: "tấn", priceBasis: "n/a" },
        value: 17500.35366,
        reported: {},
        derived: { method: "plan = value / pctOfPlan * 100", vi: "Kế hoạch = ...", en: "Plan = ...", from: ["sample:product.sugar:2020-m6:estimate"] },
        quote: "Đường kết ước đạt 12.371 tấn",
      },
    ],
    tasks: [{ id: "sample:task:1", no: "1", task: "Rà soát", lead: "Sở", partners: "", timeframe: "2021", product: "", note: "", quote: "1\tRà soát" }],
  };
}

/** [what is broken, how, the path the hand validator must name]. */
const BROKEN: Array<[string, (d: Json) => void, string]> = [
  ["value as text", (d) => (d.records[0].value = "12.371"), "records[0].value"],
  ["value missing", (d) => delete d.records[0].value, "records[0].value"],
  ["unknown kind", (d) => (d.records[1].kind = "forecast"), "records[1].kind"],
  ["unknown price basis", (d) => (d.records[0].indicator.priceBasis = "constant"), "records[0].indicator.priceBasis"],
  ["bad indicator code", (d) => (d.records[0].indicator.code = "Sugar"), "records[0].indicator.code"],
  ["empty quote", (d) => (d.records[0].quote = ""), "records[0].quote"],
  ["percentage as text", (d) => (d.records[0].reported.pctOfPlan = "70,69%"), "records[0].reported.pctOfPlan"],
  ["months period without months", (d) => delete d.records[0].period.months, "records[0].period.months"],
  ["half period with part 3", (d) => (d.records[0].period = { type: "half", part: 3, year: 2020, label: "x" }), "records[0].period.part"],
  ["range period without first year", (d) => (d.period = { type: "range", year: 2025, label: "giai đoạn" }), "period.fromYear"],
  ["year out of range", (d) => (d.records[0].period.year = 20), "records[0].period.year"],
  ["derivation without sources", (d) => (d.records[1].derived.from = []), "records[1].derived.from"],
  ["records not an array", (d) => (d.records = {}), "records"],
  ["document date not ISO", (d) => (d.document.date = "13/5/2020"), "document.date"],
  ["dataset id with capitals", (d) => (d.id = "TV 2020"), "id"],
  ["flag with unknown code", (d) => (d.records[0].flags = [{ code: "typo", vi: "x", en: "x", related: [] }]), "records[0].flags[0].code"],
  ["task without number", (d) => delete d.tasks[0].no, "tasks[0].no"],
  ["qualifier unknown", (d) => (d.records[0].qualifier = "roughly"), "records[0].qualifier"],
];

describe("dataset validation", () => {
  it.each(DATASET_IDS)("accepts the published dataset %s (hand validator and JSON Schema agree)", (id) => {
    const ds = loadPublished(id);
    expect(datasetIssues(ds)).toEqual([]);
    expect(datasetIntegrityIssues(ds)).toEqual([]);
    expect(ajvDataset(ds)).toBe(true);
  });

  it("accepts the published index with both validators", () => {
    const index = loadIndex();
    expect(validateDatasetIndex(index)).toEqual([]);
    expect(ajvIndex(index)).toBe(true);
    expect(index.datasets.map((d) => d.id).sort()).toEqual([...DATASET_IDS].sort());
  });

  it("accepts the unbroken sample with both validators", () => {
    expect(datasetIssues(sample())).toEqual([]);
    expect(ajvDataset(sample())).toBe(true);
  });

  it.each(BROKEN)("rejects %s, naming the field, as the JSON Schema does", (_what, breakIt, path) => {
    const d = sample();
    breakIt(d);
    const issues = datasetIssues(d);
    expect(issues.map((i) => i.path)).toContain(path);
    expect(ajvDataset(d)).toBe(false);
  });

  it("words problems in both languages with the JSON path first", () => {
    const d = sample();
    d.records[0].value = "12.371";
    const [issue] = datasetIssues(d);
    expect(formatIssue(issue!, "en")).toBe("records[0].value: expected a number (got string)");
    expect(formatIssue(issue!, "vi")).toBe("records[0].value: cần một số (đang là string)");
    expect(validateDataset(d, "vi")).toEqual(["records[0].value: cần một số (đang là string)"]);
  });

  it("reports integrity problems the schema cannot see: duplicate ids and dangling derivations", () => {
    const d = sample();
    d.records[1].id = d.records[0].id;
    expect(ajvDataset(d)).toBe(true);
    expect(validateDataset(d)).toContain(`records[1].id: duplicate id "${d.records[0].id}"`);
    const e = sample();
    e.records[1].derived.from = ["nowhere"];
    expect(validateDataset(e)).toEqual(['records[1].derived.from[0]: no record "nowhere"']);
  });

  it("rejects an index whose schema version is unknown", () => {
    const index = { ...loadIndex(), schemaVersion: 2 };
    expect(validateDatasetIndex(index)).toEqual(["schemaVersion: must be one of: 1"]);
    expect(ajvIndex(index)).toBe(false);
  });

  it("rejects what is not a dataset at all", () => {
    expect(validateDataset(null)).toEqual(["expected an object (got null)"]);
    expect(validateDataset([])).toEqual(["expected an object (got array)"]);
  });
});
