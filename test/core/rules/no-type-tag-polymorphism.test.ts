import rule from '../../../src/core/rules/no-type-tag-polymorphism';
import { ruleTester } from './rule-tester';

const TB = `CREATE TABLE device (id uuid PRIMARY KEY, created_time bigint NOT NULL, name varchar(255), tenant_id uuid);
        CREATE TABLE alarm (id uuid PRIMARY KEY, created_time bigint NOT NULL, type varchar(255), severity varchar(255), tenant_id uuid);`;
const DJANGO = `CREATE TABLE django_content_type (id serial PRIMARY KEY, app_label varchar(100) NOT NULL, model varchar(100) NOT NULL);
  CREATE TABLE auth_user (id serial PRIMARY KEY, username varchar(150) NOT NULL);`;

ruleTester(rule, {
  valid: [
    {
      // Laravel Cashier (Paddle)'s tables, owned by whichever model is billable: the library's design.
      name: "Laravel Cashier's subscriptions",
      sql: `CREATE TABLE users (id uuid PRIMARY KEY); CREATE TABLE organizations (id uuid PRIMARY KEY);
        CREATE TABLE subscriptions (id uuid PRIMARY KEY, billable_id uuid NOT NULL, billable_type varchar(255) NOT NULL, type varchar(255) NOT NULL, paddle_id varchar(255) NOT NULL, status varchar(255) NOT NULL);`,
    },
    {
      // Outside pass (Laravel): Sanctum's tokens and the framework's notifications belong to any
      // model by design; the package writes both columns and no key can say which table.
      name: "Laravel packages' polymorphic owners (Sanctum, notifications)",
      sql: `CREATE TABLE users (id bigint PRIMARY KEY); CREATE TABLE teams (id bigint PRIMARY KEY);
        CREATE TABLE personal_access_tokens (id bigserial PRIMARY KEY, tokenable_type varchar(255) NOT NULL, tokenable_id bigint NOT NULL, name varchar(255) NOT NULL, token varchar(64) NOT NULL UNIQUE, abilities text, last_used_at timestamp, expires_at timestamp);
        CREATE TABLE notifications (id uuid PRIMARY KEY, type varchar(255) NOT NULL, notifiable_type varchar(255) NOT NULL, notifiable_id bigint NOT NULL, data text NOT NULL, read_at timestamp);`,
    },
    {
      // Django's own admin log names rows that may be gone (and keeps object_id as text); a
      // content_type_id whose object has a key of its own is an ordinary reference.
      name: "Django's admin log, and a content type beside a real foreign key",
      sql: `${DJANGO} CREATE TABLE django_admin_log (id serial PRIMARY KEY, action_time timestamptz NOT NULL, object_id text, object_repr varchar(200) NOT NULL,
        action_flag smallint NOT NULL, change_message text NOT NULL, content_type_id int REFERENCES django_content_type, user_id int NOT NULL REFERENCES auth_user);
        CREATE TABLE pinned (id serial PRIMARY KEY, content_type_id int NOT NULL REFERENCES django_content_type, object_id int NOT NULL REFERENCES auth_user);`,
    },
    {
      // Corpus (inaturalist model_attribute_changes): a record of changes names models that may be gone.
      name: 'a record of changes whose only time is when the change happened',
      sql: `CREATE TABLE observations (id int PRIMARY KEY, description text);
        CREATE TABLE model_attribute_changes (id int PRIMARY KEY, model_type varchar, model_id int, field_name varchar, changed_at timestamp);`,
    },
    {
      // Corpus (inaturalist preferences, the preferences plugin; lago webhooks, a delivery log).
      name: "the preferences plugin's table, and a delivery log",
      sql: `CREATE TABLE users (id int PRIMARY KEY, login text);
        CREATE TABLE preferences (id int PRIMARY KEY, name varchar(255) NOT NULL, owner_id int NOT NULL, owner_type varchar(255) NOT NULL, group_id int, group_type varchar(255), value text);
        CREATE TABLE webhooks (id uuid PRIMARY KEY, object_id uuid, object_type varchar, status int NOT NULL DEFAULT 0, retries int NOT NULL DEFAULT 0, http_status int, payload json, response json, created_at timestamp NOT NULL);`,
    },
    {
      // Corpus (inaturalist taggings, votes, friendly_id_slugs, oauth_applications; openstreetmap
      // noticed_notifications): libraries' own polymorphic tables, recognised by their columns.
      name: "libraries' polymorphic tables",
      sql: `CREATE TABLE users (id int PRIMARY KEY, login text);
        CREATE TABLE taggings (id int PRIMARY KEY, tag_id int, taggable_id int, taggable_type varchar, tagger_id int, tagger_type varchar, context varchar(128), created_at timestamp);
        CREATE TABLE votes (id int PRIMARY KEY, votable_id int, votable_type varchar, voter_id int, voter_type varchar, vote_flag boolean, vote_scope varchar, vote_weight int);
        CREATE TABLE friendly_id_slugs (id int PRIMARY KEY, slug varchar, sluggable_id int, sluggable_type varchar(40), scope varchar);
        CREATE TABLE oauth_applications (id int PRIMARY KEY, name varchar NOT NULL, uid varchar NOT NULL, owner_id int, owner_type varchar);`,
    },
    {
      // Corpus (ThingsBoard notification_request, holdout-23): the record of a notification sent,
      // its targets, the template as sent and its status, names the alarm or device that
      // triggered it, which may be deleted while the record stays.
      name: 'a record of messages sent (recipients, the template as sent, a status)',
      sql: `${TB}
        CREATE TABLE notification_request (id uuid PRIMARY KEY, created_time bigint NOT NULL, tenant_id uuid NOT NULL, targets varchar(10000) NOT NULL, template_id uuid, template varchar(10000000), info varchar(1000000), originator_entity_id uuid, originator_entity_type varchar(32), rule_id uuid, status varchar(32), stats varchar(10000));`,
    },
    {
      // Corpus (Catarse, holdout-29): ActiveAdmin's comments, about any admin resource and by any
      // admin user class, and the same table under its 0.x name, admin_notes (ActiveAdmin's later
      // migration renames it and keeps its index name, as Catarse's dump shows).
      name: "ActiveAdmin's comment tables",
      sql: `CREATE TABLE admin_users (id serial PRIMARY KEY, email varchar(255)); CREATE TABLE projects (id serial PRIMARY KEY, name text);
        CREATE TABLE active_admin_comments (id serial PRIMARY KEY, resource_id integer NOT NULL, resource_type varchar(255) NOT NULL, author_id integer, author_type varchar(255), body text, created_at timestamp, updated_at timestamp, namespace varchar(255));
        CREATE INDEX index_admin_notes_on_resource_type_and_resource_id ON active_admin_comments (resource_type, resource_id);
        CREATE TABLE admin_notes (id serial PRIMARY KEY, resource_id integer NOT NULL, resource_type varchar(255) NOT NULL, admin_user_id integer, admin_user_type varchar(255), body text, created_at timestamp, updated_at timestamp);`,
    },
    {
      // Corpus (lago idempotency_records): it names what a request created, to replay the answer.
      name: 'idempotency records',
      sql: `CREATE TABLE invoices (id uuid PRIMARY KEY, number text);
        CREATE TABLE idempotency_records (id uuid PRIMARY KEY, idempotency_key bytea NOT NULL, resource_id uuid, resource_type varchar, created_at timestamp NOT NULL);`,
    },
    {
      // Corpus (lago payment_methods): a provider's own id and its kind, not a local reference.
      name: 'a text id next to a type names another system\'s object',
      sql: 'CREATE TABLE payment_methods (id uuid PRIMARY KEY, provider_method_type text NOT NULL, provider_method_id varchar NOT NULL);',
    },
    `CREATE TABLE posts (id bigint PRIMARY KEY);
     CREATE TABLE comments (id bigint PRIMARY KEY, post_id bigint REFERENCES posts, body text);`,
    {
      name: 'a type column next to an id column that has a foreign key',
      sql: `CREATE TABLE accounts (id bigint PRIMARY KEY);
        CREATE TABLE ledger (id bigint PRIMARY KEY, account_type text, account_id bigint REFERENCES accounts);`,
    },
    {
      // OpenTelemetry's span tables: an enum of span kinds and a bytea span id, not a reference.
      name: 'an enum span_kind next to a bytea span_id',
      sql: `CREATE TYPE span_kind AS ENUM ('SPAN_KIND_UNSPECIFIED', 'SPAN_KIND_INTERNAL', 'SPAN_KIND_SERVER', 'SPAN_KIND_CLIENT');
        CREATE TABLE spans (id bigint PRIMARY KEY, trace_id bytea NOT NULL, span_id bytea NOT NULL, span_kind span_kind NOT NULL, name text);`,
    },
    {
      name: 'an id of a type no table key has (uuid id, bigint keys only)',
      sql: `CREATE TABLE posts (id bigint PRIMARY KEY);
        CREATE TABLE jobs (id bigint PRIMARY KEY, subject_type text, subject_id uuid);`,
    },
    {
      name: 'an enum tag whose values name no table',
      sql: `CREATE TYPE device_kind AS ENUM ('PHONE', 'TABLET', 'DESKTOP');
        CREATE TABLE sessions (id bigint PRIMARY KEY, device_kind device_kind, device_id bigint);`,
    },
    {
      // Corpus (inaturalist audits): the audited gem's log of changes to rows that may be gone.
      name: 'an audit log names rows that may be deleted',
      sql: 'CREATE TABLE audits (id bigint PRIMARY KEY, auditable_type text, auditable_id bigint, action text, audited_changes jsonb);',
    },
    {
      // Corpus (danbooru mod_actions, inaturalist moderator_actions): moderation logs.
      name: 'a moderation log names subjects that may be deleted',
      sql: 'CREATE TABLE posts (id int PRIMARY KEY); CREATE TABLE mod_actions (id int PRIMARY KEY, creator_id int, description text, subject_type varchar, subject_id int);',
    },
    {
      // Corpus (lago active_storage_attachments): Rails' own polymorphic table.
      name: "a framework's table",
      sql: 'CREATE TABLE users (id uuid PRIMARY KEY); CREATE TABLE active_storage_attachments (id uuid PRIMARY KEY, name text NOT NULL, record_type text NOT NULL, record_id uuid);',
    },
    {
      name: 'a _type column with no matching _id',
      sql: 'CREATE TABLE payments (id bigint PRIMARY KEY, payment_type text, amount numeric);',
    },
    {
      // Rule bug: an outbox (or event store) records events about aggregates, including deleted
      // ones (an OrderDeleted event is published after the order is gone). A foreign key there is
      // impossible by design; the pair is the pattern, not a smell.
      name: 'an outbox names the aggregate it reports on, with no foreign key by design',
      sql: 'CREATE TABLE outbox (id bigint PRIMARY KEY, aggregate_type text NOT NULL, aggregate_id text NOT NULL, payload jsonb NOT NULL, published_at timestamptz);',
    },
    {
      // Outside pass 4 (a manufacturing line's sensor master): sensor_id is the table's own key
      // and sensor_type the sensor's kind, so the pair names this row, not a row elsewhere.
      name: "a kind column beside the table's own key",
      sql: `CREATE TABLE assets (asset_id bigint PRIMARY KEY); CREATE TABLE sensors (id bigint PRIMARY KEY);
        CREATE TABLE equipment_sensors (sensor_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, sensor_code text NOT NULL UNIQUE,
          asset_id bigint NOT NULL REFERENCES assets(asset_id), sensor_type text NOT NULL, engineering_unit text);
        CREATE TABLE devices (id bigint PRIMARY KEY, device_id bigint NOT NULL UNIQUE, device_type text NOT NULL);`,
    },
    {
      // Outside pass 12 (Cadence's Postgres store): a task's number within its task list and its
      // kind ({Activity, Decision}) are part of the row's own composite key, not a reference.
      name: "a kind and the table's own id inside its composite primary key",
      sql: `CREATE TABLE activities_log (id bigint PRIMARY KEY);
        CREATE TABLE tasks (domain_id bytea NOT NULL, task_list_name varchar(255) NOT NULL, task_type smallint NOT NULL, task_id bigint NOT NULL,
          data bytea NOT NULL, data_encoding varchar(16) NOT NULL, PRIMARY KEY (domain_id, task_list_name, task_type, task_id));`,
    },
  ],
  invalid: [
    {
      name: 'an application subscriptions table with its own billable pair (no paddle_id)',
      sql: `CREATE TABLE users (id uuid PRIMARY KEY); CREATE TABLE organizations (id uuid PRIMARY KEY);
        CREATE TABLE subscriptions (id uuid PRIMARY KEY, billable_id uuid NOT NULL, billable_type varchar(255) NOT NULL, plan text NOT NULL);`,
      messages: 1,
    },
    {
      // The composite-key exemption is for the table's own id only: a link table whose key holds
      // the pair (taggable_type, taggable_id) still names rows of other tables with no key.
      name: 'a polymorphic pair inside a link table\'s composite primary key',
      sql: `CREATE TABLE posts (id bigint PRIMARY KEY); CREATE TABLE tags (id bigint PRIMARY KEY);
        CREATE TABLE taggings (tag_id bigint NOT NULL REFERENCES tags, taggable_type text NOT NULL, taggable_id bigint NOT NULL,
          PRIMARY KEY (tag_id, taggable_type, taggable_id));`,
      messages: 1,
    },
    {
      // A kind column beside an id that is not the table's key still names a row elsewhere.
      name: 'a type tag whose id is part of a composite key only',
      sql: `CREATE TABLE posts (id bigint PRIMARY KEY); CREATE TABLE photos (id bigint PRIMARY KEY);
        CREATE TABLE reactions (subject_id bigint NOT NULL, subject_type text NOT NULL, user_id bigint NOT NULL, PRIMARY KEY (subject_id, user_id));`,
      messages: 1,
    },
    {
      // An application's own admin_notes with a polymorphic subject, without ActiveAdmin's author pair.
      name: "an application's admin_notes that is not ActiveAdmin's",
      sql: `CREATE TABLE projects (id bigint PRIMARY KEY); CREATE TABLE users (id bigint PRIMARY KEY);
        CREATE TABLE admin_notes (id bigint PRIMARY KEY, resource_type text NOT NULL, resource_id bigint NOT NULL, user_id bigint REFERENCES users, body text);`,
      messages: 1,
    },
    {
      name: 'an application table named like a package\'s but with its own type tag',
      sql: `CREATE TABLE users (id bigint PRIMARY KEY); CREATE TABLE teams (id bigint PRIMARY KEY);
        CREATE TABLE notifications (id bigint PRIMARY KEY, recipient_type text NOT NULL, recipient_id bigint NOT NULL, body text);`,
      messages: 1,
    },
    {
      // Corpus (ThingsBoard entity_view, holdout-23): a view of one device or asset dies with it.
      name: 'generic entity references in state that dies with its entity',
      sql: `${TB}
        CREATE TABLE entity_view (id uuid PRIMARY KEY, created_time bigint NOT NULL, entity_id uuid, entity_type varchar(255), tenant_id uuid, name varchar(255), keys varchar(10000000));`,
      messages: 1,
    },
    {
      // Targets and a template without a status: a notification rule's setup, not a record of sending.
      name: 'targets and a template without a status',
      sql: `${TB}
        CREATE TABLE notification_setup (id uuid PRIMARY KEY, created_time bigint NOT NULL, targets varchar(10000) NOT NULL, template varchar(100000), originator_entity_id uuid, originator_entity_type varchar(32));`,
    },
    {
      // A Django application's table with a GenericForeignKey: content_type_id has its key, the
      // object_id (an integer, like the models' keys) has none.
      name: "a Django generic relation in an application's table",
      sql: `${DJANGO} CREATE TABLE comments_comment (id serial PRIMARY KEY, content_type_id int NOT NULL REFERENCES django_content_type,
        object_id int NOT NULL, body text NOT NULL, user_id int REFERENCES auth_user);`,
      messages: 1,
    },
    {
      // A table named like a library's, without the library's columns, is the application's.
      name: "an application's own votes table",
      sql: `CREATE TABLE posts (id int PRIMARY KEY, title text);
        CREATE TABLE votes (id int PRIMARY KEY, votable_id int NOT NULL, votable_type text NOT NULL, score smallint NOT NULL);`,
      messages: 1,
    },
    { sql: 'CREATE TABLE comments (id bigint PRIMARY KEY, commentable_type text, commentable_id bigint, body text);', messages: 1 },
    {
      name: 'an enum tag whose values name tables, an integer id like their keys',
      sql: `CREATE TABLE posts (id integer PRIMARY KEY); CREATE TABLE photos (id integer PRIMARY KEY);
        CREATE TYPE commentable AS ENUM ('Post', 'Photo');
        CREATE TABLE comments (id bigint PRIMARY KEY, commentable_type commentable NOT NULL, commentable_id bigint NOT NULL);`,
      messages: 1,
    },
    {
      name: 'a uuid id where tables have uuid keys',
      sql: `CREATE TABLE users (id uuid PRIMARY KEY);
        CREATE TABLE notes (id uuid PRIMARY KEY, owner_type text, owner_id uuid);`,
      messages: 1,
    },
    {
      name: '_kind and _table suffixes, two pairs',
      sql: 'CREATE TABLE attachments (id bigint PRIMARY KEY, owner_kind text, owner_id bigint, source_table text, source_id bigint);',
      messages: 2,
    },
  ],
});
