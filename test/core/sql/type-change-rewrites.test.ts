/**
 * What the plan says a column type change costs, checked on Postgres: `table-rewrite` exactly
 * when Postgres writes the table anew (pg_class.relfilenode changes), and `may-fail-on-data` not
 * when every old value fits the new type unchanged. Several rewriting type changes of one table
 * are one ALTER TABLE, so Postgres rewrites it once. A collation-only change rewrites nothing but
 * the indexes on the column (collation-change.ts).
 */
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { diff } from '../../../src/core/diff';
import { importSql, initParser } from '../../../src/core/parse';
import { planMigration, planToSql } from '../../../src/core/sql';
import { freshPglite } from '../../support/pglite-oracle';
import { freshPostgresDatabase } from '../../support/postgres-server';

let db: PGlite;

beforeAll(async () => {
  await initParser();
  db = await freshPglite();
}, 60_000);

afterAll(async () => {
  await db?.close();
});

const relfilenode = async (table: string) => (await db.query<{ n: number }>(`SELECT relfilenode AS n FROM pg_class WHERE oid = '${table}'::regclass`)).rows[0]!.n;

/** Plans `from` -> `to` for table t, runs it on Postgres with a row in it; the up statements and whether t was rewritten. */
async function run(from: string, to: string, row: string) {
  const plan = planMigration(importSql(from).schema, diff(importSql(from).schema, importSql(to).schema), { allowDestructive: true });
  await db.exec(`DROP TABLE IF EXISTS t; ${from} INSERT INTO t VALUES (${row});`);
  const before = await relfilenode('t');
  await db.exec(planToSql(plan.up));
  return { plan, rewritten: (await relfilenode('t')) !== before };
}

describe('a type change is marked table-rewrite exactly when Postgres rewrites the table', () => {
  test.each([
    ['varchar(10)', 'varchar(20)', "'abc'"],
    ['varchar(10)', 'text', "'abc'"],
    ['numeric(10,2)', 'numeric(12,2)', '1.5'],
    ['numeric(10,2)', 'numeric', '1.5'],
    ['numeric(10,2)', 'numeric(12,4)', '1.5'],
    ['numeric(10,2)', 'numeric(8,2)', '1.5'],
    ['timestamp(3)', 'timestamp(6)', "'2026-01-01 10:00:00.123'"],
    ['timestamptz(6)', 'timestamptz(3)', "'2026-01-01 10:00:00.123456+00'"],
    ['time(2)', 'time', "'10:00:00.12'"],
    ['bit varying(5)', 'bit varying(10)', "B'101'"],
    ['integer', 'bigint', '1'],
  ])('%s -> %s', async (a, b, row) => {
    const { plan, rewritten } = await run(`CREATE TABLE t (id int PRIMARY KEY, v ${a});`, `CREATE TABLE t (id int PRIMARY KEY, v ${b});`, `1, ${row}`);
    const change = plan.up.find((s) => /ALTER COLUMN v TYPE/.test(s.sql))!;
    expect(change.hazards.includes('table-rewrite')).toBe(rewritten);
  });
});

describe('a type change is marked may-fail-on-data only where a value may be refused, rounds-values where one may be rounded', () => {
  // narrowing-type-changes.test.ts checks the same verdicts against PGlite.
  test.each([
    ['numeric(10,2)', 'numeric(12,2)', ''],
    ['numeric(10,2)', 'numeric(12,4)', ''],
    ['numeric(10,2)', 'numeric(10,3)', 'may-fail-on-data'],
    ['numeric(10,2)', 'numeric(10,1)', 'rounds-values'],
    ['numeric', 'numeric(12,2)', 'may-fail-on-data rounds-values'],
    ['timestamp(3)', 'timestamp(6)', ''],
    ['time', 'time(3)', 'rounds-values'],
  ])('%s -> %s: %s', (a, b, expected) => {
    const from = importSql(`CREATE TABLE t (v ${a});`).schema;
    const plan = planMigration(from, diff(from, importSql(`CREATE TABLE t (v ${b});`).schema));
    const hazards = plan.up.find((s) => /ALTER COLUMN v TYPE/.test(s.sql))!.hazards;
    expect(hazards.filter((h) => h === 'may-fail-on-data' || h === 'rounds-values').join(' ')).toBe(expected);
  });
});

test('type changes of one table are one statement, with the defaults that must move around them; up and down run with rows', async () => {
  const from = `CREATE TABLE t (id serial PRIMARY KEY, status text NOT NULL DEFAULT 'new', qty integer DEFAULT 1, ref integer);`;
  const to = `CREATE TYPE st AS ENUM ('new', 'done'); CREATE TABLE t (id bigserial PRIMARY KEY, status st NOT NULL DEFAULT 'new', qty bigint DEFAULT 1, ref integer);`;
  const a = importSql(from).schema;
  const plan = planMigration(a, diff(a, importSql(to).schema));
  const typeChanges = plan.up.filter((s) => /\bTYPE\b/.test(s.sql) && s.sql.startsWith('ALTER TABLE'));
  expect(typeChanges).toHaveLength(1);
  expect(typeChanges[0]!.sql.match(/ALTER COLUMN \w+ TYPE/g)?.sort()).toEqual(['ALTER COLUMN id TYPE', 'ALTER COLUMN qty TYPE', 'ALTER COLUMN status TYPE']);
  await db.exec(`DROP TABLE IF EXISTS t; DROP TYPE IF EXISTS st; ${from} INSERT INTO t (status, qty) VALUES ('new', 2), ('done', 3);`);
  const types = async () => (await db.query<{ c: string; t: string; d: string | null }>("SELECT column_name AS c, udt_name AS t, column_default AS d FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position")).rows;
  const original = await types();
  await db.exec(planToSql(plan.up));
  expect((await types()).map((r) => r.t)).toEqual(['int8', 'st', 'int8', 'int4']);
  expect(await db.query('SELECT status::text, qty FROM t ORDER BY id')).toMatchObject({ rows: [{ status: 'new', qty: 2n }, { status: 'done', qty: 3n }].map((r) => ({ ...r, qty: Number(r.qty) })) });
  await db.exec(planToSql(plan.down));
  expect(await types()).toEqual(original);
});

/** The relfilenode of every relation named t or t_*: which of them Postgres wrote anew. */
async function files(): Promise<Map<string, number>> {
  const rows = (await db.query<{ name: string; n: number }>("SELECT relname AS name, relfilenode AS n FROM pg_class WHERE relname = 't' OR relname LIKE 't\\_%'")).rows;
  return new Map(rows.map((r) => [r.name, r.n]));
}

describe('a collation-only change is labelled as Postgres runs it: no rewrite; the indexes and checks on the column rebuilt and re-checked under the lock', () => {
  const indexed = (type: string, collation = '') => `CREATE TABLE t (id int PRIMARY KEY, v ${type}${collation}, w int, CONSTRAINT t_v_check CHECK (v <> ''));
    CREATE INDEX t_v ON t (v); CREATE UNIQUE INDEX t_vu ON t (v); CREATE INDEX t_wv ON t (w, v); CREATE INDEX t_lower ON t (lower(v)); CREATE INDEX t_w ON t (w);`;
  test.each([
    ['text', '', ' COLLATE "C"'],
    ['varchar(50)', '', ' COLLATE "C"'],
    ['text', ' COLLATE "C"', ' COLLATE "POSIX"'],
    ['text', ' COLLATE "C"', ''],
  ])('%s%s -> %s', async (type, a, b) => {
    const from = importSql(indexed(type, a)).schema;
    const plan = planMigration(from, diff(from, importSql(indexed(type, b)).schema));
    const change = plan.up.find((s) => /ALTER COLUMN v TYPE/.test(s.sql))!;
    expect(change.hazards).toEqual(['access-exclusive-lock']);
    expect(change.description).toContain('rebuilds t_v, t_vu, t_wv, t_lower and re-checks t_v_check');
    await db.exec(`DROP TABLE IF EXISTS t; ${indexed(type, a)} INSERT INTO t VALUES (1, 'a', 1), (2, 'b', 2);`);
    const before = await files();
    await db.exec(planToSql(plan.up));
    const after = await files();
    const changed = [...before.keys()].filter((name) => before.get(name) !== after.get(name)).sort();
    expect(changed).toEqual(['t_lower', 't_v', 't_vu', 't_wv']);
  });

  test('a longer varchar keeps its indexes but re-checks the column\'s checks: the plan says so, and Postgres scans', async () => {
    // A check whose function answers from a setting: made false, it shows whether Postgres scans.
    const fn = "CREATE OR REPLACE FUNCTION ok(text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN current_setting('x.ok', true) IS DISTINCT FROM 'no'; END $$;";
    const sql = (type: string) => `CREATE TABLE t (id int PRIMARY KEY, v ${type}, CONSTRAINT t_v_check CHECK (ok(v))); CREATE INDEX t_v ON t (v);`;
    const from = importSql(`${fn} ${sql('varchar(10)')}`).schema;
    const change = planMigration(from, diff(from, importSql(`${fn} ${sql('varchar(20)')}`).schema)).up.find((s) => /ALTER COLUMN v TYPE/.test(s.sql))!;
    expect(change.hazards).toEqual(['access-exclusive-lock']);
    expect(change.description).toContain('Postgres re-checks t_v_check with a scan');
    expect(change.description).not.toContain('rebuilds');
    await db.exec(`DROP TABLE IF EXISTS t; ${fn} ${sql('varchar(10)')} INSERT INTO t VALUES (1, 'a');`);
    const before = await files();
    await expect(db.exec(`SET x.ok = 'no'; ${change.sql}`)).rejects.toThrow(/check constraint "t_v_check" of relation "t" is violated by some row/);
    await db.exec(`RESET x.ok; ${change.sql}`);
    expect(await files()).toEqual(before);
  });

  test('a unique index rebuilt under a nondeterministic collation may fail on the data, and does', async () => {
    const collation = "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);";
    const sql = (c: string) => `${collation} CREATE TABLE t (id int PRIMARY KEY, v text${c}); CREATE UNIQUE INDEX t_v ON t (v);`;
    const from = importSql(sql(' COLLATE "und-x-icu"')).schema;
    const plan = planMigration(from, diff(from, importSql(sql(' COLLATE ci')).schema));
    const change = plan.up.find((s) => /ALTER COLUMN v TYPE/.test(s.sql))!;
    expect(change.hazards).toEqual(['access-exclusive-lock', 'may-fail-on-data']);
    // On Postgres 15: PGlite's ICU has no locale data, and there 'a' = 'A' under ci is false.
    const server = await freshPostgresDatabase();
    try {
      await server.exec(`${sql(' COLLATE "und-x-icu"')} INSERT INTO t VALUES (1, 'a'), (2, 'A');`);
      await expect(server.exec(planToSql(plan.up))).rejects.toThrow(/could not create unique index "t_v"/);
    } finally {
      await server.close();
    }
  }, 60_000);
});
