/** Text folding for header matching: any case, with or without Vietnamese diacritics. */

/** Lower case, diacritics removed (đ -> d), punctuation kept, whitespace collapsed. */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

/** Lower case with diacritics kept (NFC), whitespace collapsed: tells "so" (compare) from "số" (number). */
export function lowerKeep(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/[\s\u00a0]+/g, " ").trim();
}

/** True when the text carries any Vietnamese diacritic. */
export function hasDiacritics(text: string): boolean {
  return fold(text) !== text.normalize("NFC").toLowerCase().replace(/[\s\u00a0]+/g, " ").trim();
}

/** Whole-word (or phrase) test on folded text. Phrases are folded already. */
export function hasWord(folded: string, phrase: string): boolean {
  let from = 0;
  for (;;) {
    const i = folded.indexOf(phrase, from);
    if (i < 0) return false;
    const before = i === 0 ? " " : folded[i - 1]!;
    const after = i + phrase.length >= folded.length ? " " : folded[i + phrase.length]!;
    if (!isWordChar(before) && !isWordChar(after)) return true;
    from = i + 1;
  }
}

export function hasAnyWord(folded: string, phrases: readonly string[]): string | null {
  for (const p of phrases) if (hasWord(folded, p)) return p;
  return null;
}

function isWordChar(ch: string): boolean {
  return /[a-z0-9]/.test(ch);
}
