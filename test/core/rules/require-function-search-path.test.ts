import rule from '../../../src/core/rules/require-function-search-path';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    "CREATE FUNCTION f() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = '' AS 'SELECT 1';",
    { name: 'trusted schema with pg_temp last', sql: 'CREATE SCHEMA admin; CREATE FUNCTION f() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = admin, pg_temp AS $$ SELECT 1 $$;' },
    { name: 'SECURITY INVOKER needs nothing', sql: "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';" },
    { name: 'a procedure with search_path set by ALTER', sql: "CREATE PROCEDURE p() LANGUAGE sql SECURITY DEFINER AS 'SELECT 1'; ALTER PROCEDURE p() SET search_path = pg_catalog, pg_temp;" },
  ],
  invalid: [
    { sql: "CREATE FUNCTION f() RETURNS int LANGUAGE sql SECURITY DEFINER AS 'SELECT 1';", messages: 1 },
    { name: 'made SECURITY DEFINER later', sql: "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'; ALTER FUNCTION f() SECURITY DEFINER;", messages: 1 },
    {
      // Rule gap: any SET search_path counts. With `public` (writable by every role before
      // Postgres 15) and pg_temp not listed, the caller's temporary schema is searched first for
      // relations: CREATE TEMP TABLE accounts (...) shadows the body's table, run as the owner.
      // The Postgres docs' safe form lists trusted schemas and pg_temp last, or is ''.
      name: 'pinning search_path to public leaves pg_temp searched first',
      sql: 'CREATE FUNCTION f() RETURNS int LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$ SELECT 1 $$;',
      messages: 1,
    },
  ],
});
