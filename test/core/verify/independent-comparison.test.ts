/**
 * Verify's catalog comparison against an independent one (test/support/independent-catalog.ts,
 * plain catalog queries written for this test). For every golden migration case
 * (test/fixtures/migrations/*, however many there are) the baseline, the database after up,
 * after down, the target as written and our print of the target are described both ways, and
 * for each comparison (up vs target, down vs baseline, print vs target, baseline vs target) the
 * two must find the very same objects different. Up, down and print must then equal their
 * expectation, and baseline vs target must differ: a case whose change verify could not see
 * would fail here. The corpus round trips (a file vs our print of it) must agree the same way.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SchemaChange } from '../../../src/core/changes';
import { diff } from '../../../src/core/diff';
import { importSql, initParser, splitStatements } from '../../../src/core/parse';
import { planMigration, planToSql, printSchema, refusals } from '../../../src/core/sql';
import { type CatalogSnapshot, diffCatalogs, snapshotCatalog } from '../../../src/core/verify';
import { CLIENT_ENCODING } from '../../../src/core/verify/run-script';
import { describeCatalog, differingObjects, type IndependentCatalog } from '../../support/independent-catalog';
import { CORPUS_DIR, freshPglite } from '../../support/pglite-oracle';

const ROOT = join(process.cwd(), 'test', 'fixtures', 'migrations');
const CASES = readdirSync(ROOT).filter((name) => existsSync(join(ROOT, name, 'from.sql'))).sort();

beforeAll(async () => {
  await initParser();
});

const BEGIN = /^\s*(begin|start\s+transaction)\b/i;
const END = /^\s*(commit|end|rollback|abort)\b/i;

const COPY_FROM_STDIN = /^\s*copy\b[\s\S]*\bfrom\s+stdin\b/i;

/**
 * Statement by statement, as Postgres runs a script: transaction blocks stay blocks (a rebuild's
 * LOCK TABLE and SET LOCAL need theirs). A role a statement names is created first and the
 * statement run again; inside a block each statement runs under a savepoint, so that the role can
 * be created and the statement retried without aborting the block. Returns the failures, and the
 * indexes of the failed statements (as importSql's `exclude` counts them).
 */
async function run(db: PGlite, sql: string, failed?: Set<number>): Promise<string[]> {
  const failures: string[] = [];
  let inBlock = false;
  for (const [index, { text }] of splitStatements(sql).statements.entries()) {
    // As verify's runner does (src/core/verify/run-script.ts): the script is text already.
    if (COPY_FROM_STDIN.test(text) || CLIENT_ENCODING.test(text)) continue;
    if (BEGIN.test(text) || END.test(text)) {
      await db.exec(text);
      inBlock = BEGIN.test(text);
      continue;
    }
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        if (inBlock) await db.exec('SAVEPOINT statement');
        await db.exec(text);
        if (inBlock) await db.exec('RELEASE SAVEPOINT statement');
        break;
      } catch (error) {
        if (inBlock) await db.exec('ROLLBACK TO SAVEPOINT statement; RELEASE SAVEPOINT statement');
        const role = /role "([^"]+)" does not exist/.exec((error as Error).message)?.[1];
        if (role) {
          await db.exec(`CREATE ROLE "${role}"`);
          continue;
        }
        failures.push(`${text.slice(0, 120)}: ${(error as Error).message}`);
        failed?.add(index);
        break;
      }
    }
  }
  if (inBlock) await db.exec('ROLLBACK');
  return failures;
}

interface Both {
  verify: CatalogSnapshot;
  independent: IndependentCatalog;
}

async function describeBoth(db: PGlite): Promise<Both> {
  return { verify: await snapshotCatalog(db), independent: await describeCatalog(db) };
}

/**
 * Boots are most of this test's time (a PGlite boot takes longer than the five catalog
 * descriptions of a case together), so a database is emptied and used again, but only when,
 * emptied, it describes itself both ways exactly as an untouched one does and keeps no role and
 * no default privilege; otherwise a fresh one is booted.
 */
let spare: PGlite | undefined;
let pristine: Promise<string> | undefined;

async function database(): Promise<PGlite> {
  const db = spare;
  spare = undefined;
  return db ?? freshPglite();
}

async function release(db: PGlite): Promise<void> {
  if (!spare && (await emptied(db))) spare = db;
  else await db.close();
}

afterAll(async () => {
  await spare?.close();
});

const described = async (db: PGlite): Promise<string> => {
  const { verify, independent } = await describeBoth(db);
  return JSON.stringify([verify, [...independent]]);
};

async function emptied(db: PGlite): Promise<boolean> {
  try {
    await db.exec('ROLLBACK');
    await db.exec('DISCARD ALL');
    const names = async (query: string) => (await db.query<{ n: string }>(query)).rows.map((r) => r.n);
    for (const extension of await names(`SELECT quote_ident(extname) AS n FROM pg_extension WHERE extname <> 'plpgsql'`)) await db.exec(`DROP EXTENSION IF EXISTS ${extension} CASCADE`);
    // Foreign-data wrappers (and their servers) live outside any schema.
    for (const wrapper of await names(`SELECT quote_ident(fdwname) AS n FROM pg_foreign_data_wrapper`)) await db.exec(`DROP FOREIGN DATA WRAPPER ${wrapper} CASCADE`);
    for (const schema of await names(`SELECT quote_ident(nspname) AS n FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND nspname NOT LIKE 'pg\\_%'`)) {
      await db.exec(`DROP SCHEMA ${schema} CASCADE`);
    }
    await db.exec(`CREATE SCHEMA public AUTHORIZATION pg_database_owner; GRANT USAGE ON SCHEMA public TO PUBLIC; COMMENT ON SCHEMA public IS 'standard public schema';`);
    for (const role of await names(`SELECT quote_ident(rolname) AS n FROM pg_roles WHERE oid >= 16384`)) await db.exec(`DROP OWNED BY ${role} CASCADE; DROP ROLE ${role};`);
    const left = await db.query<{ n: number }>(`SELECT (SELECT count(*) FROM pg_default_acl) + (SELECT count(*) FROM pg_roles WHERE oid >= 16384) AS n`);
    if (Number(left.rows[0]?.n) !== 0) return false;
    pristine ??= freshPglite().then(async (fresh) => {
      try {
        return await described(fresh);
      } finally {
        await fresh.close();
      }
    });
    return (await described(db)) === (await pristine);
  } catch {
    return false;
  }
}

const OTHER_ENCODING = /^\s*set\s+(session\s+)?(client_encoding|names)\s*(=|to)?\s*'?(?!utf-?8\b)/im;

async function build(sql: string, failed?: Set<number>): Promise<{ both: Both; failures: string[] }> {
  // Most scripts run whole (fast: one call); one that does not is run again statement by
  // statement on a fresh database, to learn which statements Postgres rejects. A script that
  // sets another client encoding than UTF8 is run statement by statement at once (see run).
  if (OTHER_ENCODING.test(sql)) return buildStatementByStatement(sql, failed);
  const whole = await database();
  try {
    await whole.exec(sql);
    return { both: await describeBoth(whole), failures: [] };
  } catch {
    // Run statement by statement below.
  } finally {
    await release(whole);
  }
  return buildStatementByStatement(sql, failed);
}

async function buildStatementByStatement(sql: string, failed?: Set<number>): Promise<{ both: Both; failures: string[] }> {
  const db = await database();
  try {
    const failures = await run(db, sql, failed);
    return { both: await describeBoth(db), failures };
  } finally {
    await release(db);
  }
}

/** What each comparison finds different: verify's differences by object, and the independent one's. */
function compare(actual: Both, expected: Both): { verify: string[]; independent: string[]; messages: string[] } {
  const differences = diffCatalogs(actual.verify, expected.verify);
  return {
    verify: [...new Set(differences.map((d) => `${d.kind} ${d.key}`))].sort(),
    independent: differingObjects(actual.independent, expected.independent),
    messages: differences.map((d) => d.message),
  };
}

describe('verify and an independent catalog comparison agree on every golden case', () => {
  test.each(CASES)('%s', async (name) => {
    const dir = join(ROOT, name);
    const fromSql = readFileSync(join(dir, 'from.sql'), 'utf8');
    const toSql = readFileSync(join(dir, 'to.sql'), 'utf8');
    const edits = existsSync(join(dir, 'edits.json')) ? (JSON.parse(readFileSync(join(dir, 'edits.json'), 'utf8')) as SchemaChange[]) : [];
    const from = importSql(fromSql).schema;
    const to = importSql(toSql).schema;
    const plan = planMigration(from, diff(from, to, { renames: edits }), { allowDestructive: true });

    const db = await database();
    let baseline: Both, afterUp: Both, afterDown: Both;
    try {
      expect(await run(db, fromSql), 'from.sql').toEqual([]);
      baseline = await describeBoth(db);
      expect(await run(db, planToSql(plan.up)), 'up').toEqual([]);
      afterUp = await describeBoth(db);
      expect(await run(db, planToSql(plan.down)), 'down').toEqual([]);
      afterDown = await describeBoth(db);
    } finally {
      await release(db);
    }
    const target = await build(toSql);
    expect(target.failures, 'to.sql').toEqual([]);
    const printed = await build(printSchema(to));
    expect(printed.failures, 'printed target').toEqual([]);

    const checks = {
      'up vs target': compare(afterUp, target.both),
      'down vs baseline': compare(afterDown, baseline),
      'print vs target': compare(printed.both, target.both),
      'baseline vs target': compare(baseline, target.both),
    };
    for (const [check, found] of Object.entries(checks)) expect(found.verify, `${check}: verify and the independent comparison`).toEqual(found.independent);
    // What Postgres cannot do and the plan's notes explain is in up-differs.txt, and a refused
    // change is left out (as in golden-migrations): the catalog then differs from the target.
    if (!existsSync(join(dir, 'up-differs.txt')) && refusals(plan).length === 0) expect(checks['up vs target'].messages).toEqual([]);
    if (!existsSync(join(dir, 'irreversible.txt'))) expect(checks['down vs baseline'].messages).toEqual([]);
    expect(checks['print vs target'].messages).toEqual([]);
    // A case about a property verify deliberately leaves out says so in not-compared.txt.
    if (existsSync(join(dir, 'not-compared.txt'))) expect(checks['baseline vs target'].messages).toEqual([]);
    else expect(checks['baseline vs target'].messages.length, 'the case changes something verify sees').toBeGreaterThan(0);
  }, 60_000);
});

// catalog-counts.sql sits next to the corpus files: it is the counting query, not a schema.
const CORPUS = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.sql') && f !== 'catalog-counts.sql').sort();

describe('verify and the independent comparison agree on corpus round trips (a file vs our print of it)', () => {
  test.each(CORPUS)('%s', async (file) => {
    const text = readFileSync(join(CORPUS_DIR, file), 'utf8');
    // What Postgres could build of the file is what the model is read from (PostGIS and the like
    // are not in PGlite), as in printed-ddl-on-postgres.test.ts.
    const failed = new Set<number>();
    const source = await build(text, failed);
    const { schema } = importSql(text, { exclude: (_s, i) => failed.has(i) });
    const printed = await build(printSchema(schema));
    const found = compare(printed.both, source.both);
    expect(found.verify).toEqual(found.independent);
    expect(found.messages).toEqual([]);
  }, 180_000);
});
