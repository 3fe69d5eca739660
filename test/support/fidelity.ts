/**
 * One script, two readers: Postgres (a fresh PGlite, statement by statement, see runStatements)
 * and the importer. What each holds afterwards, as counts (catalog-counts.sql) and as objects
 * (catalog-objects.ts), and which statements each refused, for tests that say "the model is what
 * Postgres made of this script".
 */
import { expect } from 'vitest';
import { summarize, type SchemaSummary } from '../../src/core/model';
import { importSqlAsync, type ImportOptions, type ImportResult } from '../../src/core/parse';
import { catalogObjects, modelObjects, type ObjectListOptions } from './catalog-objects';
import { catalogCounts, freshPglite, runStatements, type OracleFailure } from './pglite-oracle';

export interface FidelityRun {
  pg: { counts: SchemaSummary; objects: string[]; failed: OracleFailure[] };
  model: { counts: SchemaSummary; objects: string[]; result: ImportResult };
}

export interface FidelityOptions extends ObjectListOptions {
  import?: ImportOptions;
}

export async function runBoth(sql: string, options: FidelityOptions = {}): Promise<FidelityRun> {
  const db = await freshPglite();
  try {
    const { failed } = await runStatements(db, sql);
    const objects = await catalogObjects(db, options);
    const counts = await catalogCounts(db);
    const result = await importSqlAsync(sql, { strictSchemas: true, ...options.import });
    return {
      pg: { counts, objects, failed },
      model: { counts: summarize(result.schema), objects: modelObjects(result.schema, options), result },
    };
  } finally {
    await db.close();
  }
}

/**
 * The importer and Postgres agree on `sql`: the same objects, the same counts, and the importer
 * reports an error on exactly the lines of the statements Postgres refused. Returns the run for
 * further checks.
 */
export async function expectSameAsPostgres(sql: string, options: FidelityOptions = {}): Promise<FidelityRun> {
  const run = await runBoth(sql, options);
  expect(run.model.objects, 'objects (model vs Postgres)').toEqual(run.pg.objects);
  expect(run.model.counts, 'counts (model vs Postgres)').toEqual(run.pg.counts);
  const errorLines = [...new Set(run.model.result.issues.filter((i) => i.severity === 'error').map((i) => i.line))].sort((a, b) => a - b);
  const refused = run.pg.failed.map((f) => `line ${f.line}: ${f.message}`);
  expect(errorLines.map((line) => refused.find((r) => r.startsWith(`line ${line}:`)) ?? `line ${line}: (Postgres accepted it)`), 'statements refused (model vs Postgres)').toEqual(refused);
  return run;
}
