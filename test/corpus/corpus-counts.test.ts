/**
 * The parser's house test (DESIGN.md §7): every corpus file imports, and the model's counts equal
 * what PGlite's catalog holds after running the same file statement by statement.
 *
 * Both sides run exactly what Postgres itself could run: statements PGlite rejected (missing
 * PostGIS, Supabase's schemas, ...) are left out of the import too, by statement index (the oracle
 * splits with the importer's own splitter). A statement that shapes tables and fails in PGlite is
 * only allowed in the files listed in EXPECTED_LOSSES, for the reason given there.
 *
 * The same databases answer the peer linters' checks (peer-agreement.ts); summed over the corpus
 * they must equal the agreement table in docs/lint-precision.md (peer-agreement-table.ts). After
 * a change: UPDATE_PEER_AGREEMENT=1 npx vitest run test/corpus/corpus-counts.test.ts
 *
 * Run: npx vitest run test/corpus
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from 'libpg-query';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importSql, initParser, type ImportResult } from '../../src/core/parse';
import { summarize, type SchemaSummary } from '../../src/core/model';
import { runOnPglite, type OracleFailure, type OracleResult } from '../support/pglite-oracle';
import { CORPUS_SESSIONS, corpusEntries, corpusText } from '../support/corpus';
import { catalogObjects, modelObjects } from '../support/catalog-objects';
import { comparePeers, runPeerQueries, type PeerComparison, type PeerRows } from './peer-agreement';
import { renderTable, sumComparisons, tableIn, TABLE_HEADER, withTable } from './peer-agreement-table';

/** The corpus files and migration folders (`name/`), in name order: one `describe` each. */
const FILES = corpusEntries();

/**
 * Files where PGlite rejects statements that shape tables, with why. `cause` must match the
 * message of every such lost statement, except "relation X does not exist" for a relation whose
 * own CREATE was lost earlier in the file (a consequence, not a new cause).
 */
const EXPECTED_LOSSES: Record<string, { reason: string; cause: RegExp }> = {
  '3dcitydb-schema.sql': {
    reason:
      'needs PostGIS (geometry columns of address, feature, geometry_data, property, surface_data): 3DCityDB installs into a PostGIS database',
    cause: /type "geometry" does not exist/,
  },
  'adventureworks.sql': {
    reason: 'ProductReview rows are INSERTed but Product rows come from \\copy CSVs not in the corpus, so one FK fails validation',
    cause: /violates foreign key constraint "FK_ProductReview_Product_ProductID"/,
  },
  'atomic-crm-init.sql': {
    reason: "a Supabase migration: the sales table's key to Supabase Auth's auth.users (added NOT VALID, then validated)",
    cause: /schema "auth" does not exist|constraint "sales_user_id_fkey" of relation "sales" does not exist/,
  },
  'basejump.sql': {
    reason: "needs Supabase's `auth` and `extensions` schemas (auth.users, extensions.uuid_generate_v4)",
    cause: /schema "(auth|extensions)" does not exist/,
  },
  'hatchet-v1-core.sql': {
    reason: 'refers to the pre-v1 Hatchet schema, not in the file ("WorkflowConcurrency", "StepExpressionKind")',
    cause: /relation "WorkflowConcurrency" does not exist|type "StepExpressionKind" does not exist/,
  },
  'inaturalist-structure.sql': { reason: 'needs PostGIS (geometry columns)', cause: /type "public\.geometry" does not exist/ },
  'lemmy-migrations.sql': {
    reason:
      'a DO block missing its `;` swallows the next ALTER TABLE (syntax error in the file); a trigger on Diesel\'s own __diesel_schema_migrations table',
    cause: /syntax error at or near "ALTER"|relation "__diesel_schema_migrations" does not exist/,
  },
  'mattermost-6.0.sql': {
    reason:
      "the dump was edited by hand when Mattermost renamed its migration table: the CREATE TABLE became `db_migrations` (CREATE TABLE IF NOT EXISTS, with its key inline) but the dump's later ADD CONSTRAINT schema_migrations_pkey on public.schema_migrations was left in",
    cause: /relation "public\.schema_migrations" does not exist/,
  },
  'nextjs-subscription-payments.sql': {
    reason: "needs Supabase's `auth` schema (keys to auth.users, a trigger on it)",
    cause: /schema "auth" does not exist/,
  },
  'openstreetmap-structure.sql': { reason: 'needs PostGIS (moderation_zones)', cause: /type "public\.geometry" does not exist/ },
  'postgrest-fixtures.sql': {
    reason: 'needs PostGIS (shops, shop_bles, test.lines)',
    cause: /type "extensions\.geometry" does not exist/,
  },
  'studyu-schema.sql': {
    reason:
      "a Supabase project's dump: a trigger on Supabase Auth's auth.users and one calling moddatetime, installed in Supabase's `extensions` schema",
    cause: /schema "(auth|extensions)" does not exist/,
  },
  'supabase-slack-clone.sql': {
    reason: "needs Supabase's `auth` schema (public.users is keyed by auth.users; a trigger on it); the tables that reference users fail with it",
    cause: /schema "auth" does not exist/,
  },
  'supabase-postgres.sql': {
    reason: 'needs the supabase_vault extension (view vault.decrypted_secrets over vault.secrets)',
    cause: /relation "vault\.secrets" does not exist/,
  },
};

/**
 * Where the model's object list (catalog-objects.ts) still differs from the catalog, line by
 * line, with why. The test fails on any other difference and on a listed one that is gone.
 */
const OBJECT_DIFFERENCES: Record<string, { reason: string; lines: string[] }> = {
  'lemmy-migrations.sql': {
    reason:
      'an unqualified extension type (ltree, from CREATE EXTENSION ltree): the model does not know which types an extension brings, so it cannot say the column\'s type lives in public',
    lines: ['pg only: column public.comment #11 path: public.ltree not null', 'model only: column public.comment #11 path: ltree not null'],
  },
  'postgrest-fixtures.sql': {
    reason: 'Postgres ignores declared array dimensions (int[][] is int[]); the model keeps them as written',
    lines: ['pg only: column test.arrays #3 numbers_mult: integer[]', 'model only: column test.arrays #3 numbers_mult: integer[][]'],
  },
};

// ---------------------------------------------------------------------------------------------
// Which failed statements shape tables (tables, columns, keys, indexes, views, triggers)

type Fields = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SHAPING_NODES = new Set([
  'CreateStmt',
  'IndexStmt',
  'ViewStmt',
  'CreateTableAsStmt',
  'CreateTrigStmt',
  'AlterTableStmt',
  'AlterTableMoveAllStmt',
  'RefreshMatViewStmt',
]);
const SHAPING_OBJECTS = new Set([
  'OBJECT_TABLE',
  'OBJECT_INDEX',
  'OBJECT_VIEW',
  'OBJECT_MATVIEW',
  'OBJECT_TRIGGER',
  'OBJECT_COLUMN',
  'OBJECT_TABCONSTRAINT',
  'OBJECT_SCHEMA',
]);
const SHAPING_TEXT =
  /\b(create|alter|drop)\s+(or\s+replace\s+)?(unique\s+|materialized\s+|unlogged\s+|temp\s+|temporary\s+|recursive\s+|constraint\s+)?(table|index|view|trigger)\b/i;

function parsedNodes(text: string): [string, Fields][] | undefined {
  try {
    return (parseSync(text).stmts ?? []).map((raw: Fields) => Object.entries(raw.stmt as Fields)[0] as [string, Fields]);
  } catch {
    return undefined;
  }
}

/** True when losing this statement changes tables, columns, keys, indexes, views or triggers. */
function shapesTables(text: string): boolean {
  const nodes = parsedNodes(text);
  // A statement Postgres cannot even parse (e.g. a DO block that swallowed the next statement):
  // judge by the DDL it contains.
  if (!nodes) return SHAPING_TEXT.test(text);
  return nodes.some(([kind, f]) => {
    if (SHAPING_NODES.has(kind)) return true;
    switch (kind) {
      case 'CreateSchemaStmt':
        return (f.schemaElts ?? []).length > 0;
      case 'DropStmt':
        return SHAPING_OBJECTS.has(f.removeType) || f.behavior === 'DROP_CASCADE';
      case 'RenameStmt':
        return SHAPING_OBJECTS.has(f.renameType);
      case 'AlterObjectSchemaStmt':
        return SHAPING_OBJECTS.has(f.objectType);
      case 'DoStmt':
        return SHAPING_TEXT.test(text);
      default:
        return false;
    }
  });
}

/** Names of relations a statement creates (to recognise "relation X does not exist" knock-ons). */
function createdRelations(text: string): string[] {
  return (parsedNodes(text) ?? []).flatMap(([kind, f]) => {
    const rel = kind === 'CreateStmt' || kind === 'ViewStmt' ? f.relation ?? f.view : kind === 'CreateTableAsStmt' ? f.into?.rel : undefined;
    return rel?.relname ? [String(rel.relname).toLowerCase()] : [];
  });
}

/** Table-shaping failures whose message the expected cause does not explain. */
function unexplained(losses: OracleFailure[], allFailures: OracleFailure[], cause: RegExp): OracleFailure[] {
  const lostRelations = new Set(allFailures.flatMap((f) => createdRelations(f.text)));
  return losses.filter((f) => {
    if (cause.test(f.message)) return false;
    const missing = /relation "([^"]+)" does not exist/.exec(f.message)?.[1];
    return !(missing && lostRelations.has(missing.split('.').at(-1)!.toLowerCase()));
  });
}

// ---------------------------------------------------------------------------------------------
// Running one file (memoized: the tests of a file share one oracle run and one import)

interface FileRun {
  text: string;
  oracle: OracleResult;
  /** `importSql` on the full text; `error` when it threw. */
  full?: ImportResult;
  fullError?: unknown;
  fullMs: number;
  /** `importSql` without the statements PGlite rejected. */
  comparable: ImportResult;
  losses: OracleFailure[];
}

/** What the oracle reads from the database besides the counts. */
interface Inspected {
  peers: PeerRows;
  objects: string[];
}

const runs = new Map<string, Promise<FileRun>>();

function runFile(file: string): Promise<FileRun> {
  let run = runs.get(file);
  if (!run) {
    run = (async () => {
      const text = (CORPUS_SESSIONS[file]?.sql ?? '') + corpusText(file);
      // The peer linters' checks and the object list read the same database (peer-agreement.ts).
      const oracle = await runOnPglite(text, async (db) => ({ peers: await runPeerQueries(db), objects: await catalogObjects(db) }));
      const started = performance.now();
      let full: ImportResult | undefined;
      let fullError: unknown;
      try {
        // Postgres's own reading of schemas (the oracle is Postgres): no schema is assumed.
        full = importSql(text, { strictSchemas: true });
      } catch (error) {
        fullError = error;
      }
      const fullMs = performance.now() - started;
      const failed = new Set(oracle.failed.map((f) => f.index));
      const comparable = failed.size === 0 && full ? full : importSql(text, { strictSchemas: true, exclude: (_s, i) => failed.has(i) });
      const losses = oracle.failed.filter((f) => shapesTables(f.text));
      return { text, oracle, full, fullError, fullMs, comparable, losses };
    })();
    runs.set(file, run);
  }
  return run;
}

// ---------------------------------------------------------------------------------------------
// The summary table printed at the end

interface Row {
  file: string;
  statements: number;
  pgFailures: number;
  pgLosses: number;
  tables: string;
  errors: number;
  warnings: number;
  importMs: number;
  oracleMs: number;
  match: string;
}

const rows = new Map<string, Row>();

function diffKeys(model: SchemaSummary, pg: SchemaSummary): string[] {
  return (Object.keys(pg) as (keyof SchemaSummary)[])
    .filter((k) => model[k] !== pg[k])
    .map((k) => `${k} ${model[k]} vs ${pg[k]}`);
}

function recordRow(file: string, run: FileRun): void {
  const model = summarize(run.comparable.schema);
  const issues = run.full?.issues ?? [];
  const diff = diffKeys(model, run.oracle.counts);
  rows.set(file, {
    file: file.endsWith('/') ? file : basename(file, '.sql'),
    statements: run.oracle.statements,
    pgFailures: run.oracle.failed.length,
    pgLosses: run.losses.length,
    tables: model.tables === run.oracle.counts.tables ? String(model.tables) : `${model.tables} (pg ${run.oracle.counts.tables})`,
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
    importMs: Math.round(run.fullMs),
    oracleMs: Math.round(run.oracle.ms),
    match: run.fullError ? 'import threw' : diff.length === 0 ? 'yes' : `no: ${diff.join(', ')}`,
  });
}

/** Peer agreement per check and file (memoized: the file's test and the doc's table share it). */
const peerRuns = new Map<string, PeerComparison[]>();

async function peersOf(file: string): Promise<PeerComparison[]> {
  let comparisons = peerRuns.get(file);
  if (!comparisons) {
    const run = await runFile(file);
    comparisons = comparePeers((run.oracle.inspected as Inspected).peers, run.comparable.schema);
    peerRuns.set(file, comparisons);
  }
  return comparisons;
}

afterAll(() => {
  if (peerRuns.size > 0) {
    console.log(`Peer linters vs rules, over the ${peerRuns.size} files run\n\n${renderTable(sumComparisons([...peerRuns.values()])).join('\n')}\n`);
  }
  if (rows.size === 0) return;
  const lines = [
    '| file | statements | PGlite failures (table-shaping) | tables (model vs pg) | import issues (error/warn) | import ms | PGlite ms | counts match (model vs pg) |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const file of FILES) {
    const r = rows.get(file);
    if (!r) continue;
    lines.push(
      `| ${r.file} | ${r.statements} | ${r.pgFailures} (${r.pgLosses}) | ${r.tables} | ${r.errors}/${r.warnings} | ${r.importMs} | ${r.oracleMs} | ${r.match} |`,
    );
  }
  console.log(`Corpus: model counts vs PGlite catalog\n\n${lines.join('\n')}\n`);
});

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  await initParser();
});

test('the expected-loss map only names corpus files', () => {
  const all = corpusEntries();
  expect([...Object.keys(EXPECTED_LOSSES), ...Object.keys(CORPUS_SESSIONS), ...Object.keys(OBJECT_DIFFERENCES)].filter((f) => !all.includes(f))).toEqual([]);
});

describe.each(FILES)('%s', (file) => {
  test('imports the full text without throwing; every issue has a line', async () => {
    const run = await runFile(file);
    expect(run.fullError).toBeUndefined();
    const bad = (run.full?.issues ?? []).filter((i) => !(Number.isInteger(i.line) && i.line >= 1));
    expect(bad).toEqual([]);
  });

  test('PGlite loses table-shaping statements only where expected', async () => {
    const run = await runFile(file);
    const expected = EXPECTED_LOSSES[file];
    const described = run.losses.map((f) => `line ${f.line} ${f.kind}: ${f.message}`);
    if (!expected) {
      expect(described, `${file} is not in EXPECTED_LOSSES`).toEqual([]);
      return;
    }
    expect(run.losses.length, `${file} is in EXPECTED_LOSSES (${expected.reason}) but lost nothing`).toBeGreaterThan(0);
    expect(run.losses.some((f) => expected.cause.test(f.message)), `no loss shows the cause ${expected.cause}`).toBe(true);
    const other = unexplained(run.losses, run.oracle.failed, expected.cause).map((f) => `line ${f.line} ${f.kind}: ${f.message}`);
    expect(other, `losses not explained by "${expected.reason}"`).toEqual([]);
  });

  test('peer linters\' checks agree with the rules, except for listed differences', async () => {
    const comparisons = await peersOf(file);
    expect(comparisons.flatMap((c) => c.unexplained.map((u) => `${c.peer} / ${c.rule}: ${u}`))).toEqual([]);
  });

  test('model counts equal the PGlite catalog', async () => {
    const run = await runFile(file);
    recordRow(file, run);
    expect(summarize(run.comparable.schema)).toEqual(run.oracle.counts);
  });

  test('model objects equal the PGlite catalog (names, columns with types, constraints, indexes), except for listed differences', async () => {
    const run = await runFile(file);
    const model = modelObjects(run.comparable.schema);
    const pg = (run.oracle.inspected as Inspected).objects;
    const inModel = new Set(model);
    const inPg = new Set(pg);
    const differences = [...pg.filter((o) => !inModel.has(o)).map((o) => `pg only: ${o}`), ...model.filter((o) => !inPg.has(o)).map((o) => `model only: ${o}`)];
    expect(differences).toEqual(OBJECT_DIFFERENCES[file]?.lines ?? []);
  });
});

// Runs last: every file's database is built by then (memoized), so this adds no PGlite run.
test.skipIf(Boolean(process.env.SCHEMAWISE_CORPUS))('docs/lint-precision.md\'s agreement table is the one the test computes over the corpus', async () => {
  const perFile: PeerComparison[][] = [];
  for (const file of FILES) perFile.push(await peersOf(file));
  const table = renderTable(sumComparisons(perFile));
  const docPath = fileURLToPath(new URL('../../docs/lint-precision.md', import.meta.url));
  if (process.env.UPDATE_PEER_AGREEMENT) writeFileSync(docPath, withTable(readFileSync(docPath, 'utf8'), table));
  const inDoc = tableIn(readFileSync(docPath, 'utf8'));
  expect(inDoc, `docs/lint-precision.md has no table headed "${TABLE_HEADER}"`).toBeDefined();
  expect(inDoc!.lines, 'the agreement table in docs/lint-precision.md is out of date: UPDATE_PEER_AGREEMENT=1 npx vitest run test/corpus/corpus-counts.test.ts').toEqual(table);
}, 600_000); // run by itself (-t), it builds every file's database first
