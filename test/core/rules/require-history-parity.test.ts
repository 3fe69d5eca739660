import rule from '../../../src/core/rules/require-history-parity';
import { ruleTester } from './rule-tester';

const main = 'CREATE TABLE products (id bigint PRIMARY KEY, name text NOT NULL, price numeric(12,2) NOT NULL, sku text NOT NULL);';

ruleTester(rule, {
  valid: [
    `${main} CREATE TABLE products_history (history_id bigint PRIMARY KEY, id bigint, name text, price numeric(12,2), sku text, changed_at timestamptz);`,
    {
      name: 'a log that shares the suffix but not the columns',
      sql: `${main} CREATE TABLE products_audit (id bigint PRIMARY KEY, product_id bigint, actor text, action text, at timestamptz);`,
    },
  ],
  invalid: [
    {
      name: 'a missing column is added by the fix',
      sql: `${main} CREATE TABLE products_history (history_id bigint PRIMARY KEY, id bigint, name text, price numeric(12,2), changed_at timestamptz);`,
      messages: 1,
      fixed: true,
    },
    {
      name: 'a narrower numeric overflows in the trigger',
      // Rule bug: the fix offered here is an empty list of changes (it only adds missing columns),
      // so applying it leaves the finding in place. No fix, or a type change, should be offered.
      sql: `${main} CREATE TABLE products_history (history_id bigint PRIMARY KEY, id bigint, name text, price numeric(8,2), sku text);`,
      messages: 1,
    },
    {
      name: 'a _versions table missing a column',
      sql: `${main} CREATE TABLE products_versions (version_id bigint PRIMARY KEY, id bigint, name text, price numeric(12,2), valid_from timestamptz);`,
      messages: 1,
      fixed: true,
    },
  ],
});
