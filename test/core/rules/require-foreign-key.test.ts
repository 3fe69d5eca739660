import rule from '../../../src/core/rules/require-foreign-key';
import { expect, test } from 'vitest';
import { importClean, lintWith, ruleTester } from './rule-tester';

const customers = 'CREATE TABLE customers (id bigint PRIMARY KEY, email text);';
const EVENTS = `CREATE TABLE events (id uuid DEFAULT gen_random_uuid() PRIMARY KEY, organization_id uuid NOT NULL, transaction_id character varying NOT NULL,
  code character varying NOT NULL, properties jsonb DEFAULT '{}' NOT NULL, "timestamp" timestamp, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL);`;
const ATLASES = `CREATE TABLE users (id integer PRIMARY KEY, login text); CREATE TABLE places (id integer PRIMARY KEY, name text, geom text);
  CREATE TABLE atlases (id integer PRIMARY KEY, taxon_id integer, title text, is_active boolean);`;

ruleTester(rule, {
  valid: [
    {
      // Laravel Passport's tables declare no foreign keys, and client_id names oauth_clients, not
      // the application's billing clients.
      name: "Laravel Passport's oauth_auth_codes beside an application's clients",
      sql: `CREATE TABLE clients (id uuid PRIMARY KEY, name text NOT NULL); CREATE TABLE oauth_clients (id uuid PRIMARY KEY, name varchar(255) NOT NULL);
        CREATE TABLE oauth_auth_codes (id varchar(100) PRIMARY KEY, user_id uuid NOT NULL, client_id uuid NOT NULL, scopes text, revoked boolean NOT NULL, expires_at timestamp(0));`,
    },
    {
      // Corpus (supabase auth.users.instance_id): Supabase Auth's own tables are the platform's.
      name: "a platform's own tables",
      sql: `CREATE SCHEMA auth; CREATE TABLE auth.instances (id uuid PRIMARY KEY, raw_base_config text);
        CREATE TABLE auth.users (instance_id uuid, id uuid PRIMARY KEY, aud varchar(255), email varchar(255));`,
    },
    {
      // Corpus (listmonk campaigns.last_subscriber_id, sanbase comment_notifications.last_*_comment_id):
      // a high-water mark names the last row processed, which may be deleted while the mark stays.
      name: 'high-water marks are positions, not references',
      sql: `CREATE TABLE subscribers (id int PRIMARY KEY, email text NOT NULL);
        CREATE TABLE campaigns (id int PRIMARY KEY, name text NOT NULL, last_subscriber_id int NOT NULL DEFAULT 0, max_subscriber_id int NOT NULL DEFAULT 0);`,
    },
    {
      // Corpus (Concourse jobs.first_logged_build_id, holdout-23): the log reaper's low-water mark,
      // the first build whose logs are kept, 0 until one is; not a link to that build.
      name: 'low-water marks are positions, not references',
      sql: `CREATE TABLE builds (id integer NOT NULL PRIMARY KEY, name text NOT NULL, status text NOT NULL);
        CREATE TABLE jobs (name text NOT NULL, build_number_seq integer DEFAULT 0 NOT NULL, id integer NOT NULL PRIMARY KEY, first_logged_build_id integer DEFAULT 0 NOT NULL, config text NOT NULL);`,
    },
    {
      // Corpus (holdout-27: iNaturalist's deleted_photos, Nakama's user_tombstone): a record of
      // deleted rows names rows that are gone (for the clean-up job, for clients to sync the
      // deletion); a key to them would forbid every row of it, and it outlives their owners too.
      name: 'records of deleted rows (deleted_<things>, <thing>_tombstone)',
      sql: `CREATE TABLE users (id uuid PRIMARY KEY, login text NOT NULL);
        CREATE TABLE photos (id integer PRIMARY KEY, user_id uuid REFERENCES users, url text NOT NULL);
        CREATE TABLE deleted_photos (id integer PRIMARY KEY, user_id uuid, photo_id integer, created_at timestamp NOT NULL,
          updated_at timestamp NOT NULL, removed_from_s3 boolean DEFAULT false NOT NULL, orphan boolean DEFAULT false NOT NULL);
        CREATE TABLE user_tombstone (PRIMARY KEY (create_time, user_id), user_id uuid UNIQUE NOT NULL, create_time timestamptz DEFAULT now() NOT NULL);`,
    },
    {
      // Corpus (danbooru reactions.reaction_id): the kind of reaction, named after the table.
      name: 'a column named after its own table',
      sql: 'CREATE TABLE reactions (id int PRIMARY KEY, creator_id int NOT NULL, reaction_id int NOT NULL, model_id bigint NOT NULL);',
    },
    {
      // Corpus (danbooru post_versions, synapse federation_inbound_events_staging and
      // current_state_delta_stream): history outlives posts; staged events arrive before their room.
      name: 'history under a plural name, staging areas and change streams',
      sql: `CREATE TABLE posts (id int PRIMARY KEY, title text); CREATE TABLE rooms (room_id text PRIMARY KEY, creator text);
        CREATE TABLE post_versions (id int PRIMARY KEY, post_id int NOT NULL, updated_at timestamptz NOT NULL, tags text NOT NULL);
        CREATE TABLE federation_inbound_events_staging (origin text NOT NULL, room_id text NOT NULL, event_id text NOT NULL, received_ts bigint NOT NULL);
        CREATE TABLE current_state_delta_stream (stream_id bigint NOT NULL, room_id text NOT NULL, type text NOT NULL, state_key text NOT NULL);`,
    },
    `${customers} CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers);`,
    { name: 'no table of that name', sql: 'CREATE TABLE orders (id bigint PRIMARY KEY, warehouse_id bigint);' },
    { name: 'an external id of another type', sql: `${customers} CREATE TABLE charges (id bigint PRIMARY KEY, stripe_customer_id text);` },
    {
      name: 'a polymorphic pair is the other rule\'s',
      sql: `${customers} CREATE TABLE notes (id bigint PRIMARY KEY, customer_type text, customer_id bigint);`,
    },
    {
      // Rule bug: the history table's copy of orders.customer_id is flagged. A history table
      // must outlive the rows it records; a foreign key from it would block deleting a customer
      // (or cascade away the audit trail). The rule should skip recognised history tables.
      name: 'a history table keeps copies of references without foreign keys',
      sql: `${customers}
        CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers, total numeric);
        CREATE TABLE orders_history (history_id bigint PRIMARY KEY, id bigint, customer_id bigint, total numeric, changed_at timestamptz);`,
    },
    {
      // Corpus (kestra executions.flow_id): flows is keyed by `key`, not by the flow's id.
      name: 'a table keyed by another column than id or the column itself',
      sql: 'CREATE TABLE flows (key varchar(250) PRIMARY KEY, id varchar(150) NOT NULL); CREATE TABLE executions (key varchar(250) PRIMARY KEY, flow_id varchar(150) NOT NULL);',
    },
    {
      // Corpus (lago enriched_events): billing events must outlive the subscription they name.
      name: 'an event log keeps references without foreign keys',
      sql: 'CREATE TABLE subscriptions (id uuid PRIMARY KEY); CREATE TABLE enriched_events (id uuid PRIMARY KEY, subscription_id uuid NOT NULL, value numeric);',
    },
    {
      // Corpus (lago partman.template_public_enriched_events): pg_partman's template of a table.
      name: "a tool's schema (pg_partman's templates)",
      sql: 'CREATE TABLE events (id uuid PRIMARY KEY); CREATE SCHEMA partman; CREATE TABLE partman.template_public_enriched_events (id uuid PRIMARY KEY, event_id uuid NOT NULL);',
    },
    {
      // Corpus (lago fees.pay_in_advance_event_id, holdout-11): events is Lago's raw usage ingest,
      // which no foreign key points at; fees name it by value (its transaction id) too.
      name: 'a reference into an append-only ingest table nothing references',
      sql: `${EVENTS} CREATE TABLE fees (id uuid PRIMARY KEY, amount_cents bigint NOT NULL,
        pay_in_advance_event_id uuid, pay_in_advance_event_transaction_id character varying);`,
    },
    {
      // Corpus (inaturalist atlas_alterations and listed_taxon_alterations, holdout-11): who did
      // what to which atlas, and when; the record must keep naming a user who is gone.
      name: 'a record of actions: an action verb, references and times only',
      sql: `${ATLASES} CREATE TABLE atlas_alterations (id integer PRIMARY KEY, atlas_id integer, user_id integer, place_id integer,
        action character varying, created_at timestamp without time zone NOT NULL, updated_at timestamp without time zone NOT NULL);`,
    },
    {
      // Corpus (code-corps stripe_connect_accounts.verification_due_by, Stripe's deadline as epoch
      // seconds): "due by" is a time, and sort_by / group_by are options; none names a user.
      name: '<word>_by where the word is no past participle',
      sql: `CREATE TABLE users (id integer PRIMARY KEY, email text);
        CREATE TABLE stripe_connect_accounts (id integer PRIMARY KEY, tos_acceptance_date integer, verification_due_by integer);
        CREATE TABLE saved_searches (id integer PRIMARY KEY, query text, sort_by integer, group_by integer);`,
    },
    {
      // Corpus (concourse containers.meta_job_id beside meta_job_name, DEFAULT 0 NOT NULL, next to
      // the real link build_id with its FK): the container's context copied for display.
      name: "a prefixed id kept with the named row's name: a snapshot",
      sql: `CREATE TABLE jobs (id integer PRIMARY KEY, name text NOT NULL); CREATE TABLE builds (id integer PRIMARY KEY, name text NOT NULL);
        CREATE TABLE containers (id integer PRIMARY KEY, handle text NOT NULL, build_id integer REFERENCES builds ON DELETE SET NULL,
          meta_type text DEFAULT '' NOT NULL, meta_job_id integer DEFAULT 0 NOT NULL, meta_job_name text DEFAULT '' NOT NULL,
          meta_build_id integer DEFAULT 0 NOT NULL, meta_build_name text DEFAULT '' NOT NULL);`,
    },
    {
      // The id first (Spanish, Portuguese): a key of the table's own, an OpenID Connect id_token
      // beside a tokens table, and an id_ column whose type is not the named table's key.
      name: 'id-first names that are not references',
      sql: `CREATE TABLE tokens (id text PRIMARY KEY); CREATE TABLE documentos (id bigint PRIMARY KEY, titulo text);
        CREATE TABLE cliente (id_cliente integer PRIMARY KEY, nombre text NOT NULL);
        CREATE TABLE sesiones (id_sesion integer PRIMARY KEY, id_token text, id_documento text);`,
    },
  ],
  invalid: [
    {
      // Outside passes (a barber shop's and a print shop's schemas, Brazilian): Spanish and
      // Portuguese schemas put the id first, `id_cliente` for the client the row belongs to.
      name: 'id-first references (id_cliente, id_producto) with no foreign key',
      sql: `CREATE TABLE cliente (id_cliente integer PRIMARY KEY, nombre varchar(100) NOT NULL);
        CREATE TABLE productos (id integer PRIMARY KEY, nombre text NOT NULL);
        CREATE TABLE tipos_documento (id_tipo_documento integer PRIMARY KEY, nombre text);
        CREATE TABLE pedido (id_pedido integer PRIMARY KEY, id_cliente integer NOT NULL, id_producto integer, id_tipo_documento integer, fecha date);`,
      messages: 2,
    },
    {
      // A mark's prefix before an actor (`first_<verb>_by_<x>_id`) still names who did it; a
      // plain `<x>_id` beside a low-water mark, and a plain `first_<x>_id`, are links.
      name: 'an actor under first_, the link beside a low-water mark, and a plain first_<x>_id',
      sql: `CREATE TABLE users (id bigint PRIMARY KEY, login text NOT NULL);
        CREATE TABLE builds (id integer NOT NULL PRIMARY KEY, name text NOT NULL, status text NOT NULL);
        CREATE TABLE jobs (id integer NOT NULL PRIMARY KEY, first_logged_build_id integer DEFAULT 0 NOT NULL, build_id integer, first_approved_by_user_id bigint);
        CREATE TABLE observations (id integer NOT NULL PRIMARY KEY, observed_on date NOT NULL);
        -- Corpus (iNaturalist listed_taxa.first_observation_id, judged true in holdout-11): one row.
        CREATE TABLE listed_taxa (id integer NOT NULL PRIMARY KEY, first_observation_id integer, observations_count integer DEFAULT 0);`,
      messages: 3,
    },
    {
      // A request to delete (a queue of what is yet to go) names rows that still exist.
      name: 'a deletion request is not a record of deleted rows',
      sql: `CREATE TABLE users (id integer PRIMARY KEY, login text NOT NULL);
        CREATE TABLE deletion_requests (id integer PRIMARY KEY, user_id integer NOT NULL, requested_at timestamp NOT NULL, status text NOT NULL);`,
      messages: 1,
      fixed: true,
    },
    {
      // A past participle before _by names who did it, whatever its verb.
      name: 'approved_by, sent_by and written_by are actors',
      sql: `CREATE TABLE users (id bigint PRIMARY KEY);
        CREATE TABLE expenses (id bigint PRIMARY KEY, amount bigint, approved_by bigint, sent_by bigint, written_by bigint);`,
      messages: 3,
      fixed: true,
    },
    {
      // Safecast's measurements: the row that replaced this one is another measurement, so the
      // missing key points back at the table itself (test below: not at users).
      name: 'replaced_by and superseded_by name a row of the same table',
      sql: `CREATE TABLE users (id integer PRIMARY KEY);
        CREATE TABLE readings (id integer PRIMARY KEY, value double precision, original_id integer, expired_at timestamp, replaced_by integer, superseded_by integer);`,
      messages: 2,
      fixed: true,
    },
    {
      // Without the name beside it, a prefixed id is a link (the last word names the table).
      name: 'a prefixed id with no name copied beside it',
      sql: `CREATE TABLE jobs (id integer PRIMARY KEY, name text NOT NULL);
        CREATE TABLE containers (id integer PRIMARY KEY, meta_job_id integer, meta_type text);`,
      messages: 1,
      fixed: true,
    },
    {
      // The event table is part of the relational model where another table's key points at it.
      name: 'a reference into an event table the schema does reference elsewhere',
      sql: `${EVENTS} CREATE TABLE projections (id uuid PRIMARY KEY, event_id uuid NOT NULL REFERENCES events);
        CREATE TABLE fees (id uuid PRIMARY KEY, amount_cents bigint NOT NULL, pay_in_advance_event_id uuid);`,
      messages: 1,
      fixed: true,
    },
    {
      // A reason and a flag besides the verb: a moderation case, edited, not only a record.
      name: 'an action table that keeps more than who, what and when',
      sql: `${ATLASES} CREATE TABLE atlas_reviews (id integer PRIMARY KEY, atlas_id integer, user_id integer,
        action character varying, reason text, private boolean, created_at timestamp NOT NULL);`,
      messages: 2,
      fixed: true,
    },
    {
      // A key over (role, resource, action): a set of grants, not a log.
      name: 'an action column in a grant',
      sql: `CREATE TABLE roles (id int PRIMARY KEY, name text); CREATE TABLE resources (id int PRIMARY KEY, name text);
        CREATE TABLE permissions (id int PRIMARY KEY, role_id int NOT NULL, resource_id int NOT NULL, action text NOT NULL,
          created_at timestamptz NOT NULL DEFAULT now(), UNIQUE (role_id, resource_id, action));`,
      messages: 2,
      fixed: true,
    },
    {
      // Corpus (inaturalist moderator_actions.last_edited_by_user_id): "last ... by" is an actor.
      name: 'last_edited_by_user_id is a reference, not a mark',
      sql: 'CREATE TABLE users (id int PRIMARY KEY, login text); CREATE TABLE flags (id int PRIMARY KEY, reason text, last_edited_by_user_id int);',
      messages: 1,
    },
    {
      // Corpus (pagila payment): pg_dump of a partitioned table whose keys are on each partition.
      name: 'keys declared on every partition but not on the partitioned table',
      sql: `CREATE TABLE staff (staff_id int PRIMARY KEY);
        CREATE TABLE payment (payment_id int, staff_id int NOT NULL, paid_at date NOT NULL, PRIMARY KEY (paid_at, payment_id)) PARTITION BY RANGE (paid_at);
        CREATE TABLE payment_2024 PARTITION OF payment FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
        ALTER TABLE payment_2024 ADD FOREIGN KEY (staff_id) REFERENCES staff;`,
      messages: 1,
      fixed: true,
    },
    { sql: `${customers} CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL);`, messages: 1, fixed: true },
    { name: 'integer column, bigint key', sql: `${customers} CREATE TABLE orders (id bigint PRIMARY KEY, customer_id integer);`, messages: 1, fixed: true },
    {
      name: 'plural forms and *_by',
      sql: `CREATE TABLE users (id bigint PRIMARY KEY); CREATE TABLE categories (id bigint PRIMARY KEY);
        CREATE TABLE posts (id bigint PRIMARY KEY, category_id bigint, created_by bigint);`,
      messages: 2,
      fixed: true,
    },
    { name: 'the last word names the table', sql: `CREATE TABLE accounts (id bigint PRIMARY KEY); CREATE TABLE invoices (id bigint PRIMARY KEY, billing_account_id bigint);`, messages: 1, fixed: true },
  ],
});

test('says when every partition has the key but the partitioned table does not', async () => {
  const [d] = lintWith(rule, await importClean(`CREATE TABLE staff (staff_id int PRIMARY KEY);
    CREATE TABLE payment (payment_id int, staff_id int NOT NULL, paid_at date NOT NULL, PRIMARY KEY (paid_at, payment_id)) PARTITION BY RANGE (paid_at);
    CREATE TABLE payment_2024 PARTITION OF payment FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
    ALTER TABLE payment_2024 ADD FOREIGN KEY (staff_id) REFERENCES staff;`));
  expect(d?.message).toBe('payment.staff_id references staff through a foreign key on each of its 1 partition, but none on payment: a partition attached later is not checked.');
});

test('counts the partitions that declare the key when only some do', async () => {
  const [d] = lintWith(rule, await importClean(`CREATE TABLE staff (staff_id int PRIMARY KEY);
    CREATE TABLE payment (payment_id int, staff_id int NOT NULL, paid_at date NOT NULL, PRIMARY KEY (paid_at, payment_id)) PARTITION BY RANGE (paid_at);
    CREATE TABLE payment_2024 PARTITION OF payment FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
    CREATE TABLE payment_2025 PARTITION OF payment FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
    ALTER TABLE payment_2024 ADD FOREIGN KEY (staff_id) REFERENCES staff;`));
  expect(d?.message).toBe('payment.staff_id looks like a reference to staff but has no foreign key; only 1 of its 2 partitions declare one.');
});

test('replaced_by points at the table itself, not at the actors', async () => {
  const schema = await importClean(`CREATE TABLE users (id integer PRIMARY KEY);
    CREATE TABLE readings (id integer PRIMARY KEY, value double precision, replaced_by integer, updated_by integer);`);
  const messages = lintWith(rule, schema).map((d) => d.message).sort();
  expect(messages).toEqual([
    'readings.replaced_by looks like a reference to readings but has no foreign key.',
    'readings.updated_by looks like a reference to users but has no foreign key.',
  ]);
});
