/**
 * Documents that cannot break the app, and no lost work (issue 14, items 2, 4, 7, 8, 9): a share
 * link carrying SQL of its own or a damaged document is refused with a message naming the edit and
 * the field, and changes nothing (not even the autosave); a panel that fails shows why and leaves
 * the others working, and nothing is autosaved meanwhile; every document opened stays in Recent;
 * a failed import shows nothing stale; a reload right after typing keeps the keys; two tabs on
 * one document never overwrite each other.
 */
import type { Page } from '@playwright/test';
import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { createDocument, DocumentError, loadDocument, type SchemawiseDocument } from '../src/core/document';
import { expect, test } from './fixtures';
import { editorReady, editorValue, focusEditor, paste } from './editor';

const TINY = 'CREATE TABLE a (id bigint PRIMARY KEY);\n';

async function idle(page: Page): Promise<void> {
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-busy', 'false');
}

async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
}

/** A share link for any JSON, as a hostile or broken link would carry it. */
function shareLink(doc: unknown): string {
  const bytes = deflateSync(strToU8(JSON.stringify(doc)), { level: 9 });
  return `/#doc=${Buffer.from(bytes).toString('base64url')}`;
}

function injectionDocument(): SchemawiseDocument {
  return {
    ...createDocument(TINY, 'innocent.sql'),
    edits: [
      {
        kind: 'add-column',
        table: { schema: 'public', name: 'a' },
        column: { name: 'note', type: { name: 'text', modifiers: [], arrayDims: 0 }, notNull: false, default: "''; DROP TABLE users; --" },
      },
    ],
  };
}

/** Opens a tiny document of our own and waits until it is saved, so there is something to keep. */
async function openTiny(page: Page): Promise<void> {
  await page.getByTestId('file-input').setInputFiles({ name: 'tiny.sql', mimeType: 'text/plain', buffer: Buffer.from(TINY) });
  await expect(page.getByTestId('source-name')).toHaveText('tiny.sql');
  await idle(page);
  await expect(page.getByTestId('summary-tables')).toHaveText('1');
  // The new table is placed on the canvas (a change of the layout), then saved.
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'idle');
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('.react-flow__node').length)).toBe(1);
  await saved(page);
}

test('a share link that would inject SQL is refused, naming the edit and the field; nothing changes, not even the autosave', async ({ page }) => {
  await openTiny(page);
  await page.goto(shareLink(injectionDocument()));
  const notice = page.getByTestId('notice');
  await expect(notice).toHaveAttribute('data-tone', 'error');
  await expect(notice).toContainText('This share link could not be opened');
  await expect(notice).toContainText('edits[0].column.default (edit 1: add-column on public.a): A semicolon is not allowed here.');
  await expect(page.getByTestId('source-name')).toHaveText('tiny.sql');
  await page.screenshot({ path: test.info().outputPath('bad-share-link.png') });
  await page.reload();
  await idle(page);
  await expect(page.getByTestId('source-name')).toHaveText('tiny.sql');
  await expect(page.getByTestId('summary-tables')).toHaveText('1');
});

/** Everything the app keeps in IndexedDB (persist.ts), to compare before and after. */
function storedState(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('schemawise');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction(['documents', 'recent'], 'readonly');
          const documents = transaction.objectStore('documents').getAll();
          const recent = transaction.objectStore('recent').getAll();
          transaction.oncomplete = () => {
            db.close();
            resolve(JSON.stringify([documents.result, recent.result]));
          };
        };
      }),
  );
}

/** Documents the loader refuses (checked here, in Node, with the same loader), mutated from a good one at random. */
async function refusedDocuments(count: number): Promise<unknown[]> {
  const base = JSON.parse(JSON.stringify(injectionDocument())) as { edits: { column: Record<string, unknown> }[] };
  base.edits[0]!.column.default = "'x'";
  const paths = [['version'], ['sourceSql'], ['edits', 0, 'kind'], ['edits', 0, 'table'], ['edits', 0, 'column', 'type'], ['edits', 0, 'column', 'type', 'modifiers'], ['edits', 0, 'column', 'default'], ['edits', 0, 'column', 'name'], ['edits', 0, 'column', 'notNull'], ['layout'], ['patterns']];
  const mutated = fc.sample(
    fc.record({ path: fc.constantFrom(...paths), value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom("1); DROP TABLE a; --", '--', '\u0000', null)) }).map(({ path, value }) => {
      const copy = JSON.parse(JSON.stringify(base)) as Record<string | number, unknown>;
      let at = copy;
      for (const part of path.slice(0, -1)) at = at[part] as Record<string | number, unknown>;
      at[path.at(-1)!] = value;
      return copy;
    }),
    { numRuns: 200, seed: 14 },
  );
  const refused: unknown[] = [];
  for (const input of mutated) {
    if (refused.length === count) break;
    try {
      await loadDocument(input);
    } catch (error) {
      if (error instanceof DocumentError) refused.push(input);
      else throw error;
    }
  }
  return refused;
}

test('mutated documents the loader refuses change nothing in the page or in the browser\'s storage', async ({ page }) => {
  test.setTimeout(60_000);
  await openTiny(page);
  await expect.poll(() => storedState(page)).toContain('"layout":{"public.a"');
  const before = await storedState(page);
  const documents = await refusedDocuments(12);
  expect(documents).toHaveLength(12);
  for (const doc of documents) {
    await page.evaluate((hash) => {
      location.hash = hash;
    }, shareLink(doc).slice(1));
    await expect(page.getByTestId('notice')).toContainText('This share link could not be opened');
    await page.getByTestId('notice').getByRole('button', { name: 'Dismiss' }).click();
  }
  await expect(page.getByTestId('source-name')).toHaveText('tiny.sql');
  await expect(page.getByTestId('summary-tables')).toHaveText('1');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  expect(await storedState(page)).toBe(before);
});

test('a document with a column type missing its modifiers is refused, and the page keeps working', async ({ page }) => {
  await openTiny(page);
  const broken = injectionDocument();
  const edit = broken.edits[0] as unknown as { column: { type: Record<string, unknown>; default?: string } };
  delete edit.column.type.modifiers;
  delete edit.column.default;
  await page.goto(shareLink(broken));
  await expect(page.getByTestId('notice')).toContainText('edits[0].column.type.modifiers (edit 1: add-column on public.a): expected a list, found nothing');
  await idle(page);
  await expect(page.getByTestId('summary-tables')).toHaveText('1');
  await expect(page.getByRole('article', { name: 'Table a' })).toBeVisible();
  await page.reload();
  await idle(page);
  await expect(page.getByTestId('source-name')).toHaveText('tiny.sql');
});

test('a panel that fails shows why and can be reloaded; the others keep working and nothing is autosaved meanwhile', async ({ page }) => {
  await openTiny(page);
  await page.evaluate(() => {
    window.__schemawiseFailPanel = 'canvas';
  });
  await paste(page, 'CREATE TABLE a (id bigint PRIMARY KEY);\nCREATE TABLE b (id bigint PRIMARY KEY);\n');
  const failure = page.getByTestId('panel-error-canvas');
  await expect(failure).toContainText('The diagram could not show this document');
  await expect(failure.getByRole('button', { name: 'Reload this panel' })).toBeVisible();
  // The other panels follow the text: counts, findings, the migration.
  await expect(page.getByTestId('summary-tables')).toHaveText('2');
  await expect(page.getByTestId('problems')).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'paused');
  await page.waitForTimeout(800);
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'paused');

  // The panel comes back once it can render; then the document is saved.
  await page.evaluate(() => {
    window.__schemawiseFailPanel = undefined;
  });
  await failure.getByRole('button', { name: 'Reload this panel' }).click();
  await expect(page.getByRole('article', { name: 'Table b' })).toBeVisible();
  await saved(page);
  await page.reload();
  await idle(page);
  await expect(page.getByTestId('summary-tables')).toHaveText('2');
});

test('a document that breaks a panel is never saved over the last one that worked', async ({ page }) => {
  await openTiny(page);
  await page.evaluate(() => {
    window.__schemawiseFailPanel = 'canvas';
  });
  await paste(page, 'CREATE TABLE broken (id bigint);\n');
  await expect(page.getByTestId('panel-error-canvas')).toBeVisible();
  await expect(page.getByTestId('summary-tables')).toHaveText('1');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'paused');
  // Even the write at page hide holds off.
  await page.reload();
  await idle(page);
  expect(await editorValue(page)).toBe(TINY);
});

test('every document opened stays in Recent, and opens again', async ({ page }) => {
  await idle(page);
  await openTiny(page);
  await page.getByTestId('command-recent').click();
  const items = page.getByTestId('recent-item');
  // The first start's sample is listed too once its layout was saved; tiny.sql is the newest.
  await expect(items.first()).toContainText('tiny.sql');
  const listed = await items.count();
  expect(listed).toBeGreaterThanOrEqual(1);
  await expect(items.first()).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Escape');

  await page.getByTestId('command-reset-sample').click();
  await expect(page.getByTestId('source-name')).toHaveText('saas.sql (sample)');
  await idle(page);
  await page.getByTestId('command-new-document').click();
  await expect(page.getByTestId('source-name')).toHaveText('untitled.sql');
  await saved(page);
  await page.getByTestId('command-recent').click();
  // The sample opened again and the new document: two more, the newest first.
  await expect(items).toHaveCount(listed + 2);
  await expect(items.first()).toContainText('untitled.sql');
  await page.screenshot({ path: test.info().outputPath('recent-documents.png') });
  await items.filter({ hasText: 'tiny.sql' }).click();
  await expect(page.getByTestId('source-name')).toHaveText('tiny.sql');
  await expect(page.getByTestId('notice')).toContainText('Opened “tiny.sql” from the recent documents');
  await idle(page);
  await expect(page.getByTestId('summary-tables')).toHaveText('1');
  // The reload keeps this tab on the document it has open.
  await page.reload();
  await idle(page);
  await expect(page.getByTestId('source-name')).toHaveText('tiny.sql');
});

test('a failed import says so and shows nothing of the schema before', async ({ page }) => {
  // The worker fails on a text that asks for it, as it would on a file it cannot import.
  await page.route(/\/assets\/import\.worker-[\w-]+\.js$/, async (route) => {
    const original = await (await route.fetch()).text();
    const failing = `
      const post = self.postMessage.bind(self);
      Object.defineProperty(self, 'onmessage', { configurable: true, set(handler) {
        self.addEventListener('message', (event) => {
          const request = event.data;
          if (request && request.type === 'derive' && request.document.sourceSql.includes('-- make the worker fail')) {
            post({ type: 'failed', id: request.id, message: 'Maximum call stack size exceeded' });
            return;
          }
          handler(event);
        });
      } });
    `;
    await route.fulfill({ response: await route.fetch(), body: failing + original });
  });
  await page.reload();
  await idle(page);
  await expect(page.getByTestId('summary-tables')).not.toHaveText('–');
  await expect(page.getByTestId('problems').getByTestId('problem').first()).toBeVisible();

  await page.getByTestId('file-input').setInputFiles({ name: 'huge.sql', mimeType: 'text/plain', buffer: Buffer.from(`-- make the worker fail\n${TINY}`) });
  await expect(page.getByTestId('import-error')).toContainText('Import failed: Maximum call stack size exceeded');
  await expect(page.getByTestId('import-status')).toHaveText('Import failed');
  for (const key of ['tables', 'views', 'columns', 'foreignKeys', 'indexes', 'issues']) await expect(page.getByTestId(`summary-${key}`)).toHaveText('–');
  await expect(page.getByTestId('summary-findings')).toHaveText('–');
  await expect(page.getByTestId('problems').getByTestId('problem')).toHaveCount(0);
  await expect(page.getByTestId('table-node')).toHaveCount(0);
  await expect(page.getByTestId('migration-failed')).toHaveText('No migration: the import failed.');

  // The next text that imports clears the failure.
  await paste(page, TINY);
  await idle(page);
  await expect(page.getByTestId('import-error')).toHaveCount(0);
  await expect(page.getByTestId('summary-tables')).toHaveText('1');
});

test('a reload right after typing keeps the keys', async ({ page }) => {
  await openTiny(page);
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('-- typed just now', { delay: 0 });
  await page.reload();
  await idle(page);
  await expect.poll(() => editorValue(page)).toBe(`${TINY}-- typed just now`);
});

test('two tabs on one document never overwrite each other', async ({ page, context }) => {
  // Three reloads and two tabs deriving at once.
  test.setTimeout(60_000);
  await openTiny(page);
  const other = await context.newPage();
  await other.goto('/');
  await idle(other);
  await expect(other.getByTestId('source-name')).toHaveText('tiny.sql');

  // Tab A adds a table; tab B, with nothing of its own, follows.
  await paste(page, `${TINY}CREATE TABLE from_a (id bigint);\n`);
  await saved(page);
  await expect.poll(() => editorValue(other)).toContain('from_a');
  // Tab B adds another on top: both tables are in the saved document.
  await paste(other, `${await editorValue(other)}CREATE TABLE from_b (id bigint);\n`);
  await saved(other);
  await expect.poll(() => editorValue(page)).toContain('from_b');
  await page.reload();
  await idle(page);
  // The derivation can finish before Monaco has replaced the placeholder after a reload.
  await editorReady(page);
  expect(await editorValue(page)).toContain('from_a');
  expect(await editorValue(page)).toContain('from_b');

  // Both change the document before either is saved: the second to save asks, and keeps both.
  for (const tab of [page, other]) {
    await focusEditor(tab);
    await tab.keyboard.press('ControlOrMeta+End');
  }
  // One input each, well within the autosave delay.
  await page.keyboard.insertText('-- only_a');
  await other.keyboard.insertText('-- only_b');
  const conflicted = await Promise.race([
    page.getByTestId('conflict').waitFor().then(() => page),
    other.getByTestId('conflict').waitFor().then(() => other),
  ]);
  const winner = conflicted === page ? other : page;
  await expect(conflicted.getByTestId('save-state')).toHaveAttribute('data-state', 'conflict');
  await expect(winner.getByTestId('conflict')).toHaveCount(0);
  await conflicted.getByTestId('conflict-keep-both').click();
  await saved(conflicted);
  await expect(conflicted.getByTestId('source-name')).toHaveText('tiny.sql (copy)');
  for (const tab of [page, other]) {
    await tab.reload();
    await idle(tab);
  }
  expect(await editorValue(page)).toContain('only_a');
  expect(await editorValue(other)).toContain('only_b');
  await page.getByTestId('command-recent').click();
  await expect(page.getByTestId('recent-item').filter({ hasText: 'tiny.sql (copy)' })).toHaveCount(1);
  await expect(page.getByTestId('recent-item').filter({ hasText: /^tiny\.sql(?! \(copy\))/ })).toHaveCount(1);
  await other.close();
});
