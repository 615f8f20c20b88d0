/**
 * A department's own dataset from the figures the extractor read in one of its reports: the same
 * records with their quotes and offsets, the plan and same-period figures they imply (derive.ts),
 * and each record the reader cannot vouch for marked `uncertain`, so it is never mixed silently
 * with sure ones.
 */
import { indicatorByCode } from "../catalog/indicators";
import type { ExtractedRecord, Extraction } from "../extract";
import { unitById } from "../units";
import { UserError } from "../user-error";
import { withDerived } from "./derive";
import type { PlanDataset, PlanRecord, Uncertainty } from "./types";
import { UNCERTAINTIES } from "./types";

export interface ReportMeta {
  /** Dataset id: a-z, 0-9 and "-". */
  id: string;
  /** The province the figures are of; the extractor's own reading when not given. */
  province?: string;
  /** The file the text came from ("bao-cao-6-thang.docx"), kept as the document's source file. */
  sourceFile: string;
  /** The document's title; the file name when not given. */
  title?: string;
}

/** Why a record is not sure: what the extractor said, plus what can be seen from the record itself. */
function uncertainties(r: ExtractedRecord): Uncertainty[] {
  const marks = new Set<Uncertainty>((r as PlanRecord).uncertain ?? []);
  if (r.qualifier) marks.add("approximate");
  if (!unitById(r.indicator.unit)) marks.add("unit-unknown");
  if (!indicatorByCode(r.indicator.code)) marks.add("indicator-uncatalogued");
  return UNCERTAINTIES.filter((u) => marks.has(u));
}

/** A PlanRecord as the schema has it: the extractor's working fields dropped, names and units never empty. */
function toPlanRecord(r: ExtractedRecord, province: string): PlanRecord {
  const { catalogCode: _catalogCode, planFor: _planFor, ...record } = r;
  const uncertain = uncertainties(r);
  return {
    ...record,
    province,
    indicator: {
      ...r.indicator,
      vi: r.indicator.vi || r.indicator.code,
      en: r.indicator.en || r.indicator.vi || r.indicator.code,
      unitText: r.indicator.unitText || r.indicator.unit,
    },
    ...(uncertain.length > 0 ? { uncertain } : {}),
  };
}

export function datasetFromReport(extraction: Extraction, meta: ReportMeta): PlanDataset {
  const province = meta.province?.trim() || extraction.province;
  if (!province) {
    throw new UserError("import-no-province", {
      vi: "Văn bản không nêu rõ tỉnh: hãy cho biết bằng --province \"Tên tỉnh\".",
      en: 'The text does not name its province: give it with --province "Name".',
    });
  }
  if (!extraction.period) {
    throw new UserError("import-no-period", {
      vi: "Không xác định được kỳ báo cáo của văn bản (tiêu đề hoặc đoạn đầu không nêu kỳ).",
      en: "The report's period cannot be told (its title and first paragraphs do not name one).",
    });
  }
  if (extraction.records.length === 0) {
    throw new UserError("import-no-records", {
      vi: "Không tìm thấy số liệu nào trong văn bản.",
      en: "No figures were found in the text.",
    });
  }
  return {
    id: meta.id,
    version: "1.0.0",
    province,
    document: { number: "", date: "", issuer: province, title: meta.title?.trim() || meta.sourceFile, seedFile: meta.sourceFile },
    period: extraction.period,
    records: recordsOfExtraction(extraction, meta.id, province),
  };
}

/**
 * An extraction's records as a dataset holds them, for `data import` and the pane's "Chèn thành bảng" alike: the
 * extractor's working fields dropped, unsure records marked, and the plan and same-period figures their
 * percentages imply ("đạt …% kế hoạch, tăng …% so cùng kỳ") added, marked derived and as unsure as their source.
 */
export function recordsOfExtraction(extraction: Extraction, datasetId: string, province: string): PlanRecord[] {
  const records = extraction.records.map((r) => toPlanRecord(r, province));
  return inheritUncertainty(withDerived(records, datasetId));
}

/** A plan or same-period figure derived from an unsure record is as unsure as its source. */
function inheritUncertainty(records: PlanRecord[]): PlanRecord[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  return records.map((r) => {
    if (!r.derived) return r;
    const marks = new Set(r.derived.from.flatMap((id) => byId.get(id)?.uncertain ?? []));
    const uncertain = UNCERTAINTIES.filter((u) => marks.has(u));
    return uncertain.length > 0 ? { ...r, uncertain } : r;
  });
}
