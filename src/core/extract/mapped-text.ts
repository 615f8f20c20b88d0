/**
 * Text that remembers where each of its characters came from. The extractor cleans report text
 * (joins wrapped lines, drops markup and footnote markers) but every quote it gives must be a
 * verbatim slice of the ORIGINAL text, so each cleaned character keeps its original span.
 * Offsets live in typed arrays: a pasted megabyte is a million of them, made a few times over.
 */

export interface MappedText {
  text: string;
  /** Original offset where character i starts. */
  starts: Int32Array;
  /** Original offset just after character i (a composed character can cover several code units). */
  ends: Int32Array;
}

const COMBINING = /[\u0300-\u036f]/;

/** Offset arrays to write a mapping into, at least as long as the text mapped. */
export interface OffsetArrays {
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * Copies raw[from, to), shifted by `base` in the offsets, and composes decomposed Vietnamese letters
 * (text pasted from Word is sometimes NFD) so patterns written in NFC match, keeping each letter's span.
 * The offsets go into `into` when given (a document's lines share two arrays: one pair of arrays a line made
 * allocation and collection a tenth of reading a megabyte), else into new arrays; the text's are their first ones.
 */
export function mapRange(raw: string, from: number, to: number, base = 0, into?: OffsetArrays): MappedText {
  const starts = into?.starts ?? new Int32Array(to - from);
  const ends = into?.ends ?? new Int32Array(to - from);
  const span = raw.slice(from, to);
  // Text with no combining mark (nearly every line) is its own copy: each character maps to itself.
  if (!COMBINING.test(span)) {
    for (let i = 0; i < to - from; i++) {
      starts[i] = base + from + i;
      ends[i] = base + from + i + 1;
    }
    return into ? { text: span, starts: starts.subarray(0, to - from), ends: ends.subarray(0, to - from) } : { text: span, starts, ends };
  }
  // Every cleaned character is one code unit: the runs between combining marks are copied whole, and the
  // last character so far (`tail`) stays apart until it is known whether a mark composes with it.
  const parts: string[] = [];
  let tail = "";
  let n = 0;
  const copy = (a: number, b: number): void => {
    if (b <= a) return;
    if (tail) parts.push(tail);
    parts.push(raw.slice(a, b - 1));
    tail = raw[b - 1]!;
    for (let i = a; i < b; i++, n++) {
      starts[n] = base + i;
      ends[n] = base + i + 1;
    }
  };
  let pos = from;
  const marks = new RegExp(COMBINING.source, "g");
  for (let m = marks.exec(span); m !== null; m = marks.exec(span)) {
    const i = from + m.index;
    copy(pos, i);
    pos = i + 1;
    const ch = raw[i]!;
    if (n > 0) {
      const composed = (tail + ch).normalize("NFC");
      if (composed.length === 1) {
        tail = composed;
        ends[n - 1] = base + i + 1;
        continue;
      }
    }
    if (tail) parts.push(tail);
    tail = ch;
    starts[n] = base + i;
    ends[n] = base + i + 1;
    n++;
  }
  copy(pos, to);
  if (tail) parts.push(tail);
  if (into) return { text: parts.join(""), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
  return { text: parts.join(""), starts: n === to - from ? starts : starts.slice(0, n), ends: n === to - from ? ends : ends.slice(0, n) };
}

/** Removes every match of `re` (global), or only its capture group `group` when given. */
export function removeMatches(m: MappedText, re: RegExp, group = 0): MappedText {
  const drop: Array<[number, number]> = [];
  re.lastIndex = 0;
  for (let match = re.exec(m.text); match !== null; match = re.exec(m.text)) {
    if (match[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const g = match[group];
    if (g === undefined || g.length === 0) continue;
    const at = group === 0 ? match.index : match.index + match[0].indexOf(g);
    drop.push([at, at + g.length]);
  }
  return removeRanges(m, drop);
}

/** Runs up to this length are moved offset by offset rather than by copyWithin. */
const SHORT_COPY = 64;

/**
 * Removes the given [from, to) ranges, which must be sorted and not overlap. The offsets are moved down in
 * place (cleaning a line takes several removals, and a megabyte pasted as one line is a million offsets that
 * fresh arrays would copy, and fault into memory, at each), so `m` is used up: keep the text returned.
 */
export function removeRanges(m: MappedText, drop: Array<[number, number]>): MappedText {
  if (drop.length === 0) return m;
  const { starts, ends } = m;
  const parts: string[] = [];
  let pos = 0;
  let n = 0;
  const keep = (a: number, b: number): void => {
    if (b <= a) return;
    parts.push(m.text.slice(a, b));
    if (b - a > SHORT_COPY) {
      starts.copyWithin(n, a, b);
      ends.copyWithin(n, a, b);
      n += b - a;
      return;
    }
    for (let k = a; k < b; k++, n++) {
      starts[n] = starts[k]!;
      ends[n] = ends[k]!;
    }
  };
  for (const [a, b] of drop) {
    keep(pos, a);
    pos = Math.max(pos, b);
  }
  keep(pos, m.text.length);
  return { text: parts.join(""), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

/**
 * The runs of white space that change: at either end, longer than one character, or not a plain space. (A single
 * space between words, most runs of a text, stays as it is and is not matched.) Each match is a whole run.
 */
const CHANGED_SPACE = /^\s+|\s+$|\s{2,}|[^\S ]/g;

/** Turns every run of white space into one plain space and trims both ends. */
export function collapseSpaces(m: MappedText): MappedText {
  const drop: Array<[number, number]> = [];
  const runs = CHANGED_SPACE;
  runs.lastIndex = 0;
  let otherSpace = false;
  for (let r = runs.exec(m.text); r !== null; r = runs.exec(m.text)) {
    const a = r.index;
    const b = a + r[0].length;
    if (a === 0 || b === m.text.length) drop.push([a, b]);
    else {
      // Keep the run's first character as the one space.
      if (b - a > 1) drop.push([a + 1, b]);
      if (r[0][0] !== " ") otherSpace = true;
    }
  }
  const out = removeRanges(m, drop);
  if (!otherSpace) return out;
  // The kept character of a run may be a line break or a tab: make it a plain space.
  return { ...out, text: out.text.replace(/\s/g, " ") };
}

/**
 * "Công nghiệp chế biến, chế tạotăng1,36%" (a page whose inline tags were stripped with the spaces around them): a
 * verb of change glued to the word before it or to its number. Where a space is put back it maps to no character of
 * the original (a zero-width span where the next character starts), so quotes stay verbatim.
 */
const GLUED_VERB = /(?<=\p{Ll})(?=(?:tăng|giảm|đạt)\d)|(?<=(?<![\p{L}])(?:tăng|giảm|đạt)|\p{Ll}(?:tăng|giảm|đạt))(?=\d)/gu;

export function unglueVerbs(m: MappedText): MappedText {
  if (!verbBeforeDigit(m.text)) return m;
  GLUED_VERB.lastIndex = 0;
  const at: number[] = [];
  for (let g = GLUED_VERB.exec(m.text); g !== null; g = GLUED_VERB.exec(m.text)) {
    at.push(g.index);
    GLUED_VERB.lastIndex++;
  }
  if (at.length === 0) return m;
  const starts = new Int32Array(m.text.length + at.length);
  const ends = new Int32Array(m.text.length + at.length);
  const parts: string[] = [];
  let from = 0;
  let n = 0;
  for (const i of [...at, m.text.length]) {
    parts.push(m.text.slice(from, i));
    starts.set(m.starts.subarray(from, i), n);
    ends.set(m.ends.subarray(from, i), n);
    n += i - from;
    if (i === m.text.length) break;
    parts.push(" ");
    starts[n] = m.starts[i]!;
    ends[n] = m.starts[i]!;
    n++;
    from = i;
  }
  return { text: parts.join(""), starts, ends };
}

const CHANGE_VERBS = ["tăng", "giảm", "đạt"];

/**
 * Whether a verb of change is written right before a digit, as every glued verb is: looked for with indexOf first, since
 * GLUED_VERB, its lookbehinds at its head, is tried at every position of a line (a tenth of splitting a megabyte).
 */
function verbBeforeDigit(text: string): boolean {
  for (const verb of CHANGE_VERBS) {
    for (let i = text.indexOf(verb); i >= 0; i = text.indexOf(verb, i + 1)) {
      const next = text.charCodeAt(i + verb.length);
      if (next >= 48 && next <= 57) return true;
    }
  }
  return false;
}

/** Joins pieces with one space; the space maps to the end of the piece before it. */
export function joinMapped(pieces: MappedText[]): MappedText {
  const kept = pieces.filter((p) => p.text.length > 0);
  // One piece (a paragraph on one line, or a whole text pasted as one) is its own join.
  if (kept.length === 1) return kept[0]!;
  const length = kept.reduce((n, p) => n + p.text.length, 0) + Math.max(0, kept.length - 1);
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  const parts: string[] = [];
  let n = 0;
  for (const p of kept) {
    if (n > 0) {
      const prevEnd = ends[n - 1]!;
      parts.push(" ");
      starts[n] = prevEnd;
      ends[n] = prevEnd;
      n++;
    }
    parts.push(p.text);
    starts.set(p.starts, n);
    ends.set(p.ends, n);
    n += p.text.length;
  }
  return { text: parts.join(""), starts, ends };
}

/** Original [start, end) of the cleaned characters [from, to). */
export function originalSpan(m: MappedText, from: number, to: number): { start: number; end: number } {
  const a = Math.max(0, Math.min(from, m.text.length - 1));
  const b = Math.max(a, Math.min(to, m.text.length) - 1);
  return { start: m.starts[a] ?? 0, end: m.ends[b] ?? 0 };
}
