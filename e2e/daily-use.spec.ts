/**
 * The app as a daily tool (issue 15): nothing chosen for one document leaks into the next (focus,
 * hidden schemas, "Allow destructive", a verification, an edit still waiting); a view that hides
 * tables says so; the last good diagram stays while a statement does not parse; menus close as
 * menus do; new tables land in free space with their Table tab open; another text starts at its
 * first column; the migration and its verification count the same steps.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { canvas, idle, node } from './design-helpers';
import { editorValue, focusEditor, paste } from './editor';
import { sampleSql } from './node-document';

const focusButton = (page: Page) => page.getByTestId('focus-mode');
const banner = (page: Page) => page.getByTestId('view-filter');
const statements = (page: Page) => page.getByTestId('migration-statement');
/** The tables and views drawn (not the frames of areas and groups, nor notes). */
const drawnNodes = (page: Page) => page.locator('.react-flow__node-table, .react-flow__node-view');

async function sampleNodes(page: Page): Promise<number> {
  await idle(page);
  return Number(await canvas(page).getAttribute('data-nodes'));
}

/** Focus on memberships (it and its two neighbours drawn) and "Allow destructive" ticked. */
async function chooseForThisDocument(page: Page): Promise<void> {
  await page.getByRole('article', { name: 'Table memberships' }).click();
  await focusButton(page).click();
  await expect(drawnNodes(page)).toHaveCount(3);
  await expect(banner(page)).toContainText('Showing 3 of');
  await page.getByTestId('allow-destructive').check();
}

async function expectFreshDocument(page: Page, nodes: number): Promise<void> {
  await idle(page);
  await expect(focusButton(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(banner(page)).toHaveCount(0);
  await expect(page.getByTestId('allow-destructive')).not.toBeChecked();
  await expect(drawnNodes(page)).toHaveCount(nodes);
}

test('Open, New, Sample and a share link start without the last document’s focus, filter or destructive switch', async ({ page }) => {
  const all = await sampleNodes(page);
  // A share link of the sample, to open later on top of another document.
  await page.getByTestId('command-share').click();
  const link = await page.getByTestId('share-url').inputValue();
  await page.keyboard.press('Escape');

  await chooseForThisDocument(page);
  await page.getByTestId('file-input').setInputFiles({ name: 'two.sql', mimeType: 'application/sql', buffer: Buffer.from('CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (a_id int REFERENCES a);\n') });
  await expect(page.getByTestId('source-name')).toHaveText('two.sql');
  await expectFreshDocument(page, 2);

  await page.getByTestId('command-reset-sample').click();
  await expectFreshDocument(page, all);
  await chooseForThisDocument(page);
  await page.getByTestId('command-new-document').click();
  await expectFreshDocument(page, 0);

  await page.getByTestId('command-reset-sample').click();
  await chooseForThisDocument(page);
  await page.getByTestId('file-input').setInputFiles({ name: 'one.sql', mimeType: 'application/sql', buffer: Buffer.from('CREATE TABLE only_one (id int);\n') });
  await expectFreshDocument(page, 1);
  await page.getByRole('article', { name: 'Table only_one' }).click();
  await focusButton(page).click();
  await page.getByTestId('allow-destructive').check();
  await page.goto(link);
  await expect(page.getByTestId('notice')).toContainText('from a share link');
  await expectFreshDocument(page, all);
  // Undo goes back to the other document: it too starts afresh.
  await page.getByTestId('command-undo').click();
  await expect(page.getByTestId('source-name')).toHaveText('one.sql');
  await expectFreshDocument(page, 1);
});

test('a verification belongs to its document: its verdict counts the steps the panel counts, and goes with the document', async ({ page }) => {
  test.setTimeout(120_000);
  await idle(page);
  await page.getByTestId('migration-suggestion').click();
  await expect(statements(page)).toHaveCount(1);
  await expect(page.getByTestId('migration-count')).toHaveText('1');
  await page.getByTestId('migration-verify').click();
  const verdict = page.getByTestId('verify-verdict');
  // While it runs, it says where it is: the script and the statement.
  await expect(page.getByTestId('verify-progress')).toHaveText(/^(Starting Postgres in your browser…|Running the source \(the baseline\): statement \d+ of \d+)$/);
  await expect(page.getByTestId('verify-progress')).toHaveText(/: statement \d+ of \d+$/, { timeout: 60_000 });
  await expect(verdict).toHaveAttribute('data-status', 'ok', { timeout: 90_000 });
  // Again: Postgres is warm, the baseline copied; the same verdict.
  const first = await page.getByTestId('verify-up').textContent();
  await page.getByTestId('migration-verify').click();
  await expect(verdict).toHaveAttribute('data-status', 'ok', { timeout: 60_000 });
  expect(await page.getByTestId('verify-up').textContent()).toBe(first);
  // The script runs more statements than the plan has steps (timeouts, BEGIN, COMMIT): said so.
  await expect(page.getByTestId('verify-up')).toContainText(/Up: 1 of 1 step ran \(\d+ statements with the timeouts and transaction control\)/);

  await page.getByTestId('command-reset-sample').click();
  await idle(page);
  await expect(verdict).toHaveCount(0);
});

test('an edit still waiting when another document is loaded is dropped, not applied to it', async ({ page }) => {
  await idle(page);
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('-- typed');
  // The editor hands the text over on the next frame, and the app waits for a pause in typing
  // (80 ms) before it edits the document: New in between.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            document.querySelector<HTMLButtonElement>('[data-testid="command-new-document"]')!.click();
            resolve();
          }),
        ),
      ),
  );
  await expect(page.getByTestId('source-name')).toHaveText('untitled.sql');
  await page.waitForTimeout(600);
  await expect(page.getByTestId('source-name')).toHaveText('untitled.sql');
  expect(await editorValue(page)).toBe('');
  await expect(canvas(page)).toHaveAttribute('data-nodes', '0');
});

test('hidden schemas are said on the canvas, with one click to show everything', async ({ page }) => {
  await idle(page);
  const sql = 'CREATE SCHEMA audit;\nCREATE TABLE accounts (id int PRIMARY KEY);\nCREATE TABLE audit.events (id int, account_id int REFERENCES accounts);\nCREATE TABLE audit.logins (id int);\n';
  await page.getByTestId('file-input').setInputFiles({ name: 'schemas.sql', mimeType: 'application/sql', buffer: Buffer.from(sql) });
  await idle(page);
  const tables = page.locator('.react-flow__node-table');
  await expect(tables).toHaveCount(3);
  await page.getByTestId('schema-filter').locator('summary').click();
  await page.locator('[data-schema="audit"]').uncheck();
  await expect(tables).toHaveCount(1);
  await expect(banner(page)).toHaveText(/Showing 1 of 3 objects: schema audit hidden\./);
  await page.keyboard.press('Escape');
  await page.getByTestId('view-filter-clear').click();
  await expect(banner(page)).toHaveCount(0);
  await expect(tables).toHaveCount(3);
});

/** Puts the cursor at the end of a 1-based line of the editor. */
async function endOfLine(page: Page, line: number): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
}

test('deleting the `);` of a table keeps it and the next one drawn, marked stale, and the migration calm, until it parses again', async ({ page }) => {
  const all = await sampleNodes(page);
  const lines = sampleSql.split('\n');
  const users = lines.findIndex((line) => line.startsWith('CREATE TABLE users')) + 1;
  const close = lines.findIndex((line, index) => index >= users && line === ');') + 1;
  await endOfLine(page, close);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');

  await expect(page.getByTestId('summary-issues')).toHaveText('1');
  await idle(page);
  await expect(canvas(page)).toHaveAttribute('data-nodes', String(all));
  for (const table of ['users', 'memberships']) {
    await expect(node(page, table).locator('article')).toHaveAttribute('data-stale', String(users));
    await expect(node(page, table).getByTestId('node-stale')).toHaveText(`stale: syntax error at line ${users}`);
  }
  await expect(page.locator('[data-stale]')).toHaveCount(2);
  // memberships -> users is still drawn, and nothing is dropped.
  await expect(page.getByTestId('routes').locator('[data-source="public.memberships"][data-target="public.users"]')).toHaveCount(1);
  await expect(page.getByTestId('migration-empty')).toBeVisible();
  await expect(statements(page)).toHaveCount(0);
  await node(page, 'users').screenshot({ path: test.info().outputPath('stale-table.png') });

  await page.keyboard.type(');');
  await expect(page.getByTestId('summary-issues')).toHaveText('0');
  await expect(page.locator('[data-stale]')).toHaveCount(0);
  await expect(canvas(page)).toHaveAttribute('data-nodes', String(all));
});

test('the Export menu closes with Escape, a click outside, and a file opened', async ({ page }) => {
  await idle(page);
  const menu = page.getByTestId('export-menu');
  const open = () => menu.locator('summary').click();
  await open();
  await expect(menu).toHaveAttribute('open', '');
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open');
  await open();
  await page.getByTestId('summary-findings').click();
  await expect(menu).not.toHaveAttribute('open');
  await open();
  await page.getByTestId('file-input').setInputFiles({ name: 'x.sql', mimeType: 'application/sql', buffer: Buffer.from('CREATE TABLE x (id int);\n') });
  await expect(page.getByTestId('source-name')).toHaveText('x.sql');
  await expect(menu).not.toHaveAttribute('open');
});

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('"+ Table" puts new tables in free space near the middle of the view; a table made by double-click opens its Table tab', async ({ page }) => {
  const all = await sampleNodes(page);
  for (let i = 1; i <= 2; i++) {
    await page.getByTestId('design-new-table').click();
    await expect(canvas(page)).toHaveAttribute('data-nodes', String(all + i));
    await idle(page);
  }
  const boxes = await drawnNodes(page).evaluateAll((elements) =>
    elements.map((element) => ({ id: element.getAttribute('data-id')!, ...element.getBoundingClientRect().toJSON() })),
  );
  for (const id of ['public.table_1', 'public.table_2']) {
    const added = boxes.find((box) => box.id === id)!;
    expect(added, id).toBeTruthy();
    for (const other of boxes) if (other.id !== id) expect(overlap(added, other), `${id} over ${other.id}`).toBe(false);
  }

  await page.getByRole('tab', { name: /Patterns/ }).click();
  const empty = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    for (let y = pane.bottom - 40; y > pane.top + 60; y -= 20) {
      for (let x = pane.left + pane.width / 2; x < pane.right - 40; x += 20) {
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) return { x, y };
      }
    }
    throw new Error('no empty spot on the canvas');
  });
  await page.mouse.dblclick(empty.x, empty.y);
  await expect(canvas(page)).toHaveAttribute('data-nodes', String(all + 3));
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-table', 'public.table_3');
});

test('a file opened after scrolling along a long line shows its first column', async ({ page }) => {
  await idle(page);
  const long = `CREATE TABLE wide (${Array.from({ length: 40 }, (_, i) => `column_number_${i} integer`).join(', ')});\n`;
  await paste(page, long);
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('End');
  const scrolled = () => page.locator('.sql-editor .lines-content').evaluate((element) => (element as HTMLElement).style.left);
  await expect.poll(scrolled).not.toBe('0px');
  // Another file whose lines are long too (a short one could not stay scrolled).
  const other = `CREATE TABLE t (id int);\n\n${long.replace('wide', 'other_wide')}`;
  await page.getByTestId('file-input').setInputFiles({ name: 'other.sql', mimeType: 'application/sql', buffer: Buffer.from(other) });
  await expect(page.getByTestId('source-name')).toHaveText('other.sql');
  await expect.poll(scrolled).toBe('0px');
});
