// Recalculating a pasted department table through the pane: detection, a corrected column
// role, text numbers converted, formulas written and evaluated in the preview.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { openPreview, cell } = require("./fixture");

const TABLE = [
  ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Thực hiện 6 tháng 2026", "Số liệu đối chiếu", "% so KH", "So cùng kỳ (%)"],
  ["1", "Điện sản xuất", "triệu kWh", "21400", "10600", "8068", "", ""],
  ["2", "Nước sinh hoạt", "triệu m3", "25.5", "17.1", "12,89", "", ""],
  ["3", "Gạo xay xát", "nghìn tấn", "550", "-", "148.33", "", ""],
];

/** Pastes TABLE at B2, selects `selection` ("C4", "2:5") and reads it in the recalculation tab; the extent shown. */
async function pasteAndRead(page, selection) {
  await page.evaluate(
    ([rows, address]) => {
      const wb = window.previewWorkbook;
      wb.select(1, 1); // B2
      wb.paste(rows);
      wb.selectRange(address);
    },
    [TABLE, selection],
  );
  await page.getByRole("tab", { name: "Tính lại" }).click();
  await page.getByRole("button", { name: "Đọc bảng đang chọn" }).click();
  await page.getByTestId("recalc-extent").waitFor();
  return page.getByTestId("recalc-extent").textContent();
}

test("recalculates a pasted department table, with a corrected column role", async () => {
  const s = await openPreview();
  try {
    const { page } = s;
    // C4, one cell inside the table: the table is the region around it.
    assert.match(await pasteAndRead(page, "C4"), /B2:I5/);

    // "Số liệu đối chiếu" says nothing of its role: the planner marks it as the same period.
    const roleOfG = page.getByRole("combobox", { name: "Vai trò của cột G" });
    assert.notEqual(await roleOfG.inputValue(), "prior", "the detector cannot know this column's role");
    await roleOfG.selectOption("prior");
    assert.equal(await page.getByRole("combobox", { name: "Vai trò của cột E" }).inputValue(), "plan");
    // "6 tháng" is a cumulative from the start of the year (domain notes).
    assert.equal(await page.getByRole("combobox", { name: "Vai trò của cột F" }).inputValue(), "cumulative");
    assert.equal(await page.getByRole("combobox", { name: "Vai trò của cột H" }).inputValue(), "comparison");

    // "12,89" was typed as text: the pane names it and converts it on request.
    const convert = page.getByRole("switch", { name: /Chuyển 1 ô có số dạng văn bản thành số \(G4\)/ });
    await convert.check();
    await page.getByRole("button", { name: /Tính lại tỷ lệ \(\d+ công thức\)/ }).click();
    await page.getByText(/Đã ghi \d+ công thức vào/).waitFor();

    // Hand-computed: 10600 / 21400 and 10600 / 8068; 17,1 / 25,5 and 17,1 / 12,89.
    const h3 = await cell(page, "H3");
    const i3 = await cell(page, "I3");
    const i4 = await cell(page, "I4");
    const ratio = (v) => Math.round(v * 1e6) / 1e6;
    // Headers with "%" and no figures yet: index ×100, as in the GSO tables.
    assert.equal(ratio(h3.value / 100), ratio(10600 / 21400));
    assert.equal(ratio(i3.value / 100), ratio(10600 / 8068));
    assert.equal(ratio(i4.value / 100), ratio(17.1 / 12.89));
    assert.equal(h3.text, "49,53", "a General cell gets the style's format: two decimals");
    assert.equal((await cell(page, "G4")).value, 12.89, "the text number became a number");
    // No actual for rice ("-"): its comparisons stay blank, not #DIV/0! or #VALUE!.
    assert.equal((await cell(page, "H5")).text, "");
    assert.equal((await cell(page, "I5")).text, "");
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test("recalculates a table selected by whole rows (2:5): the rows are read within the used range", async () => {
  const s = await openPreview();
  try {
    const { page } = s;
    // Whole rows, as clicking the row headers selects them (office-js returns null values for them).
    assert.match(await pasteAndRead(page, "2:5"), /B2:I5/);
    await page.getByRole("combobox", { name: "Vai trò của cột G" }).selectOption("prior");
    await page.getByRole("button", { name: /Tính lại tỷ lệ \(\d+ công thức\)/ }).click();
    await page.getByText(/Đã ghi \d+ công thức vào/).waitFor();
    // Hand-computed: 10600 / 21400 and 10600 / 8068, index ×100.
    const ratio = (v) => Math.round(v * 1e6) / 1e6;
    assert.equal(ratio((await cell(page, "H3")).value / 100), ratio(10600 / 21400));
    assert.equal(ratio((await cell(page, "I3")).value / 100), ratio(10600 / 8068));
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});
