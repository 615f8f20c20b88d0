// The pane's "Dữ liệu" section against the data the build publishes under /data/, fetched over HTTP
// from the local static server: the dataset list, source and "as of", the figures with their derived
// and flagged values, the saved copy when the server is down, and bad files named and never inserted.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { openPreview, choose, optionLabels, BUILD } = require("./fixture");

const root = path.resolve(__dirname, "..", "..");
const shots = path.join(root, "test-output", "data");
const SEED_001 = fs.readFileSync(path.join(root, "seeds", "001_48cb49815079e24b.txt"), "utf8");

// The five published datasets as the picker shows them: province, then document number and period.
const DATASETS = [
  ["Trà Vinh", "6 tháng đầu năm 2020", "tv-sct-2020-h1"],
  ["Trà Vinh", "1809/QĐ-UBND – giai đoạn 2021-2025", "tv-qd1809-2021"],
  ["Trà Vinh", "năm 2021", "tv-sct-2021"],
  ["Vĩnh Long", "1013/QĐ-UBND – giai đoạn 2016-2020", "vl-qd1013-2015"],
  ["Đồng Tháp", "năm 2022", "dt-nq124-2022"],
];

async function openDataTab(page) {
  await page.getByRole("tab", { name: "Dữ liệu" }).click();
}

const optionTexts = optionLabels;

/** "14:53:05 25/11/2026" (vi-VN) as a Date in the browser's (and this process's) time zone. */
function parseViTime(text) {
  const m = /(\d{2}):(\d{2}):(\d{2}) (\d{2})\/(\d{2})\/(\d{4})/.exec(text);
  assert.ok(m, `a vi-VN time in "${text}"`);
  const [, h, min, s, d, mo, y] = m.map(Number);
  return new Date(y, mo - 1, d, h, min, s);
}

/** Serious or critical axe-core violations inside the Data section (the pane's own chrome is checked elsewhere). */
async function axeViolations(page, section = "Dữ liệu") {
  await page.evaluate(fs.readFileSync(path.join(root, "node_modules", "axe-core", "axe.min.js"), "utf8"));
  return page.evaluate(async (label) => {
    const result = await window.axe.run(document.querySelector(`section[aria-label="${label}"]`));
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, section);
}

function screenshot(page, name) {
  fs.mkdirSync(shots, { recursive: true });
  return page.getByTestId("pane").screenshot({ path: path.join(shots, `${name}.png`) });
}

/** Serves the pages from the build folder while the static server is down, leaving /data/ to the network. */
async function servePagesWithoutServer(page) {
  await page.route(
    (url) => !url.pathname.startsWith("/data/"),
    (route) => {
      const file = path.join(BUILD, decodeURIComponent(new URL(route.request().url()).pathname));
      return fs.existsSync(file) ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: "" });
    },
  );
}

test("lists the five datasets fetched over HTTP, with the source file and its as-of time", async () => {
  const s = await openPreview();
  try {
    const { page } = s;
    const fetched = [];
    page.on("response", (r) => fetched.push(`${r.status()} ${r.url()}`));
    const started = Date.now();
    await openDataTab(page);
    await page.getByTestId("data-source").waitFor();
    assert.ok(fetched.includes(`200 ${s.server.url}/data/index.json`), `index fetched: ${fetched.join(", ")}`);

    // The index status names where the list came from.
    await page.getByText(`Nguồn: ${s.server.url}/data/index.json · cập nhật lúc`).waitFor();

    assert.deepEqual((await optionTexts(page, "Tỉnh")).sort(), ["Trà Vinh", "Vĩnh Long", "Đồng Tháp"].sort());
    const listed = [];
    for (const province of ["Trà Vinh", "Vĩnh Long", "Đồng Tháp"]) {
      await choose(page, "Tỉnh", province);
      for (const doc of await optionTexts(page, "Văn bản và kỳ")) listed.push([province, doc]);
    }
    assert.deepEqual(listed.map(String).sort(), DATASETS.map(([p, d]) => String([p, d])).sort());

    // Each dataset, once picked, is fetched from the server and labelled with its file and time.
    for (const [province, doc, id] of DATASETS) {
      await choose(page, "Tỉnh", province);
      await choose(page, "Văn bản và kỳ", doc);
      const source = page.getByTestId("data-source");
      await source.filter({ hasText: `${s.server.url}/data/${id}.json` }).waitFor();
      assert.ok(fetched.includes(`200 ${s.server.url}/data/${id}.json`), `${id} fetched over HTTP`);
      const asOf = parseViTime(await source.textContent());
      // The time shown is when the file was fetched (to the second), not the build's or the document's date.
      assert.ok(asOf.getTime() >= Math.floor(started / 1000) * 1000 - 1000, `as of ${asOf.toISOString()} is after the test started`);
      assert.ok(asOf.getTime() <= Date.now() + 1000, `as of ${asOf.toISOString()} is not in the future`);
    }
    // The source document is shown with its number, date, issuer and seed file.
    await choose(page, "Tỉnh", "Vĩnh Long");
    const doc = page.getByTestId("data-document");
    await doc.filter({ hasText: "1013/QĐ-UBND" }).waitFor();
    const docText = await doc.textContent();
    assert.match(docText, /18\/06\/2015/);
    assert.match(docText, /Chủ tịch Ủy ban nhân dân tỉnh Vĩnh Long/);
    assert.match(docText, /002_8092bb5504b0ec9d\.txt/);
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test("Trà Vinh, 6 months of 2020: stated, derived and flagged figures with their quotes, at 320 px", async () => {
  const s = await openPreview({ query: "?pane=320", viewport: { width: 1100, height: 900 } });
  try {
    const { page } = s;
    await page.getByTestId("pane").evaluate((el) => el.parentElement.style.setProperty("--pane-width", "320px"));
    await openDataTab(page);
    await choose(page, "Tỉnh", "Trà Vinh");
    await choose(page, "Văn bản và kỳ", "6 tháng đầu năm 2020");
    await page.getByTestId("data-source").filter({ hasText: "tv-sct-2020-h1.json" }).waitFor();

    // All the dataset's figures, the first 50 shown, then 50 more on request.
    const total = JSON.parse(fs.readFileSync(path.join(BUILD, "data", "tv-sct-2020-h1.json"), "utf8")).records.length;
    const count = page.getByTestId("data-record-count");
    assert.equal(await count.textContent(), `Đang hiện 50/${total} số liệu`);
    assert.equal(await page.getByTestId("data-record").count(), 50);
    await page.getByRole("button", { name: `Xem thêm 50 (còn ${total - 50})` }).click();
    assert.equal(await count.textContent(), `Đang hiện 100/${total} số liệu`);

    // Filtering without diacritics finds the product.
    await page.getByRole("searchbox", { name: "Lọc theo tên chỉ tiêu" }).fill("thuy san dong lanh");
    const records = page.getByTestId("data-record");
    assert.equal(await records.count(), 6, "frozen seafood: 2 stated figures, each with a derived plan and prior");
    for (const text of await records.allTextContents()) assert.ok(text.startsWith("Thủy sản đông lạnh"), text);

    // The stated figure of footnote 1, with the percentages the report gives beside it; not marked derived.
    const stated = records.filter({ has: page.getByTestId("data-record-value").getByText("5.268 tấn", { exact: true }) });
    assert.equal(await stated.count(), 1);
    const statedText = await stated.textContent();
    assert.match(statedText, /6 tháng đầu năm 2020 · Ước thực hiện · đạt 50,17% kế hoạch · tăng 56,27% so cùng kỳ/);
    assert.equal(await stated.getByTestId("data-record-derived").count(), 0);

    // Its quote, on request, is the report's own sentence.
    const quote = stated.getByTestId("data-record-quote");
    assert.equal(await quote.isVisible(), false);
    const toggle = stated.getByRole("button", { name: "Xem trích dẫn: Thủy sản đông lạnh, 6 tháng đầu năm 2020" });
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    await toggle.click();
    await quote.waitFor();
    const quoted = await quote.textContent();
    assert.ok(quoted.includes("Thủy sản đông lạnh ước đạt 5.268 tấn, đạt 50,17% kế hoạch"), quoted);
    assert.ok(SEED_001.includes(quoted), "the quote is verbatim from seeds/001");
    assert.equal(await stated.getByRole("button", { name: /^Ẩn trích dẫn/ }).getAttribute("aria-expanded"), "true");

    // The 2020 plan is not stated: 5.268 ÷ 50,17% = 10.500,30 tấn (by hand), marked as derived and saying how.
    const plan = records.filter({ has: page.getByTestId("data-record-value").getByText("10.500,3 tấn", { exact: true }) });
    assert.equal(await plan.count(), 1);
    assert.match(await plan.textContent(), /năm 2020 · Kế hoạch/);
    const derived = plan.getByTestId("data-record-derived");
    assert.equal(await derived.getByText("Suy ra", { exact: true }).count(), 1);
    assert.match(await derived.textContent(), /Kế hoạch = 6 tháng đầu năm 2020 \(5\.268 tấn\) ÷ 50,17% × 100/);

    // The report says 99,71% of plan for 45.266 of 45.400 tỷ đồng; 45.266 ÷ 45.400 = 99,70% (by hand).
    await page.getByRole("searchbox", { name: "Lọc theo tên chỉ tiêu" }).fill("Giá trị sản xuất công nghiệp");
    const flagged = page
      .getByTestId("data-record")
      .filter({ has: page.getByTestId("data-record-value").getByText("45.266 tỷ đồng", { exact: true }) });
    assert.equal(await flagged.count(), 1);
    const flag = flagged.getByTestId("data-record-flag").filter({ hasText: "Tỷ lệ lệch" });
    assert.equal(await flag.count(), 1);
    assert.match(await flag.textContent(), /văn bản ghi đạt 99,71% kế hoạch, nhưng 45\.266 ÷ 45\.400 = 99,70%/);

    const overflow = await page.getByTestId("pane").evaluate((el) => el.scrollWidth - el.clientWidth);
    assert.ok(overflow <= 1, `pane content overflows by ${overflow}px at 320 px`);
    assert.deepEqual(await axeViolations(page), []);
    assert.equal(await page.getByTestId("pane").evaluate((el) => Math.round(el.getBoundingClientRect().width)), 320);
    await screenshot(page, "data-320-flagged");
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test("with the data server stopped, the pane says so and offers the copy saved at the last load", async () => {
  const s = await openPreview();
  try {
    const { page } = s;
    await openDataTab(page);
    await choose(page, "Tỉnh", "Trà Vinh");
    await choose(page, "Văn bản và kỳ", "6 tháng đầu năm 2020");
    const source = page.getByTestId("data-source");
    await source.filter({ hasText: "tv-sct-2020-h1.json" }).waitFor();
    const loadedAt = /cập nhật lúc (.+)$/.exec(await source.textContent())[1];
    const indexLine = page.getByText(`Nguồn: ${s.server.url}/data/index.json · cập nhật lúc`);
    const indexLoadedAt = /cập nhật lúc (.+)$/.exec(await indexLine.textContent())[1];

    await s.stopServer();
    await servePagesWithoutServer(page);
    await page.reload();
    await openDataTab(page);
    const alert = page.getByRole("alert");
    await alert.filter({ hasText: "Không kết nối được máy chủ số liệu" }).waitFor();
    assert.match(await alert.textContent(), new RegExp(`\\(${s.server.url}/data/index\\.json\\)`));
    assert.equal(await page.getByTestId("data-record").count(), 0, "nothing shown before the planner chooses the saved copy");
    await screenshot(page, "data-offline");

    await page.getByRole("button", { name: "Dùng bản đã lưu" }).click();
    await page.getByText(`Đang dùng bản lưu trước đó (lúc ${indexLoadedAt}).`).waitFor();
    await choose(page, "Tỉnh", "Trà Vinh");
    await choose(page, "Văn bản và kỳ", "6 tháng đầu năm 2020");
    await source.filter({ hasText: "tv-sct-2020-h1.json" }).waitFor();
    const cached = page.getByTestId("data-cached");
    await cached.waitFor();
    assert.equal(
      await cached.textContent(),
      `Không tải được tệp số liệu mới; đang dùng bản đã lưu lúc ${loadedAt}, có thể đã cũ.`,
    );
    assert.match(await source.textContent(), new RegExp(`cập nhật lúc ${loadedAt}$`));
    await page.getByTestId("data-record").filter({ hasText: "5.268 tấn" }).first().waitFor();
    await screenshot(page, "data-cached");

    // Back online: "Thử lại" fetches afresh and the warning goes.
    await s.restartServer();
    await page.getByRole("button", { name: "Thử lại" }).click();
    await page.getByText(`Nguồn: ${s.server.url}/data/index.json · cập nhật lúc`).waitFor();
    await source.waitFor();
    assert.equal(await cached.count(), 0);
    const unexpected = s.problems.filter((p) => !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(p));
    assert.deepEqual(unexpected, []);
  } finally {
    await s.close();
  }
});

test("a dataset file with a string for a value is named as invalid and nothing reaches the workbook", async () => {
  const s = await openPreview();
  try {
    const { page } = s;
    const good = JSON.parse(fs.readFileSync(path.join(BUILD, "data", "tv-sct-2020-h1.json"), "utf8"));
    good.records[0].value = String(good.records[0].value);
    await page.route("**/data/tv-sct-2020-h1.json", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(good) }),
    );

    await openDataTab(page);
    await choose(page, "Tỉnh", "Trà Vinh");
    await choose(page, "Văn bản và kỳ", "6 tháng đầu năm 2020");
    const alert = page.getByRole("alert").filter({ hasText: "Tệp số liệu sai cấu trúc" });
    await alert.waitFor();
    assert.match(await alert.textContent(), /records\[0\]\.value/);
    assert.equal(await page.getByTestId("data-record").count(), 0);
    assert.equal(await page.getByTestId("data-source").count(), 0);
    await screenshot(page, "data-invalid");

    // The insert tab gets the same answer and offers nothing to insert.
    await page.getByRole("tab", { name: "Chèn bảng" }).click();
    await choose(page, "Mẫu bảng", "Sản phẩm công nghiệp chủ yếu");
    await choose(page, "Tỉnh", "Trà Vinh");
    await choose(page, "Văn bản và kỳ", "6 tháng đầu năm 2020");
    await page.getByRole("alert").filter({ hasText: "records[0].value" }).waitFor();
    const insert = page.getByRole("button", { name: "Chèn bảng", exact: true });
    assert.equal(await insert.isDisabled(), true);
    await insert.click({ force: true }).catch(() => undefined);
    assert.deepEqual(await page.evaluate(() => window.previewWorkbook.size()), { rows: 0, cols: 0 });
    assert.equal(await page.getByText(/Đã chèn/).count(), 0);
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});

test("a 404, a 500 and a file that is not JSON each get their own message", async () => {
  const s = await openPreview();
  try {
    const { page } = s;
    let answer = { status: 404, body: "not found" };
    await page.route("**/data/tv-sct-2020-h1.json", (route) => route.fulfill({ contentType: "text/plain", ...answer }));
    const url = `${s.server.url}/data/tv-sct-2020-h1.json`;
    await openDataTab(page);
    await choose(page, "Tỉnh", "Trà Vinh");
    await choose(page, "Văn bản và kỳ", "6 tháng đầu năm 2020");
    const alert = page.getByRole("alert");
    await alert.filter({ hasText: `Không tìm thấy tệp số liệu (lỗi 404): ${url}.` }).waitFor();

    answer = { status: 500, body: "boom" };
    await page.getByRole("button", { name: "Thử lại" }).click();
    await alert.filter({ hasText: `Máy chủ số liệu báo lỗi 500 khi tải ${url}.` }).waitFor();

    answer = { status: 200, body: '{"id": "tv-sct-2020-h1", "records": [' };
    await page.getByRole("button", { name: "Thử lại" }).click();
    await alert.filter({ hasText: `Tệp số liệu không phải JSON hợp lệ: ${url}.` }).waitFor();
    assert.equal(await page.getByTestId("data-record").count(), 0);

    // The index came through: the other datasets still load.
    await choose(page, "Văn bản và kỳ", "năm 2021");
    await page.getByTestId("data-source").filter({ hasText: "tv-sct-2021.json" }).waitFor();
    assert.equal(await alert.count(), 0);
    const unexpected = s.problems.filter((p) => !/status of (404|500)|Failed to load resource/.test(p));
    assert.deepEqual(unexpected, []);
  } finally {
    await s.close();
  }
});

test("in English the same figures read with English separators, labels and derivations", async () => {
  const s = await openPreview({ query: "?theme=dark" });
  try {
    const { page } = s;
    await page.getByRole("tab", { name: "Cài đặt" }).click();
    await choose(page, "Ngôn ngữ", "English");
    await page.getByRole("button", { name: "Lưu cài đặt" }).click();
    await page.getByRole("tab", { name: "Data", exact: true }).click();
    await choose(page, "Province", "Trà Vinh");
    await choose(page, "Document and period", "first 6 months of 2020");
    await page.getByTestId("data-source").filter({ hasText: "as of" }).waitFor();
    await page.getByRole("searchbox", { name: "Filter by indicator name" }).fill("frozen seafood");
    const records = page.getByTestId("data-record");
    const stated = records.filter({ has: page.getByTestId("data-record-value").getByText("5,268 tấn", { exact: true }) });
    assert.match(await stated.textContent(), /first 6 months of 2020 · Estimate · 50\.17% of plan · up 56\.27% on the same period/);
    const plan = records.filter({ has: page.getByTestId("data-record-value").getByText("10,500.3 tấn", { exact: true }) });
    assert.match(await plan.getByTestId("data-record-derived").textContent(), /^Derived.*Plan = figure for first 6 months of 2020/);
    await stated.getByRole("button", { name: "Show quote: Frozen seafood, first 6 months of 2020" }).click();
    // The quote stays the document's Vietnamese sentence.
    assert.match(await stated.getByTestId("data-record-quote").textContent(), /Thủy sản đông lạnh ước đạt 5\.268 tấn/);
    assert.deepEqual(await axeViolations(page, "Data"), [], "dark theme: contrast of the marks and links");
    await screenshot(page, "data-en-dark");
    assert.deepEqual(s.problems, []);
  } finally {
    await s.close();
  }
});
