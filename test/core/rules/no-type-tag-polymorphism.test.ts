import rule from '../../../src/core/rules/no-type-tag-polymorphism';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
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
  ],
  invalid: [
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
