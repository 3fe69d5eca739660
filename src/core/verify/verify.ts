/**
 * verifyMigration: proof on a real Postgres (PGlite) that a migration does what it says. The
 * baseline is loaded, the up migration runs statement by statement (stopping at the first error,
 * as a real run would), and the catalog is compared with a database built from the target;
 * then the down migration runs and the catalog must be the baseline's again.
 *
 * The target is best the user's own SQL (the CLI's --target file; in the app, the source followed
 * by the design edits), not our print of the model: an importer that misses a property would
 * otherwise miss it on both sides. Our print (`printedTargetSql`), when given too, must build
 * the same catalog as that SQL.
 */
import { compareCatalogs, type CatalogSnapshot, snapshotCatalog } from './catalog/snapshot';
import { NOT_COMPARED, type NotCompared } from './not-compared';
import { freshDatabase } from './pglite';
import { runScript, type StatementResult } from './run-script';

export type { StatementResult } from './run-script';

export interface VerifyInput {
  baselineSql: string;
  upSql: string;
  downSql?: string;
  /**
   * The schema the migration should produce: the user's own SQL where there is one (a target
   * file; the source followed by the design edits), else our print of the target model.
   */
  targetSql?: string;
  /**
   * Our print of the target model (printSchema). With `targetSql`, it must build the same
   * catalog (`reprintDifferences`); without, it is the target.
   */
  printedTargetSql?: string;
}

export interface VerifyResult {
  ok: boolean;
  /** Baseline statements Postgres rejected (missing extensions, ...): not the migration's fault. */
  baselineFailures: StatementResult[];
  up: StatementResult[];
  down: StatementResult[];
  /**
   * Target statements Postgres rejected, other than those the baseline failed on too (the same
   * text): the target is not what it says, so verification fails.
   */
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

/** Builds a database from a script and snapshots it; its failures are returned too. */
async function build(sql: string, scripts: string[], roles: Set<string>): Promise<{ snapshot: CatalogSnapshot; failures: StatementResult[] }> {
  const db = await freshDatabase(scripts);
  try {
    const results = await runScript(db, sql, { stopOnError: false, roles });
    return { snapshot: await snapshotCatalog(db), failures: results.filter((r) => !r.ok) };
  } finally {
    await db.close();
  }
}

export async function verifyMigration(input: VerifyInput): Promise<VerifyResult> {
  const targetSql = input.targetSql ?? input.printedTargetSql;
  const printed = input.targetSql !== undefined ? input.printedTargetSql : undefined;
  const scripts = [input.baselineSql, input.upSql, input.downSql ?? '', targetSql ?? '', printed ?? ''];
  const roles = new Set<string>();
  const db = await freshDatabase(scripts);
  try {
    const baseline = await runScript(db, input.baselineSql, { stopOnError: false, roles });
    const baselineFailures = baseline.filter((r) => !r.ok);
    const before = await snapshotCatalog(db);
    const up = await runScript(db, input.upSql, { stopOnError: true, roles });
    const upOk = up.every((r) => r.ok);
    const afterUp = upOk ? await snapshotCatalog(db) : undefined;

    let targetFailures: StatementResult[] = [];
    let upDifferences: string[] = [];
    let reprintFailures: StatementResult[] = [];
    let reprintDifferences: string[] = [];
    let reprintDecides = true;
    if (targetSql !== undefined) {
      const target = await build(targetSql, scripts, roles);
      const failedInBaseline = new Set(baselineFailures.map((r) => r.sql));
      targetFailures = target.failures.filter((r) => !failedInBaseline.has(r.sql));
      reprintDecides = target.failures.length === 0;
      if (afterUp) upDifferences = compareCatalogs(afterUp, target.snapshot);
      if (printed !== undefined) {
        const reprint = await build(printed, scripts, roles);
        reprintFailures = reprint.failures;
        reprintDifferences = compareCatalogs(reprint.snapshot, target.snapshot);
      }
    }

    let down: StatementResult[] = [];
    let downDifferences: string[] = [];
    if (upOk && input.downSql !== undefined) {
      down = await runScript(db, input.downSql, { stopOnError: true, roles });
      if (down.every((r) => r.ok)) downDifferences = compareCatalogs(await snapshotCatalog(db), before);
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
