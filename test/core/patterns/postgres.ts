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

/** A whole script in one round trip; statement by statement (failures skipped) when it fails. */
async function load(db: SqlSession, sql: string): Promise<void> {
  try {
    await db.exec(sql);
  } catch {
    for (const statement of splitStatements(sql).statements) await db.exec(statement.text).catch(() => undefined);
  }
}

const templates = new Map<string, Promise<{ name: string; snapshot: CatalogSnapshot }>>();

function template(baseline: Baseline): Promise<{ name: string; snapshot: CatalogSnapshot }> {
  let made = templates.get(baseline.file);
  if (!made) {
    made = (async () => {
      let snapshot: CatalogSnapshot = {};
      const name = await postgresTemplate(async (db) => {
        await load(db, baseline.sql);
        snapshot = await snapshotCatalog(db);
      });
      return { name, snapshot };
    })();
    templates.set(baseline.file, made);
  }
  return made;
}

export async function verifyOnPostgres(baseline: Baseline, input: { upSql: string; downSql: string; targetSql: string }): Promise<Verification> {
  const { name, snapshot: before } = await template(baseline);
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
