/**
 * Which catalog indicator a sentence talks about. Reports word one indicator many ways ("Tổng mức bán lẻ
 * hàng hóa và dịch vụ" for the catalog's "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng"),
 * write "hoá" or "hóa", and often name the thing after the number ("Phát triển 77,35 km đường dây trung
 * thế"), so matching compares words without tone marks, counting words near the figure fully and words
 * of the paragraph's lead half.
 */
import { INDICATORS, type IndicatorDef } from "../catalog/indicators";
import { unitById, type UnitDef } from "../units";

export interface IndicatorMatch {
  def: IndicatorDef;
  /** Share of the catalog name's words found (near words 1, lead words 0.5). */
  score: number;
}

/** Little words that say nothing about which indicator is meant. */
const STOPWORDS = new Set(["va", "cac", "cua", "trong", "cho", "so", "voi", "dat", "uoc", "nam", "la", "co", "duoc", "tong", "so", "cac", "loai", "mot"]);

export function foldWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

interface Prepared {
  def: IndicatorDef;
  words: string[];
  family: string | undefined;
}

let prepared: Prepared[] | undefined;

function catalog(): Prepared[] {
  // One entry per name of an indicator: its catalog name and the other names documents use.
  prepared ??= INDICATORS.flatMap((def) =>
    [def.vi, ...(def.aliases ?? [])].map((name) => ({
      def,
      words: [...new Set(foldWords(name).filter((w) => !STOPWORDS.has(w)))],
      family: unitById(def.unit)?.family,
    })),
  );
  return prepared;
}

/**
 * The best catalog indicator for a figure, or undefined. `near` holds the words around the figure
 * (its subject, unit and the words after it); `lead` the paragraph's heading words.
 */
export function matchIndicator(near: string, lead: string, unit: UnitDef | undefined): IndicatorMatch | undefined {
  const nearWords = new Set(foldWords(near).filter((w) => !STOPWORDS.has(w)));
  const leadWords = new Set(foldWords(lead));
  let best: (IndicatorMatch & { fit: number }) | undefined;
  for (const c of catalog()) {
    if (c.words.length === 0) continue;
    if (unit && c.family !== unit.family) continue;
    let sum = 0;
    let nearHits = 0;
    for (const w of c.words) {
      if (nearWords.has(w)) nearHits++;
      sum += nearWords.has(w) ? 1 : leadWords.has(w) ? 0.5 : 0;
    }
    const score = sum / c.words.length;
    // Ranked by how well the two word sets fit each other: "Giá trị sản xuất công nghiệp tăng trưởng bình
    // quân" covers "Chỉ số sản xuất công nghiệp" at 4/5 but fits the growth of the production value better.
    const used = nearWords.size === 0 ? 0 : nearHits / nearWords.size;
    const fit = score + used === 0 ? 0 : (2 * score * Math.max(used, 0.01)) / (score + Math.max(used, 0.01));
    if (!best || fit > best.fit) best = { def: c.def, score, fit };
  }
  return best && { def: best.def, score: best.score };
}
