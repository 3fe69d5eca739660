import rule from '../../../src/core/rules/require-updated-at-trigger';
import { describe, expect, test } from 'vitest';
import { lint } from '../../../src/core/rules/engine';
import { importClean, lintWith, ruleTester } from './rule-tester';

const table = 'CREATE TABLE t (id bigint PRIMARY KEY, updated_at timestamptz NOT NULL DEFAULT now());';
const setter = `CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN NEW.updated_at := now(); RETURN NEW; END $$;`;

ruleTester(rule, {
  valid: [
    {
      // Corpus (sanbase dashboard_comments_mapping; supabase auth.users): a link's rows are never
      // updated, and a platform's own table is not the application's to add triggers to.
      name: 'link tables and platform tables',
      sql: `CREATE TABLE comments (id bigint PRIMARY KEY, body text); CREATE TABLE dashboards (id bigint PRIMARY KEY, name text);
        CREATE TABLE dashboard_comments_mapping (id bigserial PRIMARY KEY, comment_id bigint REFERENCES comments, dashboard_id bigint REFERENCES dashboards, inserted_at timestamp NOT NULL, updated_at timestamp NOT NULL);
        CREATE SCHEMA auth; CREATE TABLE auth.users (instance_id uuid, id uuid PRIMARY KEY, email varchar(255), created_at timestamptz, updated_at timestamptz);`,
    },
    {
      // Corpus (Harbor clair_vuln_timestamp, holdout-17): NOT NULL, no default, no creation time:
      // the writer supplies when Clair's data for the namespace last changed, while the schema's
      // triggers keep the rows' own change time in update_time.
      name: 'a required time with no default and no creation time beside it: a value the writer records',
      sql: `${setter} CREATE TABLE project (project_id serial PRIMARY KEY, name varchar(255) NOT NULL, creation_time timestamp DEFAULT CURRENT_TIMESTAMP, updated_at timestamp DEFAULT CURRENT_TIMESTAMP);
        CREATE TRIGGER project_touch BEFORE UPDATE ON project FOR EACH ROW EXECUTE FUNCTION set_updated_at();
        CREATE TABLE clair_vuln_timestamp (id SERIAL NOT NULL, namespace varchar(128) NOT NULL, last_update timestamp NOT NULL, PRIMARY KEY (id), UNIQUE (namespace));`,
    },
    {
      // Corpus (lemmy comment, oauth_account): `updated` is NULL until the content is edited, set
      // by the application on edits only, beside a creation time that is always set.
      name: 'an edited-at column: nullable, no default, beside a creation time that is always set',
      sql: 'CREATE TABLE comment (id serial PRIMARY KEY, content text NOT NULL, score int NOT NULL DEFAULT 0, published_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz);',
    },
    {
      // Corpus (danbooru good_job_processes, holdout-16; Rails' ar_internal_metadata; Catarse's
      // active_admin_comments, holdout-29): a job backend's process registry, whose updated_at is
      // the heartbeat the gem sets, a framework's bookkeeping row, and ActiveAdmin's comments,
      // which its interface writes and deletes but never edits. The framework writes every row.
      name: "a framework's own tables",
      sql: `CREATE TABLE good_job_processes (id uuid PRIMARY KEY, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL, state jsonb, lock_type smallint);
        CREATE TABLE ar_internal_metadata (key varchar PRIMARY KEY, value varchar, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL);
        CREATE TABLE active_admin_comments (id serial PRIMARY KEY, resource_id integer NOT NULL, resource_type varchar(255) NOT NULL, author_id integer, author_type varchar(255), body text, created_at timestamp, updated_at timestamp, namespace varchar(255));`,
    },
    'CREATE TABLE t (id bigint PRIMARY KEY, created_at timestamptz);',
    `${table} ${setter} CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION set_updated_at();`,
    {
      name: 'moddatetime(updated_at) from contrib, function not in the schema',
      sql: `CREATE EXTENSION moddatetime; ${table}
        CREATE TRIGGER t_mdt BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION moddatetime(updated_at);`,
    },
    {
      // The history-table pattern's shape: a snapshot per change, never updated itself.
      name: 'a history table repeating updated_at',
      sql: `${table} ${setter} CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION set_updated_at();
        CREATE TABLE t_history (history_id bigint PRIMARY KEY, id bigint, updated_at timestamptz, operation text, changed_at timestamptz);`,
    },
    {
      name: 'a differently named column maintained by a body that mentions it',
      sql: `CREATE TABLE film (film_id int PRIMARY KEY, last_update timestamptz NOT NULL DEFAULT now());
        CREATE FUNCTION bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.last_update = now(); RETURN NEW; END $$;
        CREATE TRIGGER film_bump BEFORE UPDATE ON film FOR EACH ROW EXECUTE FUNCTION bump();`,
    },
    {
      // Diesel's helpers as its migrations write them: the import follows the call (EXECUTE of
      // format() with a constant argument) and sees the trigger it makes.
      name: "Diesel's diesel_manage_updated_at('t'), followed",
      sql: `${table} CREATE FUNCTION diesel_set_updated_at() RETURNS trigger AS $$
        BEGIN IF (NEW IS DISTINCT FROM OLD AND NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at) THEN NEW.updated_at := current_timestamp; END IF; RETURN NEW; END; $$ LANGUAGE plpgsql;
        CREATE FUNCTION diesel_manage_updated_at(_tbl regclass) RETURNS void AS $$
        BEGIN EXECUTE format('CREATE TRIGGER set_updated_at BEFORE UPDATE ON %s FOR EACH ROW EXECUTE PROCEDURE diesel_set_updated_at()', _tbl); END; $$ LANGUAGE plpgsql;
        SELECT diesel_manage_updated_at('t');`,
    },
    {
      // Outside pass 5 (a Flyway-made course site): a row per login, holding the user and its two
      // default times; nothing in it can change, so a trigger for updated_at would never fire.
      name: 'a history that records only who and when',
      sql: `CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
        CREATE TABLE users (id uuid PRIMARY KEY, email text NOT NULL, created_at timestamp NOT NULL DEFAULT now(), updated_at timestamp NOT NULL DEFAULT now());
        CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
        CREATE TABLE user_login_histories (id uuid PRIMARY KEY, user_id uuid REFERENCES users ON DELETE CASCADE, created_at timestamp NOT NULL DEFAULT now(), updated_at timestamp NOT NULL DEFAULT now());`,
    },
  ],
  invalid: [
    {
      // Outside pass 11 (DolphinScheduler): each saved version of a definition is copied, every
      // column with it, into <main>_log, whose update_time is the copied row's: only the main
      // table's column is reported.
      name: 'a <main>_log snapshot repeating every column of its main table',
      sql: `CREATE TABLE t_ds_process_definition (id serial PRIMARY KEY, code bigint NOT NULL, name varchar(255), version int NOT NULL,
          description text, project_code bigint, global_params text, create_time timestamp, update_time timestamp);
        CREATE TABLE t_ds_process_definition_log (id int PRIMARY KEY, code bigint NOT NULL, name varchar(255), version int NOT NULL,
          description text, project_code bigint, global_params text, operator int, operate_time timestamp, create_time timestamp, update_time timestamp);`,
      messages: 1,
    },
    {
      // A log of its own under a main table's name (logins, with a status the job updates) is not
      // a copy of the main row: reported.
      name: 'a <main>_log of its own columns',
      sql: `CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL, name text, created_at timestamp, updated_at timestamp);
        CREATE TABLE users_log (id serial PRIMARY KEY, user_id int NOT NULL, ip text, status text, created_at timestamp, updated_at timestamp);`,
      messages: 2,
    },
    {
      // Corpus (OpenOLAT, census): Hibernate sets `lastmodified` on each save and no trigger
      // keeps it, as Rails' updated_at; the name is an update column like `last_modified`.
      name: "Hibernate's lastmodified with no trigger",
      sql: 'create table o_message (id bigserial primary key, creationdate timestamp not null, lastmodified timestamp not null, title varchar(100), body text);',
      messages: 1,
    },
    {
      // Corpus (inaturalist project_observations, old Rails): both timestamps nullable, so the
      // nullable updated_at says nothing about edits; it is the row's modification time.
      name: 'nullable created_at and updated_at alike',
      sql: 'CREATE TABLE project_observations (id serial PRIMARY KEY, project_id int, created_at timestamp, updated_at timestamp);',
      messages: 1,
    },
    {
      // Corpus (AdventureWorks' EmployeePayHistory and EmployeeDepartmentHistory): a history whose
      // values can be corrected, or whose end date is set when the period closes, is updated.
      name: 'histories with values or an end date set later',
      sql: `CREATE TABLE employees (id int PRIMARY KEY, name text NOT NULL);
        CREATE TABLE employee_pay_history (employee_id int REFERENCES employees, rate_changed_at timestamptz, rate numeric NOT NULL, modified_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (employee_id, rate_changed_at));
        CREATE TABLE department_history (employee_id int REFERENCES employees, start_date date, end_date date, modified_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (employee_id, start_date));`,
      messages: 2,
    },
    { sql: table, messages: 1 },
    {
      // The same required time beside a creation time is the row's own modification time (Rails
      // and Ecto set both on insert), and the schema's triggers keep the other tables'.
      name: 'a required updated time with no default, beside a creation time',
      sql: `${setter} ${table} CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION set_updated_at();
        CREATE TABLE feeds (id serial PRIMARY KEY, url text NOT NULL, created_at timestamp NOT NULL, last_update timestamp NOT NULL);`,
      messages: 1,
    },
    {
      // Corpus (inaturalist, openstreetmap oauth_applications): Doorkeeper's table holds the
      // application's OAuth clients, edited through the application like any of its records.
      name: "a library's table of the application's data",
      sql: `CREATE TABLE oauth_applications (id bigserial PRIMARY KEY, name varchar NOT NULL, uid varchar NOT NULL, secret varchar NOT NULL, redirect_uri text NOT NULL,
        scopes varchar NOT NULL DEFAULT '', confidential boolean NOT NULL DEFAULT true, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL);`,
      messages: 1,
    },
    {
      // A helper like Diesel's, but over the table and its partitions: which tables get the
      // trigger is only known when it runs, so the import cannot follow the call.
      name: 'a trigger made by a function the script calls: reported as could not see',
      sql: `${table} CREATE FUNCTION manage_updated_at(_tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE p regclass; BEGIN FOR p IN SELECT _tbl UNION ALL SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = _tbl LOOP EXECUTE format('CREATE TRIGGER set_updated_at BEFORE UPDATE ON %s FOR EACH ROW EXECUTE PROCEDURE set_updated_at()', p); END LOOP; END $$;
        SELECT manage_updated_at('t');`,
      messages: 1,
    },
    {
      name: 'a statement-level trigger cannot set NEW',
      sql: `${table} ${setter} CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH STATEMENT EXECUTE FUNCTION set_updated_at();`,
      messages: 1,
    },
    {
      name: 'an INSERT-only trigger does not maintain updated_at',
      sql: `${table} ${setter} CREATE TRIGGER t_touch BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION set_updated_at();`,
      messages: 1,
    },
    {
      // Rule bug: trigger timing is not checked. An AFTER trigger runs after the row is written;
      // assigning NEW.updated_at there changes nothing.
      name: 'an AFTER UPDATE trigger cannot change the row',
      sql: `${table} ${setter} CREATE TRIGGER t_touch AFTER UPDATE ON t FOR EACH ROW EXECUTE FUNCTION set_updated_at();`,
      messages: 1,
    },
  ],
});

describe('require-updated-at-trigger messages', () => {
  test('could not see, naming the call, when a called function creates triggers', async () => {
    const sql = `${table} CREATE FUNCTION manage_updated_at(_tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE p regclass; BEGIN FOR p IN SELECT _tbl UNION ALL SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = _tbl LOOP EXECUTE format('CREATE TRIGGER set_updated_at BEFORE UPDATE ON %s FOR EACH ROW EXECUTE PROCEDURE f()', p); END LOOP; END $$;
      SELECT manage_updated_at('t');`;
    const [d] = lintWith(rule, await importClean(sql));
    expect(d?.message).toMatch(/^Could not see a trigger maintaining t.updated_at: the call of public.manage_updated_at\(\)/);
  });
});

describe('require-updated-at-trigger: a finding where the schema keeps updated columns by trigger, a suggestion elsewhere', () => {
  const untriggered = 'CREATE TABLE u (id bigint PRIMARY KEY, name text, updated_at timestamptz NOT NULL DEFAULT now());';
  const severities = (schema: Awaited<ReturnType<typeof importClean>>, options?: Record<string, unknown>) =>
    lint(schema, { config: { preset: 'strict', ...(options ? { options: { [rule.meta.id]: options } } : {}) }, rules: [rule] }).map((d) => `${d.target.table} ${d.severity}`);

  test('the one table left out of a schema that keeps the others by trigger is a finding', async () => {
    const schema = await importClean(`${table} ${setter} CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION set_updated_at(); ${untriggered}`);
    expect(severities(schema)).toEqual(['u warn']);
    expect(lint(schema, { config: { preset: 'strict' }, rules: [rule] })[0]!.help).toMatch(/keeps t's updated column by trigger; this one was left out/);
  });

  test('in a schema that keeps none by trigger (an ORM sets them) every report is a suggestion, unless everyTable', async () => {
    // Corpus shape (lago, sanbase): Rails / Ecto timestamps, no trigger anywhere.
    const schema = await importClean(`${table} ${untriggered}`);
    expect(severities(schema)).toEqual(['t info', 'u info']);
    expect(severities(schema, { everyTable: true })).toEqual(['t warn', 'u warn']);
  });

  test('a versioning trigger that copies OLD.updated_at into a history table does not keep it', async () => {
    // Shape of an Ebean schema with temporal_tables-style history: the BEFORE UPDATE trigger
    // inserts the old row (OLD.when_updated among its columns) into a history table and sets
    // only NEW.sys_period; the ORM sets when_updated. No table keeps it by trigger, so a table
    // without history is a suggestion, not "left out of the convention".
    const schema = await importClean(`CREATE TABLE contact (id bigint PRIMARY KEY, email text, when_created timestamptz NOT NULL, when_updated timestamptz NOT NULL,
        sys_period tstzrange NOT NULL DEFAULT tstzrange(current_timestamp, null));
      CREATE TABLE contact_history (LIKE contact);
      CREATE FUNCTION contact_history_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        INSERT INTO contact_history (sys_period, id, email, when_created, when_updated)
          VALUES (tstzrange(lower(OLD.sys_period), current_timestamp), OLD.id, OLD.email, OLD.when_created, OLD.when_updated);
        NEW.sys_period = tstzrange(current_timestamp, null); RETURN NEW; END $$;
      CREATE TRIGGER contact_history_upd BEFORE UPDATE OR DELETE ON contact FOR EACH ROW EXECUTE PROCEDURE contact_history_version();
      CREATE TABLE product (id bigint PRIMARY KEY, sku text, when_created timestamptz NOT NULL, when_updated timestamptz NOT NULL);`);
    expect(severities(schema)).toEqual(['contact info', 'product info']);
  });
});
