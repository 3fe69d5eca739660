/**
 * DROP with Postgres's dependency rules: without CASCADE a drop that others depend on fails and
 * changes nothing; with CASCADE the dependents go too. Partitions always go with their parent.
 */
import { describe, expect, test } from 'vitest';
import { load } from '../../../support/sql';

describe('DROP TABLE', () => {
  test('without CASCADE, a referenced table or one with views stays, with an error', async () => {
    const m = await load(`CREATE TABLE orgs (id int PRIMARY KEY);
      CREATE TABLE users (id serial PRIMARY KEY, org_id int REFERENCES orgs);
      CREATE VIEW uv AS SELECT * FROM users;
      DROP TABLE orgs;
      DROP TABLE users;`);
    expect(m.errors.length).toBe(2);
    expect(Object.keys(m.schema.tables)).toEqual(['public.orgs', 'public.users']);
    expect(Object.keys(m.schema.views)).toEqual(['public.uv']);
  });

  test('CASCADE drops views (transitively), foreign keys elsewhere and owned sequences', async () => {
    const m = await load(`CREATE TABLE orgs (id int PRIMARY KEY);
      CREATE TABLE users (id serial PRIMARY KEY, org_id int REFERENCES orgs);
      CREATE TABLE logs (user_id int REFERENCES users, org_id int REFERENCES orgs);
      CREATE VIEW uv AS SELECT * FROM users;
      CREATE VIEW uv2 AS SELECT * FROM uv;
      CREATE VIEW other AS SELECT * FROM orgs;
      DROP TABLE users CASCADE;`);
    expect(m.errors).toEqual([]);
    expect(Object.keys(m.schema.tables).sort()).toEqual(['public.logs', 'public.orgs']);
    expect(Object.keys(m.schema.views)).toEqual(['public.other']);
    expect(m.schema.sequences).toEqual({});
    expect(m.table('logs').foreignKeys.map((f) => f.name)).toEqual(['logs_org_id_fkey']);
  });

  test('partitions go with their parent, even without CASCADE', async () => {
    const m = await load(`CREATE TABLE p (a int) PARTITION BY LIST (a);
      CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);
      CREATE TABLE p2 PARTITION OF p FOR VALUES IN (2) PARTITION BY LIST (a);
      CREATE TABLE p2a PARTITION OF p2 FOR VALUES IN (2);
      DROP TABLE p;`);
    expect(m.errors).toEqual([]);
    expect(m.schema.tables).toEqual({});
  });

  test('an inheritance child blocks the drop; CASCADE drops the child too', async () => {
    const a = await load('CREATE TABLE par (a int); CREATE TABLE kid (b int) INHERITS (par); DROP TABLE par;');
    expect(a.errors.length).toBe(1);
    expect(Object.keys(a.schema.tables)).toEqual(['public.par', 'public.kid']);
    // Postgres: "drop cascades to table kid".
    const b = await load('CREATE TABLE par (a int); CREATE TABLE kid (b int) INHERITS (par); DROP TABLE par CASCADE;');
    expect(b.errors).toEqual([]);
    expect(b.schema.tables).toEqual({});
  });

  test('several tables in one statement; IF EXISTS; a missing one is an error; a view is not a table', async () => {
    const m = await load(`CREATE TABLE a (x int); CREATE TABLE b (x int); CREATE VIEW v AS SELECT 1 AS one;
      DROP TABLE a, b;
      DROP TABLE IF EXISTS nope;
      DROP TABLE nope2;
      DROP TABLE v;`);
    expect(m.errors.length).toBe(2);
    expect(m.schema.tables).toEqual({});
    expect(Object.keys(m.schema.views)).toEqual(['public.v']);
  });

  test('a dropped table frees its name and its constraint and index names', async () => {
    const m = await load(`CREATE TABLE t (id int PRIMARY KEY, a int UNIQUE); DROP TABLE t;
      CREATE TABLE t (id int PRIMARY KEY, a int UNIQUE);`);
    expect(m.errors).toEqual([]);
    expect(m.table('t').primaryKey?.name).toBe('t_pkey');
    expect(m.table('t').uniqueConstraints.map((u) => u.name)).toEqual(['t_a_key']);
  });
});

describe('DROP VIEW / MATERIALIZED VIEW / SEQUENCE', () => {
  test('a view with dependents needs CASCADE', async () => {
    const m = await load(`CREATE TABLE t (a int); CREATE VIEW v1 AS SELECT a FROM t; CREATE VIEW v2 AS SELECT a FROM v1;
      DROP VIEW v1;`);
    expect(m.errors.length).toBe(1);
    expect(Object.keys(m.schema.views)).toEqual(['public.v1', 'public.v2']);
    const c = await load(`CREATE TABLE t (a int); CREATE VIEW v1 AS SELECT a FROM t; CREATE VIEW v2 AS SELECT a FROM v1;
      DROP VIEW v1 CASCADE;`);
    expect(c.schema.views).toEqual({});
    expect(Object.keys(c.schema.tables)).toEqual(['public.t']);
  });

  test('a materialized view goes with its indexes, whose names are free again', async () => {
    const m = await load(`CREATE TABLE t (a int); CREATE MATERIALIZED VIEW mv AS SELECT a FROM t; CREATE INDEX mv_a ON mv (a);
      DROP MATERIALIZED VIEW mv;
      CREATE INDEX mv_a ON t (a);`);
    expect(m.errors).toEqual([]);
    expect(m.schema.views).toEqual({});
    expect(m.table('t').indexes.map((i) => i.name)).toEqual(['mv_a']);
  });

  test('DROP VIEW on a materialized view and DROP MATERIALIZED VIEW on a view are errors', async () => {
    const m = await load(`CREATE MATERIALIZED VIEW mv AS SELECT 1 AS one; CREATE VIEW v AS SELECT 1 AS one;
      DROP VIEW mv; DROP MATERIALIZED VIEW v;`);
    expect(m.errors.length).toBe(2);
    expect(Object.keys(m.schema.views).sort()).toEqual(['public.mv', 'public.v']);
  });
});

describe('DROP INDEX', () => {
  test('drops the index (and the partitions of a partitioned index); IF EXISTS; missing is an error', async () => {
    const m = await load(`CREATE TABLE ev (id int, k int) PARTITION BY LIST (k);
      CREATE TABLE ev1 (id int, k int);
      CREATE INDEX ev_idx ON ONLY ev (id);
      CREATE INDEX ev1_idx ON ev1 (id);
      ALTER TABLE ev ATTACH PARTITION ev1 FOR VALUES IN (1);
      ALTER INDEX ev_idx ATTACH PARTITION ev1_idx;
      CREATE INDEX ev_k ON ev (k);
      DROP INDEX ev_idx;
      DROP INDEX IF EXISTS nope;
      DROP INDEX nope2;`);
    expect(m.errors.length).toBe(1);
    expect(m.table('ev').indexes.map((i) => i.name)).toEqual(['ev_k']);
    expect(m.table('ev1').indexes.map((i) => i.name).filter((n) => n === 'ev1_idx')).toEqual([]);
  });

  test('the index behind a constraint cannot be dropped', async () => {
    // ERROR: cannot drop index users_pkey because constraint users_pkey on table users requires it
    const m = await load('CREATE TABLE users (id int PRIMARY KEY); DROP INDEX users_pkey;');
    expect(m.errors.length).toBe(1);
    expect(m.table('users').primaryKey?.name).toBe('users_pkey');
  });

  test('DROP INDEX finds the index through search_path, CONCURRENTLY accepted', async () => {
    const m = await load(`CREATE SCHEMA app; CREATE TABLE app.t (a int); CREATE INDEX t_a ON app.t (a);
      SET search_path = app; DROP INDEX CONCURRENTLY t_a;`);
    expect(m.errors).toEqual([]);
    expect(m.table('app.t').indexes).toEqual([]);
  });
});

describe('DROP TYPE / DOMAIN / SCHEMA / EXTENSION', () => {
  test('a type in use needs CASCADE, which drops the columns (and their indexes)', async () => {
    const a = await load(`CREATE TYPE mood AS ENUM ('a'); CREATE TABLE t (id int, m mood); DROP TYPE mood;`);
    expect(a.errors.length).toBe(1);
    expect(Object.keys(a.schema.types)).toEqual(['public.mood']);
    const b = await load(`CREATE TYPE mood AS ENUM ('a'); CREATE TABLE t (id int, m mood); CREATE INDEX ON t (m);
      DROP TYPE mood CASCADE; DROP TYPE IF EXISTS nope;`);
    expect(b.errors).toEqual([]);
    expect(b.schema.types).toEqual({});
    expect(b.table('t').columns.map((c) => c.name)).toEqual(['id']);
    expect(b.table('t').indexes).toEqual([]);
  });

  test('DROP DOMAIN CASCADE reaches domains over it and their columns', async () => {
    // Postgres drops d2 and t2.x as well.
    const m = await load('CREATE DOMAIN d AS int; CREATE DOMAIN d2 AS d; CREATE TABLE t2 (x d2, y int); DROP DOMAIN d CASCADE;');
    expect(m.errors).toEqual([]);
    expect(m.schema.types).toEqual({});
    expect(m.table('t2').columns.map((c) => c.name)).toEqual(['y']);
  });

  test('DROP SCHEMA needs CASCADE when not empty; CASCADE drops everything in it', async () => {
    const a = await load('CREATE SCHEMA s; CREATE TABLE s.x (a int); DROP SCHEMA s;');
    expect(a.errors.length).toBe(1);
    expect(Object.keys(a.schema.tables)).toEqual(['s.x']);
    const b = await load(`CREATE SCHEMA s; CREATE TABLE s.x (a serial); CREATE VIEW s.v AS SELECT 1 AS one; CREATE TYPE s.e AS ENUM ('a');
      CREATE FUNCTION s.f() RETURNS int LANGUAGE sql AS 'SELECT 1'; CREATE TABLE keep (a int);
      DROP SCHEMA s CASCADE; DROP SCHEMA IF EXISTS nope;`);
    expect(b.errors).toEqual([]);
    expect(Object.keys(b.schema.namespaces)).toEqual(['public']);
    expect(Object.keys(b.schema.tables)).toEqual(['public.keep']);
    expect([b.schema.views, b.schema.types, b.schema.routines, b.schema.sequences]).toEqual([{}, {}, {}, {}]);
  });

  test('CREATE / DROP EXTENSION', async () => {
    const m = await load('CREATE EXTENSION IF NOT EXISTS citext; CREATE EXTENSION pgcrypto WITH SCHEMA public; DROP EXTENSION citext;');
    expect(Object.keys(m.schema.extensions)).toEqual(['pgcrypto']);
    expect(m.schema.extensions.pgcrypto?.schema).toBe('public');
  });
});
