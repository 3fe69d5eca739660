/**
 * A view's `*` is spelled out as Postgres spells it when the view is created (expand-stars.ts).
 * PGlite is the oracle: each view is created there as written, its tables then gain a column,
 * and the query the model stored is created next to it: both must have the same columns (the
 * `*` as written would now take the new column too), and Postgres must print both alike.
 */
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importSql, initParser } from '../../../src/core/parse';
import { freshPglite } from '../../support/pglite-oracle';

const SETUP = `
CREATE TABLE t (a int, b text, c int);
CREATE TABLE u (a int, d text, e int);
CREATE TABLE t2 (a int, b text, z int);
CREATE TABLE t3 (a int, f int);
CREATE TABLE w (x int, dropped int, y int);
ALTER TABLE w DROP COLUMN dropped;
CREATE SCHEMA other;
CREATE TABLE other.t (o int);
CREATE VIEW base AS SELECT * FROM t;
`;

/** Every table gains a column after the views are created. */
const LATER = `ALTER TABLE t ADD COLUMN late1 int; ALTER TABLE u ADD COLUMN late2 int; ALTER TABLE t2 ADD COLUMN late3 int; ALTER TABLE w ADD COLUMN late4 int; ALTER TABLE t3 ADD COLUMN late5 int;`;

/** [view, query, what pg_get_viewdef prints for it differs only in the FROM alias list]. */
const CASES: [string, string, { aliasList?: boolean }?][] = [
  ['plain', 'SELECT * FROM t'],
  ['qualified', 'SELECT t.* FROM t'],
  ['schema_qualified', 'SELECT public.t.* FROM public.t'],
  ['using', 'SELECT * FROM t JOIN u USING (a)'],
  ['natural', 'SELECT * FROM t NATURAL JOIN u'],
  ['full_using', 'SELECT * FROM t FULL JOIN u USING (a)'],
  ['right_using', 'SELECT * FROM t RIGHT JOIN u USING (a)'],
  ['using_two', 'SELECT * FROM t JOIN t2 USING (b, a)'],
  ['using_chain', 'SELECT * FROM t JOIN u USING (a) LEFT JOIN t3 USING (a)'],
  ['full_chain', 'SELECT * FROM (t FULL JOIN u USING (a)) JOIN t3 USING (a)'],
  ['join_alias', 'SELECT j.* FROM (t JOIN u USING (a)) AS j'],
  ['join_using_alias', 'SELECT * FROM t JOIN u USING (a) AS j'],
  ['join_on', 'SELECT * FROM t JOIN w ON t.a = w.x'],
  ['comma', 'SELECT * FROM t, w'],
  ['mixed', 'SELECT t.*, u.d FROM t, u'],
  ['subselect', 'SELECT * FROM (SELECT a, b FROM t) s'],
  ['subselect_star', 'SELECT * FROM (SELECT * FROM t) s'],
  ['subselect_alias', 'SELECT s.* FROM (SELECT * FROM t) s(x)'],
  ['cte', 'WITH q AS (SELECT a, c FROM t) SELECT * FROM q'],
  ['cte_star', 'WITH q AS (SELECT * FROM t) SELECT q.* FROM q'],
  ['exists', 'SELECT a FROM t WHERE EXISTS (SELECT * FROM u WHERE u.a = t.a)'],
  ['scalar_sub', 'SELECT a, (SELECT count(*) FROM (SELECT * FROM u) z) AS n FROM t'],
  ['over_view', 'SELECT * FROM base'],
  ['dropped_column', 'SELECT * FROM w'],
  ['column_alias', 'SELECT * FROM t AS x(p, q)', { aliasList: true }],
  ['column_alias_qualified', 'SELECT x.* FROM t AS x(p)', { aliasList: true }],
  ['quoted_alias', 'SELECT "T".* FROM t "T"'],
  ['union', 'SELECT * FROM t UNION SELECT * FROM t'],
  ['before_star', 'SELECT t.a AS aa, * FROM t'],
  ['lateral', 'SELECT * FROM t, LATERAL (SELECT * FROM w WHERE w.x = t.a) l'],
  ['recursive', 'WITH RECURSIVE r AS (SELECT * FROM t UNION ALL SELECT r.* FROM r WHERE r.a < 0) SELECT * FROM r'],
  ['cte_column_names', 'WITH q(m, n) AS (SELECT * FROM t) SELECT * FROM q'],
  ['values', 'SELECT * FROM (VALUES (1, 2)) v'],
];

/** Stars Postgres expands too, whose columns the model does not read: the text stays. */
const KEPT: [string, string][] = [
  ['function', 'SELECT * FROM generate_series(1, 3) g'],
  ['function_and_table', 'SELECT * FROM t, generate_series(1, 3) g'],
  ['whole_row', 'SELECT row_to_json(t.*) AS j FROM t'],
  // Postgres names the column after the sub-select's own column ("count") once it is analysed.
  ['named_by_analysis', 'SELECT * FROM (SELECT (SELECT count(*) FROM u)) s'],
  ['unknown_relation', 'SELECT * FROM pg_stat_activity'],
];

let db: PGlite;
const stored = new Map<string, string>();

beforeAll(async () => {
  await initParser();
  const views = [...CASES, ...KEPT].map(([name, query]) => `CREATE VIEW v_${name} AS ${query};`).join('\n');
  const imported = importSql(SETUP + views);
  expect(imported.issues.filter((i) => i.severity === 'error')).toEqual([]);
  const schema = imported.schema;
  for (const [name] of [...CASES, ...KEPT]) stored.set(name, schema.views[`public.v_${name}`]!.query);
  db = await freshPglite();
  await db.exec(SETUP + views + LATER);
  // The stored queries, created after the tables gained their columns.
  for (const [name] of [...CASES, ...KEPT]) await db.exec(`CREATE VIEW stored_${name} AS ${stored.get(name)};`);
}, 60_000);

afterAll(async () => {
  await db?.close();
});

async function columns(view: string): Promise<string[]> {
  const result = await db.query<{ c: string }>(`SELECT attname || ' ' || format_type(atttypid, atttypmod) AS c FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 ORDER BY attnum`, [view]);
  return result.rows.map((r) => r.c);
}

async function definition(view: string): Promise<string> {
  const result = await db.query<{ d: string }>('SELECT pg_get_viewdef($1::regclass) AS d', [view]);
  return result.rows[0]!.d.replace(/\s+/g, ' ').trim();
}

describe('a view keeps the columns its `*` meant when it was created', () => {
  test.each(CASES)('%s: %s', async (name, _query, options) => {
    expect(await columns(`stored_${name}`)).toEqual(await columns(`v_${name}`));
    const [ours, theirs] = [await definition(`stored_${name}`), await definition(`v_${name}`)];
    if (options?.aliasList) {
      // Postgres also completes the alias's column list in FROM (`t x(p, q, c)`); the model
      // leaves FROM as written, so the list of the view created later holds the later column.
      expect(ours.replace(/ FROM .*/, '')).toEqual(theirs.replace(/ FROM .*/, ''));
    } else {
      expect(ours).toEqual(theirs);
    }
  });

  test.each(KEPT)('%s keeps its text: %s', (name) => {
    expect(stored.get(name)).toContain('*');
  });

  test('the stored text names each column as pg_get_viewdef does', () => {
    const flat = (name: string) => stored.get(name)!.replace(/\s+/g, ' ');
    expect(flat('plain')).toBe('SELECT a, b, c FROM t');
    expect(flat('using')).toBe('SELECT t.a, t.b, t.c, u.d, u.e FROM t JOIN u USING (a)');
    expect(flat('full_using')).toBe('SELECT a, t.b, t.c, u.d, u.e FROM t FULL JOIN u USING (a)');
  });
});
