/**
 * Designing the objects around a table (issue 7): a unique partial index, a check, a comment, an
 * enum used as a column type. Each one is in the migration as soon as it is made, undo takes it
 * out and redo puts it back, and the whole runs on PGlite.
 */
import { expect, test } from './fixtures';
import { addColumn, expectNoMigration, expectScript, expectVerifiedMigration, idle, inspector, inspectorColumn, node, redo, selectTable, undo } from './design-helpers';

test('a unique partial index, a check and a table comment; undo and redo each; verified on PGlite', async ({ page }) => {
  await idle(page);
  await selectTable(page, 'projects');
  const panel = inspector(page);

  // The index the soft-delete finding asks for: unique among the rows not deleted.
  await panel.getByTestId('add-index-columns').fill('organization_id, slug');
  await panel.getByTestId('add-index-unique').check();
  await panel.getByTestId('add-index-where').fill('deleted_at is null');
  await panel.getByTestId('add-index-submit').click();
  const index = panel.locator('[data-testid="inspector-index"]').filter({ hasText: 'deleted_at' });
  await expect(index).toHaveCount(1);
  await expect(index).toContainText('unique (organization_id, slug) where');
  await expectScript(page, /CREATE UNIQUE INDEX CONCURRENTLY .* ON public\.projects .*\(organization_id, slug\) WHERE \(?deleted_at IS NULL\)?/);
  await undo(page);
  await expect(index).toHaveCount(0);
  await expectNoMigration(page);
  await redo(page);
  await expect(index).toHaveCount(1);

  // A check with the name chosen by the user; a condition Postgres cannot read is refused.
  await panel.getByTestId('add-check-expression').fill('length(name) >');
  await panel.getByTestId('add-check-submit').click();
  await expect(panel.getByTestId('add-check-error')).toBeVisible();
  await panel.getByTestId('add-check-expression').fill('length(name) > 0');
  await panel.getByTestId('add-check-name').fill('projects_name_not_empty');
  await panel.getByTestId('add-check-submit').click();
  const check = panel.locator('[data-testid="inspector-check"][data-name="projects_name_not_empty"]');
  await expect(check).toContainText('length(name) > 0');
  await expectScript(page, /ADD CONSTRAINT projects_name_not_empty CHECK \(length\(name\) > 0\)/);
  await undo(page);
  await expect(check).toHaveCount(0);
  await expectScript(page, /projects_name_not_empty/, false);
  await redo(page);
  await expect(check).toHaveCount(1);

  // A comment on the table (a multi-line field: Ctrl/Cmd+Enter or leaving it commits).
  const comment = panel.getByTestId('inspector-table-comment');
  await comment.fill("Projects of an organization; soft-deleted with deleted_at.");
  await comment.press('ControlOrMeta+Enter');
  await expectScript(page, /COMMENT ON TABLE public\.projects IS 'Projects of an organization; soft-deleted with deleted_at\.'/);
  await undo(page);
  await expect(comment).toHaveValue('');
  await expectScript(page, /COMMENT ON TABLE/, false);
  await redo(page);
  await expect(comment).toHaveValue('Projects of an organization; soft-deleted with deleted_at.');

  const derived = await expectVerifiedMigration(page);
  expect(derived.target.tables['public.projects']!.comment).toBe('Projects of an organization; soft-deleted with deleted_at.');
  expect(derived.target.tables['public.projects']!.checks.map((c) => c.name)).toContain('projects_name_not_empty');
  expect(derived.target.tables['public.projects']!.indexes).toContainEqual(expect.objectContaining({ unique: true, where: expect.stringMatching(/deleted_at IS NULL/) }));
});

test('an enum created from the toolbar and used as a column type; undo takes the column, then the enum; verified on PGlite', async ({ page }) => {
  await idle(page);
  const menu = page.getByTestId('enum-menu');
  await menu.locator('summary').click();
  await menu.getByTestId('enum-name').fill('project_stage');
  await menu.getByTestId('enum-values').fill('idea, active, done');
  await menu.getByTestId('enum-create').click();
  await expect(menu.locator('[data-testid="enum-item"][data-name="project_stage"]')).toContainText('idea, active, done');
  await expectScript(page, /CREATE TYPE public\.project_stage AS ENUM \('idea', 'active', 'done'\)/);
  // A second enum of the same name is refused, with the reason.
  await menu.getByTestId('enum-name').fill('project_stage');
  await menu.getByTestId('enum-values').fill('x');
  await menu.getByTestId('enum-create').click();
  await expect(menu.getByTestId('enum-error')).toBeVisible();
  await menu.locator('summary').click();

  // The new type is offered (and taken) as a column type.
  await selectTable(page, 'projects');
  await expect(page.locator('datalist option[value="project_stage"]')).toHaveCount(1);
  await addColumn(page, 'stage', 'project_stage', true);
  await expect(node(page, 'projects').locator('li[data-column="stage"] .er-col__type')).toHaveText('project_stage');
  await expectScript(page, /ADD COLUMN stage public\.project_stage/);
  await expect(inspectorColumn(page, 'stage').getByTestId('column-nn')).toBeChecked();

  const derived = await expectVerifiedMigration(page);
  expect(derived.target.tables['public.projects']!.columns.find((c) => c.name === 'stage')?.type).toMatchObject({ name: 'project_stage' });

  await undo(page);
  await expect(inspectorColumn(page, 'stage')).toHaveCount(0);
  await expectScript(page, /CREATE TYPE public\.project_stage/);
  await undo(page);
  await expectNoMigration(page);
  await expect(menu.locator('summary')).toHaveText('Enums (3)');
});
