/**
 * Word reports: a .docx written by the `docx` library from a seed (its footnotes as real Word
 * footnotes) reads back as the seed's text, so extractRecords finds the same statements; the CLI's
 * `text extract|check --in report.docx` gives what the .txt gives; a PDF or .doc gets a message.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Document, FootnoteReferenceRun, Packer, Paragraph, Tab, TextRun } from "docx";
import type { CliIO } from "../../../src/cli/command";
import { runCli } from "../../../src/cli/main";
import { extractRecords, type ExtractedRecord } from "../../../src/core/extract";
import { reportText } from "../../../src/core/report-file";
import { wordText } from "../../../src/core/report-file/docx-text";
import { UserError } from "../../../src/core/user-error";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const SEEDS = path.join(ROOT, "seeds");
const seedFiles = fs.readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort();

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "docx-report-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(line: string): TextRun {
  const parts = line.split("\t");
  return new TextRun({ children: parts.flatMap((p, i) => (i === 0 ? [p] : [new Tab(), p])) });
}

/**
 * The seed as a Word document: one paragraph per line. A line "N text" whose N is the next footnote
 * number (1, 2, …) becomes footnote N, cited at the end of the paragraph before it: where the PDF's
 * text puts a footnote (the foot of the page) is where the reader brings it back.
 */
async function seedAsDocx(text: string): Promise<{ bytes: Buffer; footnotes: number }> {
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

/** What a statement says: everything but where its quote sits. */
function statement(r: ExtractedRecord): string {
  return JSON.stringify([r.indicator.code, r.indicator.unit, r.kind, r.value, r.period, r.reported, r.qualifier ?? null]);
}

describe("a seed written as .docx by the docx library", () => {
  it.each(seedFiles)("%s: the same text, footnotes in place, and the same statements", async (file) => {
    const seed = fs.readFileSync(path.join(SEEDS, file), "utf8");
    const { bytes, footnotes } = await seedAsDocx(seed);
    const text = await reportText(`${file}.docx`, bytes);
    expect(text).toBe(seed);
    const fromDocx = extractRecords(text).records.map(statement);
    const fromTxt = extractRecords(seed).records.map(statement);
    expect(fromTxt.length).toBeGreaterThan(0);
    expect(fromDocx).toEqual(fromTxt);
    // seeds/001 has 19 footnotes (lines "1 Sáu tháng 2020: …" to "19 Triển khai …"), all now real Word footnotes.
    if (file.startsWith("001")) expect(footnotes).toBe(19);
  });

  it("seeds/001: the footnotes' statements are found (frozen seafood 5.268 tấn is in footnote 1)", async () => {
    const file = seedFiles.find((f) => f.startsWith("001"))!;
    const { bytes } = await seedAsDocx(fs.readFileSync(path.join(SEEDS, file), "utf8"));
    const records = extractRecords(await reportText("001.docx", bytes)).records;
    expect(records.some((r) => r.value === 5268 && r.reported.pctOfPlan === 50.17)).toBe(true);
    // Footnote 4: the electricity saved by public lighting, "59.526 kWh, chiếm 0,80%".
    expect(records.some((r) => r.value === 59526)).toBe(true);
  });
});

describe("the CLI reads .docx", () => {
  function capture(): CliIO & { stdout: string[]; stderr: string[] } {
    const stdout: string[] = [];
    const stderr: string[] = [];
    return { out: (t) => stdout.push(t), err: (t) => stderr.push(t), lang: "vi", root: ROOT, stdout, stderr };
  }

  it("text extract and text check --in report.docx print what the .txt gives", async () => {
    const file = seedFiles.find((f) => f.startsWith("001"))!;
    const txt = path.join(SEEDS, file);
    const docx = path.join(tmp, "bao-cao.docx");
    fs.writeFileSync(docx, (await seedAsDocx(fs.readFileSync(txt, "utf8"))).bytes);
    for (const command of ["extract", "check"]) {
      const a = capture();
      const b = capture();
      expect(await runCli(["text", command, "--in", txt, "--json"], a)).toBe(0);
      expect(await runCli(["text", command, "--in", docx, "--json"], b)).toBe(0);
      expect(b.stdout.join("\n")).toBe(a.stdout.join("\n"));
    }
  });
});

describe("files that are not text or .docx", () => {
  async function refusal(name: string, bytes: Uint8Array): Promise<UserError> {
    try {
      await reportText(name, bytes);
    } catch (e) {
      if (e instanceof UserError) return e;
      throw e;
    }
    throw new Error(`${name} was read`);
  }

  it("a PDF: copy the text out first (Vietnamese by default, English too)", async () => {
    const e = await refusal("bao-cao.pdf", new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj"));
    expect(e.code).toBe("report-pdf");
    expect(e.text.vi).toBe(
      "bao-cao.pdf là tệp PDF: chưa đọc được số liệu từ PDF. Hãy mở tệp, chép (copy) phần văn bản rồi dán vào ô văn bản, hoặc lưu thành .txt hay .docx.",
    );
    expect(e.text.en).toMatch(/copy the text out/);
  });

  it("a Word 97-2003 .doc: save it as .docx", async () => {
    const e = await refusal("cu.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(e.text.vi).toMatch(/Word 97-2003 \(\.doc\).*lưu lại thành \.docx/);
  });

  it("a damaged .docx or another zip: says it cannot be read as .docx", async () => {
    expect((await refusal("hong.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).code).toBe("report-docx-unreadable");
    const { bytes } = await seedAsDocx("Một dòng");
    expect((await refusal("cut.docx", bytes.subarray(0, bytes.length - 30))).code).toBe("report-docx-unreadable");
  });

  it("other binary: neither text nor .docx", async () => {
    expect((await refusal("anh.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]))).text.vi).toMatch(/không phải văn bản thuần hay tệp Word \.docx/);
  });

  it("UTF-8 text with a byte-order mark: the mark is dropped", async () => {
    expect(await reportText("a.txt", new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe("A");
  });
});

describe("wordText on WordprocessingML written by hand", () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

  it("table rows on one line, cells tab-separated; deleted text and field codes left out; entities decoded", () => {
    const document = `<w:document ${W}><w:body>
      <w:p><w:r><w:t>Chỉ tiêu &amp; số liệu</w:t></w:r><w:del><w:r><w:delText>bỏ</w:delText></w:r></w:del></w:p>
      <w:tbl><w:tr><w:tc><w:p><w:r><w:t>GTSX</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>45.400</w:t></w:r></w:p><w:p><w:r><w:t>tỷ đồng</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
      <w:p><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:t>2</w:t></w:r><w:r><w:tab/><w:t>&#x110;&#7841;t</w:t></w:r></w:p>
    </w:body></w:document>`;
    expect(wordText({ document })).toBe("Chỉ tiêu & số liệu\nGTSX\t45.400 tỷ đồng\nTrang 2\tĐạt");
  });

  it("footnotes and endnotes after the paragraph citing them, numbered in citing order; separators left out", () => {
    const document = `<w:document ${W}><w:body>
      <w:p><w:r><w:t>Sản phẩm tăng</w:t></w:r><w:r><w:footnoteReference w:id="7"/></w:r><w:r><w:t>.</w:t></w:r></w:p>
      <w:p><w:r><w:t>Điện</w:t></w:r><w:r><w:endnoteReference w:id="3"/></w:r></w:p>
    </w:body></w:document>`;
    const footnotes = `<w:footnotes ${W}>
      <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
      <w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Thủy sản đạt 5.268 tấn</w:t></w:r></w:p></w:footnote>
    </w:footnotes>`;
    const endnotes = `<w:endnotes ${W}><w:endnote w:id="3"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>Số ước</w:t></w:r></w:p></w:endnote></w:endnotes>`;
    expect(wordText({ document, footnotes, endnotes })).toBe("Sản phẩm tăng.\n1 Thủy sản đạt 5.268 tấn\nĐiện\n1 Số ước");
  });
});
