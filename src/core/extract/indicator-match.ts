/**
 * Which catalog indicator a sentence talks about. Reports word one indicator many ways ("Tổng mức bán lẻ
 * hàng hóa và dịch vụ" for the catalog's "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng"),
 * write "hoá" or "hóa", abbreviate ("HTX", "DNNVV", "CNNT"), and often name the thing after the number
 * ("Phát triển 77,35 km đường dây trung thế") or earlier in the clause ("Khu công nghiệp Long Đức, diện
 * tích 108 ha, tỷ lệ lấp đầy đạt 100%"). So matching compares words without tone marks, abbreviations
 * spelt out, counting words near the figure fully, words earlier in its clause or in the heading above
 * most, and words of the paragraph's lead half.
 */
import { memoByObject, memoByText } from "../memo";
import { INDICATORS, type IndicatorDef } from "../catalog/indicators";
import { unitById, type UnitDef } from "../units";

export interface IndicatorMatch {
  def: IndicatorDef;
  /** Share of the catalog name's words found (near words 1, clause and heading words 0.8, lead words 0.5). */
  score: number;
}

/** What a figure measures when it is a percentage standing alone (see statements.ts RateKind). */
export type MatchRate = "level" | "growth" | "index" | "share";

export interface MatchInput {
  /** The figure's own name, unit and the words right after it. */
  near: string;
  /** The clause's words before the figure. */
  context?: string;
  /** The clause's words after the figure, to the next figure ("85/85 xã | đạt tiêu chí số 4 về điện"; counted like the clause). */
  tail?: string;
  /**
   * The words that open the sentence's earlier clauses, up to their figures: the verb or list intro the clause shares
   * ("Phát triển 77,35 km ...; | 87,34km đường dây hạ thế", "lập biên bản vi phạm 454 vụ, trong đó: ...; | 49 vụ ...").
   */
  sentence?: string;
  /** For a footnote's item, the words before the footnote's mark in the text (counted like the heading). */
  anchor?: string;
  /** The heading above the paragraph (counted like the clause). */
  heading?: string;
  /** The paragraph's lead ("Về tổng mức bán lẻ ...:"). */
  lead?: string;
  rate?: MatchRate;
  /** The figure is a change of the one before it ("so với cuối năm 2020 tăng 8.570 tỷ đồng"), not a level. */
  delta?: boolean;
  /**
   * The figure is the part X of an "X/Y" ("3/18 turbine", "12,8/78MW"): those done of Y in all, never the total, and the
   * more specific of two names when the rest of its words are written around ("Đã lắp đặt được ..." above the list).
   */
  part?: boolean;
  /**
   * Whether the paragraph speaks of a value ("giá trị") before the figure: asked only of catalog names that say
   * "giá trị" and find it nowhere nearer (a function, so a long paragraph is searched once, not per figure).
   */
  valueNamed?: () => boolean;
  /** A catalog code the figure is not (the part of an "X/Y" whose whole this is). */
  exclude?: string;
  /** Only a sibling of this code is the figure (the whole of an "X/Y" whose part is that code; see siblingCodes). */
  siblingOf?: string;
}

/**
 * Little words that say nothing about which indicator is meant, with their tone marks: folded, "chợ" (market) would
 * be "cho" (for), "lắp đặt" (installed) "lắp đạt", "chờ xử lý" (pending) "cho xử lý".
 */
const STOPWORDS = new Set(["và", "các", "của", "trong", "cho", "so", "số", "với", "đạt", "ước", "năm", "là", "có", "được", "đã", "tổng", "loại", "một"]);

/**
 * The words of a text without tone marks, "đ" as "d", in lower case: the runs of [a-z0-9] left once the text is
 * decomposed (NFD), its marks U+0300-U+036F dropped and it is lower-cased. Done a character at a time (each
 * character outside ASCII folded once, then looked up), which gives the same words as folding the whole string
 * (decomposition only splits a character or reorders marks, and what is not ASCII separates words either way)
 * several times faster: every figure's words are folded for the catalog.
 */
export function foldWords(text: string): string[] {
  const words: string[] = [];
  let word = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) word += text[i];
      else if (code >= 65 && code <= 90) word += String.fromCharCode(code + 32);
      else if (word) {
        words.push(word);
        word = "";
      }
      continue;
    }
    const folded = foldChar(code);
    for (let k = 0; k < folded.length; k++) {
      const c = folded.charCodeAt(k);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) word += folded[k];
      else if (word) {
        words.push(word);
        word = "";
      }
    }
  }
  if (word) words.push(word);
  return words;
}

/** Folded form of each character outside ASCII met so far (a few hundred in Vietnamese text), by its code. */
const foldChar = memoByText(
  (code: number) => String.fromCharCode(code).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase(),
  20000,
);

/** Two words read as one (see telling): "trong nước" (domestic), "hành chính" (administrative). */
const ONE_WORD = /(?<!\p{L})(?:trong\s+nước|hành\s+chính)(?!\p{L})/gu;
const OVER_NUMBERS = /\d+(?:[.,]\d+)*(?:\/\d+(?:[.,]\d+)*)+/g;

/** The words of a name that can tell one indicator from another: folded, the little words (read with their tone marks) left out. */
function telling(text: string): string[] {
  const kept = text
    .normalize("NFC")
    .toLowerCase()
    // "trong nước" (domestic) is one word, not the little word "trong" (in) and "nước" (water); nor is "hành chính"
    // (administrative) "chính" (main): "xử phạt vi phạm hành chính ... với số tiền" is no "Tiền phạt chính".
    .replace(ONE_WORD, (m) => m.replace(/\s+/u, ""))
    // "3/18 turbine", "85/85 xã", "31/12/2021": numbers written over others are figures and dates, never the number of a
    // name ("Dự án Điện gió số 3", "tiêu chí số 4").
    .replace(OVER_NUMBERS, " ")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !STOPWORDS.has(w));
  return foldWords(kept.join(" "));
}

/**
 * Abbreviations and synonyms of report prose, spelt out in the words the catalog uses. General terms of the
 * trade (Vietnamese administrative abbreviations), not names of any one document's figures.
 */
const SPELT_OUT = new Map<string, string[]>([
  ["htx", ["hop", "tac", "xa"]],
  ["dnnvv", ["doanh", "nghiep", "nho", "vua"]],
  ["dnvvn", ["doanh", "nghiep", "nho", "vua"]],
  ["dn", ["doanh", "nghiep"]],
  ["cnnt", ["cong", "nghiep", "nong", "thon"]],
  ["fdi", ["dau", "tu", "nuoc", "ngoai"]],
  ["tmdt", ["thuong", "mai", "dien", "tu"]],
  ["tthc", ["thu", "tuc", "hanhchinh"]],
  ["attp", ["an", "toan", "thuc", "pham"]],
  // (Also shortened "ATP": "14 hồ sơ lĩnh vực ATP".)
  ["atp", ["an", "toan", "thuc", "pham"]],
  ["kcn", ["khu", "cong", "nghiep"]],
  ["ccn", ["cum", "cong", "nghiep"]],
  ["kkt", ["khu", "kinh", "te"]],
  ["ttm", ["trung", "tam", "thuong", "mai"]],
  ["nsnn", ["ngan", "sach", "nha", "nuoc"]],
  ["xnk", ["xuat", "nhap", "khau"]],
  ["xk", ["xuat", "khau"]],
  ["cn", ["cong", "nghiep"]],
  ["sxcn", ["san", "xuat", "cong", "nghiep"]],
  ["gtsx", ["gia", "tri", "san", "xuat"]],
  ["gtsxcn", ["gia", "tri", "san", "xuat", "cong", "nghiep"]],
  // The statistics office's name of the production index ("chỉ số IIP", "IIP tăng 8,3%").
  ["iip", ["chi", "so", "san", "xuat", "cong", "nghiep"]],
  ["ttcn", ["tieu", "thu", "cong", "nghiep"]],
  ["dbscl", ["dong", "bang", "song", "cuu", "long"]],
  // Reports count wind turbines as "turbine" alone ("Đã lắp đặt được 79/79 turbine của 05 dự án"): a thermal plant's are
  // "tổ máy".
  ["turbine", ["turbine", "dien", "gio"]],
]);

/** Roman numerals of categories ("chợ hạng III", "khu vực II") written as the digits reports also use. */
const ROMAN = new Map([["i", "1"], ["ii", "2"], ["iii", "3"], ["iv", "4"]]);

/**
 * Wordings of one thing, the catalog's last: "trả kết quả đúng thời gian quy định" is "đúng hạn"; "chỉ số công nghiệp"
 * is how the press shortens the statistics office's "chỉ số sản xuất công nghiệp" (IIP), the only index of industry.
 */
const SAME_AS: ReadonlyArray<[RegExp, string]> = [
  [/\bdung (?:thoi gian quy dinh|thoi han)\b/g, "dung han"],
  // ("số" is a little word, left out before this: "chỉ số" reads "chi".)
  [/\bchi (?:nganh )?cong nghiep\b/g, "chi san xuat cong nghiep"],
];

/**
 * Telling words, folded, with abbreviations spelt out ("trạm biến thế" is "trạm biến áp"). The same sentence, clause
 * and heading are read again for each of their figures: each text's words are worked out once (a bounded memo).
 */
export const indicatorWords: (text: string) => readonly string[] = memoByText(spellOut, 4000);

function spellOut(text: string): string[] {
  let words = telling(text);
  if ((words.includes("dung") && words.includes("thoi")) || (words.includes("chi") && words.includes("cong"))) {
    let joined = words.join(" ");
    for (const [re, to] of SAME_AS) joined = joined.replace(re, to);
    words = joined.split(" ");
  }
  const out: string[] = [];
  for (const w of words) {
    const spelt = SPELT_OUT.get(w);
    const digit = ROMAN.get(w);
    if (spelt) out.push(...spelt);
    else if (digit) out.push(digit);
    else if (w === "the" && out[out.length - 1] === "bien") out.push("ap");
    // "bán lẻ" (retail) folds its "lẻ" to the "lệ" of "tỷ lệ", a word that says only the kind of figure: as its own
    // word, retail is told from "bán buôn" (wholesale), which otherwise found every other word of "Tổng mức bán lẻ hàng hóa".
    else if (w === "le" && out[out.length - 1] === "ban") out.push("banle");
    else out.push(w);
  }
  return out;
}

/**
 * Folding loses the tone marks that tell words apart: "phạt" (fine) and "phát" (develop), "xử" (handle) and "xứ"
 * (origin) fold alike, so "Thu nộp ngân sách từ xử phạt" found its words in a heading's "Phát triển" and a note's
 * "xuất xứ". Each word's tone-marked forms in a text, by folded word: the tone itself is kept apart from the letters
 * ("hoá" and "hóa", "thuỷ" and "thủy" are one spelling placed two ways), so a catalog word counts only where it is
 * written with its own tone. Memoised like indicatorWords.
 */
const tonedForms = memoByText(readTonedForms, 4000);

function readTonedForms(text: string): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const token of text.normalize("NFC").toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (!token) continue;
    const folded = foldWords(token).join("");
    const set = forms.get(folded);
    if (set) set.add(toneOf(token));
    else forms.set(folded, new Set([toneOf(token)]));
  }
  return forms;
}

/**
 * A catalog name's tone-marked words, its proper names' aside: reports spell a place variously ("Khu công nghiệp Cô
 * Chiên" for the catalog's "Cổ Chiên"), so those are matched folded as before.
 */
function catalogTones(name: string): Map<string, Set<string>> {
  const words = name.normalize("NFC").split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  const common = words.filter((w, i) => i === 0 || !/^\p{Lu}\p{Ll}/u.test(w));
  return tonedForms(common.join(" "));
}

/** A proper name ("Cầu Quan"), folded, with the word written before it ("nghiep" in "Khu công nghiệp Cầu Quan"). */
interface ProperName {
  words: string[];
  before: string;
}

/**
 * The proper names of a text: runs of two or more capitalised words ("Cầu Quan", "Hàn Quốc - Trà Vinh"; a capital word
 * alone is often a common word written so, "Dự án Điện gió số 3"), each with the word before it. Memoised: a clause is
 * read again for each of its figures.
 */
const properNames = memoByText((text: string): ProperName[] => {
  const out: ProperName[] = [];
  const composed = text.normalize("NFC");
  for (const m of composed.matchAll(PROPER_RUN)) {
    if (m.index === 0) continue;
    out.push({ words: foldWords(m[0]), before: foldWords(composed.slice(Math.max(0, m.index - 16), m.index)).pop() ?? "" });
  }
  return out;
}, 2000);

const PROPER_RUN = /\p{Lu}\p{Ll}+(?:(?:\s+-\s+|\s+)\p{Lu}\p{Ll}+)+/gu;

/**
 * A catalog name's proper names that tell one place or plant: not a name that is part of a longer one in the catalog
 * ("Trà Vinh" of "Trung Nam Trà Vinh", "Hàn Quốc - Trà Vinh": the province's name, in many).
 */
function distinctiveNames(entries: Prepared[]): void {
  const all = new Set(entries.flatMap((c) => c.proper.map((p) => ` ${p.words.join(" ")} `)));
  for (const c of entries) c.proper = c.proper.filter((p) => ![...all].some((other) => other !== ` ${p.words.join(" ")} ` && other.includes(` ${p.words.join(" ")} `)));
}

/**
 * The words of the candidate's proper names written whole in the figure's clause, when the clause writes all its other
 * words too ("Khu công nghiệp Cầu Quan, diện tích 120 ha, tổng vốn đầu tư ..."), unless it names another place of the same
 * kind ("khu công nghiệp Hoà Phú, khu công nghiệp Bình Minh và tuyến công nghiệp Cổ Chiên đã thu hút ...": the figure is
 * theirs together).
 */
function namedHere(c: Prepared, clause: ReadonlySet<string>, clauseNames: () => ProperName[]): ReadonlySet<string> {
  const out = new Set<string>();
  if (!c.words.every((w) => clause.has(w) || c.proper.some((p) => p.words.includes(w)))) return out;
  for (const p of c.proper) {
    if (!p.words.every((w) => clause.has(w))) continue;
    const key = p.words.join(" ");
    if (clauseNames().some((n) => n.before === p.before && n.words.join(" ") !== key)) continue;
    for (const w of p.words) out.add(w);
  }
  return out;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** A word's letters (with their vowel shapes, "ư", "â") and its tone written after them: "hoá" and "hóa" alike. */
function toneOf(word: string): string {
  const decomposed = word.normalize("NFD");
  const tone = decomposed.match(TONE_MARKS)?.[0] ?? "";
  return decomposed.replace(TONE_MARKS, "").normalize("NFC") + tone;
}

/**
 * Whether a catalog word (folded, and as the catalog writes it) is written with that tone around the figure: yes when
 * a text writes it so or without any marks (text typed without them), or writes it nowhere in full (only through an
 * abbreviation spelt out, "TTHC").
 */
function toneAgrees(folded: string, toned: string, written: ReadonlyArray<Map<string, Set<string>>>): boolean {
  let seen = false;
  for (const forms of written) {
    const set = forms.get(folded);
    if (!set) continue;
    if (set.has(toned) || set.has(folded)) return true;
    seen = true;
  }
  return !seen;
}

/** Headings and clauses repeat from figure to figure: their words are folded once. */
const cachedWords = memoByText((text) => new Set(indicatorWords(text)), 2000);

/** Peak watts (kWp) rate solar panels: "358 công tơ điện hai chiều, công suất 4.566,78kWp" is solar capacity. */
const PEAK_POWER = "điện mặt trời";

/** Words a rate's own wording implies ("tăng 9,2%" is a growth rate even when "tốc độ" is not written). */
const RATE_WORDS: Record<MatchRate, string> = {
  level: "",
  growth: "tốc độ tăng trưởng",
  index: "chỉ số",
  share: "tỷ trọng",
};

interface Prepared {
  def: IndicatorDef;
  words: string[];
  /** The words that are not the rate's own ("tốc độ tăng", "tỷ trọng", "chỉ số"): what is measured. */
  content: string[];
  family: string | undefined;
  /** Each word's weight (rarity), their sum, and the sum over the content words. */
  weights: number[];
  total: number;
  contentTotal: number;
  parts: Set<string>;
  wordSet: Set<string>;
  /** The catalog name is a change, not a level ("Dư nợ cho vay tăng so cuối năm trước"). */
  change: boolean;
  /** The catalog name measures a value ("giá trị sản xuất"), not an index or a quantity. */
  value: boolean;
  /**
   * The words after the name's colon ("Dự án điện gió V1-2: công suất", "Vụ vi phạm: hàng hóa không rõ nguồn gốc"):
   * what tells it from its siblings, which must be written about the figure itself.
   */
  sibling: string[];
  /** Its acronyms ("GRDP", "OCOP"), folded: written wherever the indicator is, never left to be understood. */
  acronyms: string[];
  /**
   * The numbers that designate it among its siblings ("Dự án Điện gió số 3", "tiêu chí số 4", "đạt 3 sao", "mức độ 2"),
   * those in brackets aside (an explanation, "(tiêu chí 4, 7)", "(khu vực II)"): like acronyms, written wherever it is.
   */
  numbers: string[];
  /** Each word's form with its tone mark where the name writes one (see toneOf), else undefined. */
  toned: Array<string | undefined>;
  /** The name is a total ("Dự án điện gió Hiệp Thành: tổng số turbine", "Tổng số hộ dân"), never a part of one. */
  isTotal: boolean;
  /**
   * Its proper names ("Khu công nghiệp Cầu Quan", "Khu kinh tế Định An", "Hàn Quốc - Trà Vinh"), folded: written whole in
   * the figure's own clause, they tell it from the generic names as surely as the words right by the figure.
   */
  proper: ProperName[];
  /** Last call that listed it as a candidate (see `stamp`). */
  seen: number;
}

const TOTAL = /(?<!\p{L})(?:tổng số|Tổng số)(?!\p{L})/u;

const NONE: ReadonlySet<string> = new Set();

/** Codes of one family: the same code but for its last part ("other.rural-industry-products.entered" / ".awarded"). */
function siblingCodes(a: string, b: string): boolean {
  return a !== b && a.slice(0, a.lastIndexOf(".")) === b.slice(0, b.lastIndexOf("."));
}

/** Counts calls of matchIndicator, to list each candidate once without a set per call. */
let stamp = 0;

/** Words every rate of its kind has: they say what kind of figure, not which indicator. */
const KIND_WORDS = new Set(["toc", "do", "tang", "truong", "ty", "trong", "chi", "so", "le"]);

/**
 * The industry's sectors as statistics name them (VSIC sections B, C, D, E): "ngành khai khoáng tăng 16,8%" is a
 * sector's figure, never the whole industry's index or value.
 */
const SECTORS = ["khai khoang", "che bien che tao", "phan phoi dien", "cung cap nuoc"];

/**
 * A growth or index rate said of "chế biến" (processing) is manufacturing's or one of its divisions' ("sản xuất chế biến
 * thực phẩm giảm 23,6%", "chế biến gỗ ... giảm 36%"), a part all the same. Only for those rates: a level's words may
 * name processing as what it serves ("11 Đề án hỗ trợ ... chế biến nông, lâm, thủy sản").
 */
const DIVISION = "che bien";

/**
 * Words that make a figure a part of an indicator, not the indicator: "giá trị sản xuất của khối công nghiệp Trung
 * ương", "GRDP trừ dầu khí", "khu vực có vốn đầu tư nước ngoài", "nhóm hàng ô tô". A catalog name without the
 * same word is not that figure. Goods "tạm nhập tái xuất" (re-exported) are a part of trade, not its turnover; and
 * "kim ngạch xuất, nhập khẩu" is the whole trade, neither exports nor imports. Industry with handicrafts ("công
 * nghiệp - tiểu thủ công nghiệp", "CN-TTCN") is a district's aggregate, not the statistics office's industry.
 */
const PART_MARKERS = ["doanh thu", "tieu thu cong nghiep", "tru", "khoi", "khu vuc", "nhom", "trung uong", "dia phuong", "nuoc ngoai", "nha nuoc", "trongnuoc", "thi truong", "mat hang", "loai tru", "tam nhap", "xuat nhap", ...SECTORS];

/**
 * A share is always some part's share: "nhóm dịch vụ lưu trú và ăn uống chiếm 9,1%", "doanh thu bán lẻ hàng hóa
 * chiếm 70%" are the catalog's "Tỷ trọng dịch vụ lưu trú, ăn uống", "Tỷ trọng bán lẻ hàng hóa".
 */
const SHARE_OF_PART = new Set(["nhom", "doanh thu"]);

function partMarkers(words: readonly string[]): Set<string> {
  // What a figure leaves out ("không tính hàng hóa tạm nhập tái xuất") does not make it a part.
  const text = ` ${words.join(" ")} `.replace(EXCLUDED, " ");
  return new Set(PART_MARKERS.filter((m) => text.includes(` ${m} `)));
}

/**
 * A figure's part markers, worked out once for each list of its words (indicatorWords gives one list for each text, and
 * the same words are matched for several figures and again for a whole's sibling): a copy, which the caller may add to.
 */
function figureParts(words: readonly string[]): Set<string> {
  return new Set(partMarkersOf(words));
}

const partMarkersOf = memoByObject(partMarkers);

/** A catalog name's part markers, the division word among them when it names one. */
function catalogParts(words: readonly string[]): Set<string> {
  const parts = partMarkers(words);
  if (` ${words.join(" ")} `.includes(` ${DIVISION} `)) parts.add(DIVISION);
  return parts;
}

/** "không tính / không kể" and the next few words: what the figure excludes. */
const EXCLUDED = / khong (?:tinh|ke)(?: \w+){1,4}?(?= tam nhap| nha nuoc| nuoc ngoai| dau tho| tru)(?: \w+){0,2}/g;

let prepared: Prepared[] | undefined;
/**
 * Catalog entries by unit family, then by word ("vnd" then "nghiep"; "*" for any family): only those sharing a word
 * with the figure's own words are scored (a pasted megabyte has thousands of figures). Two levels, not one key joining
 * family and word: a joined key is a new string to hash for every word of every figure.
 */
let byWord: Map<string, Map<string, Prepared[]>> | undefined;
/** How telling each word is: rarer in the catalog, heavier ("grdp", "khai khoáng" over "công nghiệp", "sản xuất"). */
let weights: Map<string, number> | undefined;

function weightOf(word: string): number {
  return weights?.get(word) ?? 1;
}

function catalog(): Prepared[] {
  if (prepared) return prepared;
  // One entry per name of an indicator: its catalog name and the other names documents use.
  const entries: Prepared[] = INDICATORS.flatMap((def) =>
    [def.vi, ...(def.aliases ?? [])].map((name) => {
      const written = indicatorWords(name);
      const words = [...new Set(written)];
      const content = words.filter((w) => !KIND_WORDS.has(w));
      const family = unitById(def.unit)?.family;
      // "tăng" written with its tone mark: "tang vật" (exhibits) is no rise.
      const change = family !== "percent" && /(?<!\p{L})tăng(?!\p{L})/u.test(name.normalize("NFC").toLowerCase());
      // A sector of the production value ("growth.industrial-production-value.food-processing", named "Tốc độ tăng ngành
      // chế biến nông sản, thực phẩm và đồ uống") is a value as much as its whole.
      const value = / gia tri /.test(` ${words.join(" ")} `) || def.code.startsWith("growth.industrial-production-value.");
      const colon = name.indexOf(":");
      const sibling = colon < 0 ? [] : [...new Set(indicatorWords(name.slice(colon + 1)))].filter((w) => !KIND_WORDS.has(w));
      // (Not those spelt out for matching, "CNNT", "TTHC"; not Roman numerals, "VII".)
      const acronyms = (name.match(/(?<!\p{L})\p{Lu}{3,}(?!\p{L})/gu) ?? []).flatMap((a) => foldWords(a)).filter((w) => !SPELT_OUT.has(w) && !/^[ivx]+$/.test(w) && words.includes(w));
      const numbers = indicatorWords(name.replace(/\([^()]*\)/g, " ")).filter((w) => /^\d+$/.test(w));
      const tones = catalogTones(name);
      const toned = words.map((w) => {
        const forms = tones.get(w);
        return forms && forms.size === 1 ? [...forms][0] : undefined;
      });
      return { def, words, wordSet: new Set(words), content, family, weights: [], total: 0, contentTotal: 0, parts: catalogParts(written), change, value, sibling, acronyms, numbers, isTotal: TOTAL.test(name), proper: properNames(name), toned, seen: 0 };
    }),
  ).filter((c) => c.words.length > 0);
  distinctiveNames(entries);
  // Rarity counted over indicators, not names: another wording of one indicator does not make its words commoner.
  const byDef = new Map<IndicatorDef, Set<string>>();
  for (const c of entries) byDef.set(c.def, new Set([...(byDef.get(c.def) ?? []), ...c.words]));
  const df = new Map<string, number>();
  for (const words of byDef.values()) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  weights = new Map([...df].map(([w, n]) => [w, Math.log(1 + byDef.size / n)]));
  byWord = new Map();
  for (const c of entries) {
    c.weights = c.words.map(weightOf);
    c.total = c.weights.reduce((a, b) => a + b, 0);
    c.contentTotal = c.content.reduce((a, w) => a + weightOf(w), 0);
    // Indexed by unit family too: a figure in tỷ đồng is never scored against a count or a percentage.
    for (const w of c.words) {
      for (const family of ["*", `${c.family}`]) {
        let words = byWord.get(family);
        if (!words) byWord.set(family, (words = new Map()));
        const list = words.get(w);
        if (list) list.push(c);
        else words.set(w, [c]);
      }
    }
  }
  prepared = entries;
  return prepared;
}

/**
 * A percentage's kind must agree with the catalog group: a growth rate is never the index itself
 * ("tăng 19,94%" is growth.iip, not main.iip), a share is a structure figure, an index is an index.
 */
function fitsRate(def: IndicatorDef, rate: MatchRate | undefined, family: string | undefined): boolean {
  if (family !== "percent" || rate === undefined) return true;
  const growth = def.code.startsWith("growth.");
  const index = def.code.startsWith("index.") || def.code === "main.iip";
  if (rate === "growth") return growth;
  if (rate === "index") return index;
  if (rate === "share") return !growth && !index;
  return !growth || namesGrowth(def);
}

/** Whether a growth indicator's name says "tăng" (folded once per indicator: asked for every candidate of every rate). */
const namesGrowth = memoByObject((def: IndicatorDef) => /tang/.test(foldWords(def.vi).join(" ")));

/**
 * A value written as such: "giá trị" (or its abbreviation, "GTSX", "GTSXCN"), or a price basis only a value has ("theo
 * giá so sánh 2010", "giá hiện hành"). Never value added ("giá trị tăng thêm"), a national-accounts figure: a paragraph
 * that opens with it speaks of no production value ("giá trị tăng thêm toàn ngành tăng 6,2%. ... Ngành sản xuất và phân
 * phối điện tăng 11,9%").
 * Shared with extract.ts, which looks for it in the paragraph before the figure.
 */
export const VALUE = /gi[aá]\s+(?:tr[iị](?!\s+t[aă]ng\s+th[eê]m)|so\s+s[aá]nh|hi[eệ]n\s+h[aà]nh)(?!\p{L})|(?<!\p{L})GTSX/iu;
const VALUE_ADDED = /gi[aá]\s+tr[iị]\s+t[aă]ng\s+th[eê]m(?!\p{L})/iu;

/**
 * Words of a bare rate ("tốc độ tăng bình quân", "mức tăng", "tăng trưởng khoảng", "nhưng cao hơn mức tăng 6,3% của
 * cùng kỳ"): they name nothing measured.
 */
const BARE_RATE = new Set([...KIND_WORDS, "binh", "quan", "muc", "giam", "khoang", "gan", "hon", "tren", "nam", "cao", "thap", "nhung", "cung", "ky", "giai", "doan"]);

/** Whether a figure's own words name nothing measured, only the kind of rate ("tốc độ tăng bình quân 13,67%/năm"). */
export function namesNothingMeasured(near: string): boolean {
  return indicatorWords(near).every((w) => BARE_RATE.has(w));
}

/** Words that give a figure as a stock to date, not what was added. */
const STOCK = /nâng tổng số|đến nay|lũy kế|hiện có|hiện nay/iu;

/**
 * Words that tell one trade from its opposite, each in place of the other: retail ("bán lẻ", spelt "banle") and
 * wholesale ("bán buôn"). A figure named by one is never a catalog name of the other, however many of their other
 * words they share ("Tổng mức bán buôn hàng hóa" is not the catalog's "Tổng mức bán lẻ hàng hóa").
 */
const OPPOSITES: ReadonlyArray<readonly [string, string]> = [["banle", "buon"]];

function contradicted(c: Prepared, own: ReadonlySet<string>): boolean {
  return OPPOSITES.some(([a, b]) => (c.wordSet.has(a) && !c.wordSet.has(b) && own.has(b) && !own.has(a)) || (c.wordSet.has(b) && !c.wordSet.has(a) && own.has(a) && !own.has(b)));
}

/** A catalog indicator counts when this share of its name's words surrounds the figure. */
export const CATALOG_MATCH = 0.75;

/** How much of the best fit a name that can be taken needs, to win over a better-fitting one that cannot. */
const NEARLY = 0.75;

/** Weight of a catalog word by where it was found around the figure. */
const NEAR = 1;
const CONTEXT = 0.8;
const LEAD = 0.5;
/** Share of the measured words (KIND_WORDS aside) a catalog name needs around the figure. */
const MIN_CONTENT = 0.6;

/**
 * The best catalog indicator for a figure, or undefined. Ranked by how well the catalog name and the figure's own
 * words fit each other (the share of the name's words found, weighted by where, against the share of the figure's
 * words the name accounts for: "Trạm biến áp phát triển mới" wins over "Trạm biến áp" when "phát triển mới" is
 * written, "khai khoáng tăng 5%" is the mining sector's growth, not the total's named earlier in the clause).
 */
export function matchIndicator(input: MatchInput, unit: UnitDef | undefined): IndicatorMatch | undefined {
  const own = indicatorWords(input.near);
  const unitSays = unit?.id === "kwp" ? PEAK_POWER : "";
  const nearWords = new Set(own);
  for (const w of indicatorWords(RATE_WORDS[input.rate ?? "level"])) nearWords.add(w);
  if (input.delta) nearWords.add("tang");
  for (const w of indicatorWords(unitSays)) nearWords.add(w);
  catalog();
  // A catalog name none of whose measured words are the figure's own is never the figure's indicator (found first: a
  // figure no catalog name can be needs none of the work below).
  const candidates: Prepared[] = [];
  stamp++;
  const familyWords = byWord?.get(`${unit?.family ?? "*"}`);
  for (const w of nearWords) {
    if (KIND_WORDS.has(w)) continue;
    for (const c of familyWords?.get(w) ?? []) {
      if (c.seen === stamp) continue;
      c.seen = stamp;
      candidates.push(c);
    }
  }
  if (candidates.length === 0) return undefined;
  const contextWords = indicatorWords(input.context ?? "");
  const leadWords = cachedWords(input.lead ?? "");
  const parts = figureParts(own);
  const division = [...(input.rate === "growth" || input.rate === "index" ? divisionNamed(input.near) : []), ...tradedGoods(input.near)];
  if ((input.rate === "growth" || input.rate === "index") && ` ${own.join(" ")} `.includes(` ${DIVISION} `)) parts.add(DIVISION);
  // Value added ("tốc độ tăng giá trị tăng thêm ước đạt 12,12%") is a national-accounts figure the catalog does not
  // hold: neither the production index nor a production value however "sản xuất công nghiệp" opens the sentence.
  if (VALUE_ADDED.test(input.near) || VALUE_ADDED.test(input.context ?? "")) return undefined;
  // Where each word was found, the nearest place winning.
  const place = new Map<string, number>();
  for (const w of leadWords) place.set(w, LEAD);
  // (The sentence's opening words may be a sibling item's name: they only ever pick a more specific name, see refined.)
  const sentenceWords = indicatorWords(input.sentence ?? "");
  // ... though they may also hold the head noun a level's clause leaves out ("Kim ngạch xuất khẩu 1.136 triệu USD, ...;
  // nhập khẩu 450 triệu USD"): counted like the paragraph's lead. Not for rates: a list of sectors' rates after "chỉ
  // số sản xuất ... tăng 9%" names each sector, not the index.
  if (unit?.family !== "percent") {
    for (const w of sentenceWords) place.set(w, LEAD);
    for (const w of takenUp(sentenceWords, `${input.near} ${input.context ?? ""}`)) place.set(w, CONTEXT);
  }
  for (const w of cachedWords(input.heading ?? "")) place.set(w, CONTEXT);
  for (const w of cachedWords(input.anchor ?? "")) place.set(w, CONTEXT);
  for (const w of contextWords) place.set(w, CONTEXT);
  const tailWords = indicatorWords(input.tail ?? "");
  for (const w of tailWords) place.set(w, CONTEXT);
  const tailOnly = new Set(indicatorWords(ownTail(input.tail ?? "")).filter((w) => !nearWords.has(w) && !KIND_WORDS.has(w)));
  // Words written about the figure: its clause, its sentence and, for a footnote's item, the text it hangs from.
  // (Gathered only when a candidate or the refining asks: most figures' candidates never do.)
  let aboutWords: Set<string> | undefined;
  const about = (): Set<string> => (aboutWords ??= wordSet(nearWords, contextWords, tailWords, sentenceWords, cachedWords(input.anchor ?? "")));
  for (const w of nearWords) place.set(w, NEAR);
  // Words written about the figure itself (its clause, its sentence's opening), not only in the heading or lead above.
  const own2 = wordSet(nearWords, contextWords, tailWords, sentenceWords);
  // (The figure's clause alone: a proper name in the sentence may be the previous item's.) Asked only of candidates with proper names.
  let clauseWords: Set<string> | undefined;
  const clause = (): Set<string> => (clauseWords ??= wordSet(nearWords, contextWords, tailWords));
  let names: ProperName[] | undefined;
  const clauseNames = (): ProperName[] => (names ??= [input.context, input.near, input.tail].flatMap((t) => properNames(t ?? "")));
  // "Phát triển 152 trạm biến áp" (before the figure) counts new ones: the catalog's "phát triển mới"; not after
  // "nâng tổng số", "đến nay" (a stock to date).
  const before = (w: string): boolean => nearWords.has(w) || contextWords.includes(w) || sentenceWords.includes(w);
  if (before("phat") && before("trien") && !STOCK.test(`${input.sentence ?? ""} ${input.context ?? ""}`)) own2.add("moi");
  // (With the words a rate or change implies: "tăng 9,2%" says "tốc độ tăng trưởng" without writing "độ".)
  const implied = `${RATE_WORDS[input.rate ?? "level"]} ${input.delta ? "tăng" : ""} ${unitSays}`;
  let writtenForms: Array<Map<string, Set<string>>> | undefined;
  // (Worked out only when a candidate's word is found: most figures' candidates are few.)
  const written = (): Array<Map<string, Set<string>>> =>
    (writtenForms ??= [implied, input.near, input.context, input.tail, input.sentence, input.anchor, input.heading, input.lead].map((t) => tonedForms(t ?? "")));
  let valueSaid: ValueWording | undefined;
  let best: Scored | undefined;
  const scored: Scored[] = [];
  for (const c of candidates) {
    if (unit && c.family !== unit.family) continue;
    if (c.def.code === input.exclude || (input.part && c.isTotal)) continue;
    if (input.siblingOf !== undefined && !siblingCodes(c.def.code, input.siblingOf)) continue;
    if (!fitsRate(c.def, input.rate, c.family)) continue;
    // "..., đạt 97,8%/KH" is no share: a structure figure not read as a share says so ("tỷ trọng", "cơ cấu", "chiếm").
    if (c.family === "percent" && c.def.group === "structure" && input.rate !== "share" && !shareWritten(input)) continue;
    // A change is only ever a catalog change ("..., tăng 319 tỷ đồng" is not the level of loans), and a level never one.
    if (c.change !== (input.delta === true)) continue;
    if (parts.size > 0 && !partsFit(parts, c, input.rate)) continue;
    // A growth of the production index ("chỉ số sản xuất ... tăng 25,3%; ngành khai khoáng tăng 16,8%") is not the
    // growth of a production value: a catalog name of a value needs "giá trị" written about the figure or before it
    // in its paragraph, heading or lead; and value added ("giá trị tăng thêm") is not a production value.
    if (c.value && !valueFits(c, (valueSaid ??= valueWording(input)))) continue;
    if (division.some((w) => !c.wordSet.has(w))) continue;
    if (contradicted(c, nearWords)) continue;
    // "..., tổng kinh phí thực hiện Đề án 294.800.000 đồng" is the scheme's total cost, not its "kinh phí khuyến công hỗ
    // trợ" because its title says "Hỗ trợ" and the heading "Khuyến công": a heading or lead names a topic, not a sibling.
    if (c.sibling.length > 0 && c.sibling.some((w) => !about().has(w))) continue;
    // "ngành công nghiệp chế biến, chế tạo ... chiếm trên 90% trong ngành công nghiệp" is no share of GRDP.
    if (c.acronyms.some((w) => !place.has(w) && !sentenceWords.includes(w))) continue;
    // "đang triển khai 05 dự án điện gió với tổng công suất 322MW" is no "Dự án Điện gió số 3" for want of its 3, nor is
    // an item under "Nhà máy 1,2,3 ...": the number is written about the figure itself.
    if (c.numbers.some((w) => !own2.has(w))) continue;
    const properHere = c.proper.length === 0 ? NONE : namedHere(c, clause(), clauseNames);
    let sum = 0;
    let contentSum = 0;
    let nearHits = 0;
    let contentNear = false;
    for (let k = 0; k < c.words.length; k++) {
      const w = c.words[k]!;
      const toned = c.toned[k];
      const found = properHere.has(w) ? NEAR : (place.get(w) ?? 0);
      const at = found > 0 && toned !== undefined && !toneAgrees(w, toned, written()) ? 0 : found;
      if (at === NEAR) nearHits++;
      sum += c.weights[k]! * at;
      if (!KIND_WORDS.has(w)) {
        contentSum += c.weights[k]! * at;
        if (at === NEAR) contentNear = true;
      }
    }
    // What is measured must be named: "khu vực công nghiệp và xây dựng tăng 2,95%" is not "Tốc độ tăng trưởng GRDP
    // ngành công nghiệp" for lack of GRDP, however well "tăng trưởng" matches; and "..., tương đương hơn 3 tỷ USD",
    // whose own words name nothing measured, is not matched from its clause alone.
    if (c.content.length > 0 && c.content.length < c.words.length && (contentSum / c.contentTotal < MIN_CONTENT || !contentNear)) continue;
    const score = sum / c.total;
    // How much of the figure's own name the catalog name accounts for: its words before the figure and those right
    // after it ("58 vụ vận chuyển, | kinh doanh thuốc lá điếu nhập lậu" is the cigarettes', not the goods' of the anchor).
    let tailHits = 0;
    for (const w of c.words) if (tailOnly.has(w)) tailHits++;
    const named = nearWords.size + tailOnly.size;
    // (A proper name of its clause counts as the figure's own: never more than all of them.)
    const used = named === 0 ? 0 : Math.min(1, (nearHits + tailHits) / named);
    const fit = score + used === 0 ? 0 : (2 * score * Math.max(used, 0.01)) / (score + Math.max(used, 0.01));
    const here: Scored = { c, score, fit, hits: sum };
    scored.push(here);
    // A name that fits the figure's words nearly as well and is found enough to be taken wins over one that never could
    // be ("ghi nhận 28 trường hợp vi phạm về hồ sơ pháp lý ... và đề xuất xử lý": the food safety violations, not the
    // fined cases for "xử lý").
    const taken = score >= CATALOG_MATCH;
    const bestTaken = best !== undefined && best.score >= CATALOG_MATCH;
    const better =
      !best ||
      (taken && !bestTaken && fit >= NEARLY * best.fit) ||
      (!taken && bestTaken && best.fit < NEARLY * fit) ||
      (taken === bestTaken && (fit > best.fit + 1e-9 || (Math.abs(fit - best.fit) <= 1e-9 && (score > best.score + 1e-9 || (Math.abs(score - best.score) <= 1e-9 && sum > best.hits)))));
    if (better) best = here;
  }
  if (!best) return undefined;
  // A part of an "X/Y" is the more specific name again when its other words are written anywhere about it ("Đã lắp đặt
  // được 79/79 turbine ..." above the list of "(5) Dự án điện gió ... (3/18 turbine, công suất 12,8/78MW)").
  const named = refined(best, scored, own2);
  const anchorWords = cachedWords(input.anchor ?? "");
  const elsewhere = cachedWords(input.heading ?? "");
  const anchorOnly = (w: string): boolean => anchorWords.has(w) && !own2.has(w) && !elsewhere.has(w) && !leadWords.has(w);
  const chosen = input.part ? refined(named, scored, about()) : anchorWords.size > 0 ? plainer(named, scored, anchorOnly, (w) => own2.has(w) || !place.has(w)) : named;
  return { def: chosen.c.def, score: Math.max(best.score, chosen.score) };
}

/**
 * "Tổ chức 05 Phiên chợ hàng Việt về nông thôn tại ..., mỗi phiên chợ qui mô 60 gian hàng, với 78 doanh nghiệp tham gia":
 * a thing the figure's clause takes up by its head noun after "các", "mỗi", "những" ("các phiên chợ") is the one its
 * sentence named in full before, and the words that complete the name there are said of the figure as its clause's are.
 */
function takenUp(sentence: readonly string[], clause: string): string[] {
  const out: string[] = [];
  if (sentence.length < 3) return out;
  for (const m of clause.matchAll(TAKEN_UP)) {
    const head = indicatorWords(m[1]!);
    if (head.length !== 2) continue;
    for (let i = 0; i + 2 < sentence.length; i++) if (sentence[i] === head[0] && sentence[i + 1] === head[1]) out.push(...sentence.slice(i + 2, i + 2 + NAME_REST));
  }
  return out;
}

const TAKEN_UP = /(?<!\p{L})(?:các|mỗi|những)\s+(\p{L}+\s+\p{L}+)/giu;
/** How many words after a head noun complete a thing's name ("phiên chợ | hàng Việt về nông thôn"). */
const NAME_REST = 6;

/** One set of the words of several lists. */
function wordSet(...lists: ReadonlyArray<Iterable<string>>): Set<string> {
  const out = new Set<string>();
  for (const list of lists) for (const w of list) out.add(w);
  return out;
}

/** Whether a candidate holds each part marker of the figure's words (a share of a part is the part's, see SHARE_OF_PART). */
function partsFit(parts: ReadonlySet<string>, c: Prepared, rate: MatchRate | undefined): boolean {
  for (const m of parts) if (!c.parts.has(m) && !(rate === "share" && SHARE_OF_PART.has(m))) return false;
  return true;
}

/**
 * The part of the words after a figure that goes on naming it ("58 vụ vận chuyển, | kinh doanh thuốc lá điếu nhập
 * lậu"): not what a link word opens ("51 dự án | với tổng vốn đầu tư ...") nor what follows a bracket ("(tổng dung
 * lượng 521.756kVA|), đảm bảo nguồn cung cấp điện phục vụ phát triển ...").
 */
function ownTail(tail: string): string {
  if (LINKED.test(tail)) return "";
  const bracket = tail.search(/[()]/);
  return bracket < 0 ? tail : tail.slice(0, bracket);
}

const LINKED = /^[\s,]*(?:với|cho|của|tại|trên|để|được|đã|đang|trong|từ|theo|so|là|có|thuộc|nhằm|gồm|thì|nhưng|hoặc|đến|sang|về|đảm bảo|góp phần)(?!\p{L})/iu;

/**
 * A rate of an industry division named by what it makes or extracts ("sản xuất trang phục tăng 23%", "ngành sản xuất
 * thiết bị điện", "như khai thác quặng kim loại"): the words after the last "sản xuất"/"khai thác" of its name, which a
 * catalog name must all hold to be that figure's (the production index and value of the whole industry are not a
 * division's). "sản xuất (toàn ngành) công nghiệp", "sản xuất kinh doanh" name the whole. (A level, "Sản xuất điện ước đạt 10.601
 * triệu kWh", is a product's output: not asked.)
 */
function divisionNamed(near: string): readonly string[] {
  const name = near.slice(0, near.search(/[\d%]|$/u));
  let words: string[] = [];
  DIVISION_HEAD.lastIndex = 0;
  for (let m = DIVISION_HEAD.exec(name); m !== null; m = DIVISION_HEAD.exec(name)) words = indicatorWords(m[1]!).filter((w) => !KIND_WORDS.has(w));
  return words;
}

const DIVISION_HEAD = /(?:^|\s)(?:sản xuất|khai thác)\s+(?!(?:(?:toàn\s+)?(?:(?:các\s+)?ngành\s+)?công nghiệp|kinh doanh|chung)(?!\p{L}))((?:(?!sản xuất|khai thác)[^\d%])+)/giu;

/**
 * Goods named after "xuất khẩu"/"nhập khẩu" ("Kim ngạch xuất khẩu thủy sản và phân bón", "giá trị xuất khẩu thủy sản",
 * "kim ngạch xuất khẩu gạo"): the trade in those goods, a part of the turnover; a catalog name must hold them to be the
 * figure's. Goods in general ("hàng hóa", "các loại") and the words that end the name (a verb, "của", a period) are not.
 */
function tradedGoods(near: string): readonly string[] {
  const name = near.slice(0, near.search(/[\d%(,;:]|$/u));
  const m = TRADE_HEAD.exec(name);
  if (!m) return [];
  const goods: string[] = [];
  for (const word of m[1]!.trim().split(/\s+/u)) {
    if (TRADE_NAME_END.test(word)) break;
    goods.push(word);
  }
  return indicatorWords(goods.join(" ")).filter((w) => !GENERAL_GOODS.has(w));
}

const TRADE_HEAD = /(?:^|\s)(?:xuất|nhập)\s+khẩu((?:\s+[\p{L}-]+)+)/iu;
/**
 * Words after which a name of traded goods does not go on (the figure's unit follows its name in `near`): among them the
 * verbs said of the trade ("Cơ cấu mặt hàng xuất khẩu chuyển dịch theo hướng tích cực").
 */
const TRADE_NAME_END =
  /^(?:ước|dự|đạt|tăng|giảm|là|của|trên|tại|chiếm|chuyển|năm|tháng|quý|so|với|trong|toàn|cả|chung|bằng|vượt|sang|đến|từ|thực|đã|có|mới|bình|trực|uy|theo|cùng|lũy|tính|nghìn|ngàn|triệu|tỷ|tỉ|usd|đồng|đô|-)$/iu;
const GENERAL_GOODS = new Set(["hang", "hoa", "loai", "cac", "chu", "luc", "yeu"]);


/** Whether the figure's clause words it as a share. */
function shareWritten(input: MatchInput): boolean {
  return SHARE_WORDS.test(input.near) || SHARE_WORDS.test(input.context ?? "");
}

const SHARE_WORDS = /t[ỷỉ]\s+tr[ọo]ng|c[ơo]\s+c[ấa]u|chi[ếe]m/iu;

/** What the words about a figure say of a value (see valueFits), each worked out when first asked, once per figure. */
interface ValueWording {
  valueAdded(): boolean;
  value(): boolean;
  indexNamed(): boolean;
  valueElsewhere(): boolean;
}

function valueWording(input: MatchInput): ValueWording {
  let about: string | undefined;
  const aboutText = (): string => (about ??= `${input.near} ${input.context ?? ""} ${input.tail ?? ""} ${input.sentence ?? ""}`);
  const once = (test: () => boolean): (() => boolean) => {
    let known: boolean | undefined;
    return () => (known ??= test());
  };
  return {
    valueAdded: once(() => VALUE_ADDED.test(aboutText())),
    value: once(() => VALUE.test(aboutText())),
    indexNamed: once(() => INDEX_NAMED.test(aboutText())),
    valueElsewhere: once(() => [input.heading ?? "", input.lead ?? "", input.anchor ?? ""].some((t) => VALUE.test(t)) || (input.valueNamed?.() ?? false)),
  };
}

function valueFits(c: Prepared, said: ValueWording): boolean {
  if (!c.wordSet.has("them") && said.valueAdded()) return false;
  if (said.value()) return true;
  // "Chỉ số sản xuất các ngành công nghiệp tăng trưởng khá, trong đó, ngành chế biến, chế tạo tăng gần 9%": the
  // sentence speaks of the index, whatever value the paragraph gave before it.
  if (said.indexNamed()) return false;
  return said.valueElsewhere();
}

/** An index named in so many words ("chỉ số sản xuất", "chỉ số IIP"). */
const INDEX_NAMED = /ch[iỉ]\s+s[oố]\s+(?:s[aả]n\s+xu[aấ]t|IIP)(?!\p{L})|(?<!\p{L})IIP(?!\p{L})/iu;

interface Scored {
  c: Prepared;
  score: number;
  fit: number;
  hits: number;
}

/**
 * A more specific catalog name wins over the one chosen when it holds all its words and the figure's own words name
 * all the rest: "Dự án điện gió V1-2: công suất" over "Công suất điện gió" in "(1) Dự án điện gió V1-2 ... (12/12
 * turbine, công suất 48MW)", "Đường dây hạ thế phát triển mới" over "Đường dây hạ thế" after "Phát triển ...". Words
 * only in the heading or the paragraph's lead do not count ("Lĩnh vực phát triển điện" is no new line).
 */
function refined(best: Scored, scored: Scored[], own: Set<string>): Scored {
  let chosen = best;
  for (let round = 0; round < 4; round++) {
    let next: Scored | undefined;
    for (const x of scored) {
      if (x.c.words.length <= chosen.c.words.length || !chosen.c.words.every((w) => x.c.wordSet.has(w))) continue;
      if (!x.c.words.every((w) => chosen.c.wordSet.has(w) || own.has(w))) continue;
      if (!next || x.score > next.score + 1e-9) next = x;
    }
    if (!next) break;
    chosen = next;
  }
  return chosen;
}

/**
 * The converse of refined for a footnote's item: a name some of whose words are found only in the text the footnote hangs
 * from ("cho vay đối với doanh nghiệp nhỏ và vừa" before the mark of a note "dư nợ cho vay toàn địa bàn ..., so với cuối
 * năm 2020 tăng 8.570 tỷ đồng") gives way to the plainer name it holds that needs none of them: the words before a mark
 * say what the note is about, not which of its figures is which.
 */
function plainer(chosen: Scored, scored: Scored[], anchorOnly: (w: string) => boolean, ownWord: (w: string) => boolean): Scored {
  if (!chosen.c.words.some(anchorOnly)) return chosen;
  let next: Scored | undefined;
  for (const x of scored) {
    // (Its words written about the figure, or nowhere: "so với cuối năm 2020" for the catalog's "cuối năm trước".)
    if (x.c.words.length >= chosen.c.words.length || !x.c.words.every((w) => chosen.c.wordSet.has(w) && ownWord(w))) continue;
    if (!next || x.c.words.length > next.c.words.length) next = x;
  }
  return next ?? chosen;
}

/**
 * An item of a breakdown ("... đã tuyển sinh và đào tạo được 15.178 học viên. Chia theo trình độ đào tạo: cao đẳng
 * 1.542, trung cấp 2.524") is the catalog's child of the figure it breaks down ("other.vocational-enrolment.college")
 * when all the words that tell that child from its parent ("trình độ cao đẳng") are written about it, one of them by
 * the item itself. The child whose name says most wins.
 */
export function childOf(parent: IndicatorDef, input: MatchInput, unit: UnitDef | undefined): IndicatorDef | undefined {
  const parentWords = new Set(indicatorWords(parent.vi));
  const own = new Set([...indicatorWords(input.near), ...indicatorWords(ownTail(input.tail ?? ""))]);
  const about = new Set([...own, ...indicatorWords(input.context ?? ""), ...indicatorWords(input.sentence ?? "")]);
  let best: IndicatorDef | undefined;
  let bestCount = 0;
  // (The children's prefix made once, not once for each of the catalog's names.)
  const prefix = `${parent.code}.`;
  for (const c of catalog()) {
    if (!c.def.code.startsWith(prefix) || c.def.code === input.exclude || (unit && c.family !== unit.family)) continue;
    const telling = c.words.filter((w) => !parentWords.has(w) && !KIND_WORDS.has(w));
    if (telling.length === 0 || !telling.every((w) => about.has(w)) || !telling.some((w) => own.has(w))) continue;
    if (telling.length > bestCount) [best, bestCount] = [c.def, telling.length];
  }
  return best;
}
