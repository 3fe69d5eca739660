import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { Parser } from '@dbml/core';
import mermaid from 'mermaid';
import { expect, test } from './fixtures';

const idle = async (page: Page) => {
  await expect(page.getByTestId('import-status')).toHaveAttribute('data-busy', 'false');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'idle');
};

async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const menu = page.getByTestId('export-menu');
  if (!(await menu.evaluate((details: HTMLDetailsElement) => details.open))) await menu.locator('summary').click();
  const [file] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: button, exact: true }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await (file as Download).path())!) };
}

/** Width, height and how many distinct colours a PNG has, decoded by the browser itself. */
async function pngFacts(page: Page, bytes: Buffer): Promise<{ width: number; height: number; colours: number; opaque: boolean }> {
  return page.evaluate(async (base64) => {
    const binary = atob(base64);
    const data = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) data[i] = binary.charCodeAt(i);
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set<number>();
    let opaque = true;
    for (let i = 0; i < pixels.length; i += 4 * 37) {
      colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
      if (pixels[i + 3]! < 255) opaque = false;
    }
    return { width: bitmap.width, height: bitmap.height, colours: colours.size, opaque };
  }, bytes.toString('base64'));
}

test('PNG and SVG of the whole diagram: sized to it, not blank, every table named', async ({ page }) => {
  test.setTimeout(90_000);
  await idle(page);
  const tables = await page.locator('.react-flow__node [aria-label^="Table "]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('aria-label')!.slice(6)));
  expect(tables.length).toBeGreaterThanOrEqual(10);

  const png = await download(page, 'PNG');
  expect(png.name).toMatch(/-diagram\.png$/);
  expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');
  const facts = await pngFacts(page, png.bytes);
  // The whole diagram at twice the pixel density: wider than the screen's canvas, and drawn.
  expect(facts.width).toBeGreaterThan(800);
  expect(facts.height).toBeGreaterThan(300);
  expect(facts.colours).toBeGreaterThan(20);
  expect(facts.opaque).toBe(true);

  const svg = await download(page, 'SVG');
  const text = svg.bytes.toString('utf8');
  expect(text).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  for (const table of tables) expect(text, table).toContain(`>${table}</text>`);
  // Every FK edge drawn on the canvas is in the picture, with its crow's feet.
  const edges = await page.locator('.er-edge--fk').count();
  expect(text.match(/marker-end="url\(#(one|zero-one)\)"/g)?.length).toBe(edges);

  // Transparent, dark, visible part only: the picture has see-through pixels and the app keeps its theme.
  await page.getByLabel('Transparent background').check();
  await page.getByLabel('Picture theme').selectOption('dark');
  await page.getByLabel('Visible part').check();
  const theme = await page.evaluate(() => document.documentElement.dataset.theme);
  const clear = await pngFacts(page, (await download(page, 'PNG')).bytes);
  expect(clear.opaque).toBe(false);
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
});

test('Mermaid, DBML and DDL of the schema as designed', async ({ page }) => {
  await idle(page);
  const mmd = (await download(page, 'Mermaid')).bytes.toString('utf8');
  expect(mmd).toMatch(/^erDiagram\n/);
  expect(mmd).toContain('memberships {');
  await expect(mermaid.parse(mmd)).resolves.toMatchObject({ diagramType: 'er' });

  const dbml = (await download(page, 'DBML')).bytes.toString('utf8');
  const db = Parser.parse(dbml, 'dbmlv2');
  expect(db.schemas.flatMap((s) => s.tables.map((t) => t.name))).toContain('memberships');

  const ddl = await download(page, 'DDL');
  expect(ddl.name).toMatch(/-target\.sql$/);
  expect(ddl.bytes.toString('utf8')).toMatch(/CREATE TABLE public\.memberships/);
});
