import rule from '../../../src/core/rules/require-primary-key';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);',
    { name: 'partitions take the parent key', sql: `CREATE TABLE m (id bigint, at date, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
      CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');` },
    { name: 'a key added later by ALTER TABLE', sql: 'CREATE TABLE t (a int NOT NULL); ALTER TABLE t ADD PRIMARY KEY (a);' },
  ],
  invalid: [
    { sql: 'CREATE TABLE page_views (url text, viewed_at timestamptz);', messages: 1 },
    { name: 'a unique NOT NULL column is a candidate, not a key', sql: 'CREATE TABLE t (code text NOT NULL UNIQUE, label text);', messages: 1 },
    { name: 'a partitioned parent without a key', sql: 'CREATE TABLE m (id bigint, at date) PARTITION BY RANGE (at);', messages: 1 },
  ],
});
