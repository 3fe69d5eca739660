import rule from '../../../src/core/rules/require-primary-key';
import { expect, test } from 'vitest';
import { importClean, lintWith, ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    // Corpus (postgrest rollen): a table with no columns has nothing to key.
    { name: 'a table with no columns', sql: 'CREATE TABLE rollen ();' },
    {
      // Corpus (lago partman.template_public_enriched_events): pg_partman's template table.
      name: "a tool's table",
      sql: 'CREATE SCHEMA partman; CREATE TABLE partman.template_public_events (id uuid NOT NULL, code text);',
    },
    'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);',
    { name: 'partitions take the parent key', sql: `CREATE TABLE m (id bigint, at date, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
      CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');` },
    { name: 'a key added later by ALTER TABLE', sql: 'CREATE TABLE t (a int NOT NULL); ALTER TABLE t ADD PRIMARY KEY (a);' },
  ],
  invalid: [
    { sql: 'CREATE TABLE page_views (url text, viewed_at timestamptz);', messages: 1 },
    { name: 'a unique NOT NULL column is a candidate, not a key', sql: 'CREATE TABLE t (code text NOT NULL UNIQUE, label text);', messages: 1 },
    {
      // Corpus (Harbor, holdout-17): a migration tool's ledger in the application's schema is still
      // keyed (Alembic declares version_num the key itself; logical replication needs one).
      name: "Alembic's ledger without its key",
      sql: 'CREATE TABLE IF NOT EXISTS alembic_version (version_num varchar(32) NOT NULL);',
      messages: 1,
    },
    { name: 'a partitioned parent without a key', sql: 'CREATE TABLE m (id bigint, at date) PARTITION BY RANGE (at);', messages: 1 },
  ],
});

test('the help names a unique index over NOT NULL columns as the key to promote', async () => {
  // Corpus (synapse): most tables are keyed by a unique index, not a constraint.
  const schema = await importClean('CREATE TABLE erased_users (user_id text NOT NULL); CREATE UNIQUE INDEX erased_users_user ON erased_users (user_id);');
  expect(lintWith(rule, schema).map((d) => d.help)).toEqual(['Promote the unique key (user_id) to the primary key, or add a surrogate identity key.']);
});
