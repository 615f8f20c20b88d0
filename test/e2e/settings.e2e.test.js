// Options remembered per workbook (issue 4, point 8): the pane saves comparison style,
// decimals, source column and language through the host's saveSettings, the next insert uses
// them, and they are still there when the pane is opened again.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { openPreview, choose, selectedLabel, cell, findCell } = require("./fixture");

// The workbook setting the pane's options are saved under (src/excel/pane-settings.ts PANE_KEY): in the
// simulated Excel's workbook settings, as Excel keeps them in the file.
const PANE_KEY = "vnPlan.pane";

async function insertSlice(page, names) {
  await choose(page, names.template, names.products);
  await choose(page, names.province, "Trà Vinh");
  await choose(page, names.document, names.period);
  await page.getByTestId("dataset-source").waitFor();
  await page.getByRole("button", { name: names.insert, exact: true }).click();
  await page.getByText(names.inserted).waitFor();
}

const VI = {
  template: "Mẫu bảng",
  products: "Sản phẩm công nghiệp chủ yếu",
  province: "Tỉnh",
  document: "Văn bản và kỳ",
  period: "6 tháng đầu năm 2020",
  insert: "Chèn bảng",
  inserted: /^Đã chèn \d+ dòng vào Sheet1!B2:/,
};

test("index style, 1 decimal and the source column are saved, used by the next insert and kept after a reload", async () => {
  const s = await openPreview();
  try {
    const { page } = s;
    await page.getByRole("tab", { name: "Cài đặt" }).click();
    await choose(page, "Kiểu so sánh", "Chỉ số ×100 (111,77)");
    await choose(page, "Số chữ số thập phân", "1");
    await page.getByRole("switch", { name: "Thêm cột nguồn số liệu" }).check();
    await page.getByRole("button", { name: "Lưu cài đặt" }).click();
    await page.getByText("Đã lưu cài đặt.").waitFor();
    const stored = await page.evaluate((k) => window.previewWorkbook.settings()[k], PANE_KEY);
    assert.deepEqual(
      { comparisonStyle: stored.comparisonStyle, decimals: stored.decimals, sourceColumn: stored.sourceColumn, lang: stored.lang },
      { comparisonStyle: "index", decimals: 1, sourceColumn: true, lang: "vi" },
      "saved through the host's saveSettings",
    );

    await page.getByRole("tab", { name: "Chèn bảng" }).click();
    await insertSlice(page, VI);
    const row = (await findCell(page, "Thủy sản đông lạnh")).replace(/^[A-Z]+/, "");
    // seeds/001 footnote 1: "đạt 50,17% kế hoạch": the index 50,17 (not 0,5017), shown with 1 decimal.
    const ofPlan = await cell(page, `H${row}`);
    assert.equal(Math.round(ofPlan.value * 100) / 100, 50.17);
    assert.equal(ofPlan.text, "50,2");
    // "tăng 56,27% so cùng kỳ": index 156,27.
    assert.equal(Math.round((await cell(page, `I${row}`)).value * 100) / 100, 156.27);
    assert.ok(await findCell(page, "Nguồn số liệu"), "the source column is there");

    await page.reload();
    await page.getByRole("tab").first().waitFor();
    await page.getByRole("tab", { name: "Cài đặt" }).click();
    assert.equal(await selectedLabel(page, "Kiểu so sánh"), "Chỉ số ×100 (111,77)");
    assert.equal(await selectedLabel(page, "Số chữ số thập phân"), "1");
    assert.equal(await page.getByRole("switch", { name: "Thêm cột nguồn số liệu" }).isChecked(), true);
    // And the next insert after the reload still uses them.
    await page.getByRole("tab", { name: "Chèn bảng" }).click();
    await insertSlice(page, VI);
    assert.equal((await cell(page, `H${(await findCell(page, "Thủy sản đông lạnh")).replace(/^[A-Z]+/, "")}`)).text, "50,2");
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test("the language of labels is saved and used by the pane and the next insert", async () => {
  const s = await openPreview();
  try {
    const { page } = s;
    await page.getByRole("tab", { name: "Cài đặt" }).click();
    await choose(page, "Ngôn ngữ", "English");
    await page.getByRole("button", { name: "Lưu cài đặt" }).click();
    await page.getByText("Settings saved.").waitFor();
    await page.reload();
    await page.getByRole("tab", { name: "Insert table" }).click();
    await insertSlice(page, {
      template: "Template",
      products: "Main industrial products",
      province: "Province",
      document: "Document and period",
      period: "first 6 months of 2020",
      insert: "Insert table",
      inserted: /^Inserted \d+ rows into Sheet1!B2:/,
    });
    assert.ok(await findCell(page, "Frozen seafood"), "English labels in the table");
    assert.ok(await findCell(page, "MAIN INDUSTRIAL PRODUCTS, FIRST 6 MONTHS OF 2020"));
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});
