/**
 * The text of a Word document from its WordprocessingML parts (ECMA-376 Part 1, §17), as a planner
 * would copy it out: one line per paragraph, table cells separated by tabs, and each footnote or
 * endnote as its own line ("1 Sáu tháng 2020: …") right after the paragraph that cites it, as it
 * sits at the foot of the page in the report's PDF. The note mark itself is left out of the body
 * text, so "5.268 tấn¹" never reads as "5.268 tấn1".
 *
 * A small tag scanner rather than an XML parser: the pane has no DOMParser in Node tests and the
 * CLI has none at all; only a handful of elements matter for the text.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) =>
    e.startsWith("#x") ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCodePoint(parseInt(e.slice(1), 10)) : ENTITIES[e]!,
  );
}

const TAG = /<(\/?)([A-Za-z_][\w.-]*:?[\w.-]*)([^>]*?)(\/?)>|([^<]+)/g;

function attribute(attrs: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
}

interface Part {
  /** Text of the part, one entry per top-level paragraph (or table row). */
  blocks: { text: string; notes: NoteRef[] }[];
}

interface NoteRef {
  kind: "footnote" | "endnote";
  id: string;
}

/**
 * Walks the paragraphs and tables of one story (the body, or one note). `w:t` holds the text;
 * deleted text (`w:delText`), field codes (`w:instrText`) and the fallback copy of a text box
 * (`mc:Fallback`) are not shown by Word and are skipped.
 */
function walk(xml: string, noteMark?: string): Part {
  const blocks: Part["blocks"] = [];
  let line = "";
  let notes: NoteRef[] = [];
  let inText = false;
  let skip = 0;
  let tableDepth = 0;
  let paragraphInCell = false;
  const flush = () => {
    blocks.push({ text: line, notes });
    line = "";
    notes = [];
  };
  for (const m of xml.matchAll(TAG)) {
    const [, close, name, attrs = "", selfClosing, text] = m;
    if (text !== undefined) {
      if (inText && skip === 0) line += decodeEntities(text);
      continue;
    }
    if (name === "mc:Fallback" || name === "w:del" || name === "w:instrText" || name === "w:delText") {
      if (!selfClosing) skip += close ? -1 : 1;
      continue;
    }
    if (skip > 0) continue;
    switch (name) {
      case "w:t":
        inText = !close && !selfClosing;
        break;
      case "w:tab":
        if (!close) line += "\t";
        break;
      case "w:br":
      case "w:cr":
        if (!close) line += tableDepth > 0 ? " " : "\n";
        break;
      case "w:noBreakHyphen":
        if (!close) line += "-";
        break;
      case "w:footnoteReference":
      case "w:endnoteReference": {
        const id = attribute(attrs, "w:id");
        if (id !== undefined) notes.push({ kind: name === "w:footnoteReference" ? "footnote" : "endnote", id });
        break;
      }
      case "w:footnoteRef":
      case "w:endnoteRef":
        if (noteMark !== undefined) line += `${noteMark} `;
        break;
      case "w:tbl":
        tableDepth += close ? -1 : selfClosing ? 0 : 1;
        break;
      case "w:tc":
        // Cells of a row on one line, tab-separated, as Word copies a table as text.
        if (close && tableDepth === 1) line += "\t";
        if (!close) paragraphInCell = false;
        break;
      case "w:tr":
        if (close && tableDepth === 1) {
          line = line.replace(/\t$/, "");
          flush();
        }
        break;
      case "w:p":
        if (close || selfClosing) {
          if (tableDepth > 0) paragraphInCell = true;
          else flush();
        } else if (tableDepth > 0 && paragraphInCell) {
          line += " ";
        }
        break;
    }
  }
  return { blocks };
}

/** Each note of a notes part (footnotes.xml, endnotes.xml) by id; separators (negative/0 ids, w:type) left out. */
function notesById(xml: string | undefined, element: "w:footnote" | "w:endnote"): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  const re = new RegExp(`<${element}\\b([^>]*)>([\\s\\S]*?)</${element}>`, "g");
  for (const m of xml.matchAll(re)) {
    const attrs = m[1] ?? "";
    const id = attribute(attrs, "w:id");
    if (id === undefined || attribute(attrs, "w:type") !== undefined) continue;
    out.set(id, m[2] ?? "");
  }
  return out;
}

export interface WordParts {
  /** word/document.xml */
  document: string;
  /** word/footnotes.xml, when the document has footnotes */
  footnotes?: string;
  /** word/endnotes.xml */
  endnotes?: string;
}

/** The document's text, footnotes and endnotes included, numbered in the order the body cites them. */
export function wordText(parts: WordParts): string {
  const footnotes = notesById(parts.footnotes, "w:footnote");
  const endnotes = notesById(parts.endnotes, "w:endnote");
  const numbers = { footnote: 0, endnote: 0 };
  const lines: string[] = [];
  for (const block of walk(parts.document).blocks) {
    lines.push(block.text);
    for (const ref of block.notes) {
      const xml = (ref.kind === "footnote" ? footnotes : endnotes).get(ref.id);
      if (xml === undefined) continue;
      numbers[ref.kind] += 1;
      // The mark plus the space most notes type after it: one space, as in "1 Sáu tháng 2020".
      walk(xml, String(numbers[ref.kind])).blocks.forEach((note, i) => lines.push(i === 0 ? note.text.replace(/^(\d+) \s*/, "$1 ") : note.text));
    }
  }
  return lines.join("\n");
}
