/**
 * A change the planner refuses is left out of the migration and shown in the Migration panel with
 * its reason and what to do (issue 17): a column of its own on a partition (refused on every
 * version), and a NULLS NOT DISTINCT index once the target is Postgres 14. The texts are the
 * planner's, as the same derivation gives them in Node.
 */
import type { Page } from '@playwright/test';
import { createDocument, type SchemawiseDocument } from '../src/core/document';
import { expect, test } from './fixtures';
import { derive } from './node-document';

const SOURCE = `CREATE TABLE accounts (id bigint PRIMARY KEY, email text);
CREATE TABLE events (id bigint NOT NULL, happened date NOT NULL) PARTITION BY RANGE (happened);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
`;

function refusedDocument(): SchemawiseDocument {
  return {
    ...createDocument(SOURCE, 'refusals.sql'),
    edits: [
      {
        kind: 'add-index',
        table: { schema: 'public', name: 'accounts' },
        index: { name: 'accounts_email_key', unique: true, method: 'btree', elements: [{ column: 'email', descending: false }], include: [], nullsNotDistinct: true, only: false },
      },
      { kind: 'add-column', table: { schema: 'public', name: 'events_2024' }, column: { name: 'note', type: { name: 'text', modifiers: [], arrayDims: 0 }, notNull: false } },
    ],
  } as SchemawiseDocument;
}

async function idle(page: Page): Promise<void> {
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'idle');
}

test('a refused change is shown in the migration panel with its reason; a target version that lacks a feature refuses it too', async ({ page }) => {
  const doc = refusedDocument();
  const on16 = await derive({ ...doc, pgVersion: 16 });
  const on14 = await derive({ ...doc, pgVersion: 14 });
  expect(on16.refused).toHaveLength(1);
  expect(on14.refused).toHaveLength(2);

  await idle(page);
  await page.getByTestId('project-input').setInputFiles({ name: 'refusals.schemawise.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await expect(page.getByTestId('notice')).toContainText('Opened project refusals.schemawise.json');
  await idle(page);
  await page.getByTestId('migration-pg-version').selectOption('16');

  // On 16: the partition's own column is refused, saying to add it to the parent; the index is built.
  const panel = page.getByRole('region', { name: 'Migration' });
  await expect(panel.getByTestId('migration-refused')).toContainText('1 change is left out of the migration');
  await expect(panel.getByTestId('migration-refusal')).toHaveText(on16.refused);
  await expect(panel.getByTestId('migration-refusal').first()).toContainText('add note to events');
  await expect(panel.getByTestId('migration-statement')).toHaveCount(on16.plan.up.length);
  await expect(panel.getByTestId('migration-statement').first()).toContainText('NULLS NOT DISTINCT');
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/migration-refusals-16.png` });

  // On 14: the index is refused too (NULLS NOT DISTINCT came in 15), and nothing is left to migrate.
  await page.getByTestId('migration-pg-version').selectOption('14');
  await expect(panel.getByTestId('migration-refused')).toContainText('2 changes are left out of the migration');
  await expect(panel.getByTestId('migration-refusal')).toHaveText(on14.refused);
  await expect(panel.getByTestId('migration-refused')).toContainText('needs Postgres 15, and the target is 14');
  await expect(panel.getByTestId('migration-statement')).toHaveCount(0);
  await expect(panel.getByTestId('migration-only-refused')).toBeVisible();
  await expect(panel.getByTestId('migration-empty')).toHaveCount(0);
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/migration-refusals-14.png` });
});
