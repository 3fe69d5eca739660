import rule from '../../../src/core/rules/prefer-surrogate-key';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    {
      // Corpus (synapse account_validity): a 1:1 extension keyed by another entity's id.
      name: 'a text key named <x>_id identifies another entity',
      sql: 'CREATE TABLE account_validity (user_id text PRIMARY KEY, expiration_ts_ms bigint);',
    },
    {
      name: "a framework's key-value table",
      sql: 'CREATE TABLE ar_internal_metadata (key varchar PRIMARY KEY, value varchar, created_at timestamptz, updated_at timestamptz);',
    },
    'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text UNIQUE);',
    { name: 'uuid key', sql: 'CREATE TABLE users (id uuid PRIMARY KEY, email text);' },
    {
      // Corpus (synapse open_id_tokens, lemmy login_token, graphile connect_pg_simple sessions,
      // basejump billing_customers): opaque generated values, not natural data.
      name: 'opaque text identifiers: tokens, session ids, a text id',
      sql: `CREATE TABLE open_id_tokens (token text PRIMARY KEY, user_id text); CREATE TABLE sessions (sid varchar PRIMARY KEY, sess json);
        CREATE TABLE billing_customers (id text PRIMARY KEY, email text); CREATE TABLE local_image (pictrs_alias text PRIMARY KEY);
        CREATE TABLE metrics (key varchar(30) PRIMARY KEY, value jsonb NOT NULL);`,
    },
    { name: 'language tags are standard codes too', sql: 'CREATE TABLE languages (code varchar NOT NULL PRIMARY KEY, english_name varchar NOT NULL, native_name varchar);' },
    { name: 'ISO codes are stable', sql: 'CREATE TABLE countries (code char(2) PRIMARY KEY, name text); CREATE TABLE currencies (code varchar(3) PRIMARY KEY);' },
    { name: 'composite natural keys are out of scope', sql: 'CREATE TABLE t (a text, b text, PRIMARY KEY (a, b));' },
  ],
  invalid: [
    { sql: 'CREATE TABLE users (email text PRIMARY KEY, name text);', messages: 1 },
    {
      name: 'a one-to-one extension keyed by its parent: only the parent is reported',
      sql: 'CREATE TABLE accounts (handle text PRIMARY KEY); CREATE TABLE account_settings (handle text PRIMARY KEY REFERENCES accounts, theme text);',
      messages: 1,
    },
    { name: 'varchar(64) product code', sql: 'CREATE TABLE products (sku varchar(64) PRIMARY KEY, name text);', messages: 1 },
  ],
});
