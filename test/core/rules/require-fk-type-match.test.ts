import rule from '../../../src/core/rules/require-fk-type-match';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    'CREATE TABLE a (id bigint PRIMARY KEY); CREATE TABLE b (id bigint PRIMARY KEY, a_id bigint REFERENCES a);',
    { name: 'bigserial key, bigint reference', sql: 'CREATE TABLE a (id bigserial PRIMARY KEY); CREATE TABLE b (id bigint PRIMARY KEY, a_id bigint REFERENCES a);' },
    {
      name: 'composite key with matching types',
      sql: 'CREATE TABLE a (x int, code varchar(10), PRIMARY KEY (x, code)); CREATE TABLE b (id bigint PRIMARY KEY, x int, code varchar(10), FOREIGN KEY (x, code) REFERENCES a);',
    },
  ],
  invalid: [
    { sql: 'CREATE TABLE a (id bigint PRIMARY KEY); CREATE TABLE b (id bigint PRIMARY KEY, a_id int REFERENCES a);', messages: 1, fixed: true },
    { name: 'varchar lengths differ', sql: 'CREATE TABLE a (code varchar(20) PRIMARY KEY); CREATE TABLE b (id bigint PRIMARY KEY, code varchar(10) REFERENCES a);', messages: 1, fixed: true },
    {
      name: 'one column of a composite key differs',
      sql: 'CREATE TABLE a (x int, y bigint, PRIMARY KEY (x, y)); CREATE TABLE b (id bigint PRIMARY KEY, x int, y int, FOREIGN KEY (x, y) REFERENCES a);',
      messages: 1,
      fixed: true,
    },
  ],
});
