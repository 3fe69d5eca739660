import rule from '../../../src/core/rules/require-audit-columns';
import { describe, expect, test } from 'vitest';
import { lint } from '../../../src/core/rules/engine';
import { importClean, ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    {
      // 3DCityDB's feature records its creation and its last change (CityGML's names).
      name: 'creation_date and last_modification_date',
      sql: `CREATE TABLE feature (id bigint PRIMARY KEY, objectid text, creation_date timestamptz, termination_date timestamptz, last_modification_date timestamptz, updating_person text, reason_for_update text);`,
    },
    {
      // Outside pass 11 (MediaWiki): every column carries the table's short prefix, and
      // <prefix>_timestamp is when the row was made (a title's protection, a page's category link).
      name: "the row's own <prefix>_timestamp under the prefix every column carries",
      sql: `CREATE TABLE protected_titles (pt_namespace int NOT NULL, pt_title text NOT NULL, pt_user int NOT NULL, pt_reason_id bigint NOT NULL,
          pt_timestamp timestamptz NOT NULL, pt_expiry timestamptz NOT NULL, pt_create_perm text NOT NULL, PRIMARY KEY (pt_namespace, pt_title));
        CREATE TABLE categorylinks (cl_from int NOT NULL, cl_to text NOT NULL, cl_sortkey text NOT NULL, cl_timestamp timestamptz NOT NULL, PRIMARY KEY (cl_from, cl_to));`,
    },
    {
      // Corpus (Synapse's application_services_state): a sender's state and its position in each
      // stream it forwards to an application service.
      name: "a consumer's stream positions",
      sql: 'CREATE TABLE bridge_state (bridge_id text PRIMARY KEY, state varchar(13), receipt_stream_id bigint, presence_stream_id bigint, device_stream_id bigint);',
    },
    {
      // Corpus (OpenOLAT's o_stat_daily, o_stat_weekly, ...): a nightly job's counts per
      // resource and period; `stat` abbreviates statistics as `stats` does.
      name: 'statistics tables named stat',
      sql: 'CREATE TABLE o_stat_daily (id bigserial PRIMARY KEY, businesspath varchar(2048) NOT NULL, resid bigint NOT NULL, day timestamp NOT NULL, value integer NOT NULL);',
    },
    {
      // Corpus (Hatchet, census; ThingsBoard's attribute_kv): a workflow engine keeps each
      // evaluated value under (run, kind, key) in the slot of its type; the engine rewrites it.
      name: 'a key-value store with typed value slots',
      sql: `CREATE TABLE job_inputs (run_id bigint NOT NULL, kind text NOT NULL, key text NOT NULL, value_str text, value_int integer, PRIMARY KEY (run_id, kind, key));
        CREATE TABLE device_attributes (device_id uuid NOT NULL, attr_key integer NOT NULL, bool_v boolean, str_v varchar(10000000), long_v bigint, dbl_v double precision, last_update_ts bigint NOT NULL, PRIMARY KEY (device_id, attr_key));`,
    },
    {
      // Corpus (NBXplorer, holdout-31): the indexer's settings per chain, each value in the slot
      // of its type (bytes or JSON).
      name: 'typed slots named data_<type>',
      sql: 'CREATE TABLE nbxv1_settings (code text NOT NULL, key text NOT NULL, data_bytes bytea, data_json jsonb, PRIMARY KEY (code, key));',
    },
    {
      // Corpus (docs.rs, census): built documentation files keyed by their path, with the media
      // type and compression of the stored bytes and the time they were written.
      name: 'a file store keyed by path, with media type and compression',
      sql: 'CREATE TABLE build_files (path varchar PRIMARY KEY, mime varchar NOT NULL, content bytea, compression integer, date_updated timestamptz NOT NULL DEFAULT now(), public boolean NOT NULL DEFAULT false);',
    },
    {
      // Corpus (Harbor's clair_vuln_timestamp, census): a feed's namespace and when it was last
      // synced; the time is all the row says.
      name: 'a name and its last update time',
      sql: 'CREATE TABLE feed_sync (id serial PRIMARY KEY, feed varchar(128) NOT NULL UNIQUE, last_update timestamp NOT NULL);',
    },
    {
      // Corpus (OpenStreetMap's gpx_file_tags, census): a trace's tags behind a surrogate id, the
      // trace's reference NOT NULL but declared without ON DELETE CASCADE.
      name: "an owner's single labels without a cascade",
      sql: `CREATE TABLE traces (id bigserial PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
        CREATE TABLE trace_tags (id bigserial PRIMARY KEY, trace_id bigint NOT NULL REFERENCES traces (id), tag varchar NOT NULL);`,
    },
    {
      // Corpus (Synapse's destinations, holdout-22): per-server retry bookkeeping of a federation
      // sender, rewritten on every attempt.
      name: 'retry and backoff state per destination',
      sql: 'CREATE TABLE outbound_hosts (host text PRIMARY KEY, retry_last_ts bigint, retry_interval bigint, failure_ts bigint, last_successful_position bigint);',
    },
    {
      // Corpus (Spring Batch, census): a step execution's serialized context, keyed by the step
      // execution, whose row records CREATE_TIME, START_TIME and LAST_UPDATED.
      name: 'a one-to-one extension of a row that records its creation',
      sql: `CREATE TABLE BATCH_STEP_EXECUTION (STEP_EXECUTION_ID BIGINT NOT NULL PRIMARY KEY, STEP_NAME VARCHAR(100) NOT NULL, CREATE_TIME TIMESTAMP NOT NULL, START_TIME TIMESTAMP, LAST_UPDATED TIMESTAMP);
        CREATE TABLE BATCH_STEP_EXECUTION_CONTEXT (STEP_EXECUTION_ID BIGINT NOT NULL PRIMARY KEY, SHORT_CONTEXT VARCHAR(2500) NOT NULL, SERIALIZED_CONTEXT TEXT,
          constraint STEP_EXEC_CTX_FK foreign key (STEP_EXECUTION_ID) references BATCH_STEP_EXECUTION(STEP_EXECUTION_ID));`,
    },
    {
      // Corpus (OpenMeter, census): a delivery status and an event it covers, nothing else; an
      // `_events` name does not make a pair of references a log of events.
      name: 'a pure link named like an event log',
      sql: `CREATE TABLE notification_events (id char(26) PRIMARY KEY, payload jsonb NOT NULL, created_at timestamptz NOT NULL);
        CREATE TABLE notification_event_delivery_status (id char(26) PRIMARY KEY, state text NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL);
        CREATE TABLE notification_event_delivery_status_events (notification_event_delivery_status_id char(26) NOT NULL REFERENCES notification_event_delivery_status (id) ON DELETE CASCADE,
          notification_event_id char(26) NOT NULL REFERENCES notification_events (id) ON DELETE CASCADE, PRIMARY KEY (notification_event_delivery_status_id, notification_event_id));`,
    },
    {
      // Corpus (OpenOLAT, census): Hibernate's `creationdate` and `lastmodified` on 131 tables;
      // (Seata, census): Alibaba's convention `gmt_create` / `gmt_modified`. The columns are there.
      name: 'lastmodified and gmt_create / gmt_modified are audit columns',
      sql: `create table o_cur_curriculum_element (id bigserial primary key, creationdate timestamp not null, lastmodified timestamp not null, c_displayname varchar(255) not null, c_status varchar(32));
        CREATE TABLE global_table (xid varchar(128) PRIMARY KEY, status smallint NOT NULL, application_id varchar(32), transaction_name varchar(128), gmt_create timestamp(0), gmt_modified timestamp(0));`,
    },
    {
      // Ebean (Java) names its @WhenCreated / @WhenModified columns when_created / when_modified
      // (when_updated in some schemas); the audit columns are there.
      name: "Ebean's when_created / when_updated are audit columns",
      sql: `create table contact (id bigserial not null, first_name varchar(50), email varchar(200), version bigint not null,
          when_created timestamptz not null, when_updated timestamptz not null, constraint pk_contact primary key (id));
        create table product (id bigserial primary key, sku varchar(20), version bigint not null, when_created timestamptz not null, when_modified timestamptz not null);`,
    },
    {
      // Corpus (Spring PetClinic's types, census): reference data with a generated uuid for URLs
      // beside its int key; the uuid is a second key, so the table is still a key and a name.
      name: 'reference data with a generated public uuid',
      sql: 'CREATE TABLE types (id INT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name TEXT, uuid UUID DEFAULT gen_random_uuid() UNIQUE);',
    },
    {
      // Outside pass (Atuin's server): a per-user count a trigger keeps, derived from history.
      name: 'a counter table named for its count',
      sql: 'CREATE TABLE users (id bigserial PRIMARY KEY, username text NOT NULL, created_at timestamptz NOT NULL DEFAULT now()); CREATE TABLE total_history_count_user (id bigserial PRIMARY KEY, user_id bigint REFERENCES users (id), total integer);',
    },
    {
      // Outside pass (Ente's Go server): `updation_time` is the update time, beside a creation time.
      name: 'updation_time is an update column',
      sql: 'CREATE TABLE users (user_id serial PRIMARY KEY, email text NOT NULL, creation_time bigint NOT NULL); CREATE TABLE files (file_id bigserial PRIMARY KEY, owner_id int NOT NULL REFERENCES users (user_id), encrypted_metadata text NOT NULL, is_deleted boolean DEFAULT false, creation_time bigint NOT NULL, updation_time bigint NOT NULL);',
    },
    {
      // Outside pass (a Supabase project's till movements): an insert time converted to UTC is
      // still the insert time, spelled as Supabase's dashboard writes it or with AT TIME ZONE.
      name: 'a NOT NULL time defaulting to now() in a named zone',
      sql: `CREATE TABLE movimentacao_caixa (id uuid PRIMARY KEY, tipo text NOT NULL, valor numeric(10,2) NOT NULL, data_hora timestamptz DEFAULT timezone('utc'::text, now()) NOT NULL);
        CREATE TABLE till_moves (id uuid PRIMARY KEY, kind text NOT NULL, amount numeric(10,2) NOT NULL, moved timestamp NOT NULL DEFAULT (now() AT TIME ZONE 'utc'));`,
    },
    {
      // Outside pass (a Hasura console migration; Prisma and Sequelize spell them alike): quoted
      // camelCase audit columns are the audit columns, nullable or not.
      name: 'camelCase createdAt / updatedAt',
      sql: `CREATE TABLE "Post" ("id" text PRIMARY KEY, "title" text NOT NULL, "status" text NOT NULL, "createdAt" timestamp(3) DEFAULT CURRENT_TIMESTAMP, "updatedAt" timestamp(3) NOT NULL);
        CREATE TABLE "Note" ("id" text PRIMARY KEY, "body" text NOT NULL, "createdAt" timestamptz DEFAULT now());`,
    },
    {
      // Outside pass (memos' ai_message): a count that measures the row's content is written
      // with it, not a counter that shows the row changes.
      name: "a count of the row's own content",
      sql: 'CREATE TABLE ai_message (id serial PRIMARY KEY, conversation_id int NOT NULL, role text NOT NULL, content text NOT NULL, token_count int NOT NULL DEFAULT 0, created_ts bigint NOT NULL DEFAULT extract(epoch from now()));',
    },
    {
      // Corpus (Kanboard project_activities, holdout-21): a log that records its creation in an
      // epoch date_creation, whose name alone says it is a time.
      name: "a log whose only time is Kanboard's epoch date_creation",
      sql: 'CREATE TABLE project_activities (id integer PRIMARY KEY, date_creation bigint NOT NULL, event_name varchar(50) NOT NULL, creator_id integer, project_id integer, task_id integer, data text);',
    },
    {
      // Corpus (Kanboard remember_me, holdout-20): date_creation is its creation time (epoch),
      // date_modification its update time.
      name: "Kanboard's date_creation and date_modification",
      sql: `CREATE TABLE remember_me (id integer PRIMARY KEY, user_id integer, ip varchar(45), user_agent varchar(255), token varchar(255), expiration integer, date_creation bigint);
        CREATE TABLE comments (id integer PRIMARY KEY, task_id integer NOT NULL, user_id integer DEFAULT 0, date_creation bigint NOT NULL, comment text, date_modification bigint);`,
    },
    {
      // Openfire's ofUser: Java's creationDate and modificationDate (unquoted, so folded to lower
      // case), epoch milliseconds kept in char(15).
      name: "Java-style creationDate and modificationDate",
      sql: 'CREATE TABLE ofUser (username varchar(64) PRIMARY KEY, name varchar(100), email varchar(100), creationDate char(15) NOT NULL, modificationDate char(15) NOT NULL);',
    },
    {
      // Corpus (hatchet v1_task_runtime: a task attempt's lease on a worker; northwind us_states).
      name: 'a lease on a worker, and reference data with a region',
      sql: `CREATE TABLE v1_task_runtime (task_id bigint NOT NULL, task_inserted_at timestamptz NOT NULL, retry_count int NOT NULL, worker_id uuid, tenant_id uuid NOT NULL, timeout_at timestamp(3) NOT NULL, PRIMARY KEY (task_id, task_inserted_at, retry_count));
        CREATE TABLE us_states (state_id smallint PRIMARY KEY, state_name varchar(100), state_abbr varchar(2), state_region varchar(50));`,
    },
    {
      // Corpus (sanbase api_call_limits): per-user quota state the API rewrites.
      name: 'rate-limit state',
      sql: `CREATE TABLE api_call_limits (id bigserial PRIMARY KEY, user_id bigint UNIQUE, remote_ip varchar(255) UNIQUE, has_limits boolean DEFAULT true, api_calls jsonb DEFAULT '{}', api_calls_limit_plan varchar(255));`,
    },
    {
      // Corpus (synapse presence, keyed by user_id with no FK; lemmy image_details, keyed by URL):
      // a user's current state with its own mtime, and metadata about a remote resource.
      name: 'per-row state of another table, and data keyed by a URL',
      sql: `CREATE TABLE users (name text PRIMARY KEY, password_hash text, creation_ts bigint);
        CREATE TABLE presence (user_id text NOT NULL, state varchar(20), status_msg text, mtime bigint);
        CREATE UNIQUE INDEX presence_user_id ON presence (user_id);
        CREATE TABLE image_details (link text PRIMARY KEY, width int NOT NULL, height int NOT NULL, content_type text NOT NULL);`,
    },
    {
      // Corpus (AdventureWorks StateProvince, ProductSubcategory; pagila city): reference data that
      // points at other reference data, or carries a standard code.
      name: 'reference data with references',
      sql: `CREATE TABLE countryregion (countryregioncode varchar(3) PRIMARY KEY, name varchar(50) NOT NULL, modifieddate timestamp NOT NULL DEFAULT now());
        CREATE TABLE salesterritory (territoryid serial PRIMARY KEY, name varchar(50) NOT NULL, salesytd numeric NOT NULL, costytd numeric NOT NULL, created_at timestamptz NOT NULL, modifieddate timestamp NOT NULL DEFAULT now());
        CREATE TABLE stateprovince (stateprovinceid serial PRIMARY KEY, stateprovincecode char(3) NOT NULL, countryregioncode varchar(3) NOT NULL REFERENCES countryregion,
          isonlystateprovinceflag boolean NOT NULL DEFAULT true, name varchar(50) NOT NULL, territoryid int NOT NULL REFERENCES salesterritory, rowguid uuid NOT NULL, modifieddate timestamp NOT NULL DEFAULT now());
        CREATE TABLE productcategory (productcategoryid serial PRIMARY KEY, name varchar(50) NOT NULL, rowguid uuid NOT NULL, modifieddate timestamp NOT NULL DEFAULT now());
        CREATE TABLE productsubcategory (productsubcategoryid serial PRIMARY KEY, productcategoryid int NOT NULL REFERENCES productcategory, name varchar(50) NOT NULL, rowguid uuid NOT NULL, modifieddate timestamp NOT NULL DEFAULT now());`,
    },
    {
      // Corpus (sanbase exchange_addresses, Temporal buffered_events, Hatchet v1_step_match_condition,
      // Lago webhooks): computed rows that say when, an encoded event buffer, rows numbered within
      // a parent, a delivery log with its own timestamps.
      name: 'computed rows, event buffers, rows numbered within a parent, delivery logs',
      sql: `CREATE TABLE exchange_addresses (id bigserial PRIMARY KEY, address varchar(255) NOT NULL UNIQUE, name varchar(255) NOT NULL, source text, is_dex boolean, computed_at timestamp);
        CREATE TABLE buffered_events (shard_id int NOT NULL, namespace_id bytea NOT NULL, run_id bytea NOT NULL, id bigserial NOT NULL, data bytea NOT NULL, data_encoding varchar(16) NOT NULL, PRIMARY KEY (shard_id, namespace_id, run_id, id));
        CREATE TABLE v1_step_match_condition (id bigint GENERATED ALWAYS AS IDENTITY, tenant_id uuid NOT NULL, step_id uuid NOT NULL, readable_data_key text NOT NULL, expression text, event_key text, PRIMARY KEY (step_id, id));
        CREATE TABLE webhook_calls (id uuid PRIMARY KEY, object_id uuid, object_type varchar, status int NOT NULL, retries int NOT NULL, payload json, response json, http_status int, created_at timestamp NOT NULL);`,
    },
    {
      // Corpus (lago active_storage_variant_records): a framework's table, not user data.
      name: "a framework's attachment table",
      sql: 'CREATE TABLE active_storage_variant_records (id bigint PRIMARY KEY, blob_id bigint NOT NULL, variation_digest text NOT NULL);',
    },
    {
      // A Django project's dump: the content-type registry, the permissions Django generates from
      // it, Celery's result rows and django-celery's schedules are the frameworks' tables, as are
      // the Quartz scheduler's job store tables in a Java application's schema.
      name: "Django's, Celery's and Quartz's own tables",
      sql: `CREATE TABLE django_content_type (id serial PRIMARY KEY, app_label varchar(100) NOT NULL, model varchar(100) NOT NULL);
        CREATE TABLE auth_permission (id serial PRIMARY KEY, name varchar(255) NOT NULL, content_type_id int NOT NULL REFERENCES django_content_type, codename varchar(100) NOT NULL);
        CREATE TABLE celery_taskmeta (id serial PRIMARY KEY, task_id varchar(255) NOT NULL UNIQUE, status varchar(50) NOT NULL, result text, date_done timestamptz NOT NULL, traceback text, hidden boolean NOT NULL, meta text);
        CREATE TABLE qrtz_scheduler_state (sched_name varchar(120) NOT NULL, instance_name varchar(200) NOT NULL, last_checkin_time bigint NOT NULL, checkin_interval bigint NOT NULL, PRIMARY KEY (sched_name, instance_name));
        CREATE TABLE djcelery_crontabschedule (id serial PRIMARY KEY, minute varchar(64) NOT NULL, hour varchar(64) NOT NULL, day_of_week varchar(64) NOT NULL);`,
    },
    {
      // Plausible's email_activation_codes (issued_at NOT NULL) and totp_recovery_codes: codes
      // that activate, verify or recover an account are short-lived credentials; when one was
      // issued is the time that matters.
      name: 'activation and recovery codes are credentials',
      sql: `CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, inserted_at timestamp NOT NULL, updated_at timestamp NOT NULL);
        CREATE TABLE email_activation_codes (id bigint PRIMARY KEY, code text NOT NULL, user_id bigint NOT NULL REFERENCES users, issued_at timestamp(0) NOT NULL);
        CREATE TABLE totp_recovery_codes (id bigint PRIMARY KEY, code_digest bytea NOT NULL, user_id bigint NOT NULL REFERENCES users, inserted_at timestamp(0) NOT NULL);
        CREATE TABLE email_verification_codes (code integer NOT NULL, user_id bigint REFERENCES users, issued_at timestamp(0));`,
    },
    {
      // The FunWithFlags library's table of feature-flag gates, written by the library.
      name: "a feature-flag library's toggles",
      sql: 'CREATE TABLE fun_with_flags_toggles (id bigserial PRIMARY KEY, flag_name varchar(255) NOT NULL, gate_type varchar(255) NOT NULL, target varchar(255) NOT NULL, enabled boolean NOT NULL);',
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
      // Corpus (lago pending_vies_checks, hatchet v1_queue_item, synapse stream_positions and
      // room_stats_current, lemmy utils.deps_saved_ddl, listmonk sessions, lago cached_aggregations):
      // work queues, positions, derived data, a migration helper's table, sessions, caches.
      name: 'tables that are not the application records: queues, positions, derived data, helpers',
      sql: `CREATE TABLE pending_vies_checks (id uuid PRIMARY KEY, customer_id uuid NOT NULL, attempts_count int NOT NULL, last_error_message text);
        CREATE TABLE v1_queue_item (id bigint PRIMARY KEY, tenant_id uuid NOT NULL, queue text NOT NULL, task_id bigint NOT NULL, priority int NOT NULL);
        CREATE TABLE stream_positions (stream_name text NOT NULL, instance_name text NOT NULL, stream_id bigint NOT NULL);
        CREATE UNIQUE INDEX stream_positions_idx ON stream_positions (stream_name, instance_name);
        CREATE TABLE room_stats_current (room_id text PRIMARY KEY, joined_members int NOT NULL, invited_members int NOT NULL);
        CREATE SCHEMA utils; CREATE TABLE utils.deps_saved_ddl (id serial PRIMARY KEY, view_schema varchar(255), view_name varchar(255), ddl_to_run text);
        CREATE TABLE cached_aggregations (id uuid PRIMARY KEY, charge_id uuid NOT NULL, current_aggregation numeric, max_aggregation numeric);`,
    },
    {
      // Corpus (temporal shards, kestra flows): a key and an encoded document the program owns.
      name: 'document stores',
      sql: `CREATE TABLE shards (shard_id int PRIMARY KEY, range_id bigint NOT NULL, data bytea NOT NULL, data_encoding varchar(16) NOT NULL);
        CREATE TABLE flows (key varchar(250) PRIMARY KEY, value jsonb NOT NULL,
          id varchar(100) NOT NULL GENERATED ALWAYS AS (value ->> 'id') STORED,
          namespace varchar(150) NOT NULL GENERATED ALWAYS AS (value ->> 'namespace') STORED, source_code text NOT NULL);`,
    },
    {
      // Corpus (synapse receipts_graph, e2e_fallback_keys_json; holdout-13): JSON kept in a text
      // column (Synapse also runs on SQLite) is an encoded document like jsonb; the receipt's
      // time travels inside it.
      name: 'document stores with the document in a text column',
      sql: `CREATE TABLE receipts_graph (room_id text NOT NULL, receipt_type text NOT NULL, user_id text NOT NULL, event_ids text NOT NULL, data text NOT NULL, thread_id text,
          CONSTRAINT receipts_graph_uniqueness UNIQUE (room_id, receipt_type, user_id));
        CREATE TABLE e2e_fallback_keys_json (user_id text NOT NULL, device_id text NOT NULL, algorithm text NOT NULL, key_id text NOT NULL, key_json text NOT NULL, used boolean NOT NULL DEFAULT false,
          CONSTRAINT e2e_fallback_keys_json_uniqueness UNIQUE (user_id, device_id, algorithm));`,
    },
    {
      // Corpus (guacamole): a user's attributes (deleted with it) and permission grants.
      name: 'parts of a parent row, and grants',
      sql: `CREATE TYPE permission AS ENUM ('READ', 'UPDATE');
        CREATE TABLE entity (entity_id serial PRIMARY KEY, name varchar(128) NOT NULL, kind varchar(8) NOT NULL, created_at timestamptz, updated_at timestamptz);
        CREATE TABLE connection (connection_id serial PRIMARY KEY, name varchar(128) NOT NULL, protocol varchar(32) NOT NULL, created_at timestamptz, updated_at timestamptz);
        CREATE TABLE user_attribute (entity_id int NOT NULL REFERENCES entity ON DELETE CASCADE, attribute_name varchar(128) NOT NULL, attribute_value varchar(4096) NOT NULL, PRIMARY KEY (entity_id, attribute_name));
        CREATE TABLE connection_permission (entity_id int NOT NULL REFERENCES entity ON DELETE CASCADE, connection_id int NOT NULL REFERENCES connection ON DELETE CASCADE, permission permission NOT NULL, PRIMARY KEY (entity_id, connection_id, permission));`,
    },
    {
      // Corpus (kanboard action_has_params, project_has_notification_types; concourse
      // jobs_serial_groups): an owner's names or name/value settings behind a surrogate id, one
      // ON DELETE CASCADE reference to the owner, written and removed with it.
      name: "an owner's name/value settings and enabled kinds, deleted with it",
      sql: `CREATE TABLE projects (id serial PRIMARY KEY, name text NOT NULL, created_at timestamptz, updated_at timestamptz);
        CREATE TABLE actions (id serial PRIMARY KEY, project_id int NOT NULL REFERENCES projects ON DELETE CASCADE, event_name varchar(50) NOT NULL, action_name text NOT NULL, created_at timestamptz, updated_at timestamptz);
        CREATE TABLE action_has_params (id serial PRIMARY KEY, action_id int NOT NULL REFERENCES actions ON DELETE CASCADE, name varchar(50) NOT NULL, value varchar(50) NOT NULL);
        CREATE TABLE project_has_notification_types (id serial PRIMARY KEY, project_id int NOT NULL REFERENCES projects ON DELETE CASCADE, notification_type varchar(50) NOT NULL, UNIQUE (project_id, notification_type));
        CREATE TABLE jobs (id serial PRIMARY KEY, name text NOT NULL, created_at timestamptz, updated_at timestamptz);
        CREATE TABLE jobs_serial_groups (id serial PRIMARY KEY, serial_group text NOT NULL, job_id int REFERENCES jobs ON DELETE CASCADE);`,
    },
    {
      // Corpus (pagila customer.create_date, rental.rental_date; AdventureWorks DateCreated and
      // OrderDate; synapse user_threepids.added_at in epoch milliseconds; openstreetmap messages.sent_on).
      name: 'creation recorded under other names and types',
      sql: `CREATE TABLE customer (customer_id serial PRIMARY KEY, first_name text NOT NULL, email text, active boolean NOT NULL, create_date date NOT NULL DEFAULT CURRENT_DATE, last_update timestamptz NOT NULL DEFAULT now());
        CREATE TABLE rental (rental_id serial PRIMARY KEY, rental_date timestamptz NOT NULL, customer_id int NOT NULL, return_date timestamptz, last_update timestamptz NOT NULL DEFAULT now());
        CREATE TABLE shoppingcartitem (shoppingcartitemid serial PRIMARY KEY, shoppingcartid varchar(50) NOT NULL, quantity int NOT NULL, datecreated timestamp NOT NULL DEFAULT now(), modifieddate timestamp NOT NULL DEFAULT now());
        CREATE TABLE user_threepids (user_id text NOT NULL, medium text NOT NULL, address text NOT NULL, validated_at bigint NOT NULL, added_at bigint NOT NULL);
        CREATE UNIQUE INDEX user_threepids_idx ON user_threepids (medium, address);
        CREATE TABLE messages (id bigserial PRIMARY KEY, from_user_id bigint NOT NULL, title varchar(255) NOT NULL, body text NOT NULL, sent_on timestamp NOT NULL);`,
    },
    {
      // Corpus (Hive's metastore DB_PRIVS, holdout-29): quoted upper-case names, the creation time
      // in epoch seconds; a grant is revoked by deleting it, never updated.
      name: 'a conventional creation name in capitals, of any type',
      sql: `CREATE TABLE "DB_PRIVS" ("DB_GRANT_ID" bigint NOT NULL PRIMARY KEY, "CREATE_TIME" bigint NOT NULL, "DB_ID" bigint, "GRANT_OPTION" smallint NOT NULL,
        "GRANTOR" varchar(128), "PRINCIPAL_NAME" varchar(128), "PRINCIPAL_TYPE" varchar(128), "DB_PRIV" varchar(128));`,
    },
    {
      // Corpus (listmonk links, lemmy login_token, openstreetmap way_tags, synapse event_relations,
      // graphile user_secrets): rows written once, parts of a version, facts about an event, an
      // extension that records its own times.
      name: 'insert-only rows, versioned parts, event facts, extensions with their own times',
      sql: `CREATE TABLE links (id serial PRIMARY KEY, uuid uuid NOT NULL UNIQUE, url text NOT NULL UNIQUE, created_at timestamptz NOT NULL DEFAULT now());
        CREATE TABLE login_token (token text PRIMARY KEY, user_id int NOT NULL, published_at timestamptz NOT NULL DEFAULT now(), ip text);
        CREATE TABLE ways (way_id bigint NOT NULL, version bigint NOT NULL, changeset_id bigint NOT NULL, "timestamp" timestamp NOT NULL, visible boolean NOT NULL, PRIMARY KEY (way_id, version));
        CREATE TABLE way_tags (way_id bigint NOT NULL, version bigint NOT NULL, k varchar(255) NOT NULL, v varchar(255) NOT NULL, PRIMARY KEY (way_id, version, k), FOREIGN KEY (way_id, version) REFERENCES ways);
        CREATE TABLE event_relations (event_id text NOT NULL, relates_to_id text NOT NULL, relation_type text NOT NULL, aggregation_key text);
        CREATE UNIQUE INDEX event_relations_id ON event_relations (event_id);
        CREATE TABLE users (id uuid PRIMARY KEY, username text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now());
        CREATE TABLE user_secrets (user_id uuid PRIMARY KEY REFERENCES users ON DELETE CASCADE, password_hash text, last_login_at timestamptz NOT NULL DEFAULT now(), failed_password_attempts int NOT NULL DEFAULT 0);`,
    },
    {
      // Corpus (pagila country, language): reference data with its bookkeeping column.
      name: 'reference data with a last_update column',
      sql: 'CREATE TABLE country (country_id serial PRIMARY KEY, country text NOT NULL, last_update timestamptz NOT NULL DEFAULT now());',
    },
    {
      name: 'requireActor: created_by / updated_by present',
      sql: 'CREATE TABLE docs (id bigint PRIMARY KEY, body text, created_at timestamptz, updated_at timestamptz, created_by bigint, updated_by bigint);',
      options: { requireActor: true },
    },
    {
      // Outside pass 4: Entity Framework Core's migration ledger is the tool's table.
      name: "Entity Framework's migration ledger",
      sql: `CREATE TABLE "__EFMigrationsHistory" ("MigrationId" character varying(150) NOT NULL, "ProductVersion" character varying(32) NOT NULL, CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId"));
        CREATE TABLE __ef_migrations_history (migration_id varchar(150) PRIMARY KEY, product_version varchar(32) NOT NULL);`,
    },
    {
      // Outside pass 4 (a manufacturing line's sensors): one reading per sensor and instant,
      // written once; its quality code qualifies the reading, it is not a state that changes.
      name: 'a series of readings keyed by the source and the instant read',
      sql: `CREATE TABLE equipment_sensors (sensor_id bigint PRIMARY KEY, sensor_code text NOT NULL UNIQUE, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz);
        CREATE TABLE sensor_readings (reading_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, sensor_id bigint NOT NULL REFERENCES equipment_sensors ON DELETE CASCADE,
          observed_at timestamptz NOT NULL, numeric_value numeric(16,4), quality_status text NOT NULL DEFAULT 'GOOD', created_at timestamptz NOT NULL DEFAULT now(),
          UNIQUE (sensor_id, observed_at));`,
    },
    {
      // Outside pass 5 (a Kimball retail star): the ETL loads the dimensions and the facts; a
      // calendar dimension is generated once, facts are never updated.
      name: 'a star schema: fact and dimension tables',
      sql: `CREATE TABLE dim_date (date_key int PRIMARY KEY, full_date date NOT NULL UNIQUE, month_name text NOT NULL, quarter int NOT NULL, year int NOT NULL, is_weekend boolean NOT NULL);
        CREATE TABLE dim_store (store_key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, store_code text NOT NULL UNIQUE, store_name text NOT NULL, city text NOT NULL, region text NOT NULL);
        CREATE TABLE fact_sales (sale_key bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, date_key int NOT NULL REFERENCES dim_date, store_key bigint NOT NULL REFERENCES dim_store,
          order_number text NOT NULL, quantity int NOT NULL, extended_amount numeric(14,2) NOT NULL);`,
    },
    {
      // Outside pass 5 (the same rehab study): kinds of injury with the icon the app shows.
      name: 'reference data with an icon beside its labels',
      sql: 'CREATE TABLE injury_types (id serial PRIMARY KEY, name text NOT NULL, description text NOT NULL, icon text NOT NULL);',
    },
    {
      // Outside pass 5 (an HR dump): a request's requested_at is when the row was made; with no
      // state that changes, nothing more is asked.
      name: "a request's requested_at is its creation time",
      sql: 'CREATE TABLE leave_requests (id serial PRIMARY KEY, employee_id int NOT NULL, start_date date NOT NULL, end_date date NOT NULL, reason text, requested_at timestamp DEFAULT CURRENT_TIMESTAMP);',
    },
  ],
  invalid: [
    {
      // A prefix that not every column carries says nothing about the table, and a prefixed table
      // with no <prefix>_timestamp records no time: both still asked.
      name: 'a <prefix>_timestamp the other columns do not share, and a prefixed table with none',
      sql: `CREATE TABLE watch_items (id serial PRIMARY KEY, title text NOT NULL, wi_user int NOT NULL, wi_timestamp timestamptz NOT NULL);
        CREATE TABLE interwiki (iw_prefix varchar(32) PRIMARY KEY, iw_url text NOT NULL, iw_api text NOT NULL, iw_local smallint NOT NULL);`,
      messages: 2,
    },
    {
      // The true class beside the new shapes: a user's saved values with a free text, a
      // settings row people edit with a name and a flag, a child record whose owner may be
      // absent, and a host record whose columns are more than retry state.
      name: 'records beside key-value, sync-marker, label and retry shapes',
      sql: `CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
        CREATE TABLE user_values (user_id bigint NOT NULL REFERENCES users, key text NOT NULL, value_str text, value_int integer, note text, PRIMARY KEY (user_id, key));
        CREATE TABLE mirrors (id serial PRIMARY KEY, name varchar(128) NOT NULL, enabled boolean NOT NULL, last_update timestamp NOT NULL);
        CREATE TABLE sponsors (id serial PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
        CREATE TABLE competitors (id integer PRIMARY KEY, sponsor_id integer REFERENCES sponsors (id), full_name varchar(40) NOT NULL);
        CREATE TABLE remote_hosts (host text PRIMARY KEY, owner_email text NOT NULL, retry_last_ts bigint, retry_interval bigint);`,
      messages: 4,
    },
    {
      // The near miss: an extension of a row that records no time of its own is still asked, as
      // is its owner.
      name: 'a one-to-one extension of a row with no times',
      sql: `CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL, plan text NOT NULL, status text NOT NULL);
        CREATE TABLE invoices (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts, total numeric NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
        CREATE TABLE account_profiles (account_id bigint PRIMARY KEY REFERENCES accounts, bio text, website text, avatar_url text);`,
      messages: 2,
    },
    {
      // The near miss: an event log that also records what happened is still a log, and asked
      // when each row was written.
      name: 'references plus an action, named as events',
      sql: `CREATE TABLE orders (id bigint PRIMARY KEY, created_at timestamptz NOT NULL); CREATE TABLE users (id bigint PRIMARY KEY, created_at timestamptz NOT NULL);
        CREATE TABLE order_events (order_id bigint NOT NULL REFERENCES orders, user_id bigint NOT NULL REFERENCES users, action text NOT NULL, PRIMARY KEY (order_id, user_id, action));`,
      messages: 1,
    },
    {
      // Capitals are read as the same names, not as any time: a grant table whose only integer is
      // an id still records no creation time.
      name: 'a table in capitals with no creation column',
      sql: 'CREATE TABLE "GLOBAL_PRIVS" ("USER_GRANT_ID" bigint NOT NULL PRIMARY KEY, "GRANT_OPTION" smallint NOT NULL, "GRANTOR" varchar(128), "PRINCIPAL_NAME" varchar(128), "USER_PRIV" varchar(128));',
      messages: 1,
    },
    {
      // The near miss of an owner's settings: a comment is deleted with its post too, but its body
      // is free text, not a label, and when it was written is asked.
      name: 'a comment deleted with its post',
      sql: `CREATE TABLE posts (id serial PRIMARY KEY, title text NOT NULL, created_at timestamptz, updated_at timestamptz);
        CREATE TABLE comments (id serial PRIMARY KEY, post_id int NOT NULL REFERENCES posts ON DELETE CASCADE, body text NOT NULL);`,
      messages: 1,
    },
    {
      // One warehouse-style name in an application's schema, with no fact table beside it, is an
      // ordinary table.
      name: 'a dim_ table with no fact table beside it',
      sql: 'CREATE TABLE dim_settings (id bigint PRIMARY KEY, name text NOT NULL, brightness int NOT NULL, contrast int NOT NULL, owner_email text NOT NULL);',
      messages: 1,
    },
    {
      // A booking keyed by its room and start is a record that changes (its status), not a reading.
      name: 'a booking keyed by its room and start time',
      sql: `CREATE TABLE rooms (id bigint PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz);
        CREATE TABLE bookings (id bigint PRIMARY KEY, room_id bigint NOT NULL REFERENCES rooms, starts_at timestamptz NOT NULL, status text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(),
          UNIQUE (room_id, starts_at));`,
      messages: 1,
    },
    {
      name: 'count inside a word names no counter (accounts, discount_codes)',
      sql: 'CREATE TABLE accounts (id bigserial PRIMARY KEY, owner_email text NOT NULL, balance numeric NOT NULL, status text NOT NULL); CREATE TABLE discount_codes (id bigserial PRIMARY KEY, code text NOT NULL, percent int NOT NULL);',
      messages: 2,
    },
    {
      name: 'camelCase creation time with a counter, and no update time',
      sql: 'CREATE TABLE "Thread" ("id" text PRIMARY KEY, "title" text NOT NULL, "replyCount" int NOT NULL DEFAULT 0, "reply_count" int NOT NULL DEFAULT 0, "createdAt" timestamptz NOT NULL DEFAULT now());',
      messages: 1,
    },
    {
      // The same log with no time at all is asked for one.
      name: 'a log with no time column',
      sql: 'CREATE TABLE project_activities (id integer PRIMARY KEY, event_name varchar(50) NOT NULL, creator_id integer, project_id integer, task_id integer, data text);',
      messages: 1,
    },
    {
      name: 'a date column that is not the creation time',
      sql: 'CREATE TABLE remember_me (id integer PRIMARY KEY, user_id integer, token varchar(255), expiration integer, date_due bigint);',
      messages: 1,
    },
    {
      // Corpus (lemmy modlog): a log that records no time at all is still reported.
      name: 'a moderation log with no time column',
      sql: 'CREATE TABLE modlog (id serial PRIMARY KEY, kind text NOT NULL, mod_id int NOT NULL, reason text);',
      messages: 1,
    },
    { sql: 'CREATE TABLE customers (id bigint PRIMARY KEY, email text, name text);', messages: 1 },
    {
      // Text named as prose (content, a body) is not an encoded document, nor is text beside
      // more than two columns of the row's own (a user's profile with a data blob).
      name: 'a key and prose in text, and a record with a text data column beside its fields',
      sql: `CREATE TABLE posts (post_id text PRIMARY KEY, author_id text NOT NULL, content text NOT NULL);
        CREATE TABLE profiles (user_id text PRIMARY KEY, displayname text, avatar_url text, bio text, data text);`,
      messages: 2,
    },
    {
      // Corpus (basejump billing_subscriptions, hatchet v1_task): rows that change status.
      name: 'created_at alone is not enough when rows change state',
      sql: 'CREATE TABLE subscriptions (id text PRIMARY KEY, account_id uuid NOT NULL, status text NOT NULL, quantity int, created_at timestamptz NOT NULL DEFAULT now());',
      messages: 1,
    },
    {
      // Corpus (AdventureWorks Product): ModifiedDate but no creation time.
      name: 'an update time but no creation time',
      sql: 'CREATE TABLE product (productid serial PRIMARY KEY, name varchar(50) NOT NULL, productnumber varchar(25) NOT NULL, listprice numeric NOT NULL, modifieddate timestamp NOT NULL DEFAULT now());',
      messages: 1,
    },
    {
      // Corpus (synapse rooms, guacamole_connection): entities that record no time at all.
      name: 'entities with no time column',
      sql: `CREATE TABLE rooms (room_id text PRIMARY KEY, is_public boolean, creator text, room_version text);
        CREATE TABLE guacamole_connection (connection_id serial PRIMARY KEY, connection_name varchar(128) NOT NULL, protocol varchar(32) NOT NULL, max_connections int);`,
      messages: 2,
    },
    {
      // The application's own tables in a Django project are still asked (auth_user is the
      // application's users, whatever Django named it).
      name: 'tables of a Django application',
      sql: `CREATE TABLE auth_user (id serial PRIMARY KEY, username varchar(150) NOT NULL UNIQUE, email varchar(254) NOT NULL, is_active boolean NOT NULL);
        CREATE TABLE sender_snd (id serial PRIMARY KEY, mailto varchar(254) NOT NULL, text text NOT NULL, repeat_id int NOT NULL);`,
      messages: 2,
    },
    {
      // A discount code is the application's record, not a credential; a code with no time at
      // all is still asked for when it was issued.
      name: 'promotion codes, and a recovery code with no time',
      sql: `CREATE TABLE promo_codes (id bigint PRIMARY KEY, code text NOT NULL UNIQUE, percent_off int NOT NULL, max_uses int);
        CREATE TABLE recovery_codes (id bigint PRIMARY KEY, code_digest bytea NOT NULL, user_id bigint NOT NULL);`,
      messages: 2,
    },
    {
      name: 'a log that records no time',
      sql: 'CREATE TABLE question_answer_logs (id bigserial PRIMARY KEY, question text NOT NULL, answer text NOT NULL, user_id bigint);',
      messages: 1,
    },
    {
      name: 'requireActor: timestamps but no actor columns',
      sql: 'CREATE TABLE docs (id bigint PRIMARY KEY, body text, created_at timestamptz, updated_at timestamptz);',
      options: { requireActor: true },
      messages: 1,
    },
  ],
});

describe('require-audit-columns is a suggestion', () => {
  test('info in both presets; a team policy sets it higher', async () => {
    const schema = await importClean('CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL, display_name text NOT NULL);');
    for (const preset of ['recommended', 'strict'] as const) expect(lint(schema, { config: { preset }, rules: [rule] }).map((d) => d.severity)).toEqual(['info']);
    expect(lint(schema, { config: { preset: 'strict', rules: { [rule.meta.id]: 'error' } }, rules: [rule] }).map((d) => d.severity)).toEqual(['error']);
  });
});
