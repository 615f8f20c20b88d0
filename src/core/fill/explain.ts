/** How a filled value was obtained, in the planner's words: a unit conversion, a figure derived from a rate, the year-end stock. */
import { formatVietnameseNumber } from "../numbers";
import { periodLabel } from "../templates/periods";
import type { Localized } from "../user-error";
import type { ColumnWant, Pick } from "./records";

/** Up to `decimals` decimals, trailing zeros dropped: 10.6 -> "10,6"; 10600 -> "10.600". */
export function vn(x: number, decimals = 4): string {
  return formatVietnameseNumber(x, decimals, "trim");
}

const QUALIFIER_VI = { over: "trên", about: "khoảng", under: "dưới" } as const;
const KIND_VI: Record<string, string> = { actual: "thực hiện", estimate: "ước tính", plan: "kế hoạch", target: "mục tiêu", remaining: "còn phải thực hiện" };

export function describeValue(pick: Pick, noUnit: boolean, want?: ColumnWant): Localized | null {
  const vi: string[] = [];
  const en: string[] = [];
  if (want?.span) {
    const s = spanText(want, pick);
    vi.push(s.vi);
    en.push(s.en);
  }
  const c = pick.conversion;
  if (c) {
    vi.push(`quy đổi ${vn(c.original)} ${c.fromUnit} = ${vn(pick.value)} ${c.toUnit}`);
    en.push(`converted ${c.original} ${c.fromUnit} = ${pick.value} ${c.toUnit}`);
  }
  const d = pick.record.derived;
  if (d) {
    vi.push(`số suy ra: ${d.vi}`);
    en.push(`derived: ${d.en}`);
  }
  const q = pick.record.qualifier;
  if (q) {
    // "trên 2.444 triệu USD", "đạt trên 25%": a bound, written as the figure but never as an exact one.
    vi.push(`văn bản ghi "${QUALIFIER_VI[q]} ${vn(pick.record.value)}": số giới hạn, không phải số chính xác`);
    en.push(`the document says "${q} ${pick.record.value}": a bound, not an exact figure`);
  }
  if (pick.yearEnd) {
    vi.push("số tại thời điểm cuối năm (tháng 12)");
    en.push("the year-end figure (December)");
  }
  if (!pick.exactKind && !want?.span) {
    vi.push(`văn bản ghi số ${KIND_VI[pick.record.kind]}`);
    en.push(`the document gives ${pick.record.kind === "estimate" ? "an estimate" : `a ${pick.record.kind} figure`}`);
  }
  if (noUnit) {
    vi.push(`dòng không ghi đơn vị: số theo ${pick.record.indicator.unitText}`);
    en.push(`the row names no unit: the figure is in ${pick.record.indicator.unitText}`);
  }
  if (pick.rivals.length) {
    vi.push(`văn bản còn có số khác: ${pick.rivals.map((r) => `${vn(r.value)} ${r.indicator.unitText} (${r.id})`).join("; ")}`);
    en.push(`the dataset holds other figures: ${pick.rivals.map((r) => `${r.value} ${r.indicator.unitText} (${r.id})`).join("; ")}`);
  }
  return vi.length ? { vi: vi.join("; "), en: en.join("; ") } : null;
}

const MEASURE_VI = { growth: "tốc độ tăng bình quân", total: "tổng", level: "số" } as const;

/** "tốc độ tăng bình quân giai đoạn 2021-2025 (mục tiêu) văn bản nêu": what the span figure is, and its kind as the document states it. */
function spanText(want: ColumnWant, pick: Pick): Localized {
  const r = pick.record;
  const span = periodLabel(r.period);
  // A growth row in a plain span column ("Giai đoạn 2016-2020") is an average growth as well.
  const m = r.indicator.code.startsWith("growth.") ? "growth" : want.span!.measure;
  return {
    vi: `${MEASURE_VI[m]} ${span.vi} (${KIND_VI[r.kind]}) văn bản nêu${m === "growth" ? ", %/năm" : ""}`,
    en: `${m === "growth" ? "average yearly growth" : m === "total" ? "total" : "figure"} for ${span.en} (${r.kind}) as the document states it${m === "growth" ? ", %/year" : ""}`,
  };
}

/** The row's explanation names the record each span cell took. */
export function describeSpan(address: string, want: ColumnWant, pick: Pick): Localized {
  const s = spanText(want, pick);
  return { vi: `${address}: ${s.vi}, bản ghi ${pick.record.id}.`, en: `${address}: ${s.en}, record ${pick.record.id}.` };
}

/** A span cell the document states nothing for: left empty, never filled from another span or kind. */
export function spanGap(want: ColumnWant): Localized {
  const span = periodLabel(want.period);
  const m = want.span!.measure;
  const kinds = want.span!.anyKind ? "" : ` (${want.kinds.map((k) => KIND_VI[k]).join("/")})`;
  return {
    vi: `Văn bản không nêu ${MEASURE_VI[m]} ${span.vi}${kinds} của chỉ tiêu này: ô để trống, không lấy số của giai đoạn hay loại khác.`,
    en: `The document states no ${m === "growth" ? "average yearly growth" : m === "total" ? "total" : "figure"} for ${span.en}${want.span!.anyKind ? "" : ` (${want.kinds.join("/")})`} for this indicator: left empty, never filled from another span or kind.`,
  };
}
