import rule from '../../../src/core/rules/require-exclusive-arc-check';
import { describe, expect, test } from 'vitest';
import { importClean, lintWith, ruleTester } from './rule-tester';

const parents = 'CREATE TABLE posts (id bigint PRIMARY KEY); CREATE TABLE videos (id bigint PRIMARY KEY); CREATE TABLE photos (id bigint PRIMARY KEY);';
const comments = (check: string) =>
  `${parents} CREATE TABLE comments (id bigint PRIMARY KEY, post_id bigint REFERENCES posts, video_id bigint REFERENCES videos, body text, CONSTRAINT comments_arc CHECK (${check}));`;

const setNullComments = (check: string) =>
  `${parents} CREATE TABLE comments (id bigint PRIMARY KEY, post_id bigint REFERENCES posts ON DELETE SET NULL, video_id bigint REFERENCES videos ON DELETE SET NULL, body text, CONSTRAINT comments_arc CHECK (${check}));`;

ruleTester(rule, {
  valid: [
    comments('num_nonnulls(post_id, video_id) = 1'),
    comments('(post_id IS NULL) <> (video_id IS NULL)'),
    {
      name: 'exactly one spelled out case by case (the hand-written form of Rails and Ecto apps)',
      sql: comments('(post_id IS NOT NULL AND video_id IS NULL) OR (post_id IS NULL AND video_id IS NOT NULL)'),
    },
    {
      name: 'one parent, or none in a case another column declares',
      sql: `${parents} CREATE TABLE filters (id bigint PRIMARY KEY, post_id bigint REFERENCES posts, video_id bigint REFERENCES videos, mode text NOT NULL,
        CHECK ((post_id IS NOT NULL AND video_id IS NULL AND mode <> 'everything') OR (post_id IS NULL AND video_id IS NOT NULL AND mode <> 'everything')
          OR (post_id IS NULL AND video_id IS NULL AND mode = 'everything')));`,
    },
    {
      name: 'at most one spelled out case by case, ON DELETE SET NULL',
      sql: setNullComments('(post_id IS NOT NULL AND video_id IS NULL) OR (post_id IS NULL AND video_id IS NOT NULL) OR (post_id IS NULL AND video_id IS NULL)'),
    },
    { name: 'at most one, where the arc FKs are ON DELETE SET NULL', sql: setNullComments('num_nonnulls(post_id, video_id) <= 1') },
    { name: 'at most one by hand, ON DELETE SET NULL', sql: setNullComments('NOT (post_id IS NOT NULL AND video_id IS NOT NULL)') },
    {
      name: 'optional references with no check over them are not an arc',
      sql: `CREATE TABLE users (id bigint PRIMARY KEY);
        CREATE TABLE tickets (id bigint PRIMARY KEY, assignee_id bigint REFERENCES users, reviewer_id bigint REFERENCES users);`,
    },
    {
      // Rule bug: any CHECK mentioning two nullable FK columns is taken for an arc. Here both
      // columns reference the same table and the check says they differ; the fix would replace
      // it with num_nonnulls(...) = 1 and forbid every ordinary transfer.
      name: 'a check that two references to the same table differ is not an arc',
      sql: `CREATE TABLE accounts (id bigint PRIMARY KEY);
        CREATE TABLE transfers (id bigint PRIMARY KEY, from_account_id bigint REFERENCES accounts, to_account_id bigint REFERENCES accounts,
          CHECK (from_account_id <> to_account_id));`,
    },
    {
      // Corpus shape (Concourse's volumes, holdout-20): a blob must have an owner while it is
      // being written; once stored it may outlive each owner (every FK SET NULL) or be held by
      // several at once. The check names the states a row may be ownerless in, not one parent.
      name: 'owners that each let go, required only until the row reaches a state',
      sql: `CREATE TABLE uploads (id bigint PRIMARY KEY); CREATE TABLE cache_entries (id bigint PRIMARY KEY); CREATE TABLE jobs (id bigint PRIMARY KEY);
        CREATE TABLE blobs (id bigint PRIMARY KEY, state text NOT NULL,
          upload_id bigint REFERENCES uploads ON DELETE SET NULL, cache_entry_id bigint REFERENCES cache_entries ON DELETE SET NULL, job_id bigint REFERENCES jobs ON DELETE SET NULL,
          CONSTRAINT blobs_owned_while_writing CHECK ((state IN ('stored', 'failed') AND (upload_id IS NULL AND cache_entry_id IS NULL AND job_id IS NULL))
            OR (upload_id IS NOT NULL OR cache_entry_id IS NOT NULL OR job_id IS NOT NULL)));`,
    },
  ],
  invalid: [
    {
      // The same state guard where deleting a parent cascades: an owner does not let go on its
      // own, so the columns read as an arc and "at least one" does not make it exclusive.
      name: 'a state-guarded "at least one" whose FKs do not all SET NULL',
      sql: `CREATE TABLE uploads (id bigint PRIMARY KEY); CREATE TABLE cache_entries (id bigint PRIMARY KEY);
        CREATE TABLE blobs (id bigint PRIMARY KEY, state text NOT NULL,
          upload_id bigint REFERENCES uploads ON DELETE SET NULL, cache_entry_id bigint REFERENCES cache_entries ON DELETE CASCADE,
          CHECK ((state = 'stored' AND upload_id IS NULL AND cache_entry_id IS NULL) OR upload_id IS NOT NULL OR cache_entry_id IS NOT NULL));`,
      messages: 1,
      fixed: true,
    },
    {
      // A discriminator that picks which column is set is an arc, whatever the FKs do on delete.
      name: 'a discriminator per case, ON DELETE SET NULL',
      sql: setNullComments("(body = 'post' AND post_id IS NOT NULL) OR (body = 'video' AND video_id IS NOT NULL)"),
      messages: 1,
      fixed: true,
    },
    {
      // Deleting a post sets post_id to NULL; "exactly one" then fails and so does the DELETE.
      name: 'exactly one, where the arc FKs are ON DELETE SET NULL',
      sql: setNullComments('num_nonnulls(post_id, video_id) = 1'),
      messages: 1,
      fixed: true,
    },
    { name: 'at least one, where the arc FKs are ON DELETE SET NULL', sql: setNullComments('post_id IS NOT NULL OR video_id IS NOT NULL'), messages: 1, fixed: true },
    { name: 'at least one (OR)', sql: comments('post_id IS NOT NULL OR video_id IS NOT NULL'), messages: 1, fixed: true },
    { name: 'at most one', sql: comments('num_nonnulls(post_id, video_id) <= 1'), messages: 1, fixed: true },
    {
      name: 'cases that allow a parentless row with no other column saying so (at most one)',
      sql: comments('(post_id IS NOT NULL AND video_id IS NULL) OR (post_id IS NULL AND video_id IS NOT NULL) OR (post_id IS NULL AND video_id IS NULL)'),
      messages: 1,
      fixed: true,
    },
    {
      name: 'cases that allow both parents',
      sql: comments('(post_id IS NOT NULL AND video_id IS NULL) OR (post_id IS NOT NULL AND video_id IS NOT NULL)'),
      messages: 1,
      fixed: true,
    },
    {
      name: 'exactly one spelled out by cases, where the arc FKs are ON DELETE SET NULL',
      sql: setNullComments('(post_id IS NOT NULL AND video_id IS NULL) OR (post_id IS NULL AND video_id IS NOT NULL)'),
      messages: 1,
      fixed: true,
    },
    {
      name: 'three parents, at least one',
      sql: `${parents} CREATE TABLE comments (id bigint PRIMARY KEY, post_id bigint REFERENCES posts, video_id bigint REFERENCES videos, photo_id bigint REFERENCES photos,
        CHECK (num_nonnulls(post_id, video_id, photo_id) >= 1));`,
      messages: 1,
      fixed: true,
    },
  ],
});

describe('require-exclusive-arc-check with ON DELETE SET NULL', () => {
  test('suggests <= 1 and says why', async () => {
    const [d] = lintWith(rule, await importClean(setNullComments('num_nonnulls(post_id, video_id) = 1')));
    expect(d?.message).toMatch(/ON DELETE SET NULL: deleting that parent would violate it and fail/);
    expect(d?.help).toMatch(/num_nonnulls\(post_id, video_id\) <= 1/);
    expect(d?.fix?.description).toMatch(/<= 1$/);
  });
});
