/**
 * The same figure in several reports: a planner checking this year's draft against last year's
 * report and the province's plan wants to see where they give different values for one
 * indicator and period (estimate against outturn, or current against comparable prices).
 */
import { withDerived } from "../dataset/derive";
import { periodKey } from "../dataset/period-text";
import type { PlanRecord } from "../dataset/types";
import { formatVietnameseNumber } from "../numbers";
import { convert, sameFamily } from "../units";
import type { Finding } from "./checks";
import { extractRecords } from "./extract";

export interface NamedText {
  /** How the finding names the document: its file name or number. */
  name: string;
  text: string;
}

/** Values closer than this (relative) are the same figure rounded differently. */
const SAME = 0.005;

interface Figure {
  doc: string;
  record: PlanRecord;
}

/** Findings for each indicator and period that two documents give different values for. */
export function checkAcross(docs: readonly NamedText[]): Finding[] {
  const groups = new Map<string, Figure[]>();
  for (const doc of docs) {
    const records = withDerived(extractRecords(doc.text, { idPrefix: doc.name }).records, doc.name);
    for (const record of records) {
      // Only catalog indicators are comparable across documents, and only outcomes (not plans or targets).
      if (record.indicator.code.startsWith("text.") || (record.kind !== "actual" && record.kind !== "estimate")) continue;
      const key = `${record.indicator.code}|${periodKey(record.period)}`;
      groups.set(key, [...(groups.get(key) ?? []), { doc: doc.name, record }]);
    }
  }
  const findings: Finding[] = [];
  for (const figures of groups.values()) {
    for (let i = 0; i < figures.length; i++) {
      for (let j = i + 1; j < figures.length; j++) {
        const a = figures[i]!;
        const b = figures[j]!;
        if (a.doc === b.doc || !sameFamily(a.record.indicator.unit, b.record.indicator.unit)) continue;
        const bValue = convert(b.record.value, b.record.indicator.unit, a.record.indicator.unit);
        if (Math.abs(a.record.value - bValue) <= SAME * Math.max(Math.abs(a.record.value), Math.abs(bValue))) continue;
        findings.push(conflict(a, b, bValue));
      }
    }
  }
  return findings;
}

function conflict(a: Figure, b: Figure, bValue: number): Finding {
  const r = a.record;
  const unit = r.indicator.unitText;
  const how = (f: Figure, lang: "vi" | "en") =>
    f.record.derived ? (lang === "vi" ? "suy ra" : "implies") : f.record.kind === "estimate" ? (lang === "vi" ? "ước tính" : "estimates") : lang === "vi" ? "ghi" : "states";
  const fmt = (v: number) => formatVietnameseNumber(v, Number.isInteger(v) ? 0 : 2);
  return {
    code: "value-conflict",
    vi: `${r.indicator.vi} ${r.period.label}: ${a.doc} ${how(a, "vi")} ${fmt(r.value)} ${unit}, ${b.doc} ${how(b, "vi")} ${fmt(bValue)} ${unit}. Có thể do số ước tính và số thực hiện, hoặc khác cách tính giá (giá hiện hành hay giá so sánh).`,
    en: `${r.indicator.en || r.indicator.vi} ${r.period.label}: ${a.doc} ${how(a, "en")} ${r.value} ${unit}, ${b.doc} ${how(b, "en")} ${bValue} ${unit}. Likely an estimate against an outturn, or different price bases (current or comparable).`,
    stated: r.value,
    computed: bValue,
    recordIds: [r.id, b.record.id],
    quote: r.quote,
    quoteOffset: (r as PlanRecord & { quoteOffset: { start: number; end: number } }).quoteOffset,
  };
}
