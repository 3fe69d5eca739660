/**
 * When the automatic layout cannot run, the canvas still shows every table (in a grid, by name)
 * and says so on screen, not only in the console (issue 15: the layout of a big file timed out and
 * fell back to a grid, said only in the console).
 */
import { expect, test } from './fixtures';
import { canvas, idle } from './design-helpers';

test('a layout that fails leaves every table on a grid and says so on the canvas', async ({ page }) => {
  // The layout worker answers every request with an error, as a broken or unavailable layout
  // engine would (the worker itself loads and runs; only its answer is an error).
  await page.route(/layout\.worker[^/]*\.js/, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "self.onmessage = (event) => self.postMessage({ id: event.data.id, type: 'error', message: 'the layout engine is unavailable' });",
    }),
  );
  await page.reload();
  await idle(page);
  const notice = page.getByTestId('layout-fallback');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('the layout engine is unavailable');
  await expect(notice).toContainText('grid');
  // Every table of the sample is drawn, none on top of another.
  const tables = page.locator('.react-flow__node-table, .react-flow__node-view');
  const count = Number(await canvas(page).getAttribute('data-nodes'));
  expect(count).toBeGreaterThan(3);
  await expect(tables).toHaveCount(count);
  const boxes = await tables.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect()).map((r) => ({ x: r.x, y: r.y, w: r.width, h: r.height })));
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      expect(overlap, 'tables laid out on the grid do not overlap').toBe(false);
    }
  }
});
