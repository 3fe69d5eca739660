import rule from '../../../src/core/rules/no-reserved-word-identifier';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    'CREATE TABLE app_user (id bigint PRIMARY KEY, email text);',
    { name: 'unreserved and column-name keywords are fine', sql: 'CREATE TABLE items (id bigint PRIMARY KEY, name text, type text, position int, value text, comment text);' },
  ],
  invalid: [
    { sql: 'CREATE TABLE "user" (id bigint PRIMARY KEY);', messages: 1 },
    { name: 'reserved column names', sql: 'CREATE TABLE items (id bigint PRIMARY KEY, "order" int, "group" text, "check" boolean);', messages: 3 },
    { name: 'type/function-name keywords cannot be column names either', sql: 'CREATE TABLE edges (id bigint PRIMARY KEY, "left" int, "right" int);', messages: 2 },
  ],
});
