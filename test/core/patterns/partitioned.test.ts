/**
 * Patterns on a partitioned table (the usual shape of an events or payments table). Those whose
 * changes Postgres carries to every partition by itself (new columns, row triggers, tables of
 * their own, and indexes the planner builds per partition and attaches) apply; the rest decline
 * with the reason. Checked on PGlite with rows in two partitions: the migration verifies (up
 * gives the target's catalog, down the baseline's), and a write routed to a partition fires the
 * patterns' triggers.
 */
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Schema } from '../../../src/core/model';
import { importSql, initParser } from '../../../src/core/parse';
import { PATTERNS_BY_ID, type PatternApplication } from '../../../src/core/patterns';
import { printSchema } from '../../../src/core/sql';
import { verifyMigration } from '../../../src/core/verify';
import { freshPglite } from '../../support/pglite-oracle';
import { migrationFor, runScript } from './harness';

const SQL = `
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE events (
  id bigint GENERATED ALWAYS AS IDENTITY,
  user_id bigint NOT NULL REFERENCES users (id),
  occurred_at timestamptz NOT NULL,
  kind text NOT NULL,
  PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2026_01 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2026-02-01');
CREATE TABLE events_2026_02 PARTITION OF events FOR VALUES FROM ('2026-02-01') TO ('2026-03-01');
CREATE INDEX ON events (user_id);
CREATE TABLE payments (
  id bigint GENERATED ALWAYS AS IDENTITY,
  paid_at timestamptz NOT NULL,
  reference text NOT NULL,
  PRIMARY KEY (id, paid_at),
  UNIQUE (reference, paid_at)
) PARTITION BY RANGE (paid_at);
CREATE TABLE payments_2026 PARTITION OF payments FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
`;
const ROWS = `
INSERT INTO users (email) VALUES ('ann@example.com'), ('bob@example.com');
INSERT INTO events (user_id, occurred_at, kind) VALUES (1, '2026-01-05', 'login'), (2, '2026-02-07', 'login');
`;

const events = { schema: 'public', name: 'events' };
const APPLICATIONS: PatternApplication[] = [
  { pattern: 'audit-columns', target: events, params: { actorColumns: true } },
  { pattern: 'history-table', target: events },
  { pattern: 'soft-delete', target: events },
  { pattern: 'outbox-publisher', target: events },
];

let db: PGlite;
let baseline: Schema;
let migration: ReturnType<typeof migrationFor>;
const rows = async <T = Record<string, unknown>>(sql: string): Promise<T[]> => (await db.query<T>(sql)).rows;

beforeAll(async () => {
  await initParser();
  baseline = importSql(SQL).schema;
  migration = migrationFor(baseline, APPLICATIONS);
  db = await freshPglite();
  expect(await runScript(db, SQL + ROWS, true)).toEqual([]);
  expect(await runScript(db, migration.up, true)).toEqual([]);
}, 120_000);

afterAll(async () => {
  await db?.close();
});

test('audit columns, history, soft delete and the outbox apply to a partitioned table', () => {
  expect(migration.applied.results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual(['ok', 'ok', 'ok', 'ok']);
  expect(migration.notes).toEqual([]);
  // The actor columns' indexes are built on each partition and attached, not locked in one go.
  expect(migration.up).toMatch(/CREATE INDEX events_created_by_idx ON ONLY public\.events/);
  expect(migration.up).toMatch(/CREATE INDEX CONCURRENTLY IF NOT EXISTS events_2026_01_created_by_idx ON public\.events_2026_01/);
  expect(migration.up).toMatch(/ALTER INDEX public\.events_created_by_idx ATTACH PARTITION public\.events_2026_02_created_by_idx/);
});

test('with rows in the partitions, up gives the target catalog and down the baseline', async () => {
  const result = await verifyMigration({ baselineSql: SQL + ROWS, upSql: migration.up, downSql: migration.down, targetSql: printSchema(migration.applied.schema) });
  expect(result.up.filter((r) => !r.ok)).toEqual([]);
  expect(result.upDifferences).toEqual([]);
  expect(result.down.filter((r) => !r.ok)).toEqual([]);
  expect(result.downDifferences).toEqual([]);
}, 120_000);

test('a write routed to a partition fires the triggers cloned from the partitioned table', async () => {
  await db.exec("BEGIN; SET LOCAL app.user_id = '2'; UPDATE events SET kind = 'logout' WHERE occurred_at = '2026-02-07'; COMMIT;");
  expect(await rows("SELECT kind, updated_by, updated_at > created_at AS changed FROM events_2026_02")).toEqual([{ kind: 'logout', updated_by: 2, changed: true }]);
  expect(await rows("SELECT operation, kind FROM events_history ORDER BY history_id")).toEqual([{ operation: 'UPDATE', kind: 'logout' }]);
  expect(await rows("SELECT event_type FROM outbox ORDER BY id")).toEqual([{ event_type: 'events.update' }]);
  await db.exec("UPDATE events SET deleted_at = now() WHERE occurred_at = '2026-01-05'");
  expect(await rows('SELECT count(*)::int AS n FROM events_2026_01 WHERE deleted_at IS NOT NULL')).toEqual([{ n: 1 }]);
});

test('patterns that would have to change each partition copy of a key, or that cannot hold across partitions, decline with the reason', () => {
  const schema = importSql(SQL).schema;
  const payments = { schema: 'public', name: 'payments' };
  expect(PATTERNS_BY_ID['soft-delete'].appliesTo(schema, payments, undefined)).toEqual({
    ok: false,
    reason: 'payments is partitioned and its unique keys (payments_reference_paid_at_key) would have to become partial on every partition, which this pattern does not support yet',
  });
  expect(PATTERNS_BY_ID['effective-dating'].appliesTo(schema, events, undefined)).toEqual({ ok: false, reason: 'events is partitioned: this pattern does not support partitioned tables yet' });
  expect(PATTERNS_BY_ID['audit-columns'].appliesTo(schema, { schema: 'public', name: 'events_2026_01' }, undefined)).toEqual({
    ok: false,
    reason: 'events_2026_01 is a partition of events: apply the pattern to the partitioned table',
  });
});
