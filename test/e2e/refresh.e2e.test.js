// Refresh in the preview: new figures replace only the table's data cells, a hand edit is not
// replaced without consent, and undo puts the cells back.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { openPreview, insertProductsSlice, cell, findCell, BUILD } = require("./fixture");

/** Types a value into a preview cell, as a planner would in Excel. */
async function typeInto(page, address, value) {
  await page.evaluate(
    ([a, v]) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a);
      const wb = window.previewWorkbook;
      wb.select(Number(m[2]) - 1, m[1].charCodeAt(0) - 65);
      wb.paste([[v]]);
    },
    [address, value],
  );
}

test("refresh writes new figures into data cells only and asks before replacing a hand edit", async () => {
  const s = await openPreview();
  try {
    const { page } = s;
    await insertProductsSlice(page);
    const row = (await findCell(page, "Thủy sản đông lạnh")).replace(/^[A-Z]+/, "");
    // Unchanged data: nothing to do.
    await page.getByRole("button", { name: "Làm mới" }).click();
    await page.getByText(/số liệu không thay đổi/).waitFor();

    // The server now publishes a corrected figure for frozen seafood (5.268 -> 5.300 tấn).
    const file = path.join(BUILD, "data", "tv-sct-2020-h1.json");
    const data = JSON.parse(fs.readFileSync(file, "utf8"));
    const rec = data.records.find((r) => r.indicator.code.includes("frozen-seafood") && r.kind === "estimate" && r.period.months === 6);
    assert.ok(rec, "the dataset has the frozen seafood estimate");
    rec.value = 5300;
    await page.route("**/data/tv-sct-2020-h1.json", (route) => route.fulfill({ json: data }));

    // A planner's note typed next to the table, and a hand edit of another data cell.
    await typeInto(page, `K${row}`, "ghi chú riêng");
    await typeInto(page, `F${Number(row) + 1}`, "18");
    await page.getByRole("button", { name: "Làm mới" }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    assert.match(await dialog.textContent(), new RegExp(`F${Number(row) + 1}`));
    await dialog.getByRole("button", { name: "Hủy" }).click();
    assert.equal((await cell(page, `F${row}`)).value, 5268, "nothing written after cancelling");

    await page.getByRole("button", { name: "Làm mới" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Ghi đè" }).click();
    await page.getByText(/Đã làm mới Sheet1!B2:[A-Z]+\d+: \d+ ô thay đổi/).waitFor();
    assert.equal((await cell(page, `F${row}`)).value, 5300);
    // % of plan follows the new figure through the live formula: 5300 / 10500.3... (plan derived from 5268 / 50,17%).
    const plan = (await cell(page, `E${row}`)).value;
    assert.equal(Math.round((await cell(page, `H${row}`)).value * 1e6), Math.round((5300 / plan) * 1e6));
    assert.equal((await cell(page, `K${row}`)).text, "ghi chú riêng", "cells outside the table are untouched");

    await page.getByRole("button", { name: "Hoàn tác lần chèn" }).click();
    await page.getByText(/Đã hoàn tác/).waitFor();
    assert.equal((await cell(page, `F${row}`)).value, 5268, "undo restores the figures before the refresh");
    assert.equal((await cell(page, `F${Number(row) + 1}`)).value, 18, "and the hand edit as it was");
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});
