/**
 * verifyMigration: proof on a real Postgres (PGlite, or a real server in the tests) that a
 * migration does what it says. The baseline is loaded, the up migration runs statement by
 * statement (stopping at the first error, as a real run would), and the catalog is compared with
 * a database built from the target; then the down migration runs and the catalog must be the
 * baseline's again.
 *
 * The target is best the user's own SQL (the CLI's --target file; in the app, the source followed
 * by the design edits), not our print of the model: an importer that misses a property would
 * otherwise miss it on both sides. Our print (`printedTargetSql`), when given too, must build
 * the same catalog as that SQL.
 */
import { compareCatalogs, type CatalogSnapshot, snapshotCatalog } from './catalog/snapshot';
import { NOT_COMPARED, type NotCompared } from './not-compared';
import { freshDatabase } from './pglite';
import { type VerifyInput, verifyScripts } from './input';
import { type ProgressListener, runScript, type StatementResult } from './run-script';
import type { DatabaseFactory, SqlSession } from './session';

export type { ProgressListener, StatementResult, VerifyProgress } from './run-script';

export type { VerifyInput } from './input';

export interface VerifyResult {
  ok: boolean;
  /** Baseline statements Postgres rejected (missing extensions, ...): not the migration's fault. */
  baselineFailures: StatementResult[];
  up: StatementResult[];
  down: StatementResult[];
  /** Statements of the target that Postgres rejected (and the baseline did not): verify fails. */
  targetFailures: StatementResult[];
  /** Catalog after up vs the target's, in words; empty when they agree. */
  upDifferences: string[];
  /** Catalog after down vs the baseline's. */
  downDifferences: string[];
  /** Statements of our print of the target that Postgres rejected. */
  reprintFailures: StatementResult[];
  /**
   * Our print of the target vs the target SQL: what the model lost or changed. Reported but not
   * counted against `ok` when the target itself could not be built whole (statements the scratch
   * database rejects, like the baseline's: an extension it does not have).
   */
  reprintDifferences: string[];
  /** Roles the scripts named that the scratch databases lacked, created for them. */
  rolesCreated: string[];
  /** What the comparison leaves out, with why. */
  notCompared: NotCompared[];
}

/** A database with the baseline run on it, what running it gave, and its catalog then. */
export interface BaselineDatabase {
  db: SqlSession;
  /** The baseline's statements, as they ran. */
  results: StatementResult[];
  before: CatalogSnapshot;
  /** Roles created for the baseline (a warm session reports those of its first run). */
  roles: string[];
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
  /** Roles created while building it. */
  roles: string[];
}

export interface VerifyOptions {
  databases?: VerifyDatabases;
  /** Told as each statement runs. */
  onProgress?: ProgressListener;
}

/** Runs `sql` on `db` and snapshots it: what building a target gives. */
export async function buildOn(db: SqlSession, sql: string, progress: ProgressListener): Promise<BuiltDatabase> {
  const roles = new Set<string>();
  const results = await runScript(db, sql, { stopOnError: false, roles, onStatement: (done, total) => progress({ phase: 'target', done, total }) });
  return { snapshot: await snapshotCatalog(db), failures: results.filter((r) => !r.ok), roles: [...roles] };
}

/** Runs the baseline on `db` and snapshots it. */
export async function baselineOn(db: SqlSession, sql: string, progress: ProgressListener): Promise<Omit<BaselineDatabase, 'db'>> {
  const roles = new Set<string>();
  const results = await runScript(db, sql, { stopOnError: false, roles, onStatement: (done, total) => progress({ phase: 'baseline', done, total }) });
  return { results, before: await snapshotCatalog(db), roles: [...roles] };
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
        return { db, ...(await baselineOn(db, baselineSql, progress)) };
      } catch (error) {
        await db.close();
        throw error;
      }
    },
    async build(sql, scripts, progress) {
      const db = await open(scripts);
      try {
        return await buildOn(db, sql, progress);
      } finally {
        await db.close();
      }
    },
  };
}

export async function verifyMigration(input: VerifyInput, options: VerifyOptions = {}): Promise<VerifyResult> {
  const targetSql = input.targetSql ?? input.printedTargetSql;
  const printed = input.targetSql !== undefined ? input.printedTargetSql : undefined;
  const scripts = verifyScripts(input);
  const databases = options.databases ?? freshDatabases(input.database);
  const progress: ProgressListener = options.onProgress ?? (() => undefined);
  progress({ phase: 'starting', done: 0, total: 0 });
  const { db, results: baseline, before, roles: baselineRoles } = await databases.baseline(input.baselineSql, scripts, progress);
  const roles = new Set<string>(baselineRoles);
  try {
    const baselineFailures = baseline.filter((r) => !r.ok);
    const up = await runScript(db, input.upSql, { stopOnError: true, roles, onStatement: (done, total) => progress({ phase: 'up', done, total }) });
    const upOk = up.every((r) => r.ok);
    const afterUp = upOk ? await snapshotCatalog(db) : undefined;

    let targetFailures: StatementResult[] = [];
    let upDifferences: string[] = [];
    let reprintFailures: StatementResult[] = [];
    let reprintDifferences: string[] = [];
    let reprintDecides = true;
    if (targetSql !== undefined) {
      const target = await databases.build(targetSql, scripts, progress);
      for (const role of target.roles) roles.add(role);
      const failedInBaseline = new Set(baselineFailures.map((r) => r.sql));
      targetFailures = target.failures.filter((r) => !failedInBaseline.has(r.sql));
      reprintDecides = target.failures.length === 0;
      if (afterUp) upDifferences = compareCatalogs(afterUp, target.snapshot);
      if (printed !== undefined) {
        const reprint = await databases.build(printed, scripts, progress);
        for (const role of reprint.roles) roles.add(role);
        reprintFailures = reprint.failures;
        reprintDifferences = compareCatalogs(reprint.snapshot, target.snapshot);
      }
    }

    let down: StatementResult[] = [];
    let downDifferences: string[] = [];
    if (upOk && input.downSql !== undefined) {
      down = await runScript(db, input.downSql, { stopOnError: true, roles, onStatement: (done, total) => progress({ phase: 'down', done, total }) });
      if (down.every((r) => r.ok)) {
        progress({ phase: 'comparing', done: 0, total: 0 });
        downDifferences = compareCatalogs(await snapshotCatalog(db), before);
      }
    }
    const ok = upOk && down.every((r) => r.ok) && targetFailures.length === 0 && upDifferences.length === 0 && downDifferences.length === 0
      && (!reprintDecides || (reprintFailures.length === 0 && reprintDifferences.length === 0));
    return {
      ok,
      baselineFailures,
      up,
      down,
      targetFailures,
      upDifferences,
      downDifferences,
      reprintFailures,
      reprintDifferences,
      rolesCreated: [...roles].sort(),
      notCompared: NOT_COMPARED,
    };
  } finally {
    await db.close();
  }
}
