/**
 * verifyMigration: proof on a real Postgres (PGlite) that a migration does what it says. The
 * baseline is loaded, the up migration runs statement by statement (stopping at the first error,
 * as a real run would), and the catalog is compared with a database built from the target DDL;
 * then the down migration runs and the catalog must be the baseline's again.
 */
import { createLineIndex } from '../parse/line-index';
import { splitStatements } from '../parse/split';
import { compareCatalogs, type CatalogSnapshot, snapshotCatalog } from './catalog';
import { freshDatabase } from './pglite';
import type { DatabaseFactory, SqlSession } from './session';

export interface StatementResult {
  line: number;
  sql: string;
  ok: boolean;
  error?: string;
}

export interface VerifyInput {
  baselineSql: string;
  upSql: string;
  downSql?: string;
  /** DDL of the schema the migration should produce (printSchema of the target). */
  targetSql?: string;
  /**
   * Where to run: a fresh, empty database per call (the baseline's and the target's). By default
   * a new PGlite with the contrib extensions the scripts create; tests pass a real server's.
   */
  database?: DatabaseFactory;
}

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

const SKIPPED = /^\s*(copy\b[\s\S]*\bfrom\s+stdin)/i;

/** Runs a script statement by statement; with `stopOnError`, like psql -v ON_ERROR_STOP=1. */
async function runScript(db: SqlSession, sql: string, stopOnError: boolean): Promise<StatementResult[]> {
  const lines = createLineIndex(sql);
  const results: StatementResult[] = [];
  for (const statement of splitStatements(sql).statements) {
    if (SKIPPED.test(statement.text)) continue;
    const line = lines.position(statement.start).line;
    try {
      await db.exec(statement.text);
      results.push({ line, sql: statement.text, ok: true });
    } catch (error) {
      results.push({ line, sql: statement.text, ok: false, error: (error as Error).message });
      if (stopOnError) {
        await db.exec('ROLLBACK').catch(() => undefined);
        break;
      }
    }
  }
  return results;
}

export async function verifyMigration(input: VerifyInput): Promise<VerifyResult> {
  const scripts = [input.baselineSql, input.upSql, input.downSql ?? '', input.targetSql ?? ''];
  const database = input.database ?? (() => freshDatabase(scripts));
  const db = await database();
  try {
    const baseline = await runScript(db, input.baselineSql, false);
    const before: CatalogSnapshot = await snapshotCatalog(db);
    const up = await runScript(db, input.upSql, true);
    const upOk = up.every((r) => r.ok);
    let upDifferences: string[] = [];
    if (upOk && input.targetSql !== undefined) {
      const target = await database();
      try {
        await runScript(target, input.targetSql, false);
        upDifferences = compareCatalogs(await snapshotCatalog(db), await snapshotCatalog(target));
      } finally {
        await target.close();
      }
    }
    let down: StatementResult[] = [];
    let downDifferences: string[] = [];
    if (upOk && input.downSql !== undefined) {
      down = await runScript(db, input.downSql, true);
      if (down.every((r) => r.ok)) downDifferences = compareCatalogs(await snapshotCatalog(db), before);
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
