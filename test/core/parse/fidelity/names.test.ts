/**
 * Class 11 of issue 16: names. ALTER INDEX renames a table and ALTER TABLE an index (Rails dumps
 * do both); CREATE SCHEMA orders its elements so they work; ALTER SCHEMA ... RENAME moves
 * everything in it; a table named like a catalog table is shadowed by pg_catalog's for
 * unqualified names; names that differ only in case or quoting are different names.
 */
import { describe, expect, test } from 'vitest';
import { expectSameAsPostgres, runBoth } from '../../../support/fidelity';

describe('names', () => {
  test('ALTER INDEX / TABLE / VIEW / SEQUENCE ... RENAME across kinds', async () => {
    await expectSameAsPostgres(`
CREATE TABLE users (id int PRIMARY KEY, email text);
CREATE INDEX index_users_on_email ON users (email);
CREATE VIEW user_emails AS SELECT email FROM users;
CREATE SEQUENCE counter;
ALTER INDEX users RENAME TO accounts;
ALTER TABLE index_users_on_email RENAME TO index_accounts_on_email;
ALTER TABLE users_pkey RENAME TO accounts_pkey;
ALTER TABLE user_emails RENAME TO account_emails;
ALTER INDEX counter RENAME TO counter2;
ALTER VIEW accounts RENAME TO nope;
ALTER SEQUENCE accounts RENAME TO nope;
ALTER MATERIALIZED VIEW account_emails RENAME TO nope;
ALTER TABLE accounts RENAME TO account_emails;
ALTER INDEX IF EXISTS missing RENAME TO whatever;
`);
  });

  test('CREATE SCHEMA with elements in any order; elements naming another schema are refused', async () => {
    await expectSameAsPostgres(`
CREATE SCHEMA shop
  CREATE INDEX items_name_idx ON items (name)
  CREATE VIEW cheap AS SELECT * FROM items WHERE price < 10
  CREATE TABLE items (id int PRIMARY KEY, name text, price numeric)
  CREATE SEQUENCE item_seq;
CREATE SCHEMA other CREATE TABLE shop.wrong (x int);
CREATE ROLE app_user;
CREATE SCHEMA AUTHORIZATION app_user CREATE TABLE settings (k text PRIMARY KEY);
`);
    // Named after the session's user, whose name the script does not give: reported, not guessed.
    const run = await runBoth('CREATE SCHEMA AUTHORIZATION current_user;');
    expect(run.model.result.issues.map((i) => i.severity)).toEqual(['warning']);
    expect(run.pg.objects).toEqual(['schema postgres']);
  });

  test('ALTER SCHEMA ... RENAME moves tables, types, functions, sequences and what refers to them', async () => {
    const run = await expectSameAsPostgres(`
CREATE SCHEMA billing;
CREATE TYPE billing.state AS ENUM ('open', 'paid');
CREATE DOMAIN billing.cents AS bigint CHECK (VALUE >= 0);
CREATE SEQUENCE billing.invoice_no;
CREATE TABLE billing.invoices (id int PRIMARY KEY, no bigint DEFAULT nextval('billing.invoice_no'), state billing.state, total billing.cents);
CREATE TABLE billing.lines (invoice_id int REFERENCES billing.invoices, amount billing.cents);
CREATE TABLE public.payments (invoice_id int REFERENCES billing.invoices, state billing.state);
CREATE FUNCTION billing.total(billing.state) RETURNS billing.cents LANGUAGE sql AS 'SELECT 0::bigint';
ALTER SCHEMA billing RENAME TO accounting;
ALTER SCHEMA billing RENAME TO again;
ALTER SCHEMA accounting RENAME TO public;
CREATE TABLE accounting.more (id int REFERENCES accounting.invoices);
ALTER TABLE accounting.invoices ADD COLUMN note text;
`);
    expect(run.model.result.schema.tables['accounting.invoices']?.columns.find((c) => c.name === 'no')?.default).toContain("'accounting.invoice_no'");
  });

  test('catalog names: pg_catalog comes first for unqualified names; case and quoting make different names', async () => {
    await expectSameAsPostgres(`
CREATE TABLE public.pg_attrdef (id int, note text);
ALTER TABLE public.pg_attrdef ADD COLUMN extra int;
CREATE INDEX ON public.pg_attrdef (note);
ALTER TABLE pg_attrdef ADD COLUMN only_in_the_catalog int;
CREATE TABLE "Users" (id int PRIMARY KEY, "Name" text, name text);
CREATE TABLE users (id int PRIMARY KEY, "ID" int);
CREATE TABLE "users " (x int);
CREATE INDEX "Users_Name_idx" ON "Users" ("Name");
ALTER TABLE "Users" RENAME COLUMN "Name" TO "DisplayName";
CREATE TABLE "USERS" ("Id" int REFERENCES "Users" (id));
DROP TABLE Users;
CREATE VIEW "V" AS SELECT "DisplayName", name FROM "Users";
`);
  });

  test('pg_catalog: what a script creates or changes in it is left out with a located warning; public.pg_class after pg_catalog in the path is the table', async () => {
    // PGlite runs with allow_system_table_mods, so it creates in pg_catalog (a regular server
    // refuses with "permission denied"); either way the schema is unchanged, as the model says.
    const run = await runBoth(`
CREATE TABLE pg_catalog.mine (a int);
CREATE TYPE pg_catalog.mood AS ENUM ('ok');
CREATE FUNCTION pg_catalog.f() RETURNS int LANGUAGE sql AS 'SELECT 1';
SET search_path = pg_catalog;
CREATE TABLE mine2 (a int);
RESET search_path;
CREATE TABLE pg_class (a int);
CREATE INDEX ON pg_class (a);
ALTER TABLE pg_class ADD COLUMN b int;
SET search_path = public, pg_catalog;
ALTER TABLE pg_class ADD COLUMN c int;
CREATE INDEX pg_class_c ON pg_class (c);
CREATE TABLE "PG_CLASS" (x int);
`);
    expect(run.model.objects).toEqual(run.pg.objects);
    expect(run.model.counts).toEqual(run.pg.counts);
    expect(run.pg.objects.filter((o) => o.startsWith('column public.pg_class'))).toEqual(['column public.pg_class #1 a: integer', 'column public.pg_class #2 c: integer']);
    const issues = run.model.result.issues.map((i) => `${i.line} ${i.severity}`);
    expect(issues).toEqual(['2 warning', '3 warning', '4 warning', '6 warning', '9 warning', '10 warning']);
    expect(run.model.result.issues[0]!.message).toMatch(/creating in pg_catalog .* left out of the model/);
    expect(run.model.result.issues[4]!.message).toMatch(/names the system catalog pg_catalog\.pg_class/);
  });
});
