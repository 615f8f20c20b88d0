// The pane as a planner meets it: every tab opens its section with its one-line explanation and the
// section's main button does its work (results read from the page), and the language switch in
// "Cài đặt", remembered across a reload. Each section is driven in depth elsewhere: insert and its
// templates (slice, templates), refresh and undo (refresh), data (data), recalculating (recalc),
// checking text (check), settings (settings); a11y.e2e drives all of them in both languages and themes.
const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { openPreview, choose, pickDataset, selectedLabel, cell, BUILD } = require("./fixture");

let s;
before(async () => {
  s = await openPreview({ query: "?pane=500" });
});
after(async () => {
  await s?.close();
});

/** Loads the preview afresh: an empty workbook and, unless `keepSettings`, no saved settings. */
async function load({ keepSettings = false } = {}) {
  const { page } = s;
  if (!keepSettings) await page.evaluate(() => localStorage.clear());
  s.problems.length = 0;
  await page.goto(`${s.server.url}/preview.html?pane=500`);
  await page.getByRole("tab").first().waitFor();
  return page;
}

/** The tabs' labels as shown (Fluent also keeps a hidden bold copy of each to reserve its width). */
async function tabNames(page) {
  return page.getByRole("tab").locator(".fui-Tab__content:not(.fui-Tab__content--reserved-space)").allTextContents();
}

/** The section's one-line explanation under the tabs. */
function intro(page) {
  return page.locator("main > span").first();
}

/** Picks template, province and document, waits for the dataset, inserts at B2. */
async function insert(page, { template, province, document, ui = VI }) {
  await page.evaluate(() => window.previewWorkbook.select(1, 1));
  await choose(page, ui.template, template);
  await pickDataset(page, ui, province, document);
  await page.getByTestId("dataset-source").filter({ hasText: province }).waitFor();
  await page.getByRole("button", { name: ui.insert, exact: true }).click();
  const status = page.getByRole("status").filter({ hasText: ui.inserted });
  await status.waitFor();
  const text = await status.textContent();
  const m = ui.inserted.exec(text);
  // The message says exactly what was written: N rows, from the selected cell down N rows.
  const [, rows, firstCol, firstRow, , lastRow] = m;
  assert.equal(`${firstCol}${firstRow}`, "B2", text);
  assert.equal(Number(lastRow) - Number(firstRow) + 1, Number(rows), text);
  return { text, firstRow: Number(firstRow), lastRow: Number(lastRow) };
}

/** The 1-based row, within rows `from`..`to`, whose column C (the indicator column) reads `name`. */
async function rowOf(page, name, from, to) {
  const row = await page.evaluate(
    ([text, a, b]) => {
      for (let r = a; r <= b; r++) if (window.previewWorkbook.value(r - 1, 2) === text) return r;
      return null;
    },
    [name, from, to],
  );
  assert.ok(row, `"${name}" is in rows ${from}-${to}`);
  return row;
}

const VI = {
  template: "Mẫu bảng",
  province: "Tỉnh",
  document: "Văn bản và kỳ",
  insert: "Chèn bảng",
  inserted: /^Đã chèn (\d+) dòng vào Sheet1!([A-Z]+)(\d+):([A-Z]+)(\d+)\.$/,
};
const EN = {
  template: "Template",
  province: "Province",
  document: "Document and period",
  insert: "Insert table",
  inserted: /^Inserted (\d+) rows into Sheet1!([A-Z]+)(\d+):([A-Z]+)(\d+)\.$/,
};

test("English in Cài đặt: tabs, explanations, messages and numbers in English, remembered after a reload", async () => {
  const page = await load();
  assert.deepEqual(await tabNames(page), ["Chèn bảng", "Dữ liệu", "Tính lại", "Kiểm tra số liệu", "Cài đặt"]);
  await page.getByRole("tab", { name: "Cài đặt" }).click();
  await choose(page, "Ngôn ngữ", "English");
  await page.getByRole("button", { name: "Lưu cài đặt" }).click();
  await page.getByRole("status").filter({ hasText: /^Settings saved\.$/ }).waitFor();

  assert.deepEqual(await tabNames(page), ["Insert table", "Data", "Recalculate", "Check figures", "Settings"]);
  assert.equal(await intro(page).textContent(), "Display options, data source and language.");
  assert.equal(await page.getByRole("link", { name: "Help" }).count(), 1);
  // Screen readers read the pane as English.
  assert.equal(await page.getByTestId("pane").locator(".fui-FluentProvider").getAttribute("lang"), "en");

  await page.getByRole("tab", { name: "Insert table" }).click();
  assert.equal(await intro(page).textContent(), "Insert a standard indicator table with its rate formulas ready.");
  const done = await insert(page, { template: "Main industrial products", province: "Trà Vinh", document: "first 6 months of 2020", ui: EN });
  assert.equal(done.text, "Inserted 26 rows into Sheet1!B2:I27.");

  const frozenSeafood = async () => {
    await page.getByRole("tab", { name: "Data", exact: true }).click();
    await pickDataset(page, EN, "Trà Vinh", "first 6 months of 2020");
    await page.getByRole("searchbox", { name: "Filter by indicator name" }).fill("frozen seafood");
    await page.getByTestId("data-record-count").filter({ hasText: /^Showing 6 of 6 figures$/ }).waitFor();
  };
  await frozenSeafood();
  // English separators: 5,268 (the report's 5.268 tấn, seeds/001 footnote 1).
  await page.getByTestId("data-record-value").getByText("5,268 tấn", { exact: true }).waitFor();

  await load({ keepSettings: true });
  assert.deepEqual(await tabNames(page), ["Insert table", "Data", "Recalculate", "Check figures", "Settings"], "English is remembered");
  await frozenSeafood();
  await page.getByTestId("data-record-value").getByText("5,268 tấn", { exact: true }).waitFor();

  // And back: Vietnamese separators again.
  await page.getByRole("tab", { name: "Settings" }).click();
  await choose(page, "Language", "Tiếng Việt");
  await page.getByRole("button", { name: "Save settings" }).click();
  await page.getByRole("status").filter({ hasText: /^Đã lưu cài đặt\.$/ }).waitFor();
  await page.getByRole("tab", { name: "Dữ liệu" }).click();
  await pickDataset(page, VI, "Trà Vinh", "6 tháng đầu năm 2020");
  await page.getByRole("searchbox", { name: "Lọc theo tên chỉ tiêu" }).fill("thuy san dong lanh");
  await page.getByTestId("data-record-value").getByText("5.268 tấn", { exact: true }).waitFor();
  assert.equal(await page.getByTestId("data-record-value").getByText("5,268 tấn", { exact: true }).count(), 0);
  assert.deepEqual(s.problems, []);
});

test("every tab opens its section, whose main button does its work", async () => {
  const page = await load();
  const open = async (tab, explanation) => {
    await page.getByRole("tab", { name: tab, exact: true }).click();
    await page.locator(`section[aria-label="${tab}"]`).waitFor();
    assert.equal(await intro(page).textContent(), explanation);
  };

  // Chèn bảng: the default template, Trà Vinh 6 months of 2020 (seeds/001): 19.125,44 tỷ đồng, 42,13% of plan.
  await open("Chèn bảng", "Chèn bảng chỉ tiêu theo mẫu báo cáo, có công thức tính tỷ lệ sẵn.");
  assert.equal(await selectedLabel(page, "Mẫu bảng"), "Chỉ tiêu chủ yếu");
  const main = await insert(page, { template: "Chỉ tiêu chủ yếu", province: "Trà Vinh", document: "6 tháng đầu năm 2020" });
  const r = await rowOf(page, "Giá trị sản xuất công nghiệp", main.firstRow, main.lastRow);
  assert.equal((await cell(page, `F${r}`)).text, "19.125,44");
  assert.equal((await cell(page, `H${r}`)).text, "42,13%");

  // Dữ liệu: the same dataset, all its figures counted, listed 50 at a time.
  await open("Dữ liệu", "Danh mục bộ số liệu kế hoạch và nguồn của từng số.");
  await pickDataset(page, VI, "Trà Vinh", "6 tháng đầu năm 2020");
  const total = JSON.parse(fs.readFileSync(path.join(BUILD, "data", "tv-sct-2020-h1.json"), "utf8")).records.length;
  await page.getByTestId("data-record-count").filter({ hasText: `Đang hiện 50/${total} số liệu` }).waitFor();
  assert.equal(await page.getByTestId("data-record").count(), 50);

  // Tính lại: reads the table just inserted, down to its last row, with % of plan as a comparison column.
  await page.evaluate((row) => window.previewWorkbook.select(row - 1, 2), r);
  await open("Tính lại", "Tính lại tỷ lệ đạt trong bảng của bạn: chọn một ô trong bảng rồi bấm nút.");
  await page.getByRole("button", { name: "Đọc bảng đang chọn" }).click();
  const extent = page.getByTestId("recalc-extent");
  await extent.waitFor();
  // Read as Excel's current region around the cell: down to the blank row above the footnote,
  // so the footnote and signature rows below are not part of the table.
  const blank = await page.evaluate(([a, b]) => {
    for (let row = a; row <= b; row++) if (window.previewWorkbook.value(row - 1, 2) === "") return row;
    return null;
  }, [r, main.lastRow]);
  assert.ok(blank && blank < main.lastRow, `a blank row inside the inserted block, above its footnote (${blank})`);
  assert.match(await extent.textContent(), new RegExp(`^Bảng B\\d+:I${blank - 1}: \\d+ dòng số liệu\\.`));
  assert.equal(await page.getByRole("combobox", { name: "Vai trò của cột H" }).inputValue(), "comparison");

  // Kiểm tra số liệu: the report's sentence about industrial output (seeds/001), typed in.
  await open("Kiểm tra số liệu", "Dán văn bản báo cáo để lấy số liệu và kiểm tra tỷ lệ %.");
  await page
    .getByRole("textbox", { name: "Văn bản báo cáo" })
    .fill("Báo cáo 6 tháng đầu năm 2020. Giá trị sản xuất công nghiệp: Ước đạt 19.125,44 tỷ đồng, tăng 11,77% so cùng kỳ, đạt 42,13% so kế hoạch (45.400 tỷ đồng).");
  await page.getByRole("button", { name: "Kiểm tra số liệu", exact: true }).click();
  await page.getByRole("status").filter({ hasText: /^Tìm thấy 2 số liệu; 0 chỗ tỷ lệ hoặc số không khớp\.$/ }).waitFor();
  await page.getByTestId("check-records").getByText("Giá trị sản xuất công nghiệp: 19.125,44 tỷ đồng").waitFor();

  // Cài đặt: saving says so.
  await open("Cài đặt", "Tùy chọn hiển thị, nguồn dữ liệu và ngôn ngữ.");
  await page.getByRole("button", { name: "Lưu cài đặt" }).click();
  await page.getByRole("status").filter({ hasText: /^Đã lưu cài đặt\.$/ }).waitFor();
  assert.deepEqual(s.problems, []);
});
