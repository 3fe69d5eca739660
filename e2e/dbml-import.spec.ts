/**
 * Opening a .dbml file (issue 7, exports and imports): @dbml/core, loaded only then, converts it
 * to PostgreSQL DDL, which replaces the source; a file that does not read leaves the source as
 * it was and says where the DBML is wrong.
 */
import { expect, test } from './fixtures';
import { editorReady, editorValue } from './editor';
import { canvas, idle, node } from './design-helpers';

const SHOP = `Enum order_status {
  pending
  paid
  shipped
}

Table customers {
  id bigint [pk, increment]
  email varchar(200) [not null, unique]
  Note: 'People who order'
}

Table orders {
  id bigint [pk, increment]
  customer_id bigint [not null, ref: > customers.id]
  status order_status [not null, default: 'pending']
  indexes {
    (customer_id, status) [name: 'orders_customer_id_status_idx']
  }
}
`;

test('a .dbml file opens as PostgreSQL DDL: tables, enum, foreign key on the canvas; a broken one is refused', async ({ page }) => {
  await idle(page);
  // @dbml/core is not part of the first load: no script the page loaded so far is that large.
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).map((r) => (r as PerformanceResourceTiming).decodedBodySize));
  expect(Math.max(...scripts)).toBeLessThan(5_000_000);

  await page.getByTestId('file-input').setInputFiles({ name: 'shop.dbml', mimeType: 'text/plain', buffer: Buffer.from(SHOP) });
  await expect(page.getByTestId('notice')).toContainText('Opened shop.dbml, converted to PostgreSQL DDL');
  await expect(page.getByTestId('source-name')).toHaveText('shop.sql');
  await idle(page);
  await expect(canvas(page)).toHaveAttribute('data-nodes', '2');
  await expect(node(page, 'orders').locator('li[data-column="customer_id"] .mark--fk')).toBeVisible();
  await expect(node(page, 'orders').locator('li[data-column="status"] .er-col__type')).toHaveText('order_status');
  await expect(node(page, 'customers').locator('li[data-column="email"] .mark--uq')).toBeVisible();
  await editorReady(page);
  const sql = await editorValue(page);
  expect(sql).toContain('CREATE TYPE "order_status" AS ENUM');
  expect(sql).toContain('CREATE TABLE "orders"');
  expect(sql).toMatch(/ALTER TABLE "orders" ADD FOREIGN KEY \("customer_id"\) REFERENCES "customers" \("id"\)/);
  await expect(page.getByTestId('summary-issues')).toHaveText('0');
  // Nothing designed yet: the source is the baseline.
  await expect(page.getByTestId('migration-empty')).toBeVisible();

  await page.getByTestId('file-input').setInputFiles({ name: 'broken.dbml', mimeType: 'text/plain', buffer: Buffer.from('Table x {\n  id int [pk\n}\n') });
  await expect(page.getByTestId('notice')).toContainText(/Could not read broken\.dbml as DBML: line 3, column 1: \w+/);
  await expect(page.getByTestId('source-name')).toHaveText('shop.sql');
  await expect(canvas(page)).toHaveAttribute('data-nodes', '2');
});
