import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { editorMarkers, editorReady, editorValue, focusEditor, paste, selectedLineOverlay, selectedText } from './editor';
import { importFile, importText } from './node-import';

const sampleFile = fileURLToPath(new URL('../src/ui/sample/saas.sql', import.meta.url));
const pagilaFile = fileURLToPath(new URL('../test/corpus/pagila.sql', import.meta.url));

/** The nodes React Flow has drawn (after "fit view" every node is on screen, so all are drawn). */
const nodes = (page: Page) => page.locator('.react-flow__node');
const problems = (page: Page) => page.getByTestId('problems');
const idle = async (page: Page) => {
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'idle');
};

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
  await editorReady(page);

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

  await focusEditor(page);
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
  // Pagila imports cleanly: its two notes (view columns whose type is unknown) are not parse
  // issues nor problems; they are listed apart, closed.
  const notes = pagila.issues.filter((i) => i.severity === 'info');
  expect(notes.length).toBeGreaterThan(0);
  await expect(page.getByTestId('summary-issues')).toHaveText(String(pagila.issues.length - notes.length));
  await expect(page.getByTestId('problems-count')).toHaveText(String(pagila.diagnostics.length + pagila.issues.length - notes.length));
  await expect(page.getByTestId('import-notes-count')).toHaveText(String(notes.length));
  await expect(page.getByTestId('import-note')).toHaveCount(0);
});

test("a goose file: the Down part is greyed out with its reason on hover, and its note is not a parse issue", async ({ page }) => {
  const sample = await importFile(sampleFile);
  const goose = `-- +goose Up\n${sample.text}\n-- +goose Down\nDROP TABLE IF EXISTS users CASCADE;\nDROP TABLE IF EXISTS labels CASCADE;\n`;
  const imported = await importText(goose);
  const down = goose.split('\n').indexOf('-- +goose Down') + 1;
  expect(imported.issues.filter((i) => i.severity !== 'info')).toEqual(sample.issues.filter((i) => i.severity !== 'info'));
  await idle(page);
  await paste(page, goose);
  await expect(page.getByTestId('import-notes-count')).toHaveText(String(imported.issues.filter((i) => i.severity === 'info').length));
  await expect(page.getByTestId('summary-issues')).toHaveText(String(imported.issues.filter((i) => i.severity !== 'info').length));
  await expect(page.getByRole('article', { name: 'Table users' })).toBeVisible();
  // The note's marker is a hint (Monaco's quiet dots), not a warning or an error.
  await expect
    .poll(async () => (await editorMarkers(page)).filter((m) => m.code === 'syntax' && m.line === down).map((m) => m.severity))
    .toEqual(['hint']);

  await page.getByTestId('import-notes').getByRole('button', { name: /Import notes/ }).click();
  await page.getByTestId('import-note').filter({ hasText: 'Down part' }).click();
  // Monaco splits a line into a span per token, each with the decoration's class.
  const unread = page.locator('.sql-editor .view-line').filter({ hasText: 'DROP TABLE IF EXISTS users' }).locator('.sql-editor__unread').last();
  await expect(unread).toBeVisible();
  await unread.hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: 'Not read: the Down part of this goose migration' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('goose-down.png') });
});

test('a syntax error is listed and marked in the editor at its line, and the other tables stay', async ({ page }) => {
  const sample = await importFile(sampleFile);
  const lines = sample.text.split('\n');
  const at = lines.findIndex((line) => line.startsWith('CREATE TABLE labels'));
  lines.splice(at, 0, 'CREATE TABLE broken (id int,, name text);', '');
  const broken = await importText(lines.join('\n'));
  const error = broken.issues.find((i) => i.severity === 'error')!;
  expect(error.line).toBe(at + 1);

  await idle(page);
  await paste(page, broken.text);
  const issue = problems(page).locator(`[data-testid="problem"][data-rule="syntax"][data-line="${at + 1}"]`);
  await expect(issue).toBeVisible();
  await expect(page.getByTestId('summary-issues')).toHaveText(String(sample.issues.length + 1));
  await idle(page);
  await expect(nodes(page)).toHaveCount(sample.nodes);
  await expect(page.getByRole('article', { name: 'Table labels' })).toBeVisible();

  // The editor marks it: an error marker with Postgres's message at the error's line and column.
  await expect
    .poll(async () => (await editorMarkers(page)).filter((m) => m.severity === 'error'))
    .toEqual([expect.objectContaining({ code: 'syntax', line: at + 1, column: error.column, message: error.message })]);

  await issue.click();
  expect(await selectedText(page)).toBe('CREATE TABLE broken (id int,, name text);');
  // ...drawn as a red squiggle on that line.
  await expect(selectedLineOverlay(page).locator('.squiggly-error')).toBeVisible();
});

test("a finding is marked in the editor and its hover shows the finding's message, help and rule", async ({ page }) => {
  const sample = await importFile(sampleFile);
  // A finding about a whole table: its squiggle starts near the left edge, in view in the narrow pane.
  const finding = sample.diagnostics.find((d) => d.ruleId === 'require-partial-unique-for-soft-delete')!;
  await idle(page);
  await editorReady(page);
  await expect
    .poll(async () => (await editorMarkers(page)).filter((m) => m.code === finding.ruleId && m.line === finding.line))
    .toEqual([expect.objectContaining({ severity: finding.severity, column: finding.column })]);
  const markers = await editorMarkers(page);
  expect(markers.filter((m) => m.code !== 'syntax')).toHaveLength(sample.diagnostics.filter((d) => d.line > 0).length);

  await problems(page).locator(`[data-testid="problem"][data-rule="${finding.ruleId}"][data-line="${finding.line}"]`).click();
  // Monaco draws each severity with its own class (the soft-delete question is a suggestion: info).
  const squiggleClass = { error: 'squiggly-error', warn: 'squiggly-warning', info: 'squiggly-info' }[finding.severity];
  const squiggle = selectedLineOverlay(page).locator(`.${squiggleClass}`).first();
  await expect(squiggle).toBeVisible();
  const box = (await squiggle.boundingBox())!;
  const view = (await page.locator('.sql-editor .monaco-editor').boundingBox())!;
  await page.mouse.move((box.x + Math.min(box.x + box.width, view.x + view.width)) / 2, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover').filter({ hasText: finding.message });
  await expect(hover).toBeVisible();
  await expect(hover).toContainText(finding.help);
  await expect(hover).toContainText(finding.ruleId);
});

test('a quick fix ignores a finding: the comment it inserts silences it, and it goes through like typing', async ({ page }) => {
  const sample = await importFile(sampleFile);
  const finding = sample.diagnostics.find((d) => d.ruleId === 'require-fk-index' && d.target.table === 'memberships')!;
  const statementLine = finding.source?.statementLine ?? finding.line;
  const lines = sample.text.split('\n');
  lines.splice(statementLine - 1, 0, `-- schemawise-ignore ${finding.ruleId}`);
  const ignored = await importText(lines.join('\n'));
  expect(ignored.diagnostics.filter((d) => d.ruleId === finding.ruleId && d.target.table === 'memberships')).toEqual([]);
  expect(ignored.diagnostics).toHaveLength(sample.diagnostics.length - 1);

  await idle(page);
  await editorReady(page);
  await expect.poll(async () => (await editorMarkers(page)).some((m) => m.code === finding.ruleId && m.line === finding.line)).toBe(true);
  await problems(page).locator(`[data-testid="problem"][data-rule="${finding.ruleId}"][data-line="${finding.line}"]`).click();
  await page.keyboard.press('ControlOrMeta+.');
  const action = page.locator('.action-widget').getByText(`Ignore ${finding.ruleId} here`, { exact: true });
  await expect(action).toBeVisible();
  await action.click();

  await expect.poll(() => editorValue(page)).toBe(ignored.text);
  await idle(page);
  await expect(page.getByTestId('problems-count')).toHaveText(String(ignored.diagnostics.length));
  await expect(problems(page).locator(`[data-testid="problem"][data-rule="${finding.ruleId}"]`)).toHaveCount(
    ignored.diagnostics.filter((d) => d.ruleId === finding.ruleId).length,
  );
  await expect.poll(async () => (await editorMarkers(page)).filter((m) => m.code === finding.ruleId && m.line === finding.line + 1)).toEqual([]);

  // Undo in the editor brings the finding back, as any edit would.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => editorValue(page)).toBe(sample.text);
  await idle(page);
  await expect(page.getByTestId('problems-count')).toHaveText(String(sample.diagnostics.length));
});

test("a finding's fix is offered as a quick fix in the editor and applying it fixes the finding", async ({ page }) => {
  const sample = await importFile(sampleFile);
  const finding = sample.diagnostics.find((d) => d.ruleId === 'require-fk-index' && d.target.table === 'memberships')!;
  expect(finding.fix).toBeDefined();
  await idle(page);
  await editorReady(page);
  await expect.poll(async () => (await editorMarkers(page)).some((m) => m.code === finding.ruleId && m.line === finding.line)).toBe(true);
  await problems(page).locator(`[data-testid="problem"][data-rule="${finding.ruleId}"][data-line="${finding.line}"]`).click();
  await page.keyboard.press('ControlOrMeta+.');
  const action = page.locator('.action-widget').getByText(finding.fix!.description, { exact: true });
  await expect(action).toBeVisible();
  await action.click();

  // A design edit, not a text edit: the source stays as it was, the finding goes.
  await idle(page);
  await expect(page.getByTestId('problems-count')).toHaveText(String(sample.diagnostics.length - 1));
  await expect(problems(page).locator(`[data-testid="problem"][data-rule="${finding.ruleId}"][data-line="${finding.line}"]`)).toHaveCount(0);
  expect(await editorValue(page)).toBe(sample.text);
});

test("Monaco's chunks and its worker come from the app's own origin", async ({ page }) => {
  const requests: string[] = [];
  const workers: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.reload();
  await focusEditor(page);
  // Word suggestions are computed in the editor worker.
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n-- organi');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget')).toContainText('organizations');
  await expect.poll(() => workers.some((url) => /editor\.worker/.test(url))).toBe(true);

  const monaco = requests.filter((url) => /\/assets\/(monaco|editor\.worker|codicon)/.test(url));
  expect(monaco.some((url) => /monaco-[\w-]+\.js$/.test(url))).toBe(true);
  expect(monaco.some((url) => /monaco-[\w-]+\.css$/.test(url))).toBe(true);
  for (const url of [...requests, ...workers]) expect(new URL(url).origin, url).toBe(new URL(page.url()).origin);
});

test('keys typed in the editor stay in it: spaces and backspace are not taken by the canvas', async ({ page }) => {
  const sample = await importFile(sampleFile);
  await idle(page);
  // A table selected on the canvas: Backspace must not reach it, Space must not start panning.
  await page.getByRole('article', { name: 'Table users' }).click();
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\nCREATE TABLE typed (id int);x');
  await page.keyboard.press('Backspace');
  await expect.poll(() => editorValue(page)).toBe(`${sample.text}\nCREATE TABLE typed (id int);`);
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-nodes', String(sample.nodes + 1));
  await expect(page.getByRole('article', { name: 'Table users' })).toBeVisible();
});

test('the editor follows the theme and keeps Ctrl/Cmd+S from the browser', async ({ page }) => {
  await focusEditor(page);
  await expect(page.locator('.sql-editor .monaco-editor')).toBeVisible();
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('.sql-editor .monaco-editor')).toHaveClass(/\bvs-dark\b/);
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
  await expect(page.locator('.sql-editor .monaco-editor')).toHaveClass(/(^|\s)vs(\s|$)/);

  // Monaco stops the event once handled: look at it from the capture phase, after its dispatch.
  await page.evaluate(() => {
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.code === 'KeyS') setTimeout(() => (document.body.dataset.saveKey = String(event.defaultPrevented)));
      },
      { capture: true },
    );
  });
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+S');
  await expect(page.locator('body')).toHaveAttribute('data-save-key', 'true');
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
  await editorReady(page);
  await expect.poll(() => editorValue(page)).toMatch(/CREATE TABLE b/);

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
