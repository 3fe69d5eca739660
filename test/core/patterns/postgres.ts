/**
 * The pattern contract on a real Postgres 15 server, with 15 as the migration's target (issue
 * 17): each corpus baseline is loaded once into a template database, and every migration checked
 * on it runs on a copy of that template (CREATE DATABASE ... TEMPLATE, a file copy), so the
 * server adds little to the contract's time. Up, catalog against the target's, down, catalog
 * against the baseline's: the same checks as on PGlite (harness.ts).
 */
import { splitStatements } from '../../../src/core/parse';
import { type CatalogSnapshot, compareCatalogs, snapshotCatalog, type SqlSession } from '../../../src/core/verify';
import { freshPostgresDatabase, postgresDatabaseFrom, postgresTemplate } from '../../support/postgres-server';
import type { Baseline, Verification } from './harness';
import { runScript } from './harness';

/** The Postgres version the contract plans for and checks on. */
export const CONTRACT_PG_VERSION = 15;

/**
 * A whole script in one round trip; statement by statement (failures skipped) when it fails.
 * Returns the statements that failed.
 */
async function load(db: SqlSession, sql: string): Promise<string[]> {
  try {
    await db.exec(sql);
    return [];
  } catch {
    const failed: string[] = [];
    for (const statement of splitStatements(sql).statements) await db.exec(statement.text).catch((error: Error) => failed.push(`${statement.text.slice(0, 120)}: ${error.message}`));
    return failed;
  }
}

interface Template {
  name: string;
  snapshot: CatalogSnapshot;
  /** Baseline statements Postgres 15 refuses (PG 18 functions such as uuidv7() in pagila). */
  failed: string[];
}

const templates = new Map<string, Promise<Template>>();

function template(baseline: Baseline): Promise<Template> {
  let made = templates.get(baseline.file);
  if (!made) {
    made = (async () => {
      let snapshot: CatalogSnapshot = {};
      let failed: string[] = [];
      const name = await postgresTemplate(async (db) => {
        failed = await load(db, baseline.sql);
        snapshot = await snapshotCatalog(db);
      });
      if (failed.length > 0) console.log(`Postgres ${CONTRACT_PG_VERSION}: ${baseline.file}'s baseline does not build there (${failed.length} statements refused, first: ${failed[0]}); its migrations are checked on PGlite only`);
      return { name, snapshot, failed };
    })();
    templates.set(baseline.file, made);
  }
  return made;
}

/**
 * Undefined when the baseline does not build on Postgres 15 (a corpus file written for a newer
 * server): there is no database to run the migration on.
 */
export async function verifyOnPostgres(baseline: Baseline, input: { upSql: string; downSql: string; targetSql: string }): Promise<Verification | undefined> {
  const { name, snapshot: before, failed } = await template(baseline);
  if (failed.length > 0) return undefined;
  const db = await postgresDatabaseFrom(name);
  try {
    const upFailures = await runScript(db, input.upSql, true);
    let upDifferences: string[] = [];
    let downFailures: string[] = [];
    let downDifferences: string[] = [];
    if (upFailures.length === 0) {
      const target = await freshPostgresDatabase();
      try {
        await load(target, input.targetSql);
        upDifferences = compareCatalogs(await snapshotCatalog(db), await snapshotCatalog(target));
      } finally {
        await target.close();
      }
      downFailures = await runScript(db, input.downSql, true);
      if (downFailures.length === 0) downDifferences = compareCatalogs(await snapshotCatalog(db), before);
    }
    const ok = upFailures.length === 0 && downFailures.length === 0 && upDifferences.length === 0 && downDifferences.length === 0;
    return { ok, baselineFailures: [], upFailures, downFailures, upDifferences, downDifferences };
  } finally {
    await db.close();
  }
}
