/**
 * Class 12 of issue 16: foreign tables are part of the schema a user sees and lints: their
 * columns and CHECK constraints (NOT VALID kept), inheritance, partitions, ALTER FOREIGN TABLE,
 * and what Postgres refuses on them (keys).
 */
import { describe, expect, test } from 'vitest';
import { expectSameAsPostgres } from '../../../support/fidelity';

describe('foreign tables', () => {
  test('columns, checks, options; ALTER FOREIGN TABLE; keys refused; partitions and children', async () => {
    const run = await expectSameAsPostgres(`
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER warehouse FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE stock (sku text NOT NULL, qty int CHECK (qty >= 0), price numeric(10,2) OPTIONS (column_name 'unit_price'))
  SERVER warehouse OPTIONS (schema_name 'inv', table_name 'stock');
CREATE FOREIGN TABLE keyed (id int PRIMARY KEY) SERVER warehouse;
ALTER FOREIGN TABLE stock ADD COLUMN location text;
ALTER FOREIGN TABLE stock ADD CONSTRAINT price_pos CHECK (price > 0) NOT VALID;
ALTER FOREIGN TABLE stock OPTIONS (SET table_name 'stock_v2');
ALTER FOREIGN TABLE stock DROP COLUMN location;
ALTER FOREIGN TABLE stock RENAME TO remote_stock;
CREATE TABLE sales (id int, region text) PARTITION BY LIST (region);
CREATE FOREIGN TABLE sales_eu PARTITION OF sales FOR VALUES IN ('eu') SERVER warehouse;
CREATE TABLE base (id int CHECK (id > 0));
CREATE FOREIGN TABLE remote_base () INHERITS (base) SERVER warehouse;
CREATE VIEW low_stock AS SELECT sku, qty FROM remote_stock WHERE qty < 5;
DROP TABLE remote_stock;
DROP FOREIGN TABLE IF EXISTS nope;
`);
    const stock = run.model.result.schema.tables['public.remote_stock'];
    expect(stock?.foreign).toEqual({ server: 'warehouse', options: ['schema_name=inv', 'table_name=stock_v2'] });
    expect(stock?.checks.map((c) => [c.name, c.notValid])).toEqual([['stock_qty_check', false], ['price_pos', true]]);
  });
});
