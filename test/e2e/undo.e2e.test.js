// Undo through the production path (pane -> excelHost -> src/excel -> simulated Excel on the web):
// a table inserted over the planner's own cells, with consent, and undone, gives back exactly what
// was there: values, formulas, text kept as text by an apostrophe ('001, '=x), fills and "no fill"
// (office-js #4900: a cell without fill reads as white, and must not come back as a white fill),
// and merged cells.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { openPreview, choose, pickDataset } = require("./fixture");

const VI = { province: "Tỉnh", document: "Văn bản và kỳ" };

/** The planner's cells inside the area the products table (B2:I27) will cover. */
const FIXTURE = [
  ["C9", "'001"], // a code typed with an apostrophe: text, not the number 1
  ["D9", "'=x"], // text that looks like a formula
  ["E9", 5],
  ["F9", "=E9*2"],
  ["C20", "gộp"],
];

/** Everything the test compares of a cell, as the simulator holds it. */
function snapshotCells(page, addresses) {
  return page.evaluate((list) => {
    const wb = window.previewWorkbook;
    return Object.fromEntries(
      list.map((a) => {
        const c = wb.cell(a);
        return [a, { value: c.value, formula: c.formula, text: c.text, apostrophe: c.hasApostrophe, fill: c.format.fillColor, bold: c.format.bold, numberFormat: c.numberFormat }];
      }),
    );
  }, addresses);
}

/** Every cell address of B2:I27. */
const AREA = [];
for (let r = 2; r <= 27; r++) for (let c = 0; c < 8; c++) AREA.push(`${String.fromCharCode(66 + c)}${r}`);

test("undo after an insert over the planner's cells restores values, apostrophe text, fills, no fill and merges", async () => {
  const s = await openPreview();
  try {
    const { page } = s;
    await page.evaluate((cells) => {
      const wb = window.previewWorkbook;
      const sheet = wb.book.activeSheet;
      for (const [a, v] of cells) wb.book.setCell(sheet, a, v);
      wb.book.setFill(sheet, "E9:F9", "#FFFF00");
      wb.book.merge(sheet, "C20:D20");
      wb.select(1, 1); // B2
    }, FIXTURE);
    const before = await snapshotCells(page, AREA);
    const mergesBefore = await page.evaluate(() => window.previewWorkbook.merges());
    // The fixture as typed: the apostrophes keep text, the formula evaluates, no fill is null.
    assert.deepEqual([before.C9.value, before.C9.apostrophe, before.D9.value, before.D9.formula], ["001", true, "=x", null]);
    assert.deepEqual([before.F9.formula, before.F9.value, before.E9.fill, before.B2.fill], ["=E9*2", 10, "#FFFF00", null]);
    assert.deepEqual(mergesBefore, ["C20:D20"]);

    await choose(page, "Mẫu bảng", "Sản phẩm công nghiệp chủ yếu");
    await pickDataset(page, VI, "Trà Vinh", "6 tháng đầu năm 2020");
    await page.getByTestId("dataset-source").waitFor();
    await page.getByRole("button", { name: "Chèn bảng", exact: true }).click();
    // The planner's cells are not written over without consent (the merge is named first).
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    assert.match(await dialog.textContent(), /đã gộp/);
    await dialog.getByRole("button", { name: "Ghi đè" }).click();
    await page.getByText(/^Đã chèn 26 dòng vào Sheet1!B2:I27/).waitFor();

    const inserted = await snapshotCells(page, AREA);
    const bolded = AREA.filter((a) => !before[a].bold && inserted[a].bold);
    assert.ok(bolded.length > 0, "the table formats cells (its title and header are bold)");
    assert.notDeepEqual(inserted.C9, before.C9, "the insert wrote over C9");
    assert.notDeepEqual(await page.evaluate(() => window.previewWorkbook.merges()), mergesBefore, "the table has its own merges");

    await page.getByRole("button", { name: "Hoàn tác lần chèn" }).click();
    await page.getByRole("status").filter({ hasText: /^Đã hoàn tác lần chèn tại Sheet1!B2:I27/ }).waitFor();
    const after = await snapshotCells(page, AREA);
    for (const a of bolded) assert.equal(after[a].bold, false, `${a}: not bold again`);
    // Excel reports "no fill" as white (office-js #4900): undo must not paint the cells white.
    for (const a of AREA.filter((x) => before[x].fill === null)) assert.equal(after[a].fill, null, `${a}: no fill again, not a white fill`);
    assert.deepEqual(after, before, "every cell of B2:I27 as it was");
    assert.deepEqual(await page.evaluate(() => window.previewWorkbook.merges()), mergesBefore, "the merges as they were");
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});
