/**
 * Class 2 of issue 16: temporary objects are not part of the schema, but while the script runs
 * names resolve against them as in Postgres: pg_temp is searched first, so a temporary table
 * shadows a permanent one of the same name, and a view over a temporary table is temporary.
 */
import { describe, expect, test } from 'vitest';
import { expectSameAsPostgres } from '../../../support/fidelity';

describe('temporary objects', () => {
  test('a temporary table shadows a permanent one; ALTER and DROP reach the temporary one', async () => {
    const run = await expectSameAsPostgres(`
CREATE TABLE users (id int PRIMARY KEY, email text);
CREATE TEMP TABLE users (id int, tmp_note text);
ALTER TABLE users ADD COLUMN only_on_temp int;
CREATE INDEX users_note_idx ON users (tmp_note);
CREATE VIEW users_v AS SELECT * FROM users;
DROP TABLE users CASCADE;
ALTER TABLE users ADD COLUMN name text;
CREATE INDEX users_email_idx ON users (email);
`);
    expect(run.model.result.schema.tables['public.users']?.columns.map((c) => c.name)).toEqual(['id', 'email', 'name']);
  });

  test('pg_temp.x, TEMPORARY / LOCAL TEMP, temporary sequences and views; CREATE TABLE AS', async () => {
    await expectSameAsPostgres(`
CREATE TABLE pg_temp.staging (id int, payload jsonb);
CREATE LOCAL TEMPORARY TABLE import_rows (line int, raw text);
CREATE TEMPORARY SEQUENCE import_seq;
CREATE TEMP VIEW staging_v AS SELECT id FROM staging;
CREATE VIEW import_v AS SELECT line FROM import_rows;
CREATE TEMP TABLE snapshot AS SELECT 1 AS one;
CREATE TABLE kept (id int PRIMARY KEY, line int);
INSERT INTO kept SELECT line, line FROM import_rows;
CREATE TEMP TABLE public_named (a int);
CREATE TEMP TABLE public.not_allowed (a int);
CREATE MATERIALIZED VIEW mv AS SELECT * FROM staging;
CREATE TABLE refers (id int REFERENCES staging (id));
DROP TABLE import_rows CASCADE;
CREATE TABLE import_rows (line int);
`);
  });

  test('ON COMMIT DROP goes at COMMIT (at once outside a transaction); DISCARD TEMP', async () => {
    const run = await expectSameAsPostgres(`
CREATE TABLE orders (id int PRIMARY KEY);
BEGIN;
CREATE TEMP TABLE orders (id int, batch int) ON COMMIT DROP;
ALTER TABLE orders ADD COLUMN seen bool;
COMMIT;
ALTER TABLE orders ADD COLUMN after_commit int;
CREATE TEMP TABLE orders (x int) ON COMMIT DROP;
ALTER TABLE orders ADD COLUMN outside int;
CREATE TEMP TABLE scratch (x int) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE orders (y int);
DISCARD TEMP;
ALTER TABLE orders ADD COLUMN after_discard int;
CREATE TEMP TABLE scratch (again int);
`);
    expect(run.model.result.schema.tables['public.orders']?.columns.map((c) => c.name)).toEqual(['id', 'after_commit', 'outside', 'after_discard']);
  });
});
