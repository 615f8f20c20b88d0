// Shared set-up for the browser tests: one static server over the dev build, one Chromium,
// and helpers to drive the preview (the real task pane beside an in-browser workbook).
const path = require("node:path");
const fs = require("node:fs");
const { startServer } = require("./server");
const assert = require("node:assert/strict");
const { launch } = require("./browser");

const BUILD = path.resolve(__dirname, "..", "..", process.env.E2E_BUILD_DIR || "dist-dev");

async function openPreview({ query = "", viewport } = {}) {
  if (!fs.existsSync(path.join(BUILD, "preview.html"))) {
    throw new Error(`No dev build in ${BUILD}: run "npm run build:dev" first (npm run test:e2e does).`);
  }
  const server = await startServer(BUILD);
  const browser = await launch();
  const page = await browser.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const problems = [];
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  await page.goto(`${server.url}/preview.html${query}`);
  await page.getByRole("tab").first().waitFor();
  let current = server;
  return {
    page,
    /** The running static server (a new one after restartServer). */
    get server() {
      return current;
    },
    problems,
    /** Stops the static server (pages and data alike), as a data server going down would. */
    stopServer: () => current.close(),
    /** Starts the server again on the same port, so the page's URLs (and its saved copies' keys) stay valid. */
    restartServer: async () => {
      current = await startServer(BUILD, server.port);
      return current;
    },
    close: async () => {
      await browser.close();
      await current.close();
    },
  };
}

/** Picks the option containing `option` in the drop-down labelled `label` (a native select or a Fluent Dropdown). */
async function choose(page, label, option) {
  const box = page.getByRole("combobox", { name: label });
  if ((await box.evaluate((el) => el.tagName)) === "SELECT") {
    // Options can arrive after the select itself (the dataset list is fetched): wait for the one wanted.
    await box
      .evaluate(
        (el, text) =>
          new Promise((done) => {
            const has = () => [...el.options].some((o) => o.textContent.includes(text));
            if (has()) return done(true);
            const watch = new MutationObserver(() => has() && (watch.disconnect(), done(true)));
            watch.observe(el, { childList: true, subtree: true, characterData: true });
            setTimeout(() => (watch.disconnect(), done(false)), 10000);
          }),
        option,
      );
    const value = await box.evaluate((el, text) => {
      const found = [...el.options].find((o) => o.textContent.includes(text));
      return found ? found.value : null;
    }, option);
    if (value === null) throw new Error(`No option "${option}" in "${label}"`);
    await box.selectOption(value);
    return;
  }
  await box.click();
  await page.getByRole("option", { name: option, exact: false }).first().click();
}

/** Inserts the first slice (products, Trà Vinh, 6 months of 2020) at the selected cell, in the Vietnamese pane. */
async function insertProductsSlice(page) {
  await choose(page, "Mẫu bảng", "Sản phẩm công nghiệp chủ yếu");
  await choose(page, "Tỉnh", "Trà Vinh");
  await choose(page, "Văn bản và kỳ", "6 tháng đầu năm 2020");
  await page.getByTestId("dataset-source").waitFor();
  await page.getByRole("button", { name: "Chèn bảng", exact: true }).click();
  await page.getByText(/Đã chèn \d+ dòng/).waitFor();
}

/**
 * Waits two frames, so React's effects have run: the pane picks a province and then that province's first
 * document in effects, which would undo a choice made before they run.
 */
function afterEffects(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Chooses a province, then one of its documents, letting the pane settle around each choice; checks it held. */
async function pickDataset(page, ui, province, document) {
  await page.getByRole("combobox", { name: ui.province }).waitFor();
  await afterEffects(page);
  await choose(page, ui.province, province);
  await afterEffects(page);
  await choose(page, ui.document, document);
  await afterEffects(page);
  assert.ok((await selectedLabel(page, ui.document)).includes(document), `"${document}" stays chosen`);
}

/** The shown choice of the drop-down labelled `label`. */
async function selectedLabel(page, label) {
  return page
    .getByRole("combobox", { name: label })
    .evaluate((el) => (el.tagName === "SELECT" ? el.selectedOptions[0]?.textContent ?? "" : el.textContent ?? ""));
}

/** Every option of the drop-down labelled `label`. */
async function optionLabels(page, label) {
  return page.getByRole("combobox", { name: label }).evaluate((el) => [...el.options].map((o) => o.textContent ?? ""));
}

/** The computed value (number) and the shown text of a preview cell. */
async function cell(page, address) {
  const td = page.locator(`[data-addr="${address}"]`);
  const value = await td.getAttribute("data-value");
  return { value: value === null ? null : Number(value), text: (await td.textContent()) ?? "" };
}

/** The address of the preview cell whose text is exactly `text`. */
async function findCell(page, text) {
  const pattern = new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
  const tds = page.locator("[data-addr]", { hasText: pattern });
  return (await tds.count()) === 0 ? null : tds.first().getAttribute("data-addr");
}

module.exports = { openPreview, choose, pickDataset, afterEffects, insertProductsSlice, selectedLabel, optionLabels, cell, findCell, BUILD };
