import rule from '../../../src/core/rules/prefer-text';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    'CREATE TABLE t (id bigint PRIMARY KEY, name text CHECK (length(name) <= 100));',
    { name: 'unbounded varchar is text', sql: 'CREATE TABLE t (id bigint PRIMARY KEY, name varchar);' },
  ],
  invalid: [
    { sql: 'CREATE TABLE t (id bigint PRIMARY KEY, name varchar(255));', messages: 1 },
    { name: 'char(n) and char', sql: 'CREATE TABLE t (id bigint PRIMARY KEY, country char(2), flag char);', messages: 2 },
  ],
});
