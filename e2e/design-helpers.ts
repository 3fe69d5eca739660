/**
 * What the design flows (design*.spec.ts) do on the page: select and move nodes, type into the
 * inspector, draw foreign keys, read the migration and the document the page holds. Shared so
 * that each spec file stays one theme, and each test stays short.
 */
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { derive } from './node-document';
import type { Box, Line } from '../bench/layout-metrics';
import { parseDocumentJson, type SchemawiseDocument } from '../src/core/document';
import { verifyMigration } from '../src/core/verify';

export const canvas = (page: Page) => page.getByTestId('canvas');
export const node = (page: Page, table: string) => page.locator(`.react-flow__node[data-id="public.${table}"]`);
export const inspector = (page: Page) => page.getByTestId('inspector');
export const statements = (page: Page) => page.getByTestId('migration-statement');
export const inspectorColumn = (page: Page, column: string) => inspector(page).locator(`[data-testid="inspector-column"][data-column="${column}"]`);

/** The text of a read-only Monaco viewer the page registers by test id (the migration script, the target DDL). */
export const viewer = (page: Page, id: string) =>
  page.evaluate((testId) => (window as unknown as { __schemawiseViewers?: Record<string, { getValue(): string }> }).__schemawiseViewers?.[testId]?.getValue(), id);

export async function idle(page: Page): Promise<void> {
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-busy', 'false');
  await expect(canvas(page)).toHaveAttribute('data-layout', 'idle');
}

/** Types into an inspector field and commits it with Enter; waits until the field took it. */
export async function commit(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Enter');
  await expect(field).not.toHaveAttribute('data-busy', 'true');
}

export async function renameInInspector(page: Page, name: string): Promise<void> {
  await commit(inspector(page).getByTestId('inspector-table-name'), name);
  await expect(inspector(page)).toHaveAttribute('data-table', `public.${name}`);
}

export async function addColumn(page: Page, name: string, type: string, notNull = false): Promise<void> {
  const panel = inspector(page);
  await panel.getByTestId('add-column-name').fill(name);
  await panel.getByTestId('add-column-type').fill(type);
  if (notNull) await panel.getByTestId('add-column-nn').check();
  await panel.getByTestId('add-column-submit').click();
  await expect(inspectorColumn(page, name)).toBeVisible();
}

/** Selects a table by clicking its header (the inspector opens on it). */
export async function selectTable(page: Page, table: string): Promise<void> {
  await node(page, table).locator('header').click({ position: { x: 8, y: 6 } });
  await expect(inspector(page)).toHaveAttribute('data-table', `public.${table}`);
}

/** Fits the view to every node (the inspector narrows the canvas: nodes may have left it). */
export async function fitView(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Fit View', exact: true }).click();
}

/** Drags a node by its header so that its top-left corner lands on `to` (page coordinates). */
export async function moveNode(page: Page, table: string, to: { x: number; y: number }): Promise<void> {
  const header = node(page, table).locator('header');
  const box = (await header.boundingBox())!;
  await page.mouse.move(box.x + 12, box.y + 8);
  await page.mouse.down();
  // React Flow starts a drag at the first move past its threshold, and measures from there.
  await page.mouse.move(box.x + 16, box.y + 8);
  await page.mouse.move(to.x + 16, to.y + 8, { steps: 8 });
  await page.mouse.up();
  await expect
    .poll(async () => {
      const moved = (await node(page, table).boundingBox())!;
      return Math.abs(moved.x - to.x) + Math.abs(moved.y - to.y);
    })
    .toBeLessThan(4);
}

/**
 * Draws a foreign key: from a column's handle (or the header's, `column` undefined) of `from`
 * onto a row of `to` (the header when `toColumn` is undefined).
 */
export async function drawForeignKey(page: Page, from: string, column: string | undefined, to: string, toColumn?: string): Promise<void> {
  const source = node(page, from);
  await source.hover();
  const row = column ? source.locator(`li[data-column="${column}"]`) : source.locator('header');
  const handle = row.locator('.react-flow__handle-right').first();
  await expect(handle).toBeVisible();
  // The handles appear on hover and React Flow measures them on the next frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const start = (await handle.boundingBox())!;
  const target = toColumn ? node(page, to).locator(`li[data-column="${toColumn}"]`) : node(page, to).locator('header');
  const end = (await target.boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** The document the page holds, through its project-file download. */
export async function savedDocument(page: Page): Promise<SchemawiseDocument> {
  const downloading = page.waitForEvent('download');
  await page.getByTestId('command-save-project').click();
  const download = await downloading;
  return parseDocumentJson(readFileSync((await download.path())!, 'utf8'));
}

/**
 * The page's document derived here in Node: the page shows this migration; it runs on PGlite
 * from the baseline to the target and back, and leaves the catalog it promised.
 */
export async function expectVerifiedMigration(page: Page) {
  // Replaying the sample on PGlite (baseline, up, down, four catalog snapshots) takes 5 s on an
  // idle machine and three times that on a loaded one: the run gets that time on top of the test's.
  test.info().setTimeout(test.info().timeout + 20_000);
  await idle(page);
  const doc = await savedDocument(page);
  const derived = await derive(doc);
  await page.getByTestId('migration-tab-up').click();
  await expect.poll(() => viewer(page, 'migration-script')).toBe(derived.upSql);
  const verified = await verifyMigration({ baselineSql: doc.sourceSql, upSql: derived.upSql, downSql: derived.downSql, targetSql: derived.targetDdl });
  expect(verified.up.filter((r) => !r.ok)).toEqual([]);
  expect(verified.down.filter((r) => !r.ok)).toEqual([]);
  expect(verified.upDifferences).toEqual([]);
  expect(verified.downDifferences).toEqual([]);
  return derived;
}

export async function undo(page: Page, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.getByTestId('command-undo').click();
}

export async function redo(page: Page, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.getByTestId('command-redo').click();
}

/** The migration has no statement: the document is the imported schema again. */
export async function expectNoMigration(page: Page): Promise<void> {
  await expect(page.getByTestId('migration-empty')).toBeVisible();
}

/** The migration script the page shows (the Up tab) comes to contain this. */
export async function expectScript(page: Page, pattern: RegExp, present = true): Promise<void> {
  const text = () => viewer(page, 'migration-script').then((t) => t ?? '');
  if (present) await expect.poll(text).toMatch(pattern);
  else await expect.poll(text).not.toMatch(pattern);
}

/** Every table and line as drawn, in flow coordinates (lines sampled every 4 px along their SVG path), once routed. */
export async function drawing(page: Page): Promise<{ boxes: Box[]; lines: Line[] }> {
  await expect(canvas(page)).toHaveAttribute('data-routing', 'idle');
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll<HTMLElement>('.react-flow__node-table, .react-flow__node-view')].map((el) => {
      const t = /translate\(([-\d.e]+)px, ?([-\d.e]+)px\)/.exec(el.style.transform)!;
      return { id: el.dataset.id!, x: Number(t[1]), y: Number(t[2]), width: el.offsetWidth, height: el.offsetHeight };
    });
    const lines = [...document.querySelectorAll<SVGGElement>('[data-route-id]')].map((g) => {
      const path = g.querySelector<SVGPathElement>('path')!;
      const length = path.getTotalLength();
      const points = Array.from({ length: Math.ceil(length / 4) + 1 }, (_, i) => path.getPointAtLength(Math.min(length, i * 4))).map((p) => ({ x: p.x, y: p.y }));
      return { id: g.dataset.routeId!, source: g.dataset.source!, target: g.dataset.target!, points };
    });
    return { boxes, lines };
  });
}
