/**
 * The indicators a dataset holds, for the picker of the custom table (issue 13, point 2) and the
 * CLI's `data indicators`: code, name, unit, the sector it is listed under, and how many stated
 * figures it has.
 */

import type { PlanDataset } from "../dataset/types";
import { fold } from "../detect/fold";
import type { Localized } from "../user-error";
import { unitLabel } from "./common";

export interface IndicatorChoice {
  code: string;
  name: Localized;
  unit: Localized;
  sector: string;
  /** Figures the document states for it (derived ones not counted). */
  figures: number;
}

export interface Sector {
  id: string;
  name: Localized;
  /** Which codes it holds; the first sector that matches takes the code. */
  matches: RegExp;
}

/** In the order the picker shows them; "other" takes whatever no other sector does. */
export const SECTORS: readonly Sector[] = [
  { id: "main", name: { vi: "Chỉ tiêu chủ yếu", en: "Main indicators" }, matches: /^main\./ },
  { id: "product", name: { vi: "Sản phẩm công nghiệp", en: "Industrial products" }, matches: /^product\./ },
  { id: "growth", name: { vi: "Tốc độ tăng, chỉ số", en: "Growth rates and indices" }, matches: /^(growth|index)\./ },
  { id: "structure", name: { vi: "Cơ cấu, tỷ trọng", en: "Structure and shares" }, matches: /^structure\./ },
  {
    id: "industry",
    name: { vi: "Công nghiệp, khu cụm công nghiệp", en: "Industry, industrial parks and clusters" },
    matches: /^other\.(industrial|economic-zone|extension|rural-industry|new-jobs-industry|dissolved-industrial|new-industrial)/,
  },
  {
    id: "energy",
    name: { vi: "Điện, năng lượng, xăng dầu", en: "Power, energy and fuel" },
    matches: /^other\.(power|transformer|medium-voltage|low-voltage|substation|households-using-electricity|total-households|electricity|rooftop-solar|fuel|lpg)/,
  },
  {
    id: "trade",
    name: { vi: "Thương mại, xúc tiến thương mại", en: "Trade and trade promotion" },
    matches: /^other\.(markets|supermarkets|commercial-centres|convenience-stores|vending-machines|trade|rural-fairs|ecommerce|ocop|price-stabilisation|promotion|reputable-exporters|exports|enterprises-resumed)/,
  },
  { id: "market-control", name: { vi: "Quản lý thị trường, an toàn thực phẩm", en: "Market control and food safety" }, matches: /^other\.(market-control|food-safety|interagency-inspections)/ },
  { id: "administration", name: { vi: "Cải cách hành chính, nông thôn mới", en: "Administrative reform, new rural areas" }, matches: /^other\.(admin-procedures|applications|online-applications|communes)/ },
  { id: "finance-labour", name: { vi: "Tín dụng, ngân sách, lao động", en: "Credit, budget and labour" }, matches: /^other\.(credit|budget|vocational|graduate|rural-trainee|ordered-training)/ },
  { id: "other", name: { vi: "Chỉ tiêu khác", en: "Other indicators" }, matches: /./ },
];

export function sectorOf(code: string): Sector {
  return SECTORS.find((s) => s.matches.test(code)) ?? SECTORS[SECTORS.length - 1]!;
}

/** Every indicator of the dataset, in the dataset's (the document's) order. */
export function indicatorChoices(ds: PlanDataset): IndicatorChoice[] {
  const out = new Map<string, IndicatorChoice>();
  for (const r of ds.records) {
    const code = r.indicator.code;
    let c = out.get(code);
    if (!c) {
      c = {
        code,
        name: { vi: r.indicator.vi, en: r.indicator.en },
        unit: { vi: unitLabel(r.indicator, "vi"), en: unitLabel(r.indicator, "en") },
        sector: sectorOf(code).id,
        figures: 0,
      };
      out.set(code, c);
    }
    if (!r.derived) c.figures += 1;
  }
  return [...out.values()];
}

/**
 * The choices whose name (either language, with or without diacritics), unit or code hold every
 * word of the query: "gia tri san xuat", "KNXK" does not expand, "điện" finds "Điện thương phẩm".
 */
export function searchIndicators(choices: readonly IndicatorChoice[], query: string): IndicatorChoice[] {
  const words = fold(query).split(" ").filter((w) => w !== "");
  if (words.length === 0) return [...choices];
  return choices.filter((c) => {
    const text = fold(`${c.name.vi} ${c.name.en} ${c.unit.vi} ${c.code}`);
    return words.every((w) => text.includes(w));
  });
}

/** The choices by sector, sectors in SECTORS order, each keeping the dataset's order; empty sectors left out. */
export function bySector(choices: readonly IndicatorChoice[]): { sector: Sector; choices: IndicatorChoice[] }[] {
  return SECTORS.map((sector) => ({ sector, choices: choices.filter((c) => c.sector === sector.id) })).filter((g) => g.choices.length > 0);
}
