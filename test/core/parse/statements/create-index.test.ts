/**
 * CREATE INDEX: definition, and the name Postgres picks when none is given (pg_class.relname).
 */
import { describe, expect, test } from 'vitest';
import { summarize } from '../../../../src/core/model';
import { load } from '../../../support/sql';

const table = 'CREATE TABLE t (a int, b text, c int, d jsonb);';

describe('definition', () => {
  test('unique, method, order, nulls, opclass on an expression, INCLUDE, partial WHERE', async () => {
    const m = await load(`${table}
      CREATE UNIQUE INDEX t_ab ON t USING btree (a DESC NULLS LAST, lower(b) text_pattern_ops) INCLUDE (c) WHERE c > 0;`);
    expect(m.errors).toEqual([]);
    expect(m.table('t').indexes).toEqual([
      {
        name: 't_ab',
        unique: true,
        method: 'btree',
        elements: [
          { column: 'a', descending: true, nulls: 'last' },
          { expression: 'lower(b)', opclass: 'text_pattern_ops', descending: false },
        ],
        include: ['c'],
        where: 'c > 0',
        nullsNotDistinct: false,
        only: false,
        source: expect.objectContaining({ line: 2 }),
      },
    ]);
  });

  test('gin with an opclass, hash, collation and NULLS FIRST', async () => {
    const m = await load(`${table}
      CREATE INDEX ON t USING gin (d jsonb_path_ops);
      CREATE INDEX ON t USING hash (b);
      CREATE INDEX ON t (b COLLATE "C" NULLS FIRST);`);
    const [gin, hash, coll] = m.table('t').indexes;
    expect(gin).toMatchObject({ name: 't_d_idx', method: 'gin', elements: [{ column: 'd', opclass: 'jsonb_path_ops' }] });
    expect(hash).toMatchObject({ name: 't_b_idx', method: 'hash', unique: false });
    expect(coll).toMatchObject({ name: 't_b_idx1', method: 'btree', elements: [{ column: 'b', collation: 'C', nulls: 'first', descending: false }] });
  });

  test('NULLS NOT DISTINCT', async () => {
    const m = await load(`${table} CREATE UNIQUE INDEX ON t (a) NULLS NOT DISTINCT;`);
    expect(m.table('t').indexes).toMatchObject([{ name: 't_a_idx', unique: true, nullsNotDistinct: true }]);
  });

  test('two spellings of the same predicate and expression compare equal', async () => {
    const a = await load(`${table} CREATE INDEX i ON t ((a+c)) WHERE (c>0 AND b IS NOT NULL);`);
    const b = await load(`${table} create index i on t ( ( a + c ) ) where c > 0 and b is not null;`);
    expect(a.table('t').indexes[0]?.elements).toEqual(b.table('t').indexes[0]?.elements);
    expect(a.table('t').indexes[0]?.where).toBe(b.table('t').indexes[0]?.where);
  });
});

describe('automatic names', () => {
  test('columns, function names, `expr` for other expressions, numbered on collision', async () => {
    const m = await load(`${table}
      CREATE INDEX ON t (a);
      CREATE INDEX ON t (a);
      CREATE INDEX ON t ((a + c));
      CREATE INDEX ON t (lower(b));
      CREATE INDEX ON t (a, (c * 2), (a - 1));
      CREATE INDEX ON t (c) INCLUDE (a);
      CREATE INDEX ON t ((b::int));`);
    expect(m.errors).toEqual([]);
    expect(m.table('t').indexes.map((i) => i.name)).toEqual([
      't_a_idx',
      't_a_idx1',
      't_expr_idx',
      't_lower_idx',
      't_a_expr_expr1_idx',
      't_c_a_idx',
      't_b_idx',
    ]);
  });

  test('an auto name skips names taken by constraints and other relations of the schema', async () => {
    const m = await load(`CREATE TABLE t (a int UNIQUE); CREATE TABLE t_a_idx (x int);
      CREATE INDEX ON t (a);`);
    expect(m.table('t').indexes.map((i) => i.name)).toEqual(['t_a_idx1']);
  });

  test('long names are truncated to 63 bytes', async () => {
    const long = 'a_table_name_that_is_quite_long_enough_to_need_truncation_xyz';
    const m = await load(`CREATE TABLE ${long} (another_rather_long_column_name int); CREATE INDEX ON ${long} (another_rather_long_column_name);`);
    const name = m.table(long).indexes[0]?.name ?? '';
    // makeObjectName: the longer of the two parts is cut first, one byte at a time.
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(63);
    expect(name).toBe('a_table_name_that_is_quite_lo_another_rather_long_column_na_idx');
  });
});

describe('existence', () => {
  test('IF NOT EXISTS on a taken name does nothing; CONCURRENTLY is accepted', async () => {
    const m = await load(`${table}
      CREATE INDEX CONCURRENTLY t_c ON t (c);
      CREATE INDEX CONCURRENTLY IF NOT EXISTS t_c ON t (c);
      CREATE INDEX CONCURRENTLY IF NOT EXISTS t_c ON t (a);`);
    // The same index again is an idempotent script; another one under the name is skipped too.
    expect(m.issues).toMatchObject([{ line: 4, severity: 'warning', message: expect.stringContaining('another definition') }]);
    expect(m.table('t').indexes).toMatchObject([{ name: 't_c', elements: [{ column: 'c' }] }]);
  });

  test('a duplicate index name is an error', async () => {
    const m = await load(`${table} CREATE INDEX t_c ON t (c);\nCREATE INDEX t_c ON t (a);`);
    expect(m.errors).toMatchObject([{ line: 2, message: 'relation "t_c" already exists' }]);
    expect(m.table('t').indexes.length).toBe(1);
  });

  test('an index name equal to a table name is a duplicate relation', async () => {
    const m = await load(`${table} CREATE TABLE other (x int); CREATE INDEX other ON t (a);`);
    expect(m.errors.length).toBe(1);
    expect(m.table('t').indexes).toEqual([]);
  });

  test('an index on a missing table, a plain view or a sequence is an error', async () => {
    const m = await load(`${table} CREATE VIEW v AS SELECT a FROM t; CREATE SEQUENCE s;
      CREATE INDEX ON nope (a); CREATE INDEX ON v (a); CREATE INDEX ON s (x);`);
    expect(m.errors.length).toBe(3);
  });
});

describe('partitioned tables', () => {
  test('CREATE INDEX on a partitioned table creates the copies on its partitions', async () => {
    // Postgres: ev_2024_kind_idx and ev_2024_lower_idx (named after the partition, even when the
    // parent's index has a name of its own), each a partition of the parent's index.
    const m = await load(`CREATE TABLE ev (id int, at date, kind text) PARTITION BY RANGE (at);
      CREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
      CREATE INDEX ON ev (kind);
      CREATE INDEX ev_lower ON ev (lower(kind));`);
    expect(m.errors).toEqual([]);
    expect(m.table('ev').indexes).toMatchObject([{ name: 'ev_kind_idx', only: false }, { name: 'ev_lower', only: false }]);
    expect(m.table('ev_2024').indexes).toMatchObject([
      { name: 'ev_2024_kind_idx', partitionOf: { schema: 'public', name: 'ev_kind_idx' } },
      { name: 'ev_2024_lower_idx', partitionOf: { schema: 'public', name: 'ev_lower' } },
    ]);
    // The copies are not counted (catalog-counts.sql).
    expect(summarize(m.schema).indexes).toBe(2);
  });

  test('CREATE INDEX ON ONLY a partitioned table touches no partition', async () => {
    const m = await load(`CREATE TABLE ev (id int, at date) PARTITION BY RANGE (at);
      CREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
      CREATE INDEX ev_id ON ONLY ev (id);`);
    expect(m.table('ev').indexes).toMatchObject([{ name: 'ev_id', only: true }]);
    expect(m.table('ev_2024').indexes).toEqual([]);
  });
});

describe('materialized views and schemas', () => {
  test('indexes on a materialized view are kept on the view and counted', async () => {
    const m = await load(`${table}
      CREATE MATERIALIZED VIEW mv AS SELECT a, b FROM t;
      CREATE UNIQUE INDEX ON mv (a);
      CREATE INDEX mv_b ON mv (b) WHERE b IS NOT NULL;`);
    expect(m.errors).toEqual([]);
    expect(m.view('mv').indexes).toMatchObject([
      { name: 'mv_a_idx', unique: true, elements: [{ column: 'a' }] },
      { name: 'mv_b', where: 'b IS NOT NULL' },
    ]);
    expect(summarize(m.schema)).toMatchObject({ indexes: 2, partialIndexes: 1, materializedViews: 1 });
  });

  test('an index lives in its table\'s schema and is found through search_path', async () => {
    const m = await load(`CREATE SCHEMA app; CREATE TABLE app.t (a int);
      SET search_path = app;
      CREATE INDEX ON t (a);
      CREATE INDEX t_a_idx ON public.nope (a);`);
    expect(m.table('app.t').indexes.map((i) => i.name)).toEqual(['t_a_idx']);
    expect(m.errors.length).toBe(1);
  });
});
