// Issue 2's slice in a real browser: insert "Sản phẩm công nghiệp chủ yếu" for Trà Vinh,
// 6 months of 2020, and read the computed percentages from the page.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { openPreview, choose, insertProductsSlice, cell, findCell } = require("./fixture");

// The report's own figures (seeds/001, footnote 1): % of plan and growth on the same period.
const PRODUCTS = [
  ["Thủy sản đông lạnh", 50.17, 56.27],
  ["Nước sinh hoạt", 67.08, 32.63],
  ["Điện sản xuất", 58.9, 31.39],
  ["Bộ truyền dẫn điện dùng trong ô tô", 56.82, 15.66],
  ["Thuốc viên các loại", 39.73, 6.34],
  ["Điện thương phẩm", 47.65, 6.04],
  ["Gạo xay xát", 27.5, 1.98],
  ["Than hoạt tính", 49.93, 1.86],
  ["May mặc", 48.87, 1.43],
  ["Giày thành phẩm", 14.75, -63.43],
  ["Túi xách các loại", 19.99, -51.45],
  ["Thảm xơ dừa", 37.27, -26.28],
  ["Đường kết", 70.69, -31.76],
];

test("inserts the 13 products with % of plan and % of the same period equal to the report", async () => {
  const s = await openPreview();
  try {
    const { page } = s;
    await choose(page, "Mẫu bảng", "Sản phẩm công nghiệp chủ yếu");
    await choose(page, "Tỉnh", "Trà Vinh");
    await choose(page, "Văn bản và kỳ", "6 tháng đầu năm 2020");
    await page.getByTestId("dataset-source").waitFor();
    await page.getByRole("button", { name: "Chèn bảng", exact: true }).click();
    await page.getByText(/Đã chèn \d+ dòng vào Sheet1!B2:/).waitFor();

    for (const [name, pctOfPlan, growth] of PRODUCTS) {
      const address = await findCell(page, name);
      assert.ok(address, `${name} is in the table`);
      const row = address.replace(/^[A-Z]+/, "");
      // Block at B2: B STT, C product, D unit, E plan, F actual, G same period, H % of plan, I % of same period.
      const ofPlan = await cell(page, `H${row}`);
      const ofPrior = await cell(page, `I${row}`);
      assert.equal(Math.round(ofPlan.value * 10000) / 100, pctOfPlan, `${name}: % of plan`);
      assert.equal(Math.round((ofPrior.value - 1) * 10000) / 100, growth, `${name}: growth on the same period`);
      assert.equal(ofPlan.text, `${pctOfPlan.toFixed(2).replace(".", ",")}%`);
    }
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test("refuses to overwrite the table without consent, then undoes the insert", async () => {
  const s = await openPreview();
  try {
    const { page } = s;
    await insertProductsSlice(page);
    // Same place again: the pane must ask first.
    await page.getByRole("button", { name: "Chèn bảng", exact: true }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Hủy" }).click();
    await page.getByText("Đã hủy, bảng tính không thay đổi.").waitFor();
    assert.equal(await findCell(page, "Thủy sản đông lạnh"), "C9", "the table is still there after cancelling");
    await page.getByRole("button", { name: "Hoàn tác lần chèn" }).click();
    await page.getByText(/Đã hoàn tác lần chèn tại Sheet1!B2:/).waitFor();
    assert.equal(await findCell(page, "Thủy sản đông lạnh"), null);
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});
