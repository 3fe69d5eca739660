import rule from '../../../src/core/rules/no-unvalidated-constraint';
import { ruleTester } from './rule-tester';

const t = 'CREATE TABLE a (id bigint PRIMARY KEY); CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint, n int);';

ruleTester(rule, {
  valid: [
    `${t} ALTER TABLE c ADD CONSTRAINT c_a FOREIGN KEY (a_id) REFERENCES a NOT VALID; ALTER TABLE c VALIDATE CONSTRAINT c_a;`,
    `${t} ALTER TABLE c ADD CONSTRAINT c_n CHECK (n > 0);`,
  ],
  invalid: [
    { sql: `${t} ALTER TABLE c ADD CONSTRAINT c_a FOREIGN KEY (a_id) REFERENCES a NOT VALID;`, messages: 1, fixed: true },
    { name: 'a CHECK left NOT VALID', sql: `${t} ALTER TABLE c ADD CONSTRAINT c_n CHECK (n > 0) NOT VALID;`, messages: 1, fixed: true },
    { name: 'a domain CHECK left NOT VALID', sql: 'CREATE DOMAIN pos AS int; ALTER DOMAIN pos ADD CONSTRAINT pos_check CHECK (VALUE > 0) NOT VALID;', messages: 1 },
  ],
});
