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
