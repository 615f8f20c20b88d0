/**
 * A report file as text, for the CLI (`text extract|check --in`) and the pane's file picker alike:
 * plain text (UTF-8), or a Word .docx with its footnotes. A PDF or an old .doc gets a message
 * saying what to do instead. Recognised by content, not by name: a renamed file still reads right.
 */
import { UserError } from "../user-error";
import { wordText } from "./docx-text";
import { readZipTexts, ZipFormatError } from "./zip";

type Kind = "pdf" | "zip" | "ole" | "binary" | "text";

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function kindOf(bytes: Uint8Array): Kind {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // "%PDF-"
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "zip"; // "PK\3\4": .docx, .xlsx, …
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "ole"; // Word 97-2003 .doc
  return bytes.includes(0) ? "binary" : "text";
}

/** The text of a report file. `name` is only for messages. Throws UserError for what it cannot read. */
export async function reportText(name: string, bytes: Uint8Array): Promise<string> {
  switch (kindOf(bytes)) {
    case "pdf":
      throw new UserError("report-pdf", {
        vi: `${name} là tệp PDF: chưa đọc được số liệu từ PDF. Hãy mở tệp, chép (copy) phần văn bản rồi dán vào ô văn bản, hoặc lưu thành .txt hay .docx.`,
        en: `${name} is a PDF, which cannot be read for figures. Open it, copy the text out and paste it into the text box, or save it as .txt or .docx.`,
      });
    case "ole":
      throw new UserError("report-doc", {
        vi: `${name} là tệp Word 97-2003 (.doc): hãy mở bằng Word và lưu lại thành .docx.`,
        en: `${name} is a Word 97-2003 file (.doc): open it in Word and save it as .docx.`,
      });
    case "zip":
      return docxText(name, bytes);
    case "binary":
      throw new UserError("text-binary", {
        vi: `Tệp ${name} không phải văn bản thuần hay tệp Word .docx. Hãy lưu báo cáo dưới dạng .txt (UTF-8) hoặc .docx.`,
        en: `${name} is not plain text or a Word .docx. Save the report as .txt (UTF-8) or .docx.`,
      });
    case "text":
      // A byte-order mark is not part of the text: offsets count from the first real character.
      return new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
  }
}

async function docxText(name: string, bytes: Uint8Array): Promise<string> {
  const unreadable = new UserError("report-docx-unreadable", {
    vi: `Không đọc được ${name} như một tệp Word .docx (tệp hỏng, hoặc là tệp nén khác). Hãy mở bằng Word và lưu lại, hoặc chép văn bản ra .txt.`,
    en: `${name} cannot be read as a Word .docx (damaged, or another kind of zip). Open it in Word and save it again, or copy the text out to .txt.`,
  });
  let parts: Map<string, string>;
  try {
    parts = await readZipTexts(bytes, ["word/document.xml", "word/footnotes.xml", "word/endnotes.xml"]);
  } catch (e) {
    if (e instanceof ZipFormatError) throw unreadable;
    throw e;
  }
  const document = parts.get("word/document.xml");
  if (document === undefined) throw unreadable;
  return wordText({ document, footnotes: parts.get("word/footnotes.xml"), endnotes: parts.get("word/endnotes.xml") });
}
