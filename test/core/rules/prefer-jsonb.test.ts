import rule from '../../../src/core/rules/prefer-jsonb';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    {
      // Corpus (postgrest openapi_types): one column per type, json beside jsonb on purpose.
      name: 'json beside its jsonb twin',
      sql: 'CREATE TABLE openapi_types (a_json json, a_jsonb jsonb, a_json_arr json[], a_jsonb_arr jsonb[]);',
    },
    'CREATE TABLE t (id bigint PRIMARY KEY, doc jsonb);',
    { name: 'text holding JSON is not this rule\'s business', sql: 'CREATE TABLE t (id bigint PRIMARY KEY, raw text);' },
    { name: 'a user type named json in another schema', sql: 'CREATE SCHEMA app; CREATE DOMAIN app.json AS text; CREATE TABLE t (id bigint PRIMARY KEY, doc app.json);' },
  ],
  invalid: [
    { sql: 'CREATE TABLE t (id bigint PRIMARY KEY, doc json);', messages: 1, fixed: true },
    { name: 'json array and default', sql: "CREATE TABLE t (id bigint PRIMARY KEY, docs json[], settings json NOT NULL DEFAULT '{}');", messages: 2, fixed: true },
  ],
});
