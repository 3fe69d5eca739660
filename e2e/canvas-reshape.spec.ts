/**
 * The canvas follows its own size (issue 13, item 2 and "canvas only"): when the canvas changes
 * shape a lot, a drawing the user never rearranged is laid out again for the new shape and
 * fitted; one they moved or pinned keeps its places and is fitted. And a drag: the tables move
 * with their lines, and the drop is one change of the document (one undo step), its lines
 * routed for where the table ended.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { measureDiagram } from '../bench/layout-metrics';
import { expect, test } from './fixtures';
import { canvas, drawing, idle, moveNode, node, savedDocument, undo } from './design-helpers';

/** The drawn tables' screen boxes and the canvas's: how much of the canvas the fitted drawing fills. */
async function fill(page: Page): Promise<{ fill: number; inside: boolean }> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const rects = [...document.querySelectorAll('.react-flow__node-table, .react-flow__node-view')].map((el) => el.getBoundingClientRect());
    const left = Math.min(...rects.map((r) => r.left));
    const right = Math.max(...rects.map((r) => r.right));
    const top = Math.min(...rects.map((r) => r.top));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    const inside = left >= pane.left - 1 && right <= pane.right + 1 && top >= pane.top - 1 && bottom <= pane.bottom + 1;
    return { fill: ((right - left) * (bottom - top)) / (pane.width * pane.height), inside };
  });
}

/** Tables' places in flow coordinates, by id. */
async function places(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll<HTMLElement>('.react-flow__node-table')].map((el) => [el.dataset.id!, el.style.transform])));
}

/** Until the layout is done, the view fitted and the lines routed, and the view has stopped moving. */
async function settled(page: Page): Promise<void> {
  await idle(page);
  await expect(canvas(page)).toHaveAttribute('data-fitted', 'true');
  await expect(canvas(page)).toHaveAttribute('data-routing', 'idle');
  let last = '';
  await expect
    .poll(async () => {
      const now = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
      const still = now === last;
      last = now;
      return still;
    })
    .toBe(true);
}

test('canvas only: a drawing nobody rearranged is laid out again for the wider canvas and fills it better; back again, it fits the smaller one', async ({ page }) => {
  await idle(page);
  await page.getByTestId('file-input').setInputFiles({ name: 'pagila.sql', mimeType: 'text/plain', buffer: readFileSync('test/corpus/pagila.sql') });
  await expect(canvas(page)).toHaveAttribute('data-nodes', '79');
  await settled(page);
  const before = await fill(page);
  const placesBefore = await places(page);
  await page.locator('body').press('\\');
  await expect(page.locator('main.workbench')).toHaveClass(/workbench--canvas-only/);
  // Laid out again: tables moved (the drawing takes the canvas's new shape), and it fills more.
  await expect.poll(async () => JSON.stringify(await places(page)) !== JSON.stringify(placesBefore), { timeout: 20_000 }).toBe(true);
  await settled(page);
  const wide = await fill(page);
  expect(wide.inside).toBe(true);
  expect(wide.fill).toBeGreaterThan(before.fill * 1.1);
  const { boxes, lines } = await drawing(page);
  expect(measureDiagram(boxes, lines).overlaps).toBe(0);

  await page.locator('body').press('\\');
  await expect(page.locator('main.workbench')).not.toHaveClass(/workbench--canvas-only/);
  await expect.poll(async () => (await fill(page)).inside, { timeout: 20_000 }).toBe(true);
  await settled(page);
  expect((await fill(page)).fill).toBeGreaterThan(before.fill * 0.8);
});

test('canvas only: a drawing the user rearranged keeps its places and is fitted to the new size', async ({ page }) => {
  await idle(page);
  await settled(page);
  const box = (await node(page, 'tasks').boundingBox())!;
  await moveNode(page, 'tasks', { x: box.x + 40, y: box.y + 60 });
  await settled(page);
  const moved = await places(page);
  const zoom = () => page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform.replace(/.*scale\(([\d.]+)\).*/, '$1'));
  const zoomBefore = await zoom();
  await page.locator('body').press('\\');
  await expect(page.locator('main.workbench')).toHaveClass(/workbench--canvas-only/);
  // Fitted to the larger canvas: the zoom changes (the sample is drawn larger), the places do not.
  await expect.poll(zoom, { timeout: 10_000 }).not.toBe(zoomBefore);
  await settled(page);
  expect(await places(page)).toEqual(moved);
  expect((await fill(page)).inside).toBe(true);
});

test('a drag moves the table with its lines; the drop is one undo step and its lines are routed where it ended', async ({ page }) => {
  await idle(page);
  await settled(page);
  const start = (await savedDocument(page)).layout['public.tasks']!;
  const box = (await node(page, 'tasks').boundingBox())!;
  await moveNode(page, 'tasks', { x: box.x + 30, y: box.y + 90 });
  await settled(page);
  const { boxes, lines } = await drawing(page);
  const metrics = measureDiagram(boxes, lines);
  expect(metrics.throughTables).toBe(0);
  // Each of its lines meets the table where it was dropped (its left or right border).
  const tasks = boxes.find((b) => b.id === 'public.tasks')!;
  const own = lines.filter((l) => l.source === 'public.tasks' || l.target === 'public.tasks');
  expect(own.length).toBeGreaterThan(0);
  for (const line of own) {
    const end = line.source === 'public.tasks' ? line.points[0]! : line.points[line.points.length - 1]!;
    expect(Math.min(Math.abs(end.x - tasks.x), Math.abs(end.x - tasks.x - tasks.width)), `${line.id} meets tasks`).toBeLessThan(1.5);
    expect(end.y).toBeGreaterThan(tasks.y);
    expect(end.y).toBeLessThan(tasks.y + tasks.height);
  }
  const dropped = (await savedDocument(page)).layout['public.tasks']!;
  expect(Math.abs(dropped.y - start.y)).toBeGreaterThan(40);
  await undo(page);
  await expect.poll(async () => (await savedDocument(page)).layout['public.tasks']).toEqual(start);
});
