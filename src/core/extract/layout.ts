/**
 * Report layout: which lines form one paragraph, which are headings, which are footnotes.
 *
 * Converted reports break lines inside sentences (one seed wraps every ~80 characters with a blank
 * line after each), print each page's footnotes in the middle of the running text (after a line of
 * spaces, until the next page resumes with a line that starts with one space), and mark footnotes
 * with "<sup>1</sup>", "¹" or a digit glued to the word ("so cùng kỳ1"). The blocks built here put
 * each paragraph back together and keep footnotes apart, with every character mapped to the original.
 */
import { collapseSpaces, joinMapped, mapRange, removeMatches, removeRanges, unglueVerbs, type MappedText, type OffsetArrays } from "./mapped-text";

export type BlockKind = "heading" | "item" | "text" | "footnote";

export interface Block extends MappedText {
  kind: BlockKind;
  /** Footnote number for footnotes ("1", "(5)"), else undefined. */
  note?: string;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/** A line of spaces only: the rule that some converters print above a page's footnotes. */
const FOOTNOTE_RULE = /^[ \t\u00a0]{10,}$/;
/** "<sup>1</sup> ...", "<sup>(5)</sup>...", "¹ ...", "[1] ..." (a web page's note): a footnote's first line. */
const SUPERSCRIPT_START = /^\s*(?:<sup>\s*(\(?\d{1,3}\)?)\s*<\/sup>|⁽?([⁰¹²³⁴⁵⁶⁷⁸⁹]+)⁾?|\[(\d{1,3})\](?=\s))/;
/** "12 Text", "17 (1) ...": a footnote's first line inside a footnote area (a wrapped "1,13 tỷ Kwh" is not). */
const NUMBERED_START = /^(\d{1,3}) +(?=[\p{Lu}(])/u;
/** A line that starts a new paragraph whatever came before: list marks, section numbers, headings. */
const PARAGRAPH_MARK = /^\s*(?:[-+•–]\s|\*\s|\*\*|#{1,6}\s|[IVX]{1,5}\.\s|\d{1,2}(?:\.\d{1,2})*\.\s|[a-zđ]\)\s)/u;
const HEADING_MARK = /^\s*(?:#{1,6}\s|\**[IVX]{1,5}\.\s|\**\d{1,2}(?:\.\d{1,2})*\.\s|\**[a-zđ]\)\s)/u;
/** Three cells or more: a table's row as Word copies it (text-tables.ts reads its figures). */
const TABLE_ROW = /\t[^\t]*\t/;
const ENDS_SENTENCE = /[.;:!?]["”’)*]*\s*$/;
const STARTS_UPPER = /^\s*[\p{Lu}\d("“*]/u;

function splitLines(raw: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i === raw.length || raw[i] === "\n") {
      const end = i > start && raw[i - 1] === "\r" ? i - 1 : i;
      lines.push({ start, end, text: raw.slice(start, end) });
      start = i + 1;
    }
  }
  return lines;
}

/** Wrapped documents continue sentences over line ends; long-line documents hold one paragraph a line. */
function isWrapped(lines: Line[]): boolean {
  const lengths = lines.map((l) => l.text.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length === 0) return false;
  return (lengths[Math.floor(lengths.length / 2)] ?? 0) < 110;
}

export function splitBlocks(raw: string): { body: Block[]; footnotes: Block[] } {
  const lines = splitLines(raw);
  const wrapped = isWrapped(lines);
  const blankMeansBreak = wrapped && blankLinesSeparate(lines);
  let afterBlank = false;
  const body: Block[] = [];
  const footnotes: Block[] = [];
  let bodyLines: Line[] = [];
  let noteLines: Line[] = [];
  let noteId: string | undefined;
  let inFootnoteArea = false;
  let lastNote = 0;
  // A footnote printed since the last body line: the page broke there, perhaps in the middle of a sentence.
  let noteBetween = false;
  // Each line's offsets are written at its own place in these (a cleaned line is never longer than it was).
  const offsets: OffsetArrays = { starts: new Int32Array(raw.length), ends: new Int32Array(raw.length) };

  const flushBody = (): void => {
    if (bodyLines.length > 0) pushBlock(body, bodyLines, undefined, offsets);
    bodyLines = [];
  };
  const flushNote = (): void => {
    if (noteLines.length > 0) pushBlock(footnotes, noteLines, noteId ?? "", offsets);
    noteLines = [];
    noteId = undefined;
  };

  for (const line of lines) {
    if (FOOTNOTE_RULE.test(line.text)) {
      flushNote();
      inFootnoteArea = true;
      continue;
    }
    if (line.text.trim().length === 0) {
      afterBlank = true;
      continue;
    }
    const blankBefore = afterBlank;
    afterBlank = false;
    const sup = SUPERSCRIPT_START.exec(line.text);
    if (inFootnoteArea && /^ \S/.test(line.text)) {
      // The next page resumes the running text, often in the middle of the sentence left open.
      flushNote();
      inFootnoteArea = false;
    } else if (inFootnoteArea || sup) {
      const numbered = inFootnoteArea ? NUMBERED_START.exec(line.text) : null;
      // Footnotes are numbered in order: a wrapped line that happens to start "9 Sản phẩm" is not one.
      const inSequence = numbered !== null && Number(numbered[1]) > lastNote && Number(numbered[1]) <= lastNote + 3;
      if (sup || inSequence) {
        if (inSequence) lastNote = Number(numbered![1]);
        flushNote();
        noteId = sup ? (sup[1] ?? sup[3] ?? superscriptDigits(sup[2] ?? "")) : numbered![1];
        noteLines = [line];
        if (!inFootnoteArea && !wrapped) flushNote();
      } else {
        noteLines.push(line);
      }
      noteBetween = true;
      continue;
    } else {
      flushNote();
    }
    // A row of a table (cells separated by tabs) is a paragraph of its own: no sentence runs into or out of a table.
    const row = TABLE_ROW.test(line.text);
    const previous = bodyLines[bodyLines.length - 1];
    if (previous && (row || TABLE_ROW.test(previous.text) || (startsParagraph(line, previous, wrapped, blankMeansBreak && blankBefore) && !(noteBetween && brokenByPage(previous))))) flushBody();
    bodyLines.push(line);
    noteBetween = false;
  }
  flushNote();
  flushBody();
  return { body, footnotes };
}

function startsParagraph(line: Line, previous: Line, wrapped: boolean, blankBefore: boolean): boolean {
  if (PARAGRAPH_MARK.test(line.text)) return true;
  if (!STARTS_UPPER.test(line.text)) return false;
  // "1. Tăng trưởng kinh tế", a blank line, "Tổng sản phẩm ...": a heading or title without a full stop still ends
  // where a blank line and a capital start the next paragraph.
  return wrapped ? blankBefore || ENDS_SENTENCE.test(previous.text) : true;
}

/**
 * "... 01 nhà máy điện mặt trời", a page's footnote, "Trung Nam Trà Vinh, công suất 140 MW, ...": a paragraph's line
 * (longer than a heading) left without the mark that ends a sentence before a footnote goes on after it, even with a
 * capital (a proper name).
 */
function brokenByPage(previous: Line): boolean {
  return previous.text.trim().length > HEADING_MAX && !ENDS_SENTENCE.test(previous.text) && !HEADING_MARK.test(previous.text);
}

/** The longest a heading's text is (longer, a paragraph: see pushBlock). */
const HEADING_MAX = 160;

/**
 * Whether a blank line parts paragraphs: a converter that wraps lines (and may put a blank line after each) writes no
 * line much longer than its width; a text holding a paragraph on one line (short title and heading lines besides) was
 * copied by paragraphs, and its blank lines part them.
 */
function blankLinesSeparate(lines: Line[]): boolean {
  return lines.some((l) => l.text.length > 250);
}

function superscriptDigits(s: string): string {
  const digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  return [...s].map((c) => String(digits.indexOf(c))).join("");
}

function pushBlock(out: Block[], lines: Line[], note: string | undefined, offsets: OffsetArrays): void {
  const first = lines[0]!;
  const cleaned = joinMapped(lines.map((l, i) => cleanLine(l, i === 0 && note !== undefined, offsets)));
  if (cleaned.text.length === 0) return;
  const kind: BlockKind =
    note !== undefined ? "footnote" : HEADING_MARK.test(first.text) && cleaned.text.length <= HEADING_MAX ? "heading" : /^\s*[-+•–*]/.test(first.text) ? "item" : "text";
  out.push({ ...cleaned, kind, note });
}

const LEADING_MARK = new RegExp(SUPERSCRIPT_START.source, "g");
const LEADING_NUMBER = /^\s*\d{1,3}(?=\s*\S)/g;
/** Markup and footnote markers that carry no words: dropped from the cleaned text ("năm trước[1]" too). */
const SUP_TAG = /<sup>[^<]{0,12}<\/sup>|(?<=\S)\[\d{1,3}\]/g;
/** "9.690m<sup>3</sup>": the tags go, the exponent stays (m3). */
const UNIT_SUP_TAG = /(?<=m)<sup>(?=[23]<\/sup>)|(?<=m<sup>[23])<\/sup>/g;
const OTHER_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]{0,9}(?:\s[^<>]{0,80})?\/?>/g;
const MARKDOWN = /\*+|^#{1,6}\s|\\(?=[.*_#-])/g;
/** Superscript digits are footnote marks, except ² and ³ right after "m" (m², km², m³). */
const SUPERSCRIPT_MARK = /[⁰¹⁴-⁹⁽⁾]|(?<![mM])[²³]/g;
/**
 * "so cùng kỳ1", "tiền điện3", "13.953kVA5": a footnote number glued to the end of a word. Tried from the start of
 * each word only (inside a word it would fail or match the same way, after backtracking through the word again).
 */
const GLUED_MARK = /(?<!\p{L})(\p{L}+)(\d{1,2})(?=[\s.,;:)]|$)/gu;
const LETTER = /\p{L}/u;
/** Unit spellings that end in digits and must keep them. */
const DIGIT_UNITS = /(?:^|[\s\d])(?:k?m|CO)$/u;
/** "năm 20194": a year with a footnote number glued to it. */
const GLUED_YEAR_MARK = /(?<=\bnăm (?:19|20)\d\d)(\d{1,2})(?=[\s.,;:)]|$)/gu;

function cleanLine(line: Line, footnoteStart: boolean, offsets: OffsetArrays): MappedText {
  const into = { starts: offsets.starts.subarray(line.start, line.end), ends: offsets.ends.subarray(line.start, line.end) };
  let m = mapRange(line.text, 0, line.text.length, line.start, into);
  m = removeMatches(m, LEADING_MARK);
  if (footnoteStart) m = removeMatches(m, LEADING_NUMBER);
  // (Each pattern below is tried only on a line holding what all its matches hold: most lines hold no markup, and a
  // pattern with a lookbehind at its head is tried at every position of the line.)
  if (m.text.includes("<")) m = removeMatches(m, UNIT_SUP_TAG);
  if (m.text.includes("<") || m.text.includes("[")) m = removeMatches(m, SUP_TAG);
  if (m.text.includes("<")) m = removeMatches(m, OTHER_TAG);
  m = removeMatches(m, MARKDOWN);
  m = removeMatches(m, SUPERSCRIPT_MARK);
  // ("chế tạotăng1,36%": the number glued to its verb is no footnote mark.)
  m = unglueVerbs(m);
  m = removeGluedMarks(m);
  if (m.text.includes("năm ")) m = removeMatches(m, GLUED_YEAR_MARK, 1);
  return collapseSpaces(m);
}

/**
 * Whether a letter is written right before a digit, as before every glued mark: found from the digits (a pattern
 * starting with a letter class is tried at every letter of the line).
 */
function letterBeforeDigit(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) continue;
    const before = text.charCodeAt(i - 1);
    if (before < 128) {
      if ((before | 32) >= 97 && (before | 32) <= 122) return true;
      continue;
    }
    // (A letter outside the first plane is two code units: the pair is tested whole.)
    const pair = before >= 0xdc00 && before <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
    if (LETTER.test(text.slice(pair ? i - 2 : i - 1, i))) return true;
  }
  return false;
}

function removeGluedMarks(m: MappedText): MappedText {
  if (!letterBeforeDigit(m.text)) return m;
  GLUED_MARK.lastIndex = 0;
  const drop: Array<[number, number]> = [];
  for (let match = GLUED_MARK.exec(m.text); match !== null; match = GLUED_MARK.exec(m.text)) {
    const word = match[1]!;
    // A word of two letters or more, or with a small letter ("kỳ1", "kVA5"); not "V1" nor a unit ending in digits (m3).
    if (word.length < 2 && !/\p{Ll}/u.test(word)) continue;
    const at = match.index + word.length;
    if (DIGIT_UNITS.test(m.text.slice(Math.max(0, at - 4), at))) continue;
    drop.push([at, at + match[2]!.length]);
  }
  return removeRanges(m, drop);
}
