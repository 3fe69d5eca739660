import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { importFile, importText } from './node-import';

const sampleFile = fileURLToPath(new URL('../src/ui/sample/saas.sql', import.meta.url));
const pagilaFile = fileURLToPath(new URL('../../shared/corpus/pagila.sql', import.meta.url));

/** The nodes React Flow has drawn (after "fit view" every node is on screen, so all are drawn). */
const nodes = (page: Page) => page.locator('.react-flow__node');
const editor = (page: Page) => page.getByRole('textbox', { name: 'SQL source' });
const problems = (page: Page) => page.getByTestId('problems');
const idle = async (page: Page) => {
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'idle');
};
const selectedText = (page: Page) =>
  editor(page).evaluate((area: HTMLTextAreaElement) => area.value.slice(area.selectionStart, area.selectionEnd));

/** Replaces the editor's text the way a user does: select all, paste from the clipboard. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await editor(page).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await expect(editor(page)).toHaveValue(text);
}

test('first start shows the sample schema on the canvas and its problems', async ({ page }) => {
  const sample = await importFile(sampleFile);
  expect(sample.tables).toBeGreaterThanOrEqual(10);
  await idle(page);
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-nodes', String(sample.nodes));
  await expect(nodes(page)).toHaveCount(sample.nodes);
  await expect(page.getByTestId('summary-tables')).toHaveText(String(sample.summary.tables));
  await expect(page.getByTestId('summary-columns')).toHaveText(String(sample.summary.columns));
  await expect(page.getByTestId('summary-foreignKeys')).toHaveText(String(sample.summary.foreignKeys));
  await expect(page.getByTestId('summary-issues')).toHaveText(String(sample.issues.length));

  // Table nodes with their columns' marks; the view drawn as a view; FK edges drawn.
  const users = page.getByRole('article', { name: 'Table users' });
  await expect(users.getByText('PK', { exact: true })).toHaveCount(1);
  const memberships = page.getByRole('article', { name: 'Table memberships' });
  await expect(memberships.getByText('FK', { exact: true })).toHaveCount(2);
  await expect(page.getByTestId('view-node')).toHaveCount(sample.summary.views + sample.summary.materializedViews);
  await expect(page.locator('.er-edge--fk').first()).toBeAttached();

  // The linter's findings: the deliberate ones are there, counted by severity and per table.
  await expect(page.getByTestId('problems-count')).toHaveText(String(sample.diagnostics.length));
  for (const rule of ['require-fk-index', 'no-type-tag-polymorphism', 'require-partial-unique-for-soft-delete', 'require-audit-columns']) {
    await expect(problems(page).locator(`[data-testid="problem"][data-rule="${rule}"]`).first()).toBeVisible();
  }
  const warnings = sample.diagnostics.filter((d) => d.severity === 'warn').length;
  await expect(page.getByTestId('problems-warn')).toContainText(String(warnings));
  const onMemberships = sample.diagnostics.filter((d) => d.target.table === 'memberships').length;
  await expect(memberships.getByTestId('node-findings')).toHaveText(String(onMemberships));
});

test('choosing a finding selects its line, highlights its table and shows its help and docs', async ({ page }) => {
  const sample = await importFile(sampleFile);
  const finding = sample.diagnostics.find((d) => d.ruleId === 'require-fk-index' && d.target.table === 'memberships')!;
  await idle(page);

  const row = problems(page).locator(`[data-testid="problem"][data-rule="require-fk-index"][data-line="${finding.line}"]`);
  await row.click();
  expect(await selectedText(page)).toBe(sample.text.split('\n')[finding.line - 1]);
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await expect(page.locator('.react-flow__node.selected').getByRole('article')).toHaveAttribute('aria-label', 'Table memberships');
  await expect(page.locator('.er-col.is-focused')).toContainText(finding.target.column!);
  await expect(problems(page).getByText(finding.help)).toBeVisible();

  await problems(page).getByText('Rule documentation').click();
  const docs = problems(page).getByTestId('rule-docs');
  await expect(docs.getByRole('heading', { name: 'Why' })).toBeVisible();
  await expect(docs.locator('pre').first()).toContainText('CREATE TABLE');

  // Severity filter and grouping by table.
  await page.getByTestId('problems-warn').click();
  await expect(problems(page).locator('[data-testid="problem"]')).toHaveCount(
    sample.diagnostics.filter((d) => d.severity !== 'warn').length,
  );
  await page.getByTestId('problems-warn').click();
  await problems(page).getByRole('button', { name: 'By table' }).click();
  await expect(problems(page).locator('[data-group="table:public.memberships"] [data-testid="problem"]')).toHaveCount(
    sample.diagnostics.filter((d) => d.target.table === 'memberships').length,
  );
});

test('tables keep their places as the schema changes; a new one is placed beside its parent', async ({ page }) => {
  const sample = await importFile(sampleFile);
  await idle(page);
  await expect(nodes(page)).toHaveCount(sample.nodes);
  const places = () =>
    nodes(page).evaluateAll((elements) =>
      Object.fromEntries(elements.map((element) => [element.getAttribute('data-id'), (element as HTMLElement).style.transform])),
    );
  const before = await places();

  await editor(page).focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.insertText('\nCREATE TABLE notes (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users);\n');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-nodes', String(sample.nodes + 1));
  await page.getByRole('button', { name: 'Fit View', exact: true }).click();
  await expect(nodes(page)).toHaveCount(sample.nodes + 1);
  const after = await places();
  for (const [id, transform] of Object.entries(before)) expect(after[id], id).toBe(transform);
  await expect(page.getByRole('article', { name: 'Table notes' })).toBeVisible();

  // Selecting a table highlights it and the tables it is joined to.
  await page.getByRole('article', { name: 'Table notes' }).click();
  await expect(page.locator('.react-flow__node.selected')).toHaveAttribute('data-id', 'public.notes');
  await expect(page.locator('.react-flow__node.is-neighbour')).toHaveAttribute('data-id', 'public.users');

  // "Tidy up" lays everything out again.
  await page.getByRole('button', { name: 'Tidy up' }).click();
  await idle(page);
  await expect(nodes(page)).toHaveCount(sample.nodes + 1);
});

test('pasting a corpus file shows all its tables as nodes', async ({ page }) => {
  const pagila = await importFile(pagilaFile);
  await idle(page);
  await paste(page, pagila.text);
  await expect(page.getByTestId('summary-tables')).toHaveText(String(pagila.tables));
  await idle(page);
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-nodes', String(pagila.nodes));
  await expect(nodes(page)).toHaveCount(pagila.nodes);
  await expect(page.getByRole('article', { name: 'Table film_actor' })).toBeVisible();
  await expect(page.getByTestId('summary-issues')).toHaveText(String(pagila.issues.length));
  await expect(page.getByTestId('problems-count')).toHaveText(String(pagila.diagnostics.length));
});

test('a syntax error is listed at its line and the other tables stay', async ({ page }) => {
  const sample = await importFile(sampleFile);
  const lines = sample.text.split('\n');
  const at = lines.findIndex((line) => line.startsWith('CREATE TABLE labels'));
  lines.splice(at, 0, 'CREATE TABLE broken (id int,, name text);', '');
  const broken = await importText(lines.join('\n'));

  await idle(page);
  await paste(page, broken.text);
  const issue = problems(page).locator(`[data-testid="problem"][data-rule="syntax"][data-line="${at + 1}"]`);
  await expect(issue).toBeVisible();
  await expect(page.getByTestId('summary-issues')).toHaveText(String(sample.issues.length + 1));
  await idle(page);
  await expect(nodes(page)).toHaveCount(sample.nodes);
  await expect(page.getByRole('article', { name: 'Table labels' })).toBeVisible();

  await issue.click();
  expect(await selectedText(page)).toBe('CREATE TABLE broken (id int,, name text);');
});

test('opening a file with the button or by dropping it replaces the source', async ({ page }) => {
  await idle(page);
  await page.getByTestId('file-input').setInputFiles({
    name: 'tiny.sql',
    mimeType: 'application/sql',
    buffer: Buffer.from('CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (a_id int REFERENCES a);\n'),
  });
  await expect(page.getByTestId('source-name')).toHaveText('tiny.sql');
  await expect(nodes(page)).toHaveCount(2);
  await expect(page.locator('.er-edge--fk')).toHaveCount(1);
  await expect(editor(page)).toHaveValue(/CREATE TABLE b/);

  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['CREATE TABLE dropped (id int);'], 'dropped.sql', { type: 'application/sql' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  });
  await expect(page.getByTestId('source-name')).toHaveText('dropped.sql');
  await expect(nodes(page)).toHaveCount(1);
  await expect(page.getByRole('article', { name: 'Table dropped' })).toBeVisible();
});
