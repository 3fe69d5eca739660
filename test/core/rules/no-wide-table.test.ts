import rule from '../../../src/core/rules/no-wide-table';
import { ruleTester } from './rule-tester';

const columns = (n: number) => Array.from({ length: n }, (_, i) => `c${i + 1} int`).join(', ');

ruleTester(rule, {
  valid: [
    `CREATE TABLE t (${columns(50)});`,
    { name: 'under a lowered limit', sql: 'CREATE TABLE t (a int, b int, c int);', options: { maxColumns: 3 } },
    { name: 'a raised limit', sql: `CREATE TABLE t (${columns(80)});`, options: { maxColumns: 100 } },
  ],
  invalid: [
    { sql: `CREATE TABLE t (${columns(51)});`, messages: 1 },
    { name: 'over a lowered limit', sql: 'CREATE TABLE t (a int, b int, c int, d int);', options: { maxColumns: 3 }, messages: 1 },
  ],
});
