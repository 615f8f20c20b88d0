/**
 * A seed report written as a Word document by the `docx` library, for the tests of Word reports.
 */
import { Document, FootnoteReferenceRun, Packer, Paragraph, Tab, TextRun } from "docx";

function run(line: string): TextRun {
  const parts = line.split("\t");
  return new TextRun({ children: parts.flatMap((p, i) => (i === 0 ? [p] : [new Tab(), p])) });
}

/**
 * The seed as a Word document: one paragraph per line. A line "N text" whose N is the next footnote
 * number (1, 2, …) becomes footnote N, cited at the end of the paragraph before it: where the PDF's
 * text puts a footnote (the foot of the page) is where the reader brings it back.
 */
export async function seedAsDocx(text: string): Promise<{ bytes: Buffer; footnotes: number }> {
  const lines = text.split("\n");
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  // Runs per paragraph, made into Paragraphs at the end: a Paragraph copies its runs when made.
  const paragraphs: TextRun[][] = [];
  let next = 1;
  for (const line of lines) {
    const m = /^(\d{1,2}) (\S.*)$/.exec(line);
    const citing = paragraphs[paragraphs.length - 1];
    if (m && Number(m[1]) === next && citing) {
      footnotes[next] = { children: [new Paragraph({ children: [run(m[2]!)] })] };
      citing.push(new FootnoteReferenceRun(next));
      next += 1;
      continue;
    }
    paragraphs.push(line === "" ? [] : [run(line)]);
  }
  const doc = new Document({ footnotes, sections: [{ children: paragraphs.map((children) => new Paragraph({ children })) }] });
  return { bytes: await Packer.toBuffer(doc), footnotes: next - 1 };
}
