/**
 * What each comparison column divides by what. The header is split at "so với" / "so" / "/"
 * into the compared figure (left) and the base (right); each side is matched to a column by
 * period ("Tháng 02 năm 2024") or by role words (KH, cùng kỳ, tháng trước, lũy kế). When the
 * left side is silent the usual reading applies: against the plan, the cumulative figure;
 * against the previous month or the same period, the figure of the period.
 */
import type { Localized } from "../user-error";
import type { ColumnDraft } from "./columns";
import { fold, hasAnyWord, lowerKeep } from "./fold";
import { parsePeriod, periodBefore, samePeriod, yearBefore, type Period } from "./periods";
import type { MeasureRole } from "./types";
import { CUMULATIVE_WORDS, headerWords, splitSlash, verbSoAt } from "./vocab";

export interface Operands {
  subjectRole: MeasureRole | null;
  baseRole: MeasureRole | "total" | null;
  subjectCol: number | null;
  baseCol: number | null;
  baseText: Localized;
  subjectPeriod: Period | null;
  reason: Localized;
}

const MEASURES: readonly MeasureRole[] = ["plan", "actual", "cumulative", "prior", "previous"];

export const BASE_TEXT: Record<MeasureRole, Localized> = {
  plan: { vi: "kế hoạch", en: "plan" },
  actual: { vi: "thực hiện", en: "actual" },
  cumulative: { vi: "lũy kế", en: "cumulative" },
  prior: { vi: "cùng kỳ năm trước", en: "same period last year" },
  previous: { vi: "kỳ trước (tháng trước)", en: "previous period (month)" },
};

/** Splits a folded header at the comparison word: [compared figure, base]. */
export function splitComparison(header: string): [string, string] {
  const folded = fold(header).replace(/\(\s*%\s*\)|%/g, " ").replace(/\s+/g, " ").trim();
  const phrases = [" so sanh voi ", " so voi ", " so sanh ", " compared with ", " compared to ", " versus ", " vs. ", " vs ", " of "];
  const padded = ` ${folded} `;
  const opened = openedComparison(folded);
  if (opened) return opened;
  for (const p of phrases) {
    const i = padded.indexOf(p);
    if (i >= 0) return [padded.slice(0, i).trim(), padded.slice(i + p.length).replace(/^:\s*/, "").trim()];
  }
  // A bare "so" (not "số"): find it in the text that keeps diacritics, cut the folded text there.
  const lower = ` ${lowerKeep(header).replace(/\(\s*%\s*\)|%/g, " ").replace(/\s+/g, " ").trim()} `;
  if (lower === padded) {
    // Written without diacritics: "so" may be "số" ("Chi so SXCN thang 6 so CK"), take the one a base follows.
    const at = verbSoAt(padded);
    if (at !== null) return [padded.slice(0, at).trim(), padded.slice(at + 2).trim()];
  }
  const m = /[^\p{L}\p{N}]so(?=[^\p{L}\p{N}])/u.exec(lower);
  if (m && lower.length === padded.length) {
    const at = m.index + 1;
    return [padded.slice(0, at).trim(), padded.slice(at + 2).trim()];
  }
  const slash = splitSlash(folded);
  if (slash) return slash;
  return ["", folded];
}

/**
 * "So sánh KH 2021 với TH 2020", "So sánh KH 2021/TH 2020": a header opening with "so sánh" names the compared
 * figure first and its base after "với" or "/" (never an empty compared side with both in the base).
 */
function openedComparison(folded: string): [string, string] | null {
  if (!folded.startsWith("so sanh ")) return null;
  const rest = folded.slice("so sanh ".length);
  const at = ` ${rest} `.indexOf(" voi ");
  if (at > 0) return [rest.slice(0, at - 1).trim(), rest.slice(at + " voi".length).trim()];
  return splitSlash(rest);
}

interface Side {
  roles: Set<MeasureRole>;
  cumulative: boolean;
  period: Period | null;
  /** The base year written after "cùng kỳ" ("so cùng kỳ 2025", "cùng kỳ năm 2024"). */
  priorYear: number | null;
  text: string;
}

function side(text: string, isBase: boolean): Side {
  const w = headerWords(text);
  const roles = new Set<MeasureRole>();
  // "Tỷ lệ đạt (%)", "Achievement (%)" alone mean "of the plan"; before "so KH" / "vs plan" they are
  // the comparison's own words, not its compared figure.
  if (w.plan || (isBase && /\bty le (dat|hoan thanh)\b|\bmuc dat\b|\bachievement\b|\bcompletion\b/.test(w.folded))) roles.add("plan");
  if (w.prior) roles.add("prior");
  if (w.previous) roles.add("previous");
  if (!w.prior && !w.previous && !w.plan) {
    if (w.cumulative) roles.add("cumulative");
    else if (w.actual || w.estimate || w.preliminary) roles.add("actual");
  }
  const cumulative = !!hasAnyWord(w.folded, CUMULATIVE_WORDS);
  const py = isBase ? /\b(?:cung (?:ky|thoi diem)|ck) (?:nam )?((?:19|20)\d{2})\b/.exec(w.folded) : null;
  return { roles, cumulative, period: parsePeriod(w.folded), priorYear: py ? Number(py[1]) : null, text: w.folded };
}

function stripRelative(text: string): string {
  return text
    .replace(/\b(cung (ky|thoi diem)|ck)( nam| thang)?( truoc)?\b/g, " ")
    .replace(/\b(nam|thang|ky|quy) truoc\b/g, " ")
    .replace(/\b(ke hoach|kh|muc tieu)( nam)?\b/g, " ")
    .trim();
}

function explicit(p: Period | null): p is Period {
  return !!p && p.kind !== null && (p.n !== null || p.year !== null);
}

/** A comparison header read into its two sides, with the table's figure columns it may point at. */
interface Reading {
  comp: ColumnDraft;
  leftText: string;
  rightText: string;
  left: Side;
  right: Side;
  /** The right side names a relative base ("cùng kỳ", "tháng trước", "same period", "previous"). */
  relative: boolean;
  /** The table's figure columns (plan, actual, cumulative, same period, previous period). */
  measures: ColumnDraft[];
}

/** Resolves the two operands of a comparison column among the table's columns. */
export function resolveOperands(comp: ColumnDraft, cols: ColumnDraft[]): Operands {
  const h = readHeader(comp, cols);
  let baseRole = baseRoleNamed(h);
  const subjectPeriod = subjectPeriodWritten(h, baseRole);
  const paired = pairOperands(h, baseRole, subjectPeriod);
  const { subject, base } = paired;
  let subjectRole = paired.subjectRole;
  if (subject && subjectRole === null) subjectRole = subject.role as MeasureRole;
  if (baseRole === null && base) baseRole = base.role as MeasureRole;
  const sp = subjectPeriod ?? subject?.period ?? null;
  if (baseRole === null) baseRole = baseRoleFromPeriods(h.right.period, sp);
  const baseText = baseRole ? BASE_TEXT[baseRole] : { vi: "không rõ", en: "unclear" };
  return {
    subjectRole,
    baseRole,
    subjectCol: subject ? subject.col : null,
    baseCol: base ? base.col : null,
    baseText,
    subjectPeriod: sp,
    reason: reasonText(subject, base, baseText),
  };
}

function readHeader(comp: ColumnDraft, cols: ColumnDraft[]): Reading {
  const [leftText, rightText] = splitComparison(comp.header);
  const right = side(rightText, true);
  return {
    comp,
    leftText,
    rightText,
    left: side(leftText, false),
    right,
    relative: /\b(cung ky|ck|cung thoi diem|truoc|same period|last|previous|prior)\b/.test(right.text),
    measures: cols.filter((c) => (MEASURES as readonly string[]).includes(c.role)),
  };
}

/** The base's role: named on the right, else the role of the column of the period named there, else the table's only base. */
function baseRoleNamed(h: Reading): MeasureRole | null {
  const { left, right, measures, comp } = h;
  // Named on the right, else implied ("Tỷ lệ đạt" = of the plan).
  let baseRole: MeasureRole | null = pickRole(right.roles);
  if (baseRole === null && explicit(right.period)) {
    const byPeriod = findByPeriod(measures, right.period, comp);
    if (byPeriod) baseRole = byPeriod.role as MeasureRole;
  }
  // "Tăng/giảm (%)", "So sánh (%)" name no base: take it when the table offers only one.
  if (baseRole === null && right.roles.size === 0 && !explicit(right.period) && !explicit(left.period)) {
    const bases = measures.filter((c) => c.role !== "actual" && c.role !== "cumulative");
    if (bases.length === 1) baseRole = bases[0]!.role as MeasureRole;
  }
  return baseRole;
}

/** Subject period: written on the left, or on the right after a relative base ("So với cùng kỳ năm trước (%) Quý III năm 2024"). */
function subjectPeriodWritten(h: Reading, baseRole: MeasureRole | null): Period | null {
  if (explicit(h.left.period)) return h.left.period;
  if (h.leftText === "" && h.relative && (baseRole === "prior" || baseRole === "previous") && h.right.priorYear === null) {
    const rest = parsePeriod(stripRelative(h.rightText));
    if (explicit(rest)) return rest;
  }
  return null;
}

interface Pair {
  subject: ColumnDraft | null;
  base: ColumnDraft | null;
  subjectRole: MeasureRole | null;
}

/** The compared figure and its base among the columns: the subject first when the left side names it, else the base first. */
function pairOperands(h: Reading, baseRole: MeasureRole | null, subjectPeriod: Period | null): Pair {
  const { measures, comp } = h;
  let subjectRole: MeasureRole | null = pickRole(h.left.roles);
  let subject = subjectNamed(h, subjectPeriod, subjectRole);
  const findBase = (subj: ColumnDraft | null): ColumnDraft | null => {
    const found = baseIn(h, baseRole, subjectPeriod, subj, subj ? measures.filter((c) => c !== subj) : measures);
    return found && subj && found.col === subj.col ? null : found;
  };
  if (subject) return { subject, base: findBase(subject), subjectRole };
  if (subjectPeriod) return { subject, base: findBase(null), subjectRole };
  // Silent left side: pick the base first, then the usual figure compared with it.
  let base = findBase(null);
  const order: MeasureRole[] =
    baseRole === "plan" ? ["cumulative", "actual"]
    : baseRole === "prior" ? (base?.cumulative ? ["cumulative", "actual"] : ["actual", "cumulative"])
    : ["actual", "cumulative"];
  if (subjectRole === null && baseRole !== null) {
    for (const role of order) {
      const found = nearest(measures.filter((c) => c.role === role), comp, base);
      if (found) {
        subject = found;
        subjectRole = role;
        break;
      }
    }
    if (subject && baseRole === "prior" && explicit(subject.period)) base = findBase(subject);
  }
  return { subject, base, subjectRole };
}

/** The compared column the left side names, by period or by role. */
function subjectNamed(h: Reading, subjectPeriod: Period | null, subjectRole: MeasureRole | null): ColumnDraft | null {
  const { measures, comp } = h;
  let subject: ColumnDraft | null = null;
  if (subjectPeriod) subject = findByPeriod(measures.filter((c) => c.role !== "plan"), subjectPeriod, comp, subjectRole);
  if (!subject && subjectRole) {
    // An actual figure may be written as cumulative and the other way round ("Thực hiện | Lũy kế").
    const alt = subjectRole === "actual" ? "cumulative" : subjectRole === "cumulative" ? "actual" : null;
    subject = nearest(measures.filter((c) => c.role === subjectRole), comp) ?? (alt ? nearest(measures.filter((c) => c.role === alt), comp) : null);
  }
  return subject;
}

/** The base column in `pool` (the measure columns other than the subject). */
function baseIn(h: Reading, baseRole: MeasureRole | null, subjectPeriod: Period | null, subj: ColumnDraft | null, pool: ColumnDraft[]): ColumnDraft | null {
  const { right, comp } = h;
  if (baseRole === "plan") return planBase(h, pool);
  if (baseRole === "prior") return priorBase(h, subj?.period ?? subjectPeriod, subj, pool);
  if (baseRole === "previous") {
    const sp = subj?.period ?? subjectPeriod;
    const before = explicit(sp) ? periodBefore(sp) : null;
    if (before) {
      const hit = findByPeriod(pool, before, comp);
      if (hit) return hit;
    }
    return nearest(pool.filter((c) => c.role === "previous"), comp, subj);
  }
  if (explicit(right.period)) return findByPeriod(pool, right.period, comp);
  if (baseRole) return nearest(pool.filter((c) => c.role === baseRole), comp);
  return null;
}

/** The plan of the period named on the right, else the plan of the year, else any plan. */
function planBase(h: Reading, pool: ColumnDraft[]): ColumnDraft | null {
  const plans = pool.filter((c) => c.role === "plan");
  const yearly = plans.filter((c) => c.period?.kind === "year" || c.period === null);
  const wanted = explicit(h.right.period) ? plans.filter((c) => samePeriod(c.period, h.right.period)) : [];
  return nearest(wanted.length ? wanted : yearly.length ? yearly : plans, h.comp);
}

const priorish = (c: ColumnDraft): boolean => c.role === "prior";

/** The same-period column: of the subject's period a year earlier (or the year written), else by its words. */
function priorBase(h: Reading, sp: Period | null, subj: ColumnDraft | null, pool: ColumnDraft[]): ColumnDraft | null {
  const { left, right, comp } = h;
  if (explicit(sp)) {
    const target = right.priorYear !== null ? { ...sp, year: right.priorYear } : !h.relative && explicit(right.period) && right.period.kind === sp.kind ? right.period : yearBefore(sp);
    // Without a year the same period written again is the subject's own period ("LK đến tháng 9"
    // and "TH tháng 9"): only a same-period column can then be the base.
    const hit = findByPeriod(target.year === null ? pool.filter(priorish) : pool, target, comp);
    if (hit) return hit;
    // "Same period 2024", "Cùng kỳ 2024": a prior column of the right year, however its period is written.
    const sameYear = pool.filter((c) => priorish(c) && c.period?.year != null && c.period.year === target.year);
    if (sameYear.length) return best(sameYear, comp);
    // "Lũy kế cùng kỳ" with no year written: the same period by its words.
    const undated = pool.filter((c) => priorish(c) && (c.period === null || c.period.year === null));
    const wantCum = subj ? subj.role === "cumulative" : false;
    const fitting = undated.filter((c) => !!c.cumulative === wantCum);
    if (fitting.length) return best(fitting, comp);
    // A column the planner marked as the same period is the base, whatever its header says.
    const chosen = undated.filter((c) => c.userSet);
    if (chosen.length === 1) return chosen[0]!;
    if (sp.year !== null) return null;
  }
  const wantCum = subj ? subj.role === "cumulative" : left.cumulative || right.cumulative;
  const priors = pool.filter(priorish);
  const matching = priors.filter((c) => !!c.cumulative === wantCum);
  return nearest(matching.length ? matching : priors.length === 1 && !right.cumulative ? priors : [], comp);
}

/** Neither operand in the table: still say what the base is from the two periods. */
function baseRoleFromPeriods(basePeriod: Period | null, sp: Period | null): MeasureRole | null {
  if (!explicit(basePeriod) || !explicit(sp) || basePeriod.kind !== sp.kind) return null;
  if (basePeriod.year !== null && sp.year !== null && basePeriod.year < sp.year && basePeriod.n === sp.n) return "prior";
  if (samePeriod(periodBefore(sp), basePeriod)) return "previous";
  return null;
}

function reasonText(subject: ColumnDraft | null, base: ColumnDraft | null, baseText: Localized): Localized {
  return {
    vi: `so ${subject ? `cột ${subject.letter}` : "(không có số so sánh trong bảng)"} với ${base ? `cột ${base.letter}` : `${baseText.vi} (không có trong bảng)`}`,
    en: `compares ${subject ? `column ${subject.letter}` : "(figure not in the table)"} with ${base ? `column ${base.letter}` : `${baseText.en} (not in the table)`}`,
  };
}

function pickRole(roles: Set<MeasureRole>): MeasureRole | null {
  for (const r of ["prior", "previous", "plan", "cumulative", "actual"] as const) if (roles.has(r)) return r;
  return null;
}

function findByPeriod(cols: ColumnDraft[], p: Period, comp: ColumnDraft, role?: MeasureRole | null): ColumnDraft | null {
  let hits = cols.filter((c) => samePeriod(c.period, p));
  if (role) {
    const byRole = hits.filter((c) => c.role === role);
    if (byRole.length) hits = byRole;
  }
  return best(hits, comp);
}

/** Among candidates, the one under the same sub-header ("Lượng", "Số DN"), else the nearest on the left. */
function nearest(cands: ColumnDraft[], comp: ColumnDraft, partner?: ColumnDraft | null): ColumnDraft | null {
  if (cands.length === 0) return null;
  if (cands.length === 1) return cands[0]!;
  return best(cands, comp, partner ?? null);
}

function best(cands: ColumnDraft[], comp: ColumnDraft, partner: ColumnDraft | null = null): ColumnDraft | null {
  if (cands.length === 0) return null;
  if (cands.length === 1) return cands[0]!;
  let top: ColumnDraft | null = null;
  let topScore = -Infinity;
  for (const c of cands) {
    let score = 0;
    if (comp.head.group !== null && c.head.group !== null && comp.head.groupPos === c.head.groupPos) score += 2;
    score += 3 * overlap(tokens(c.head.leaf), tokens(comp.head.leaf));
    if (partner) score += 2 * overlap(tokens(strip(c.header)), tokens(strip(partner.header)));
    // Prefer the left of the comparison column, closest first.
    score += c.col < comp.col ? 1 - (comp.col - c.col) / 1000 : -(c.col - comp.col) / 1000;
    if (score > topScore) {
      topScore = score;
      top = c;
    }
  }
  return top;
}

const STOP = new Set(["thang", "nam", "truoc", "trong", "cuoi", "so", "voi", "ky", "cung", "th", "kh", "cua", "va", "den", "tu", "dau"]);

function strip(header: string): string {
  return fold(header).replace(/\d+/g, " ");
}

function tokens(text: string): Set<string> {
  const t = fold(text).replace(/\bdn\b/g, "doanh nghiep").replace(/[^a-z0-9 ]/g, " ");
  return new Set(t.split(/\s+/).filter((w) => w && !STOP.has(w)));
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.max(a.size, b.size);
}
