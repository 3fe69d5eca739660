/**
 * Behaviour on Postgres, not only shape: every pattern applied to a small schema that already
 * holds rows, the migration run on PGlite (backfills included), then rows inserted, updated and
 * deleted to see that the database now enforces and records what the pattern promises.
 */
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Schema } from '../../../src/core/model';
import { importSql, initParser } from '../../../src/core/parse';
import { printSchema } from '../../../src/core/sql';
import { verifyMigration } from '../../../src/core/verify';
import { freshPglite } from '../../support/pglite-oracle';
import { FIXTURE_APPLICATIONS, FIXTURE_ROWS, FIXTURE_SQL } from './fixture';
import { migrationFor, runScript } from './harness';

let db: PGlite;
let baseline: Schema;
let migration: ReturnType<typeof migrationFor>;

const rows = async <T = Record<string, unknown>>(sql: string): Promise<T[]> => (await db.query<T>(sql)).rows;

beforeAll(async () => {
  await initParser();
  baseline = importSql(FIXTURE_SQL).schema;
  migration = migrationFor(baseline, FIXTURE_APPLICATIONS);
  db = await freshPglite();
  expect(await runScript(db, FIXTURE_SQL + FIXTURE_ROWS, true)).toEqual([]);
  expect(await runScript(db, migration.up, true)).toEqual([]);
}, 120_000);

afterAll(async () => {
  await db?.close();
});

// A failed statement inside BEGIN ... COMMIT leaves the session in an aborted transaction.
afterEach(async () => {
  await db.exec('ROLLBACK').catch(() => undefined);
});

test('every application applies', () => {
  expect(migration.applied.results.filter((r) => !r.ok).map((r) => r.reason)).toEqual([]);
  expect(migration.notes).toEqual([]);
});

test('with rows in the tables, verifyMigration: up gives the target catalog, down the baseline', async () => {
  const result = await verifyMigration({ baselineSql: FIXTURE_SQL + FIXTURE_ROWS, upSql: migration.up, downSql: migration.down, targetSql: printSchema(migration.applied.schema) });
  expect(result.up.filter((r) => !r.ok)).toEqual([]);
  expect(result.upDifferences).toEqual([]);
  expect(result.down.filter((r) => !r.ok)).toEqual([]);
  expect(result.downDifferences).toEqual([]);
}, 120_000);

describe('the backfills ran on the existing rows', () => {
  test('polymorphic-arc: each comment points at its parent through its own column', async () => {
    expect(await rows('SELECT body, post_id, video_id FROM comments ORDER BY id')).toEqual([
      { body: 'on a post', post_id: 1n, video_id: null },
      { body: 'on a video', post_id: null, video_id: 1n },
      { body: 'another', post_id: 2n, video_id: null },
    ].map((r) => ({ ...r, post_id: r.post_id === null ? null : Number(r.post_id), video_id: r.video_id === null ? null : Number(r.video_id) })));
  });

  test('ltree-path: paths from the existing parent_id tree', async () => {
    expect(await rows('SELECT id, path::text AS path FROM folders ORDER BY id')).toEqual([
      { id: 1, path: '1' }, { id: 2, path: '1.2' }, { id: 3, path: '1.2.3' }, { id: 4, path: '4' },
    ]);
  });

  test('effective-dating: the range is generated from effective_from / until', async () => {
    expect(await rows("SELECT amount::text AS amount, valid_period::text AS period FROM prices ORDER BY id")).toEqual([
      { amount: '10', period: '["2024-01-01 00:00:00+00","2024-02-01 00:00:00+00")' },
      { amount: '12', period: '["2024-02-01 00:00:00+00",)' },
    ]);
  });
});

describe('what the database now enforces and records', () => {
  test('audit-columns: updated_at and updated_by follow each update', async () => {
    await db.exec("BEGIN; SET LOCAL app.user_id = '2'; UPDATE users SET name = 'Ann B' WHERE id = 1; COMMIT;");
    const [row] = await rows<{ changed: boolean; updated_by: number | null; created_by: number | null }>('SELECT updated_at > created_at AS changed, updated_by, created_by FROM users WHERE id = 1');
    expect(row).toEqual({ changed: true, updated_by: 2, created_by: null });
  });

  test('history-table: the trigger writes a snapshot per insert, update and delete, with who did it', async () => {
    await db.exec("BEGIN; SET LOCAL app.user_id = '1'; INSERT INTO users (email, name) VALUES ('cy@example.com', 'Cy'); COMMIT;");
    await db.exec("UPDATE users SET name = 'Cyrus' WHERE email = 'cy@example.com'");
    await db.exec("DELETE FROM users WHERE email = 'cy@example.com'");
    expect(await rows("SELECT operation, changed_by, name FROM users_history WHERE email = 'cy@example.com' ORDER BY history_id")).toEqual([
      { operation: 'INSERT', changed_by: '1', name: 'Cy' },
      { operation: 'UPDATE', changed_by: null, name: 'Cyrus' },
      { operation: 'DELETE', changed_by: null, name: 'Cyrus' },
    ]);
  });

  test('soft-delete: a deleted row frees its email; two live rows still cannot share one', async () => {
    await expect(db.exec("INSERT INTO users (email) VALUES ('bob@example.com')")).rejects.toThrow(/duplicate key value violates unique constraint "users_email_key"/);
    await db.exec("UPDATE users SET deleted_at = now() WHERE email = 'bob@example.com'");
    await db.exec("INSERT INTO users (email, name) VALUES ('bob@example.com', 'New Bob')");
    expect(await rows("SELECT name FROM users_live WHERE email = 'bob@example.com'")).toEqual([{ name: 'New Bob' }]);
    expect(await rows("SELECT count(*)::int AS n FROM users WHERE email = 'bob@example.com'")).toEqual([{ n: 2 }]);
  });

  test('effective-dating: overlapping periods of one product are rejected, others accepted', async () => {
    await expect(db.exec("INSERT INTO prices (product_id, amount, effective_from, effective_until) VALUES (1, 11, '2024-01-15', '2024-01-20')")).rejects.toThrow(/conflicting key value violates exclusion constraint "prices_product_id_valid_period_excl"/);
    await db.exec("INSERT INTO prices (product_id, amount, effective_from, effective_until) VALUES (2, 5, '2024-01-15', '2024-01-20')");
    await db.exec("INSERT INTO prices (product_id, amount, effective_from, effective_until) VALUES (1, 9, '2023-01-01', '2024-01-01')");
    await expect(db.exec("INSERT INTO prices (product_id, amount, effective_from, effective_until) VALUES (3, 1, '2024-01-01', '2024-01-01')")).rejects.toThrow(/prices_valid_period_check/);
  });

  test('polymorphic-arc: a comment with two parents, or none, or a missing parent is rejected', async () => {
    await expect(db.exec("INSERT INTO comments (commentable_type, commentable_id, body, post_id, video_id) VALUES ('Post', 1, 'both', 1, 1)")).rejects.toThrow(/comments_commentable_arc/);
    await expect(db.exec("INSERT INTO comments (commentable_type, commentable_id, body) VALUES ('Post', 1, 'none')")).rejects.toThrow(/comments_commentable_arc/);
    await expect(db.exec("INSERT INTO comments (commentable_type, commentable_id, body, post_id) VALUES ('Post', 99, 'dangling', 99)")).rejects.toThrow(/comments_post_id_fkey/);
    await db.exec("INSERT INTO comments (commentable_type, commentable_id, body, video_id) VALUES ('Video', 1, 'fine', 1)");
  });

  test('adjacency-list: a node cannot be its own parent, nor a parent deleted under its children (restrict), or takes its subtree (cascade)', async () => {
    await db.exec("INSERT INTO categories (name, parent_id) VALUES ('child of a', 1)");
    await expect(db.exec('DELETE FROM categories WHERE id = 1')).rejects.toThrow(/categories_parent_id_fkey/);
    await expect(db.exec('UPDATE tags SET parent_id = id WHERE id = 2')).rejects.toThrow(/tags_parent_id_check/);
    await expect(db.exec('UPDATE tags SET parent_id = 9 WHERE id = 2')).rejects.toThrow(/tags_parent_id_fkey/);
    await db.exec('UPDATE tags SET parent_id = 1 WHERE id = 2');
    await db.exec('DELETE FROM tags WHERE id = 1');
    expect(await rows('SELECT count(*)::int AS n FROM tags')).toEqual([{ n: 0 }]);
  });

  test('ltree-path: the trigger keeps paths in step, moves subtrees, refuses cycles', async () => {
    expect(await rows("SELECT id, path::text AS path FROM categories ORDER BY id")).toEqual([{ id: 1, path: '1' }, { id: 2, path: '2' }, { id: 3, path: '1.3' }]);
    await db.exec("INSERT INTO categories (name, parent_id) VALUES ('grandchild', 3)");
    await db.exec('UPDATE categories SET parent_id = 2 WHERE id = 3');
    expect(await rows("SELECT id, path::text AS path FROM categories WHERE path <@ '2' ORDER BY id")).toEqual([{ id: 2, path: '2' }, { id: 3, path: '2.3' }, { id: 4, path: '2.3.4' }]);
    await expect(db.exec('UPDATE categories SET parent_id = 4 WHERE id = 3')).rejects.toThrow(/cannot move under its own subtree/);
    expect(await rows("SELECT count(*)::int AS n FROM categories WHERE path ~ '*.3.*'")).toEqual([{ n: 2 }]);
  });

  test('outbox-publisher: a change writes its event in the same transaction, a rollback takes it back', async () => {
    await db.exec("BEGIN; INSERT INTO posts (user_id, title) VALUES (1, 'Third'); ROLLBACK;");
    expect(await rows("SELECT count(*)::int AS n FROM outbox")).toEqual([{ n: 0 }]);
    await db.exec("INSERT INTO posts (user_id, title) VALUES (1, 'Fourth')");
    const [event] = await rows<{ aggregate_type: string; aggregate_id: string; event_type: string; title: string; published_at: null }>("SELECT aggregate_type, aggregate_id, event_type, payload->>'title' AS title, published_at FROM outbox");
    const [post] = await rows<{ id: number }>("SELECT id FROM posts WHERE title = 'Fourth'");
    expect(event).toEqual({ aggregate_type: 'posts', aggregate_id: String(post!.id), event_type: 'posts.insert', title: 'Fourth', published_at: null });
    await db.exec("DELETE FROM posts WHERE title = 'Fourth'");
    expect(await rows("SELECT event_type FROM outbox ORDER BY id")).toEqual([{ event_type: 'posts.insert' }, { event_type: 'posts.delete' }]);
  });

  test('event-store: appends work; UPDATE, DELETE and TRUNCATE fail; a version cannot be written twice', async () => {
    await db.exec("INSERT INTO event_store (stream_id, stream_type, version, event_type, payload) VALUES ('7c9e6679-7425-40de-944b-e07fc1f90ae7', 'Order', 1, 'OrderPlaced', '{}')");
    await expect(db.exec("UPDATE event_store SET payload = '{\"x\":1}'")).rejects.toThrow(/append-only: UPDATE is not allowed/);
    await expect(db.exec('DELETE FROM event_store')).rejects.toThrow(/append-only: DELETE is not allowed/);
    await expect(db.exec('TRUNCATE event_store')).rejects.toThrow(/append-only: TRUNCATE is not allowed/);
    await expect(db.exec("INSERT INTO event_store (stream_id, stream_type, version, event_type, payload) VALUES ('7c9e6679-7425-40de-944b-e07fc1f90ae7', 'Order', 1, 'OrderPaid', '{}')")).rejects.toThrow(/event_store_stream_id_version_key/);
  });

  test('idempotency-keys: a key is unique within its scope', async () => {
    await db.exec("INSERT INTO idempotency_keys (scope, idempotency_key, request_hash) VALUES ('user:1', 'k1', 'h')");
    await db.exec("INSERT INTO idempotency_keys (scope, idempotency_key, request_hash) VALUES ('user:2', 'k1', 'h')");
    await expect(db.exec("INSERT INTO idempotency_keys (scope, idempotency_key, request_hash) VALUES ('user:1', 'k1', 'h2')")).rejects.toThrow(/idempotency_keys_scope_idempotency_key_key/);
    expect(await rows("SELECT (expires_at - created_at) = interval '24 hours' AS ttl FROM idempotency_keys LIMIT 1")).toEqual([{ ttl: true }]);
  });

  test('mv-concurrent-refresh: the refresh function works on the unpopulated view, then concurrently', async () => {
    await db.exec('SELECT refresh_post_counts()');
    await db.exec('SELECT refresh_post_counts()');
    expect(await rows('SELECT user_id::int AS user_id, posts::int AS posts FROM post_counts ORDER BY user_id')).toEqual([{ user_id: 1, posts: 1 }, { user_id: 2, posts: 1 }]);
    await db.exec('REFRESH MATERIALIZED VIEW CONCURRENTLY post_counts');
  });
});

describe('dropTypeTag on a table with rows: the down migration restores the pair from the arc', () => {
  test('up drops the pair after the backfill; down puts it back with the same values', async () => {
    const base = importSql(FIXTURE_SQL).schema;
    const { up, down, applied, notes } = migrationFor(base, [{ pattern: 'polymorphic-arc', target: { schema: 'public', name: 'comments' }, params: { dropTypeTag: true } }]);
    expect(notes).toEqual([]);
    expect(up).toMatch(/Backfill post_id, video_id[\s\S]*VALIDATE CONSTRAINT comments_commentable_arc[\s\S]*DROP COLUMN commentable_type/);
    const result = await verifyMigration({ baselineSql: FIXTURE_SQL + FIXTURE_ROWS, upSql: up, downSql: down, targetSql: printSchema(applied.schema) });
    expect(result.up.filter((r) => !r.ok)).toEqual([]);
    expect(result.upDifferences).toEqual([]);
    expect(result.down.filter((r) => !r.ok)).toEqual([]);
    expect(result.downDifferences).toEqual([]);
    const other = await freshPglite();
    try {
      await runScript(other, FIXTURE_SQL + FIXTURE_ROWS, true);
      const before = (await other.query('SELECT id, commentable_type, commentable_id FROM comments ORDER BY id')).rows;
      expect(await runScript(other, up, true)).toEqual([]);
      expect(await runScript(other, down, true)).toEqual([]);
      expect((await other.query('SELECT id, commentable_type, commentable_id FROM comments ORDER BY id')).rows).toEqual(before);
    } finally {
      await other.close();
    }
  }, 120_000);
});
