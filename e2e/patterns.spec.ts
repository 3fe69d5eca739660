/**
 * Patterns in the app, through the newcomer's flow of issue 6: select `users`, turn soft delete
 * on, see the canvas, findings and migration change, download the golang-migrate zip and run it
 * on PGlite (in Node); turning the pattern off takes exactly its changes away again.
 */
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { sampleDocument } from './node-document';
import { verifyMigration } from '../src/core/verify';

const statements = (page: Page) => page.getByTestId('migration-statement');

async function idle(page: Page): Promise<void> {
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'idle');
}

async function openPatternsOf(page: Page, table: string): Promise<void> {
  await page.getByRole('article', { name: `Table ${table}` }).click();
  await page.getByRole('tab', { name: /Patterns/ }).click();
  await expect(page.getByTestId('patterns-panel').getByRole('heading', { name: `Patterns for ${table}` })).toBeVisible();
}

test('soft delete on users: canvas, findings and migration follow; the golang-migrate zip runs on Postgres', async ({ page }) => {
  test.setTimeout(120_000);
  const doc = sampleDocument();
  await idle(page);
  const softDeleteFindings = () => page.locator('[data-testid="problem"][data-rule="require-partial-unique-for-soft-delete"]');
  await openPatternsOf(page, 'users');
  const users = page.getByRole('article', { name: 'Table users' });
  await expect(users.getByText('deleted_at', { exact: true })).toHaveCount(0);
  await expect(statements(page)).toHaveCount(0);

  const toggle = page.getByRole('switch', { name: 'Soft delete' });
  await expect(toggle).toBeEnabled();
  await toggle.check();
  await idle(page);
  await expect(page.getByRole('tab', { name: /Patterns/ })).toContainText('1');
  await expect(users.getByText('deleted_at', { exact: true })).toHaveCount(1);
  await expect(users.getByTestId('node-patterns')).toHaveText('soft delete');
  await expect(statements(page).filter({ hasText: 'ADD COLUMN deleted_at' })).toHaveCount(1);
  await expect(statements(page).filter({ hasText: /CREATE UNIQUE INDEX CONCURRENTLY .* WHERE \(?deleted_at IS NULL/ })).not.toHaveCount(0);
  // The pattern serves require-partial-unique-for-soft-delete: nothing of it remains on users.
  await page.getByRole('tab', { name: /Problems/ }).click();
  await expect(softDeleteFindings().filter({ hasText: 'users' })).toHaveCount(0);
  // The node's badge leads back to the table's patterns.
  await users.getByTestId('node-patterns').click();
  await expect(page.getByRole('switch', { name: 'Soft delete' })).toBeChecked();
  await page.getByRole('tab', { name: /Problems/ }).click();

  await page.getByTestId('migration-format').selectOption('golang-migrate');
  const downloading = page.waitForEvent('download');
  await page.getByTestId('migration-download').click();
  const zip = unzipSync(new Uint8Array(readFileSync((await (await downloading).path())!)));
  const names = Object.keys(zip).sort();
  const up = names.filter((n) => n.endsWith('.up.sql')).map((n) => strFromU8(zip[n]!));
  const down = names.filter((n) => n.endsWith('.down.sql')).reverse().map((n) => strFromU8(zip[n]!));
  expect(up.join('\n')).toContain('deleted_at');
  // What golang-migrate would run, in order, on a real Postgres: baseline, up files, down files.
  const verified = await verifyMigration({ baselineSql: doc.sourceSql, upSql: up.join('\n'), downSql: down.join('\n') });
  expect(verified.up.filter((r) => !r.ok)).toEqual([]);
  expect(verified.down.filter((r) => !r.ok)).toEqual([]);
  expect(verified.downDifferences).toEqual([]);

  // Off again: exactly what it added goes away.
  await page.getByRole('tab', { name: /Patterns/ }).click();
  await page.getByRole('switch', { name: 'Soft delete' }).uncheck();
  await idle(page);
  await expect(users.getByText('deleted_at', { exact: true })).toHaveCount(0);
  await expect(users.getByTestId('node-patterns')).toHaveCount(0);
  await expect(statements(page)).toHaveCount(0);
});

test("a table's node menu opens its patterns", async ({ page }) => {
  await idle(page);
  const projects = page.getByRole('article', { name: 'Table projects' });
  await projects.hover();
  await projects.getByTestId('node-pattern-menu').click();
  await expect(page.getByRole('tab', { name: /Patterns/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('patterns-panel').getByRole('heading', { name: 'Patterns for projects' })).toBeVisible();
});

test('a pattern that does not apply says why; schema patterns add their tables; undo turns a pattern off', async ({ page }) => {
  await idle(page);
  await openPatternsOf(page, 'memberships');
  // memberships has no parent_id column pointing at itself: the hierarchy patterns explain.
  const ltree = page.locator('[data-pattern="ltree-path"]');
  await expect(ltree).toHaveAttribute('data-state', /off|unavailable/);

  const before = Number(await page.getByTestId('canvas').getAttribute('data-nodes'));
  await page.getByRole('switch', { name: 'Outbox', exact: true }).check();
  await idle(page);
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-nodes', String(before + 1));
  // Placed beside the others, maybe outside the view: fit the view to see it.
  await page.getByRole('button', { name: 'Fit View', exact: true }).click();
  await expect(page.getByRole('article', { name: 'Table outbox' })).toBeVisible();

  await page.getByRole('article', { name: 'Table users' }).click();
  await page.keyboard.press('ControlOrMeta+Z');
  await idle(page);
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-nodes', String(before));
});
