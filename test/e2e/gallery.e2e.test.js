// The template gallery: every template with what it computes and its columns; choosing one sets the picker.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { openPreview, selectedLabel } = require("./fixture");

test("the gallery shows the seven templates (the custom table with them) and choosing one sets the template", async () => {
  const s = await openPreview({ query: "?pane=320", viewport: { width: 1000, height: 900 } });
  try {
    const { page } = s;
    const gallery = page.getByTestId("template-gallery");
    await gallery.getByText("Xem tất cả 7 mẫu bảng").click();
    assert.equal(await gallery.locator("li").count(), 7);
    const remaining = gallery.locator("li", { hasText: "Còn phải thực hiện" });
    assert.match(await remaining.textContent(), /Kế hoạch/);
    await remaining.getByRole("button", { name: /Chọn mẫu Còn phải thực hiện/ }).click();
    assert.match(await selectedLabel(page, "Mẫu bảng"), /Còn phải thực hiện/);
    assert.equal(await remaining.getByRole("button").textContent(), "Đang chọn");
    const overflow = await page.getByTestId("pane").evaluate((el) => el.scrollWidth - el.clientWidth);
    assert.ok(overflow <= 1, `pane content overflows by ${overflow}px`);
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});
