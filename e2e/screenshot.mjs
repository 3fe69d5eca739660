// Regenerates the README's pictures: builds the app, serves it, and photographs
// - docs/screenshot.png: the first start on the sample, a finding opened;
// - docs/screenshot-dump.png: a real pg_dump (test/corpus/danbooru-structure.sql, 68 tables and
//   views) opened as a file, the canvas alone on the page (the \ key), tidied up for that shape and fitted.
// Usage: node e2e/screenshot.mjs [--dark] [--dump FILE]
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';

const dark = process.argv.includes('--dark');
const dumpArg = process.argv.indexOf('--dump');
const dump = dumpArg > 0 ? process.argv[dumpArg + 1] : 'danbooru-structure.sql';
await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 0, host: 'localhost' }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0] ?? 'http://localhost:4173/';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const settled = '[data-testid="canvas"][data-layout="idle"][data-routing="idle"][data-fitted="true"]';
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
  await page.goto(url);
  await page.waitForSelector('[data-testid="import-status"][data-busy="false"]');
  await page.waitForSelector(`${settled} [data-testid="table-node"]`);
  // Monaco loads after the first paint, in its own chunk.
  await page.waitForSelector('.sql-editor[data-editor="ready"] .monaco-editor');
  // Open the first finding, as a user would: its line is selected, its table highlighted.
  // Then show the whole diagram again, the table still highlighted with its neighbours.
  await page.getByTestId('problem').first().click();
  await page.waitForTimeout(500);
  await page.getByRole('button', { name: 'Fit View', exact: true }).click();
  await page.getByRole('textbox', { name: 'SQL source' }).evaluate((area) => area.focus({ preventScroll: true }));
  await page.waitForTimeout(500);
  const path = dark ? 'docs/screenshot-dark.png' : 'docs/screenshot.png';
  await page.screenshot({ path });
  console.log(`wrote ${path}`);

  if (!dark) {
    const big = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await big.goto(url);
    await big.waitForSelector(settled);
    await big.getByTestId('file-input').setInputFiles({ name: dump, mimeType: 'text/plain', buffer: readFileSync(`test/corpus/${dump}`) });
    await big.waitForFunction((name) => document.querySelector('[data-testid="source-name"]')?.textContent === name, dump);
    await big.waitForTimeout(1000);
    await big.waitForSelector(settled, { timeout: 60_000 });
    await big.locator('body').click({ position: { x: 5, y: 5 } });
    await big.keyboard.press('\\');
    await big.waitForTimeout(600);
    // Laid out again for the canvas alone (its shape is not the one the file was opened in).
    await big.getByRole('button', { name: 'Tidy up', exact: true }).click();
    await big.waitForTimeout(500);
    await big.waitForSelector(settled, { timeout: 60_000 });
    await big.waitForTimeout(800);
    await big.screenshot({ path: 'docs/screenshot-dump.png' });
    console.log('wrote docs/screenshot-dump.png');
  }
} finally {
  await browser.close();
  await server.close();
}
