/** `schemawise diff` and `schemawise verify`: a migration printed, then proven on PGlite. */
import { mkdtempSync, writeFileSync } from 'node:fs';
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
const TO = `CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, org_id bigint REFERENCES orgs);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE TABLE orgs (id bigint PRIMARY KEY);
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

  test('usage errors exit 2', () => {
    expect(runCli(['diff', file('e.sql', FROM)]).status).toBe(2);
  });
});

describe('schemawise verify', () => {
  test('a generated migration verifies against the target, and its down against the baseline', () => {
    const from = file('v-from.sql', FROM);
    const to = file('v-to.sql', TO);
    const up = file('up.sql', runCli(['diff', from, to, '--allow-destructive']).stdout);
    const down = file('down.sql', runCli(['diff', from, to, '--allow-destructive', '--down']).stdout);
    const result = runCli(['verify', from, '--migration', up, '--down', down, '--target', to]);
    expect(result.stdout).toMatch(/verified\n$/);
    expect(result.status).toBe(0);
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
