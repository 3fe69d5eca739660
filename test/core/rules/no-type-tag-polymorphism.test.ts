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
      name: '_kind and _table suffixes, two pairs',
      sql: 'CREATE TABLE attachments (id bigint PRIMARY KEY, owner_kind text, owner_id bigint, source_table text, source_id bigint);',
      messages: 2,
    },
  ],
});
