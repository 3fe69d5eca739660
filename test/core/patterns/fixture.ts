/** A small schema with a place for every pattern, and rows, shared by the behaviour tests. */
import type { PatternApplication } from '../../../src/core/patterns';

export const FIXTURE_SQL = `
CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  name text,
  CONSTRAINT users_email_key UNIQUE (email)
);
CREATE TABLE posts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id bigint NOT NULL REFERENCES users, title text NOT NULL);
CREATE INDEX posts_user_id_idx ON posts (user_id);
CREATE TABLE videos (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, url text NOT NULL);
CREATE TABLE comments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  commentable_type text NOT NULL CHECK (commentable_type IN ('Post', 'Video')),
  commentable_id bigint NOT NULL,
  body text NOT NULL
);
CREATE INDEX comments_commentable_idx ON comments (commentable_type, commentable_id);
CREATE TABLE prices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  product_id bigint NOT NULL,
  amount numeric NOT NULL,
  effective_from timestamptz NOT NULL,
  effective_until timestamptz
);
CREATE TABLE categories (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE TABLE tags (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE folders (id integer PRIMARY KEY, parent_id integer REFERENCES folders, name text NOT NULL);
CREATE MATERIALIZED VIEW post_counts AS SELECT user_id, count(*) AS posts FROM posts GROUP BY user_id WITH NO DATA;
`;

export const FIXTURE_ROWS = `
INSERT INTO users (email, name) VALUES ('ann@example.com', 'Ann'), ('bob@example.com', 'Bob');
INSERT INTO posts (user_id, title) VALUES (1, 'First'), (2, 'Second');
INSERT INTO videos (url) VALUES ('https://example.com/v/1');
INSERT INTO comments (commentable_type, commentable_id, body) VALUES ('Post', 1, 'on a post'), ('Video', 1, 'on a video'), ('Post', 2, 'another');
INSERT INTO prices (product_id, amount, effective_from, effective_until) VALUES (1, 10, '2024-01-01', '2024-02-01'), (1, 12, '2024-02-01', NULL);
INSERT INTO categories (name) VALUES ('root a'), ('root b');
INSERT INTO tags (id, name) VALUES (1, 'lang'), (2, 'sql');
INSERT INTO folders (id, parent_id, name) VALUES (1, NULL, 'home'), (2, 1, 'docs'), (3, 2, 'taxes'), (4, NULL, 'tmp');
`;

const t = (name: string) => ({ schema: 'public', name });

export const FIXTURE_APPLICATIONS: PatternApplication[] = [
  { pattern: 'audit-columns', target: t('users'), params: { actorColumns: true } },
  { pattern: 'history-table', target: t('users') },
  { pattern: 'soft-delete', target: t('users'), params: { liveView: true } },
  { pattern: 'polymorphic-arc', target: t('comments') },
  { pattern: 'effective-dating', target: t('prices') },
  { pattern: 'adjacency-list', target: t('categories') },
  { pattern: 'adjacency-list', target: t('tags'), params: { onDelete: 'cascade' } },
  { pattern: 'ltree-path', target: t('categories') },
  { pattern: 'ltree-path', target: t('folders') },
  { pattern: 'outbox-publisher', target: t('posts') },
  { pattern: 'mv-concurrent-refresh', target: t('post_counts') },
  { pattern: 'event-store' },
  { pattern: 'outbox' },
  { pattern: 'idempotency-keys' },
];
