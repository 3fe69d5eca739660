import rule from '../../../src/core/rules/prefer-timestamptz';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    {
      // Corpus (openstreetmap ar_internal_metadata): Rails' own bookkeeping row.
      name: "a framework's migration bookkeeping",
      sql: 'CREATE TABLE ar_internal_metadata (key varchar PRIMARY KEY, value varchar, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL);',
    },
    'CREATE TABLE t (id bigint PRIMARY KEY, at timestamptz, d date, tm time);',
    {
      name: 'a partition is reported on its parent only',
      sql: `CREATE TABLE m (id bigint, at timestamptz) PARTITION BY RANGE (at);
        CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');`,
    },
  ],
  invalid: [
    { name: 'timetz, reported without a fix (no cast makes it an instant)', sql: 'CREATE TABLE shifts (id bigint PRIMARY KEY, starts timetz NOT NULL, ends time with time zone);', messages: 2 },
    { sql: 'CREATE TABLE t (id bigint PRIMARY KEY, at timestamp);', messages: 1, fixed: true },
    { name: 'precision and arrays', sql: 'CREATE TABLE t (id bigint PRIMARY KEY, at timestamp(3) NOT NULL, history timestamp without time zone[]);', messages: 2, fixed: true },
  ],
});
