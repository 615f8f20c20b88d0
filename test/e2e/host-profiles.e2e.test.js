// The production path (pane -> excelHost -> src/excel) against the simulated Excel of each host
// profile: Excel on the web (the default, latest requirement sets, 5 MB payload limits),
// Excel 2019 (ExcelApi 1.8), where the features needing 1.9 or later are shown as unavailable with
// their reason while insert, chart, undo, recalculation and refresh work without an error, and Excel
// 2016 (ExcelApi 1.4), where the chart is refused with its reason.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { openPreview, insertProductsSlice, cell, findCell } = require("./fixture");

/** The reasons src/excel/run.ts gives for the features above ExcelApi 1.8. */
const ABOVE_1_8 = [
  "Cần ExcelApi 1.9 để kiểm tra chồng lấn Table.",
  "Cần ExcelApi 1.9 để hoàn tác cả định dạng ô.",
  "Cần ExcelApi 1.9 để đặt khổ in A4 ngang.",
  "Cần ExcelApi 1.13 để kiểm tra ô đã gộp.",
];

const TABLE = [
  ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Thực hiện 6 tháng 2026", "% so KH"],
  ["1", "Điện sản xuất", "triệu kWh", "21400", "10600", ""],
  ["2", "Nước sinh hoạt", "triệu m3", "25.5", "17.1", ""],
];

/** What Office.context.requirements answers in the page, for ExcelApi 1.8, 1.9 and 1.13. */
function requirementSets(page) {
  return page.evaluate(() => ["1.8", "1.9", "1.13"].map((v) => Office.context.requirements.isSetSupported("ExcelApi", v)));
}

test("Excel on the web is the default profile: every feature on, and the switch loads another profile", async () => {
  const s = await openPreview();
  try {
    const { page } = s;
    assert.equal(await page.evaluate(() => window.previewWorkbook.profile), "web");
    assert.deepEqual(await requirementSets(page), [true, true, true]);
    for (const reason of ABOVE_1_8) assert.equal(await page.getByText(reason).count(), 0, `nothing disabled on the web: ${reason}`);

    await page.getByTestId("host-switch").selectOption("excel-2019");
    await page.waitForURL(/[?&]host=excel-2019/);
    await page.getByRole("tab").first().waitFor();
    assert.equal(await page.evaluate(() => window.previewWorkbook.profile), "excel-2019");
    assert.deepEqual(await requirementSets(page), [true, false, false]);
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test("Excel 2019: features above ExcelApi 1.8 are disabled with their reason; insert, chart, undo, recalculation and refresh work", async () => {
  const s = await openPreview({ query: "?host=excel-2019" });
  try {
    const { page } = s;
    assert.deepEqual(await requirementSets(page), [true, false, false]);
    const warning = page.getByRole("status").filter({ hasText: ABOVE_1_8[0] });
    await warning.waitFor();
    const text = await warning.textContent();
    for (const reason of ABOVE_1_8) assert.ok(text.includes(reason), `the pane says why: ${reason}`);

    await insertProductsSlice(page);
    const row = (await findCell(page, "Thủy sản đông lạnh")).replace(/^[A-Z]+/, "");
    // seeds/001 footnote 1: frozen seafood 5.268 tấn, 50,17% of plan.
    assert.equal((await cell(page, `F${row}`)).text, "5.268");
    assert.equal((await cell(page, `H${row}`)).text, "50,17%");

    // The chart needs ExcelApi 1.7: Excel 2019 draws it.
    await page.getByRole("button", { name: "Chèn biểu đồ % kế hoạch" }).click();
    await page.getByText(/^Đã chèn biểu đồ tỷ lệ hoàn thành kế hoạch của 13 chỉ tiêu/).waitFor();
    assert.equal(await page.getByTestId("preview-chart").locator("g[data-label]").count(), 13);

    await page.getByRole("button", { name: "Hoàn tác lần chèn" }).click();
    await page.getByRole("status").filter({ hasText: /^Đã hoàn tác lần chèn tại Sheet1!B2:I27/ }).waitFor();
    assert.equal(await findCell(page, "Thủy sản đông lạnh"), null, "the table's cells are empty again");
    assert.equal((await cell(page, `F${row}`)).text, "");

    // Recalculation of a table selected by whole rows (2:4): the rows are read within the used range.
    await page.evaluate((rows) => {
      const wb = window.previewWorkbook;
      wb.select(1, 1);
      wb.paste(rows);
      wb.selectRange("2:4");
    }, TABLE);
    await page.getByRole("tab", { name: "Tính lại" }).click();
    await page.getByRole("button", { name: "Đọc bảng đang chọn" }).click();
    await page.getByTestId("recalc-extent").waitFor();
    assert.match(await page.getByTestId("recalc-extent").textContent(), /B2:G4/);
    await page.getByRole("button", { name: /Tính lại tỷ lệ \(\d+ công thức\)/ }).click();
    await page.getByText(/Đã ghi \d+ công thức vào/).waitFor();
    // Hand-computed: 10600 / 21400 and 17,1 / 25,5, as an index ×100 ("% so KH" with no figures yet, as in the GSO tables).
    assert.equal(Math.round((await cell(page, "G3")).value * 100), Math.round((10600 / 21400) * 1e4));
    assert.equal(Math.round((await cell(page, "G4")).value * 100), Math.round((17.1 / 25.5) * 1e4));
    assert.equal((await cell(page, "G3")).text, "49,53");

    // A table inserted below, then refreshed: the same figures, nothing to change.
    await page.getByRole("tab", { name: "Chèn bảng" }).click();
    await page.evaluate(() => window.previewWorkbook.select(6, 1)); // B7
    await insertProductsSlice(page);
    await page.getByText(/^Đã chèn 26 dòng vào Sheet1!B7:I32/).waitFor();
    await page.getByRole("button", { name: "Làm mới" }).click();
    await page.getByText(/^Đã làm mới Sheet1!B7:I32: số liệu không thay đổi/).waitFor();
    // A refresh that changed nothing leaves the insert undoable.
    await page.getByRole("button", { name: "Hoàn tác lần chèn" }).click();
    await page.getByRole("status").filter({ hasText: /^Đã hoàn tác lần chèn tại Sheet1!B7:I32/ }).waitFor();
    assert.equal(await findCell(page, "Thủy sản đông lạnh"), null);
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test("Excel 2016 (ExcelApi 1.4): the table is inserted and undone; the chart is refused with its reason, nothing thrown", async () => {
  const s = await openPreview({ query: "?host=excel-2016" });
  try {
    const { page } = s;
    assert.deepEqual(await requirementSets(page), [false, false, false]);
    const warning = page.getByRole("status").filter({ hasText: "Cần ExcelApi 1.7 để cố định dòng tiêu đề." });
    await warning.waitFor();
    assert.ok((await warning.textContent()).includes("Cần ExcelApi 1.7 để đọc vùng dữ liệu quanh ô."));

    await insertProductsSlice(page);
    const row = (await findCell(page, "Thủy sản đông lạnh")).replace(/^[A-Z]+/, "");
    assert.equal((await cell(page, `H${row}`)).text, "50,17%");
    await page.getByRole("button", { name: "Chèn biểu đồ % kế hoạch" }).click();
    await page.getByRole("alert").filter({ hasText: "cần ExcelApi 1.7" }).waitFor();
    assert.equal(await page.getByTestId("preview-chart").count(), 0, "no chart drawn");

    await page.getByRole("button", { name: "Hoàn tác lần chèn" }).click();
    await page.getByRole("status").filter({ hasText: /^Đã hoàn tác lần chèn tại Sheet1!B2:I27/ }).waitFor();
    assert.equal(await findCell(page, "Thủy sản đông lạnh"), null);
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});
