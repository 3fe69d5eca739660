/**
 * The document: a finding's fix as a design edit (findings and migration follow), undo/redo,
 * autosave to IndexedDB and restore on reload, project files, share links.
 */
import type { Browser, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { derive, sampleDocument, sampleWithFkIndexFix } from './node-document';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const northwindFile = fileURLToPath(new URL('../test/corpus/northwind.sql', import.meta.url));

const problems = (page: Page) => page.getByTestId('problems');
const statements = (page: Page) => page.getByTestId('migration-statement');

async function idle(page: Page): Promise<void> {
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'idle');
}

async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
}

/** Keys for the page, not for a text field or the editor. */
async function blur(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

async function applyFkIndexFix(page: Page, line: number): Promise<void> {
  await problems(page).locator(`[data-testid="problem"][data-rule="require-fk-index"][data-line="${line}"]`).click();
  await problems(page).getByTestId('apply-fix').click();
}

/** What the page shows of the fixed sample: findings, and the index built concurrently. */
async function expectFixed(page: Page, findings: number): Promise<void> {
  await expect(page.getByTestId('summary-findings')).toHaveText(String(findings));
  await expect(statements(page)).toHaveCount(1);
  await expect(statements(page).first()).toContainText('CREATE INDEX CONCURRENTLY');
  await expect(statements(page).first()).toContainText('memberships');
  await expect(statements(page).first()).toHaveAttribute('data-hazards', 'index-build');
}

async function expectUnfixed(page: Page, findings: number): Promise<void> {
  await expect(page.getByTestId('summary-findings')).toHaveText(String(findings));
  await expect(page.getByTestId('migration-empty')).toContainText('No changes: the schema as designed equals the source');
  await expect(statements(page)).toHaveCount(0);
}

const nodeTransform = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((el) => (el as HTMLElement).style.transform);

test("a finding's fix changes findings and the migration; undo and redo walk the history", async ({ page }) => {
  const { before, after, line } = await sampleWithFkIndexFix();
  expect(after.diagnostics.length).toBe(before.diagnostics.length - 1);
  await idle(page);
  await expectUnfixed(page, before.diagnostics.length);
  await expect(page.getByTestId('command-undo')).toBeDisabled();

  await applyFkIndexFix(page, line);
  await expectFixed(page, after.diagnostics.length);
  await expect(problems(page).locator(`[data-testid="problem"][data-rule="require-fk-index"][data-line="${line}"]`)).toHaveCount(0);

  await blur(page);
  await page.keyboard.press('ControlOrMeta+Z');
  await expectUnfixed(page, before.diagnostics.length);
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expectFixed(page, after.diagnostics.length);
  await page.getByTestId('command-undo').click();
  await expectUnfixed(page, before.diagnostics.length);
  await blur(page);
  await page.keyboard.press('ControlOrMeta+Y');
  await expectFixed(page, after.diagnostics.length);

  // In the SQL editor, Ctrl+Z is the editor's own undo: the document's history is left alone.
  await page.locator('.sql-editor').click();
  await page.keyboard.press('ControlOrMeta+Z');
  await expectFixed(page, after.diagnostics.length);
});

test('a reload restores the document: design edits and moved tables (IndexedDB)', async ({ page }) => {
  const { after, line } = await sampleWithFkIndexFix();
  await idle(page);
  await applyFkIndexFix(page, line);
  await expectFixed(page, after.diagnostics.length);

  // Move a table by dragging its header (the one the finding brought into view, once it is still).
  const header = page.getByRole('article', { name: 'Table memberships' }).locator('header').first();
  let box = (await header.boundingBox())!;
  await expect
    .poll(async () => {
      const previous = box;
      box = (await header.boundingBox())!;
      return previous.x === box.x && previous.y === box.y;
    })
    .toBe(true);
  const before = await nodeTransform(page, 'public.memberships');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 60, { steps: 8 });
  await page.mouse.up();
  const moved = await nodeTransform(page, 'public.memberships');
  expect(moved).not.toBe(before);
  // The drag's many moves are one step of the history.
  await blur(page);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => nodeTransform(page, 'public.memberships')).toBe(before);
  await expectFixed(page, after.diagnostics.length);
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect.poll(() => nodeTransform(page, 'public.memberships')).toBe(moved);
  await saved(page);

  await page.reload();
  await idle(page);
  await expectFixed(page, after.diagnostics.length);
  await expect(page.getByTestId('source-name')).toHaveText('saas.sql (sample)');
  expect(await nodeTransform(page, 'public.memberships')).toBe(moved);
  // The history is not saved: the restored document is where it starts.
  await expect(page.getByTestId('command-undo')).toBeDisabled();
});

async function guardedPage(browser: Browser): Promise<{ page: Page; outside: string[]; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(http|ws)/.test(url.protocol) && !LOCAL_HOSTS.has(url.hostname)) outside.push(request.url());
  });
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, outside, errors, close: () => context.close() };
}

test('a share link opens the same document in a new browser', async ({ page, browser }) => {
  const { after, line } = await sampleWithFkIndexFix();
  await idle(page);
  await applyFkIndexFix(page, line);
  await expectFixed(page, after.diagnostics.length);
  await page.getByTestId('command-share').click();
  const url = await page.getByTestId('share-url').inputValue();
  expect(url).toMatch(/#doc=[A-Za-z0-9_-]+$/);
  expect(url.length).toBeLessThan(8000);

  const other = await guardedPage(browser);
  try {
    await other.page.goto(url);
    await expect(other.page.getByTestId('notice')).toContainText('Opened “saas.sql (sample)” from a share link');
    await idle(other.page);
    await expectFixed(other.page, after.diagnostics.length);
    // The fragment leaves the address bar once read; the document is now this browser's own.
    await expect.poll(() => new URL(other.page.url()).hash).toBe('');
    await saved(other.page);
    await other.page.reload();
    await idle(other.page);
    await expectFixed(other.page, after.diagnostics.length);
    expect(other.outside).toEqual([]);
    expect(other.errors).toEqual([]);
  } finally {
    await other.close();
  }
});

test('a damaged share link says so and keeps the document', async ({ page }) => {
  const sample = await derive(sampleDocument());
  await idle(page);
  await page.goto('/#doc=eJzLSM3JyVcozy_KSQEAGgQEXQ');
  await expect(page.getByTestId('notice')).toHaveAttribute('data-tone', 'error');
  await expect(page.getByTestId('notice')).toContainText('This share link could not be opened');
  await page.goto('/#doc=not*base64');
  await expect(page.getByTestId('notice')).toContainText('damaged');
  await idle(page);
  await expect(page.getByTestId('summary-findings')).toHaveText(String(sample.diagnostics.length));
});

test('a document too large for a link is refused with a clear message', async ({ page }) => {
  await idle(page);
  await page.getByTestId('file-input').setInputFiles(northwindFile);
  await expect(page.getByTestId('source-name')).toHaveText('northwind.sql');
  await page.getByTestId('command-share').click();
  await expect(page.getByTestId('notice')).toHaveAttribute('data-tone', 'error');
  await expect(page.getByTestId('notice')).toContainText('too large for a link');
  await expect(page.getByTestId('share-url')).toHaveCount(0);
});

test('a project file saves the document and opens it again', async ({ page }) => {
  const { doc, after, line } = await sampleWithFkIndexFix();
  await idle(page);
  await applyFkIndexFix(page, line);
  await expectFixed(page, after.diagnostics.length);

  const downloading = page.waitForEvent('download');
  await page.getByTestId('command-save-project').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('saas.schemawise.json');
  // Ctrl/Cmd+S saves it too.
  await blur(page);
  const byKey = page.waitForEvent('download');
  await page.keyboard.press('ControlOrMeta+S');
  expect((await byKey).suggestedFilename()).toBe('saas.schemawise.json');
  const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(saved.version).toBe(2);
  expect(saved.sourceSql).toBe(doc.sourceSql);
  expect(saved.edits).toEqual(JSON.parse(JSON.stringify(doc.edits)));

  await page.getByTestId('file-input').setInputFiles({ name: 'tiny.sql', mimeType: 'text/plain', buffer: Buffer.from('CREATE TABLE a (id bigint PRIMARY KEY);\n') });
  await expect(page.getByTestId('source-name')).toHaveText('tiny.sql');
  await expect(page.getByTestId('migration-empty')).toBeVisible();

  await page.getByTestId('project-input').setInputFiles({ name: 'saas.schemawise.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(saved)) });
  await expect(page.getByTestId('notice')).toContainText('Opened project saas.schemawise.json');
  await expect(page.getByTestId('source-name')).toHaveText('saas.sql (sample)');
  await idle(page);
  await expectFixed(page, after.diagnostics.length);

  // A file of a newer format is refused with the reason.
  await page.getByTestId('project-input').setInputFiles({ name: 'future.schemawise.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...saved, version: 99 })) });
  await expect(page.getByTestId('notice')).toContainText('newer Schemawise');
  await expectFixed(page, after.diagnostics.length);
});
