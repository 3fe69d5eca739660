import rule from '../../../src/core/rules/require-history-trigger';
import { describe, expect, test } from 'vitest';
import { importClean, lintWith, ruleTester } from './rule-tester';

const tables = `
  CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL, total numeric(12,2) NOT NULL);
  CREATE TABLE orders_history (history_id bigint PRIMARY KEY, id bigint, status text, total numeric(12,2), changed_at timestamptz);`;
const writer = `CREATE FUNCTION orders_write_history() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN INSERT INTO orders_history (id, status, total) VALUES (OLD.id, OLD.status, OLD.total); RETURN NULL; END $$;`;

ruleTester(rule, {
  valid: [
    `${tables} ${writer} CREATE TRIGGER orders_hist AFTER UPDATE OR DELETE ON orders FOR EACH ROW EXECUTE FUNCTION orders_write_history();`,
    {
      name: 'a history table that is just a log (its own columns) is not the pattern',
      sql: `CREATE TABLE users (id bigint PRIMARY KEY, email text, name text, created_at timestamptz);
        CREATE TABLE users_history (id bigint PRIMARY KEY, user_id bigint, ip inet, logged_in_at timestamptz);`,
    },
    {
      name: 'a log linked by key that repeats none of the columns',
      sql: `CREATE TABLE accounts (id bigint PRIMARY KEY, name text, plan text, seats int, owner_email text, region text);
        CREATE TABLE accounts_history (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts, ip inet, changed_at timestamptz);`,
    },
    {
      // The import follows the call (format() of a constant argument) and sees the trigger.
      name: 'a history trigger made by a function the script calls, followed',
      sql: `${tables} ${writer}
        CREATE FUNCTION add_history_trigger(t regclass) RETURNS void LANGUAGE plpgsql AS $$
          BEGIN EXECUTE format('CREATE TRIGGER h AFTER UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION orders_write_history()', t); END $$;
        SELECT add_history_trigger('orders');`,
    },
    {
      // Corpus (holdout-27, Marquez's first migration): a job's versions are entities of their own
      // (runs reference them, jobs.current_version_uuid points at one), repeating none of jobs'
      // own columns: only the creation and update times every table has, beside a version.
      name: 'a versioned entity that repeats only the times every table has',
      sql: `CREATE TABLE jobs (uuid uuid PRIMARY KEY, type varchar(64) NOT NULL, created_at timestamp NOT NULL, updated_at timestamp NOT NULL,
          namespace_uuid uuid, name varchar(255) UNIQUE NOT NULL, description text, current_version_uuid uuid);
        CREATE TABLE job_versions (uuid uuid PRIMARY KEY, created_at timestamp NOT NULL, updated_at timestamp NOT NULL, job_uuid uuid REFERENCES jobs(uuid),
          version uuid NOT NULL, location varchar(255) NOT NULL, latest_run_uuid uuid, UNIQUE (job_uuid, version));
        CREATE TABLE runs (uuid uuid PRIMARY KEY, job_version_uuid uuid REFERENCES job_versions(uuid), created_at timestamp NOT NULL);`,
    },
    {
      name: 'a _history table with no main table',
      sql: 'CREATE TABLE login_history (id bigint PRIMARY KEY, user_id bigint, at timestamptz);',
    },
  ],
  invalid: [
    { sql: tables, messages: 1 },
    {
      // The common hand-written shape: the key, half of the columns, and when they changed.
      name: 'a history repeating the key, half of the columns and changed_at',
      sql: `CREATE TABLE accounts (id bigint PRIMARY KEY, name text, plan text, seats int, owner_email text, region text, updated_at timestamptz);
        CREATE TABLE accounts_history (history_id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts, plan text, seats int, region text, changed_at timestamptz NOT NULL);`,
      messages: 1,
    },
    {
      // A _versions table that repeats the main row's own columns beside its version is a history.
      name: 'versions repeating the main row beside a version, and the times',
      sql: `CREATE TABLE documents (id bigint PRIMARY KEY, title text NOT NULL, body text NOT NULL, owner_id bigint, status text, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL);
        CREATE TABLE documents_versions (id bigint PRIMARY KEY, document_id bigint NOT NULL REFERENCES documents, version int NOT NULL, title text, body text, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL);`,
      messages: 1,
    },
    {
      name: 'a history written by a function the script calls: could not see',
      sql: `${tables}
        CREATE FUNCTION add_history_trigger(t regclass) RETURNS void LANGUAGE plpgsql AS $$
          DECLARE p regclass; BEGIN FOR p IN SELECT t UNION ALL SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = t LOOP EXECUTE format('CREATE TRIGGER h AFTER UPDATE OR DELETE ON %s FOR EACH ROW EXECUTE FUNCTION write_history()', p); END LOOP; END $$;
        SELECT add_history_trigger('orders');`,
      messages: 1,
    },
    {
      name: 'an INSERT-only trigger misses updates and deletes',
      sql: `${tables} ${writer} CREATE TRIGGER orders_hist AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION orders_write_history();`,
      messages: 1,
    },
    {
      name: 'a trigger whose function writes somewhere else',
      sql: `${tables} CREATE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('orders', OLD.id::text); RETURN NULL; END $$;
        CREATE TRIGGER orders_notify AFTER UPDATE OR DELETE ON orders FOR EACH ROW EXECUTE FUNCTION notify_change();`,
      messages: 1,
    },
  ],
});

describe('require-history-trigger messages', () => {
  test('says it could not see when a called function may create the trigger', async () => {
    const sql = `${tables}
      CREATE FUNCTION add_history_trigger(t regclass) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE p regclass; BEGIN FOR p IN SELECT t UNION ALL SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = t LOOP EXECUTE format('CREATE TRIGGER h AFTER UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION w()', p); END LOOP; END $$;
      SELECT add_history_trigger('orders');`;
    const [d] = lintWith(rule, await importClean(sql));
    expect(d?.message).toMatch(/could not see a trigger on orders .*add_history_trigger\(\) at line \d+/);
  });
});
