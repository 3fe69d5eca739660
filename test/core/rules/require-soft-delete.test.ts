import { expect, test } from 'vitest';
import rule from '../../../src/core/rules/require-soft-delete';
import { importClean, lintWith, ruleTester } from './rule-tester';

/** A schema that soft-deletes its content (the convention), as Sanbase and Lago do. */
const CONVENTION = `
  CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE, project_id bigint REFERENCES projects, title text NOT NULL, is_deleted boolean NOT NULL DEFAULT false);
  CREATE TABLE comments (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE, body text NOT NULL, deleted_at timestamptz);`;

ruleTester(rule, {
  valid: [
    {
      // Corpus (AdventureWorks, northwind, pagila: no table soft-deletes): no evidence the team wants it.
      name: 'a schema that soft-deletes nothing',
      sql: 'CREATE TABLE users (id bigint PRIMARY KEY, email text, name text); CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users, total numeric);',
    },
    {
      // Corpus (danbooru email_addresses, lago payment_requests): the convention exists, but no
      // soft-deleted row points at these tables, so a hard delete there defeats nothing.
      name: 'the convention, but nothing soft-deleted references the table',
      sql: `CREATE TABLE users (id bigint PRIMARY KEY, email text, deleted_at timestamptz);
        CREATE TABLE projects (id bigint PRIMARY KEY, name text, discarded_at timestamptz);
        ${CONVENTION.replace('REFERENCES projects', '')}
        CREATE TABLE saved_searches (id bigint PRIMARY KEY, user_id bigint REFERENCES users, query text NOT NULL, labels text[]);`,
    },
    {
      // Corpus (lago organizations, applied_add_ons; sanbase table_configurations): NO ACTION refuses
      // the delete, which protects the kept rows; SET NULL says losing the link is fine.
      name: 'references that refuse the delete or let go of it',
      sql: `CREATE TABLE organizations (id uuid PRIMARY KEY, name text NOT NULL, api_key text);
        CREATE TABLE table_configurations (id bigint PRIMARY KEY, title text NOT NULL, columns jsonb);
        CREATE TABLE plans (id uuid PRIMARY KEY, organization_id uuid NOT NULL REFERENCES organizations, name text NOT NULL, deleted_at timestamptz);
        CREATE TABLE coupons (id uuid PRIMARY KEY, organization_id uuid NOT NULL REFERENCES organizations ON DELETE RESTRICT, code text NOT NULL, deleted_at timestamptz);
        CREATE TABLE user_lists (id bigint PRIMARY KEY, name text, table_configuration_id bigint REFERENCES table_configurations ON DELETE SET NULL, is_deleted boolean NOT NULL DEFAULT false);`,
    },
    {
      // Corpus (lago subscriptions, invoices, wallets): rows that end by a state change.
      name: 'referenced, but its rows end by status or termination, not deletion',
      sql: `CREATE TABLE users (id bigint PRIMARY KEY, email text, status text NOT NULL, created_at timestamptz);
        CREATE TABLE projects (id bigint PRIMARY KEY, name text NOT NULL, terminated_at timestamptz, budget numeric);
        ${CONVENTION}`,
    },
    {
      // Corpus (lago pending_vies_checks, synapse stream_positions, link tables, logs): never
      // soft-deleted whatever references them.
      name: 'queues, logs and link tables are not asked for soft delete',
      sql: `CREATE TABLE pending_checks (id bigint PRIMARY KEY, attempts_count int NOT NULL, last_error text);
        CREATE TABLE audit_log (id bigint PRIMARY KEY, action text NOT NULL, at timestamptz NOT NULL);
        CREATE TABLE a (id bigint PRIMARY KEY, deleted_at timestamptz); CREATE TABLE b (id bigint PRIMARY KEY, deleted_at timestamptz);
        CREATE TABLE c (id bigint PRIMARY KEY, check_id bigint REFERENCES pending_checks, log_id bigint REFERENCES audit_log, note text, deleted_at timestamptz);`,
    },
  ],
  invalid: [
    {
      // Corpus (sanbase users; lemmy instance): soft-deleted posts and comments cascade away with
      // their user (the NO ACTION reference from posts to projects is not reported).
      name: 'tables whose deletes cascade to soft-deleted rows',
      sql: `CREATE TABLE users (id bigint PRIMARY KEY, username text, email text);
        CREATE TABLE projects (id bigint PRIMARY KEY, name text NOT NULL, ticker text);
        ${CONVENTION}`,
      messages: 1,
    },
    {
      // Corpus (lago organizations): an address's state is not the row's lifecycle.
      name: 'a state column beside an address is a region',
      sql: `CREATE TABLE organizations (id uuid PRIMARY KEY, name text NOT NULL, country text, state text, zipcode text);
        CREATE TABLE plans (id uuid PRIMARY KEY, organization_id uuid NOT NULL REFERENCES organizations ON DELETE CASCADE, name text NOT NULL, deleted_at timestamptz);
        CREATE TABLE coupons (id uuid PRIMARY KEY, organization_id uuid NOT NULL REFERENCES organizations ON DELETE CASCADE, code text NOT NULL, deleted_at timestamptz);`,
      messages: 1,
    },
    {
      name: 'option everyUserTable: the team soft-deletes every entity table',
      sql: 'CREATE TABLE projects (id bigint PRIMARY KEY, name text, owner text); CREATE TABLE tasks (id bigint PRIMARY KEY, project_id bigint, title text);',
      options: { everyUserTable: true },
      messages: 2,
    },
  ],
});

test('the message names the soft-deleted tables a hard delete takes with it', async () => {
  const schema = await importClean(`CREATE TABLE users (id bigint PRIMARY KEY, username text, email text); CREATE TABLE projects (id bigint PRIMARY KEY, name text NOT NULL, ticker text); ${CONVENTION}`);
  const messages = lintWith(rule, schema).map((d) => d.message).sort();
  expect(messages).toEqual([
    'users has no soft-delete column, yet posts, comments are soft-deleted and reference it: deleting a row of users deletes their rows with it (ON DELETE CASCADE), soft-deleted ones included.',
  ]);
});
