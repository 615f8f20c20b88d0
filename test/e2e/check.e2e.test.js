// "Kiểm tra số liệu" in the preview: paste a seed report, see its figures and its own
// discrepancies, jump to a sentence, insert the figures as a standard table.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { openPreview, cell, findCell } = require("./fixture");

const SEED = fs.readFileSync(path.join(__dirname, "..", "..", "seeds", "001_48cb49815079e24b.txt"), "utf8");

test("checks a pasted report and inserts its products as a table", async () => {
  const s = await openPreview();
  try {
    const { page } = s;
    await page.getByRole("tab", { name: "Kiểm tra số liệu" }).click();
    const box = page.getByRole("textbox", { name: "Văn bản báo cáo" });
    await box.fill(SEED);
    await page.getByRole("button", { name: "Kiểm tra số liệu" }).click();
    await page.getByText(/Tìm thấy \d+ số liệu; \d+ chỗ/).waitFor();

    // The report's own slip: 45.266 of a 45.400 plan is 99,70%, not the 99,71% it states.
    const finding = page.getByTestId("check-findings").locator("li", { hasText: "99,71" });
    await finding.waitFor();
    assert.match(await finding.textContent(), /99,70/);
    await finding.getByRole("button", { name: "Xem câu" }).click();
    const selected = await box.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
    assert.ok(SEED.includes(selected) && selected.includes("99,71%"), `selected: ${selected}`);

    await page.getByTestId("check-records").getByText(/Thủy sản đông lạnh: 5\.268 tấn/).waitFor();

    await page.getByRole("combobox", { name: "Mẫu bảng" }).selectOption({ label: "Sản phẩm công nghiệp chủ yếu" });
    await page.getByRole("button", { name: "Chèn thành bảng" }).click();
    await page.getByText(/Đã chèn \d+ dòng vào Sheet1!B2:/).waitFor();
    const address = await findCell(page, "Thủy sản đông lạnh");
    assert.ok(address, "the products table is in the sheet");
    const row = address.replace(/^[A-Z]+/, "");
    assert.equal((await cell(page, `H${row}`)).text, "50,17%");
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test("opens a Word report with its footnotes, and says to copy a PDF's text out", async () => {
  const { Document, FootnoteReferenceRun, Packer, Paragraph, TextRun } = require("docx");
  // seeds/001's sentence with its footnote 1 as a real Word footnote.
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph(" Thủy sản đông lạnh ước đạt 5.268 tấn, đạt 50,17% kế hoạch, tăng 56,27% so cùng kỳ.")] } },
    sections: [
      {
        children: [
          new Paragraph("Sáu tháng đầu năm 2020"),
          new Paragraph({ children: [new TextRun("Có 9 sản phẩm tăng và 04 sản phẩm giảm so cùng kỳ"), new FootnoteReferenceRun(1)] }),
        ],
      },
    ],
  });
  const docx = await Packer.toBuffer(doc);
  const s = await openPreview();
  try {
    const { page } = s;
    await page.getByRole("tab", { name: "Kiểm tra số liệu" }).click();
    const box = page.getByRole("textbox", { name: "Văn bản báo cáo" });
    await page.getByTestId("check-file").setInputFiles({ name: "bao-cao.docx", mimeType: "application/octet-stream", buffer: docx });
    await page.getByText("Đã đọc bao-cao.docx:").waitFor();
    assert.match(await box.inputValue(), /so cùng kỳ\n1 Thủy sản đông lạnh ước đạt 5\.268 tấn/);
    await page.getByRole("button", { name: "Kiểm tra số liệu" }).click();
    await page.getByTestId("check-records").getByText(/Thủy sản đông lạnh: 5\.268 tấn/).waitFor();

    await page.getByTestId("check-file").setInputFiles({ name: "bao-cao.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n") });
    await page.getByText("bao-cao.pdf là tệp PDF: chưa đọc được số liệu từ PDF. Hãy mở tệp, chép (copy) phần văn bản").waitFor();
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});
