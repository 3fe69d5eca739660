/**
 * Golden migrations (test/fixtures/migrations/<case>/: from.sql, to.sql, optional edits.json with
 * renames (without it, the renames to.sql makes past from.sql's text), optional options.json with the target `pgVersion`, expected up.sql, down.sql and, when
 * the plan has any, notes.txt: skipped, irreversible and refused steps; irreversible.txt or
 * up-differs.txt when Postgres cannot return, or get, exactly there, with why). For every case: the
 * planned migration equals the golden text; it runs on PGlite (Postgres 18) and on a real
 * Postgres 15 server, and leaves the catalog equal to the target's, object by object; the down
 * migration returns to the baseline; diff(to, to) is empty. Cases are planned for Postgres 15
 * unless options.json says otherwise (a case for a newer version runs on PGlite only). Squawk
 * runs over all up migrations. Regenerate the goldens after an intended change with
 * UPDATE_GOLDENS=1, and read the diff.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { SchemaChange } from '../../../src/core/changes';
import { diff, scriptRenames } from '../../../src/core/diff';
import { importSql, initParser } from '../../../src/core/parse';
import { planMigration, planToSql, printSchema, refusals } from '../../../src/core/sql';
import { type DatabaseFactory, verifyMigration } from '../../../src/core/verify';
import { freshPglite } from '../../support/pglite-oracle';
import { freshPostgresDatabase, POSTGRES_VERSION } from '../../support/postgres-server';

const ROOT = join(process.cwd(), 'test', 'fixtures', 'migrations');
const CASES = readdirSync(ROOT).filter((name) => existsSync(join(ROOT, name, 'from.sql'))).sort();
const UPDATE = process.env.UPDATE_GOLDENS === '1';
/** Squawk rules left out, with why: */
const SQUAWK_EXCLUDED = [
  // The column types are the user's design (the lint rule prefer-bigint-pk speaks to them).
  'prefer-bigint-over-int',
  'prefer-bigint-over-smallint',
  'prefer-timestamp-tz',
  // Golden cases that drop tables or columns do so on purpose (they need --allow-destructive).
  'ban-drop-table',
  'ban-drop-column',
];

beforeAll(async () => {
  await initParser();
});

/** The version golden cases are planned for unless their options.json says otherwise. */
const DEFAULT_CASE_VERSION = 15;

function plan(name: string) {
  const dir = join(ROOT, name);
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const fromSql = read('from.sql');
  const toSql = read('to.sql');
  const edits = existsSync(join(dir, 'edits.json')) ? (JSON.parse(read('edits.json')) as SchemaChange[]) : [];
  const options = existsSync(join(dir, 'options.json')) ? (JSON.parse(read('options.json')) as { pgVersion?: number }) : {};
  const pgVersion = options.pgVersion ?? DEFAULT_CASE_VERSION;
  const fromImport = importSql(fromSql);
  const toImport = importSql(toSql);
  const [from, to] = [fromImport.schema, toImport.schema];
  // Without design edits, the renames to.sql makes past from.sql (a migration step's own).
  const renames = edits.length > 0 ? edits : scriptRenames(fromImport, toImport);
  const migration = planMigration(from, diff(from, to, { renames }), { allowDestructive: true, pgVersion });
  return { dir, fromSql, toSql, from, to, pgVersion, notes: migration.notes, refused: refusals(migration).length > 0, up: planToSql(migration.up), down: planToSql(migration.down) };
}

/** Up, catalog, down, catalog again on one kind of server. */
async function verifyOn(database: DatabaseFactory, where: string, c: ReturnType<typeof plan>, irreversible: boolean, upDiffers: boolean, checkPrint: boolean): Promise<void> {
  // The target as written, and (once per case: it is about our printer, not the server) our
  // print of it, which must build the same catalog.
  const result = await verifyMigration({ baselineSql: c.fromSql, upSql: c.up, downSql: c.down, targetSql: c.toSql, ...(checkPrint ? { printedTargetSql: printSchema(c.to) } : {}), database });
  expect(result.baselineFailures.map((r) => r.error), `${where}: baseline`).toEqual([]);
  expect(result.up.filter((r) => !r.ok), `${where}: up`).toEqual([]);
  expect(result.targetFailures.map((r) => r.error), `${where}: target`).toEqual([]);
  expect(result.reprintFailures.map((r) => r.error), `${where}: our print of the target`).toEqual([]);
  expect(result.reprintDifferences, `${where}: our print of the target builds the same catalog`).toEqual([]);
  // A refused change is left out: the catalog then differs from the target, by design; so does
  // what Postgres cannot do and the plan's notes explain (up-differs.txt says what and why).
  if (upDiffers) expect(result.upDifferences.length, `${where}: up-differs.txt says the catalog after up differs`).toBeGreaterThan(0);
  else if (!c.refused) expect(result.upDifferences, `${where}: catalog after up`).toEqual([]);
  expect(result.down.filter((r) => !r.ok), `${where}: down`).toEqual([]);
  // A case that Postgres cannot undo says why in irreversible.txt; the rest must return exactly.
  if (!irreversible) expect(result.downDifferences, `${where}: catalog after down`).toEqual([]);
  else expect(result.downDifferences.length, `${where}: irreversible.txt says down differs`).toBeGreaterThan(0);
}

test('there are at least 40 golden cases', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(40);
});

describe('golden migrations', () => {
  test.each(CASES)('%s', async (name) => {
    const c = plan(name);
    const notesPath = join(c.dir, 'notes.txt');
    const notes = c.notes.map((n) => `${n}\n`).join('');
    if (UPDATE) {
      writeFileSync(join(c.dir, 'up.sql'), c.up);
      writeFileSync(join(c.dir, 'down.sql'), c.down);
      if (notes) writeFileSync(notesPath, notes);
      else rmSync(notesPath, { force: true });
    }
    expect(c.up).toBe(readFileSync(join(c.dir, 'up.sql'), 'utf8'));
    expect(c.down).toBe(readFileSync(join(c.dir, 'down.sql'), 'utf8'));
    expect(notes).toBe(existsSync(notesPath) ? readFileSync(notesPath, 'utf8') : '');
    expect(diff(c.to, c.to)).toEqual([]);
    expect(diff(c.from, c.from)).toEqual([]);
    const irreversible = existsSync(join(c.dir, 'irreversible.txt'));
    const upDiffers = existsSync(join(c.dir, 'up-differs.txt'));
    await verifyOn(freshPglite, 'PGlite', c, irreversible, upDiffers, true);
    if (c.pgVersion <= POSTGRES_VERSION) await verifyOn(freshPostgresDatabase, `Postgres ${POSTGRES_VERSION}`, c, irreversible, upDiffers, false);
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
