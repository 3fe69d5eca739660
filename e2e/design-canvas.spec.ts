/**
 * The canvas as a design surface (issue 7): several tables selected with shift-click, aligned and
 * deleted together; tables copied and pasted as new tables. Undo restores each.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { canvas, expectNoMigration, expectScript, expectVerifiedMigration, fitView, idle, node, redo, undo } from './design-helpers';

const selected = (page: Page) => page.locator('.react-flow__node.selected');

/** Clicks the first table, shift-clicks the others (tables on the left: the inspector the first click opens narrows the canvas from the right). */
async function shiftSelect(page: Page, tables: string[]): Promise<void> {
  await node(page, tables[0]!).locator('header').click({ position: { x: 8, y: 6 } });
  for (const table of tables.slice(1)) await node(page, table).locator('header').click({ position: { x: 8, y: 6 }, modifiers: ['Shift'] });
  await expect(selected(page)).toHaveCount(tables.length);
}

const left = async (page: Page, table: string) => Math.round((await node(page, table).boundingBox())!.x);
const top = async (page: Page, table: string) => Math.round((await node(page, table).boundingBox())!.y);

test('shift-click selects several tables: aligned, then deleted together; undo restores each', async ({ page }) => {
  await idle(page);
  const tables = ['users', 'audit_log', 'comments'];
  const before = await Promise.all(tables.map((t) => left(page, t)));
  expect(new Set(before).size).toBeGreaterThan(1);
  await shiftSelect(page, tables);
  // One table selected shows its inspector; several show the group's buttons instead.
  await expect(page.getByTestId('inspector')).toHaveCount(0);
  await expect(page.getByTestId('design-delete')).toHaveText('Delete 3');

  await page.getByTestId('design-align-left').click();
  await expect.poll(async () => new Set(await Promise.all(tables.map((t) => left(page, t)))).size).toBe(1);
  expect(await left(page, tables[0]!)).toBe(Math.min(...before));
  await page.getByTestId('design-align-top').click();
  await expect.poll(async () => new Set(await Promise.all(tables.map((t) => top(page, t)))).size).toBe(1);
  // Moving tables is not a schema change.
  await expectNoMigration(page);
  await undo(page, 2);
  await expect.poll(async () => Promise.all(tables.map((t) => left(page, t)))).toEqual(before);

  // Delete with the key: the tables go, and the foreign keys other tables had to users; dropping
  // tables loses data, so the migration holds those steps back until destructive ones are allowed.
  await expect(selected(page)).toHaveCount(3);
  await page.keyboard.press('Delete');
  await expect(canvas(page)).toHaveAttribute('data-nodes', '10');
  for (const table of tables) await expect(node(page, table)).toHaveCount(0);
  await expect(node(page, 'memberships').locator('li[data-column="user_id"] .mark--fk')).toHaveCount(0);
  await expect(page.getByTestId('migration-skipped')).toContainText('destructive statements left out');
  await expectScript(page, /DROP CONSTRAINT memberships_user_id_fkey/);
  await expectScript(page, /DROP TABLE/, false);
  await page.getByTestId('allow-destructive').check();
  for (const table of tables) await expectScript(page, new RegExp(`DROP TABLE public\\.${table}\\b`));
  await page.getByTestId('allow-destructive').uncheck();

  await undo(page);
  for (const table of tables) await expect(node(page, table)).toHaveCount(1);
  await expectNoMigration(page);
  await redo(page);
  await expect(node(page, 'audit_log')).toHaveCount(0);
});

test('copy and paste two tables: new tables whose foreign key follows the copy; undo removes them; verified on PGlite', async ({ page }) => {
  await idle(page);
  await shiftSelect(page, ['organizations', 'memberships']);
  await page.keyboard.press('ControlOrMeta+C');
  await expect(page.getByTestId('notice')).toContainText('Copied 2 tables');
  await page.keyboard.press('ControlOrMeta+V');
  await expect(canvas(page)).toHaveAttribute('data-nodes', '15');
  await fitView(page);
  await expect(node(page, 'organizations_copy')).toHaveCount(1);
  await expect(node(page, 'memberships_copy')).toHaveCount(1);
  // The copies are the selection now (placed beside the originals).
  await expect(selected(page)).toHaveCount(2);
  await expect(node(page, 'organizations_copy')).toHaveClass(/selected/);
  await expectScript(page, /CREATE TABLE public\.organizations_copy/);
  await expectScript(page, /CREATE TABLE public\.memberships_copy/);

  const derived = await expectVerifiedMigration(page);
  const copy = derived.target.tables['public.memberships_copy']!;
  // Between copies the foreign key follows the copy; to a table not copied it stays.
  expect(copy.foreignKeys.map((fk) => `${fk.columns.join()}->${fk.references.name}`).sort()).toEqual(['organization_id->organizations_copy', 'user_id->users']);
  // Constraint names follow the new table name: nothing collides with the originals.
  expect(derived.target.tables['public.organizations_copy']!.primaryKey?.name).toBe('organizations_copy_pkey');

  await undo(page);
  await expect(canvas(page)).toHaveAttribute('data-nodes', '13');
  await expect(node(page, 'organizations_copy')).toHaveCount(0);
  await expectNoMigration(page);
});
