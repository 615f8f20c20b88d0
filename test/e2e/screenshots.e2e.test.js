// Screenshots of the pane and an inserted table at the task pane's narrowest and widest
// (320 and 500 px), light and dark. Saved to test-output/screenshots; with UPDATE_SCREENSHOTS=1
// also to docs/images for the README.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { openPreview, insertProductsSlice, findCell } = require("./fixture");

const root = path.resolve(__dirname, "..", "..");
const outDirs = [path.join(root, "test-output", "screenshots")];
if (process.env.UPDATE_SCREENSHOTS === "1") outDirs.push(path.join(root, "docs", "images"));

for (const pane of [320, 500]) {
  for (const theme of ["light", "dark"]) {
    test(`pane at ${pane} px, ${theme}: insert the slice and take a screenshot`, async () => {
      const s = await openPreview({ query: `?pane=${pane}&theme=${theme}`, viewport: { width: 1100 + pane, height: 760 } });
      try {
        const { page } = s;
        await insertProductsSlice(page);
        assert.ok(await findCell(page, "Thủy sản đông lạnh"));
        const shot = await page.screenshot();
        for (const dir of outDirs) {
          fs.mkdirSync(dir, { recursive: true });
          fs.writeFileSync(path.join(dir, `pane-${pane}-${theme}.png`), shot);
        }
        // Nothing in the pane may be wider than the pane (no horizontal scrolling at 320 px).
        const overflow = await page.getByTestId("pane").evaluate((el) => el.scrollWidth - el.clientWidth);
        assert.ok(overflow <= 1, `pane content overflows by ${overflow}px`);
        assert.deepEqual(s.problems, []);
      } finally {
        await s.close();
      }
    });
  }
}
