/**
 * What the planner does for patterns. Where it puts a backfill (`data-migration`): after the
 * columns it fills and the NOT VALID constraints exist, in a transaction of its own, before the
 * constraints are validated; NOT NULL on a backfilled column and the drop of a column the backfill
 * reads wait until after it (tables without a backfill are planned as before). And a unique key
 * replaced by a partial unique index of the same name (soft delete) keeps being enforced.
 */
import { beforeAll, expect, test } from 'vitest';
import type { SchemaChange } from '../../../src/core/changes';
import { importSql, initParser } from '../../../src/core/parse';
import { planMigration, planToSql, printSchema } from '../../../src/core/sql';
import { verifyMigration } from '../../../src/core/verify';

beforeAll(async () => {
  await initParser();
});

const ref = { schema: 'public', name: 'comments' };
const bigint = { name: 'bigint', modifiers: [], arrayDims: 0 };

function scenario(withBackfill: boolean) {
  const from = importSql('CREATE TABLE posts (id bigint PRIMARY KEY); CREATE TABLE comments (id bigint PRIMARY KEY, kind text NOT NULL, ref_id bigint NOT NULL);').schema;
  const changes: SchemaChange[] = [
    { kind: 'add-column', table: ref, column: { name: 'post_id', type: bigint, notNull: false } },
    { kind: 'drop-column', table: ref, column: 'kind' },
    { kind: 'alter-column', table: ref, column: 'post_id', set: { notNull: true } },
    { kind: 'add-constraint', table: ref, constraint: { type: 'foreign-key', name: 'comments_post_id_fkey', columns: ['post_id'], references: { schema: 'public', name: 'posts' }, referencedColumns: ['id'], onDelete: 'no-action', onUpdate: 'no-action', match: 'simple', notValid: false, deferrable: false, initiallyDeferred: false } },
    ...(withBackfill ? [{ kind: 'data-migration' as const, description: 'Fill post_id', table: ref, sql: "UPDATE public.comments SET post_id = ref_id WHERE kind = 'post';", reverseSql: '' }] : []),
  ];
  return planMigration(from, changes, { allowDestructive: true });
}

const position = (sqls: string[], pattern: RegExp) => sqls.findIndex((s) => pattern.test(s));

test('the backfill runs after the column and the NOT VALID key exist, before VALIDATE, NOT NULL and the drop', () => {
  const plan = scenario(true);
  const sqls = plan.up.map((s) => s.sql);
  const add = position(sqls, /ADD COLUMN post_id/);
  const fk = position(sqls, /ADD CONSTRAINT comments_post_id_fkey .* NOT VALID/);
  const backfill = position(sqls, /^UPDATE public\.comments SET post_id/);
  const validate = position(sqls, /VALIDATE CONSTRAINT comments_post_id_fkey/);
  const notNull = position(sqls, /ADD CONSTRAINT comments_post_id_not_null CHECK/);
  const drop = position(sqls, /DROP COLUMN kind/);
  expect([add, fk, backfill, validate, notNull, drop].every((i) => i >= 0)).toBe(true);
  expect(add).toBeLessThan(fk);
  expect(fk).toBeLessThan(backfill);
  expect(backfill).toBeLessThan(validate);
  expect(backfill).toBeLessThan(notNull);
  expect(backfill).toBeLessThan(drop);
  expect(plan.up[backfill]).toMatchObject({ phase: 'backfill', hazards: ['backfill'], ownTransaction: true });
  // In a transaction of its own: not inside the block that added the foreign key (its lock on posts).
  const script = planToSql(plan.up);
  expect(script).toMatch(/COMMIT;\n\nBEGIN;\nSET LOCAL lock_timeout = '5s';\nSET LOCAL statement_timeout = '15min';\n\n-- Fill post_id \[backfill\]\nUPDATE public\.comments SET post_id = ref_id WHERE kind = 'post';\n\nCOMMIT;/);
});

test('an empty reverse means nothing to undo: no down statement, no "not reversible" note', () => {
  const plan = scenario(true);
  expect(plan.down.some((s) => /UPDATE/.test(s.sql))).toBe(false);
  expect(plan.notes).toEqual([]);
  const withoutReverse = planMigration(importSql('CREATE TABLE t (id int);').schema, [{ kind: 'data-migration', description: 'Fix rows', table: { schema: 'public', name: 't' }, sql: 'UPDATE public.t SET id = id;' }]);
  expect(withoutReverse.notes).toEqual(['Not reversible: Fix rows']);
});

test('without a backfill, NOT NULL and the drop stay in the columns phase', () => {
  const plan = scenario(false);
  const sqls = plan.up.map((s) => s.sql);
  expect(plan.up[position(sqls, /DROP COLUMN kind/)]!.phase).toBe('columns');
  expect(plan.up[position(sqls, /ADD CONSTRAINT comments_post_id_not_null CHECK/)]!.phase).toBe('columns');
  expect(position(sqls, /DROP COLUMN kind/)).toBeLessThan(position(sqls, /ADD CONSTRAINT comments_post_id_fkey/));
});

test('a unique key made partial: the new index is built under a temporary name, then takes the old one', async () => {
  const fromSql = 'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, handle text NOT NULL, deleted_at timestamptz, CONSTRAINT users_email_key UNIQUE (email));\nCREATE UNIQUE INDEX users_handle_idx ON users (lower(handle));\n';
  const from = importSql(fromSql).schema;
  const users = { schema: 'public', name: 'users' };
  const partial = (name: string, element: { column?: string; expression?: string }) => ({ name, unique: true, method: 'btree', elements: [{ ...element, descending: false }], include: [], where: 'deleted_at IS NULL', nullsNotDistinct: false, only: false });
  const changes: SchemaChange[] = [
    { kind: 'drop-constraint', table: users, name: 'users_email_key' },
    { kind: 'add-index', table: users, index: partial('users_email_key', { column: 'email' }) },
    { kind: 'drop-index', table: users, name: 'users_handle_idx' },
    { kind: 'add-index', table: users, index: partial('users_handle_idx', { expression: 'lower(handle)' }) },
  ];
  const plan = planMigration(from, changes);
  expect(plan.up.map((s) => s.sql)).toEqual([
    'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key_new ON public.users USING btree (email) WHERE (deleted_at IS NULL);',
    'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_handle_idx_new ON public.users USING btree ((lower(handle))) WHERE (deleted_at IS NULL);',
    'ALTER TABLE public.users DROP CONSTRAINT users_email_key;',
    'ALTER INDEX public.users_email_key_new RENAME TO users_email_key;',
    'DROP INDEX CONCURRENTLY IF EXISTS public.users_handle_idx;',
    'ALTER INDEX public.users_handle_idx_new RENAME TO users_handle_idx;',
  ]);
  const to = importSql(`${fromSql}ALTER TABLE users DROP CONSTRAINT users_email_key; DROP INDEX users_handle_idx;
    CREATE UNIQUE INDEX users_email_key ON users (email) WHERE deleted_at IS NULL; CREATE UNIQUE INDEX users_handle_idx ON users (lower(handle)) WHERE deleted_at IS NULL;`).schema;
  const result = await verifyMigration({ baselineSql: fromSql, upSql: planToSql(plan.up), downSql: planToSql(plan.down), targetSql: printSchema(to) });
  expect(result.up.filter((r) => !r.ok)).toEqual([]);
  expect(result.upDifferences).toEqual([]);
  expect(result.down.filter((r) => !r.ok)).toEqual([]);
  expect(result.downDifferences).toEqual([]);
}, 60_000);
