/**
 * Postgres as the oracle for the importer: runs a SQL script on a fresh PGlite (Postgres 18 in
 * WebAssembly), statement by statement as psql would, and counts what the catalog holds afterwards
 * with test/support/catalog-counts.sql (the definition of `summarize`).
 *
 * Statements are split with the importer's own splitter, so `failed[i].index` is the index the
 * importer's `exclude` option receives.
 *
 * Speed: the first call runs initdb once and keeps a dump of the fresh data directory; every call
 * after that boots a new instance from the dump (about 0.3 s instead of 1.3 s without initdb).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PGlite, type Extension } from '@electric-sql/pglite';
import { splitStatements } from '../../src/core/parse';
import type { SchemaSummary } from '../../src/core/model';

export interface OracleFailure {
  /** Index of the statement in `splitStatements(sql).statements`. */
  index: number;
  /** 1-based line of the statement's first token. */
  line: number;
  /** The statement's first words, upper-cased (e.g. `CREATE INDEX`, `ALTER TABLE`). */
  kind: string;
  message: string;
  text: string;
}

export interface OracleResult {
  counts: SchemaSummary;
  failed: OracleFailure[];
  /** Statements found by the splitter. */
  statements: number;
  /** Wall time of the call, boot included. */
  ms: number;
  /** What `inspect` returned (see runOnPglite). */
  inspected?: unknown;
}

import { CATALOG_COUNTS_SQL } from './corpus';

export { CATALOG_COUNTS_SQL, CORPUS_DIR } from './corpus';

/** `COPY ... FROM stdin` has its data skipped by the splitter; run without it, it would wait for data. */
const COPY_FROM_STDIN = /^copy\b[\s\S]*\bfrom\s+stdin\b/i;

/** Every extension bundle PGlite ships: the contrib modules it exports, plus bare tarballs. */
async function loadAllExtensions(): Promise<Record<string, Extension>> {
  const require = createRequire(import.meta.url);
  const distDir = dirname(require.resolve('@electric-sql/pglite'));
  const contribDir = join(distDir, 'contrib');
  const extensions: Record<string, Extension> = {};
  const bundles = new Set<string>();
  for (const file of readdirSync(contribDir).filter((f) => f.endsWith('.js')).sort()) {
    const mod = (await import(pathToFileURL(join(contribDir, file)).href)) as Record<string, Extension>;
    for (const [name, ext] of Object.entries(mod)) {
      if (ext && typeof ext.setup === 'function') extensions[name] = ext;
    }
  }
  // Bundles the contrib modules point at (e.g. moddatetime -> spi.tar.gz, uuid_ossp -> uuid-ossp).
  for (const file of readdirSync(contribDir).filter((f) => f.endsWith('.js'))) {
    const m = /new URL\("\.\.\/([^"]+\.tar\.gz)"/.exec(readFileSync(join(contribDir, file), 'utf8'));
    if (m?.[1]) bundles.add(m[1]);
  }
  // Tarballs shipped without a contrib module (pg_logicalinspect, pg_overexplain, passwordcheck).
  for (const file of readdirSync(distDir).filter((f) => f.endsWith('.tar.gz') && !bundles.has(f))) {
    const name = file.replace(/\.tar\.gz$/, '');
    const bundlePath = pathToFileURL(join(distDir, file));
    extensions[name.replace(/\W/g, '_')] = { name, setup: async () => ({ bundlePath }) };
  }
  // pgvector: its own package for PGlite 0.5 (as verify loads it).
  extensions.vector = (await import('@electric-sql/pglite-pgvector')).vector as Extension;
  return extensions;
}

let template: Promise<{ extensions: Record<string, Extension>; dataDir: Blob }> | undefined;

function getTemplate(): Promise<{ extensions: Record<string, Extension>; dataDir: Blob }> {
  template ??= (async () => {
    const extensions = await loadAllExtensions();
    const db = await PGlite.create({ extensions });
    const dataDir = await db.dumpDataDir('none');
    await db.close();
    return { extensions, dataDir };
  })();
  return template;
}

/** Names of the extensions the oracle loads (for reports). */
export async function oracleExtensions(): Promise<string[]> {
  return Object.values((await getTemplate()).extensions).map((e) => e.name).sort();
}

/** A fresh PGlite with every shipped extension available to `CREATE EXTENSION`. */
export async function freshPglite(): Promise<PGlite> {
  const { extensions, dataDir } = await getTemplate();
  return PGlite.create({ extensions, loadDataDir: dataDir });
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** First words of a statement, upper-cased, comments skipped: `CREATE UNIQUE INDEX`, `ALTER TABLE`. */
export function statementKind(text: string): string {
  const words = text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/--[^\n]*/g, ' ')
    .trim()
    .split(/\s+/, 4)
    .map((w) => w.toUpperCase());
  const [a = '', b = '', c = '', d = ''] = words;
  if (a === 'CREATE' && b === 'OR' && c === 'REPLACE') return `CREATE ${d}`;
  if (a === 'CREATE' && ['UNIQUE', 'MATERIALIZED', 'UNLOGGED', 'TEMP', 'TEMPORARY', 'GLOBAL', 'LOCAL', 'CONSTRAINT', 'FOREIGN', 'RECURSIVE', 'TRUSTED', 'PROCEDURAL', 'DEFAULT', 'EVENT'].includes(b)) {
    return `${a} ${b} ${c}`;
  }
  if (['CREATE', 'ALTER', 'DROP', 'COMMENT', 'GRANT', 'REVOKE', 'SECURITY'].includes(a)) return `${a} ${b}`;
  return a;
}

function toSummary(row: Record<string, number>): SchemaSummary {
  return {
    tables: row.tables!,
    views: row.views!,
    materializedViews: row.matviews!,
    columns: row.columns!,
    primaryKeys: row.primary_keys!,
    foreignKeys: row.foreign_keys!,
    uniqueConstraints: row.unique_constraints!,
    checks: row.checks!,
    exclusions: row.exclusions!,
    indexes: row.indexes!,
    partialIndexes: row.partial_indexes!,
    triggers: row.triggers!,
  };
}

/** Counts the catalog of `db` as test/support/catalog-counts.sql defines them. */
export async function catalogCounts(db: PGlite): Promise<SchemaSummary> {
  // The script may have changed the role, search_path or left an aborted transaction behind.
  for (const reset of ['ROLLBACK', 'RESET ROLE', 'RESET SESSION AUTHORIZATION', 'RESET ALL']) {
    try {
      await db.exec(reset);
    } catch {
      // nothing to reset
    }
  }
  const results = await db.exec(CATALOG_COUNTS_SQL);
  const row = results.at(-1)?.rows[0] as Record<string, number> | undefined;
  if (!row) throw new Error('catalog-counts.sql returned no row');
  return toSummary(row);
}

/** `COMMIT`, `END`, `ROLLBACK` or `ABORT` that ends the transaction (not `ROLLBACK TO`, not `... PREPARED`). */
const ENDS_TRANSACTION = /^(commit|end|abort|rollback)\b(?!(\s+(work|transaction))?\s+(to|prepared)\b)/i;
const BEGINS_TRANSACTION = /^(begin|start\s+transaction)\b/i;
/** Transaction control a script may use: run as written. */
const UNDOES_SAVEPOINTS = /^(rollback(\s+(work|transaction))?\s+to|release)\b/i;
const TRANSACTION_STATEMENT = /^(begin|start\s+transaction|commit|end|abort|rollback|savepoint|release)\b/i;

/** The statement's text without leading comments, to match its first words. */
function leadingText(text: string): string {
  return text.replace(/^(\s+|--[^\n]*\n?|\/\*[\s\S]*?\*\/)*/, '');
}

/**

 * Runs a script's statements on `db` one by one, as psql would, and returns those Postgres
 * rejected. Transactions are honoured (a ROLLBACK undoes what it should), but a failing statement
 * inside one only loses itself, as with psql's ON_ERROR_ROLLBACK: each runs under a savepoint,
 * so "the statements Postgres accepted" is the same list inside a transaction as outside it, and
 * the importer can be given it. A transaction still open at the end of the script is committed
 * (psql would roll it back; the importer keeps it too, with a warning).
 */
export async function runStatements(db: PGlite, sql: string): Promise<{ failed: OracleFailure[]; statements: number }> {
  const { statements } = splitStatements(sql);
  const starts = lineStarts(sql);
  const failed: OracleFailure[] = [];
  let inTransaction = false;
  for (const [index, statement] of statements.entries()) {
    const text = leadingText(statement.text);
    if (COPY_FROM_STDIN.test(text)) continue;
    const control = TRANSACTION_STATEMENT.test(text);
    // ROLLBACK TO and RELEASE are guarded too (a missing savepoint would abort the block), but
    // when they work they take the guard with them (it came after their savepoint).
    const undoesSavepoints = UNDOES_SAVEPOINTS.test(text);
    const guarded = inTransaction && (!control || undoesSavepoints);
    try {
      if (guarded) await db.exec('SAVEPOINT oracle_statement');
      await db.exec(statement.text);
      if (guarded && !undoesSavepoints) await db.exec('RELEASE SAVEPOINT oracle_statement');
      if (BEGINS_TRANSACTION.test(text)) inTransaction = true;
      else if (ENDS_TRANSACTION.test(text)) inTransaction = false;
    } catch (error) {
      if (guarded) {
        try {
          await db.exec('ROLLBACK TO SAVEPOINT oracle_statement; RELEASE SAVEPOINT oracle_statement');
        } catch {
          // The statement ended the transaction (PREPARE TRANSACTION): nothing to go back to.
          await db.exec('ROLLBACK').catch(() => undefined);
          inTransaction = false;
        }
      }
      failed.push({
        index,
        line: lineOf(starts, statement.start),
        kind: statementKind(statement.text),
        message: (error as Error).message,
        text: statement.text,
      });
    }
  }
  if (inTransaction) await db.exec('COMMIT');
  return { failed, statements: statements.length };
}

/**
 * Runs `sql` on a fresh PGlite (see runStatements), records the statements Postgres rejected,
 * then counts the catalog. `inspect`, when given, then reads the same database (more catalog
 * queries) before it is closed, so that other checks need not load the script again.
 */
export async function runOnPglite(sql: string, inspect?: (db: PGlite) => Promise<unknown>): Promise<OracleResult> {
  const started = performance.now();
  const db = await freshPglite();
  try {
    const { failed, statements } = await runStatements(db, sql);
    const counts = await catalogCounts(db);
    const inspected = inspect ? await inspect(db) : undefined;
    return { counts, failed, statements, ms: performance.now() - started, ...(inspect ? { inspected } : {}) };
  } finally {
    await db.close();
  }
}
