/**
 * Session state (search_path), CREATE SCHEMA, and the importer's tolerance: psql meta-commands,
 * COPY data, syntax errors, DO blocks, statements it does not model. Never a throw.
 */
import { describe, expect, test } from 'vitest';
import { load } from '../../../support/sql';

describe('search_path', () => {
  test('SET search_path decides where unqualified objects are created and found', async () => {
    const m = await load(`CREATE SCHEMA app; CREATE SCHEMA "App";
      SET search_path TO app, public;
      CREATE TABLE a (x int);
      SET search_path = "App", public;
      CREATE TABLE b (x int);
      SET search_path = nope, "$user", public; -- nope is assumed to exist (a warning): c goes there
      CREATE TABLE c (x int);
      RESET search_path;
      CREATE TABLE d (x int);
      SET LOCAL search_path TO app; -- outside a transaction: a warning, and no effect
      CREATE TABLE e (x int);
      SET search_path TO DEFAULT;
      CREATE TABLE f (x int);`);
    expect(m.errors).toEqual([]);
    expect(Object.keys(m.schema.tables)).toEqual(['app.a', '"App".b', 'nope.c', 'public.d', 'public.e', 'public.f']);
  });

  test('lookups go through the path in order', async () => {
    const m = await load(`CREATE SCHEMA app; CREATE TABLE public.t (a int); CREATE TABLE app.t (b int);
      SET search_path = app, public;
      ALTER TABLE t ADD COLUMN c int;
      SET search_path = public, app;
      ALTER TABLE t ADD COLUMN d int;`);
    expect(m.table('app.t').columns.map((c) => c.name)).toEqual(['b', 'c']);
    expect(m.table('public.t').columns.map((c) => c.name)).toEqual(['a', 'd']);
  });

  test("pg_dump's set_config('search_path', '', false): qualified names work, unqualified CREATE fails", async () => {
    // Postgres: ERROR: no schema has been selected to create in (for the unqualified CREATE TABLE).
    const m = await load(`SELECT pg_catalog.set_config('search_path', '', false);
      CREATE TABLE public.t2 (a int);
      CREATE TABLE t (a int);`);
    expect(Object.keys(m.schema.tables)).toEqual(['public.t2']);
    expect(m.errors.length).toBe(1);
  });

  test("set_config('search_path', 'app, public', false) sets the path", async () => {
    const m = await load(`CREATE SCHEMA app; SELECT pg_catalog.set_config('search_path', 'app, public', false); CREATE TABLE t (a int);`);
    expect(Object.keys(m.schema.tables)).toEqual(['app.t']);
  });
});

describe('CREATE SCHEMA', () => {
  test('with embedded CREATE statements, which land in the new schema whatever the path', async () => {
    const m = await load(`CREATE SCHEMA s2
        CREATE TABLE inside (a int PRIMARY KEY)
        CREATE TABLE inside2 (b int REFERENCES inside)
        CREATE VIEW inside_v AS SELECT a FROM inside;
      CREATE TABLE outside (a int);`);
    expect(m.errors).toEqual([]);
    expect(Object.keys(m.schema.tables)).toEqual(['s2.inside', 's2.inside2', 'public.outside']);
    expect(m.table('s2.inside2').foreignKeys[0]?.references).toEqual({ schema: 's2', name: 'inside' });
    expect(Object.keys(m.schema.views)).toEqual(['s2.inside_v']);
  });

  test('AUTHORIZATION, IF NOT EXISTS, duplicates', async () => {
    const m = await load(`CREATE SCHEMA AUTHORIZATION alice;
      CREATE SCHEMA app AUTHORIZATION bob;
      CREATE SCHEMA IF NOT EXISTS app;
      CREATE SCHEMA app;`);
    expect(m.errors.map((e) => e.message)).toEqual(['schema "app" already exists']);
    expect(m.schema.namespaces.alice).toMatchObject({ name: 'alice', owner: 'alice' });
    expect(m.schema.namespaces.app).toMatchObject({ name: 'app', owner: 'bob' });
  });
});

describe('psql scripts', () => {
  test('meta-commands are skipped', async () => {
    const m = await load(`\\connect mydb
\\set ON_ERROR_STOP on
\\restrict abc123
CREATE TABLE t (a int);
\\unrestrict abc123
`);
    expect(m.issues).toEqual([]);
    expect(m.stats.skippedBlocks).toBe(4);
    expect(m.stats.statements).toBe(1);
    expect(Object.keys(m.schema.tables)).toEqual(['public.t']);
  });

  test('COPY ... FROM stdin data is skipped up to \\.', async () => {
    const m = await load(`CREATE TABLE t (id int, v text);
COPY public.t (id, v) FROM stdin;
1\thello; DROP TABLE t;
2\tCREATE TABLE evil (x int);
\\.
CREATE TABLE after_copy (a int);
`);
    expect(m.issues).toEqual([]);
    expect(Object.keys(m.schema.tables)).toEqual(['public.t', 'public.after_copy']);
  });

  test('transaction control, data statements and SET of other settings leave no trace', async () => {
    const m = await load(`BEGIN; SET statement_timeout = 0; SET client_encoding = 'UTF8';
      CREATE TABLE t (a int); INSERT INTO t VALUES (1); UPDATE t SET a = 2; DELETE FROM t; SELECT 1;
      ANALYZE t; COMMIT; VACUUM t;`);
    expect(m.issues).toEqual([]);
    expect(Object.keys(m.schema.tables)).toEqual(['public.t']);
  });

  test('GRANT / REVOKE are counted', async () => {
    const m = await load('CREATE TABLE t (a int); GRANT SELECT ON t TO PUBLIC; REVOKE ALL ON t FROM PUBLIC; GRANT USAGE ON SCHEMA public TO alice;');
    expect(m.issues).toEqual([]);
    expect([m.schema.other.grants, m.schema.other.revokes]).toEqual([2, 1]);
  });
});

describe('syntax errors', () => {
  test("an error issue at Postgres's position with its message; later statements still import", async () => {
    // Postgres: ERROR: syntax error at or near "," at position 26 of the statement (1-based).
    const m = await load('CREATE TABLE a (x int);\nCREATE TABLE bad (id int,, v text);\nCREATE TABLE c (z int);');
    expect(m.errors).toMatchObject([{ severity: 'error', line: 2, column: 26, message: 'syntax error at or near ","' }]);
    expect(m.stats.syntaxErrors).toBe(1);
    expect(Object.keys(m.schema.tables)).toEqual(['public.a', 'public.c']);
  });

  test('the column counts characters, not bytes, when non-ASCII text comes first', async () => {
    // Postgres reports position 23 (characters) for the second comma.
    const m = await load('CREATE TABLE é (a int,, b int);');
    expect(m.errors).toMatchObject([{ line: 1, column: 23 }]);
  });

  test('an error at the first token points at the statement start', async () => {
    const m = await load('CREATE TABLE a (x int);\n  SELEC 1;\nCREATE TABLE b (y int);');
    expect(m.errors).toMatchObject([{ line: 2, column: 3, message: 'syntax error at or near "SELEC"' }]);
    expect(Object.keys(m.schema.tables)).toEqual(['public.a', 'public.b']);
  });

  test('a missing parenthesis does not swallow the rest of the file', async () => {
    const m = await load('CREATE TABLE a (x int;\nCREATE TABLE b (y int);\nCREATE TABLE c (z int);');
    expect(m.errors.length).toBeGreaterThanOrEqual(1);
    expect(m.errors[0]?.line).toBe(1);
    expect(Object.keys(m.schema.tables)).toEqual(['public.b', 'public.c']);
  });

  test('an unterminated quote or comment is an error issue, not a throw', async () => {
    const a = await load("CREATE TABLE a (x int);\nCOMMENT ON TABLE a IS 'oops;\n");
    expect(a.errors.length).toBe(1);
    expect(Object.keys(a.schema.tables)).toEqual(['public.a']);
    const b = await load('CREATE TABLE a (x int);\n/* never closed\nCREATE TABLE b (y int);');
    expect(Object.keys(b.schema.tables)).toEqual(['public.a']);
  });
});

describe('DO blocks', () => {
  test('BEGIN ... EXCEPTION WHEN duplicate_object THEN null; END', async () => {
    const m = await load(`DO $$ BEGIN CREATE TYPE status AS ENUM ('a', 'b'); EXCEPTION WHEN duplicate_object THEN null; END $$;
      DO $$ BEGIN CREATE TYPE status AS ENUM ('a', 'b'); EXCEPTION WHEN duplicate_object THEN null; END $$;
      CREATE TABLE t (s status);`);
    expect(m.errors).toEqual([]);
    expect(m.type('status')).toMatchObject({ kind: 'enum', values: ['a', 'b'] });
    expect(m.column('t', 's').type).toEqual({ schema: 'public', name: 'status', modifiers: [], arrayDims: 0 });
  });

  test('IF NOT EXISTS (...) THEN ... END IF, EXECUTE of a constant string, nested blocks', async () => {
    const m = await load(`CREATE TABLE t (a int);
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'x') THEN
          CREATE TABLE from_do (x int);
          ALTER TABLE t ADD COLUMN b int;
        END IF;
        BEGIN
          EXECUTE 'CREATE INDEX t_a_idx ON t (a)';
        END;
      END $$;`);
    expect(m.errors).toEqual([]);
    expect(Object.keys(m.schema.tables)).toEqual(['public.t', 'public.from_do']);
    expect(m.table('t').columns.map((c) => c.name)).toEqual(['a', 'b']);
    expect(m.table('t').indexes.map((i) => i.name)).toEqual(['t_a_idx']);
  });

  test('errors inside a DO block are downgraded to info', async () => {
    const m = await load(`CREATE TABLE t (a int);
      DO $$ BEGIN ALTER TABLE t ADD CONSTRAINT t_fk FOREIGN KEY (a) REFERENCES nope; CREATE TABLE t (b int); EXCEPTION WHEN others THEN null; END $$;`);
    expect(m.errors).toEqual([]);
    expect(m.issues.some((i) => i.severity === 'info' && i.message.includes('DO block'))).toBe(true);
  });

  test('DO blocks without DDL and non-plpgsql blocks change nothing', async () => {
    const m = await load(`DO $$ BEGIN RAISE NOTICE 'hello'; END $$; DO LANGUAGE plperl $$ print 1 $$;`);
    expect(m.issues).toEqual([]);
    expect(m.schema.tables).toEqual({});
  });
});

describe('statements the model does not hold', () => {
  test('an unknown statement kind is a warning; the import goes on', async () => {
    const m = await load(`IMPORT FOREIGN SCHEMA remote FROM SERVER s INTO public;\nCREATE TABLE after_it (a int);`);
    expect(m.errors).toEqual([]);
    expect(m.warnings).toMatchObject([{ line: 1, statementKind: 'ImportForeignSchemaStmt' }]);
    expect(Object.keys(m.schema.tables)).toContain('public.after_it');
  });

  test('nothing throws: odd but valid statements, empty input, only comments', async () => {
    for (const sql of ['', '-- nothing\n/* at all */', ';;;', 'CREATE TABLE t ()', 'ALTER TABLE t ALTER COLUMN a TYPE int', 'DROP OWNED BY alice', 'CREATE RULE r AS ON INSERT TO t DO NOTHING']) {
      await expect(load(sql)).resolves.toBeDefined();
    }
    const m = await load('CREATE TABLE t ();');
    expect(m.table('t').columns).toEqual([]);
  });

  test('stats count statements by kind', async () => {
    const m = await load('CREATE TABLE a (x int); CREATE TABLE b (y int); CREATE INDEX ON a (x); ALTER TABLE a ADD COLUMN z int;');
    expect(m.stats.statements).toBe(4);
    expect(m.stats.byKind).toEqual({ CreateStmt: 2, IndexStmt: 1, AlterTableStmt: 1 });
  });
});
