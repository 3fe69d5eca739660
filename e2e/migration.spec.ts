/**
 * The Migration panel: statements with their hazards, destructive steps only when allowed,
 * the target DDL, downloads for migration tools (the golang-migrate zip replayed on PGlite in
 * Node), and "Verify on Postgres" in the browser (PGlite in a worker, files served locally).
 */
import type { Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { derive, sampleDocument, sampleWithFkIndexFix } from './node-document';
import { exportMigration } from '../src/core/export';
import { printSchema } from '../src/core/sql';
import { verifyMigration } from '../src/core/verify';
import { statementHighlights } from '../src/ui/migration/statements';

const problems = (page: Page) => page.getByTestId('problems');
const statements = (page: Page) => page.getByTestId('migration-statement');
const viewerText = (page: Page) =>
  page.evaluate(() => (window as unknown as { __schemawiseViewers?: Record<string, { getValue(): string }> }).__schemawiseViewers?.['migration-script']?.getValue());

const viewerHighlights = (page: Page) =>
  page.evaluate(() => (window as unknown as { __schemawiseViewers?: Record<string, { getHighlights(): unknown[] }> }).__schemawiseViewers?.['migration-script']?.getHighlights());

async function idle(page: Page): Promise<void> {
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'idle');
}

async function applyFkIndexFix(page: Page, line: number): Promise<void> {
  await problems(page).locator(`[data-testid="problem"][data-rule="require-fk-index"][data-line="${line}"]`).click();
  await problems(page).getByTestId('apply-fix').click();
  await expect(statements(page)).toHaveCount(1);
}

test('up, down and target DDL of a fix; the golang-migrate zip has its files and runs on PGlite', async ({ page }) => {
  test.setTimeout(120_000);
  const { doc, after, line } = await sampleWithFkIndexFix();
  await idle(page);
  await applyFkIndexFix(page, line);

  await expect.poll(() => viewerText(page)).toBe(after.upSql);
  // The index build is marked in the script (comment and statement), as an info-level hazard.
  const marks = statementHighlights(after.upSql, after.plan.up).map(({ startLine, endLine, severity }) => ({ startLine, endLine, severity }));
  expect(marks).toEqual([expect.objectContaining({ severity: 'info' })]);
  await expect.poll(() => viewerHighlights(page)).toEqual(marks);
  await page.getByTestId('migration-copy').click();
  await expect(page.getByTestId('migration-copy')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(after.upSql);
  await page.getByTestId('migration-tab-down').click();
  await expect(statements(page)).toHaveCount(after.plan.down.length);
  await expect(statements(page).first()).toContainText('DROP INDEX CONCURRENTLY');
  await expect.poll(() => viewerText(page)).toBe(after.downSql);
  await page.getByTestId('migration-tab-target').click();
  await expect.poll(() => viewerText(page)).toBe(after.targetDdl);
  expect(after.targetDdl).toContain('memberships_user_id_idx');
  await page.getByTestId('migration-tab-up').click();

  await page.getByTestId('migration-format').selectOption('golang-migrate');
  const expected = exportMigration(after.plan, 'golang-migrate', { name: 'design_changes', timestamp: new Date() }).files;
  const shown = await page.getByTestId('migration-file').allTextContents();
  expect(shown.map((p) => p.replace(/^\d+_/, ''))).toEqual(expected.map((f) => f.path.replace(/^\d+_/, '')));

  const downloading = page.waitForEvent('download');
  await page.getByTestId('migration-download').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('design_changes-golang-migrate.zip');
  const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  const names = Object.keys(zip).sort();
  expect(names).toEqual([...shown].sort());
  expect(names.every((n) => /^\d{14}_design_changes\.(up|down)\.sql$/.test(n))).toBe(true);
  const up = names.filter((n) => n.endsWith('.up.sql')).map((n) => strFromU8(zip[n]!));
  const down = names.filter((n) => n.endsWith('.down.sql')).reverse().map((n) => strFromU8(zip[n]!));
  expect(up.join('\n')).toContain('CREATE INDEX CONCURRENTLY IF NOT EXISTS memberships_user_id_idx ON public.memberships');

  // What golang-migrate would run, on a real Postgres: baseline, the up files, the down files.
  const verified = await verifyMigration({ baselineSql: doc.sourceSql, upSql: up.join('\n'), downSql: down.join('\n'), targetSql: printSchema(after.target) });
  expect(verified.up.every((r) => r.ok), JSON.stringify(verified.up.filter((r) => !r.ok))).toBe(true);
  expect(verified.down.every((r) => r.ok)).toBe(true);
  expect(verified.upDifferences).toEqual([]);
  expect(verified.downDifferences).toEqual([]);

  // The plain format downloads one script for the tab shown.
  await page.getByTestId('migration-format').selectOption('sql');
  const single = page.waitForEvent('download');
  await page.getByTestId('migration-download').click();
  const script = await single;
  expect(script.suggestedFilename()).toBe('design_changes.up.sql');
  expect(readFileSync((await script.path())!, 'utf8')).toContain('CREATE INDEX CONCURRENTLY');
});

test('every format lists its files', async ({ page }) => {
  const { after, line } = await sampleWithFkIndexFix();
  await idle(page);
  await applyFkIndexFix(page, line);
  for (const format of ['sql', 'flyway', 'golang-migrate', 'dbmate', 'sqitch', 'liquibase', 'prisma'] as const) {
    await page.getByTestId('migration-format').selectOption(format);
    const count = exportMigration(after.plan, format, { name: 'design_changes', timestamp: new Date() }).files.length;
    await expect(page.getByTestId('migration-file'), format).toHaveCount(count);
  }
});

test('"Verify on Postgres" runs the fix on PGlite in the browser and says it holds', async ({ page }) => {
  test.setTimeout(120_000);
  const { line } = await sampleWithFkIndexFix();
  await idle(page);
  await applyFkIndexFix(page, line);
  await page.getByTestId('migration-verify').click();
  const verdict = page.getByTestId('verify-verdict');
  await expect(verdict).toHaveAttribute('data-status', 'ok', { timeout: 90_000 });
  await expect(verdict).toContainText('Verified on Postgres');
  await expect(verdict).toContainText('Catalog equals the target');
  await expect(verdict).toContainText('Catalog equals the baseline');
  await expect(statements(page).first()).toHaveAttribute('data-status', 'ok');
});

test('destructive steps are left out unless allowed', async ({ page }) => {
  const base = sampleDocument();
  const doc = { ...base, edits: [{ kind: 'drop-column' as const, table: { schema: 'public', name: 'comments' }, column: 'body' }] };
  const safe = await derive(doc);
  const destructive = await derive(doc, true);
  expect(safe.skipped.length).toBeGreaterThan(0);
  await idle(page);
  await page.getByTestId('project-input').setInputFiles({ name: 'drop.schemawise.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await idle(page);
  await expect(page.getByTestId('migration-skipped')).toHaveText(`${safe.skipped.length} destructive statement${safe.skipped.length === 1 ? '' : 's'} left out`);
  await expect(statements(page)).toHaveCount(safe.plan.up.length);
  await page.getByTestId('allow-destructive').check();
  await expect(statements(page)).toHaveCount(destructive.plan.up.length);
  await expect(page.getByTestId('migration-skipped')).toHaveCount(0);
  await expect(page.locator('[data-testid="migration-statement"][data-hazards*="deletes-data"]')).toHaveCount(
    destructive.plan.up.filter((s) => s.hazards.includes('deletes-data')).length,
  );
  await expect(page.locator('[data-testid="migration-statement"][data-hazards*="deletes-data"]').first()).toContainText('DROP COLUMN');
});

test('with no changes yet, the migration panel offers a first fix; one click gives a migration', async ({ page }) => {
  const { after } = await sampleWithFkIndexFix();
  await idle(page);
  const suggestion = page.getByTestId('migration-suggestion');
  await expect(suggestion).toHaveText(/^Try: Index memberships/);
  await suggestion.click();
  await expect(statements(page)).toHaveCount(1);
  await expect(statements(page).first()).toContainText('CREATE INDEX CONCURRENTLY');
  await expect(page.getByTestId('summary-findings')).toHaveText(String(after.diagnostics.length));
});

test('"Verify on Postgres" works on a schema with pgvector (an embedding column and its HNSW index)', async ({ page }) => {
  test.setTimeout(120_000);
  const sql = `CREATE EXTENSION IF NOT EXISTS vector;
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL);
CREATE TABLE documents (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  embedding vector(3) NOT NULL
);
CREATE INDEX documents_embedding_idx ON documents USING hnsw (embedding vector_cosine_ops);
`;
  await idle(page);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open .sql file' }).click()]);
  await chooser.setFiles({ name: 'embeddings.sql', mimeType: 'text/plain', buffer: Buffer.from(sql) });
  await idle(page);
  await applyFkIndexFix(page, 5);
  await page.getByTestId('migration-verify').click();
  const verdict = page.getByTestId('verify-verdict');
  await expect(verdict).toHaveAttribute('data-status', 'ok', { timeout: 90_000 });
  await expect(verdict).toContainText('Catalog equals the target');
  await expect(verdict).toContainText('Catalog equals the baseline');
});
