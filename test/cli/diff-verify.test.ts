/** `schemawise diff` and `schemawise verify`: a migration printed, then proven on PGlite. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCli, runCli } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'schemawise-diff-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const FROM = 'CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy text);\nCREATE TABLE orgs (id bigint PRIMARY KEY);\n';
// A script Postgres runs as it is (verify builds the target from it, in this order).
const TO = `CREATE TABLE orgs (id bigint PRIMARY KEY);
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, org_id bigint REFERENCES orgs);
CREATE UNIQUE INDEX users_email_key ON users (email);
`;

beforeAll(() => buildCli());

describe('schemawise diff', () => {
  test('prints the safe up migration, leaves destructive steps out and says so', () => {
    const result = runCli(['diff', file('from.sql', FROM), file('to.sql', TO)]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^BEGIN;\nSET LOCAL lock_timeout = '5s';/m);
    expect(result.stdout).toContain('CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key');
    expect(result.stdout).toMatch(/ADD CONSTRAINT users_org_id_fkey FOREIGN KEY \(org_id\) REFERENCES public\.orgs \(id\) NOT VALID;/);
    expect(result.stdout).toContain('VALIDATE CONSTRAINT users_org_id_fkey');
    expect(result.stdout).not.toContain('DROP COLUMN legacy');
    expect(result.stderr).toContain('Skipped (loses data');
  });

  test('--allow-destructive includes the drop; --down prints the reverse', () => {
    expect(runCli(['diff', file('a.sql', FROM), file('b.sql', TO), '--allow-destructive']).stdout).toContain('DROP COLUMN legacy');
    const down = runCli(['diff', file('c.sql', FROM), file('d.sql', TO), '--down']).stdout;
    expect(down).toContain('DROP INDEX CONCURRENTLY IF EXISTS public.users_email_key');
    expect(down).toContain('ALTER COLUMN email DROP NOT NULL');
  });

  test('a target that appends renames to the baseline (the next step of a migration folder) renames: the column keeps its data', () => {
    const result = runCli(['diff', file('r-from.sql', FROM), file('r-to.sql', `${FROM}ALTER TABLE users RENAME COLUMN legacy TO notes;\nALTER TABLE orgs RENAME TO organizations;\n`)]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('ALTER TABLE public.users RENAME COLUMN legacy TO notes;');
    expect(result.stdout).toContain('ALTER TABLE public.orgs RENAME TO organizations;');
    expect(result.stdout).not.toContain('ADD COLUMN notes');
    expect(result.stderr).not.toContain('Skipped (loses data');
  });

  test('a syntax error in an input is reported with its place; the rest is still compared (exit 1)', () => {
    const broken = runCli(['diff', file('s-from.sql', FROM), file('s-to.sql', `${TO}\nCREATE TABLE oops (id int,, x text);\n`)]);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/s-to\.sql:5:\d+: error: syntax error at or near ","/);
    expect(broken.stdout).toContain('CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key');
  });

  test('import warnings are listed on standard error with their place; a goose Down part is read as nothing', () => {
    const to = file('g-to.sql', `-- +goose Up\n${TO}COMMENT ON TABLE ghost IS 'not here';\n-- +goose Down\nDROP TABLE users;\n`);
    const result = runCli(['diff', file('g-from.sql', FROM), to]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/g-to\.sql:5:1: warning: COMMENT ON table: the object is not in the model/);
    expect(result.stderr).not.toContain('Down part');
    expect(result.stdout).toContain('CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key');
  });

  test('a file left inside an open comment or quote gives no migration: its end was never read (exit 1)', () => {
    // Everything after the `/*` would otherwise look dropped: DROP TABLE for users and orgs.
    // (Each kind of opening is tested on the import in test/core/parse/unterminated.test.ts.)
    for (const opening of ['/* draft', "'"]) {
      const to = file(`u-to-${opening.length}.sql`, `CREATE TABLE users (id bigint PRIMARY KEY);
${opening}
CREATE TABLE orgs (id bigint PRIMARY KEY);
`);
      const result = runCli(['diff', file('u-from.sql', FROM), to, '--allow-destructive']);
      expect(result.status).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/u-to-\d\.sql:2:1: error: unterminated .* nothing after line 2, column 1 was read/);
      expect(result.stderr).toContain('no migration printed');
    }
    const model = runCli(['model', file('u-model.sql', 'CREATE TABLE a (id int);\n/* draft\nCREATE TABLE b (id int);\n')]);
    expect(model.status).toBe(1);
    expect(runCli(['lint', file('u-lint.sql', 'CREATE TABLE a (id int PRIMARY KEY);\n/* draft\nCREATE TABLE b (id int);\n')]).status).toBe(1);
  });

  test('usage errors exit 2, naming the valid choices', () => {
    expect(runCli(['diff', file('e.sql', FROM)]).status).toBe(2);
    const unknown = runCli(['diff', file('f.sql', FROM), file('g.sql', TO), '--format', 'rails']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('golang-migrate');
    expect(runCli(['diff', file('h.sql', FROM), file('i.sql', TO), '--format', 'dbmate', '--down']).status).toBe(2);
    expect(runCli(['diff', file('j.sql', FROM), file('k.sql', TO), '--lock-timeout', 'soon']).status).toBe(2);
  });

  test('--format golang-migrate --out DIR writes the tool\'s files, and they verify on Postgres', () => {
    const out = join(dir, 'golang');
    const from = file('gm-from.sql', FROM);
    const to = file('gm-to.sql', TO);
    const result = runCli(['diff', from, to, '--format', 'golang-migrate', '--out', out, '--name', 'users email', '--lock-timeout', '2s']);
    expect(result.status).toBe(0);
    const files = readdirSync(out).sort();
    // The concurrent index build cannot run in golang-migrate's transaction: it gets its own migration.
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) expect(f).toMatch(/^\d{14}_users_email(_\d+)?\.(up|down)\.sql$/);
    const ups = files.filter((f) => f.endsWith('.up.sql'));
    const up = ups.map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    expect(up).toContain("SET LOCAL lock_timeout = '2s';");
    expect(up).toContain('CREATE UNIQUE INDEX CONCURRENTLY');
    const downs = files.filter((f) => f.endsWith('.down.sql')).reverse();
    const down = downs.map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    const verified = runCli(['verify', from, '--migration', file('gm-up.sql', up), '--down', file('gm-down.sql', down), '--target', to]);
    expect(verified.stdout).toMatch(/verified\n$/);
  });

  test('--out file.zip writes one archive; without --out the files are printed under their names', () => {
    const zip = join(dir, 'nested', 'migration.zip');
    expect(runCli(['diff', file('z-from.sql', FROM), file('z-to.sql', TO), '--format', 'flyway', '--out', zip]).status).toBe(0);
    const entries = Object.keys(unzipSync(readFileSync(zip))).sort();
    expect(entries.some((e) => /^V[\d.]+__schema_change(_\d+)?\.sql$/.test(e))).toBe(true);
    expect(entries.some((e) => /^U[\d.]+__schema_change(_\d+)?\.sql$/.test(e))).toBe(true);
    const printed = runCli(['diff', file('p-from.sql', FROM), file('p-to.sql', TO), '--format', 'dbmate']).stdout;
    expect(printed).toMatch(/^==> \d{14}_schema_change(_\d+)?\.sql <==\n-- migrate:up/m);
  });
});

describe('schemawise verify', () => {
  test('a generated migration verifies against the target, and its down against the baseline', () => {
    const from = file('v-from.sql', FROM);
    const to = file('v-to.sql', TO);
    const up = file('up.sql', runCli(['diff', from, to, '--allow-destructive']).stdout);
    const down = file('down.sql', runCli(['diff', from, to, '--allow-destructive', '--down']).stdout);
    const result = runCli(['verify', from, '--migration', up, '--down', down, '--target', to]);
    expect(result.stdout).toMatch(/\nverified\n$/);
    expect(result.status).toBe(0);
  });

  test('goose and dbmate files run their Up part only: baseline, migration and target alike', () => {
    const from = file('g-from.sql', `-- +goose Up\n${FROM}\n-- +goose Down\nDROP TABLE orgs;\nDROP TABLE users;\n`);
    const up = file('g-up.sql', '-- migrate:up\nALTER TABLE users DROP COLUMN legacy;\n\n-- migrate:down\nALTER TABLE users ADD COLUMN legacy text;\n');
    // The target's SET LOCAL outside a transaction: Postgres warns and goes on; so does the import.
    const to = file('g-to.sql', `-- +migrate Up\nSET LOCAL search_path = public;\n${FROM.replace(', legacy text', '')}-- +migrate Down\nDROP TABLE orgs;\n`);
    const result = runCli(['verify', from, '--migration', up, '--target', to]);
    expect(result.stdout).toMatch(/\nverified\n$/);
    expect(result.status).toBe(0);
    // The target's import warning is said at its place; its Down part is no issue.
    expect(result.stderr).toMatch(/g-to\.sql:2:1: warning: SET LOCAL can only be used in transaction blocks\n/);
    expect(result.stderr).not.toContain('Down part');
  });

  test('a failing statement and a catalog difference exit 1 with the reason', () => {
    const from = file('w-from.sql', FROM);
    const bad = runCli(['verify', from, '--migration', file('bad.sql', 'ALTER TABLE users ADD COLUMN email text;\n')]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('column "email" of relation "users" already exists');
    const short = runCli(['verify', from, '--migration', file('short.sql', 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;\n'), '--target', file('w-to.sql', TO)]);
    expect(short.status).toBe(1);
    expect(short.stdout).toMatch(/catalog after up differs from the target:\n.*missing/);
  });
});
