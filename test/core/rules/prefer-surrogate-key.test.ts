import rule from '../../../src/core/rules/prefer-surrogate-key';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text UNIQUE);',
    { name: 'uuid key', sql: 'CREATE TABLE users (id uuid PRIMARY KEY, email text);' },
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
