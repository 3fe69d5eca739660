import rule from '../../../src/core/rules/no-duplicate-index';
import { ruleTester } from './rule-tester';

const t = 'CREATE TABLE t (id bigint PRIMARY KEY, a int, b int, email text);';

ruleTester(rule, {
  valid: [
    `${t} CREATE INDEX ON t (a); CREATE INDEX ON t (a, b);`,
    { name: 'different predicates', sql: `${t} CREATE INDEX ON t (a) WHERE b > 0; CREATE INDEX ON t (a) WHERE b < 0;` },
    { name: 'different methods', sql: `${t} CREATE INDEX ON t (a); CREATE INDEX ON t USING hash (a);` },
    { name: 'different operator classes', sql: `${t} CREATE INDEX ON t (email); CREATE INDEX ON t (email text_pattern_ops);` },
    { name: 'expression vs column', sql: `${t} CREATE INDEX ON t (email); CREATE INDEX ON t (lower(email));` },
  ],
  invalid: [
    { sql: `${t} CREATE INDEX i1 ON t (a, b); CREATE INDEX i2 ON t (a, b);`, messages: 1, fixed: true },
    { name: 'a plain index repeating the primary key', sql: `${t} CREATE INDEX t_id_idx ON t (id);`, messages: 1, fixed: true },
    { name: 'a plain index after a unique index on the same column', sql: `${t} CREATE UNIQUE INDEX t_a_key ON t (a); CREATE INDEX t_a_idx ON t (a);`, messages: 1, fixed: true },
    {
      // Rule bug: found only when the unique index is declared first. The non-unique one is seen
      // first here, and the later unique index is looked up under its ':unique' signature only.
      name: 'a plain index before a unique index on the same column',
      sql: `${t} CREATE INDEX t_a_idx ON t (a); CREATE UNIQUE INDEX t_a_key ON t (a);`,
      messages: 1,
      fixed: true,
    },
    {
      // Rule bug: only plain indexes are reported. ALTER TABLE ... ADD UNIQUE twice creates two
      // constraints with two identical indexes (CREATE TABLE would fold them into one).
      name: 'the same unique constraint added twice',
      sql: `${t} ALTER TABLE t ADD UNIQUE (a); ALTER TABLE t ADD UNIQUE (a);`,
      messages: 1,
    },
  ],
});
