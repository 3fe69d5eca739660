import rule from '../../../src/core/rules/require-exclusion-for-effective-dating';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    `CREATE EXTENSION btree_gist;
     CREATE TABLE prices (id bigint PRIMARY KEY, product_id bigint NOT NULL, during tstzrange NOT NULL, EXCLUDE USING gist (product_id WITH =, during WITH &&));`,
    {
      name: 'a column pair guarded through a range expression',
      sql: `CREATE EXTENSION btree_gist;
        CREATE TABLE prices (id bigint PRIMARY KEY, product_id bigint NOT NULL, valid_from timestamptz NOT NULL, valid_to timestamptz,
          EXCLUDE USING gist (product_id WITH =, tstzrange(valid_from, valid_to) WITH &&));`,
    },
    {
      name: 'started_at / ended_at describe an event, not a version',
      sql: 'CREATE TABLE jobs (id bigint PRIMARY KEY, worker_id bigint, started_at timestamptz, ended_at timestamptz);',
    },
    {
      name: 'one period per row of its own entity (nothing can overlap)',
      sql: 'CREATE TABLE api_tokens (id bigint PRIMARY KEY, user_id bigint NOT NULL UNIQUE, valid_from timestamptz, valid_until timestamptz);',
    },
  ],
  invalid: [
    { sql: 'CREATE TABLE prices (id bigint PRIMARY KEY, product_id bigint NOT NULL, valid_from timestamptz NOT NULL, valid_to timestamptz);', messages: 1 },
    { name: 'a range column without exclusion', sql: 'CREATE TABLE room_bookings (id bigint PRIMARY KEY, room_id bigint NOT NULL, during tstzrange NOT NULL);', messages: 1 },
    {
      name: 'a unique constraint cannot prevent overlaps',
      sql: 'CREATE TABLE salaries (id bigint PRIMARY KEY, employee_id bigint NOT NULL, effective_from date NOT NULL, effective_to date, UNIQUE (employee_id, effective_from));',
      messages: 1,
    },
  ],
});
