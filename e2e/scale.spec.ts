/**
 * A large diagram zoomed out (issue 8): below the zoom where text can be read, a schema of
 * hundreds of tables is drawn on one canvas (the overview) instead of as DOM nodes; a click on a
 * table there selects it, a double-click zooms in to it and the DOM nodes come back.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { generateSchema } from '../bench/generate-schema';
import { parseDocumentJson } from '../src/core/document';
import { importSql } from '../src/core/parse';
import { paste } from './editor';
import { expect, test } from './fixtures';
import { importText } from './node-import';

const canvas = (page: Page) => page.getByTestId('canvas');

async function exportSvg(page: Page): Promise<string> {
  const menu = page.getByTestId('export-menu');
  if (!(await menu.evaluate((details: HTMLDetailsElement) => details.open))) await menu.locator('summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'SVG', exact: true }).click()]);
  await menu.locator('summary').click();
  return readFileSync((await file.path())!, 'utf8');
}

async function idle(page: Page): Promise<void> {
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-busy', 'false');
  await expect(canvas(page)).toHaveAttribute('data-layout', 'idle');
}

/** Where a table's centre is on the screen: its place in the saved layout through the viewport's transform. */
async function screenPoint(page: Page, id: string): Promise<{ x: number; y: number }> {
  const downloading = page.waitForEvent('download');
  await page.getByTestId('command-save-project').click();
  const doc = parseDocumentJson(readFileSync((await (await downloading).path())!, 'utf8'));
  const at = doc.layout[id]!;
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  const [a, , , , e, f] = transform.replace(/^matrix\(|\)$/g, '').split(',').map(Number) as number[];
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  // Its header's middle (a table is at least 264 x 36 units; at this zoom, a pixel or two).
  return { x: pane.x + e! + (at.x + 132) * a!, y: pane.y + f! + (at.y + 18) * a! };
}

test('hundreds of tables zoomed out are drawn as one canvas; a click selects a table, a double-click zooms in to it', async ({ page }) => {
  test.setTimeout(60_000);
  const sql = generateSchema(400);
  const expected = await importText(sql);
  await idle(page);
  await paste(page, sql);
  await expect(page.getByTestId('summary-tables')).toHaveText(String(expected.tables));
  await idle(page);
  await expect(canvas(page)).toHaveAttribute('data-nodes', String(expected.nodes));
  // Fitted to 400+ objects, the view is far below readable zoom: the overview draws them all.
  await expect(canvas(page)).toHaveAttribute('data-overview', 'true');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  await expect.poll(async () => Number(await page.getByTestId('canvas-overview').getAttribute('data-drawn'))).toBe(expected.nodes);

  // Zoomed in, still in the overview, the tables' names are drawn over their boxes (as the DOM's far
  // names), so one can find a table without zooming all the way in; then back to the fit.
  const zoom = async () => Number(/matrix\(([\d.e-]+)/.exec(await page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform))![1]);
  const named = async () => Number(await page.getByTestId('canvas-overview').getAttribute('data-named'));
  const namedAtFit = await named();
  while ((await zoom()) < 0.16) {
    const before = await zoom();
    await page.getByRole('button', { name: /zoom in/i }).click();
    await expect.poll(zoom).toBeGreaterThan(before);
  }
  expect(await zoom()).toBeLessThan(0.25);
  await expect(canvas(page)).toHaveAttribute('data-overview', 'true');
  await expect.poll(named).toBeGreaterThan(Math.max(namedAtFit, 20));
  await page.getByRole('button', { name: /fit view/i }).click();
  await expect.poll(async () => Number(await page.getByTestId('canvas-overview').getAttribute('data-drawn'))).toBe(expected.nodes);

  // The schema filter leaves a schema's tables out of the drawing, and brings them back.
  const { schema } = importSql(sql);
  const billing = [...Object.values(schema.tables), ...Object.values(schema.views)].filter((r) => r.schema === 'billing').length;
  expect(billing).toBeGreaterThan(0);
  await page.getByTestId('schema-filter').locator('summary').click();
  await page.getByTestId('schema-filter').locator('input[data-schema="billing"]').uncheck();
  await expect.poll(async () => Number(await page.getByTestId('canvas-overview').getAttribute('data-drawn'))).toBe(expected.nodes - billing);
  await page.getByTestId('schema-filter').locator('input[data-schema="billing"]').check();
  await expect.poll(async () => Number(await page.getByTestId('canvas-overview').getAttribute('data-drawn'))).toBe(expected.nodes);
  await page.getByTestId('schema-filter').locator('summary').click();

  // The SVG export draws every table and every foreign key, though the overview has no DOM nodes
  // or edges to copy them from; with a schema filtered out, only what is shown.
  const fks = Object.values(schema.tables).reduce((n, t) => n + t.foreignKeys.length, 0);
  // A big scene routes in its worker after it is drawn (the filter's changes just now route again):
  // a picture asked for meanwhile waits for every line.
  const routingWhenAsked = await canvas(page).getAttribute('data-routing');
  const whole = await exportSvg(page);
  for (const t of Object.values(schema.tables).slice(0, 50)) expect(whole).toContain(`${t.name}</text>`);
  expect(whole.match(/marker-end="url\(#(one|zero-one)\)"/g)?.length, `routing was ${routingWhenAsked} when the SVG was asked for`).toBe(fks);
  await page.getByTestId('schema-filter').locator('summary').click();
  await page.getByTestId('schema-filter').locator('input[data-schema="billing"]').uncheck();
  const filtered = await exportSvg(page);
  // Opening the Export menu closes the schema filter (a click outside a menu closes it).
  if (!(await page.getByTestId('schema-filter').evaluate((details: HTMLDetailsElement) => details.open))) await page.getByTestId('schema-filter').locator('summary').click();
  await page.getByTestId('schema-filter').locator('input[data-schema="billing"]').check();
  await page.keyboard.press('Escape');
  const billingTable = Object.values(schema.tables).find((t) => t.schema === 'billing' && !Object.values(schema.tables).some((o) => o !== t && o.name === t.name))!;
  // (A table of another schema is named `<tspan>billing.</tspan>name`.)
  expect(whole).toContain(`${billingTable.name}</text>`);
  expect(filtered).not.toContain(`${billingTable.name}</text>`);

  const id = Object.keys(schema.tables).find((key) => key.startsWith('public.'))!;
  const point = await screenPoint(page, id);
  await page.mouse.click(point.x, point.y);
  await expect(canvas(page)).toHaveAttribute('data-selected', id);

  await page.mouse.dblclick(point.x, point.y);
  await expect(canvas(page)).not.toHaveAttribute('data-overview', 'true');
  await expect(page.locator(`.react-flow__node[data-id="${id}"]`)).toBeVisible();
  await expect(page.locator(`.react-flow__node[data-id="${id}"]`)).toHaveClass(/selected/);
});

test('Ctrl/Cmd+K finds a table by name and brings it into view', async ({ page }) => {
  await idle(page);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+K');
  await page.getByTestId('command-palette-input').fill('invoice_lines');
  await expect(page.getByTestId('command-palette-item').first()).toHaveText('Go to invoice_lines');
  await page.getByTestId('command-palette-input').press('Enter');
  await expect(canvas(page)).toHaveAttribute('data-selected', 'public.invoice_lines');
  await expect(page.locator('.react-flow__node[data-id="public.invoice_lines"]')).toBeInViewport();
});

test('focus mode draws only the selected table and its neighbours', async ({ page }) => {
  await idle(page);
  const all = Number(await canvas(page).getAttribute('data-nodes'));
  await expect(page.locator('.react-flow__node')).toHaveCount(all);
  await page.getByRole('article', { name: 'Table memberships' }).click();
  await page.getByTestId('focus-mode').click();
  await expect(page.getByTestId('focus-mode')).toHaveAttribute('aria-pressed', 'true');
  // memberships references organizations and users.
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(page.locator('.react-flow__node[data-id="public.users"]')).toBeInViewport();
  await page.getByTestId('focus-mode').click();
  await expect(page.locator('.react-flow__node')).toHaveCount(all);
});

test('a large document reopened is fitted before any table is drawn as DOM', async ({ page }) => {
  test.setTimeout(90_000);
  const sql = generateSchema(400);
  const expected = await importText(sql);
  await idle(page);
  await paste(page, sql);
  await idle(page);
  await expect(canvas(page)).toHaveAttribute('data-nodes', String(expected.nodes));
  // Zoomed in to a table (its DOM node drawn) and back out, as a user looks around.
  const id = Object.keys(importSql(sql).schema.tables).find((key) => key.startsWith('public.'))!;
  const point = await screenPoint(page, id);
  await page.mouse.dblclick(point.x, point.y);
  await expect(page.locator(`.react-flow__node[data-id="${id}"]`)).toBeVisible();
  await page.locator('.react-flow__controls-fitview').click();
  await expect(canvas(page)).toHaveAttribute('data-overview', 'true');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

  // React Flow draws every node it has not measured, wherever the viewport is: before the fit,
  // that was all 400 tables as DOM (seconds of layout for 2,000), hidden again by the overview.
  await page.addInitScript(() => {
    const w = window as unknown as { __nodesAdded: number };
    w.__nodesAdded = 0;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element && node.classList.contains('react-flow__node')) w.__nodesAdded++;
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await idle(page);
  await expect(canvas(page)).toHaveAttribute('data-nodes', String(expected.nodes));
  await expect(canvas(page)).toHaveAttribute('data-overview', 'true');
  await expect.poll(async () => Number(await page.getByTestId('canvas-overview').getAttribute('data-drawn'))).toBe(expected.nodes);
  expect(await page.evaluate(() => (window as unknown as { __nodesAdded: number }).__nodesAdded)).toBe(0);
});

test('a big file says how far it is: read, statements imported, linted, laid out', async ({ page }) => {
  test.setTimeout(180_000);
  const sql = generateSchema(1500);
  const expected = await importText(sql);
  await idle(page);
  // Every text the status line and the canvas's status show, in order (a poll could miss one).
  await page.evaluate(() => {
    const w = window as unknown as { __said: string[] };
    w.__said = [];
    const note = () => {
      for (const id of ['work-progress', 'layout-progress']) {
        const text = document.querySelector(`[data-testid="${id}"]`)?.textContent;
        if (text && w.__said.at(-1) !== text) w.__said.push(text);
      }
    };
    new MutationObserver(note).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.getByTestId('file-input').setInputFiles({ name: 'big.sql', mimeType: 'application/sql', buffer: Buffer.from(sql) });
  await expect(page.getByTestId('source-name')).toHaveText('big.sql');
  await expect(canvas(page)).toHaveAttribute('data-nodes', String(expected.nodes), { timeout: 120_000 });
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-busy', 'false', { timeout: 120_000 });
  await expect(canvas(page)).toHaveAttribute('data-layout', 'idle', { timeout: 120_000 });
  const heard = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
  // The sample's own layout may still be under way when the file is chosen (the canvas says idle
  // before it starts): only that may come before the file is read.
  const start = heard.indexOf('Reading big.sql…');
  expect(start, heard.join(' | ')).toBeGreaterThanOrEqual(0);
  expect(heard.slice(0, start).every((text) => /^Laying out \d+ objects…$/.test(text)), heard.join(' | ')).toBe(true);
  const said = heard.slice(start);
  const counted = said.map((text) => /^Importing: ([\d,]+) of ([\d,]+) statements$/.exec(text)).filter((m) => m !== null);
  // The statements counted as they are imported, of the file's whole count.
  expect(counted.length, said.join(' | ')).toBeGreaterThan(0);
  const total = Number(counted[0]![2]!.replace(/,/g, ''));
  expect(total).toBeGreaterThanOrEqual(expected.tables);
  expect(counted.every((m) => Number(m[2]!.replace(/,/g, '')) === total)).toBe(true);
  expect(said).toContain('Linting the schema…');
  expect(said).toContain(`Laying out ${expected.nodes} objects…`);
  // In that order: imported, linted, then laid out.
  expect(said.indexOf('Linting the schema…')).toBeGreaterThan(said.findIndex((text) => text.startsWith('Importing:')));
  expect(said.indexOf(`Laying out ${expected.nodes} objects…`)).toBeGreaterThan(said.indexOf('Linting the schema…'));
  // Done: the status line tells what was read, and nothing says it is still working.
  await expect(page.getByTestId('work-progress')).toHaveCount(0);
  await expect(page.getByTestId('layout-progress')).toHaveCount(0);
  await expect(page.getByTestId('import-status')).toContainText('statements read in');
});
