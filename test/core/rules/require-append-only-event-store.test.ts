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
  ],
  invalid: [
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
