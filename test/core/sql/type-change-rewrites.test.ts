/**
 * What the plan says a column type change costs, checked on Postgres: `table-rewrite` exactly
 * when Postgres writes the table anew (pg_class.relfilenode changes), and `may-fail-on-data` not
 * when every old value fits the new type unchanged. Several rewriting type changes of one table
 * are one ALTER TABLE, so Postgres rewrites it once.
 */
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { diff } from '../../../src/core/diff';
import { importSql, initParser } from '../../../src/core/parse';
import { planMigration, planToSql } from '../../../src/core/sql';
import { freshPglite } from '../../support/pglite-oracle';

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

describe('a type change that every old value fits is not marked may-fail-on-data', () => {
  test.each([
    ['numeric(10,2)', 'numeric(12,2)', false],
    ['numeric(10,2)', 'numeric(12,4)', false],
    ['numeric(10,2)', 'numeric(10,3)', true],
    ['numeric', 'numeric(12,2)', true],
    ['timestamp(3)', 'timestamp(6)', false],
    ['time', 'time(3)', true],
  ])('%s -> %s: may fail %s', (a, b, mayFail) => {
    const from = importSql(`CREATE TABLE t (v ${a});`).schema;
    const plan = planMigration(from, diff(from, importSql(`CREATE TABLE t (v ${b});`).schema));
    expect(plan.up.find((s) => /ALTER COLUMN v TYPE/.test(s.sql))!.hazards.includes('may-fail-on-data')).toBe(mayFail);
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
