import rule from '../../../src/core/rules/require-function-search-path';
import { expect, test } from 'vitest';
import { lint } from '../../../src/core/rules/engine';
import { importClean, ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    {
      // Corpus (supabase extensions.set_graphql_placeholder, auth.uid()): the platform's own functions.
      name: "allFunctions: a platform's own functions",
      sql: `CREATE SCHEMA extensions; CREATE SCHEMA auth; CREATE TABLE auth.users (id uuid PRIMARY KEY, email text);
        CREATE FUNCTION extensions.set_graphql_placeholder() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_event_trigger_dropped_objects(); END $$;
        CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS $$ select nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;`,
      options: { allFunctions: true },
    },
    {
      // Corpus (postgrest ret_point_2d): a cast to a type written with its schema is not looked up.
      name: 'allFunctions: a SQL body casting to a schema-qualified type',
      sql: `CREATE SCHEMA test; CREATE TYPE test.point_2d AS (x integer, y integer);
        CREATE FUNCTION test.ret_point_2d() RETURNS test.point_2d LANGUAGE sql AS $$ select row(10, 5)::test.point_2d $$;`,
      options: { allFunctions: true },
    },
    {
      // Corpus (basejump delete_invitation): every name in the PL/pgSQL body is schema-qualified.
      name: 'allFunctions: a PL/pgSQL body whose names are all schema-qualified',
      sql: `CREATE SCHEMA basejump; CREATE TABLE basejump.invitations (id uuid PRIMARY KEY, account_id uuid);
        CREATE FUNCTION delete_invitation(invitation_id uuid) RETURNS void LANGUAGE plpgsql AS $$
        begin
          if (select account_id from basejump.invitations where id = delete_invitation.invitation_id) is null then
            raise exception 'no such invitation';
          end if;
          delete from basejump.invitations where id = delete_invitation.invitation_id;
        end $$;`,
      options: { allFunctions: true },
    },
    {
      // Corpus (graphile current_session_id): every name written with its schema.
      name: 'allFunctions: a SQL body whose names are all schema-qualified',
      sql: "CREATE FUNCTION current_session_id() RETURNS uuid LANGUAGE sql STABLE AS $$ select nullif(pg_catalog.current_setting('jwt.claims.session_id', true), '')::uuid $$;",
      options: { allFunctions: true },
    },
    {
      // Corpus (postgrest test.ret_void, holdout-21): an empty SQL body runs nothing.
      name: 'allFunctions: an empty SQL body',
      sql: "CREATE FUNCTION ret_void() RETURNS void AS '' LANGUAGE sql; CREATE FUNCTION noop() RETURNS void LANGUAGE sql AS $$ $$;",
      options: { allFunctions: true },
    },
    {
      // Corpus (postgrest overloaded_html_form, sayhello): operators and casts on built-in types
      // resolve in pg_catalog, which is searched first whatever the caller's search_path.
      name: 'allFunctions: a SQL body that looks nothing up by name',
      sql: `CREATE FUNCTION add_them(a int, b int) RETURNS int LANGUAGE sql AS $$ select a + b $$;
        CREATE FUNCTION sayhello(name text) RETURNS text LANGUAGE sql AS $$ SELECT 'Hello, ' || $1::text $$;`,
      options: { allFunctions: true },
    },
    "CREATE FUNCTION f() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = '' AS 'SELECT 1';",
    { name: 'trusted schema with pg_temp last', sql: 'CREATE SCHEMA admin; CREATE FUNCTION f() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = admin, pg_temp AS $$ SELECT 1 $$;' },
    { name: 'SECURITY INVOKER needs nothing', sql: "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';" },
    { name: 'an invoker function without search_path, option off (recommended)', sql: 'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;' },
    {
      name: 'allFunctions: a SQL-standard body binds its names when created',
      sql: 'CREATE TABLE t (id int); CREATE FUNCTION n() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM t; END;',
      options: { allFunctions: true },
    },
    {
      name: 'allFunctions: pinned to a schema list',
      sql: 'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql SET search_path = public, pg_temp AS $$ BEGIN RETURN 1; END $$;',
      options: { allFunctions: true },
    },
    { name: 'allFunctions: a C function', sql: "CREATE FUNCTION f(int) RETURNS int LANGUAGE c AS 'mylib', 'f';", options: { allFunctions: true } },
    { name: 'a procedure with search_path set by ALTER', sql: "CREATE PROCEDURE p() LANGUAGE sql SECURITY DEFINER AS 'SELECT 1'; ALTER PROCEDURE p() SET search_path = pg_catalog, pg_temp;" },
    {
      // Corpus (postgrest load_safeupdate; holdout-14): LOAD finds a library through
      // dynamic_library_path, a superuser's setting; nothing in these bodies is looked up on the
      // search_path, so a caller's path has nothing to substitute, as owner or not.
      name: 'SECURITY DEFINER bodies that look nothing up on the path',
      sql: `CREATE FUNCTION load_safeupdate() RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN LOAD 'safeupdate'; END; $$;
        CREATE FUNCTION one() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = public AS 'SELECT 1';
        CREATE TABLE t (id int); CREATE FUNCTION n() RETURNS bigint LANGUAGE sql SECURITY DEFINER BEGIN ATOMIC SELECT count(*) FROM t; END;
        CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$ DECLARE n integer; BEGIN RETURN NULL; END $$;`,
    },
    {
      // Outside passes (chatbot-ui, Kestra, Hasura, a Supabase chat and a sqlx ERP schema): an
      // updated_at trigger that calls only now(). A function of no argument has one signature, so
      // a same-named one elsewhere on the path cannot be a closer match; pg_catalog, searched first
      // unless the path lists it later, supplies it, as it does the operators these bodies use.
      name: 'allFunctions: bodies whose only calls are pg_catalog functions of no argument',
      sql: `CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
        CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at = clock_timestamp(); RETURN NEW; END $$;
        CREATE FUNCTION stamp() RETURNS timestamptz LANGUAGE sql AS $$ select now() $$;`,
      options: { allFunctions: true },
    },
    {
      // Corpus (danbooru reverse_textregexeq, postgrest json_argument, lemmy forbid_diesel_cli):
      // calls whose argument types match a pg_catalog signature exactly (declared parameters, a
      // nested call's result, an untyped literal where pg_catalog takes text) and pg_catalog's
      // relations. A lookalike elsewhere on the path has the same signature, and pg_catalog,
      // searched first, keeps its own.
      name: 'allFunctions: bodies naming only pg_catalog functions with exactly matching arguments, and its relations',
      sql: `CREATE FUNCTION reverse_textregexeq(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $_$ SELECT textregexeq($2, $1); $_$;
        CREATE FUNCTION json_argument(arg json) RETURNS text LANGUAGE sql IMMUTABLE AS $_$ SELECT json_typeof(arg); $_$;
        CREATE FUNCTION stamp() RETURNS timestamptz LANGUAGE sql AS $$ select date_trunc('day', now()) $$;
        CREATE FUNCTION forbid_diesel_cli() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NOT EXISTS (SELECT FROM pg_locks WHERE (locktype, pid, objid) = ('advisory', pg_backend_pid(), 0)) THEN
            RAISE 'migrations must be managed using lemmy_server instead of diesel CLI';
          END IF;
          RETURN NULL;
        END $$;
        CREATE FUNCTION shout(v varchar) RETURNS text LANGUAGE plpgsql AS $$ DECLARE t text := v; BEGIN RETURN upper(t); END $$;`,
      options: { allFunctions: true },
    },
  ],
  invalid: [
    {
      // A SECURITY DEFINER body is read as a caller who chooses the path would: a path that lists
      // pg_catalog after their own schema redirects even now().
      name: 'SECURITY DEFINER: a trigger that calls only now()',
      sql: 'CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;',
      messages: 1,
    },
    {
      // An empty body only where it is empty: a body of one call is looked up.
      name: 'allFunctions: a SQL body of one unqualified call',
      sql: "CREATE FUNCTION ret_void() RETURNS void AS 'select pg_sleep(0)' LANGUAGE sql;",
      options: { allFunctions: true },
      messages: 1,
    },
    {
      // Corpus (hatchet v1_dag_insert_function): an unqualified table in INSERT, in SQL and PL/pgSQL.
      name: 'allFunctions: bodies that write to an unqualified table or run dynamic SQL',
      sql: `CREATE TABLE t (id int);
        CREATE FUNCTION add_one() RETURNS void LANGUAGE sql AS $$ insert into t values (1) $$;
        CREATE FUNCTION add_two() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO t VALUES (2); RETURN NULL; END $$;
        CREATE FUNCTION run_it() RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE 'select 1'; END $$;`,
      options: { allFunctions: true },
      messages: 3,
    },
    {
      name: 'allFunctions: SQL bodies that call a function, read a table or cast to a user type',
      sql: `CREATE TABLE t (id int); CREATE TYPE mood AS ENUM ('happy');
        CREATE FUNCTION stamp(d timestamp) RETURNS timestamptz LANGUAGE sql AS $$ select date_trunc('day', d::date) $$;
        CREATE FUNCTION n() RETURNS bigint LANGUAGE sql AS $$ select count(*) from t $$;
        CREATE FUNCTION m(text) RETURNS mood LANGUAGE sql AS $$ select $1::mood $$;`,
      options: { allFunctions: true },
      messages: 3,
    },
    {
      // Near misses of pg_catalog's signatures: a lookalike elsewhere on the path can win each
      // (checked on Postgres: evil.json_typeof(varchar) takes json_typeof('{}'), whose literal
      // pg_catalog wants as json; a varchar argument to a text parameter needs a cast that an
      // evil.upper(varchar) does not; a column's type is not known here; pg_catalog has no pg_lock;
      // inaturalist's crc32: pg_catalog has `bigint # bigint`, not `bigint # integer`, whose integer
      // get_byte() returns, so an operator taking exactly those types elsewhere on the path wins).
      name: 'allFunctions: calls needing a cast or of unknown argument types, and a relation pg_catalog lacks',
      sql: `CREATE TABLE users (name text); CREATE TABLE pg_lock (id int);
        CREATE FUNCTION kind() RETURNS text LANGUAGE sql AS $$ select json_typeof('{}') $$;
        CREATE FUNCTION shout(v varchar) RETURNS text LANGUAGE sql AS $$ select upper(v) $$;
        CREATE FUNCTION names() RETURNS SETOF text LANGUAGE sql AS $$ select upper(name) from users $$;
        CREATE FUNCTION locks() RETURNS bigint LANGUAGE sql AS $$ select count(*) from pg_lock $$;
        CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := date_trunc('second', NEW.updated_at); RETURN NEW; END $$;
        CREATE FUNCTION crc(word text) RETURNS bigint LANGUAGE plpgsql IMMUTABLE AS $$
          DECLARE tmp bigint := 4294967295;
          BEGIN tmp = (tmp # get_byte(decode(word, 'escape'), 0))::bigint; RETURN tmp; END $$;`,
      options: { allFunctions: true },
      messages: 6,
    },
    {
      // A call with arguments can meet a closer signature elsewhere on the path.
      name: 'allFunctions: an invoker trigger function without search_path',
      sql: "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := date_trunc('second', NEW.changed_at); RETURN NEW; END $$;",
      options: { allFunctions: true },
      messages: 1,
    },
    { sql: "CREATE TABLE t (id int); CREATE FUNCTION f() RETURNS bigint LANGUAGE sql SECURITY DEFINER AS 'SELECT count(*) FROM t';", messages: 1 },
    { name: 'made SECURITY DEFINER later', sql: "CREATE TABLE t (id int); CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM t'; ALTER FUNCTION f() SECURITY DEFINER;", messages: 1 },
    {
      // Corpus (postgrest temp_file_limit, reveal_big_jwt): pg_catalog's functions, called
      // unqualified, lose to the caller's when the caller's path lists pg_catalog after their schema.
      name: 'SECURITY DEFINER bodies calling built-in functions unqualified',
      sql: `CREATE FUNCTION temp_file_limit() RETURNS bigint LANGUAGE sql SECURITY DEFINER SET temp_file_limit TO '1kB' AS $$ select count(*) from generate_series('-infinity'::timestamp, 'epoch'::timestamp, interval '1 day') $$;
        CREATE FUNCTION iss() RETURNS text LANGUAGE sql SECURITY DEFINER AS $$ select current_setting('request.jwt.claims')::json->>'iss' $$;`,
      messages: 2,
    },
    {
      // Corpus (basejump get_accounts_with_role, add_current_user_to_new_account): an operator is
      // looked up on the path too, and an exact match on an enum beats pg_catalog's anyenum one;
      // an IF's condition `a = b` is a comparison, not an assignment to a.
      name: 'SECURITY DEFINER bodies whose only lookups are operators',
      sql: `CREATE SCHEMA app; CREATE TYPE app.account_role AS ENUM ('owner', 'member');
        CREATE TABLE app.account_user (account_id uuid, user_id uuid, account_role app.account_role);
        CREATE FUNCTION app.is_owner(r app.account_role) RETURNS boolean LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$ select r = 'owner'::app.account_role $$;
        CREATE FUNCTION app.add_owner() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
        begin
          if new.primary_owner_user_id = pg_catalog.current_setting('app.uid')::uuid then
            insert into app.account_user (account_id, user_id, account_role) values (new.id, new.primary_owner_user_id, 'owner');
          end if;
          return new;
        end $$;`,
      messages: 2,
    },
    {
      // `text` and `uuid` are pg_catalog's only while the path finds them there first: a caller's
      // `SET search_path = mine, pg_catalog`, or a temporary type, substitutes its own.
      name: 'SECURITY DEFINER bodies naming built-in types without a schema',
      sql: `CREATE FUNCTION as_text() RETURNS text LANGUAGE sql SECURITY DEFINER AS $$ select 'x'::text $$;
        CREATE FUNCTION with_var() RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$ DECLARE v uuid; BEGIN RETURN; END $$;`,
      messages: 2,
    },
    {
      // Rule gap: any SET search_path counts. With `public` (writable by every role before
      // Postgres 15) and pg_temp not listed, the caller's temporary schema is searched first for
      // relations: CREATE TEMP TABLE accounts (...) shadows the body's table, run as the owner.
      // The Postgres docs' safe form lists trusted schemas and pg_temp last, or is ''.
      name: 'pinning search_path to public leaves pg_temp searched first',
      sql: 'CREATE TABLE accounts (id int); CREATE FUNCTION f() RETURNS bigint LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$ SELECT count(*) FROM accounts $$;',
      messages: 1,
    },
  ],
});

test('allFunctions is off in the recommended preset and a suggestion in strict', async () => {
  const schema = await importClean(`CREATE TABLE t (id int); CREATE FUNCTION f() RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT count(*) FROM t); END $$;
    CREATE FUNCTION g() RETURNS bigint LANGUAGE sql SECURITY DEFINER AS $$ SELECT count(*) FROM t $$;`);
  const found = (preset: 'recommended' | 'strict') => lint(schema, { config: { preset }, rules: [rule] }).map((d) => `${d.target.name} ${d.severity}`);
  expect(found('recommended')).toEqual(['g() error']);
  // An invoker function runs with its caller's rights: a suggestion; SECURITY DEFINER stays an error.
  expect(found('strict').sort()).toEqual(['f() info', 'g() error']);
  // allFunctions: true (splinter's policy) makes the invoker function a finding at the rule's severity.
  const policy = lint(schema, { config: { preset: 'strict', options: { [rule.meta.id]: { allFunctions: true } } }, rules: [rule] });
  expect(policy.map((d) => `${d.target.name} ${d.severity}`).sort()).toEqual(['f() error', 'g() error']);
  // A config's option still wins over the preset's.
  expect(lint(schema, { config: { preset: 'strict', options: { [rule.meta.id]: { allFunctions: false } } }, rules: [rule] }).map((d) => d.target.name)).toEqual(['g()']);
});
