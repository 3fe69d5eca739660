import rule from '../../../src/core/rules/no-redundant-not-null-predicate';
import { ruleTester } from './rule-tester';

const t = 'CREATE TABLE t (id bigint PRIMARY KEY, email text NOT NULL, deleted_at timestamptz, code text);';

ruleTester(rule, {
  valid: [
    `${t} CREATE INDEX ON t (code) WHERE code IS NOT NULL;`,
    { name: 'another condition on the NOT NULL column', sql: `${t} CREATE INDEX ON t (email) WHERE email <> '';` },
  ],
  invalid: [
    { sql: `${t} CREATE INDEX ON t (email) WHERE email IS NOT NULL;`, messages: 1, fixed: true },
    { name: 'one term of several', sql: `${t} CREATE UNIQUE INDEX ON t (email) WHERE email IS NOT NULL AND deleted_at IS NULL;`, messages: 1, fixed: true },
    { name: 'a column the index does not hold', sql: `${t} CREATE INDEX ON t (code) WHERE email IS NOT NULL;`, messages: 1, fixed: true },
  ],
});
