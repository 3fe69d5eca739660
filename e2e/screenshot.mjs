// Regenerates docs/screenshot.png: builds the app, serves it, and photographs the first start.
// Usage: node e2e/screenshot.mjs [--dark]
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';

const dark = process.argv.includes('--dark');
await build({ logLevel: 'warn' });
const server = await preview({ preview: { port: 0, host: 'localhost' }, logLevel: 'warn' });
const url = server.resolvedUrls?.local[0] ?? 'http://localhost:4173/';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
  await page.goto(url);
  await page.waitForSelector('[data-testid="import-status"][data-busy="false"]');
  await page.waitForSelector('[data-testid="canvas"][data-layout="idle"] [data-testid="table-node"]');
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
} finally {
  await browser.close();
  await server.close();
}
