import rule from '../../../src/core/rules/require-audit-columns';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    {
      // Corpus (lago active_storage_variant_records): a framework's table, not user data.
      name: "a framework's attachment table",
      sql: 'CREATE TABLE active_storage_variant_records (id bigint PRIMARY KEY, blob_id bigint NOT NULL, variation_digest text NOT NULL);',
    },
    {
      name: 'an append-only log needs only when it happened',
      sql: 'CREATE TABLE audit_log (id bigint PRIMARY KEY, actor_id bigint, action text NOT NULL, occurred_at timestamptz NOT NULL DEFAULT now());',
    },
    'CREATE TABLE users (id bigint PRIMARY KEY, email text, created_at timestamptz, updated_at timestamptz);',
    // Other frameworks' spellings: Ecto, pagila.
    'CREATE TABLE posts (id bigint PRIMARY KEY, title text, inserted_at timestamp, updated_at timestamp);',
    'CREATE TABLE film (film_id int PRIMARY KEY, title text, created timestamptz, last_update timestamptz);',
    // Not user data: lookup table with two columns, join table, history table, infrastructure.
    'CREATE TABLE tags (id bigint PRIMARY KEY, name text);',
    {
      // Corpus (inaturalist audits): the audited gem's log records only when a change happened.
      name: "the audited gem's audits table is a log",
      sql: 'CREATE TABLE audits (id bigint PRIMARY KEY, auditable_id int, auditable_type varchar, action varchar, audited_changes jsonb, created_at timestamp);',
    },
    {
      // Corpus (lemmy community_report, openstreetmap gpx_files): other words for when a row was made.
      name: 'a NOT NULL published or timestamp column records creation',
      sql: `CREATE TABLE community_report (id int PRIMARY KEY, reason text NOT NULL, published_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz);
        CREATE TABLE gpx_uploads (id bigint PRIMARY KEY, user_id bigint NOT NULL, name text, "timestamp" timestamptz NOT NULL, modified timestamptz);`,
    },
    // Corpus (sanbase market_segments): reference data, a key and text labels.
    'CREATE TABLE market_segments (id bigint PRIMARY KEY, name varchar(255) NOT NULL, type varchar(255));',
    `CREATE TABLE users (id bigint PRIMARY KEY, created_at timestamptz, updated_at timestamptz);
     CREATE TABLE groups (id bigint PRIMARY KEY, created_at timestamptz, updated_at timestamptz);
     CREATE TABLE user_groups (user_id bigint REFERENCES users, group_id bigint REFERENCES groups, role text, PRIMARY KEY (user_id, group_id));`,
    'CREATE TABLE orders_history (history_id bigint PRIMARY KEY, id bigint, status text, changed_at timestamptz);',
    'CREATE TABLE schema_migrations (version text PRIMARY KEY, dirty boolean, applied text);',
    'CREATE TABLE outbox (id bigint PRIMARY KEY, payload jsonb, published_at timestamptz);',
    {
      name: 'requireActor: created_by / updated_by present',
      sql: 'CREATE TABLE docs (id bigint PRIMARY KEY, body text, created_at timestamptz, updated_at timestamptz, created_by bigint, updated_by bigint);',
      options: { requireActor: true },
    },
  ],
  invalid: [
    { sql: 'CREATE TABLE customers (id bigint PRIMARY KEY, email text, name text);', messages: 1 },
    { name: 'created_at alone is not enough', sql: 'CREATE TABLE customers (id bigint PRIMARY KEY, email text, created_at timestamptz);', messages: 1 },
    {
      name: 'requireActor: timestamps but no actor columns',
      sql: 'CREATE TABLE docs (id bigint PRIMARY KEY, body text, created_at timestamptz, updated_at timestamptz);',
      options: { requireActor: true },
      messages: 1,
    },
  ],
});
