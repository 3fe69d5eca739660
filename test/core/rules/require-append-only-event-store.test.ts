import rule from '../../../src/core/rules/require-append-only-event-store';
import { ruleTester } from './rule-tester';

const store = `CREATE TABLE event_store (id bigint PRIMARY KEY, stream_id uuid NOT NULL, version int NOT NULL, payload jsonb NOT NULL`;
const guard = `CREATE FUNCTION reject_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'append-only'; END $$;
  CREATE TRIGGER event_store_guard BEFORE UPDATE OR DELETE ON event_store FOR EACH ROW EXECUTE FUNCTION reject_change();`;

ruleTester(rule, {
  valid: [
    `${store}, UNIQUE (stream_id, version)); ${guard}`,
    {
      name: 'primary key on (version, stream) in the other order',
      sql: `CREATE TABLE event_store (stream_id uuid NOT NULL, version int NOT NULL, payload jsonb NOT NULL, PRIMARY KEY (version, stream_id)); ${guard}`,
    },
    'CREATE TABLE documents (id bigint PRIMARY KEY, title text, body text, version int);',
    {
      // Rule bug: stream/version/payload names alone make this an "event store". `version` here is
      // an optimistic-locking counter that every UPDATE increments; the table is mutable by design.
      name: 'an optimistically locked settings table is not an event store',
      sql: 'CREATE TABLE entity_settings (id bigint PRIMARY KEY, entity_id bigint NOT NULL UNIQUE, version int NOT NULL DEFAULT 1, data jsonb NOT NULL);',
    },
    {
      // Rule bug: an outbox has stream, version and payload columns, but a relay marks its rows
      // delivered and deletes them; it is a delivery queue, not the source of truth.
      name: 'a transactional outbox is a delivery queue, not an event store',
      sql: `CREATE TABLE outbox_events (id uuid PRIMARY KEY, aggregate_type text NOT NULL, aggregate_id uuid NOT NULL,
        aggregate_version bigint NOT NULL DEFAULT 1, payload jsonb NOT NULL, occurred_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz, attempts integer NOT NULL DEFAULT 0, next_attempt_at timestamptz NOT NULL DEFAULT now());`,
    },
    {
      name: 'a table of pending messages marked when a relay sends them',
      sql: 'CREATE TABLE domain_messages (id bigint PRIMARY KEY, stream_id uuid NOT NULL, version int NOT NULL, data jsonb NOT NULL, dispatched_at timestamptz);',
    },
  ],
  invalid: [
    {
      name: 'an event store keeping when each event was recorded still needs both guards',
      sql: 'CREATE TABLE domain_events (id bigint PRIMARY KEY, aggregate_id uuid NOT NULL, aggregate_version int NOT NULL, payload jsonb NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now());',
      messages: 1,
    },
    { sql: `${store});`, messages: 1 },
    { name: 'unique but mutable', sql: `${store}, UNIQUE (stream_id, version));`, messages: 1 },
    { name: 'guarded but two writers can append the same version', sql: `${store}); ${guard}`, messages: 1 },
    {
      name: 'a partial unique index does not serialise appends',
      sql: `${store}); CREATE UNIQUE INDEX ON event_store (stream_id, version) WHERE version > 0; ${guard}`,
      messages: 1,
    },
  ],
});
