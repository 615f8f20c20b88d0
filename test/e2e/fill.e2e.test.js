// Filling a planner's own form through the production path (pane "Điền biểu mẫu" -> excelHost ->
// src/excel/fill-form -> simulated Excel on the web): a small official-style form whose rows are
// worded differently from the dataset (Trà Vinh, first half of 2020, seeds/001), read from a cell
// selected in it; the proposals shown; one row ("Điện", which could be either electricity figure)
// answered by hand; written; the figures and the comparison rates as the grid shows them; then one
// undo gives back every cell of the form as it was, the figure the planner had typed (E5) included.
//
// Expected figures and rates are copied by hand from the seed's footnote 1 (seeds/001, "Sáu tháng
// 2020: ..."), never computed from the code under test:
//   Thủy sản đông lạnh ước đạt 5.268 tấn, đạt 50,17% kế hoạch, tăng 56,27% so cùng kỳ
//   Nước sinh hoạt ước đạt 17,1 triệu m3, đạt 67,08% so kế hoạch, tăng 32,63% so cùng kỳ
//   Điện thương phẩm ước đạt 540,8 triệu Kwh, đạt 47,65% kế hoạch, tăng 6,04% so cùng
//   Gạo xay xát ước đạt 151,27 nghìn tấn, đạt 27,5% kế hoạch, tăng 1,98% so cùng kỳ
//   Giày thành phẩm ước đạt 3,52 triệu đôi, đạt 14,75% kế hoạch, giảm 63,43% so cùng kỳ
//   Đường kết ước đạt 12.371 tấn, đạt 70,69% so kế hoạch, giảm 31,76% so cùng kỳ
// "% so CK" in this form is the period over the same period (100 + growth): 156,27; 132,63; ...
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { openPreview, choose, pickDataset, cell } = require("./fixture");

const VI = { province: "Tỉnh", document: "Văn bản và kỳ" };

/** The form as the planner typed it, from A1 (0-based rows 0..10, columns A..G). */
const FORM = [
  ["TÌNH HÌNH SẢN XUẤT MỘT SỐ SẢN PHẨM CÔNG NGHIỆP CHỦ YẾU 6 THÁNG NĂM 2020"],
  ["Đơn vị tính: theo từng dòng"],
  ["Chỉ tiêu", "ĐVT", "Kế hoạch năm 2020", "Ước TH 6 tháng 2020", "Cùng kỳ 2019", "% so KH", "% so CK"],
  ["Thủy sản chế biến đông lạnh", "Tấn"], // row 4
  ["Nước máy sinh hoạt", "Triệu m3", null, null, 11], // row 5: a same-period figure the planner typed, not the dataset's (12,89)
  ["Gạo các loại (xay xát)", "Nghìn tấn"], // row 6
  ["Đường kết tinh", "Tấn"], // row 7
  ["Giày da thành phẩm", "Triệu đôi"], // row 8
  ["Điện", "Triệu kWh"], // row 9: "Điện sản xuất" or "Điện thương phẩm": the planner answers
  ["Xi măng", "Tấn"], // row 10: not in the dataset
];

/** Row of the form (1-based sheet row) -> the estimate (column D) and the two rates (F, G) as the grid shows them. */
const EXPECTED = {
  4: { label: "Thủy sản chế biến đông lạnh", estimate: 5268, pctPlan: "50,17", pctPrior: "156,27" },
  5: { label: "Nước máy sinh hoạt", estimate: 17.1, pctPlan: "67,08", pctPrior: "132,63" },
  6: { label: "Gạo các loại (xay xát)", estimate: 151.27, pctPlan: "27,50", pctPrior: "101,98" },
  7: { label: "Đường kết tinh", estimate: 12371, pctPlan: "70,69", pctPrior: "68,24" },
  8: { label: "Giày da thành phẩm", estimate: 3.52, pctPlan: "14,75", pctPrior: "36,57" },
  9: { label: "Điện", estimate: 540.8, pctPlan: "47,65", pctPrior: "106,04" },
};

/** Every cell of A1:H12 (the form and one row and column around it). */
const AREA = [];
for (let r = 1; r <= 12; r++) for (let c = 0; c < 8; c++) AREA.push(`${String.fromCharCode(65 + c)}${r}`);

function snapshotCells(page) {
  return page.evaluate((list) => {
    const wb = window.previewWorkbook;
    return Object.fromEntries(
      list.map((a) => {
        const c = wb.cell(a);
        return [a, { value: c.value, formula: c.formula, text: c.text, numberFormat: c.numberFormat, bold: c.format.bold, fill: c.format.fillColor }];
      }),
    );
  }, AREA);
}

test("fill a planner's form: read, answer one row by hand, write figures and rates, undo restores every cell", async () => {
  const s = await openPreview();
  try {
    const { page } = s;
    await page.evaluate((rows) => {
      const wb = window.previewWorkbook;
      wb.select(0, 0);
      wb.paste(rows);
      wb.select(4, 1); // B5, a cell inside the form, as a planner clicks in it
    }, FORM);
    const before = await snapshotCells(page);
    assert.equal(before.A4.value, "Thủy sản chế biến đông lạnh");
    assert.equal(before.D4.value, "", "the form holds no figures yet, but for E5");
    assert.equal(before.E5.value, 11);

    await page.getByRole("tab", { name: "Điền biểu mẫu" }).click();
    await pickDataset(page, VI, "Trà Vinh", "6 tháng đầu năm 2020");
    // The form's period (for columns that name none): the document's own, chosen explicitly as a planner would.
    await choose(page, "Kỳ của biểu mẫu", "6 tháng đầu năm 2020");
    const read = page.getByRole("button", { name: "Đọc biểu mẫu đang chọn" });
    await page.waitForFunction((b) => !b.disabled, await read.elementHandle());
    await read.click();
    await page.getByTestId("fill-rows").waitFor();

    // The proposals: five rows matched with their source sentence, "Điện" asked, "Xi măng" not matched.
    const summary = await page.getByTestId("fill-summary").textContent();
    // 15 figures, E5 among them (the planner's 11 is replaced only with consent, asked on writing).
    assert.match(summary, /Điền 15 ô số liệu vào 5 dòng khớp chỉ tiêu; 1 dòng cần chọn, 1 dòng không khớp/);
    const rows = page.getByTestId("fill-rows").locator("tbody tr");
    assert.equal(await rows.count(), 7, "one line per row of the form");
    const seafood = rows.filter({ hasText: "4. Thủy sản chế biến đông lạnh" });
    assert.match(await seafood.textContent(), /Khớp "Thủy sản đông lạnh"/);
    assert.match(await seafood.textContent(), /D4: 5\.268 — độ tin cậy \d+%/);
    assert.match(await seafood.textContent(), /Thủy sản đông lạnh ước đạt 5\.268 tấn/, "the record's source sentence is shown");
    const water = rows.filter({ hasText: "5. Nước máy sinh hoạt" });
    assert.match(await water.textContent(), /E5: 12,89\d* — độ tin cậy \d+% — thay số đang có 11/, "the typed figure is shown as replaced");
    const rice = rows.filter({ hasText: "6. Gạo các loại (xay xát)" });
    assert.match(await rice.textContent(), /D6: 151,27 —/, "151,27 nghìn tấn written in the form's nghìn tấn");
    const power = rows.filter({ hasText: "9. Điện (Triệu kWh)" });
    // "Điện" alone names three electricity indicators of the dataset as well (the saved electricity since the catalog
    // knows it as "Tiết kiệm điện" too): the planner is asked, never given one.
    assert.match(await power.textContent(), /Có thể là: "Điện năng tiết kiệm được", "Điện thương phẩm", "Điện sản xuất"/);
    assert.doesNotMatch(await power.textContent(), /D9:/, "nothing proposed for a row still asked");
    assert.match(await rows.filter({ hasText: "10. Xi măng" }).textContent(), /Không khớp chỉ tiêu nào của bộ số liệu/);
    await page.getByRole("button", { name: /^Điền biểu mẫu \(15 ô số liệu, 10 công thức\)$/ }).waitFor();

    // The planner answers the asked row by hand: "Điện" is the commercial electricity.
    const choice = page.getByRole("combobox", { name: "Chỉ tiêu của dòng 9" });
    const option = await choice.evaluate((el) => [...el.options].find((o) => o.textContent === "Điện thương phẩm")?.value);
    assert.equal(option, "product.electricity-commercial");
    await choice.selectOption(option);
    await power.filter({ hasText: /D9: 540,8 —/ }).waitFor();
    assert.match(await power.textContent(), /Điện thương phẩm ước đạt 540,8 triệu Kwh/);
    // The planner's typed E5 is replaced only with consent: cancelled first (nothing written), then agreed.
    const write = page.getByRole("button", { name: /^Điền biểu mẫu \(18 ô số liệu, 12 công thức\)$/ });
    await write.click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    assert.match(await dialog.textContent(), /1 ô đã có số khác \(E5 \(11\)\)/);
    await dialog.getByRole("button", { name: "Hủy" }).click();
    await dialog.waitFor({ state: "detached" });
    assert.deepEqual(await snapshotCells(page), before, "nothing written after cancelling");
    await write.click();
    await dialog.getByRole("button", { name: "Ghi đè" }).click();
    await page.getByRole("status").filter({ hasText: /^Đã điền 18 ô số liệu và 12 công thức vào / }).waitFor();

    // The figures and the rates, as the grid shows them.
    for (const [row, want] of Object.entries(EXPECTED)) {
      assert.equal((await cell(page, `A${row}`)).text, want.label);
      assert.equal((await cell(page, `D${row}`)).value, want.estimate, `D${row}: the estimate of ${want.label}`);
      assert.equal((await cell(page, `F${row}`)).text, want.pctPlan, `F${row}: % of plan of ${want.label}`);
      assert.equal((await cell(page, `G${row}`)).text, want.pctPrior, `G${row}: % of the same period of ${want.label}`);
    }
    const formulas = await page.evaluate(() => ["F4", "G4", "F9", "G9"].map((a) => window.previewWorkbook.cell(a).formula));
    for (const f of formulas) assert.match(f, /^=IF\(/, "the rates are formulas over the figures, not typed numbers");
    const cement = await page.evaluate(() => ["C10", "D10", "E10", "F10", "G10"].map((a) => window.previewWorkbook.cell(a).value));
    assert.deepEqual(cement, ["", "", "", "", ""], "the unmatched row is left empty");

    await page.getByRole("button", { name: "Hoàn tác lần điền" }).click();
    await page.getByRole("status").filter({ hasText: /^Đã hoàn tác lần điền tại / }).waitFor();
    assert.deepEqual(await snapshotCells(page), before, "every cell of A1:H12 as it was");
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});
