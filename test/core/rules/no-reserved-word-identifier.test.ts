import rule from '../../../src/core/rules/no-reserved-word-identifier';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    {
      // Oban's heartbeat table, as Oban's own migration writes it: the application cannot rename it.
      name: "a job library's own table (oban_beats.\"limit\")",
      sql: `CREATE TABLE oban_beats (node text NOT NULL, queue text NOT NULL, nonce text NOT NULL, "limit" integer NOT NULL, paused boolean DEFAULT false NOT NULL, running bigint[] DEFAULT ARRAY[]::integer[] NOT NULL);`,
    },
    'CREATE TABLE app_user (id bigint PRIMARY KEY, email text);',
    { name: 'unreserved and column-name keywords are fine', sql: 'CREATE TABLE items (id bigint PRIMARY KEY, name text, type text, position int, value text, comment text);' },
  ],
  invalid: [
    { name: 'an application table with the same column', sql: `CREATE TABLE beats (id bigint PRIMARY KEY, "limit" integer NOT NULL);`, messages: 1 },
    { sql: 'CREATE TABLE "user" (id bigint PRIMARY KEY);', messages: 1 },
    { name: 'reserved column names', sql: 'CREATE TABLE items (id bigint PRIMARY KEY, "order" int, "group" text, "check" boolean);', messages: 3 },
    { name: 'type/function-name keywords cannot be column names either', sql: 'CREATE TABLE edges (id bigint PRIMARY KEY, "left" int, "right" int);', messages: 2 },
  ],
});
