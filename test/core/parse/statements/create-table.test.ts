/**
 * CREATE TABLE into the model. Expected values are what Postgres 18 holds after the same SQL
 * (checked on PGlite): format_type names, pg_get_expr text, pg_constraint / pg_class names.
 */
import { describe, expect, test } from 'vitest';
import { formatType } from '../../../../src/core/model/format-type';
import { shortType } from '../../../../src/core/model/short-type';
import { summarize } from '../../../../src/core/model';
import { canonicalDefault, constraintNames, indexNames, load } from '../../../support/sql';

describe('column types', () => {
  test('built-in types get their canonical names, modifiers and array dimensions', async () => {
    const m = await load(`CREATE TABLE t (
      a int, b varchar(255), c numeric(10,2), d timestamptz, e timestamp(3), f int[][], g text[], h int8, i bool, j float8, k decimal(5));`);
    expect(m.errors).toEqual([]);
    const types = Object.fromEntries(m.table('t').columns.map((c) => [c.name, c.type]));
    expect(types.a).toEqual({ name: 'integer', modifiers: [], arrayDims: 0 });
    expect(types.b).toEqual({ name: 'character varying', modifiers: ['255'], arrayDims: 0 });
    expect(types.c).toEqual({ name: 'numeric', modifiers: ['10', '2'], arrayDims: 0 });
    expect(types.d).toEqual({ name: 'timestamp with time zone', modifiers: [], arrayDims: 0 });
    expect(types.e).toEqual({ name: 'timestamp without time zone', modifiers: ['3'], arrayDims: 0 });
    expect(types.f).toEqual({ name: 'integer', modifiers: [], arrayDims: 2 });
    expect(types.g).toEqual({ name: 'text', modifiers: [], arrayDims: 1 });
    expect(types.h).toEqual({ name: 'bigint', modifiers: [], arrayDims: 0 });
    expect(types.i).toEqual({ name: 'boolean', modifiers: [], arrayDims: 0 });
    expect(types.j).toEqual({ name: 'double precision', modifiers: [], arrayDims: 0 });
    expect(types.k?.name).toBe('numeric');
  });

  test('formatted types read as format_type prints them', async () => {
    // format_type(atttypid, atttypmod) for each column, from Postgres.
    const m = await load(`CREATE TABLE t (
      a char(3), b bit varying(5), c time(3) with time zone, d timetz(3), e float(24), f float(53),
      g timestamp(0), h varchar, i smallint[], j char, k "char", l numeric(8), m bit);`);
    const printed = Object.fromEntries(m.table('t').columns.map((c) => [c.name, formatType(c.type)]));
    expect(printed).toEqual({
      a: 'character(3)',
      b: 'bit varying(5)',
      c: 'time(3) with time zone',
      d: 'time(3) with time zone',
      e: 'real',
      f: 'double precision',
      g: 'timestamp(0) without time zone',
      h: 'character varying',
      i: 'smallint[]',
      j: 'character(1)',
      // The single-byte internal type: Postgres prints it quoted; unquoted `char` is character(1).
      k: '"char"',
      // Postgres fills in the scale: numeric(8) is stored and printed as numeric(8,0).
      l: 'numeric(8,0)',
      m: 'bit(1)',
    });
  });

  test('interval fields and precision, and bpchar without a length, print as format_type does', async () => {
    const m = await load(`CREATE TABLE t (a interval(1), b interval second, c interval day to second(4), d interval year to month,
      e interval hour to minute, f interval, g bpchar, h bpchar(4), i character);`);
    const printed = m.table('t').columns.map((c) => [formatType(c.type), shortType(c.type)]);
    expect(printed).toEqual([
      ['interval(1)', 'interval(1)'],
      ['interval second', 'interval second'],
      ['interval day to second(4)', 'interval day to second(4)'],
      ['interval year to month', 'interval year to month'],
      ['interval hour to minute', 'interval hour to minute'],
      ['interval', 'interval'],
      // Unlimited blank-padded text: `character` alone would mean character(1).
      ['bpchar', 'bpchar'],
      ['character(4)', 'char(4)'],
      ['character(1)', 'char(1)'],
    ]);
  });

  test('a user enum type resolves to the schema it was found in through search_path', async () => {
    const m = await load(`CREATE SCHEMA app;
      SET search_path = app, public;
      CREATE TYPE mood AS ENUM ('sad', 'happy');
      CREATE TABLE public.t (a mood, b app.mood, c mood[]);`);
    const t = m.table('t');
    expect(t.columns.map((c) => c.type)).toEqual([
      { schema: 'app', name: 'mood', modifiers: [], arrayDims: 0 },
      { schema: 'app', name: 'mood', modifiers: [], arrayDims: 0 },
      { schema: 'app', name: 'mood', modifiers: [], arrayDims: 1 },
    ]);
  });

  test('an unknown extension type (citext) is kept by name without a schema, and no error', async () => {
    const m = await load('CREATE TABLE t (email citext, e2 ext.citext);');
    expect(m.errors).toEqual([]);
    expect(m.column('t', 'email').type).toEqual({ name: 'citext', modifiers: [], arrayDims: 0 });
    expect(m.column('t', 'e2').type).toEqual({ schema: 'ext', name: 'citext', modifiers: [], arrayDims: 0 });
  });
});

describe('nullability, defaults, identity, generated columns', () => {
  test('NOT NULL / NULL and DEFAULT', async () => {
    const m = await load(`CREATE TABLE t (a int NOT NULL, b int NULL, c int DEFAULT 42, d text NOT NULL DEFAULT 'x', e int);`);
    const t = m.table('t');
    expect(t.columns.map((c) => [c.name, c.notNull])).toEqual([['a', true], ['b', false], ['c', false], ['d', true], ['e', false]]);
    expect(m.column('t', 'c').default).toBe('42');
    expect(m.column('t', 'e').default).toBeUndefined();
  });

  test('two spellings of the same default or check compare equal', async () => {
    const a = await load(`CREATE TABLE t (n int DEFAULT (1+2), ts timestamptz DEFAULT NOW(), c timestamptz default CURRENT_TIMESTAMP,
      CONSTRAINT k CHECK ((n>0)));`);
    const b = await load(`create table t (n int default 1 + 2, ts timestamptz default now( ), c timestamptz DEFAULT current_timestamp,
      constraint k check (n > 0));`);
    expect(a.table('t').columns.map((c) => c.default)).toEqual(b.table('t').columns.map((c) => c.default));
    expect(a.table('t').checks[0]?.expression).toBe(b.table('t').checks[0]?.expression);
    expect(a.column('t', 'ts').default).toBe('now()');
  });

  test('serial: integer, NOT NULL, a sequence OWNED BY the column and the nextval default', async () => {
    const m = await load('CREATE TABLE users (id serial, big bigserial, small smallserial);');
    expect(m.errors).toEqual([]);
    const id = m.column('users', 'id');
    expect(id.type).toEqual({ name: 'integer', modifiers: [], arrayDims: 0 });
    expect(id.notNull).toBe(true);
    expect(id.default).toBe(await canonicalDefault("nextval('public.users_id_seq'::regclass)"));
    expect(m.column('users', 'big').type.name).toBe('bigint');
    expect(m.column('users', 'big').default).toBe(await canonicalDefault("nextval('public.users_big_seq'::regclass)"));
    expect(m.column('users', 'small').type.name).toBe('smallint');
    const seq = m.sequence('users_id_seq');
    expect(seq.ownedBy).toEqual({ table: { schema: 'public', name: 'users' }, column: 'id' });
    expect(seq.options.dataType).toBe('integer');
    expect(m.sequence('users_small_seq').options.dataType).toBe('smallint');
    expect(Object.keys(m.schema.sequences).sort()).toEqual(['public.users_big_seq', 'public.users_id_seq', 'public.users_small_seq']);
  });

  test('serial sequence name avoids a taken relation name', async () => {
    const m = await load('CREATE TABLE t_id_seq (x int); CREATE TABLE t (id serial);');
    expect(m.column('t', 'id').default).toBe(await canonicalDefault("nextval('public.t_id_seq1'::regclass)"));
    expect(m.sequence('t_id_seq1').ownedBy?.column).toBe('id');
  });

  test('identity ALWAYS / BY DEFAULT with sequence options; NOT NULL implied, no model sequence', async () => {
    const m = await load(`CREATE TABLE t (
      a int GENERATED ALWAYS AS IDENTITY,
      b bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 10 INCREMENT BY 5));`);
    expect(m.column('t', 'a').identity).toEqual({ kind: 'always' });
    expect(m.column('t', 'a').notNull).toBe(true);
    expect(m.column('t', 'b').identity).toEqual({ kind: 'by-default', sequenceOptions: { start: '10', increment: '5' } });
    expect(m.column('t', 'a').default).toBeUndefined();
    expect(m.schema.sequences).toEqual({});
  });

  test('generated columns, stored and virtual', async () => {
    const m = await load(`CREATE TABLE t (a int, s int GENERATED ALWAYS AS (a * 2) STORED, v int GENERATED ALWAYS AS (a + 1) VIRTUAL, w int GENERATED ALWAYS AS (a - 1));`);
    expect(m.column('t', 's').generated).toEqual({ expression: 'a * 2', stored: true });
    expect(m.column('t', 'v').generated).toEqual({ expression: 'a + 1', stored: false });
    // Postgres 18: virtual is the default.
    expect(m.column('t', 'w').generated).toEqual({ expression: 'a - 1', stored: false });
  });

  test('collation', async () => {
    const m = await load(`CREATE TABLE t (a text COLLATE "C", b text COLLATE pg_catalog."default", c text);`);
    expect(m.column('t', 'a').collation).toBe('C');
    expect(m.column('t', 'c').collation).toBeUndefined();
  });
});

describe("pg_dump's spelling of the same expression gives the same model", () => {
  // Postgres stores expressions as trees; pg_get_expr (what pg_dump writes) prints them with the
  // implicit casts and rewrites made explicit. A hand-written schema and its dump must compare equal.
  test('a literal default and its explicitly cast spelling', async () => {
    // pg_get_expr: 'x'::text and '{}'::jsonb for both spellings.
    const written = await load(`CREATE TABLE t (x text DEFAULT 'x', j jsonb DEFAULT '{}');`);
    const dumped = await load(`CREATE TABLE t (x text DEFAULT 'x'::text, j jsonb DEFAULT '{}'::jsonb);`);
    expect(written.column('t', 'x').default).toBe(dumped.column('t', 'x').default);
    expect(written.column('t', 'j').default).toBe(dumped.column('t', 'j').default);
  });

  test("nextval('s') and nextval('public.s'::regclass)", async () => {
    // pg_get_expr: nextval('s'::regclass) for both (the argument is stored as the sequence's OID).
    const written = await load(`CREATE SEQUENCE s; CREATE TABLE t (a int DEFAULT nextval('s'));`);
    const dumped = await load(`CREATE SEQUENCE s; CREATE TABLE t (a int DEFAULT nextval('public.s'::regclass));`);
    expect(written.column('t', 'a').default).toBe(dumped.column('t', 'a').default);
  });

  // Known gap: Postgres rewrites IN (...) to = ANY (ARRAY[...]) with casts; the model keeps the
  // deparsed spelling, so the two spellings of one check still differ. Flip to test() when fixed.
  test.fails('IN (...) and = ANY (ARRAY[...]) in a check', async () => {
    // pg_get_constraintdef: CHECK ((b = ANY (ARRAY['x'::text, 'y'::text]))) for both.
    const written = await load(`CREATE TABLE t (b text CHECK (b IN ('x', 'y')));`);
    const dumped = await load(`CREATE TABLE t (b text CHECK ((b = ANY (ARRAY['x'::text, 'y'::text]))));`);
    expect(written.table('t').checks[0]?.expression).toBe(dumped.table('t').checks[0]?.expression);
  });
});

describe('constraints', () => {
  test('inline PK, UNIQUE, REFERENCES and CHECK get the names Postgres gives them', async () => {
    const m = await load(`CREATE TABLE orgs (id int PRIMARY KEY);
      CREATE TABLE users (id int PRIMARY KEY, email text UNIQUE CHECK (email <> ''), org_id int REFERENCES orgs);`);
    expect(m.errors).toEqual([]);
    const users = m.table('users');
    expect(users.primaryKey).toMatchObject({ name: 'users_pkey', columns: ['id'], include: [] });
    expect(users.uniqueConstraints).toMatchObject([{ name: 'users_email_key', columns: ['email'], nullsNotDistinct: false }]);
    expect(users.checks).toMatchObject([{ name: 'users_email_check', expression: "email <> ''", notValid: false, noInherit: false }]);
    expect(users.foreignKeys).toMatchObject([
      {
        name: 'users_org_id_fkey',
        columns: ['org_id'],
        references: { schema: 'public', name: 'orgs' },
        referencedColumns: ['id'],
        onDelete: 'no-action',
        onUpdate: 'no-action',
        match: 'simple',
      },
    ]);
    expect(m.column('users', 'id').notNull).toBe(true);
  });

  test('table constraints, multi-column names, check on several columns', async () => {
    const m = await load(`CREATE TABLE t (a int, b int, c int,
      PRIMARY KEY (a, b), UNIQUE (b, c) INCLUDE (a), CHECK (a < b), CONSTRAINT named CHECK (c > 0), CHECK (a > 0));`);
    const t = m.table('t');
    expect(t.primaryKey?.name).toBe('t_pkey');
    expect(t.uniqueConstraints).toMatchObject([{ name: 't_b_c_a_key', columns: ['b', 'c'], include: ['a'] }]);
    // Several columns: no column in the name; a second `t_check` is numbered.
    expect(constraintNames(t)).toEqual(['named', 't_a_check', 't_b_c_a_key', 't_check', 't_pkey']);
    expect(m.column('t', 'a').notNull).toBe(true);
    expect(m.column('t', 'b').notNull).toBe(true);
    expect(m.column('t', 'c').notNull).toBe(false);
  });

  test('UNIQUE NULLS NOT DISTINCT, column and table forms', async () => {
    const m = await load('CREATE TABLE t (a int UNIQUE NULLS NOT DISTINCT, b int, c int, UNIQUE NULLS NOT DISTINCT (b, c), UNIQUE (c));');
    expect(m.table('t').uniqueConstraints.map((u) => [u.name, u.nullsNotDistinct])).toEqual([
      ['t_a_key', true],
      ['t_b_c_key', true],
      ['t_c_key', false],
    ]);
  });

  test('DEFERRABLE INITIALLY DEFERRED, FK actions, MATCH FULL, ON DELETE SET NULL (col)', async () => {
    const m = await load(`CREATE TABLE orgs (id int PRIMARY KEY, k int, UNIQUE (id, k));
      CREATE TABLE t (
        org_id int REFERENCES orgs MATCH FULL ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,
        k int,
        u int UNIQUE DEFERRABLE,
        FOREIGN KEY (org_id, k) REFERENCES orgs (id, k) ON DELETE SET NULL (k) ON UPDATE RESTRICT,
        CONSTRAINT fk3 FOREIGN KEY (k) REFERENCES orgs (id) ON DELETE SET DEFAULT NOT DEFERRABLE);`);
    expect(m.errors).toEqual([]);
    const fks = m.table('t').foreignKeys;
    expect(fks.map((f) => f.name)).toEqual(['t_org_id_fkey', 't_org_id_k_fkey', 'fk3']);
    expect(fks[0]).toMatchObject({ onDelete: 'cascade', onUpdate: 'set-null', match: 'full', deferrable: true, initiallyDeferred: true, referencedColumns: ['id'] });
    expect(fks[1]).toMatchObject({ onDelete: 'set-null', onDeleteColumns: ['k'], onUpdate: 'restrict', match: 'simple', deferrable: false });
    expect(fks[2]).toMatchObject({ onDelete: 'set-default', deferrable: false, initiallyDeferred: false });
    expect(m.table('t').uniqueConstraints[0]).toMatchObject({ name: 't_u_key', deferrable: true, initiallyDeferred: false });
  });

  test('CHECK ... NOT VALID in CREATE TABLE is valid (Postgres validates on an empty table)', async () => {
    // pg_constraint.convalidated is true: Postgres ignores NOT VALID on a new table's CHECK.
    const m = await load('CREATE TABLE t (i int, CONSTRAINT t_i_pos CHECK (i > 0) NOT VALID);');
    expect(m.table('t').checks).toMatchObject([{ name: 't_i_pos', notValid: false }]);
  });

  test('CHECK NO INHERIT', async () => {
    const m = await load('CREATE TABLE t (a int CHECK (a > 0) NO INHERIT);');
    expect(m.table('t').checks).toMatchObject([{ name: 't_a_check', noInherit: true }]);
  });

  test('a FK to a table created later is kept, with a warning', async () => {
    const m = await load('CREATE TABLE a (b_id int REFERENCES b); CREATE TABLE b (id int PRIMARY KEY);');
    expect(m.warnings.length).toBe(1);
    expect(m.table('a').foreignKeys).toMatchObject([{ name: 'a_b_id_fkey', references: { schema: 'public', name: 'b' }, referencedColumns: ['id'] }]);
  });
});

describe('partitioned tables and partitions', () => {
  test('range partitioning with an expression key; partition bound as Postgres prints it', async () => {
    const m = await load(`CREATE TABLE m (id int, created date, region text, CHECK (id > 0)) PARTITION BY RANGE (created, (lower(region)));
      CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01', MINVALUE) TO ('2025-01-01', MAXVALUE);`);
    expect(m.errors).toEqual([]);
    expect(m.table('m').partitioning).toEqual({ strategy: 'range', keys: [{ column: 'created' }, { expression: 'lower(region)' }] });
    const p = m.table('m_2024');
    expect(p.partitionOf).toEqual({
      parent: { schema: 'public', name: 'm' },
      bound: "FOR VALUES FROM ('2024-01-01', MINVALUE) TO ('2025-01-01', MAXVALUE)",
    });
    expect(p.columns.map((c) => [c.name, c.inherited])).toEqual([['id', true], ['created', true], ['region', true]]);
    expect(p.checks).toMatchObject([{ name: 'm_id_check', inherited: true }]);
    expect(p.partitioning).toBeUndefined();
  });

  test('list, hash and DEFAULT partitions', async () => {
    const m = await load(`CREATE TABLE l (id int, region text) PARTITION BY LIST (region);
      CREATE TABLE l_eu PARTITION OF l FOR VALUES IN ('de', 'fr');
      CREATE TABLE l_def PARTITION OF l DEFAULT;
      CREATE TABLE h (id int) PARTITION BY HASH (id);
      CREATE TABLE h0 PARTITION OF h FOR VALUES WITH (MODULUS 4, REMAINDER 0);`);
    expect(m.table('l').partitioning?.strategy).toBe('list');
    expect(m.table('h').partitioning).toEqual({ strategy: 'hash', keys: [{ column: 'id' }] });
    expect(m.table('l_eu').partitionOf?.bound).toBe("FOR VALUES IN ('de', 'fr')");
    expect(m.table('l_def').partitionOf?.bound).toBe('DEFAULT');
    expect(m.table('h0').partitionOf?.bound).toBe('FOR VALUES WITH (modulus 4, remainder 0)');
  });

  test('a bound written with a cast reads as Postgres prints it', async () => {
    // pg_get_expr(relpartbound): FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
    const m = await load(`CREATE TABLE p (a date) PARTITION BY RANGE (a);
      CREATE TABLE p1 PARTITION OF p FOR VALUES FROM ('2024-01-01'::date) TO ('2025-01-01');`);
    expect(m.table('p1').partitionOf?.bound).toBe("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
  });

  test("a partition gets copies of the parent's primary key, unique constraints and indexes", async () => {
    // Postgres clones them onto the partition: ev_2024_pkey, ev_2024_kind_at_key, ev_2024_kind_idx,
    // each a partition of the parent's (pg_inherits), so later DDL can name them.
    const m = await load(`CREATE TABLE ev (id int, at date, kind text, PRIMARY KEY (id, at), UNIQUE (kind, at)) PARTITION BY RANGE (at);
      CREATE INDEX ON ev (kind);
      CREATE TABLE ev_2024 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');`);
    const p = m.table('ev_2024');
    expect(p.primaryKey).toMatchObject({ name: 'ev_2024_pkey', columns: ['id', 'at'], partitionOf: { schema: 'public', name: 'ev_pkey' } });
    expect(p.uniqueConstraints).toMatchObject([{ name: 'ev_2024_kind_at_key', partitionOf: { schema: 'public', name: 'ev_kind_at_key' } }]);
    expect(p.indexes).toMatchObject([{ name: 'ev_2024_kind_idx', partitionOf: { schema: 'public', name: 'ev_kind_idx' } }]);
    // Copies are not counted (conparentid <> 0, index partitions): same summary as without them.
    const s = summarize(m.schema);
    expect([s.primaryKeys, s.uniqueConstraints, s.indexes]).toEqual([1, 1, 3]);
  });
});

describe('INHERITS, LIKE, storage', () => {
  test('INHERITS copies columns (parent first, merged) and inheritable CHECKs; summary counts them as Postgres does', async () => {
    const m = await load(`CREATE TABLE base (id int NOT NULL DEFAULT 1, note text, CONSTRAINT base_id_pos CHECK (id > 0), CHECK (note <> '') NO INHERIT);
      CREATE TABLE child (extra int, note text NOT NULL) INHERITS (base);`);
    expect(m.errors).toEqual([]);
    const child = m.table('child');
    expect(child.inherits).toEqual([{ schema: 'public', name: 'base' }]);
    expect(child.columns.map((c) => c.name)).toEqual(['id', 'note', 'extra']);
    expect(m.column('child', 'id')).toMatchObject({ notNull: true, default: '1', inherited: true });
    // Declared locally too: attislocal = true.
    expect(m.column('child', 'note').notNull).toBe(true);
    expect(m.column('child', 'note').inherited).toBeFalsy();
    expect(child.checks).toMatchObject([{ name: 'base_id_pos', inherited: true }]);
    // catalog-counts.sql: 2 tables, columns 2 + 3, checks base 2 + child 1 (conparentid = 0 on a child).
    expect(summarize(m.schema)).toMatchObject({ tables: 2, columns: 5, checks: 3 });
  });

  const likeSource = `CREATE TABLE src (id serial PRIMARY KEY, v text DEFAULT 'x' CHECK (v <> 'y'), g int GENERATED ALWAYS AS (id * 2) STORED,
      w int GENERATED ALWAYS AS IDENTITY, UNIQUE (v));
    COMMENT ON COLUMN src.v IS 'vee';
    CREATE INDEX ON src (w);
    CREATE TABLE cpy (LIKE src INCLUDING ALL, z int);`;

  test('LIKE ... INCLUDING ALL copies defaults, checks, identity, generated columns and comments', async () => {
    const m = await load(likeSource);
    const cpy = m.table('cpy');
    expect(cpy.columns.map((c) => c.name)).toEqual(['id', 'v', 'g', 'w', 'z']);
    expect(m.column('cpy', 'v')).toMatchObject({ default: await canonicalDefault("'x'", 'text'), comment: 'vee' });
    expect(m.column('cpy', 'g').generated).toEqual({ expression: 'id * 2', stored: true });
    expect(m.column('cpy', 'w').identity?.kind).toBe('always');
    expect(cpy.checks.map((c) => c.name)).toEqual(['src_v_check']);
  });

  test('LIKE ... INCLUDING DEFAULTS copies a serial default as is (still the source sequence)', async () => {
    // pg_get_expr on cpy.id: nextval('src_id_seq'::regclass)
    const m = await load(likeSource);
    expect(m.column('cpy', 'id').default).toBe(await canonicalDefault("nextval('public.src_id_seq'::regclass)"));
  });

  test('LIKE ... INCLUDING INDEXES copies the primary key, unique constraints and indexes, renamed', async () => {
    // Postgres: cpy_pkey, cpy_v_key, cpy_w_idx.
    const m = await load(likeSource);
    expect(indexNames(m.table('cpy'))).toEqual(['cpy_pkey', 'cpy_v_key', 'cpy_w_idx']);
  });

  test('LIKE without options copies names, types and NOT NULL only', async () => {
    const m = await load(`CREATE TABLE src (id int PRIMARY KEY, v text NOT NULL DEFAULT 'x' CHECK (v <> ''));
      CREATE TABLE cpy (LIKE src);`);
    expect(m.table('cpy').columns).toEqual([
      { name: 'id', type: { name: 'integer', modifiers: [], arrayDims: 0 }, notNull: true },
      { name: 'v', type: { name: 'text', modifiers: [], arrayDims: 0 }, notNull: true },
    ]);
    expect(m.table('cpy').checks).toEqual([]);
    expect(m.table('cpy').primaryKey).toBeUndefined();
  });

  test('UNLOGGED, WITH (fillfactor=70), TABLESPACE', async () => {
    const m = await load('CREATE UNLOGGED TABLE u (a int) WITH (fillfactor=70, autovacuum_enabled=false); CREATE TABLE l (a int) TABLESPACE pg_default;');
    expect(m.table('u').unlogged).toBe(true);
    expect(m.table('u').options).toEqual(['fillfactor=70', 'autovacuum_enabled=false']);
    expect(m.table('l').unlogged).toBe(false);
    expect(m.table('l').tablespace).toBe('pg_default');
  });
});

describe('existence and errors', () => {
  test('IF NOT EXISTS on an existing table keeps it as it was: silently when it is the same, with a warning when not', async () => {
    const m = await load('CREATE TABLE u (a int); CREATE TABLE IF NOT EXISTS u (a integer);\nCREATE TABLE IF NOT EXISTS u (b int);');
    expect(m.issues).toMatchObject([{ line: 2, severity: 'warning', message: expect.stringContaining('(no column b)') }]);
    expect(m.table('u').columns.map((c) => c.name)).toEqual(['a']);
  });

  test('a duplicate table is an error at the second statement, the first one stays', async () => {
    const m = await load('CREATE TABLE users (id int);\n  CREATE TABLE users (x int);');
    expect(m.errors).toMatchObject([{ line: 2, column: 3, message: 'relation "users" already exists' }]);
    expect(m.table('users').columns.map((c) => c.name)).toEqual(['id']);
  });

  test('a table named like an existing index is a duplicate relation', async () => {
    const m = await load('CREATE TABLE users (id int PRIMARY KEY); CREATE TABLE users_pkey (x int);');
    expect(m.errors.map((e) => e.message)).toEqual(['relation "users_pkey" already exists']);
    expect(m.schema.tables['public.users_pkey']).toBeUndefined();
  });

  test('TEMP tables are not part of the schema; dropping them later is fine', async () => {
    const m = await load('CREATE TEMP TABLE tmp (a int); CREATE TEMPORARY TABLE tmp2 (b int); DROP TABLE tmp;');
    expect(m.schema.tables).toEqual({});
    expect(m.issues).toEqual([]);
  });

  test('INHERITS from a missing table is an error and creates nothing', async () => {
    const m = await load('CREATE TABLE c (a int) INHERITS (nope);');
    expect(m.errors.map((e) => e.message)).toEqual(['relation "nope" does not exist']);
    expect(m.schema.tables).toEqual({});
  });
});

describe('source positions', () => {
  test('tables and columns keep where they were written', async () => {
    const m = await load('-- header\n\nCREATE TABLE users (\n  id int,\n    email text\n);\n');
    const t = m.table('users');
    expect(t.source).toMatchObject({ line: 3, column: 1, endLine: 6, endColumn: 2 });
    expect(m.column('users', 'id').source).toMatchObject({ line: 4, column: 3, statementLine: 3 });
    expect(m.column('users', 'email').source).toMatchObject({ line: 5, column: 5, statementLine: 3 });
    expect(t.checks).toEqual([]);
  });

  test('a constraint keeps the position of its own clause', async () => {
    const m = await load('CREATE TABLE t (\n  a int,\n  CONSTRAINT a_pos CHECK (a > 0)\n);');
    expect(m.table('t').checks[0]?.source).toMatchObject({ line: 3, column: 3 });
  });
});
