import rule from '../../../src/core/rules/prefer-text';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    'CREATE TABLE t (id bigint PRIMARY KEY, name text CHECK (length(name) <= 100));',
    { name: 'unbounded varchar is text', sql: 'CREATE TABLE t (id bigint PRIMARY KEY, name varchar);' },
    {
      // Corpus (synapse stats_incremental_position and its siblings): the single-row guard holds only 'X'.
      name: 'a column a CHECK pins to one literal',
      sql: "CREATE TABLE stream_position (lock char(1) NOT NULL DEFAULT 'X' UNIQUE, stream_id bigint NOT NULL, CONSTRAINT stream_position_lock_check CHECK (lock = 'X'));",
    },
  ],
  invalid: [
    { sql: 'CREATE TABLE t (id bigint PRIMARY KEY, name varchar(255));', messages: 1 },
    { name: 'char(n) and char', sql: 'CREATE TABLE t (id bigint PRIMARY KEY, country char(2), flag char);', messages: 2 },
    { name: 'a CHECK allowing several values does not pin the column', sql: "CREATE TABLE t (id bigint PRIMARY KEY, kind char(1) CHECK (kind IN ('a', 'b')), code char(2) CHECK (code = upper(code)));", messages: 2 },
  ],
});
