/** `schemawise apply`: the migration that turns design patterns on, or the resulting schema. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCli, runCli } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'schemawise-apply-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const SCHEMA = `CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE posts (id bigint PRIMARY KEY, title text);
CREATE TABLE videos (id bigint PRIMARY KEY);
CREATE TABLE comments (id bigint PRIMARY KEY, commentable_type text NOT NULL CHECK (commentable_type IN ('Post', 'Video')), commentable_id bigint NOT NULL);
CREATE TABLE invites (email text REFERENCES users (email));
`;

beforeAll(() => buildCli());

describe('schemawise apply', () => {
  test('prints the migration for the patterns, in the safe forms', () => {
    const result = runCli(['apply', file('a.sql', SCHEMA), '--pattern', 'audit-columns=public.posts', '--pattern', 'history-table=posts', '--pattern', 'outbox']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('ALTER TABLE public.posts ADD COLUMN created_at timestamp with time zone DEFAULT now() NOT NULL;');
    expect(result.stdout).toContain('CREATE FUNCTION public.set_updated_at()');
    expect(result.stdout).toContain('CREATE TABLE public.posts_history (');
    expect(result.stdout).toContain('CREATE TRIGGER posts_write_history AFTER INSERT OR DELETE OR UPDATE ON public.posts');
    expect(result.stdout).toContain('CREATE INDEX outbox_unpublished_idx ON public.outbox USING btree (id) WHERE (published_at IS NULL);');
  });

  test('--param, --down and --target-ddl', () => {
    const path = file('b.sql', SCHEMA);
    const up = runCli(['apply', path, '--pattern', 'polymorphic-arc=comments', '--param', 'polymorphic-arc.dropTypeTag=true']);
    expect(up.status).toBe(0);
    expect(up.stdout).toMatch(/Backfill post_id, video_id[\s\S]*ALTER TABLE public\.comments DROP COLUMN commentable_type;/);
    const down = runCli(['apply', path, '--pattern', 'polymorphic-arc=comments', '--param', 'polymorphic-arc.dropTypeTag=true', '--down']);
    expect(down.stdout).toContain("SET commentable_type = (CASE WHEN post_id IS NOT NULL THEN 'Post' WHEN video_id IS NOT NULL THEN 'Video' END)::text");
    const ddl = runCli(['apply', path, '--pattern', 'soft-delete=posts', '--param', 'soft-delete.liveView=true', '--target-ddl']);
    expect(ddl.status).toBe(0);
    expect(ddl.stdout).toContain('CREATE VIEW public.posts_live AS');
    expect(ddl.stdout).toMatch(/CREATE TABLE public\.posts \(\n {4}id bigint NOT NULL,\n {4}title text,\n {4}deleted_at timestamp with time zone\n\);/);
  });

  test('--format and --out write a migration tool\'s files', () => {
    const out = join(dir, 'flyway');
    const result = runCli(['apply', file('c.sql', SCHEMA), '--pattern', 'event-store', '--format', 'flyway', '--out', out, '--name', 'event_store']);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/wrote \d+ file\(s\)/);
    const written = readFileSync(join(out, result.stderr.split('\n')[1]!.trim()), 'utf8');
    expect(written).toContain('CREATE TABLE public.event_store');
    expect(existsSync(out)).toBe(true);
  });

  test('a pattern that declines says why and exits 1; the others still apply', () => {
    const result = runCli(['apply', file('d.sql', SCHEMA), '--pattern', 'soft-delete=users', '--pattern', 'soft-delete=posts']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('soft-delete on public.users not applied: foreign key invites_email_fkey on invites references the unique key users_email_key (email)');
    expect(result.stdout).toContain('ALTER TABLE public.posts ADD COLUMN deleted_at');
  });

  test('unknown pattern, table or parameter: exit 2 with the valid choices', () => {
    const path = file('e.sql', SCHEMA);
    const pattern = runCli(['apply', path, '--pattern', 'audit=users']);
    expect(pattern.status).toBe(2);
    expect(pattern.stderr).toContain('unknown pattern audit; patterns: audit-columns, history-table, soft-delete,');
    const table = runCli(['apply', path, '--pattern', 'soft-delete=public.accounts']);
    expect(table.status).toBe(2);
    expect(table.stderr).toContain('soft-delete: no table public.accounts in the file; tables: public.comments, public.invites, public.posts, public.users, public.videos');
    const param = runCli(['apply', path, '--pattern', 'soft-delete=users', '--param', 'soft-delete.colum=x']);
    expect(param.status).toBe(2);
    expect(param.stderr).toContain('soft-delete has no parameter colum; parameters: column, liveView, viewName');
    const value = runCli(['apply', path, '--pattern', 'adjacency-list=posts', '--param', 'adjacency-list.onDelete=explode']);
    expect(value.status).toBe(2);
    expect(value.stderr).toContain('onDelete must be one of restrict, cascade, set-null, no-action, not explode');
    const missing = runCli(['apply', path, '--pattern', 'history-table']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('history-table applies to a table: --pattern history-table=<schema.table>');
    expect(runCli(['apply', path]).status).toBe(2);
  });
});
