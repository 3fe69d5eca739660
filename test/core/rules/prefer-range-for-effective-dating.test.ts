import rule from '../../../src/core/rules/prefer-range-for-effective-dating';
import { ruleTester } from './rule-tester';

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
    'CREATE TABLE prices (id bigint PRIMARY KEY, product_id bigint NOT NULL, during tstzrange NOT NULL);',
    { name: 'event timestamps are not a period', sql: 'CREATE TABLE sessions (id bigint PRIMARY KEY, user_id bigint, start_date date, end_date date);' },
    {
      name: 'a range column beside the pair already holds the period',
      sql: `CREATE TABLE prices (id bigint PRIMARY KEY, product_id bigint NOT NULL, valid_from timestamptz NOT NULL, valid_to timestamptz,
        validity tstzrange GENERATED ALWAYS AS (tstzrange(valid_from, valid_to)) STORED);`,
    },
    { name: 'a single row per entity', sql: 'CREATE TABLE licences (id bigint PRIMARY KEY, valid_from date, valid_to date, holder text);' },
  ],
  invalid: [
    { sql: 'CREATE TABLE prices (id bigint PRIMARY KEY, product_id bigint NOT NULL, valid_from timestamptz NOT NULL, valid_to timestamptz);', messages: 1 },
    { name: 'date pair', sql: 'CREATE TABLE salaries (id bigint PRIMARY KEY, employee_id bigint NOT NULL, effective_from date NOT NULL, effective_until date);', messages: 1 },
  ],
});
