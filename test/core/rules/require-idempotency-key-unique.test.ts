import rule from '../../../src/core/rules/require-idempotency-key-unique';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    'CREATE TABLE idempotency_keys (idempotency_key text PRIMARY KEY, response jsonb);',
    'CREATE TABLE idempotency_keys (id bigint PRIMARY KEY, user_id bigint, idempotency_key text NOT NULL, UNIQUE (user_id, idempotency_key));',
    {
      name: 'a table that merely carries a key is not the idempotency table',
      sql: 'CREATE TABLE payments (id bigint PRIMARY KEY, idempotency_key text, amount numeric);',
    },
    {
      name: 'key column named key, unique index',
      sql: 'CREATE TABLE idempotent_requests (id bigint PRIMARY KEY, key text NOT NULL, result jsonb); CREATE UNIQUE INDEX ON idempotent_requests (key);',
    },
  ],
  invalid: [
    { sql: 'CREATE TABLE idempotency_keys (id bigint PRIMARY KEY, idempotency_key text NOT NULL, response jsonb);', messages: 1 },
    { name: 'a plain index does not stop two retries', sql: 'CREATE TABLE idempotency_keys (id bigint PRIMARY KEY, request_key text NOT NULL); CREATE INDEX ON idempotency_keys (request_key);', messages: 1 },
    {
      name: 'a partial unique index does not count',
      sql: "CREATE TABLE idempotency_keys (id bigint PRIMARY KEY, idempotency_key text NOT NULL, status text); CREATE UNIQUE INDEX ON idempotency_keys (idempotency_key) WHERE status <> 'failed';",
      messages: 1,
    },
  ],
});
