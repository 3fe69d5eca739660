/**
 * Designing on an imported schema (issue 7): the sample's columns renamed (a RENAME, so the data
 * stays), its foreign keys changed and deleted, a foreign key drawn between columns of different
 * types. Each edit shows in the migration at once, runs on PGlite, and undo takes it back.
 */
import { expect, test } from './fixtures';
import {
  addColumn,
  drawForeignKey,
  expectNoMigration,
  expectVerifiedMigration,
  fitView,
  idle,
  inspector,
  inspectorColumn,
  node,
  redo,
  selectTable,
  statements,
  undo,
} from './design-helpers';

test('a column renamed in the inspector is a RENAME COLUMN that runs on PGlite; undo and redo', async ({ page }) => {
  await idle(page);
  await selectTable(page, 'users');
  const name = inspectorColumn(page, 'display_name').getByTestId('column-name');
  await name.fill('full_name');
  await name.press('Enter');
  // The row is the column's: it goes with the old name and comes back with the new one.
  await expect(inspectorColumn(page, 'full_name')).toBeVisible();
  await expect(node(page, 'users').locator('li[data-column="full_name"]')).toBeVisible();
  await expect(statements(page)).toHaveCount(1);
  await expect(statements(page).first()).toContainText('RENAME COLUMN display_name TO full_name');

  const derived = await expectVerifiedMigration(page);
  expect(derived.upSql).toContain('ALTER TABLE public.users RENAME COLUMN display_name TO full_name;');
  // Not a drop and an add: nothing is left out as destructive.
  await expect(page.getByTestId('migration-skipped')).toHaveCount(0);
  expect(derived.upSql).not.toMatch(/DROP COLUMN/);

  await undo(page);
  await expect(inspectorColumn(page, 'display_name')).toBeVisible();
  await expect(node(page, 'users').locator('li[data-column="display_name"]')).toBeVisible();
  await expectNoMigration(page);
  await redo(page);
  await expect(inspectorColumn(page, 'full_name')).toBeVisible();
  await expect(statements(page).first()).toContainText('RENAME COLUMN');
});

test("a foreign key's ON DELETE and deferrability changed, then deleted; undo brings each back", async ({ page }) => {
  await idle(page);
  await selectTable(page, 'memberships');
  const fk = inspector(page).locator('[data-testid="inspector-fk"][data-name="memberships_user_id_fkey"]');
  await expect(fk.getByTestId('fk-on-delete')).toHaveValue('cascade');

  await fk.getByTestId('fk-on-delete').selectOption('restrict');
  await expect(fk.getByTestId('fk-on-delete')).toHaveValue('restrict');
  await fk.getByTestId('fk-deferrable').check();
  await expect(fk.getByTestId('fk-deferrable')).toBeChecked();
  const changed = await expectVerifiedMigration(page);
  expect(changed.upSql).toMatch(/DROP CONSTRAINT memberships_user_id_fkey/);
  expect(changed.upSql).toMatch(/ADD CONSTRAINT memberships_user_id_fkey FOREIGN KEY \(user_id\) REFERENCES public\.users ?\(id\) ON DELETE RESTRICT DEFERRABLE/);

  await fk.getByTestId('fk-delete').click();
  await expect(fk).toHaveCount(0);
  await expect(node(page, 'memberships').locator('li[data-column="user_id"] .mark--fk')).toHaveCount(0);
  // (One run on PGlite per test keeps it short: the drop is read from the page.)
  await expect(statements(page)).toHaveCount(1);
  await expect(statements(page).first()).toContainText('DROP CONSTRAINT memberships_user_id_fkey');

  // Undo: the foreign key is back (deferrable, restrict), then as imported.
  await undo(page);
  await expect(fk.getByTestId('fk-deferrable')).toBeChecked();
  await expect(node(page, 'memberships').locator('li[data-column="user_id"] .mark--fk')).toBeVisible();
  await undo(page, 2);
  await expect(fk.getByTestId('fk-on-delete')).toHaveValue('cascade');
  await expect(fk.getByTestId('fk-deferrable')).not.toBeChecked();
  await expectNoMigration(page);
});

test('while the worker derives, each inspector control shows the edit just made', async ({ page }) => {
  // The derive worker's replies are held for a while (as on a big schema): the controls must not
  // snap back to the old value meanwhile (a checkbox that unticks itself, a select that goes back).
  await page.addInitScript(() => {
    const w = window as unknown as { __deriveDelayMs: number };
    w.__deriveDelayMs = 0;
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (options?.name !== 'schemawise-derive') return;
        let handler: ((event: MessageEvent) => void) | null = null;
        super.onmessage = (event: MessageEvent) => setTimeout(() => handler?.(event), w.__deriveDelayMs);
        Object.defineProperty(this, 'onmessage', { set: (h: (event: MessageEvent) => void) => (handler = h), get: () => handler });
      }
    };
  });
  await page.reload();
  await idle(page);
  await selectTable(page, 'memberships');
  await page.evaluate(() => ((window as unknown as { __deriveDelayMs: number }).__deriveDelayMs = 1500));
  const fk = inspector(page).locator('[data-testid="inspector-fk"][data-name="memberships_user_id_fkey"]');
  // check() itself fails when the box is not ticked right after the click.
  await fk.getByTestId('fk-deferrable').check();
  await fk.getByTestId('fk-on-delete').selectOption('restrict');
  await expect(fk.getByTestId('fk-on-delete')).toHaveValue('restrict', { timeout: 300 });
  await expect(fk.getByTestId('fk-deferrable')).toBeChecked({ timeout: 300 });
  const nn = inspectorColumn(page, 'role').getByTestId('column-nn');
  const wasNotNull = await nn.isChecked();
  await nn.setChecked(!wasNotNull);
  // The derivation arrives and agrees: nothing moves back.
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-busy', 'false');
  await expect(fk.getByTestId('fk-deferrable')).toBeChecked();
  await expect(fk.getByTestId('fk-on-delete')).toHaveValue('restrict');
  await expect(nn).toBeChecked({ checked: !wasNotNull });
  await expect(statements(page).filter({ hasText: 'DEFERRABLE' })).not.toHaveCount(0);
});

test('a foreign key drawn onto a column of another type offers to retype the column; cancel changes nothing', async ({ page }) => {
  await idle(page);
  await selectTable(page, 'tasks');
  await addColumn(page, 'reviewer_id', 'integer');
  await fitView(page);
  await idle(page);

  // tasks.reviewer_id (integer) onto users.id (bigint): the prompt says so and offers bigint.
  await drawForeignKey(page, 'tasks', 'reviewer_id', 'users', 'id');
  const prompt = page.getByTestId('fk-prompt');
  await expect(prompt).toContainText('tasks.reviewer_id is integer but users.id is bigint');
  await page.getByTestId('fk-prompt-cancel').click();
  await expect(prompt).toHaveCount(0);
  await expect(node(page, 'tasks').locator('li[data-column="reviewer_id"] .mark--fk')).toHaveCount(0);
  await expect(statements(page)).toHaveCount(1);

  await drawForeignKey(page, 'tasks', 'reviewer_id', 'users', 'id');
  await expect(page.getByTestId('fk-prompt-retype')).toHaveText('Change tasks.reviewer_id to bigint');
  await page.getByTestId('fk-prompt-retype').click();
  await expect(node(page, 'tasks').locator('li[data-column="reviewer_id"] .mark--fk')).toBeVisible();
  await expect(inspectorColumn(page, 'reviewer_id').getByTestId('column-type')).toHaveValue('bigint');
  const derived = await expectVerifiedMigration(page);
  expect(derived.upSql).toMatch(/ADD COLUMN reviewer_id bigint/);
  expect(derived.upSql).toMatch(/FOREIGN KEY \(reviewer_id\) REFERENCES public\.users ?\(id\)/);

  // One undo takes back the retype and the foreign key together (one command).
  await undo(page);
  await expect(node(page, 'tasks').locator('li[data-column="reviewer_id"] .mark--fk')).toHaveCount(0);
  await expect(inspectorColumn(page, 'reviewer_id').getByTestId('column-type')).toHaveValue('integer');
});
