/**
 * The words that name an indicator: the subject before a figure cut to "the shortest phrase of the text that names
 * it" (lead-ins, clause verbs and period words dropped), the paragraph's lead, and the words right after a figure.
 */
import { memoByText } from "../memo";
import { periodsStarting, type PeriodMention } from "./periods";

/** The paragraph's lead: "Về tổng mức bán lẻ hàng hóa và dịch vụ" in "- Về tổng mức bán lẻ ...: Ước đạt ...". */
export function blockLead(text: string): string {
  const colon = text.indexOf(":");
  if (colon < 0 || colon > 120) return "";
  return stripName(text.slice(0, colon));
}

/**
 * Leading and trailing words that are not part of an indicator's name ("Đáng chú ý, ngành ...", "lĩnh vực công nghiệp
 * chế biến" is the sector, "ngành khai khoáng có chỉ số giảm" the industry). A figure's lower bound ("diện tích nuôi tôm
 * đạt từ 120 ngàn ha trở lên") and the "qua" left of a period ("khu vực FDI trong 10 tháng qua cũng đạt") end no name.
 */
const LEADING_NOISE =
  /^(?:\(\p{Lu}[\p{Lu}\d]{1,15}\)\s*|[\s,.;:()\-+*–•“”"…]+|\(?\d{1,2}\)\s*|(?:và|trong đó|riêng|cụ thể|như vậy|chi tiết|giúp(?: tạo| đưa)?|tương đương|sang|của|về|chỉ tiêu|đến nay|hiện nay|trong|với|còn|là|có|như|gồm|bao gồm|đối với|phân theo ngành kinh tế|kết quả(?: chung)?|nhìn chung|theo đó|ngoài ra|đồng thời|tuy nhiên|nâng tổng số(?: toàn tỉnh)?|toàn tỉnh|tính theo|sẽ|phấn đấu(?: đưa| thực hiện)?|tính chung|xét theo [\p{L} ]{1,30},|theo số liệu [\p{L} ]{1,40},|lũy kế|cộng dồn|(?:cùng với|bên cạnh) đó|đó,|(?:dự )?ước(?: tính)?|dự kiến|(?:tỉnh|thành phố|địa phương) này|tương tự|đáng chú ý|lĩnh vực(?=\s+\p{L})|qua(?=\s*,))(?![\p{L}])\s*)/iu;
const TRAILING_NOISE =
  /(?:[\s,.;:()\-+*–•…]+|(?<![\p{L}])(?:ước đạt|ước tính|ước thực hiện|dự ước(?: (?:tăng|giảm|đạt|tính|thực hiện))?|thực hiện|ước|đạt|là|có|được|khoảng|đạt từ|qua|trên|gần|hơn|cho|với|tăng|giảm|bằng|chiếm|lên|tổng|hiện có|phấn đấu|đạt trên|mức|tăng trưởng|dự ước tăng trưởng|(?:đạt|có) tốc độ|chiếm(?: tỷ trọng| tỷ lệ| cơ cấu)?(?: (?:cao|lớn|nhiều) nhất)?|tương đương|ước vượt|vượt|tăng gấp|gấp|của (?:toàn )?tỉnh|tiếp tục|cũng|ước tăng|tăng nhẹ|giảm nhẹ|tăng cao|tăng mạnh|giảm mạnh|giảm ít|ước tính|theo giá (?:so sánh|hiện hành|thực tế)(?: năm)?(?: 2010)?|trên (?:địa bàn(?: tỉnh)?|thị trường)|tính chung|thặng dư|thâm hụt|đã|đón|thu hút|(?:tăng|giảm) bình quân|(?<!cuối )cùng|cần(?: phải)?|phải|xấp xỉ|ít nhất|tối thiểu|(?:của )?cả nước|tương ứng|h[aằ]ng năm|so (?:với )?(?:cùng kỳ(?: năm (?:trước|(?:19|20)\d\d))?|(?:tháng|quý|năm) trước))\s*|(?<=\p{L}\s)(?:có )?chỉ số\s*)$/iu;

/**
 * A name without its leading and trailing noise, remembered for the paragraph being read: each naming step (the
 * subject, the shortest name, the name without periods) cuts the same pieces of the paragraph again, and a cut is a
 * dozen passes of two patterns. Emptied at each paragraph (forgetNames).
 */
const strippedNames = memoByText(strip, 20_000);

export function stripName(raw: string): string {
  return strippedNames(raw);
}

/** A new paragraph: no piece of the last one is cut again. */
export function forgetNames(): void {
  strippedNames.forget();
}

function strip(raw: string): string {
  let s = raw;
  for (let i = 0; i < 12; i++) {
    const before = s;
    // (Cut with exec and slice, not replace: a piece with no noise, most of them, is then kept as it is, with no new
    // string built and compared.)
    const leading = LEADING_NOISE.exec(s);
    if (leading) s = s.slice(leading[0].length);
    // The trailing words are looked for in the last 48 characters only: an unanchored pattern ending in "$" is tried
    // from every position it is given, and one noise item is never longer ("theo giá hiện hành năm 2010" is 27); the
    // loop takes the next one off. (Its match runs to the end: what is kept is what comes before it.)
    const tail = Math.max(0, s.length - 48);
    const trailing = TRAILING_NOISE.exec(s.slice(tail));
    if (trailing) s = s.slice(0, tail + trailing.index);
    if (s === before) break;
  }
  s = s.trim();
  // "tăng trưởng kinh tế (GRDP)": a bracket the name opened keeps its closing one.
  return /\([^()]*$/u.test(s) && raw.includes(`${s})`) ? `${s})` : s;
}

/**
 * Words that end a lead-in and start the indicator's name: "Kinh doanh thương mại sôi động trở lại với | tổng mức
 * bán lẻ hàng hóa", "Một số sản phẩm tăng trưởng mạnh như | tôm đông lạnh", "tiếp đến là | khu vực NLTS", "Nguyên nhân
 * ... là do | khu vực công nghiệp có vốn đầu tư nước ngoài", "nỗ lực đạt và vượt mục tiêu | tăng trưởng (GRDP) 7,5%", "Năm 2023,
 * tỉnh phấn đấu | tốc độ tăng trưởng GRDP đạt 7,5%" (the target's own subject is who strives, not what is measured).
 */
const NAME_CUE = /(?:^|\s)(?:(?<!so\s)với|như(?!\s+vậy)|gồm|là do|(?:vượt|đạt|đặt) mục tiêu|trong đó(?: có)?|đặc biệt(?: là)?|cho biết|(?:tiếp đến|kế đến|tiếp theo|kế tiếp|tiếp đó|sau đó|nổi bật|đứng đầu|dẫn đầu) là|nhất là|riêng|khi|công bố|kéo theo|góp phần(?: đưa| làm)?|phấn đấu(?: đưa| thực hiện)?|nhưng|(?:qua|từ) đó(?: đưa| nâng)?|chủ yếu là|(?:tăng trưởng|tăng|giảm)\s+(?:mạnh|cao|khá|nhiều)(?:\s+nhất)?\s+là)\s+/giu;

/**
 * A piece before a comma that is a lead-in, not part of the name: a source, a breakdown, a setting, a clause with its verb
 * (not the noun of "Tốc độ tăng trưởng khu vực công nghiệp, xây dựng", whose comma is inside the sector's name).
 */
const LEAD_IN = /(?:^|\s)(?:theo|nếu|khoảng thời gian|năm ngoái|tương tự|chia theo|phân theo|xét theo|tính chung|tính cả|tính đến|tính theo|cơ cấu|báo cáo|cho biết|chi tiết|của (?:toàn )?tỉnh|thông báo|công bố|ngoài|về|đối với|sau|trong khi|dịch covid(?:-19)?|dịch bệnh|nền kinh tế|so với|hiện nay|đến nay|đã|được|đạt|(?<!tốc độ\s)tăng|giảm|là|có|dự ước|ước tính|dự kiến|đến (?:hết|cuối))(?:\s|$)/iu;

/**
 * The shortest phrase that names the indicator. After a cue word, the words that follow it; a comma ends a lead-in
 * ("Chia theo loại hình kinh tế, | khu vực kinh tế Nhà nước") unless the words before it are one short piece of an
 * enumeration inside the name ("khu vực nông, lâm nghiệp, thủy sản", "ngành chế biến, chế tạo").
 */
function shortestName(name: string): string {
  // "nếu tính cả 10 tháng đầu năm thì kim ngạch xuất khẩu ...": a condition is no subject; the name follows its "thì".
  const condition = name.includes("nếu") ? CONDITION.exec(name) : null;
  let out = condition && stripName(name.slice(condition.index + condition[0].length)).length > 0 ? name.slice(condition.index + condition[0].length) : name;
  // "khu vực dịch vụ duy trì tăng trưởng dương nhưng không cao", "Ngành công nghiệp chế biến, chế tạo tiếp tục là động
  // lực tăng trưởng khi": the subject ends where its predicate starts.
  // ("Tiếp tục theo dõi tiến độ 05 dự án": a predicate with no subject before it is the clause's own verb.)
  const predicate = predicateIn(out);
  const subject = predicate ? stripName(out.slice(0, predicate.index)) : out;
  if (predicate && subject.length > 0) out = out.slice(0, predicate.index);
  // "sang quý II tiếp tục giảm nhiều hơn (-13,01%)", "mức doanh thu 2.804 tỷ đồng": a predicate with no subject, or the
  // measure of the subject before ("mức ..."), names nothing new: the figure is the indicator's named before it.
  else if (predicate || POINTER.test(stripName(out))) return "";
  // "châu Á thị trường xuất khẩu chính của tỉnh": an apposition after the name says what it is, it is not the name.
  const bare = stripName(out);
  const apposition = APPOSITION.exec(bare);
  if (apposition && stripName(bare.slice(0, apposition.index)).length > 0) out = bare.slice(0, apposition.index);
  // The last cue followed by a name ("chiếm cơ cấu lớn nhất với trên": a cue followed by no name is no cue).
  let cut = -1;
  NAME_CUE.lastIndex = 0;
  for (let m = NAME_CUE.exec(out); m !== null; m = NAME_CUE.exec(out)) if (stripName(out.slice(m.index + m[0].length)).length > 0) cut = m.index + m[0].length;
  if (cut > 0) out = out.slice(cut);
  out = afterSource(out);
  const pieces = out.split(/\s*,\s*/u);
  for (let i = pieces.length - 1; i >= 1; i--) {
    const before = pieces[i - 1]!.trim();
    const rest = pieces.slice(i).join(", ");
    // ("Đối với ngành rượu – bia – nước giải khát, tháng 11 năm 2015, sản lượng bia": a period alone between commas
    // closes a lead-in.)
    if ((LEAD_IN.test(before) || SETTING.test(before) || before === "") && rest.trim().split(/\s+/u).length >= 2) {
      // "Nếu loại trừ yếu tố giá, kim ngạch hàng hóa xuất khẩu tăng 14,4%": the figure net of prices is another indicator.
      return DEFLATION.test(before) ? deflatedName(cutName(rest)) : cutName(rest);
    }
  }
  return cutName(out);
}

// ("nếu loại trừ yếu tố giá thì con số này tăng 5%" is the deflated figure of what was named before: see referenceOf.)
const CONDITION = /(?:^|[\s,])nếu\s(?!loại trừ)[^,.;]*?\sthì\s+/iu;
const DEFLATION = /^(?:nếu\s+)?loại trừ yếu tố giá$/iu;

/**
 * The name of a figure net of price changes (the catalog has none): its indicator's, said to be so once. Every deflated
 * figure is named so, whether the condition comes first ("Nếu loại trừ yếu tố giá, X tăng ...") or points back to the
 * figure before ("nếu loại trừ yếu tố giá thì con số này tăng 5%", see open-statement's referenceOf).
 */
export function deflatedName(name: string): string {
  return DEFLATED_NAME.test(name) ? name : `${name} loại trừ yếu tố giá`;
}

const DEFLATED_NAME = /loại trừ yếu tố giá/iu;

/** The name in `words` once a lead-in is cut off: without its noise, price basis, place and the measure of an owner. */
function cutName(words: string): string {
  return ownerOf(withoutPlace(stripName(words.includes("giá") ? words.replace(PRICE_BASIS, " ") : words)));
}

/**
 * "tổng sản phẩm (theo giá so sánh năm 2010) trên địa bàn", "(GRDP) theo (giá so sánh 2010)": a bracketed price basis is
 * how the figure is valued, not what it measures (one written plainly at the end is trailing noise, see TRAILING_NOISE).
 */
const PRICE_BASIS = /\s*(?:\(\s*theo\s+giá|theo\s*\(\s*giá)\s+(?:so sánh|hiện hành|thực tế|cố định)[^()]*\)/giu;

/**
 * "Theo số liệu sơ bộ của Tổng cục Hải quan tổng kim ngạch xuất nhập khẩu hàng hóa": a source written without a comma
 * before the name; the name starts at the first head of a measure after it.
 */
function afterSource(name: string): string {
  if (!SOURCE.test(name)) return name;
  MEASURE_HEAD.lastIndex = 0;
  const head = MEASURE_HEAD.exec(name);
  return head ? name.slice(head.index).trimStart() : name;
}

const SOURCE = /^[\s\-–•]*theo\s+(?:số liệu|báo cáo|thống kê|thông tin|công bố|đánh giá|ước tính)(?![\p{L}])/iu;
const MEASURE_HEAD =
  /\s(?:tổng kim ngạch|kim ngạch|tổng mức|tổng doanh thu|doanh thu|tổng giá trị|giá trị|chỉ số|sản lượng|tổng sản phẩm|tốc độ|tỷ lệ|tỷ trọng|tổng vốn|vốn đầu tư|lượng khách|tổng thu|thu ngân sách|GRDP|GDP|IIP|CPI)(?![\p{L}])/giu;

/**
 * A place's own name: "Thanh Hóa", "TP. HCM", "Bà Rịa - Vũng Tàu", "thành phố biển Sầm Sơn" (capitalised words, after a
 * kind of place).
 */
const PLACE = String.raw`(?:(?:thành phố|tỉnh|huyện|thị xã|quận|xã|phường|thị trấn)(?:\s+\p{Ll}+){0,2}\s+)?(?:(?:TP|Tp|TX|Q)\.\s*)?\p{Lu}[\p{L}-]*(?:\s+(?:-\s+)?\p{Lu}[\p{L}-]*)*`;
const PLACE_ONLY = new RegExp(`^${PLACE}$`, "u");
const PLACE_AFTER = new RegExp(`\\s+(?:(?:của|đến|tại|ở|trên địa bàn)\\s+${PLACE}|(?:tỉnh|thành phố)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:-\\s+)?\\p{Lu}[\\p{L}-]*)*)$`, "u");

/**
 * "tổng khách du lịch đến Hà Nội", "Tổng doanh thu du lịch của TP. HCM", "Tổng thu ngân sách nhà nước trên địa bàn
 * Quảng Trị", "tổng sản phẩm trên địa bàn (GRDP) tỉnh Quảng Trị": the place a figure is of is not the indicator's name
 * (the province is the record's own field); "Tốc độ tăng tổng sản phẩm ...": the growth of what it names is a rate of it.
 */
function withoutPlace(name: string): string {
  // ("... lần lượt là thành phố Hồ Chí Minh": an item of a list of places is the place itself, see placeNamed.)
  const m = LISTED_PLACE.test(name) ? null : PLACE_AFTER.exec(name);
  // (The marks left before the place go with it: "TCDN - , tỉnh Quảng Ninh" names nothing but "TCDN".)
  const own = m && m.index > 0 ? name.slice(0, m.index).replace(/[\s,;:\-–]+$/u, "") : name;
  const rate = GROWTH_OF.exec(own);
  return rate ? own.slice(rate[0].length) : own;
}

/**
 * "Tốc độ tăng tổng sản phẩm ...", "Tốc độ tăng trưởng khu vực dịch vụ": the growth of what follows, said of it (a
 * sector's growth is named by the sector). ("Tốc độ tăng trưởng kinh tế", "tốc độ tăng trưởng GRDP" are the names of
 * growth indicators, kept whole; "tốc độ tăng bình quân" names no thing.)
 */
const GROWTH_OF = /^tốc độ tăng(?:\s+trưởng(?:\s+của)?(?=\s+(?:khu vực|ngành|lĩnh vực)\s))?\s+(?!(?:trưởng|bình quân|chung|của|đạt|là)(?![\p{L}]))(?=\S+\s+\S)/iu;

/**
 * "Thanh Hóa ước đón khoảng hơn 8,3 triệu lượt khách du lịch": a subject that is only a place names where the figure
 * is, not what it measures (the words after the figure do). One capitalised word alone ("Thép") is not taken for a place;
 * one after the abbreviation of a kind of place ("TP. HCM", "TP.HCM") is.
 */
export function isPlaceOnly(name: string): boolean {
  return PLACE_ONLY.test(name) && (/\s/u.test(name) || /^\p{Ll}/u.test(name) || /^(?:TP|Tp|TX)\./u.test(name));
}

/** "... lần lượt là thành phố Hồ Chí Minh", "như Trà Vinh", "(Trà Vinh": a place named as an item of what the words before it list. */
const LISTED_PLACE = new RegExp(`(?:(?:^|\\s)(?:là|như|gồm)\\s+|\\(\\s*)(${PLACE})$`, "u");

/** "Hà Nội là địa phương dẫn đầu cả nước về ...": a place said to be the one a ranking puts first. */
const PLACE_IS = new RegExp(`^(${PLACE})\\s+là\\s+(?:địa phương|tỉnh|thành phố)(?:\\s|$)`, "u");

/**
 * The place a subject names and nothing else ("Trà Vinh", "... cao nhất cả nước lần lượt là thành phố Hồ Chí Minh", "Hà
 * Nội là địa phương dẫn đầu ...").
 */
export function placeNamed(name: string): string | undefined {
  if (isPlaceOnly(name)) return name;
  const listed = LISTED_PLACE.exec(name)?.[1] ?? PLACE_IS.exec(name)?.[1];
  return listed !== undefined && isPlaceOnly(listed) ? listed : undefined;
}

/**
 * What a list of places ranks: "những địa phương có chỉ số IIP tăng cao như ...", "Một số địa phương có mức doanh thu bán
 * lẻ hàng hóa tăng khá ...:", "... là địa phương dẫn đầu cả nước về kim ngạch xuất khẩu với ...", "05 địa phương có kim
 * ngạch nhập khẩu cao nhất cả nước lần lượt là ...", "Các tỉnh có vốn đầu tư thực hiện lớn: ...". The last one written in
 * `text`.
 */
export function rankedMeasure(text: string): string | undefined {
  let measure: string | undefined;
  let at = -1;
  RANKED.lastIndex = 0;
  for (let m = RANKED.exec(text); m !== null; m = RANKED.exec(text)) [measure, at] = [m[1], m.index];
  MEASURE_OF_PLACES.lastIndex = 0;
  for (let m = MEASURE_OF_PLACES.exec(text); m !== null; m = MEASURE_OF_PLACES.exec(text)) if (m.index > at) [measure, at] = [m[1]!.replace(RATE_OF, ""), m.index];
  return measure === undefined ? undefined : statisticsName(measure);
}

/**
 * "tốc độ tăng/giảm GRDP các tỉnh, thành thuộc Vùng kinh tế trọng điểm miền Trung như sau: Thừa Thiên Huế (+6,61%); ...":
 * the measure written before the places it lists, each place's figure named "GRDP Thừa Thiên Huế" (the rate of a
 * measure is named by the measure, as in GROWTH_OF).
 */
const MEASURE_OF_PLACES = /([^\s.;:,()][^.;:,()]*?)\s+(?:của\s+)?(?:các|những)\s+(?:tỉnh|địa phương)[^.;:()]*:/giu;
const RATE_OF = /^tốc độ tăng(?:\s*\/\s*giảm)?\s+(?=\S)/iu;

const RANKED =
  /(?:địa phương|tỉnh(?:,\s*thành(?:\s+phố)?)?|thành phố)(?:\s+[^\s.;:()]+){0,4}?\s+(?:có(?:\s+mức)?|về)\s+([^.;:()]+?)(?:\s+(?:(?:tăng|giảm)(?!\s+trưởng)|cao|lớn|thấp|nhiều|với|như|lần lượt|đạt|dẫn đầu|đứng đầu)(?![\p{L}])|\s*:)/giu;

/**
 * A measure as a name in a sentence (lower case at its start, never an acronym's), the production index by the
 * statistics office's short name: provinces are ranked on "chỉ số IIP" however the sentence spells it out.
 */
export function statisticsName(measure: string): string {
  const m = measure.trim();
  if (/^chỉ số sản xuất(?: toàn)?(?: ngành)? công nghiệp(?:\s*\(IIP\))?$/iu.test(m)) return "chỉ số IIP";
  return /^\p{Lu}\p{Ll}/u.test(m) ? m.charAt(0).toLowerCase() + m.slice(1) : m;
}

/**
 * "Trà Vinh là địa phương có tăng trưởng GRDP cao thứ hai cả nước", "..., Bắc Giang hiện là địa phương dẫn đầu": a place a
 * ranking puts forward, about which the sentence and those after it go on.
 */
const PLACE_RANKED = new RegExp(`(${PLACE})\\s+(?:(?:vẫn|hiện|cũng)\\s+)?là\\s+(?:hiện\\s+là\\s+)?(?:địa phương|tỉnh|thành phố)(?![\\p{L}])`, "gu");

/** A place a paragraph puts forward, from the start of the sentence that does (an offset in the paragraph). */
export interface PlaceForward {
  from: number;
  place: string;
}

/**
 * The places other than `own` (the document's province) a paragraph puts forward (see PLACE_RANKED): its own figures
 * from each such sentence on are that place's, and a paragraph going on from it ("Trong đó, ...") is about the last.
 */
export function placesPutForward(text: string, own: string): PlaceForward[] {
  const out: PlaceForward[] = [];
  // (Most paragraphs rank no place: the pattern, tried at each capital, is run only where "là" is written.)
  if (!/\slà\s/u.test(text)) return out;
  PLACE_RANKED.lastIndex = 0;
  for (let m = PLACE_RANKED.exec(text); m !== null; m = PLACE_RANKED.exec(text)) {
    if (isPlaceOnly(m[1]!) && m[1] !== own) out.push({ from: text.lastIndexOf(". ", m.index) + 1, place: m[1]! });
  }
  return out;
}

/** "Trong đó, ...", "Cụ thể, ...", "Riêng ...": a paragraph that goes on with the one before it. */
export function goesOn(text: string): boolean {
  return /^[\s\-–•]*(?:trong đó|cụ thể|riêng|bên cạnh đó|ngoài ra)(?![\p{L}])/iu.test(text);
}

/** "Trong các nhóm ngành hàng xuất khẩu, ...": a piece that opens with "trong" sets where the name is looked for. */
const SETTING = /^[\s\-–•]*trong\s/iu;

/**
 * Words that start a clause's predicate after its subject: "tiếp tục", "duy trì", "vẫn", "thì", "có thể" ("Khánh Hòa có
 * thể đón 10 triệu lượt khách"), "chỉ" (not "chỉ số", "chỉ tiêu"), "dẫn đầu" ("nhóm hàng lương thực, thực phẩm dẫn đầu khi tăng 10,5%"; "dẫn đầu là ..." is a cue), a rise
 * or fall said with its manner ("Giá trị sản xuất CN-TTCN của tỉnh tăng mạnh nhất so những năm qua (tăng trên 23%"; never
 * "tăng thêm", "tăng trưởng", which name), a rank ("Nhóm hàng điện tử xếp thứ hai với 8,2 tỷ USD", "đứng thứ ba"), a state
 * or pace the subject is said to have ("Công nghiệp chế biến, chế tạo có tín hiệu phục hồi, tăng 0,9%", "có dấu hiệu",
 * "có xu hướng", "Khu vực kinh tế Nhà nước có tốc độ tăng trưởng kim ngạch xuất khẩu cao nhất (hơn 82%"; never "có vốn
 * đầu tư nước ngoài", which names). None of them is part of an indicator's name.
 */
const PREDICATE = /(?:^|\s)(?:tiếp tục|duy trì|vẫn|thì|có thể|chỉ(?!\s+(?:số|tiêu))|có mức|có\s+(?:tín hiệu|dấu hiệu|xu hướng|tốc độ)|đạt\s+(?:tốc độ|mức)|(?:dẫn|đứng) đầu(?!\s+là)|(?:đã\s+)?về đích|(?:xếp|đứng)\s+(?:thứ|hạng)|(?:tăng|giảm)\s+(?:mạnh|nhẹ|nhanh|chậm|đều|cao)(?:\s+nhất)?)(?=\s|$)/iu;

/**
 * The predicate after the subject. "có mức" ("Hoạt động dịch vụ ước tính có mức doanh thu 56 tỷ đồng") only when nothing
 * names another subject after it ("Một số mặt hàng có mức tăng trưởng khá như bia đạt ...").
 */
const PREDICATES = new RegExp(PREDICATE.source, "giu");

function predicateIn(name: string): RegExpExecArray | null {
  const all = PREDICATES;
  all.lastIndex = 0;
  for (let m = all.exec(name); m !== null; m = all.exec(name)) {
    const rest = name.slice(m.index + m[0].length);
    NAME_CUE.lastIndex = 0;
    if (/có mức$/iu.test(m[0])) return rest.includes(",") || NAME_CUE.test(rest) ? null : m;
    // "Lượng khách du lịch tăng mạnh kéo theo tổng thu ...", "một số sản phẩm tăng cao ... như tivi": a rise said of the
    // lead-in's subject; the name comes after the cue, its own predicate after that.
    if (/^\s*(?:tăng|giảm)/iu.test(m[0]) && NAME_CUE.test(rest)) continue;
    // "Một số sản phẩm chủ yếu tiếp tục tăng, như muối biển", "kinh tế tiếp tục duy trì tốc độ tăng trưởng khá, với tổng
    // sản phẩm ...": the predicate of a lead-in, whose list or measure is named after it. ("nhóm hàng CN-TTCN vẫn là nhóm
    // hàng xuất khẩu chính với kim ngạch ...": what the subject is said to be is no lead-in; the figure is the subject's.)
    if (!/^\s*là\s/u.test(rest) && itemCued(rest)) continue;
    // "sản xuất công nghiệp có dấu hiệu phục hồi, chỉ số công nghiệp ...": a state said of a lead-in's subject, closed by a
    // comma before a name; the name is after the comma.
    const comma = rest.lastIndexOf(",");
    if (/^\s*có\s/u.test(m[0]) && comma >= 0 && stripName(rest.slice(comma + 1)).length > 0) continue;
    return m;
  }
  return null;
}

/** A cue of items or of a measure ("như", "trong đó", "với") in `rest` with a name after it. */
function itemCued(rest: string): boolean {
  ITEM_CUE.lastIndex = 0;
  for (let m = ITEM_CUE.exec(rest); m !== null; m = ITEM_CUE.exec(rest)) if (stripName(rest.slice(m.index + m[0].length)).length > 0) return true;
  return false;
}

const ITEM_CUE = /(?:^|\s)(?:(?<!so\s)với|như(?!\s+vậy)|gồm|trong đó(?: có)?|đặc biệt(?: là)?|nhất là|chủ yếu là)\s+/giu;

const APPOSITION = /\s(?:là\s+)?(?:thị trường|mặt hàng|nhóm hàng|ngành hàng|sản phẩm)(?:\s+[\p{L}-]+){0,4}?\s+(?:chính|chủ lực|chủ yếu|lớn nhất)(?:\s+của\s+(?:toàn\s+)?(?:tỉnh|thành phố|cả nước))?\s*$/iu;

/**
 * "mức doanh thu", "mức tăng", "mức giảm lại", "con số này", "chỉ số này", "tỷ lệ này": words for the measure of what was
 * named before.
 */
const POINTER = /^(?:(?:mức|con số)(?:\s+(?:doanh thu|tăng trưởng|tăng|giảm))?(?:\s+(?:này|đó|lại|trong tháng))?|(?:chỉ số|tỷ lệ|kim ngạch|doanh thu)\s+(?:này|đó|trên))$/iu;

/**
 * "giá trị sản xuất của khối công nghiệp Trung ương": a measure of a sector is named by the sector (the catalog is
 * still matched on the whole phrase); so is its contribution ("đóng góp của khu vực dịch vụ với mức tăng gần 12%"). "mặt hàng tôm đông", "tổng số khách du lịch quốc tế", "ngành hàng lương thực,
 * thực phẩm", "nhóm ngành công nghiệp khai khoáng": a word for the kind of item before the item is not part of its
 * shortest name.
 */
function ownerOf(name: string): string {
  const m = /^(?:giá trị sản xuất|doanh thu|kim ngạch(?: xuất khẩu| nhập khẩu)?|sản lượng|(?:sự )?đóng góp) của ((?:khối|ngành|khu vực|nhóm)\s.+)$/iu.exec(name);
  const owner = m ? m[1]! : name;
  const head = CLASSIFIER.exec(owner);
  return head ? owner.slice(head[0].length) : owner;
}

/**
 * The kind-of-item words before an item (see ownerOf). Not before what the head's items are said to do or be ("mặt hàng
 * có kim ngạch xuất khẩu trên 1 tỷ USD", "mặt hàng xuất khẩu chủ lực": the things counted or ranked are the head's own),
 * nor "nhóm ngành hàng", "nhóm hàng", which the reports write as the group's own name ("nhóm hàng lương thực, thực phẩm").
 */
const CLASSIFIER =
  /^(?:các\s+|những\s+)?(?:mặt hàng|tổng số|ngành hàng|nhóm ngành(?!\s+hàng))\s+(?!(?:có|đạt|là|được|xuất khẩu|nhập khẩu|tăng|giảm|chủ lực|chủ yếu|chính|này|đó|khác|còn lại)(?![\p{L}]))(?=\p{L})/iu;

/** The indicator words before a figure, and where they start. Period words are dropped. */
export function subjectOf(text: string, from: number, to: number, periods: PeriodMention[]): { name: string; start: number; full?: string } {
  let segment = text.slice(from, to);
  let offset = from;
  const colon = segment.lastIndexOf(":");
  if (colon >= 0) {
    const afterColon = stripName(withoutPeriods(segment.slice(colon + 1), offset + colon + 1, periods));
    if (afterColon.length > 0) {
      offset += colon + 1;
      segment = segment.slice(colon + 1);
    } else {
      // "Diễn biến ... qua các quý như sau: Sơ bộ quý I giảm mạnh (-11,38%)": the words announcing a list are not its name.
      segment = segment.slice(0, colon).replace(/\s*(?:(?:cụ thể\s+)?như\s+sau|sau\s+đây)\s*$/iu, "");
    }
  }
  // "vẫn còn một số ngành giảm (sản xuất chế biến thực phẩm giảm 23,6%, ...)": a bracket opened right after the rise or
  // fall it details lists items; the words inside it name the figure. (A bracket after a name, "chiếm tỷ trọng ngày càng
  // cao (từ 37% ...", "sàn thương mại điện tử (đã tiêu thụ 10 tấn", adds to that name; one holding only a verb or a
  // period, "(tăng 36%)", names nothing.)
  const opened = segment.lastIndexOf("(");
  if (opened >= 0 && !segment.includes(")", opened) && /(?:^|\s)(?:tăng|giảm)\s*$/u.test(segment.slice(0, opened)) && stripName(withoutPeriods(segment.slice(opened + 1), offset + opened + 1, periods)).length > 0) {
    offset += opened + 1;
    segment = segment.slice(opened + 1);
  }
  // "(11 dự án ... và 25 dự án ...), với tổng vốn triển khai": a bracket closed before the figure ends the name's left side.
  const closed = segment.lastIndexOf(")");
  if (closed >= 0 && segment.lastIndexOf("(", closed) < 0) {
    const rest = stripName(withoutPeriods(segment.slice(closed + 1), offset + closed + 1, periods));
    // "(chiếm 8,59% tỷ trọng) tăng 58,66%": with no words after it, the words before the bracket's end are the
    // bracket's own, not a name; the figure is the bracket's subject's.
    offset += closed + 1;
    segment = rest.length > 0 ? segment.slice(closed + 1) : "";
  }
  // "(GRDP) bình quân hằng năm tăng 6,2%", "bình quân chung tăng 16,88%/năm": an average written right before the rise is how
  // the rate is reckoned, as "tăng bình quân" is (TRAILING_NOISE), not what it measures. ("CPI bình quân 6 tháng tăng
  // 3,7%": an average over a period written between is the indicator's own.)
  // (Looked for only where "bình quân" is written: a pattern with a lookbehind at its head is tried at every position.)
  const average = segment.includes("bình quân") ? RATE_AVERAGE.exec(segment) : null;
  if (average) segment = segment.slice(0, average.index) + " ".repeat(average[0].length) + segment.slice(average.index + average[0].length);
  const spaced = withoutPeriods(segment, offset, periods);
  const full = stripName(spaced);
  // Cut before stripping: the words a strip drops first ("Về sử dụng GDP năm nay, ...", "Đối với ngành rượu, ...") are
  // what shows the piece before a comma to be a lead-in.
  const name = shortestName(spaced);
  if (name.length === 0) return { name: "", start: firstWord(text, from, to), full };
  const at = text.indexOf(name, offset);
  return { name: name.length > 140 ? name.slice(-140).replace(/^\S*\s/, "") : name, start: at >= 0 ? at : offset, full };
}

const RATE_AVERAGE = /(?<![\p{L}])bình quân(?:\s+(?:chung|h[aằà]ng năm|mỗi năm))?(?=\s+(?:tăng|giảm)(?:\s+(?:khoảng|hơn|gần|trên))?\s*$)/iu;

function withoutPeriods(segment: string, offset: number, periods: PeriodMention[]): string {
  let out = segment;
  for (const p of periodsStarting(periods, offset, offset + segment.length).reverse()) {
    const a = p.start - offset;
    const b = p.end - offset;
    if (a >= 0 && b <= segment.length) out = out.slice(0, a) + " ".repeat(b - a) + out.slice(b);
  }
  // "Từ ngày 16/12/2020 đến ngày 15/11/2021 đã tiếp nhận", "tại thời điểm 1-5-2022", "tại thời điểm ngày 1.5.2022" (a date
  // written with dots): a date names no indicator either, nor a news page's dateline ("30/03/2022 Trong đó, khu vực
  // ..."); "Đến năm 2020, diện tích ...": nor the word that led to a period. (Each pattern is run only where it can match: this is asked of every figure's words, and the date
  // pattern, with a lookbehind at its head, is tried at every position.)
  const undated = DATE_WORD.test(out) ? out.replace(DATE, " ") : out;
  return undated.replace(/(?<![\p{L}])(?:trong|đến|tính đến|vào)\s+(?=\s|$)/giu, " ").replace(SPACES_TO_ONE, " ");
}

const DATE =
  /(?<![\p{L}])(?:(?:từ|đến|tính đến|vào|tại)\s+)?(?:(?:(?:tại\s+)?thời điểm\s+)?(?:ngày|thời điểm)\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?|\d{1,2}\/\d{1,2}\/(?:19|20)\d\d(?!\d))/giu;
/** What every DATE holds (read with the same flags, so the same capitals): its word, or a date's "d/m/". */
const DATE_WORD = /ngày|thời điểm|\d\/\d{1,2}\//iu;
/** The runs of white space that are not one plain space already (each whole run): turned into one, as `\s+` would be. */
const SPACES_TO_ONE = /\s{2,}|[^\S ]/g;

/** The first word at or after `from` (skipping spaces, list marks and punctuation). */
export function firstWord(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && /[\s,.;:()\-+*–•]/.test(text[i]!)) i++;
  return i;
}

/** Up to eight words after the figure, to the next comma or clause end: "km đường dây trung thế". */
export function wordsAfter(text: string, from: number, to: number): string {
  const rest = text.slice(from, Math.min(to, from + 80));
  // (Up to a comparison, "so với cùng kỳ"; "sụt giảm" is the words' own verb. "thuộc" opens what the thing belongs to,
  // no part of its name: "bãi bỏ 126 TTHC thuộc thẩm quyền giải quyết" are procedures abolished, not the department's.)
  const cut = rest.search(/[,;.(\d]|\s(?:và|với|so|thuộc|trong đó|tăng(?!\s+trưởng)|(?<!sụt\s)giảm|đạt)\s/u);
  // Verbatim (not re-spaced), so its length is the text it covers.
  return (cut >= 0 ? rest.slice(0, cut) : rest).trimEnd();
}
