/**
 * A table's own rates against its own figures: "So với KH (%)" against the row's result ÷ its plan, "So với cùng kỳ
 * (%)" against the result ÷ last year's column (an index, or a growth when the column writes one), each beyond the
 * rounding the cell shows. A rate whose base is not in the table is not checked.
 */
import { periodKey, priorPeriod } from "../dataset/period-text";
import { formatAsWritten, formatVietnameseNumber, roundingOf } from "../numbers";
import type { Finding } from "./checks";
import type { ExtractedRecord } from "./extract";
import type { TableFigure, TextTable } from "./text-tables";

export function checkTables(tables: readonly TextTable[], records: readonly ExtractedRecord[], text: string): Finding[] {
  const findings: Finding[] = [];
  const idOf = (f: TableFigure): string =>
    records.find((r) => r.quoteOffset.start === f.start && r.value === f.value && r.kind === f.kind && periodKey(r.period) === periodKey(f.period))?.id ?? "";
  for (const table of tables) {
    const rows = new Map<number, TableFigure[]>();
    for (const f of table.figures) rows.set(f.start, [...(rows.get(f.start) ?? []), f]);
    for (const row of rows.values()) {
      for (const result of row.filter((f) => f.kind === "actual" || f.kind === "estimate")) {
        const plan = row.find((f) => f.kind === "plan" || f.kind === "target");
        const prior = row.find((f) => f !== result && periodKey(f.period) === periodKey(priorPeriod(result.period)));
        const check = (field: "pctOfPlan" | "indexVsPrior" | "growthVsPrior", base: TableFigure | undefined, offset: number): void => {
          const stated = result.reported[field];
          if (stated === undefined || !base || base.value === 0) return;
          const computed = (result.value / base.value) * 100 - offset;
          if (Math.abs(stated - computed) <= roundingOf(result.reportedDecimals[field] ?? 2)) return;
          findings.push({ ...finding(field, stated, computed, result, base), recordIds: [idOf(result), idOf(base)], quote: text.slice(result.start, result.end) });
        };
        check("pctOfPlan", plan, 0);
        check("indexVsPrior", prior, 0);
        check("growthVsPrior", prior, 100);
      }
    }
  }
  return findings;
}

function finding(field: "pctOfPlan" | "indexVsPrior" | "growthVsPrior", stated: number, computed: number, result: TableFigure, base: TableFigure): Omit<Finding, "recordIds" | "quote"> {
  const d = result.reportedDecimals[field] ?? 2;
  const vi = (n: number, decimals = 2): string => formatVietnameseNumber(n, decimals);
  const en = (n: number, decimals = 2): string => n.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const what = {
    pctOfPlan: { vi: "% kế hoạch", en: "% of plan" },
    indexVsPrior: { vi: "% so với cùng kỳ", en: "% of the same period" },
    growthVsPrior: { vi: "% tăng so với cùng kỳ", en: "% growth on the same period" },
  }[field];
  const minus = field === "growthVsPrior" ? " − 100" : "";
  return {
    code: field === "pctOfPlan" ? "pct-of-plan" : "growth",
    stated,
    computed,
    vi: `${result.label} (${result.period.label}): bảng ghi ${vi(stated, d)}${what.vi}, nhưng ${formatAsWritten(result.value)} ÷ ${formatAsWritten(base.value)} × 100${minus} = ${vi(computed, Math.max(2, d))}.`,
    en: `${result.label} (${result.period.label}): the table gives ${en(stated, d)}${what.en}, but ${result.value} ÷ ${base.value} × 100${minus} = ${en(computed, Math.max(2, d))}.`,
    quoteOffset: { start: result.start, end: result.end },
  };
}
