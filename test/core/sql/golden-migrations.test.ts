/**
 * Golden migrations (test/fixtures/migrations/<case>/: from.sql, to.sql, optional edits.json with
 * renames, expected up.sql and down.sql). For every case: the planned migration equals the golden
 * text; it runs on PGlite and leaves the catalog equal to the target's, object by object; the down
 * migration returns to the baseline; diff(to, to) is empty. Squawk runs over all up migrations.
 * Regenerate the goldens after an intended change with UPDATE_GOLDENS=1, and read the diff.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { SchemaChange } from '../../../src/core/changes';
import { diff } from '../../../src/core/diff';
import { importSql, initParser } from '../../../src/core/parse';
import { planMigration, planToSql, printSchema } from '../../../src/core/sql';
import { verifyMigration } from '../../../src/core/verify';

const ROOT = join(process.cwd(), 'test', 'fixtures', 'migrations');
const CASES = readdirSync(ROOT).filter((name) => existsSync(join(ROOT, name, 'from.sql'))).sort();
const UPDATE = process.env.UPDATE_GOLDENS === '1';
/** Squawk rules left out, with why: */
const SQUAWK_EXCLUDED = [
  // The column types are the user's design (the lint rule prefer-bigint-pk speaks to them).
  'prefer-bigint-over-int',
  'prefer-bigint-over-smallint',
  // Golden cases that drop tables or columns do so on purpose (they need --allow-destructive).
  'ban-drop-table',
  'ban-drop-column',
];

beforeAll(async () => {
  await initParser();
});

function plan(name: string) {
  const dir = join(ROOT, name);
  const fromSql = readFileSync(join(dir, 'from.sql'), 'utf8');
  const toSql = readFileSync(join(dir, 'to.sql'), 'utf8');
  const edits = existsSync(join(dir, 'edits.json')) ? (JSON.parse(readFileSync(join(dir, 'edits.json'), 'utf8')) as SchemaChange[]) : [];
  const from = importSql(fromSql).schema;
  const to = importSql(toSql).schema;
  const migration = planMigration(from, diff(from, to, { renames: edits }), { allowDestructive: true });
  return { dir, fromSql, toSql, from, to, up: planToSql(migration.up), down: planToSql(migration.down) };
}

test('there are at least 40 golden cases', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(40);
});

describe('golden migrations', () => {
  test.each(CASES)('%s', async (name) => {
    const { dir, fromSql, toSql, from, to, up, down } = plan(name);
    if (UPDATE) {
      writeFileSync(join(dir, 'up.sql'), up);
      writeFileSync(join(dir, 'down.sql'), down);
    }
    expect(up).toBe(readFileSync(join(dir, 'up.sql'), 'utf8'));
    expect(down).toBe(readFileSync(join(dir, 'down.sql'), 'utf8'));
    expect(diff(to, to)).toEqual([]);
    expect(diff(from, from)).toEqual([]);
    // The target as written, and our print of it, which must build the same catalog.
    const result = await verifyMigration({ baselineSql: fromSql, upSql: up, downSql: down, targetSql: toSql, printedTargetSql: printSchema(to) });
    expect(result.up.filter((r) => !r.ok)).toEqual([]);
    expect(result.targetFailures).toEqual([]);
    expect(result.upDifferences).toEqual([]);
    expect(result.reprintFailures).toEqual([]);
    expect(result.reprintDifferences).toEqual([]);
    expect(result.down.filter((r) => !r.ok)).toEqual([]);
    // A case that Postgres cannot undo says why in irreversible.txt; the rest must return exactly.
    if (!existsSync(join(dir, 'irreversible.txt'))) expect(result.downDifferences).toEqual([]);
    else expect(result.downDifferences.length).toBeGreaterThan(0);
  }, 60_000);

  test('squawk finds nothing in the up migrations', () => {
    const squawk = join(process.cwd(), 'node_modules', '.bin', 'squawk');
    const files = CASES.map((name) => join(ROOT, name, 'up.sql'));
    let output = '';
    try {
      output = execFileSync(squawk, ['--reporter', 'json', `--exclude=${SQUAWK_EXCLUDED.join(',')}`, ...files], { encoding: 'utf8' });
    } catch (error) {
      output = (error as { stdout?: string }).stdout ?? '';
    }
    // A case may allow a Squawk rule in squawk-allowed.json, each with its reason.
    const allowed = (name: string) => {
      const path = join(ROOT, name, 'squawk-allowed.json');
      return existsSync(path) ? Object.keys(JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>) : [];
    };
    const violations = (JSON.parse(output || '[]') as { file: string; rule_name: string; line: number }[])
      .map((v) => ({ name: v.file.split('/').slice(-2, -1)[0]!, rule: v.rule_name, line: v.line }))
      .filter((v) => !allowed(v.name).includes(v.rule))
      .map((v) => `${v.name}:${v.line} ${v.rule}`);
    expect(violations).toEqual([]);
    // Every allowance is still needed (none is stale).
    const found = new Set((JSON.parse(output || '[]') as { file: string; rule_name: string }[]).map((v) => `${v.file.split('/').slice(-2, -1)[0]}/${v.rule_name}`));
    for (const name of CASES) for (const rule of allowed(name)) expect(found.has(`${name}/${rule}`), `${name} still needs ${rule}`).toBe(true);
  });
});
