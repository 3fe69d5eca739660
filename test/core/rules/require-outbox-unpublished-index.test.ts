import rule from '../../../src/core/rules/require-outbox-unpublished-index';
import { ruleTester } from './rule-tester';

const outbox = 'CREATE TABLE outbox (id bigint PRIMARY KEY, payload jsonb NOT NULL, published_at timestamptz);';

ruleTester(rule, {
  valid: [
    `${outbox} CREATE INDEX outbox_pending ON outbox (id) WHERE published_at IS NULL;`,
    { name: 'a b-tree led by the publication column also finds NULLs', sql: `${outbox} CREATE INDEX ON outbox (published_at, id);` },
    { name: 'not an outbox (the word is part of another)', sql: 'CREATE TABLE outboxes_archive_v (id bigint PRIMARY KEY, published_at timestamptz);' },
    { name: 'an outbox without a publication column (deleted when sent)', sql: 'CREATE TABLE order_outbox (id bigint PRIMARY KEY, payload jsonb);' },
  ],
  invalid: [
    { sql: outbox, messages: 1 },
    { name: 'boolean flag in an outbox_messages table', sql: 'CREATE TABLE outbox_messages (id bigint PRIMARY KEY, body text, processed boolean NOT NULL DEFAULT false);', messages: 1 },
    {
      // Rule bug: any predicate that mentions the column counts. This index holds the published
      // rows (for a retention job); the relay's poll for unpublished rows still scans the table.
      name: 'an index on the published rows does not serve the relay',
      sql: `${outbox} CREATE INDEX outbox_cleanup ON outbox (id) WHERE published_at IS NOT NULL;`,
      messages: 1,
    },
  ],
});
