// Accessibility of the whole pane: every section, filled with results, in light and dark, Vietnamese
// and English, at the task pane's narrowest and widest (320 and 500 px), checked with axe-core
// (WCAG 2 A/AA, colour contrast included) and for horizontal overflow; and the insert flow operated
// with the keyboard alone, with a visible focus indicator on each control it reaches.
const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { openPreview, choose, pickDataset, findCell, cell } = require("./fixture");

const root = path.resolve(__dirname, "..", "..");
const AXE = path.join(root, "node_modules", "axe-core", "axe.min.js");
const SEED = fs.readFileSync(path.join(root, "seeds", "001_48cb49815079e24b.txt"), "utf8");

const WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// What a planner reads and clicks, in each language.
const UI = {
  vi: {
    tabs: ["Chèn bảng", "Dữ liệu", "Tính lại", "Kiểm tra số liệu", "Cài đặt"],
    template: "Mẫu bảng",
    products: "Sản phẩm công nghiệp chủ yếu",
    province: "Tỉnh",
    document: "Văn bản và kỳ",
    h1: "6 tháng đầu năm 2020",
    insert: "Chèn bảng",
    inserted: /^Đã chèn 26 dòng vào Sheet1!B2:I27\.$/,
    undo: "Hoàn tác lần chèn",
    cancel: "Hủy",
    undone: /^Đã hoàn tác lần chèn tại Sheet1!B2:I27\.$/,
    read: "Đọc bảng đang chọn",
    fill: "Điền biểu mẫu",
    custom: "Chỉ tiêu tự chọn",
    pickerSearch: "Tìm chỉ tiêu",
    fillRead: "Đọc biểu mẫu đang chọn",
    reportText: "Văn bản báo cáo",
    check: "Kiểm tra số liệu",
    language: "Ngôn ngữ",
    save: "Lưu cài đặt",
  },
  en: {
    tabs: ["Insert table", "Data", "Recalculate", "Check figures", "Settings"],
    template: "Template",
    products: "Main industrial products",
    province: "Province",
    document: "Document and period",
    h1: "first 6 months of 2020",
    insert: "Insert table",
    inserted: /^Inserted 26 rows into Sheet1!B2:I27\.$/,
    undo: "Undo last insert",
    cancel: "Cancel",
    undone: /^Undid the insert at Sheet1!B2:I27\.$/,
    read: "Read the selected table",
    fill: "Fill a form",
    custom: "Indicators of your choice",
    pickerSearch: "Find an indicator",
    fillRead: "Read the selected form",
    reportText: "Report text",
    check: "Check figures",
    language: "Language",
    save: "Save settings",
  },
};

// A department's own table (as in recalc.e2e), pasted beside the inserted one for "Tính lại".
const OWN_TABLE = [
  ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026", "Thực hiện 6 tháng 2026", "Cùng kỳ năm 2025", "% so KH", "So cùng kỳ (%)"],
  ["1", "Điện sản xuất", "triệu kWh", "21400", "10600", "8068", "", ""],
  ["2", "Nước sinh hoạt", "triệu m3", "25.5", "17.1", "12,89", "", ""],
];

let s;
before(async () => {
  s = await openPreview();
});
after(async () => {
  await s?.close();
});

/** Loads the preview afresh (empty workbook, default settings) with the given query. */
async function load(query) {
  const { page } = s;
  await page.evaluate(() => localStorage.clear());
  s.problems.length = 0;
  await page.goto(`${s.server.url}/preview.html${query}`);
  await page.getByRole("tab").first().waitFor();
  return page;
}

async function openTab(page, lang, n) {
  await page.getByRole("tab", { name: UI[lang].tabs[n], exact: true }).click();
  await page.locator(`section[aria-label="${UI[lang].tabs[n]}"]`).waitFor();
}

/** Switches the pane's language in "Cài đặt / Settings" and saves, as a planner would. */
async function setLanguage(page, from, to) {
  await openTab(page, from, 4);
  await choose(page, UI[from].language, to === "en" ? "English" : "Tiếng Việt");
  await page.getByRole("button", { name: UI[from].save }).click();
  await page.getByRole("tab", { name: UI[to].tabs[4], exact: true }).waitFor();
}

/** Waits until no transition or finite animation is running (axe reads colours mid-fade otherwise). */
async function settle(page) {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getComputedTiming().endTime === Infinity),
  );
}

/** Serious and critical axe violations in the pane (or in `scope`), and how far the pane overflows sideways. */
async function audit(page, scope = '[data-testid="pane"]') {
  await settle(page);
  const found = await page.evaluate(
    async ([include, tags]) => {
      const result = await window.axe.run(
        { include: [[include]] },
        { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] },
      );
      return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(" ")} (${n.failureSummary?.split("\n")[1]?.trim()})`).join("; ")}`);
    },
    [scope, WCAG_A_AA],
  );
  const overflow = await page.getByTestId("pane").evaluate((el) => el.scrollWidth - el.clientWidth);
  if (overflow > 1) found.push(`content overflows the pane by ${overflow}px`);
  return found;
}

/** Drives each section to a state with results on screen and audits it; returns what failed, by section. */
async function auditSections(page, lang) {
  const ui = UI[lang];
  const failures = [];
  const note = async (section) => failures.push(...(await audit(page)).map((f) => `${lang} · ${section}: ${f}`));

  // Chèn bảng: a table inserted at B2, its message and the refresh controls shown.
  await page.evaluate(() => window.previewWorkbook.select(1, 1));
  await openTab(page, lang, 0);
  await choose(page, ui.template, ui.products);
  await pickDataset(page, ui, "Trà Vinh", ui.h1);
  await page.getByTestId("dataset-source").filter({ hasText: "Sở Công Thương tỉnh Trà Vinh" }).waitFor();
  await page.getByRole("button", { name: ui.insert, exact: true }).click();
  await page.getByRole("status").filter({ hasText: ui.inserted }).waitFor();
  await note(ui.tabs[0]);
  // The same place again: the question before overwriting (a dialog outside the pane).
  await page.getByRole("button", { name: ui.insert, exact: true }).click();
  const dialog = page.getByRole("alertdialog");
  await dialog.waitFor();
  failures.push(...(await audit(page, '[role="alertdialog"]')).map((f) => `${lang} · ${ui.tabs[0]}, overwrite question: ${f}`));
  await dialog.getByRole("button", { name: ui.cancel }).click();
  await dialog.waitFor({ state: "detached" });

  // The custom table's picker: a search typed, one indicator ticked, the chosen list shown.
  await choose(page, ui.template, ui.custom);
  const picker = page.getByTestId("indicator-picker");
  await picker.getByRole("textbox", { name: ui.pickerSearch }).fill("duong");
  await picker.getByRole("checkbox").first().check();
  await picker.getByRole("list").waitFor();
  await note(`${ui.tabs[0]}, ${ui.custom}`);

  // Dữ liệu: a dataset's figures, with a flagged figure's quote open.
  await openTab(page, lang, 1);
  await pickDataset(page, ui, "Trà Vinh", ui.h1);
  await page.getByTestId("data-source").filter({ hasText: "tv-sct-2020-h1.json" }).waitFor();
  const flagged = page.getByTestId("data-record").filter({ has: page.getByTestId("data-record-flag") }).first();
  await flagged.getByRole("button", { expanded: false }).click();
  await flagged.getByTestId("data-record-quote").waitFor();
  await note(ui.tabs[1]);

  // Tính lại: the planner's own table read, with its column roles and the text-number option.
  await page.evaluate((rows) => {
    window.previewWorkbook.select(30, 1); // B31, below the inserted table
    window.previewWorkbook.paste(rows);
    window.previewWorkbook.select(31, 2);
  }, OWN_TABLE);
  await openTab(page, lang, 2);
  await page.getByRole("button", { name: ui.read }).click();
  await page.getByTestId("recalc-extent").filter({ hasText: "B31:I33" }).waitFor();
  await note(ui.tabs[2]);

  // Điền biểu mẫu: the same table read as a form, each row's match, figures and source sentences listed.
  await page.getByRole("tab", { name: ui.fill, exact: true }).click();
  await page.locator(`section[aria-label="${ui.fill}"]`).waitFor();
  await pickDataset(page, ui, "Trà Vinh", ui.h1);
  const fillRead = page.getByRole("button", { name: ui.fillRead });
  await page.waitForFunction((b) => !b.disabled, await fillRead.elementHandle());
  await fillRead.click();
  await page.getByTestId("fill-rows").waitFor();
  await note(ui.fill);

  // Kiểm tra số liệu: a pasted report checked, its mismatches and figures listed.
  await openTab(page, lang, 3);
  await page.getByRole("textbox", { name: ui.reportText }).fill(SEED);
  await page.getByRole("button", { name: ui.check, exact: true }).click();
  await page.getByTestId("check-findings").waitFor();
  await note(ui.tabs[3]);

  // Cài đặt.
  await openTab(page, lang, 4);
  await note(ui.tabs[4]);

  // Leave the sheet empty for the next language: undo the insert (the pasted table is written over).
  await openTab(page, lang, 0);
  await page.getByRole("button", { name: ui.undo }).click();
  await page.getByRole("status").filter({ hasText: ui.undone }).waitFor();
  return failures;
}

for (const theme of ["light", "dark"]) {
  for (const pane of [320, 500]) {
    test(`${theme}, ${pane} px: every section, in Vietnamese and English, passes axe and fits the pane`, async () => {
      const page = await load(`?pane=${pane}&theme=${theme}`);
      assert.equal(await page.getByTestId("pane").evaluate((el) => Math.round(el.getBoundingClientRect().width)), pane);
      // Not page.addScriptTag: the preview's CSP (script-src 'self') blocks the inline script it adds.
      await page.evaluate(fs.readFileSync(AXE, "utf8"));
      const failures = await auditSections(page, "vi");
      await setLanguage(page, "vi", "en");
      failures.push(...(await auditSections(page, "en")));
      assert.deepEqual(failures, []);
      assert.deepEqual(s.problems, []);
    });
  }
}

/**
 * What shows the focused element has focus: an outline or box shadow on it or on the control around it
 * (Fluent draws a select's focus as a brand underline and a switch's as a ring, in ::after). Null if nothing.
 */
function focusIndicator(page, selector) {
  return page.evaluate((sel) => {
    const el = sel ? document.querySelector(sel) : document.activeElement;
    const visibleColour = (c) => !/^rgba\(.*,\s*0\)$/.test(c) && c !== "transparent";
    for (const target of [el, el.parentElement]) {
      for (const pseudo of [null, "::after", "::before"]) {
        const cs = getComputedStyle(target, pseudo);
        if (pseudo && cs.content === "none") continue;
        if (cs.opacity === "0" || /^matrix\((0|[^,]+, [^,]+, [^,]+, 0),/.test(cs.transform)) continue; // hidden or scaled to nothing
        const where = `${target === el ? "control" : "its frame"}${pseudo ?? ""}`;
        if (cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0 && visibleColour(cs.outlineColor)) {
          return `${where} outline ${cs.outlineWidth} ${cs.outlineColor}`;
        }
        if (cs.boxShadow !== "none") return `${where} box-shadow ${cs.boxShadow}`;
        // Fluent marks a focused link with a double underline (its links are not underlined at rest).
        if (el.tagName === "A" && cs.textDecorationLine.includes("underline") && cs.textDecorationStyle === "double") {
          return `${where} double underline`;
        }
        if (pseudo && parseFloat(cs.borderBottomWidth) > 0 && visibleColour(cs.borderBottomColor)) {
          return `${where} border ${cs.borderBottomWidth} ${cs.borderBottomColor}`;
        }
        // A field's frame drawing an underline bar (Fluent's Select: a brand gradient); a tab's own bar marks
        // selection, not focus.
        const paint = visibleColour(cs.backgroundColor) ? cs.backgroundColor : cs.backgroundImage;
        if (pseudo && target !== el && parseFloat(cs.height) > 0 && paint !== "none") return `${where} bar ${paint}`;
      }
    }
    return null;
  }, selector ?? null);
}

/** The focused element: its role and accessible text, and an id to find it again once focus has left. */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el.id) el.id = `focus-probe-${Math.random().toString(36).slice(2)}`;
    const name = [...(el.labels ?? [])].map((l) => l.textContent).join(" ");
    return { selector: `#${CSS.escape(el.id)}`, role: el.getAttribute("role") ?? el.tagName.toLowerCase(), name: `${name} ${el.textContent}`.trim() };
  });
}

/** Asserts the focused control is what we expect and shows a focus indicator, which goes when focus leaves. */
async function expectFocus(page, role, name, checked) {
  const now = await focused(page);
  assert.equal(now.role, role, `focus on a ${role}, not on ${JSON.stringify(now)}`);
  assert.ok(now.name.includes(name), `focused ${role} "${now.name}" is "${name}"`);
  await settle(page);
  const indicator = await focusIndicator(page);
  assert.ok(indicator, `the focused ${role} "${name}" shows where focus is`);
  checked.push({ selector: now.selector, name, indicator });
}

/** With a drop-down (a native select) focused: arrows to `option`, which chooses it as it goes. */
async function keyboardPick(page, option) {
  const state = () =>
    page.evaluate((text) => {
      const el = document.activeElement;
      if (el.tagName !== "SELECT") return null;
      const options = [...el.options].map((o) => o.textContent);
      return { at: el.selectedIndex, want: options.indexOf(text), shown: options[el.selectedIndex] };
    }, option);
  let now = await state();
  assert.ok(now && now.want >= 0, `the focused drop-down offers "${option}"`);
  for (let i = 0; i < 12 && now.at !== now.want; i++) {
    await page.keyboard.press(now.at < now.want ? "ArrowDown" : "ArrowUp");
    now = await state();
  }
  assert.equal(now.shown, option);
}

test("the insert flow works with the keyboard alone, with focus visible on every control", async () => {
  const page = await load("?pane=320");
  const checked = [];
  const intro = page.locator("main > span").first(); // the section's one-line explanation

  await page.keyboard.press("Tab");
  await expectFocus(page, "a", "Giới thiệu", checked);
  await page.keyboard.press("Tab");
  await expectFocus(page, "tab", "Chèn bảng", checked);
  // Arrows move along the tabs, Enter and Space open one.
  await page.keyboard.press("ArrowRight");
  await expectFocus(page, "tab", "Dữ liệu", checked);
  await page.keyboard.press("Enter");
  await page.locator('section[aria-label="Dữ liệu"]').waitFor();
  assert.equal(await intro.textContent(), "Danh mục bộ số liệu kế hoạch và nguồn của từng số.");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Space");
  await page.locator('section[aria-label="Chèn bảng"]').waitFor();

  await page.keyboard.press("Tab");
  await expectFocus(page, "select", "Mẫu bảng", checked);
  await keyboardPick(page, "Sản phẩm công nghiệp chủ yếu");
  await page.keyboard.press("Tab");
  await expectFocus(page, "summary", "Xem tất cả 7 mẫu bảng", checked); // the folded template gallery
  await page.keyboard.press("Tab");
  await expectFocus(page, "switch", "Chèn bảng trống", checked); // left off: the table is filled with data
  await page.keyboard.press("Tab");
  await expectFocus(page, "select", "Tỉnh", checked);
  await keyboardPick(page, "Trà Vinh");
  await page.keyboard.press("Tab");
  await expectFocus(page, "select", "Văn bản và kỳ", checked);
  await keyboardPick(page, "6 tháng đầu năm 2020");
  await page.getByTestId("dataset-source").filter({ hasText: "Sở Công Thương tỉnh Trà Vinh" }).waitFor();
  await page.keyboard.press("Tab");
  await expectFocus(page, "select", "Kỳ số liệu", checked);
  assert.equal(await page.evaluate(() => document.activeElement.selectedOptions[0]?.textContent), "6 tháng đầu năm 2020");
  await page.keyboard.press("Tab");
  await expectFocus(page, "button", "Chèn bảng", checked);
  // Back and forth: Shift+Tab returns to the period, Tab to the button.
  await page.keyboard.press("Shift+Tab");
  await expectFocus(page, "select", "Kỳ số liệu", checked);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.getByRole("status").filter({ hasText: /^Đã chèn 26 dòng vào Sheet1!B2:I27\.$/ }).waitFor();
  const row = (await findCell(page, "Thủy sản đông lạnh")).replace(/^[A-Z]+/, "");
  assert.equal((await cell(page, `H${row}`)).text, "50,17%", "% of plan as the report states it (seeds/001)");
  await expectFocus(page, "button", "Chèn bảng", checked);

  await page.keyboard.press("Tab");
  await expectFocus(page, "button", "Hoàn tác lần chèn", checked);
  await page.keyboard.press("Space");
  await page.getByRole("status").filter({ hasText: "Đã hoàn tác lần chèn tại Sheet1!B2:I27." }).waitFor();
  assert.equal(await findCell(page, "Thủy sản đông lạnh"), null);

  // Each indicator belongs to focus: gone from the control once focus has moved on.
  await page.keyboard.press("Shift+Tab");
  const now = (await focused(page)).selector;
  for (const c of checked.filter((x) => x.selector !== now)) {
    assert.equal(await focusIndicator(page, c.selector), null, `"${c.name}" unfocused shows no focus indicator`);
  }
  assert.deepEqual(s.problems, []);
});
