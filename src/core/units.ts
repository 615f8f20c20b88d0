/**
 * Unit registry. Documents write one quantity in units of different magnitude ("1,13 tỷ Kwh" in one
 * sentence, "540,8 triệu Kwh" in the next), so every unit belongs to a family with a factor to the
 * family's base unit; two figures can be compared only after conversion within one family.
 * Records keep the unit text as written; the id here is what code compares.
 */
import { memoByText } from "./memo";
import { UserError } from "./user-error";

export type UnitFamily =
  | "mass"
  | "volume"
  | "liquid"
  | "energy"
  | "power"
  | "apparent-power"
  | "sets"
  | "tablets"
  | "pieces-chiec"
  | "pieces-cai"
  | "pairs"
  | "area"
  | "length"
  | "vnd"
  | "usd"
  | "percent"
  | "percentage-points"
  | "households"
  | "people"
  | "enterprises"
  | "cooperatives"
  | "establishments"
  | "communes"
  | "products"
  | "projects"
  | "markets"
  | "stations"
  | "meters"
  | "clusters"
  | "shopping-centres"
  | "supermarkets"
  | "stores"
  | "machines"
  | "traders"
  | "depots"
  | "schemes"
  | "customers"
  | "cases"
  | "procedures"
  | "applications"
  | "turbines"
  | "tonne-km"
  | "passenger-km"
  | "count";

export interface UnitDef {
  id: string;
  /** Canonical Vietnamese spelling. */
  vi: string;
  en: string;
  family: UnitFamily;
  /** How many base units of the family one of this unit is (nghìn tấn = 1000 tấn). */
  factor: number;
  /** Other spellings met in documents, besides `vi` (compared after normalisation). */
  spellings?: string[];
}

const T = 1e3;
const M = 1e6;
const B = 1e9;

export const UNITS: readonly UnitDef[] = [
  // ("sản lượng thịt hơi ... 12,5 tạ", "xuất khẩu 850 kg": smaller masses farm and trade reports give.)
  { id: "kg", vi: "kg", en: "kg", family: "mass", factor: 1e-3 },
  { id: "ta", vi: "tạ", en: "quintals (100 kg)", family: "mass", factor: 0.1 },
  { id: "nghin-ta", vi: "nghìn tạ", en: "thousand quintals", family: "mass", factor: 100 },
  { id: "tan", vi: "tấn", en: "tonnes", family: "mass", factor: 1 },
  { id: "nghin-tan", vi: "nghìn tấn", en: "thousand tonnes", family: "mass", factor: T },
  { id: "trieu-tan", vi: "triệu tấn", en: "million tonnes", family: "mass", factor: M },
  { id: "m3", vi: "m3", en: "m³", family: "volume", factor: 1 },
  { id: "nghin-m3", vi: "nghìn m3", en: "thousand m³", family: "volume", factor: T },
  { id: "trieu-m3", vi: "triệu m3", en: "million m³", family: "volume", factor: M },
  { id: "lit", vi: "lít", en: "litres", family: "liquid", factor: 1 },
  { id: "nghin-lit", vi: "nghìn lít", en: "thousand litres", family: "liquid", factor: T },
  { id: "trieu-lit", vi: "triệu lít", en: "million litres", family: "liquid", factor: M },
  { id: "kwh", vi: "kWh", en: "kWh", family: "energy", factor: 1 },
  // ("1.250 GWh": a million kWh, as the power companies write it.)
  { id: "trieu-kwh", vi: "triệu kWh", en: "million kWh", family: "energy", factor: M, spellings: ["GWh"] },
  { id: "ty-kwh", vi: "tỷ kWh", en: "billion kWh", family: "energy", factor: B },
  { id: "kw", vi: "kW", en: "kW", family: "power", factor: 1 },
  { id: "kwp", vi: "kWp", en: "kWp", family: "power", factor: 1 },
  { id: "mw", vi: "MW", en: "MW", family: "power", factor: T },
  { id: "kva", vi: "kVA", en: "kVA", family: "apparent-power", factor: 1 },
  { id: "mva", vi: "MVA", en: "MVA", family: "apparent-power", factor: T },
  { id: "bo", vi: "bộ", en: "sets", family: "sets", factor: 1 },
  { id: "nghin-bo", vi: "nghìn bộ", en: "thousand sets", family: "sets", factor: T },
  { id: "trieu-bo", vi: "triệu bộ", en: "million sets", family: "sets", factor: M },
  { id: "vien", vi: "viên", en: "tablets", family: "tablets", factor: 1 },
  { id: "trieu-vien", vi: "triệu viên", en: "million tablets", family: "tablets", factor: M },
  { id: "ty-vien", vi: "tỷ viên", en: "billion tablets", family: "tablets", factor: B },
  { id: "chiec", vi: "chiếc", en: "pieces", family: "pieces-chiec", factor: 1 },
  { id: "nghin-chiec", vi: "nghìn chiếc", en: "thousand pieces", family: "pieces-chiec", factor: T },
  { id: "trieu-chiec", vi: "triệu chiếc", en: "million pieces", family: "pieces-chiec", factor: M },
  { id: "cai", vi: "cái", en: "pieces", family: "pieces-cai", factor: 1 },
  { id: "nghin-cai", vi: "nghìn cái", en: "thousand pieces", family: "pieces-cai", factor: T },
  { id: "trieu-cai", vi: "triệu cái", en: "million pieces", family: "pieces-cai", factor: M },
  { id: "doi", vi: "đôi", en: "pairs", family: "pairs", factor: 1 },
  { id: "nghin-doi", vi: "nghìn đôi", en: "thousand pairs", family: "pairs", factor: T },
  { id: "trieu-doi", vi: "triệu đôi", en: "million pairs", family: "pairs", factor: M },
  { id: "m2", vi: "m2", en: "m²", family: "area", factor: 1 },
  { id: "nghin-m2", vi: "nghìn m2", en: "thousand m²", family: "area", factor: T },
  { id: "trieu-m2", vi: "triệu m2", en: "million m²", family: "area", factor: M },
  { id: "ha", vi: "ha", en: "hectares", family: "area", factor: 1e4 },
  { id: "nghin-ha", vi: "nghìn ha", en: "thousand hectares", family: "area", factor: 1e7 },
  { id: "m", vi: "m", en: "metres", family: "length", factor: 1 },
  { id: "km", vi: "km", en: "km", family: "length", factor: T },
  // Transport work: "310,5 triệu tấn.km" (freight moved times distance), "845,2 triệu lượt khách.km" (passengers times
  // distance). Neither is a mass nor a count of passengers; each is a family of its own.
  { id: "tan-km", vi: "tấn.km", en: "tonne-km", family: "tonne-km", factor: 1 },
  { id: "nghin-tan-km", vi: "nghìn tấn.km", en: "thousand tonne-km", family: "tonne-km", factor: T },
  { id: "trieu-tan-km", vi: "triệu tấn.km", en: "million tonne-km", family: "tonne-km", factor: M },
  { id: "hk-km", vi: "HK.km", en: "passenger-km", family: "passenger-km", factor: 1, spellings: ["lượt khách.km", "hành khách.km", "lượt hành khách.km", "khách.km", "người.km", "lượt người.km"] },
  { id: "nghin-hk-km", vi: "nghìn HK.km", en: "thousand passenger-km", family: "passenger-km", factor: T, spellings: ["nghìn lượt khách.km", "nghìn hành khách.km", "nghìn lượt hành khách.km", "nghìn khách.km", "nghìn người.km", "nghìn lượt người.km"] },
  { id: "trieu-hk-km", vi: "triệu HK.km", en: "million passenger-km", family: "passenger-km", factor: M, spellings: ["triệu lượt khách.km", "triệu hành khách.km", "triệu lượt hành khách.km", "triệu khách.km", "triệu người.km", "triệu lượt người.km"] },
  // ("12.345 tỷ VNĐ", "tỷ VND", "50.000đ": the currency's code and sign as the press writes them.)
  { id: "dong", vi: "đồng", en: "VND", family: "vnd", factor: 1, spellings: ["VNĐ", "VND", "đ"] },
  { id: "trieu-dong", vi: "triệu đồng", en: "million VND", family: "vnd", factor: M, spellings: ["triệu VNĐ", "triệu VND", "triệu đ"] },
  { id: "ty-dong", vi: "tỷ đồng", en: "billion VND", family: "vnd", factor: B, spellings: ["tỷ VNĐ", "tỷ VND", "tỷ đ"] },
  // National releases (GSO) give retail sales and budget figures in "nghìn tỷ đồng", GDP in "triệu tỷ đồng".
  { id: "nghin-ty-dong", vi: "nghìn tỷ đồng", en: "trillion VND", family: "vnd", factor: T * B },
  { id: "trieu-ty-dong", vi: "triệu tỷ đồng", en: "quadrillion VND", family: "vnd", factor: M * B },
  // ("1,2 tỷ đô la Mỹ", "850 triệu đô": the dollar in words, as newspapers write it; never "đô" alone: "12 đô thị".)
  { id: "usd", vi: "USD", en: "USD", family: "usd", factor: 1, spellings: ["đô la Mỹ", "đô la"] },
  { id: "nghin-usd", vi: "nghìn USD", en: "thousand USD", family: "usd", factor: T, spellings: ["nghìn đô la Mỹ", "nghìn đô la", "nghìn đô"] },
  { id: "trieu-usd", vi: "triệu USD", en: "million USD", family: "usd", factor: M, spellings: ["triệu đô la Mỹ", "triệu đô la", "triệu đô"] },
  { id: "ty-usd", vi: "tỷ USD", en: "billion USD", family: "usd", factor: B, spellings: ["tỷ đô la Mỹ", "tỷ đô la", "tỷ đô"] },
  // ("7,7%/năm": an average yearly rate over a span of years, written so by reports; a percentage like any other.)
  { id: "percent", vi: "%", en: "%", family: "percent", factor: 1, spellings: ["%/năm"] },
  // "ngành công nghiệp đóng góp 5,43 điểm phần trăm" (into the growth of GRDP or IIP): a difference of two
  // percentages, never a percentage of anything, so a family of its own.
  { id: "diem-phan-tram", vi: "điểm phần trăm", en: "percentage points", family: "percentage-points", factor: 1, spellings: ["điểm %"] },
  { id: "ho", vi: "hộ", en: "households", family: "households", factor: 1, spellings: ["hộ dân"] },
  { id: "nguoi", vi: "người", en: "people", family: "people", factor: 1, spellings: ["lao động", "học viên", "lượt người"] },
  { id: "doanh-nghiep", vi: "doanh nghiệp", en: "enterprises", family: "enterprises", factor: 1 },
  { id: "htx", vi: "HTX", en: "cooperatives", family: "cooperatives", factor: 1, spellings: ["hợp tác xã"] },
  { id: "co-so", vi: "cơ sở", en: "establishments", family: "establishments", factor: 1, spellings: ["cơ sở/doanh nghiệp"] },
  { id: "xa", vi: "xã", en: "communes", family: "communes", factor: 1 },
  { id: "san-pham", vi: "sản phẩm", en: "products", family: "products", factor: 1 },
  { id: "du-an", vi: "dự án", en: "projects", family: "projects", factor: 1 },
  { id: "cho", vi: "chợ", en: "markets", family: "markets", factor: 1 },
  { id: "tram", vi: "trạm", en: "substations", family: "stations", factor: 1, spellings: ["trạm biến áp", "trạm biến thế"] },
  { id: "cong-to", vi: "công tơ", en: "meters", family: "meters", factor: 1 },
  { id: "cum-cn", vi: "cụm công nghiệp", en: "industrial clusters", family: "clusters", factor: 1, spellings: ["CCN"] },
  { id: "tttm", vi: "trung tâm thương mại", en: "shopping centres", family: "shopping-centres", factor: 1 },
  { id: "sieu-thi", vi: "siêu thị", en: "supermarkets", family: "supermarkets", factor: 1 },
  { id: "cua-hang", vi: "cửa hàng", en: "stores", family: "stores", factor: 1 },
  { id: "may", vi: "máy", en: "machines", family: "machines", factor: 1 },
  { id: "thuong-nhan", vi: "thương nhân", en: "traders", family: "traders", factor: 1 },
  { id: "kho", vi: "kho", en: "depots", family: "depots", factor: 1 },
  { id: "de-an", vi: "đề án", en: "schemes", family: "schemes", factor: 1 },
  { id: "khach-hang", vi: "khách hàng", en: "customers", family: "customers", factor: 1 },
  { id: "vu", vi: "vụ", en: "cases", family: "cases", factor: 1, spellings: ["trường hợp"] },
  { id: "thu-tuc", vi: "thủ tục", en: "procedures", family: "procedures", factor: 1, spellings: ["TTHC"] },
  { id: "ho-so", vi: "hồ sơ", en: "applications", family: "applications", factor: 1 },
  { id: "turbine", vi: "turbine", en: "turbines", family: "turbines", factor: 1 },
  { id: "so-luong", vi: "số lượng", en: "count", family: "count", factor: 1 },
];

const BY_ID = new Map(UNITS.map((u) => [u.id, u]));

/**
 * Lower case, NFC, one space, superscripts and "1000"/"ngàn" folded so that "Triệu Kwh", "triệu kWh",
 * "1000 m³" and "nghìn m3" meet.
 */
export function normaliseUnitText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/<\/?sup>/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .toLowerCase()
    .replace(/³/g, "3")
    .replace(/²/g, "2")
    .replace(/^(1\.?000|ngàn)\s*/, "nghìn ")
    // "8.056,2 tỉ đồng": the older spelling of tỷ.
    .replace(/(^|\s)tỉ(?=\s|$)/u, "$1tỷ");
}

const BY_TEXT = new Map<string, UnitDef>();
for (const u of UNITS) {
  for (const s of [u.vi, ...(u.spellings ?? [])]) BY_TEXT.set(normaliseUnitText(s), u);
}

export function unitById(id: string): UnitDef | undefined {
  return BY_ID.get(id);
}

/**
 * The unit a document's spelling means, or undefined when the registry does not know it. Remembered: the extractor
 * asks for the one to four words after every number of a report, and those repeat ("tỷ đồng", "%, tăng"); normalising
 * each again cost a few per cent of its time.
 */
export const resolveUnit: (text: string) => UnitDef | undefined = memoByText((text) => BY_TEXT.get(normaliseUnitText(text)), 5000);

/** Like resolveUnit but a clear error for the planner when the spelling is unknown. */
export function requireUnit(text: string): UnitDef {
  const u = resolveUnit(text);
  if (!u) {
    throw new UserError("unknown-unit", {
      vi: `Không nhận ra đơn vị tính "${text}".`,
      en: `Unknown unit "${text}".`,
    });
  }
  return u;
}

export function sameFamily(a: string, b: string): boolean {
  const ua = BY_ID.get(a);
  const ub = BY_ID.get(b);
  return ua !== undefined && ub !== undefined && ua.family === ub.family;
}

/** Converts a value between two units of one family: convert(1.13, "ty-kwh", "trieu-kwh") = 1130. */
export function convert(value: number, fromId: string, toId: string): number {
  // A unit outside the registry (a record keeps "triệu bao" as written) converts only to itself.
  if (fromId === toId) return value;
  const from = BY_ID.get(fromId);
  const to = BY_ID.get(toId);
  if (!from || !to) {
    throw new UserError("unknown-unit", {
      vi: `Không có đơn vị "${from ? toId : fromId}" trong danh mục đơn vị tính.`,
      en: `No unit "${from ? toId : fromId}" in the unit registry.`,
    });
  }
  if (from.family !== to.family) {
    throw new UserError("unit-family-mismatch", {
      vi: `Không thể quy đổi "${from.vi}" sang "${to.vi}": khác loại đơn vị.`,
      en: `Cannot convert "${from.en}" to "${to.en}": different kinds of unit.`,
    });
  }
  if (from.factor === to.factor) return value;
  // Divide by the ratio computed in the larger direction to keep 1.13 tỷ -> 1130 triệu exact in doubles.
  return from.factor > to.factor ? value * (from.factor / to.factor) : value / (to.factor / from.factor);
}
