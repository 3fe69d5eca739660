import rule from '../../../src/core/rules/require-fk-index';
import { ruleTester } from './rule-tester';

const parents = 'CREATE TABLE a (id bigint PRIMARY KEY); CREATE TABLE p (x int, y int, PRIMARY KEY (x, y));';

ruleTester(rule, {
  valid: [
    `${parents} CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint REFERENCES a); CREATE INDEX ON c (a_id);`,
    {
      name: 'composite FK covered by a composite index in another order',
      sql: `${parents} CREATE TABLE c (id bigint PRIMARY KEY, x int, y int, FOREIGN KEY (x, y) REFERENCES p); CREATE INDEX ON c (y, x, id);`,
    },
    {
      name: 'covered by the leading columns of the primary key (join table)',
      sql: `${parents} CREATE TABLE c (a_id bigint REFERENCES a, tag text, PRIMARY KEY (a_id, tag));`,
    },
    { name: 'covered by a unique constraint', sql: `${parents} CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint UNIQUE REFERENCES a);` },
  ],
  invalid: [
    { sql: `${parents} CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint REFERENCES a);`, messages: 1, fixed: true },
    {
      name: 'FK column second in the only index',
      sql: `${parents} CREATE TABLE c (id bigint PRIMARY KEY, kind text, a_id bigint REFERENCES a); CREATE INDEX ON c (kind, a_id);`,
      messages: 1,
      fixed: true,
    },
    {
      name: 'a partial index does not serve the RI check for every row',
      sql: `${parents} CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint REFERENCES a, done boolean); CREATE INDEX ON c (a_id) WHERE NOT done;`,
      messages: 1,
      fixed: true,
    },
    {
      name: 'composite FK, index covers only one of its columns first',
      sql: `${parents} CREATE TABLE c (id bigint PRIMARY KEY, x int, y int, FOREIGN KEY (x, y) REFERENCES p); CREATE INDEX ON c (x, id, y);`,
      messages: 1,
      fixed: true,
    },
    {
      // Rule bug: any index method counts. A BRIN index summarises block ranges; for a key whose
      // values are not correlated with the physical order, every range matches and the RI check
      // still reads the whole table.
      name: 'a BRIN index does not serve the lookup',
      sql: `${parents} CREATE TABLE c (id bigint PRIMARY KEY, a_id bigint REFERENCES a); CREATE INDEX ON c USING brin (a_id);`,
      messages: 1,
    },
  ],
});
