/**
 * Class 7 of issue 16: typed tables. CREATE TABLE t OF type takes the type's attributes as
 * columns (own options on them, constraints); ALTER TYPE ... ADD / DROP / ALTER / RENAME
 * ATTRIBUTE is refused while typed tables exist, and with CASCADE changes their columns;
 * ALTER TABLE ... OF / NOT OF; DROP TYPE ... CASCADE drops the typed tables.
 */
import { describe, test } from 'vitest';
import { expectSameAsPostgres } from '../../../support/fidelity';

describe('typed tables', () => {
  test('CREATE TABLE OF type with options and constraints; what a typed table refuses', async () => {
    await expectSameAsPostgres(`
CREATE TYPE person AS (id int, name text, born date);
CREATE TABLE people OF person (id WITH OPTIONS PRIMARY KEY, name WITH OPTIONS NOT NULL DEFAULT 'anon', CHECK (born > '1900-01-01'));
CREATE TABLE people2 OF person;
CREATE TABLE people_kids () INHERITS (people2);
CREATE TABLE bad OF person (nickname WITH OPTIONS NOT NULL);
CREATE TABLE not_composite OF int4;
ALTER TABLE people ADD COLUMN extra int;
ALTER TABLE people DROP COLUMN born;
ALTER TABLE people ALTER COLUMN name TYPE varchar(20);
ALTER TABLE people RENAME COLUMN name TO full_name;
ALTER TABLE people ALTER COLUMN born SET NOT NULL;
CREATE INDEX people_name_idx ON people (name);
`);
  });

  test('ALTER TYPE ... ATTRIBUTE: refused without CASCADE, follows into the tables with it', async () => {
    await expectSameAsPostgres(`
CREATE TYPE item AS (sku text, qty int, note text);
CREATE TABLE items OF item (sku WITH OPTIONS PRIMARY KEY);
CREATE TABLE more_items () INHERITS (items);
CREATE TYPE unused AS (a int);
ALTER TYPE item ADD ATTRIBUTE price numeric(8,2);
ALTER TYPE item ADD ATTRIBUTE price numeric(8,2) CASCADE;
ALTER TYPE item DROP ATTRIBUTE note;
ALTER TYPE item DROP ATTRIBUTE note CASCADE;
ALTER TYPE item ALTER ATTRIBUTE qty TYPE bigint CASCADE;
ALTER TYPE item RENAME ATTRIBUTE qty TO quantity CASCADE;
ALTER TYPE unused ADD ATTRIBUTE b text, DROP ATTRIBUTE a;
ALTER TYPE item DROP ATTRIBUTE IF EXISTS nope CASCADE;
`);
  });

  test('ALTER TABLE OF / NOT OF; DROP TYPE CASCADE takes the typed tables', async () => {
    await expectSameAsPostgres(`
CREATE TYPE pt AS (x int, y int);
CREATE TABLE plain (x int, y int);
CREATE TABLE wrong (y int, x int);
ALTER TABLE plain OF pt;
ALTER TABLE wrong OF pt;
ALTER TABLE plain NOT OF;
ALTER TABLE plain OF pt;
CREATE TABLE points OF pt;
DROP TYPE pt;
DROP TYPE pt CASCADE;
`);
  });
});
