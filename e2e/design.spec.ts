/**
 * Designing on the canvas (issue 7): a schema drawn from nothing (tables, columns, foreign keys
 * dragged from column to column) whose target DDL and migration create it, verified on PGlite.
 * Edits of an imported schema: design-edit.spec.ts; indexes, checks, comments, enums:
 * design-objects.spec.ts; selection, align, copy and paste: design-canvas.spec.ts.
 */
import { expect, test } from './fixtures';
import { addColumn, canvas, drawForeignKey, idle, inspector, moveNode, node, redo, renameInInspector, savedDocument, undo, viewer } from './design-helpers';
import { derive } from './node-document';
import { verifyMigration } from '../src/core/verify';

test('a three-table schema designed from nothing: target DDL and migration create it, verified on PGlite', async ({ page }) => {
  test.setTimeout(40_000);
  await idle(page);
  await page.getByTestId('command-new-document').click();
  await expect(canvas(page)).toHaveAttribute('data-nodes', '0');
  // Three tables side by side need a little room: zoomed out (still showing the columns).
  await page.getByRole('button', { name: 'Zoom Out', exact: true }).click();
  await page.getByRole('button', { name: 'Zoom Out', exact: true }).click();
  const empty = (await canvas(page).boundingBox())!;

  // 1. A double-click on the empty canvas makes a table there; the inspector renames it.
  await page.mouse.dblclick(empty.x + 30, empty.y + 90);
  await expect(inspector(page)).toHaveAttribute('data-table', 'public.table_1');
  // The inspector takes the right of the centre pane: the canvas is what is left of it.
  const area = (await canvas(page).boundingBox())!;
  await moveNode(page, 'table_1', { x: area.x + 10, y: area.y + 80 });
  await renameInInspector(page, 'users');
  await addColumn(page, 'email', 'varchar(200)', true);
  // Checkboxes show the document: they change once the edit is derived (a click, then the state).
  await inspector(page).locator('[data-column="email"]').getByTestId('column-uq').click();
  await expect(inspector(page).locator('[data-column="email"]').getByTestId('column-uq')).toBeChecked();
  await expect(node(page, 'users').locator('li[data-column="email"] .mark--uq')).toBeVisible();

  // 2. The toolbar's "+ Table", renamed in place on the node (double-click its name).
  await page.getByTestId('design-new-table').click();
  await expect(node(page, 'table_1')).toBeVisible();
  await moveNode(page, 'table_1', { x: area.x + area.width - 200, y: area.y + 80 });
  await node(page, 'table_1').getByTestId('node-name').dblclick();
  await page.getByTestId('node-rename').fill('posts');
  await page.getByTestId('node-rename').press('Enter');
  await expect(node(page, 'posts')).toBeVisible();
  await node(page, 'posts').click();
  await expect(inspector(page)).toHaveAttribute('data-table', 'public.posts');
  await addColumn(page, 'title', 'text', true);

  // 3. The command palette's "New table".
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ControlOrMeta+K');
  await page.getByTestId('command-palette-input').fill('new table');
  await page.getByTestId('command-palette-input').press('Enter');
  await expect(inspector(page)).toHaveAttribute('data-table', 'public.table_1');
  await renameInInspector(page, 'comments');
  await moveNode(page, 'comments', { x: area.x + 100, y: area.y + 250 });
  await addColumn(page, 'post_id', 'bigint', true);
  await addColumn(page, 'body', 'text');

  // 4. Foreign keys by drag: posts' header onto users.id makes posts.user_id; comments.post_id onto posts.id.
  await drawForeignKey(page, 'posts', undefined, 'users', 'id');
  await expect(node(page, 'posts').locator('li[data-column="user_id"] .mark--fk')).toBeVisible();
  await drawForeignKey(page, 'comments', 'post_id', 'posts', 'id');
  await expect(node(page, 'comments').locator('li[data-column="post_id"] .mark--fk')).toBeVisible();
  await expect(page.locator('[data-route-id]')).toHaveCount(2);
  // Undo takes the last foreign key back; redo draws it again.
  await undo(page);
  await expect(node(page, 'comments').locator('li[data-column="post_id"] .mark--fk')).toHaveCount(0);
  await expect(page.locator('[data-route-id]')).toHaveCount(1);
  await redo(page);
  await expect(node(page, 'comments').locator('li[data-column="post_id"] .mark--fk')).toBeVisible();
  await idle(page);

  // The document the page holds, derived here in Node: the page shows the same target and migration.
  const doc = await savedDocument(page);
  expect(doc.sourceSql).toBe('');
  const derived = await derive(doc);
  expect(Object.keys(derived.target.tables).sort()).toEqual(['public.comments', 'public.posts', 'public.users']);
  expect(derived.target.tables['public.posts']!.foreignKeys).toMatchObject([{ columns: ['user_id'], references: { name: 'users' }, referencedColumns: ['id'] }]);
  expect(derived.target.tables['public.comments']!.foreignKeys).toMatchObject([{ columns: ['post_id'], references: { name: 'posts' }, referencedColumns: ['id'] }]);

  await page.getByTestId('sql-view-target').click();
  await expect.poll(() => viewer(page, 'editor-target')).toBe(derived.targetDdl);
  for (const table of ['users', 'posts', 'comments']) expect(derived.targetDdl).toContain(`CREATE TABLE public.${table}`);
  await page.getByTestId('sql-view-source').click();
  await expect.poll(() => viewer(page, 'migration-script')).toBe(derived.upSql);
  for (const table of ['users', 'posts', 'comments']) expect(derived.upSql).toContain(`CREATE TABLE public.${table}`);
  expect(derived.upSql).toMatch(/FOREIGN KEY \(post_id\) REFERENCES public\.posts/);

  // What the migration does on a real Postgres: from nothing to the target, and back.
  const verified = await verifyMigration({ baselineSql: '', upSql: derived.upSql, downSql: derived.downSql, targetSql: derived.targetDdl });
  expect(verified.up.filter((r) => !r.ok)).toEqual([]);
  expect(verified.down.filter((r) => !r.ok)).toEqual([]);
  expect(verified.upDifferences).toEqual([]);
  expect(verified.downDifferences).toEqual([]);
});
