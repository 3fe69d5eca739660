import rule from '../../../src/core/rules/require-exclusion-for-effective-dating';
import { describe, expect, test } from 'vitest';
import { importClean, lintWith, ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    {
      // Corpus (3DCityDB's core schema, holdout-31): features and appearances are objects with
      // their own objectid; objectclass_id is a feature's class and feature_id an appearance's
      // owner, not entities they are versions of.
      name: 'objects with their own identifier, whose <x>_id columns name other things',
      sql: `CREATE TABLE feature (id bigint PRIMARY KEY, objectclass_id integer NOT NULL, objectid text, identifier text, valid_from timestamptz, valid_to timestamptz);
        CREATE TABLE appearance (id bigint PRIMARY KEY, objectid text, theme text, valid_from timestamptz, valid_to timestamptz, feature_id bigint REFERENCES feature (id));`,
    },
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
    {
      // Rule bug: a temporal_tables system-time period is opened and closed by the versioning
      // trigger at the transaction's clock; the current table holds one row per key and the
      // history rows chain, so no EXCLUDE is wanted (the rule is about valid time).
      name: 'a system-time period kept by a versioning trigger, on the table and its history',
      sql: `CREATE TABLE contacts (id bigint PRIMARY KEY, customer_id bigint NOT NULL, email text,
          sys_period tstzrange NOT NULL DEFAULT tstzrange(current_timestamp, null));
        CREATE TABLE contacts_history (LIKE contacts);`,
    },
  ],
  invalid: [
    {
      name: 'a valid-time range beside a system-time one still needs its exclusion',
      sql: `CREATE TABLE rates (id bigint PRIMARY KEY, product_id bigint NOT NULL, valid_during daterange NOT NULL,
        sys_period tstzrange NOT NULL DEFAULT tstzrange(current_timestamp, null));`,
      messages: 1,
    },
    {
      // The periods extension (temporal keys) adds the EXCLUDE constraint itself; its functions
      // are not in the script, so the rule cannot see the constraint and says so.
      name: 'an exclusion a temporal-keys extension adds through a function call',
      sql: `CREATE TABLE prices (id bigint PRIMARY KEY, product_id bigint NOT NULL, valid_from timestamptz NOT NULL, valid_to timestamptz);
        SELECT periods.add_period('prices', 'validity', 'valid_from', 'valid_to');
        SELECT periods.add_unique_key('prices', ARRAY['product_id'], 'validity');`,
      messages: 1,
    },
    { sql: 'CREATE TABLE prices (id bigint PRIMARY KEY, product_id bigint NOT NULL, valid_from timestamptz NOT NULL, valid_to timestamptz);', messages: 1 },
    { name: 'a range column without exclusion', sql: 'CREATE TABLE room_bookings (id bigint PRIMARY KEY, room_id bigint NOT NULL, during tstzrange NOT NULL);', messages: 1 },
    {
      name: 'a unique constraint cannot prevent overlaps',
      sql: 'CREATE TABLE salaries (id bigint PRIMARY KEY, employee_id bigint NOT NULL, effective_from date NOT NULL, effective_to date, UNIQUE (employee_id, effective_from));',
      messages: 1,
    },
  ],
});

describe('require-exclusion-for-effective-dating messages', () => {
  test('says it could not see the exclusion, not that it is absent, when an unseen function got the table', async () => {
    const sql = `CREATE TABLE prices (id bigint PRIMARY KEY, product_id bigint NOT NULL, valid_from timestamptz NOT NULL, valid_to timestamptz);
      SELECT periods.add_unique_key('prices', ARRAY['product_id'], 'validity');`;
    const [d] = lintWith(rule, await importClean(sql));
    expect(d?.message).toMatch(/could not see an EXCLUDE constraint .*periods\.add_unique_key\(\) at line 2, whose body is not in the script/);
    const plain = lintWith(rule, await importClean('CREATE TABLE prices (id bigint PRIMARY KEY, product_id bigint NOT NULL, valid_from timestamptz NOT NULL, valid_to timestamptz);'));
    expect(plain[0]?.message).toMatch(/nothing prevents overlapping periods/);
  });
});
