/**
 * verifyMigration: proof on a real Postgres (PGlite) that a migration does what it says. The
 * baseline is loaded, the up migration runs statement by statement (stopping at the first error,
 * as a real run would), and the catalog is compared with a database built from the target DDL;
 * then the down migration runs and the catalog must be the baseline's again.
 */
import { compareCatalogs, type CatalogSnapshot, snapshotCatalog } from './catalog';
import { freshDatabase } from './pglite';
import { type VerifyInput, verifyScripts } from './input';
import { type ProgressListener, runScript, type StatementResult } from './run-script';
import type { DatabaseFactory, SqlSession } from './session';

export type { ProgressListener, StatementResult, VerifyProgress } from './run-script';

export type { VerifyInput } from './input';

export interface VerifyResult {
  ok: boolean;
  /** Baseline statements Postgres rejected (missing roles or extensions, ...): not the migration's fault. */
  baselineFailures: StatementResult[];
  up: StatementResult[];
  down: StatementResult[];
  /** Catalog after up vs the target's, in words; empty when they agree. */
  upDifferences: string[];
  /** Catalog after down vs the baseline's. */
  downDifferences: string[];
}

/** A database with the baseline run on it, what running it gave, and its catalog then. */
export interface BaselineDatabase {
  db: SqlSession;
  /** The baseline's statements, as they ran. */
  results: StatementResult[];
  before: CatalogSnapshot;
}

/**
 * Where a verification's databases come from. By default fresh PGlite instances for each run;
 * the app's worker keeps them warm between runs instead (warm-session.ts).
 */
export interface VerifyDatabases {
  /** A database the baseline has run on (the caller closes it). */
  baseline(baselineSql: string, scripts: string[], progress: ProgressListener): Promise<BaselineDatabase>;
  /** A database built from a script (the target DDL): its catalog, and the statements Postgres rejected. */
  build(sql: string, scripts: string[], progress: ProgressListener): Promise<BuiltDatabase>;
}

export interface BuiltDatabase {
  snapshot: CatalogSnapshot;
  failures: StatementResult[];
}

export interface VerifyOptions {
  databases?: VerifyDatabases;
  /** Told as each statement runs. */
  onProgress?: ProgressListener;
}

/**
 * Each run on new, empty databases from `database` (by default a new PGlite with the contrib
 * extensions the scripts create): what the CLI and the tests use.
 */
export function freshDatabases(database?: DatabaseFactory): VerifyDatabases {
  const open = (scripts: string[]): Promise<SqlSession> => (database ? database() : freshDatabase(scripts));
  return {
    async baseline(baselineSql, scripts, progress) {
      const db = await open(scripts);
      try {
        const results = await runScript(db, baselineSql, { stopOnError: false, onStatement: (done, total) => progress({ phase: 'baseline', done, total }) });
        return { db, results, before: await snapshotCatalog(db) };
      } catch (error) {
        await db.close();
        throw error;
      }
    },
    async build(sql, scripts, progress) {
      const db = await open(scripts);
      try {
        const results = await runScript(db, sql, { stopOnError: false, onStatement: (done, total) => progress({ phase: 'target', done, total }) });
        return { snapshot: await snapshotCatalog(db), failures: results.filter((r) => !r.ok) };
      } finally {
        await db.close();
      }
    },
  };
}

export async function verifyMigration(input: VerifyInput, options: VerifyOptions = {}): Promise<VerifyResult> {
  const scripts = verifyScripts(input);
  const databases = options.databases ?? freshDatabases(input.database);
  const progress: ProgressListener = options.onProgress ?? (() => undefined);
  progress({ phase: 'starting', done: 0, total: 0 });
  const { db, results: baseline, before } = await databases.baseline(input.baselineSql, scripts, progress);
  try {
    const up = await runScript(db, input.upSql, { stopOnError: true, onStatement: (done, total) => progress({ phase: 'up', done, total }) });
    const upOk = up.every((r) => r.ok);
    let upDifferences: string[] = [];
    if (upOk && input.targetSql !== undefined) {
      const after = await snapshotCatalog(db);
      upDifferences = compareCatalogs(after, (await databases.build(input.targetSql, scripts, progress)).snapshot);
    }
    let down: StatementResult[] = [];
    let downDifferences: string[] = [];
    if (upOk && input.downSql !== undefined) {
      down = await runScript(db, input.downSql, { stopOnError: true, onStatement: (done, total) => progress({ phase: 'down', done, total }) });
      if (down.every((r) => r.ok)) {
        progress({ phase: 'comparing', done: 0, total: 0 });
        downDifferences = compareCatalogs(await snapshotCatalog(db), before);
      }
    }
    return {
      ok: upOk && down.every((r) => r.ok) && upDifferences.length === 0 && downDifferences.length === 0,
      baselineFailures: baseline.filter((r) => !r.ok),
      up,
      down,
      upDifferences,
      downDifferences,
    };
  } finally {
    await db.close();
  }
}
