/**
 * IF NOT EXISTS over a taken name: Postgres skips the statement with a NOTICE. The import warns,
 * at the statement, when what holds the name is not what the statement would make, and says
 * nothing when it is (an idempotent script run over itself). PGlite confirms each skip.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { runOnPglite, type OracleResult } from '../../../support/pglite-oracle';
import { load, type Loaded } from '../../../support/sql';

// One script, one import, one PGlite run; `// warn` marks the statements that must be reported.
const lines = [
  'CREATE TABLE a (id int PRIMARY KEY, metalake_id int, name text);',
  'CREATE TABLE b (id int, metalake_id int);',
  'CREATE INDEX IF NOT EXISTS idx_metalake_id ON a (metalake_id);',
  '  CREATE INDEX IF NOT EXISTS idx_metalake_id ON b (metalake_id); -- warn: another table',
  'CREATE INDEX IF NOT EXISTS idx_metalake_id ON a (metalake_id);',
  'CREATE INDEX IF NOT EXISTS idx_metalake_id ON a (name); -- warn: other columns',
  'CREATE UNIQUE INDEX IF NOT EXISTS idx_metalake_id ON a (metalake_id) WHERE id > 0; -- warn: unique, partial',
  'CREATE INDEX IF NOT EXISTS b ON a (name); -- warn: a table holds the name',
  'CREATE UNIQUE INDEX IF NOT EXISTS a_pkey ON a (id);',
  'CREATE INDEX IF NOT EXISTS a_pkey ON a (name); -- warn: the primary key holds the name',
  'CREATE TABLE IF NOT EXISTS a (id int PRIMARY KEY, metalake_id int, name text);',
  'ALTER TABLE b ADD COLUMN IF NOT EXISTS created_at timestamptz;',
  'CREATE TABLE IF NOT EXISTS b (id integer, metalake_id int4);',
  'CREATE TABLE IF NOT EXISTS b (id int, metalake_id bigint, deleted_at timestamptz); -- warn: other type, missing column',
  'CREATE TABLE IF NOT EXISTS idx_metalake_id (id int); -- warn: an index holds the name',
  'ALTER TABLE b ADD COLUMN IF NOT EXISTS metalake_id integer;',
  'ALTER TABLE b ADD COLUMN IF NOT EXISTS metalake_id bigint; -- warn: other type',
  'CREATE TABLE s (id serial, label varchar(20));',
  'ALTER TABLE s ADD COLUMN IF NOT EXISTS id int;',
  'ALTER TABLE s ADD COLUMN IF NOT EXISTS label varchar(40); -- warn: other length',
  'CREATE SCHEMA other; CREATE TABLE other.c (metalake_id int);',
  'CREATE INDEX IF NOT EXISTS idx_metalake_id ON other.c (metalake_id);',
  'CREATE SEQUENCE IF NOT EXISTS s_id_seq START 5;',
  'CREATE SEQUENCE IF NOT EXISTS a; -- warn: a table holds the name',
  'CREATE TABLE other.d (metalake_id int);',
  'CREATE INDEX IF NOT EXISTS idx_metalake_id ON other.d (metalake_id); -- warn: another table, in schema other',
];
const sql = lines.join('\n');
const warnedLines = lines.flatMap((l, i) => (l.includes('-- warn') ? [i + 1] : []));

let model: Loaded;
let oracle: OracleResult;
beforeAll(async () => {
  model = await load(sql);
  oracle = await runOnPglite(sql, async (db) => ({
    indexes: (await db.query<{ s: string }>(`SELECT schemaname || '.' || indexname || ' on ' || tablename || ': ' || indexdef AS s FROM pg_indexes WHERE schemaname IN ('public', 'other') ORDER BY 1`)).rows.map((r) => r.s),
    columns: (await db.query<{ s: string }>(`SELECT attrelid::regclass || '.' || attname || ' ' || format_type(atttypid, atttypmod) AS s FROM pg_attribute WHERE attrelid IN ('a'::regclass, 'b'::regclass, 's'::regclass) AND attnum > 0 AND NOT attisdropped ORDER BY 1`)).rows.map((r) => r.s),
    sequences: (await db.query<{ s: string }>(`SELECT sequencename AS s FROM pg_sequences ORDER BY 1`)).rows.map((r) => r.s),
  }));
}, 60_000);

describe('IF NOT EXISTS over a taken name', () => {
  test('Postgres runs every statement and skips the ones over a taken name', () => {
    expect(oracle.failed).toEqual([]);
    const { indexes, columns, sequences } = oracle.inspected as { indexes: string[]; columns: string[]; sequences: string[] };
    // b gets no index; idx_metalake_id stays the first one; other.c has its own.
    expect(indexes).toEqual([
      'other.idx_metalake_id on c: CREATE INDEX idx_metalake_id ON other.c USING btree (metalake_id)',
      'public.a_pkey on a: CREATE UNIQUE INDEX a_pkey ON public.a USING btree (id)',
      'public.idx_metalake_id on a: CREATE INDEX idx_metalake_id ON public.a USING btree (metalake_id)',
    ]);
    expect(columns).toEqual(['a.id integer', 'a.metalake_id integer', 'a.name text', 'b.created_at timestamp with time zone', 'b.id integer', 'b.metalake_id integer', 's.id integer', 's.label character varying(20)']);
    expect(sequences).toEqual(['s_id_seq']);
  });

  test('the model is what Postgres made', () => {
    expect(model.errors).toEqual([]);
    expect(model.table('b').indexes).toEqual([]);
    expect(model.table('a').indexes).toMatchObject([{ name: 'idx_metalake_id', unique: false, elements: [{ column: 'metalake_id' }] }]);
    expect(model.table('b').columns.map((c) => c.name)).toEqual(['id', 'metalake_id', 'created_at']);
    expect(model.table('other.c').indexes.map((i) => i.name)).toEqual(['idx_metalake_id']);
  });

  test('a warning at each statement that meant something else, and none at an idempotent one', () => {
    expect(model.warnings.map((w) => w.line)).toEqual(warnedLines);
    expect(model.warnings[0]).toMatchObject({ line: 4, column: 3, severity: 'warning', statementKind: 'IndexStmt' });
    expect(model.warnings.map((w) => w.message)).toEqual([
      'CREATE INDEX IF NOT EXISTS idx_metalake_id on b is skipped: the name is taken by index idx_metalake_id on a (index names are unique in a schema), so b gets no index',
      'CREATE INDEX IF NOT EXISTS idx_metalake_id on a is skipped: index idx_metalake_id on a already exists with another definition (the existing one: other columns or expressions), and the one written here is not made',
      'CREATE INDEX IF NOT EXISTS idx_metalake_id on a is skipped: index idx_metalake_id on a already exists with another definition (the existing one: not unique, no WHERE), and the one written here is not made',
      'CREATE INDEX IF NOT EXISTS b on a is skipped: the name is taken by table b (indexes share one name space with tables, views and sequences), so a gets no index',
      'CREATE INDEX IF NOT EXISTS a_pkey on a is skipped: the name is taken by the index of constraint a_pkey on a (index names are unique in a schema), so a gets no index as written',
      'CREATE TABLE IF NOT EXISTS b is skipped: the table already exists, and Postgres leaves it as it is (metalake_id is integer, not bigint; no column deleted_at), so the columns written here are not made',
      'CREATE TABLE IF NOT EXISTS idx_metalake_id is skipped: the name is taken by index idx_metalake_id (tables share one name space with indexes, views and sequences), so no table is made',
      'ADD COLUMN IF NOT EXISTS metalake_id on b is skipped: the column exists as integer, and Postgres leaves it so (not bigint)',
      'ADD COLUMN IF NOT EXISTS label on s is skipped: the column exists as character varying(20), and Postgres leaves it so (not character varying(40))',
      'CREATE SEQUENCE IF NOT EXISTS a is skipped: the name is taken by table a (sequences share one name space with tables, views and indexes), so no sequence is made',
      'CREATE INDEX IF NOT EXISTS idx_metalake_id on other.d is skipped: the name is taken by index idx_metalake_id on other.c (index names are unique in a schema), so other.d gets no index',
    ]);
  });
});
