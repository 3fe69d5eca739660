/**
 * Names that need quoting in SQL (quotes, spaces, upper case, reserved words, unicode) are node
 * ids on the canvas (`public."User"`): hovering, selecting, drawing a foreign key and editing such
 * tables must work, and never blank the page (issue 14, item 5: the handle re-measure built a CSS
 * selector from the id). The fixture fails the test on any page error.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { addColumn, expectScript, idle, inspector } from './design-helpers';
import { paste } from './editor';

const SQL = `CREATE TABLE "User" (id bigint PRIMARY KEY, "Full Name" text);
CREATE TABLE "order" (id bigint PRIMARY KEY, "User id" bigint);
CREATE TABLE "line ""items""" (id bigint PRIMARY KEY);
CREATE TABLE "ünïcødé_表" (id bigint PRIMARY KEY);
CREATE TABLE "with space" (id bigint PRIMARY KEY);
`;

const table = (page: Page, label: string) => page.getByRole('article', { name: `Table ${label}`, exact: true });
/** Hovers a table near its bottom-left corner (the canvas toolbar may cover its top). */
async function hover(page: Page, label: string): Promise<void> {
  const box = (await table(page, label).boundingBox())!;
  await table(page, label).hover({ position: { x: 10, y: box.height - 6 } });
}
const frames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

test('tables whose names need quotes can be hovered, linked and edited', async ({ page }) => {
  await paste(page, SQL);
  await idle(page);
  const labels = ['User', 'order', 'line "items"', 'ünïcødé_表', 'with space'];
  for (const label of labels) {
    await hover(page, label);
    // The handles appear on hover and are measured on the next frame (where the selector broke).
    await expect(table(page, label).locator('.react-flow__handle-right').first()).toBeVisible();
    await frames(page);
  }

  // A foreign key drawn from "order"."User id" onto "User".
  const from = table(page, 'order');
  await hover(page, 'order');
  const handle = from.locator('li[data-column="User id"] .react-flow__handle-right').first();
  await expect(handle).toBeVisible();
  await frames(page);
  const start = (await handle.boundingBox())!;
  const end = (await table(page, 'User').locator('header').boundingBox())!;
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 12 });
  await page.mouse.up();
  await expectScript(page, /ALTER TABLE public\."order" ADD CONSTRAINT "order_User id_fkey" FOREIGN KEY \("User id"\) REFERENCES public\."User" \(id\)/);

  // Select, rename and add a column to tables with awkward names.
  for (const [label, renamed] of [['with space', 'with "quotes" too'], ['ünïcødé_表', 'Ünïcødé 表 2']] as const) {
    await table(page, label).locator('header').click({ position: { x: 8, y: 6 } });
    await expect(inspector(page)).toBeVisible();
    const name = inspector(page).getByTestId('inspector-table-name');
    await name.fill(renamed);
    await name.press('Enter');
    await expect(table(page, renamed)).toBeVisible();
    await addColumn(page, 'Note', 'text');
    await hover(page, renamed);
    await frames(page);
  }
  await expectScript(page, /ALTER TABLE public\."with space" RENAME TO "with ""quotes"" too";/);
  await expectScript(page, /ALTER TABLE public\."Ünïcødé 表 2" ADD COLUMN "Note" text;/);
  await expect(page.getByTestId('canvas')).toBeVisible();
});
