import rule from '../../../src/core/rules/no-redundant-index';
import { ruleTester } from './rule-tester';

const t = 'CREATE TABLE t (id bigint PRIMARY KEY, a int, b int, c int);';

ruleTester(rule, {
  valid: [
    `${t} CREATE INDEX ON t (a, b); CREATE INDEX ON t (b);`,
    { name: 'a unique prefix enforces something', sql: `${t} CREATE UNIQUE INDEX ON t (a); CREATE INDEX ON t (a, b);` },
    { name: 'a partial prefix', sql: `${t} CREATE INDEX ON t (a) WHERE c IS NULL; CREATE INDEX ON t (a, b);` },
    { name: 'descending order differs', sql: `${t} CREATE INDEX ON t (a DESC); CREATE INDEX ON t (a, b);` },
    { name: 'other method', sql: `${t} CREATE INDEX ON t USING hash (a); CREATE INDEX ON t (a, b);` },
    { name: 'same columns, other order', sql: `${t} CREATE INDEX ON t (b, a); CREATE INDEX ON t (a, b);` },
  ],
  invalid: [
    { sql: `${t} CREATE INDEX ON t (a); CREATE INDEX ON t (a, b);`, messages: 1 },
    { name: 'prefix of a unique constraint', sql: `CREATE TABLE t (id bigint PRIMARY KEY, a int, b int, UNIQUE (a, b)); CREATE INDEX ON t (a);`, messages: 1 },
    { name: 'prefix of the primary key', sql: `CREATE TABLE t (a int, b int, PRIMARY KEY (a, b)); CREATE INDEX ON t (a);`, messages: 1 },
  ],
});
