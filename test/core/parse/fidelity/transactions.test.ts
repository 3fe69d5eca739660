/**
 * Class 1 of issue 16: transaction blocks. The same script on Postgres (PGlite) and through the
 * importer must leave the same objects: ROLLBACK / ABORT undo everything since BEGIN, ROLLBACK
 * TO SAVEPOINT what came after the savepoint (which stays usable), RELEASE forgets savepoints,
 * COMMIT / END keep, and search_path changes are undone or kept with them.
 */
import { describe, expect, test } from 'vitest';
import { expectSameAsPostgres } from '../../../support/fidelity';

describe('transactions', () => {
  test('a migration that tests something and rolls it back; ABORT; COMMIT and END keep', async () => {
    await expectSameAsPostgres(`
CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);
BEGIN;
CREATE TABLE probe (id int PRIMARY KEY, account_id bigint REFERENCES accounts);
ALTER TABLE accounts ADD COLUMN name text;
CREATE INDEX accounts_email_idx ON accounts (email);
DROP TABLE accounts CASCADE;
ROLLBACK;
START TRANSACTION;
ALTER TABLE accounts ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();
CREATE UNIQUE INDEX accounts_email_key ON accounts (lower(email));
COMMIT;
BEGIN;
CREATE VIEW active_accounts AS SELECT id, email FROM accounts;
ALTER TABLE accounts RENAME COLUMN email TO mail;
ABORT;
BEGIN ISOLATION LEVEL SERIALIZABLE;
CREATE TABLE audit (id serial PRIMARY KEY, at timestamptz);
END;
`);
  });

  test('savepoints: ROLLBACK TO keeps the savepoint, RELEASE drops it and those after it', async () => {
    const run = await expectSameAsPostgres(`
BEGIN;
CREATE TABLE b (x int);
SAVEPOINT s1;
CREATE TABLE c (x int);
SAVEPOINT s1;
CREATE TABLE d (x int CHECK (x > 0));
ROLLBACK TO s1;
CREATE TABLE e (x int);
ROLLBACK TO SAVEPOINT s1;
RELEASE s1;
ALTER TABLE c ADD COLUMN y text;
SAVEPOINT s2;
DROP TABLE b;
ROLLBACK TRANSACTION TO s2;
SAVEPOINT s3;
CREATE TABLE f (x int);
RELEASE SAVEPOINT s3;
COMMIT;
BEGIN;
SAVEPOINT a;
CREATE TABLE g (x int);
RELEASE a;
ROLLBACK;
`);
    expect(Object.keys(run.model.result.schema.tables)).toEqual(['public.b', 'public.c', 'public.f']);
  });

  test('search_path: SET inside a rolled-back block is undone, SET LOCAL ends with the block', async () => {
    await expectSameAsPostgres(`
CREATE SCHEMA app;
BEGIN;
SET search_path = app;
CREATE TABLE undone (x int);
ROLLBACK;
CREATE TABLE in_public (x int);
BEGIN;
SET LOCAL search_path = app;
CREATE TABLE in_app (x int);
COMMIT;
CREATE TABLE in_public_again (x int);
BEGIN;
SET search_path = app;
SAVEPOINT sp;
SET search_path = public;
ROLLBACK TO sp;
CREATE TABLE in_app_too (x int);
COMMIT;
CREATE TABLE still_app (x int);
`);
  });

  test('statements Postgres refuses inside a block; warnings for stray COMMIT and nested BEGIN', async () => {
    const run = await expectSameAsPostgres(`
CREATE TABLE t (a int, b int);
COMMIT;
BEGIN;
BEGIN;
CREATE INDEX CONCURRENTLY t_a_idx ON t (a);
CREATE INDEX t_b_idx ON t (b);
COMMIT;
SAVEPOINT outside;
CREATE INDEX CONCURRENTLY t_a_idx ON t (a);
BEGIN;
ROLLBACK TO nope;
CREATE TABLE u (x int);
COMMIT;
`);
    const messages = run.model.result.issues.map((i) => `${i.severity}: ${i.message}`);
    expect(messages).toContain('warning: there is no transaction in progress');
    expect(messages).toContain('warning: there is already a transaction in progress');
    expect(messages.some((m) => m.startsWith('info: In Postgres this error aborts the transaction begun on line 4'))).toBe(true);
  });

  test('a transaction never committed is kept, with a warning at its BEGIN', async () => {
    const run = await expectSameAsPostgres(`
CREATE TABLE kept (x int);
BEGIN;
CREATE TABLE also_kept (x int);
`);
    const warning = run.model.result.issues.find((i) => i.message.includes('never committed'));
    expect(warning?.line).toBe(3);
  });
});
