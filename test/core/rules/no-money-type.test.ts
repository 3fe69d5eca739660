import rule from '../../../src/core/rules/no-money-type';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    'CREATE TABLE t (id bigint PRIMARY KEY, amount numeric(19,4), currency char(3));',
    { name: 'a column named money', sql: 'CREATE TABLE t (id bigint PRIMARY KEY, money bigint);' },
  ],
  invalid: [
    { sql: 'CREATE TABLE t (id bigint PRIMARY KEY, amount money);', messages: 1 },
    { name: 'two columns and an array', sql: 'CREATE TABLE t (id bigint PRIMARY KEY, net money, gross money, parts money[]);', messages: 3 },
  ],
});
