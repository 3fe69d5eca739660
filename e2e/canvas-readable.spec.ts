/**
 * An ER canvas people can read (issue 13): lines leave from their column's row and never cross a
 * table (geometry read from the drawn DOM), display modes, groups and notes that are part of the
 * document (saved, reloaded, shared, undone), resizable panels; and a renamed foreign-key column
 * keeps its line (issue 15).
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { measureDiagram, type Box, type Line } from '../bench/layout-metrics';
import { expect, test } from './fixtures';
import { canvas, drawing, fitView, idle, inspector, inspectorColumn, node, redo, savedDocument, selectTable, undo } from './design-helpers';

/** Every table and line as drawn, once the view is fitted. */
async function fittedDrawing(page: Page): Promise<{ boxes: Box[]; lines: Line[] }> {
  await expect(canvas(page)).toHaveAttribute('data-fitted', 'true');
  return drawing(page);
}

/** The middle of a column's row, in flow coordinates (from the drawn row and the viewport). */
async function rowMiddle(page: Page, table: string, column: string): Promise<{ y: number; left: number; right: number }> {
  return page.evaluate(
    ({ id, column }) => {
      const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
      const [, tx, ty, zoom] = /translate\(([-\d.e]+)px, ?([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(viewport.style.transform)!.map(Number) as number[];
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      const nodeEl = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)!;
      const row = nodeEl.querySelector<HTMLElement>(`li[data-column="${CSS.escape(column)}"]`)!.getBoundingClientRect();
      const box = nodeEl.getBoundingClientRect();
      const toFlow = (x: number, y: number) => ({ x: (x - pane.left - tx!) / zoom!, y: (y - pane.top - ty!) / zoom! });
      return { y: toFlow(0, row.top + row.height / 2).y, left: toFlow(box.left, 0).x, right: toFlow(box.right, 0).x };
    },
    { id: `public.${table}`, column },
  );
}

async function expectLineAtRow(page: Page, lines: Line[], source: string, column: string, target: string): Promise<void> {
  const line = lines.find((l) => l.source === `public.${source}` && l.target === `public.${target}`);
  expect(line, `a line from ${source} to ${target}`).toBeDefined();
  const row = await rowMiddle(page, source, column);
  const start = line!.points[0]!;
  expect(Math.abs(start.y - row.y), `the line starts at the row of ${source}.${column}`).toBeLessThan(1.5);
  expect(Math.min(Math.abs(start.x - row.left), Math.abs(start.x - row.right)), 'on the left or right border').toBeLessThan(1.5);
}

test('the sample: every line leaves from its column\'s row and crosses no table; tables do not overlap', async ({ page }) => {
  await idle(page);
  const { boxes, lines } = await fittedDrawing(page);
  expect(lines.length).toBeGreaterThanOrEqual(15);
  const metrics = measureDiagram(boxes, lines);
  expect(metrics.examples).toEqual([]);
  expect(metrics.throughTables).toBe(0);
  expect(metrics.overlaps).toBe(0);
  // The line the issue saw leave from projects: users <- tasks.assignee_id.
  await expectLineAtRow(page, lines, 'tasks', 'assignee_id', 'users');
  await expectLineAtRow(page, lines, 'memberships', 'user_id', 'users');
});

test('lines can be followed: the hovered table\'s are highlighted over the others; zoomed out, all are darker and wider', async ({ page }) => {
  await idle(page);
  const routes = page.getByTestId('routes');
  const ofUsers = routes.locator('[data-route-id][data-source="public.users"], [data-route-id][data-target="public.users"]');
  await node(page, 'users').locator('.er-node__header').hover();
  await expect(routes).toHaveAttribute('data-hovered', 'public.users');
  const count = await ofUsers.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await expect(routes.locator('.er-route.is-active')).toHaveCount(count);
  for (let i = 0; i < count; i++) await expect(ofUsers.nth(i)).toHaveClass(/is-active/);
  // Drawn last: over the lines they cross.
  const order = await routes.locator('[data-route-id]').evaluateAll((lines) => lines.map((l) => l.classList.contains('is-active')));
  expect(order.slice(-count).every(Boolean)).toBe(true);
  const width = (locator: typeof routes) => locator.locator('path').first().evaluate((p) => getComputedStyle(p).strokeWidth);
  const plain = routes.locator('.er-route:not(.is-active)').first();
  // The other lines step back as one layer (one translucent layer, not one per line).
  expect(await routes.locator('.er-routes__rest').evaluate((g) => getComputedStyle(g).opacity)).toBe('0.35');
  expect(await plain.evaluate((g) => g.closest('.er-routes__rest') !== null)).toBe(true);
  expect(parseFloat(await width(ofUsers.first()))).toBeGreaterThan(parseFloat(await width(plain)));
  await page.mouse.move(5, 300);
  await expect(routes).not.toHaveAttribute('data-hovered', /./);
  await expect(routes.locator('.er-route.is-active')).toHaveCount(0);
  // Far out (names drawn large, columns unreadable), the lines are drawn darker and wider.
  const near = { width: await width(routes), colour: await routes.locator('path').first().evaluate((p) => getComputedStyle(p).stroke) };
  await expect(canvas(page)).not.toHaveClass(/is-far/);
  for (let i = 0; i < 12 && !(await canvas(page).getAttribute('class'))!.includes('is-far'); i++) await page.getByRole('button', { name: 'Zoom Out' }).click();
  await expect(canvas(page)).toHaveClass(/is-far/);
  expect(parseFloat(await width(routes))).toBeGreaterThan(parseFloat(near.width));
  expect(await routes.locator('path').first().evaluate((p) => getComputedStyle(p).stroke)).not.toBe(near.colour);
});

test('a drag re-renders neither the toolbars nor the lines it does not move (the work of each step of a drag stays small)', async ({ page }) => {
  await idle(page);
  // Selected first: the toolbars' buttons for a selection (Focus, Group) change once, not with the drag.
  await selectTable(page, 'tasks');
  await page.evaluate(() => {
    const w = window as unknown as { __toolbarMutations: number; __pathMutations: Set<string> };
    w.__toolbarMutations = 0;
    w.__pathMutations = new Set();
    new MutationObserver((list) => (w.__toolbarMutations += list.length)).observe(document.querySelector('.er-toolbars')!, { subtree: true, attributes: true, childList: true });
    new MutationObserver((list) => {
      for (const m of list) w.__pathMutations.add((m.target as Element).closest('[data-route-id]')?.getAttribute('data-route-id') ?? '');
    }).observe(document.querySelector('[data-testid="routes"]')!, { subtree: true, attributes: true, attributeFilter: ['d'] });
  });
  // Counted while the pointer moves (the drop routes the lines again, which the Export menu hears).
  const header = (await node(page, 'tasks').locator('header').boundingBox())!;
  await page.mouse.move(header.x + 12, header.y + 8);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(header.x + 12 + i * 6, header.y + 8 + i * 3);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  const { toolbar, paths } = await page.evaluate(() => {
    const w = window as unknown as { __toolbarMutations: number; __pathMutations: Set<string> };
    return { toolbar: w.__toolbarMutations, paths: [...w.__pathMutations] };
  });
  await page.mouse.up();
  expect(toolbar).toBe(0);
  // Lines of tasks were redrawn while it moved.
  const ofTasks = await page.getByTestId('routes').locator('[data-route-id][data-source="public.tasks"], [data-route-id][data-target="public.tasks"]').evaluateAll((lines) => lines.map((l) => l.getAttribute('data-route-id')));
  expect(paths.filter((id) => ofTasks.includes(id)).length).toBeGreaterThan(0);
});

test('pagila: no line through a table, and its lines meet their rows', async ({ page }) => {
  await idle(page);
  await page.getByTestId('file-input').setInputFiles({ name: 'pagila.sql', mimeType: 'text/plain', buffer: readFileSync('test/corpus/pagila.sql') });
  await expect(canvas(page)).toHaveAttribute('data-nodes', '79');
  await idle(page);
  const { boxes, lines } = await fittedDrawing(page);
  expect(lines.length).toBe(135);
  const metrics = measureDiagram(boxes, lines);
  expect(metrics.examples).toEqual([]);
  expect(metrics.overlaps).toBe(0);
  // Fitted, pagila is drawn too small for rows: go to rental (the view zooms in on it).
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+K');
  await page.getByTestId('command-palette-input').fill('go to rental');
  await page.getByTestId('command-palette-input').press('Enter');
  await expect(node(page, 'rental').locator('li[data-column="customer_id"]')).toBeVisible();
  await page.waitForTimeout(400);
  await expectLineAtRow(page, lines, 'rental', 'customer_id', 'customer');
});

test('a name too long for its cell ends in an ellipsis; the others are not clipped (a clip per cell slows every frame)', async ({ page }) => {
  await idle(page);
  const long = 'a_column_name_far_too_long_for_the_width_of_a_table';
  const sql = `create table public.customer_lifetime_value_snapshot_by_region_and_quarter (id bigint primary key, ${long} text, kind character varying(255), code text not null unique);
create table public.orders (id bigint primary key, customer_id bigint references public.customer_lifetime_value_snapshot_by_region_and_quarter (id), placed_at timestamp with time zone not null, total numeric(12,2));`;
  await page.getByTestId('file-input').setInputFiles({ name: 'long.sql', mimeType: 'text/plain', buffer: Buffer.from(sql) });
  await expect(canvas(page)).toHaveAttribute('data-nodes', '2');
  await idle(page);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+K');
  await page.getByTestId('command-palette-input').fill('go to orders');
  await page.getByTestId('command-palette-input').press('Enter');
  await expect(node(page, 'orders').locator('li[data-column="placed_at"]')).toBeVisible();
  const cells = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.er-col__name, .er-col__type, .er-node__name')].map((el) => ({
      text: el.textContent,
      overflows: el.scrollWidth > el.clientWidth + 1,
      clipped: getComputedStyle(el).overflowX !== 'visible',
      ellipsis: getComputedStyle(el).textOverflow === 'ellipsis',
    })),
  );
  expect(cells.length).toBeGreaterThanOrEqual(10);
  // Every text wider than its cell is clipped with an ellipsis...
  expect(cells.filter((c) => c.overflows && !(c.clipped && c.ellipsis))).toEqual([]);
  // ...the long names are, and the short ones are not clipped at all.
  expect(cells.filter((c) => c.clipped).map((c) => c.text)).toEqual(expect.arrayContaining([long, 'customer_lifetime_value_snapshot_by_region_and_quarter']));
  expect(cells.filter((c) => c.clipped && ['id', 'customer_id', 'placed_at', 'total', 'orders', 'kind', 'code'].includes(c.text ?? ''))).toEqual([]);
});

test('renaming a foreign-key column (or its table) keeps its line', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => message.text().includes("Couldn't create edge") && warnings.push(message.text()));
  await idle(page);
  await selectTable(page, 'memberships');
  const name = inspectorColumn(page, 'user_id').getByTestId('column-name');
  await name.fill('member_id');
  await name.press('Enter');
  await expect(node(page, 'memberships').locator('li[data-column="member_id"]')).toBeVisible();
  await idle(page);
  await expect(canvas(page)).toHaveAttribute('data-routing', 'idle');
  let lines = (await fittedDrawing(page)).lines;
  await expectLineAtRow(page, lines, 'memberships', 'member_id', 'users');

  await inspector(page).getByTestId('inspector-table-name').fill('team_members');
  await inspector(page).getByTestId('inspector-table-name').press('Enter');
  await expect(node(page, 'team_members')).toBeVisible();
  await idle(page);
  lines = (await fittedDrawing(page)).lines;
  await expectLineAtRow(page, lines, 'team_members', 'member_id', 'users');
  expect(warnings).toEqual([]);
});

test('display modes: keys only, names only, all; a big table collapses past 15 columns and expands', async ({ page }) => {
  await idle(page);
  const users = node(page, 'users');
  await expect(users.locator('li[data-column="display_name"]')).toBeVisible();
  const modes = page.getByTestId('display-mode');
  await modes.getByRole('radio', { name: 'Keys' }).click();
  await expect(users.locator('li[data-column="display_name"]')).toHaveCount(0);
  await expect(users.locator('li[data-column="id"]')).toBeVisible();
  await idle(page);
  let lines = (await fittedDrawing(page)).lines;
  await expectLineAtRow(page, lines, 'memberships', 'user_id', 'users');

  await modes.getByRole('radio', { name: 'Names' }).click();
  await expect(users.locator('li[data-column]')).toHaveCount(0);
  await idle(page);
  const names = await fittedDrawing(page);
  expect(measureDiagram(names.boxes, names.lines).throughTables).toBe(0);
  expect(measureDiagram(names.boxes, names.lines).overlaps).toBe(0);

  await modes.getByRole('radio', { name: 'All' }).click();
  await expect(users.locator('li[data-column="display_name"]')).toBeVisible();

  const wide = `CREATE TABLE wide (id bigint PRIMARY KEY, ${Array.from({ length: 20 }, (_, i) => `c${i} text`).join(', ')});`;
  await page.getByTestId('file-input').setInputFiles({ name: 'wide.sql', mimeType: 'text/plain', buffer: Buffer.from(wide) });
  await expect(canvas(page)).toHaveAttribute('data-nodes', '1');
  await idle(page);
  const table = node(page, 'wide');
  await expect(table.locator('li[data-column]')).toHaveCount(15);
  await expect(table.getByTestId('more-columns')).toHaveText('+6 more');
  await table.getByTestId('more-columns').click();
  await expect(table.locator('li[data-column]')).toHaveCount(21);
});

async function groupUsersAndMemberships(page: Page): Promise<void> {
  await selectTable(page, 'users');
  await node(page, 'memberships').locator('header').click({ position: { x: 8, y: 6 }, modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'Group', exact: true }).click();
  const group = page.getByTestId('group');
  await expect(group).toHaveCount(1);
  await fitView(page);
  await group.getByTestId('group-name').dblclick();
  await page.getByTestId('group-rename').fill('Accounts');
  await page.getByTestId('group-rename').press('Enter');
  await expect(group.getByTestId('group-name')).toHaveText('Accounts');
}

test('groups and notes are part of the document: saved, reloaded, shared, undone, exported as DBML', async ({ page, browser }) => {
  await idle(page);
  await groupUsersAndMemberships(page);
  // Undo and redo: the rename, then the group itself.
  const groupName = page.getByTestId('group').getByTestId('group-name');
  await undo(page);
  await expect(groupName).toHaveText('Group 1');
  await undo(page);
  await expect(page.getByTestId('group')).toHaveCount(0);
  await redo(page, 2);
  await expect(groupName).toHaveText('Accounts');
  await page.getByRole('button', { name: 'Note', exact: true }).click();
  await page.getByTestId('note').getByRole('textbox', { name: 'Note' }).fill('Accounts are shared by teams');

  const doc = await savedDocument(page);
  expect(doc.groups).toEqual([{ id: 'g1', name: 'Accounts', color: expect.stringMatching(/^#[0-9a-f]{6}$/), tables: ['public.users', 'public.memberships'] }]);
  expect(doc.notes).toMatchObject([{ text: 'Accounts are shared by teams' }]);

  // The group's tables stay inside its frame.
  const frame = (await page.getByTestId('group').boundingBox())!;
  for (const table of ['users', 'memberships']) {
    const box = (await node(page, table).boundingBox())!;
    expect(box.x).toBeGreaterThan(frame.x);
    expect(box.x + box.width).toBeLessThan(frame.x + frame.width);
  }

  // DBML: a TableGroup and a Note.
  await page.getByTestId('export-menu').locator('summary').click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'DBML', exact: true }).click();
  const dbml = readFileSync((await (await downloading).path())!, 'utf8');
  expect(dbml).toMatch(/TableGroup Accounts \[color: #[0-9a-f]{6}\] \{\n {2}public\.users\n {2}public\.memberships\n\}/);
  expect(dbml).toContain("'''Accounts are shared by teams'''");
  await page.getByTestId('export-menu').locator('summary').click();

  // Reload: restored from IndexedDB.
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await page.reload();
  await idle(page);
  await expect(page.getByTestId('group').getByTestId('group-name')).toHaveText('Accounts');
  await expect(page.getByTestId('note').getByRole('textbox', { name: 'Note' })).toHaveValue('Accounts are shared by teams');

  // A share link carries them to another browser.
  await page.getByTestId('command-share').click();
  const url = await page.getByTestId('share-url').inputValue();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const other = await context.newPage();
    await other.goto(url);
    await idle(other);
    await expect(other.getByTestId('group').getByTestId('group-name')).toHaveText('Accounts');
    await expect(other.getByTestId('note').getByRole('textbox', { name: 'Note' })).toHaveValue('Accounts are shared by teams');
  } finally {
    await context.close();
  }
});

test('panels resize, remember their size, and one key shows the canvas alone', async ({ page }) => {
  await idle(page);
  const editor = page.getByTestId('panel-editor');
  const before = (await editor.boundingBox())!.width;
  const separator = (await page.getByTestId('separator-editor').boundingBox())!;
  await page.mouse.move(separator.x + separator.width / 2, separator.y + 200);
  await page.mouse.down();
  await page.mouse.move(separator.x + separator.width / 2 + 150, separator.y + 200, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await editor.boundingBox())!.width).toBeGreaterThan(before + 100);
  const widened = (await editor.boundingBox())!.width;
  await page.reload();
  await idle(page);
  await expect.poll(async () => Math.abs((await editor.boundingBox())!.width - widened)).toBeLessThan(4);

  const canvasWidth = (await page.getByTestId('panel-canvas').boundingBox())!.width;
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('\\');
  await expect.poll(async () => (await editor.boundingBox())?.width ?? 0).toBeLessThan(2);
  await expect.poll(async () => (await page.getByTestId('panel-sidebar').boundingBox())?.width ?? 0).toBeLessThan(2);
  expect((await page.getByTestId('panel-canvas').boundingBox())!.width).toBeGreaterThan(canvasWidth + 500);
  await page.keyboard.press('\\');
  await expect.poll(async () => Math.abs((await editor.boundingBox())!.width - widened)).toBeLessThan(4);
});
