// Every standard table in the preview (issue 4): each template is inserted with a dataset it
// applies to, one figure the document states is read from the page, the insert is undone (the
// cells are empty again), inserted again and refreshed ("không thay đổi"); then its empty
// variant is inserted with its formulas ready and undone. One browser session for all six.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { openPreview, choose, cell } = require("./fixture");

const GTSX = "Giá trị sản xuất công nghiệp";

/** Column letter of block column k for a block anchored in column B. */
const col = (k) => String.fromCharCode(66 + k);

/** Selects a cell of the preview sheet (row and column are 0-based). */
async function select(page, row, column) {
  await page.evaluate(([r, c]) => window.previewWorkbook.select(r, c), [row, column]);
}

/** The 1-based row of the cell in column `letter` whose text is `text`, within rows from..to. */
async function rowOf(page, letter, text, from, to) {
  const row = await page.evaluate(
    ([l, t, a, b]) => {
      for (let r = a; r <= b; r++) {
        const td = document.querySelector(`[data-addr="${l}${r}"]`);
        if (td && td.textContent === t) return r;
      }
      return null;
    },
    [letter, text, from, to],
  );
  assert.ok(row, `"${text}" is in column ${letter}, rows ${from}-${to}`);
  return row;
}

/** Texts of every shown cell of a range ("B2:I17"), for the "empty again" check. */
async function texts(page, range) {
  return page.evaluate((r) => {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(r);
    const [c1, r1, c2, r2] = [m[1].charCodeAt(0), Number(m[2]), m[3].charCodeAt(0), Number(m[4])];
    const out = [];
    for (let row = r1; row <= r2; row++)
      for (let c = c1; c <= c2; c++) {
        const td = document.querySelector(`[data-addr="${String.fromCharCode(c)}${row}"]`);
        if (td && td.textContent !== "") out.push(`${String.fromCharCode(c)}${row}=${td.textContent}`);
      }
    return out;
  }, range);
}

/** Clicks "Chèn bảng" and returns the range written from the cell `at`, from the status line. */
async function insert(page, at) {
  await page.getByRole("button", { name: "Chèn bảng", exact: true }).click();
  const status = page.getByText(new RegExp(`^Đã chèn \\d+ dòng vào Sheet1!${at}:`));
  await status.waitFor();
  const text = await status.textContent();
  return /Sheet1!([A-Z]+\d+:[A-Z]+\d+)/.exec(text)[1];
}

async function undo(page, range) {
  await page.getByRole("button", { name: "Hoàn tác lần chèn" }).click();
  await page.getByText(`Đã hoàn tác lần chèn tại Sheet1!${range}.`).waitFor();
}

async function refreshUnchanged(page, range) {
  await choose(page, "Bảng đã chèn", `Sheet1!${range}`);
  await page.getByRole("button", { name: "Làm mới" }).click();
  await page.getByText(`Đã làm mới Sheet1!${range}: số liệu không thay đổi.`).waitFor();
}

async function pickData(page, template, province, documentAndPeriod) {
  await choose(page, "Mẫu bảng", template);
  await choose(page, "Tỉnh", province);
  await choose(page, "Văn bản và kỳ", documentAndPeriod);
  await page.getByTestId("dataset-source").waitFor();
}

const lastRow = (range) => Number(/(\d+)$/.exec(range)[1]);
const firstRow = (range) => Number(/^[A-Z]+(\d+)/.exec(range)[1]);
const round2 = (x) => Math.round(x * 100) / 100;

/**
 * Each case: the template's name in the gallery, the dataset, and a check reading the figures
 * the document states (block anchored in column B, between rows a and b).
 */
const CASES = [
  {
    template: "Chỉ tiêu chủ yếu",
    data: ["Trà Vinh", "6 tháng đầu năm 2020"],
    // seeds/001: production value "tăng 11,77% so cùng kỳ, đạt 42,13% so kế hoạch".
    check: async (page, a, b) => {
      const r = await rowOf(page, col(1), GTSX, a, b);
      assert.equal((await cell(page, `${col(6)}${r}`)).text, "42,13%");
      assert.equal(round2(((await cell(page, `${col(7)}${r}`)).value - 1) * 100), 11.77);
      return `${col(6)}${r}`;
    },
  },
  {
    template: "Sản phẩm công nghiệp chủ yếu",
    data: ["Trà Vinh", "6 tháng đầu năm 2020"],
    // seeds/001 footnote 1: "Thủy sản đông lạnh ước đạt 5.268 tấn, đạt 50,17% kế hoạch, tăng 56,27% so cùng kỳ".
    check: async (page, a, b) => {
      const r = await rowOf(page, col(1), "Thủy sản đông lạnh", a, b);
      assert.equal((await cell(page, `${col(4)}${r}`)).value, 5268);
      assert.equal((await cell(page, `${col(6)}${r}`)).text, "50,17%");
      assert.equal(round2(((await cell(page, `${col(7)}${r}`)).value - 1) * 100), 56.27);
      return `${col(6)}${r}`;
    },
  },
  {
    template: "Còn phải thực hiện",
    data: ["Trà Vinh", "6 tháng đầu năm 2020"],
    // seeds/001: "chỉ tiêu cần phải thực hiện 6 tháng cuối năm 2020": 45.266 − 19.125,44 = 26.140,56 tỷ đồng.
    check: async (page, a, b) => {
      const r = await rowOf(page, col(1), GTSX, a, b);
      const remaining = await cell(page, `${col(7)}${r}`);
      assert.equal(remaining.text, "26.140,56");
      assert.equal(round2(remaining.value), 26140.56);
      return `${col(7)}${r}`;
    },
  },
  {
    template: "Mục tiêu tăng trưởng giai đoạn",
    data: ["Trà Vinh", "1809/QĐ-UBND"],
    // seeds/000 (QĐ 1809): 14,48%/year over 2021-2025; mining 5%, manufacturing 12%, electricity and water 15%.
    // Implied 2025 value, hand-computed: 44.164 × 1,1448^5 = 86.839,34 tỷ đồng.
    check: async (page, a, b) => {
      const r = await rowOf(page, col(1), GTSX, a, b);
      assert.equal((await cell(page, `${col(4)}${r}`)).text, "14,48");
      assert.equal(round2((await cell(page, `${col(5)}${r}`)).value), 86839.34);
      const rates = [];
      for (let i = 1; i <= 4; i++) rates.push((await cell(page, `${col(4)}${r + i}`)).value);
      assert.deepEqual(rates, [5, 12, 15, 15]);
      return `${col(5)}${r}`;
    },
  },
  {
    template: "Cơ cấu / tỷ trọng",
    data: ["Trà Vinh", "6 tháng đầu năm 2020"],
    // seeds/001 footnote 4: electricity saved, "chiếm 0,80%", "2,72%", "56,95%", "39,53%": they add up to 100.
    check: async (page, a, b) => {
      const r = await rowOf(page, col(1), "Chiếu sáng công cộng", a, b);
      const shares = [];
      for (let i = 0; i < 4; i++) shares.push((await cell(page, `${col(4)}${r + i}`)).text);
      assert.deepEqual(shares, ["0,80%", "2,72%", "56,95%", "39,53%"]);
      // The group's total row (just above its parts) adds up the shares.
      assert.equal((await cell(page, `${col(4)}${r - 1}`)).text, "100,00%");
      return `${col(4)}${r - 1}`;
    },
  },
  {
    template: "Phụ lục nhiệm vụ",
    data: ["Trà Vinh", "1809/QĐ-UBND"],
    // seeds/000 (QĐ 1809), the appendix: 25 tasks; none has a progress status yet.
    check: async (page, a, b) => {
      const r = await rowOf(page, col(1), "Tổng số nhiệm vụ", a, b);
      assert.equal((await cell(page, `${col(7)}${r}`)).value, 25);
      assert.equal((await cell(page, `${col(7)}${r + 1}`)).value, 0);
      assert.equal((await cell(page, `${col(0)}${r - 1}`)).text, "25", "the last task is number 25");
      return `${col(7)}${r}`;
    },
  },
];

test("each template is inserted, read, undone, inserted again and refreshed; its empty variant is undone", async () => {
  const s = await openPreview();
  try {
    const { page } = s;
    let anchor = 1; // 0-based sheet row of the next table, in column B
    for (const c of CASES) {
      await select(page, anchor, 1);
      await pickData(page, c.template, ...c.data);
      const range = await insert(page, `B${anchor + 1}`);
      const figure = await c.check(page, firstRow(range), lastRow(range));
      const shown = (await cell(page, figure)).text;
      assert.ok((await texts(page, range)).length > 20, `${c.template}: the table is shown`);

      await undo(page, range);
      assert.deepEqual(await texts(page, range), [], `${c.template}: the cells are empty again after undo`);

      assert.equal(await insert(page, `B${anchor + 1}`), range);
      await refreshUnchanged(page, range);
      assert.equal((await cell(page, figure)).text, shown, `${c.template}: the refresh changes nothing`);
      anchor = lastRow(range) + 1;
    }

    // Empty variants, side by side with the filled tables (column N), each undone before the next.
    await page.getByRole("switch", { name: "Chèn bảng trống (tự nhập số)" }).check();
    for (const c of CASES) {
      await choose(page, "Mẫu bảng", c.template);
      await select(page, 1, 13);
      const range = await insert(page, "N2");
      const formulas = await page.evaluate(([a, b]) => {
        const wb = window.previewWorkbook;
        let n = 0;
        for (let r = a - 1; r < b; r++) for (let k = 13; k < 26; k++) if (String(wb.content(r, k) ?? "").startsWith("=")) n++;
        return n;
      }, [firstRow(range), lastRow(range)]);
      assert.ok(formulas >= 3, `${c.template}: the empty table has its formulas ready (${formulas})`);
      assert.ok((await texts(page, range)).length > 10, `${c.template} (empty): the table is shown`);
      await undo(page, range);
      assert.deepEqual(await texts(page, range), [], `${c.template} (empty): the cells are empty again after undo`);
    }
    // The filled tables are still there.
    assert.equal((await cell(page, `${col(6)}${await rowOf(page, col(1), "Thủy sản đông lạnh", 1, 200)}`)).text, "50,17%");
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test("the empty products table computes % of plan from the figures typed in", async () => {
  const s = await openPreview();
  try {
    const { page } = s;
    await choose(page, "Mẫu bảng", "Sản phẩm công nghiệp chủ yếu");
    await page.getByRole("switch", { name: "Chèn bảng trống (tự nhập số)" }).check();
    const range = await insert(page, "B2");
    // The first body row: the first row whose STT (column B) reads 1.
    const r = await rowOf(page, "B", "1", firstRow(range), lastRow(range));
    assert.equal((await cell(page, `H${r}`)).text, "", "blank while the plan is empty");
    // seeds/001: plan 10.500 tấn is not stated; 5.268 ÷ 10.500 = 50,17% (hand-computed).
    await select(page, r - 1, 4);
    await page.evaluate(() => window.previewWorkbook.paste([["10500", "5268", "3371"]]));
    assert.equal((await cell(page, `H${r}`)).text, "50,17%");
    // 5.268 ÷ 3.371 = 156,27% (hand-computed; the report: "tăng 56,27% so cùng kỳ").
    assert.equal((await cell(page, `I${r}`)).text, "156,27%");
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test("a % of plan chart with the 100% line is drawn beside the products table", async () => {
  const s = await openPreview();
  try {
    const { page } = s;
    await pickData(page, "Sản phẩm công nghiệp chủ yếu", "Trà Vinh", "6 tháng đầu năm 2020");
    const range = await insert(page, "B2");
    await page.getByRole("button", { name: "Chèn biểu đồ % kế hoạch" }).click();
    await page.getByText(/^Đã chèn biểu đồ tỷ lệ hoàn thành kế hoạch của 13 chỉ tiêu/).waitFor();
    const chart = page.getByTestId("preview-chart");
    assert.equal(await chart.getAttribute("aria-label"), "Tỷ lệ hoàn thành kế hoạch (%)");
    // The chart is named for its table (src/excel/chart.ts), so inserting it again replaces it.
    assert.equal(await chart.getAttribute("data-name"), `vnPlan chart ${range.replace(":", "-")}`);
    const bars = await chart.locator("g[data-label]").evaluateAll((gs) => gs.map((g) => [g.dataset.label, Number(g.dataset.value)]));
    assert.equal(bars.length, 13);
    // seeds/001 footnote 1: 50,17% for frozen seafood, 70,69% for sugar.
    assert.deepEqual(bars[0].slice(0, 1), ["Thủy sản đông lạnh"]);
    assert.equal(round2(bars[0][1] * 100), 50.17);
    assert.deepEqual([bars[12][0], round2(bars[12][1] * 100)], ["Đường kết", 70.69]);
    assert.equal(await chart.getByTestId("plan-line").getAttribute("data-value"), "1");
    // The remaining table has no % of plan: no chart button for it.
    await pickData(page, "Còn phải thực hiện", "Trà Vinh", "6 tháng đầu năm 2020");
    await select(page, lastRow(range) + 1, 1);
    const second = await insert(page, `B${lastRow(range) + 2}`);
    await choose(page, "Bảng đã chèn", `Sheet1!${second}`);
    assert.equal(await page.getByRole("button", { name: "Chèn biểu đồ % kế hoạch" }).count(), 0);
    // Undoing the products insert is no longer possible (the last insert is the remaining table);
    // undoing that one keeps the products chart.
    await undo(page, second);
    assert.equal(await page.getByTestId("preview-chart").count(), 1);
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});
