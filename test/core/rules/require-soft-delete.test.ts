import rule from '../../../src/core/rules/require-soft-delete';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    'CREATE TABLE users (id bigint PRIMARY KEY, email text, name text, deleted_at timestamptz);',
    { name: 'boolean flag', sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email text, name text, is_deleted boolean NOT NULL DEFAULT false);' },
    { name: 'an event table is not user data', sql: 'CREATE TABLE events (id bigint PRIMARY KEY, type text, payload jsonb);' },
    {
      // Corpus (guacamole_connection_parameter): parts of a connection, deleted with it.
      name: 'rows keyed by a parent they cascade away with',
      sql: `CREATE TABLE connections (id int PRIMARY KEY, name text, protocol text, deleted_at timestamptz);
        CREATE TABLE connection_parameters (connection_id int REFERENCES connections ON DELETE CASCADE, parameter_name varchar(128), parameter_value text NOT NULL, PRIMARY KEY (connection_id, parameter_name));`,
    },
    {
      // Corpus (synapse threepid_validation_token, listmonk sessions, inaturalist observation_zooms_*).
      name: 'expiring tokens, sessions, and tables without any key',
      sql: `CREATE TABLE threepid_validation_token (token text PRIMARY KEY, session_id text NOT NULL, next_link text, expires bigint NOT NULL);
        CREATE TABLE sessions (id text PRIMARY KEY, data jsonb NOT NULL, created_at timestamptz NOT NULL);
        CREATE TABLE observation_zooms_4000 (taxon_id integer, cell text, count integer NOT NULL);
        CREATE TABLE users (name text PRIMARY KEY, password_hash text, creation_ts bigint, deactivated smallint NOT NULL DEFAULT 0);`,
    },
    { name: 'a two-column lookup table', sql: 'CREATE TABLE colours (id int PRIMARY KEY, name text);' },
    {
      // Corpus (lago wallet_targets): a link between two rows, with a surrogate key and timestamps.
      name: 'a link table with a surrogate key',
      sql: `CREATE TABLE wallets (id uuid PRIMARY KEY); CREATE TABLE metrics (id uuid PRIMARY KEY);
        CREATE TABLE wallet_targets (id uuid PRIMARY KEY, organization_id uuid NOT NULL, wallet_id uuid NOT NULL REFERENCES wallets, metric_id uuid NOT NULL REFERENCES metrics, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL);`,
    },
  ],
  invalid: [
    { sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email text, name text);', messages: 1 },
    {
      name: 'two tables',
      sql: 'CREATE TABLE projects (id bigint PRIMARY KEY, name text, owner text); CREATE TABLE tasks (id bigint PRIMARY KEY, project_id bigint, title text);',
      messages: 2,
    },
  ],
});
