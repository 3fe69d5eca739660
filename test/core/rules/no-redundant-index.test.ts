import rule from '../../../src/core/rules/no-redundant-index';
import { ruleTester } from './rule-tester';

const t = 'CREATE TABLE t (id bigint PRIMARY KEY, a int, b int, c int);';
const REFRESH_TOKENS = (schema: string) => `CREATE TABLE ${schema}.refresh_tokens (instance_id uuid, id bigint NOT NULL, token character varying(255),
    user_id character varying(255), revoked boolean, created_at timestamp with time zone, updated_at timestamp with time zone);
  CREATE INDEX refresh_tokens_instance_id_idx ON ${schema}.refresh_tokens USING btree (instance_id);
  CREATE INDEX refresh_tokens_instance_id_user_id_idx ON ${schema}.refresh_tokens USING btree (instance_id, user_id);`;

ruleTester(rule, {
  valid: [
    `${t} CREATE INDEX ON t (a, b); CREATE INDEX ON t (b);`,
    { name: 'a unique prefix enforces something', sql: `${t} CREATE UNIQUE INDEX ON t (a); CREATE INDEX ON t (a, b);` },
    { name: 'a partial prefix', sql: `${t} CREATE INDEX ON t (a) WHERE c IS NULL; CREATE INDEX ON t (a, b);` },
    { name: 'partial indexes with different predicates', sql: `${t} CREATE INDEX ON t (a) WHERE c IS NULL; CREATE INDEX ON t (a, b) WHERE c > 0;` },
    { name: 'mixed order is not served by a backward scan', sql: `${t} CREATE INDEX ON t (a DESC, b); CREATE INDEX ON t (a, b, c);` },
    { name: 'NULLS FIRST on an ascending key differs', sql: `${t} CREATE INDEX ON t (a NULLS FIRST); CREATE INDEX ON t (a, b);` },
    { name: 'another expression', sql: `CREATE TABLE u (id bigint PRIMARY KEY, email text); CREATE INDEX ON u (lower(email)); CREATE INDEX ON u (upper(email), id);` },
    { name: 'an INCLUDE column the longer index lacks', sql: `${t} CREATE INDEX ON t (a) INCLUDE (c); CREATE INDEX ON t (a, b);` },
    { name: 'another opclass', sql: `CREATE TABLE u (id bigint PRIMARY KEY, email text); CREATE INDEX ON u (email text_pattern_ops); CREATE INDEX ON u (email, id);` },
    { name: 'other method', sql: `${t} CREATE INDEX ON t USING hash (a); CREATE INDEX ON t (a, b);` },
    { name: 'same columns, other order', sql: `${t} CREATE INDEX ON t (b, a); CREATE INDEX ON t (a, b);` },
    {
      // Corpus (supabase auth.refresh_tokens, holdout-11): Supabase Auth creates, owns and migrates
      // its tables; their indexes are the platform's, not the application's to drop.
      name: "a platform's own table (Supabase Auth)",
      sql: `CREATE SCHEMA auth; ${REFRESH_TOKENS('auth')}`,
    },
  ],
  invalid: [
    { sql: `${t} CREATE INDEX ON t (a); CREATE INDEX ON t (a, b);`, messages: 1 },
    { name: 'same DESC order', sql: `${t} CREATE INDEX ON t (a DESC); CREATE INDEX ON t (a DESC, b);`, messages: 1 },
    { name: 'descending prefix read backwards', sql: `${t} CREATE INDEX ON t (a DESC); CREATE INDEX ON t (a, b);`, messages: 1 },
    { name: 'the exact reverse of another index', sql: `${t} CREATE INDEX t_a ON t (a); CREATE INDEX t_a_desc ON t (a DESC);`, messages: 1 },
    { name: 'expression prefix', sql: `CREATE TABLE u (id bigint PRIMARY KEY, email text); CREATE INDEX ON u (lower(email)); CREATE INDEX ON u (lower(email), id);`, messages: 1 },
    { name: 'partial indexes with the same predicate', sql: `${t} CREATE INDEX ON t (a) WHERE c IS NULL; CREATE INDEX ON t (a, b) WHERE c IS NULL;`, messages: 1 },
    { name: 'INCLUDE columns the longer index has', sql: `${t} CREATE INDEX ON t (a) INCLUDE (b); CREATE INDEX ON t (a, b, c);`, messages: 1 },
    { name: 'GIN prefix', sql: `CREATE EXTENSION btree_gin; ${t} CREATE INDEX ON t USING gin (a); CREATE INDEX ON t USING gin (a, b);`, messages: 1 },
    { name: 'prefix of a unique constraint', sql: `CREATE TABLE t (id bigint PRIMARY KEY, a int, b int, UNIQUE (a, b)); CREATE INDEX ON t (a);`, messages: 1 },
    { name: 'the same table in an application schema', sql: `CREATE SCHEMA identity; ${REFRESH_TOKENS('identity')}`, messages: 1 },
    { name: 'prefix of the primary key', sql: `CREATE TABLE t (a int, b int, PRIMARY KEY (a, b)); CREATE INDEX ON t (a);`, messages: 1 },
  ],
});
