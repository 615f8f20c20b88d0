// The custom table ("Chỉ tiêu tự chọn") through the production path (pane -> excelHost -> src/excel ->
// simulated Excel on the web): indicators searched with and without diacritics, three picked in an
// order that is not the dataset's, inserted; the rows come in the picked order with their figures
// and the document's rates; a refresh finds them unchanged; one undo empties the area again.
//
// Expected figures copied by hand from seeds/001 (Trà Vinh, first half of 2020):
//   "Đường kết ước đạt 12.371 tấn, đạt 70,69% so kế hoạch, giảm 31,76% so cùng kỳ"
//   "tổng mức bán lẻ hàng hóa và dịch vụ: Ước đạt 15.997 tỷ đồng, giảm 2,89% so cùng kỳ, đạt 42,1% so kế hoạch"
//   "Thủy sản đông lạnh ước đạt 5.268 tấn, đạt 50,17% kế hoạch, tăng 56,27% so cùng kỳ"
// The table's "% so cùng kỳ" is the period over the same period: 100 - 31,76 = 68,24; 97,11; 156,27; rates
// shown with a percent sign (the table's number format).
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { openPreview, choose, pickDataset, cell, findCell } = require("./fixture");

const VI = { province: "Tỉnh", document: "Văn bản và kỳ" };

/** In the order picked: the search typed, the checkbox ticked, the figures the table must show. */
const PICKS = [
  { search: "duong ket", box: /^Đường kết \(/, name: "Đường kết", actual: 12371, pctPlan: "70,69%", pctPrior: "68,24%" },
  { search: "bán lẻ hàng hóa", box: /^Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng \(/, name: "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", actual: 15997, pctPlan: "42,10%", pctPrior: "97,11%" },
  { search: "thuy san dong lanh", box: /^Thủy sản đông lạnh \(/, name: "Thủy sản đông lạnh", actual: 5268, pctPlan: "50,17%", pctPrior: "156,27%" },
];

/** Columns of the custom table from its anchor B2: B STT, C name, D unit, E plan, F actual, G same period, H % plan, I % same period. */
const COLS = { name: "C", actual: "F", pctPlan: "H", pctPrior: "I" };

function snapshotArea(page) {
  return page.evaluate(() => {
    const wb = window.previewWorkbook;
    const out = {};
    for (let r = 1; r <= 20; r++) {
      for (let c = 0; c < 10; c++) {
        const a = `${String.fromCharCode(65 + c)}${r}`;
        const x = wb.cell(a);
        out[a] = [x.value, x.formula, x.numberFormat, x.format.bold, x.format.fillColor];
      }
    }
    return { cells: out, merges: wb.merges() };
  });
}

test("custom table: search with and without diacritics, three indicators in the picked order, figures and rates, undo", async () => {
  const s = await openPreview();
  try {
    const { page } = s;
    await page.evaluate(() => window.previewWorkbook.select(1, 1)); // B2
    const before = await snapshotArea(page);

    await choose(page, "Mẫu bảng", "Chỉ tiêu tự chọn");
    await pickDataset(page, VI, "Trà Vinh", "6 tháng đầu năm 2020");
    const picker = page.getByTestId("indicator-picker");
    await picker.waitFor();
    const search = picker.getByRole("textbox", { name: "Tìm chỉ tiêu" });
    const available = picker.getByRole("group", { name: "Chỉ tiêu của bộ số liệu, theo lĩnh vực" });

    for (const pick of PICKS) {
      await search.fill(pick.search);
      const box = available.getByRole("checkbox", { name: pick.box });
      await box.waitFor();
      // The search narrows the list: the other picks' indicators are not shown for this query.
      for (const other of PICKS.filter((p) => p !== pick)) {
        assert.equal(await available.getByRole("checkbox", { name: other.box }).count(), 0, `"${pick.search}" does not list ${other.name}`);
      }
      await box.check();
    }
    // A search that matches nothing says so.
    await search.fill("khong co chi tieu nay");
    await picker.getByText("Không có chỉ tiêu nào khớp.").waitFor();
    await search.fill("");

    const chosen = picker.getByRole("list", { name: "Chỉ tiêu đã chọn (3), theo thứ tự trong bảng" });
    assert.deepEqual(await chosen.getByRole("listitem").evaluateAll((li) => li.map((x) => x.querySelector("span")?.textContent)), PICKS.map((p) => p.name));

    await page.getByRole("button", { name: "Chèn bảng", exact: true }).click();
    const inserted = page.getByRole("status").filter({ hasText: /^Đã chèn \d+ dòng vào Sheet1!B2:/ });
    await inserted.waitFor();
    const range = /Sheet1!(B2:[A-Z]+\d+)/.exec(await inserted.textContent())[1];

    // The rows in the picked order, each with its figure and the document's rates as the grid shows them.
    const rows = [];
    for (const pick of PICKS) {
      const address = await findCell(page, pick.name);
      assert.ok(address, `a row named "${pick.name}"`);
      assert.equal(address[0], COLS.name, `"${pick.name}" in the name column`);
      const row = Number(address.slice(1));
      rows.push(row);
      assert.equal((await cell(page, `${COLS.actual}${row}`)).value, pick.actual, `${pick.name}: the period's figure`);
      assert.equal((await cell(page, `${COLS.pctPlan}${row}`)).text, pick.pctPlan, `${pick.name}: % of plan`);
      assert.equal((await cell(page, `${COLS.pctPrior}${row}`)).text, pick.pctPrior, `${pick.name}: % of the same period`);
    }
    assert.ok(rows[0] < rows[1] && rows[1] < rows[2], `rows in the picked order: ${rows.join(", ")}`);
    assert.equal(rows[2] - rows[0], 2, "three consecutive rows, nothing else between them");

    // Refresh rebuilds the table from the same pick: the same three rows, so nothing changes (a refresh
    // that lost the pick would rebuild it with every indicator of the period).
    await page.getByRole("button", { name: "Làm mới" }).click();
    await page.getByText(`Đã làm mới Sheet1!${range}: số liệu không thay đổi.`).waitFor();

    await page.getByRole("button", { name: "Hoàn tác lần chèn" }).click();
    await page.getByRole("status").filter({ hasText: `Đã hoàn tác lần chèn tại Sheet1!${range}.` }).waitFor();
    assert.deepEqual(await snapshotArea(page), before, "A1:J20 as it was");
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});
