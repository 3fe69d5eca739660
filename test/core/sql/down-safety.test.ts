/**
 * The down migration adds back what the up migration dropped the way the up path adds it to a
 * live table: a key over an index built CONCURRENTLY then taken over USING INDEX, a check or
 * foreign key NOT VALID then validated in its own transaction, NOT NULL through a validated
 * check. Squawk finds nothing in such a down script (it found a key, a check and a foreign key
 * added under a long lock before), and running up then down on PGlite gives back the same
 * constraints, validated as they were.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import { diff } from '../../../src/core/diff';
import { importSql, initParser } from '../../../src/core/parse';
import { planMigration, planToSql } from '../../../src/core/sql';
import { freshPglite } from '../../support/pglite-oracle';
import { unitStatements } from '../export/tool-models';

const FROM = `
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, CONSTRAINT users_email_key UNIQUE (email), CHECK (email <> ''));
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id), note text);
ALTER TABLE orders ADD CONSTRAINT orders_note_check CHECK (note <> '') NOT VALID;
`;
const TO = `
CREATE TABLE users (id bigint, email text);
CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, note text);
`;
const ROWS = `
INSERT INTO users VALUES (1, 'a@example.com'), (2, 'b@example.com');
INSERT INTO orders VALUES (1, 1, 'x'), (2, 2, NULL);
`;

beforeAll(async () => {
  await initParser();
});

function downScript(): string {
  const from = importSql(FROM).schema;
  const to = importSql(TO).schema;
  return planToSql(planMigration(from, diff(from, to), { allowDestructive: true }).down);
}

function upScript(): string {
  const from = importSql(FROM).schema;
  const to = importSql(TO).schema;
  return planToSql(planMigration(from, diff(from, to), { allowDestructive: true }).up);
}

test('the down migration adds keys, checks, foreign keys and NOT NULL back the safe way, with hazard labels', () => {
  const down = downScript();
  expect(down).toContain('CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key ON public.users USING btree (email);');
  expect(down).toContain('ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;');
  expect(down).toContain('ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_pkey;');
  expect(down).toMatch(/ADD CONSTRAINT users_email_check CHECK \(.*\) NOT VALID;/);
  expect(down).toContain('VALIDATE CONSTRAINT users_email_check;');
  expect(down).toMatch(/ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY .* NOT VALID;/);
  expect(down).toContain('VALIDATE CONSTRAINT orders_user_id_fkey;');
  // NOT VALID before: back NOT VALID, and not validated.
  expect(down).toMatch(/ADD CONSTRAINT orders_note_check CHECK \(.*\) NOT VALID;/);
  expect(down).not.toContain('VALIDATE CONSTRAINT orders_note_check');
  expect(down).toMatch(/-- Undo: .*never null.*\nALTER TABLE public\.users ADD CONSTRAINT users_email_not_null CHECK \(email IS NOT NULL\) NOT VALID;/);
  expect(down).toMatch(/\[index-build\]\nCREATE UNIQUE INDEX CONCURRENTLY/);
  expect(down).toMatch(/\[validation-scan\]\nALTER TABLE public\.users VALIDATE CONSTRAINT users_email_check;/);
  expect(down).not.toMatch(/ADD CONSTRAINT users_email_key UNIQUE \(email\)/);
});

test('squawk finds nothing in the down migration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'schemawise-down-squawk-'));
  const path = join(dir, 'down.sql');
  writeFileSync(path, downScript());
  let output = '';
  try {
    output = execFileSync(join(process.cwd(), 'node_modules', '.bin', 'squawk'), ['--reporter', 'json', path], { encoding: 'utf8' });
  } catch (error) {
    output = (error as { stdout?: string }).stdout ?? '';
  }
  const violations = (JSON.parse(output || '[]') as { rule_name: string; line: number }[]).map((v) => `${v.line} ${v.rule_name}`);
  expect(violations).toEqual([]);
});

async function constraints(db: PGlite): Promise<unknown[]> {
  const result = await db.query(`
    SELECT c.conrelid::regclass::text AS rel, c.conname, c.contype, c.convalidated, pg_get_constraintdef(c.oid) AS def,
           i.relname AS index, x.indisunique AS unique, x.indisprimary AS primary, x.indisvalid AS valid
    FROM pg_constraint c
    LEFT JOIN pg_class i ON i.oid = c.conindid
    LEFT JOIN pg_index x ON x.indexrelid = c.conindid
    WHERE c.connamespace = 'public'::regnamespace AND c.contype <> 'n'
    ORDER BY 1, 2`);
  const notNull = await db.query(`SELECT attrelid::regclass::text AS rel, attname, attnotnull FROM pg_attribute WHERE attrelid IN ('public.users'::regclass, 'public.orders'::regclass) AND attnum > 0 ORDER BY 1, 2`);
  return [...result.rows, ...notNull.rows];
}

async function run(db: PGlite, script: string): Promise<void> {
  for (const statement of unitStatements(script)) await db.exec(statement);
}

test('PGlite: up then down gives back the same keys, checks and NOT NULL, validated as before', async () => {
  const db = await freshPglite();
  try {
    await db.exec(FROM.replace(/^ALTER TABLE orders ADD CONSTRAINT orders_note_check .*$/m, ''));
    await db.exec(ROWS);
    // A row the NOT VALID check never checked: validating it again would fail.
    await db.exec(`INSERT INTO orders VALUES (3, 1, ''); ALTER TABLE orders ADD CONSTRAINT orders_note_check CHECK (note <> '') NOT VALID;`);
    const baseline = await constraints(db);
    await run(db, upScript());
    expect(await constraints(db)).not.toEqual(baseline);
    await run(db, downScript());
    expect(await constraints(db)).toEqual(baseline);
  } finally {
    await db.close();
  }
});
