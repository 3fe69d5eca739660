import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { importFile } from './node-import';

const sampleFile = fileURLToPath(new URL('../src/ui/sample/saas.sql', import.meta.url));
const pagilaFile = fileURLToPath(new URL('../../shared/corpus/pagila.sql', import.meta.url));

const cards = (page: Page) => page.getByTestId('table-card');
const editor = (page: Page) => page.getByRole('textbox', { name: 'SQL source' });
const idle = (page: Page) => expect(page.getByTestId('import-status')).toHaveAttribute('data-busy', 'false');

/** Replaces the editor's text the way a user does: select all, paste from the clipboard. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await editor(page).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await expect(editor(page)).toHaveValue(text);
}

test('first start shows the sample schema', async ({ page }) => {
  const sample = await importFile(sampleFile);
  await idle(page);
  await expect(cards(page)).toHaveCount(sample.tables);
  expect(sample.tables).toBeGreaterThanOrEqual(10);
  await expect(page.getByTestId('summary-tables')).toHaveText(String(sample.summary.tables));
  await expect(page.getByTestId('summary-columns')).toHaveText(String(sample.summary.columns));
  await expect(page.getByTestId('summary-foreignKeys')).toHaveText(String(sample.summary.foreignKeys));
  await expect(page.getByTestId('summary-indexes')).toHaveText(String(sample.summary.indexes));
  await expect(page.getByTestId('summary-issues')).toHaveText(String(sample.issues.length));

  const users = page.getByRole('article', { name: 'Table users' });
  await expect(users.getByText('PK', { exact: true })).toHaveCount(1);
  const memberships = page.getByRole('article', { name: 'Table memberships' });
  await expect(memberships.getByText('FK', { exact: true })).toHaveCount(2);
});

test('pasting a corpus file shows all its tables', async ({ page }) => {
  const pagila = await importFile(pagilaFile);
  await idle(page);
  await paste(page, pagila.text);
  await expect(page.getByTestId('summary-tables')).toHaveText(String(pagila.tables));
  await idle(page);
  await expect(cards(page)).toHaveCount(pagila.tables);
  await expect(page.getByRole('article', { name: 'Table film_actor' })).toBeVisible();
  await expect(page.getByTestId('summary-issues')).toHaveText(String(pagila.issues.length));
});

test('a syntax error is reported at its line and the other tables stay', async ({ page }) => {
  const sample = await importFile(sampleFile);
  const lines = sample.text.split('\n');
  const at = lines.findIndex((line) => line.startsWith('CREATE TABLE labels'));
  lines.splice(at, 0, 'CREATE TABLE broken (id int,, name text);', '');
  const brokenLine = at + 1;

  await idle(page);
  await paste(page, lines.join('\n'));
  const issue = page.getByRole('button', { name: new RegExp(`^${brokenLine}:\\d+ error`) });
  await expect(issue).toBeVisible();
  await expect(page.getByTestId('summary-issues')).toHaveText(String(sample.issues.length + 1));
  await expect(cards(page)).toHaveCount(sample.tables);
  await expect(page.getByRole('article', { name: 'Table labels' })).toBeVisible();

  await issue.click();
  const selected = await editor(page).evaluate((area: HTMLTextAreaElement) =>
    area.value.slice(area.selectionStart, area.selectionEnd),
  );
  expect(selected).toBe('CREATE TABLE broken (id int,, name text);');
});

test('opening a file with the button or by dropping it replaces the source', async ({ page }) => {
  await idle(page);
  await page.getByTestId('file-input').setInputFiles({
    name: 'tiny.sql',
    mimeType: 'application/sql',
    buffer: Buffer.from('CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (a_id int REFERENCES a);\n'),
  });
  await expect(page.getByTestId('source-name')).toHaveText('tiny.sql');
  await expect(cards(page)).toHaveCount(2);
  await expect(editor(page)).toHaveValue(/CREATE TABLE b/);

  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['CREATE TABLE dropped (id int);'], 'dropped.sql', { type: 'application/sql' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  });
  await expect(page.getByTestId('source-name')).toHaveText('dropped.sql');
  await expect(cards(page)).toHaveCount(1);
  await expect(page.getByRole('article', { name: 'Table dropped' })).toBeVisible();
});
