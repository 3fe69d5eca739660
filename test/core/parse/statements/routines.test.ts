/**
 * CREATE [OR REPLACE] FUNCTION / PROCEDURE, ALTER FUNCTION, DROP FUNCTION, COMMENT ON FUNCTION.
 * Keys and signatures follow pg_get_function_identity_arguments (types only, format_type style).
 */
import { describe, expect, test } from 'vitest';
import { load } from '../../../support/sql';

describe('CREATE FUNCTION', () => {
  test('signature, arguments, returns, language, volatility, strictness, body', async () => {
    const m = await load("CREATE FUNCTION add(a integer, b int DEFAULT 1) RETURNS int LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT a + b $$;");
    expect(m.errors).toEqual([]);
    const f = m.routine('public.add(integer, integer)');
    expect(f).toMatchObject({
      kind: 'function',
      schema: 'public',
      name: 'add',
      signature: 'integer, integer',
      returns: 'integer',
      language: 'sql',
      volatility: 'immutable',
      strict: true,
      securityDefiner: false,
      body: ' SELECT a + b ',
      config: {},
    });
    expect(f.arguments).toEqual([
      { name: 'a', mode: 'in', type: { name: 'integer', modifiers: [], arrayDims: 0 } },
      { name: 'b', mode: 'in', type: { name: 'integer', modifiers: [], arrayDims: 0 }, default: '1' },
    ]);
    expect(f.source?.line).toBe(1);
  });

  test('RETURNS SETOF a table type, RETURNS TABLE(...), trigger, void', async () => {
    const m = await load(`CREATE TABLE users (id int, name text);
      CREATE FUNCTION all_users() RETURNS SETOF users LANGUAGE sql STABLE AS $$ SELECT * FROM users $$;
      CREATE FUNCTION pairs(n int) RETURNS TABLE(id int, label text) LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY SELECT 1, 'x'; END $$;
      CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
      CREATE FUNCTION nothing() RETURNS void LANGUAGE sql AS 'SELECT';`);
    expect(m.errors).toEqual([]);
    // User types are schema-qualified in the model (format_type with pg_dump's empty search_path).
    expect(m.routine('public.all_users()')).toMatchObject({ returns: 'SETOF public.users', volatility: 'stable', signature: '' });
    // pg_get_function_result: TABLE(id integer, label text); the TABLE columns are not in the signature.
    expect(m.routine('public.pairs(integer)')).toMatchObject({ returns: 'TABLE(id integer, label text)', language: 'plpgsql', signature: 'integer' });
    expect(m.routine('public.pairs(integer)').arguments.map((a) => a.mode)).toEqual(['in', 'table', 'table']);
    expect(m.routine('public.trg()').returns).toBe('trigger');
    expect(m.routine('public.nothing()').returns).toBe('void');
  });

  test('OUT / INOUT arguments: not in the signature; the result type is record', async () => {
    // pg_get_function_result(f_out) = 'record' (prorettype record): a function always returns a type.
    const m = await load('CREATE FUNCTION f_out(IN x int, OUT y int, INOUT z text) LANGUAGE sql AS $$ SELECT x, z $$;');
    const f = m.routine('public.f_out(integer, text)');
    expect(f.arguments.map((a) => [a.name, a.mode])).toEqual([['x', 'in'], ['y', 'out'], ['z', 'inout']]);
    expect(f.returns).toBe('record');
  });

  test('SECURITY DEFINER, SET search_path, PARALLEL, LEAKPROOF', async () => {
    const m = await load(`CREATE FUNCTION secure() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
      PARALLEL SAFE LEAKPROOF AS $$ BEGIN END $$;
      CREATE FUNCTION f2() RETURNS int LANGUAGE sql SET search_path TO '' SET work_mem = '64MB' AS 'SELECT 1';`);
    expect(m.routine('public.secure()')).toMatchObject({
      securityDefiner: true,
      config: { search_path: 'public, pg_temp' },
      parallel: 'safe',
      leakproof: true,
    });
    expect(m.routine('public.f2()').config).toEqual({ search_path: '', work_mem: '64MB' });
  });

  test('SQL-standard body (RETURN ...)', async () => {
    const m = await load('CREATE FUNCTION std(a int) RETURNS int LANGUAGE sql IMMUTABLE RETURN a * 2;');
    expect(m.routine('public.std(integer)').body).toContain('a * 2');
  });

  test('argument types drop their modifiers in the signature, as Postgres stores them', async () => {
    // pg_get_function_identity_arguments: character varying, numeric, timestamp with time zone, text[]
    const m = await load(`CREATE FUNCTION ct(varchar(10), numeric(10,2), timestamptz, text[]) RETURNS bool LANGUAGE sql AS 'select true';`);
    expect(Object.keys(m.schema.routines)).toEqual(['public.ct(character varying, numeric, timestamp with time zone, text[])']);
  });

  test('table.column%TYPE arguments and results take the column type, as Postgres stores them', async () => {
    // Orleans' ADO.NET scripts: Postgres converts each reference when CREATE FUNCTION runs
    // (NOTICE: type reference ... converted to character varying), so pg_get_function_identity_arguments
    // shows the column types without modifiers, and DROP FUNCTION names them so.
    const m = await load(`CREATE SCHEMA s;
      CREATE DOMAIN s.code AS text;
      CREATE TABLE OrleansMembershipTable (DeploymentId varchar(150) NOT NULL, Port integer, IAmAliveTime timestamptz(3));
      CREATE TABLE s.t (c s.code, tags int[]);
      CREATE FUNCTION touch(deployment_id OrleansMembershipTable.DeploymentId%TYPE, port_arg OrleansMembershipTable.Port%TYPE,
        alive OrleansMembershipTable.IAmAliveTime%TYPE) RETURNS void LANGUAGE sql AS 'SELECT';
      CREATE FUNCTION first_code(x s.t.c%TYPE, y s.t.tags%TYPE) RETURNS s.t.c%TYPE LANGUAGE sql AS 'SELECT x';
      CREATE FUNCTION gone(x int) RETURNS int LANGUAGE sql AS 'SELECT x';
      DROP FUNCTION touch(character varying, integer, timestamp with time zone);`);
    expect(m.errors).toEqual([]);
    expect(Object.keys(m.schema.routines).sort()).toEqual(['public.first_code(s.code, integer[])', 'public.gone(integer)']);
    const f = m.routine('public.first_code(s.code, integer[])');
    expect(f.arguments.map((a) => a.type)).toEqual([
      { schema: 's', name: 'code', modifiers: [], arrayDims: 0 },
      { name: 'integer', modifiers: [], arrayDims: 1 },
    ]);
    expect(f.returns).toBe('s.code');
  });

  test('a %TYPE reference to a column the script does not create stays as written', async () => {
    const m = await load(`CREATE FUNCTION f(x elsewhere.c%TYPE) RETURNS int LANGUAGE sql AS 'SELECT 1';`);
    expect(Object.keys(m.schema.routines)).toEqual(['public.f(elsewhere.c)']);
  });

  test('user-type arguments are schema-qualified in the key and DROP finds them', async () => {
    const m = await load(`CREATE TYPE mood AS ENUM ('a');
      CREATE FUNCTION f(m mood) RETURNS mood LANGUAGE sql AS 'SELECT m';
      CREATE FUNCTION g(m mood) RETURNS int LANGUAGE sql AS 'SELECT 1';
      DROP FUNCTION g(mood);`);
    expect(m.errors).toEqual([]);
    expect(Object.keys(m.schema.routines)).toEqual(['public.f(public.mood)']);
  });

  test('procedures: kind, no return type, INOUT and VARIADIC arguments', async () => {
    const m = await load('CREATE PROCEDURE p(INOUT n int, VARIADIC xs int[]) LANGUAGE plpgsql AS $$ BEGIN n := 1; END $$;');
    const p = m.routine('public.p(integer, integer[])');
    expect(p.kind).toBe('procedure');
    expect(p.returns).toBeUndefined();
    expect(p.arguments.map((a) => a.mode)).toEqual(['inout', 'variadic']);
  });
});

describe('OR REPLACE, overloads, DROP, COMMENT, ALTER', () => {
  test('overloads are separate routines; the same signature again is an error unless OR REPLACE', async () => {
    const m = await load(`CREATE FUNCTION add(a integer, b integer) RETURNS int LANGUAGE sql AS $$ SELECT a + b $$;
      CREATE FUNCTION add(a numeric, b numeric) RETURNS numeric AS 'SELECT a + b' LANGUAGE sql;
      CREATE FUNCTION add(x int, y int) RETURNS int LANGUAGE sql AS 'SELECT 0';
      CREATE OR REPLACE FUNCTION add(a integer, b integer) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT a + b + 0 $$;`);
    expect(m.errors.map((e) => e.message)).toEqual(['function "add" already exists with same argument types']);
    expect(Object.keys(m.schema.routines).sort()).toEqual(['public.add(integer, integer)', 'public.add(numeric, numeric)']);
    expect(m.routine('public.add(integer, integer)')).toMatchObject({ volatility: 'immutable', body: ' SELECT a + b + 0 ' });
  });

  test('OR REPLACE keeps the comment and the owner', async () => {
    const m = await load(`CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
      COMMENT ON FUNCTION f() IS 'one';
      ALTER FUNCTION f() OWNER TO alice;
      CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 2';`);
    expect(m.routine('public.f()')).toMatchObject({ body: 'SELECT 2', comment: 'one', owner: 'alice' });
  });

  test('DROP FUNCTION by signature; IF EXISTS; without arguments when unique; ambiguous is an error', async () => {
    const m = await load(`CREATE FUNCTION add(a integer, b integer) RETURNS int LANGUAGE sql AS 'SELECT 1';
      CREATE FUNCTION add(a numeric, b numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 1';
      CREATE FUNCTION one() RETURNS int LANGUAGE sql AS 'SELECT 1';
      DROP FUNCTION add;
      DROP FUNCTION add(int4, int4);
      DROP FUNCTION IF EXISTS add(text);
      DROP FUNCTION one;`);
    expect(m.errors.length).toBe(1);
    expect(Object.keys(m.schema.routines)).toEqual(['public.add(numeric, numeric)']);
  });

  test('DROP FUNCTION ignores OUT arguments and argument names', async () => {
    const m = await load(`CREATE FUNCTION f_out(IN x int, OUT y int, INOUT z text) LANGUAGE sql AS $$ SELECT x, z $$;
      DROP FUNCTION f_out(x int, OUT y int, INOUT z text);`);
    expect(m.errors).toEqual([]);
    expect(m.schema.routines).toEqual({});
  });

  test('DROP PROCEDURE, DROP ROUTINE', async () => {
    const m = await load(`CREATE PROCEDURE p(n int) LANGUAGE sql AS 'SELECT 1';
      CREATE FUNCTION f(n int) RETURNS int LANGUAGE sql AS 'SELECT 1';
      DROP PROCEDURE p(int); DROP ROUTINE f(integer);`);
    expect(m.errors).toEqual([]);
    expect(m.schema.routines).toEqual({});
  });

  test('COMMENT ON FUNCTION by signature, and IS NULL removes it', async () => {
    const m = await load(`CREATE FUNCTION add(a integer, b integer) RETURNS int LANGUAGE sql AS 'SELECT 1';
      CREATE FUNCTION add(a numeric, b numeric) RETURNS numeric LANGUAGE sql AS 'SELECT 1';
      COMMENT ON FUNCTION add(numeric, numeric) IS 'numeric add';
      COMMENT ON FUNCTION add(int, int) IS 'int add';
      COMMENT ON FUNCTION add(int, int) IS NULL;`);
    expect(m.issues).toEqual([]);
    expect(m.routine('public.add(numeric, numeric)').comment).toBe('numeric add');
    expect(m.routine('public.add(integer, integer)').comment).toBeUndefined();
  });

  test('ALTER FUNCTION changes volatility, security and settings', async () => {
    const m = await load(`CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT 1';
      ALTER FUNCTION f(int) STABLE SECURITY DEFINER SET search_path = app;
      ALTER FUNCTION f(integer) RESET search_path;
      ALTER FUNCTION f(integer) STRICT;`);
    expect(m.issues).toEqual([]);
    expect(m.routine('public.f(integer)')).toMatchObject({ volatility: 'stable', securityDefiner: true, strict: true, config: {} });
  });

  test('a function created in a schema on the search_path', async () => {
    const m = await load(`CREATE SCHEMA app; SET search_path = app, public;
      CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
      COMMENT ON FUNCTION f() IS 'in app';`);
    expect(m.routine('app.f()').comment).toBe('in app');
  });
});
