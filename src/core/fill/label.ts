/**
 * A form's row label as matching sees it: folded words (any case, with or without diacritics),
 * planners' abbreviations spelled out (GTSX, SXCN, IIP, KNXK, TMBL, DN, HTX ...), the price basis
 * it names ("giá SS 2010", "giá hiện hành") and the unit written inside it ("(tỷ đồng)",
 * "ĐVT: tấn") taken out, parenthesised notes kept apart so they neither help nor hurt a match.
 */
import type { PriceBasis } from "../dataset/types";
import { fold } from "../detect/fold";
import { normaliseUnitText, resolveUnit, UNITS, type UnitDef } from "../units";

/** Folded whole-word abbreviations and what they stand for (folded). */
const ABBREVIATIONS: [string, string][] = [
  ["gtsx", "gia tri san xuat"],
  ["gtsxcn", "gia tri san xuat cong nghiep"],
  ["sxcn", "san xuat cong nghiep"],
  ["iip", "chiso san xuat cong nghiep"],
  ["knxk", "kim ngach xuat khau"],
  ["knnk", "kim ngach nhap khau"],
  ["kn", "kim ngach"],
  ["xk", "xuat khau"],
  ["nk", "nhap khau"],
  ["tmbl", "tong muc ban le"],
  ["hh", "hang hoa"],
  ["dv", "dich vu"],
  ["dvtd", "dich vu tieu dung"],
  ["dt", "doanh thu"],
  ["ttcn", "tieu thu cong nghiep"],
  ["gcn", "giay chung nhan"],
  ["cn", "cong nghiep"],
  ["sx", "san xuat"],
  ["dn", "doanh nghiep"],
  ["dnnvv", "doanh nghiep nho va vua"],
  ["htx", "hop tac xa"],
  ["ccn", "cum cong nghiep"],
  ["kcn", "khu cong nghiep"],
  ["kkt", "khu kinh te"],
  ["tba", "tram bien ap"],
  ["tthc", "thu tuc hanh chinh"],
  ["nsnn", "ngan sach nha nuoc"],
  ["tttm", "trung tam thuong mai"],
  ["cnnt", "cong nghiep nong thon"],
  ["tmdt", "thuong mai dien tu"],
  ["dmt", "dien mat troi"],
  ["ntm", "nong thon moi"],
  ["cb", "che bien"],
  ["ct", "che tao"],
];

/**
 * Phrases that mean one thing however a planner words them, reduced to one token so that word
 * counting does not split them: "tốc độ tăng trưởng" / "tăng trưởng" / "tốc độ tăng" are all the
 * growth of a figure; "phát triển mới" / "xây dựng mới" / "tăng thêm" are the additions of the period.
 */
const PHRASES: [RegExp, string][] = [
  [/\b(toc do tang truong|toc do tang|tang truong|muc tang)\b/g, " tang "],
  [/\b(phat trien moi|xay dung moi|lap dat moi|lap moi|dau tu moi|thanh lap moi|tang them|tang moi)\b/g, " moi "],
  [/\bco cau\b/g, " ty "],
  [/\bvon dau tu nuoc ngoai\b|\bnuoc ngoai\b/g, " fdi "],
  [/\btrong nuoc\b/g, " noidia "],
  [/\bchi so\b/g, " chiso "],
  [/\bti (le|trong)\b/g, " ty $1 "],
  [/\bthuy hai san\b/g, " thuy san "],
  [/\bdoanh thu dich vu tieu dung\b/g, " dich vu "],
  [/\bdich vu tieu dung\b/g, " dich vu "],
  [/\b(so luong|so)\b/g, " "],
  [/\bkwh\b/g, " kwh "],
];

/** Words that say nothing about which indicator a row is. */
const STOPWORDS = new Set([
  "va", "cac", "cua", "trong", "cho", "voi", "uoc", "nam", "la", "co", "duoc", "tong", "loai", "mot", "do",
  "tren", "dia", "ban", "tinh", "toan", "nay", "da", "cac", "nhung", "chung", "gom", "bao", "tai", "theo", "cong", "dong",
]);
// "cong" and "dong" are too common in folded text ("công nghiệp" vs "cộng"; "đồng" the currency) to carry weight alone;
// "cong nghiep" keeps its meaning through "nghiep".

export interface RowLabel {
  /** The label as written. */
  text: string;
  /** Content words, abbreviations expanded, without parenthesised notes, basis or unit. */
  words: string[];
  /** Words of parenthesised notes ("(khu vực II)", "(IIP)"), expanded the same way. */
  noteWords: string[];
  /** Price basis the label names, null when it names none. */
  basis: PriceBasis | null;
  /** Unit written inside the label ("Điện sản xuất (triệu kWh)"). */
  unitText: string | null;
  /** Sub-row mark: "- ", "+ ", "a)", "Trong đó:". */
  sub: boolean;
  /** Section mark at the start: "I.", "A.", "II-". */
  roman: boolean;
}

const BASIS_PATTERNS: [RegExp, PriceBasis][] = [
  [/\bgia (?:ss|so sanh|co dinh)(?: nam)? ?2010\b|\bgia 2010\b|\bgia ss\b|\bgia so sanh\b|\bgia co dinh\b/, "comparable-2010"],
  [/\bgia (?:hien hanh|hh|thuc te|tt)\b/, "current"],
];

/** The price basis named in a (folded) text, with the text where it was found removed. */
export function basisIn(folded: string): { basis: PriceBasis | null; rest: string } {
  for (const [re, basis] of BASIS_PATTERNS) {
    const m = re.exec(folded);
    if (m) return { basis, rest: (folded.slice(0, m.index) + " " + folded.slice(m.index + m[0].length)).replace(/\(\s*[,;]?\s*\)/g, " ") };
  }
  return { basis: null, rest: folded };
}

/** Splits folded text into content words: abbreviations expanded, phrases reduced, stop words dropped. */
export function contentWords(folded: string): string[] {
  let t = ` ${folded.replace(/[^a-z0-9%]+/g, " ")} `;
  for (const [abbr, full] of ABBREVIATIONS) t = t.replace(new RegExp(`(?<=\\s)${abbr}(?=\\s)`, "g"), full);
  for (const [re, to] of PHRASES) t = t.replace(re, to);
  return [...new Set(t.split(/\s+/).filter((w) => w.length > 0 && !STOPWORDS.has(w) && !/^\d{4}$/.test(w)))];
}

/** "Tr. kWh", "Tr.USD", "1000 tấn", "Ng. đồng": the spellings of forms, before the unit registry reads them. */
export function readUnit(text: string | null | undefined): UnitDef | undefined {
  if (!text) return undefined;
  const t = text
    .normalize("NFC")
    .replace(/^\s*(?:đvt|đơn vị tính|đơn vị)\s*[:.]\s*/i, "")
    .replace(/^\s*tr(?:\.\s*|\s+)/i, "triệu ")
    .replace(/^\s*ng(?:\.\s*|\s+)/i, "nghìn ")
    .replace(/^\s*ngàn\s+/i, "nghìn ")
    .replace(/\s+/g, " ")
    .trim();
  return resolveUnit(t) ?? resolveUnit(t.replace(/\.$/, "")) ?? LOCAL_UNITS.get(fold(t).replace(/\.$/, ""));
}

/** Unit words of forms the registry spells otherwise. */
const LOCAL_UNITS = new Map<string, UnitDef>([
  // Written without diacritics: "trieu kWh", "tan".
  ...UNITS.flatMap((u) => [u.vi, ...(u.spellings ?? [])].map((s) => [fold(normaliseUnitText(s)), u] as [string, UnitDef])),
  // English headers of the same forms: "tonnes", "million kWh", "billion VND".
  ...UNITS.filter((u) => !["pieces-chiec", "pieces-cai"].includes(u.family)).map((u) => [fold(u.en), u] as [string, UnitDef]),
  ...([
    ["dn", "doanh nghiệp"],
    ["lao dong", "người"],
    ["nguoi", "người"],
    ["ho", "hộ"],
    ["tram", "trạm"],
    ["cong to", "công tơ"],
    ["tttm", "trung tâm thương mại"],
    ["cum", "cụm công nghiệp"],
    // A growth row of a multi-year plan: "Tốc độ tăng bình quân ... %/năm".
    ["%/nam", "%"],
  ] as const).flatMap(([k, v]) => {
    const u = resolveUnit(v);
    return u ? [[k, u] as [string, UnitDef]] : [];
  }),
]);

const SUB_MARK = /^\s*(?:[-–+*•·]|[a-zđ]\)|trong do\b:?)/;
const ROMAN_MARK = /^\s*(?:[IVX]+|[A-D])\s*[.)/-]\s*\S/;

export function readLabel(text: string): RowLabel {
  let raw = text.normalize("NFC").replace(/[\r\n\t\u00a0]+/g, " ").replace(/\s{2,}/g, " ").trim();
  const sub = SUB_MARK.test(fold(raw));
  const roman = ROMAN_MARK.test(raw);
  let unitText: string | null = null;
  // "ĐVT: tấn" / "(ĐVT: tấn)" / ", đơn vị tính: tấn" at the end.
  const dvt = /[(,;–-]?\s*(?:đvt|đơn vị tính|dvt|don vi tinh)\s*[:.]?\s*([^()]+?)\s*\)?\s*$/iu.exec(raw);
  if (dvt) {
    unitText = dvt[1]!.trim();
    raw = raw.slice(0, dvt.index).trim();
  }
  const notes: string[] = [];
  let rest = raw.replace(/\(([^()]*)\)/g, (_m, inner: string) => {
    if (basisIn(fold(inner)).basis) return ` ${inner} `;
    const asUnit = readUnit(inner);
    if (asUnit && unitText === null) unitText = inner.trim();
    else if (!asUnit) notes.push(inner);
    return " ";
  });
  // "Điện sản xuất - triệu kWh": a unit after a dash at the end.
  const dash = /\s[-–]\s*([^-–]+)$/.exec(rest);
  if (dash && unitText === null && readUnit(dash[1]!)) {
    unitText = dash[1]!.trim();
    rest = rest.slice(0, dash.index);
  }
  let folded = fold(rest).replace(/^\s*(?:[ivxlc]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)/]\s+/, " ").replace(/^\s*[-–+*•·]\s*/, " ").replace(/^\s*trong do\s*:?\s*/, " ");
  const b = basisIn(folded);
  folded = b.rest;
  return { text: text.trim(), words: contentWords(folded), noteWords: contentWords(fold(notes.join(" "))), basis: b.basis, unitText, sub, roman };
}
