import rule from '../../../src/core/rules/no-extension-in-public';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    'CREATE SCHEMA extensions; CREATE EXTENSION pg_trgm SCHEMA extensions;',
    { name: 'plpgsql lives in pg_catalog', sql: 'CREATE EXTENSION IF NOT EXISTS plpgsql;' },
    { name: 'moved out with ALTER EXTENSION ... SET SCHEMA', sql: 'CREATE SCHEMA extensions; CREATE EXTENSION citext; ALTER EXTENSION citext SET SCHEMA extensions;' },
    { name: 'created while another schema is first on search_path', sql: 'CREATE SCHEMA ext; SET search_path = ext, public; CREATE EXTENSION hstore;' },
  ],
  invalid: [
    { sql: 'CREATE EXTENSION pg_trgm;', messages: 1 },
    { name: "pg_dump's WITH SCHEMA public", sql: 'CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public; CREATE EXTENSION citext WITH SCHEMA public;', messages: 2 },
  ],
});
