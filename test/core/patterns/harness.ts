/**
 * Shared by the pattern tests: corpus baselines as PGlite can build them, migrations planned from
 * pattern applications, and their proof on PGlite. `verifyOnPglite` does what verifyMigration
 * does (baseline, up statement by statement stopping at the first error, catalog compared with
 * the target DDL's database object by object, then down compared with the baseline) with the
 * same catalog snapshot, but boots its databases from the oracle's initdb template (a fraction
 * of a second instead of a full boot), which keeps the corpus matrix within the time budget.
 * One test per file checks that it agrees with verifyMigration itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { applyChanges, type SchemaChange } from '../../../src/core/changes';
import type { QualifiedName, Schema, Table, View } from '../../../src/core/model';
import { importSql, splitStatements } from '../../../src/core/parse';
import { applyPatterns, allowsDestructive, type AppliedPatterns, type PatternApplication } from '../../../src/core/patterns';
import { lint, RULES } from '../../../src/core/rules';
import { planMigration, planToSql, printSchema } from '../../../src/core/sql';
import { compareCatalogs, snapshotCatalog } from '../../../src/core/verify';
import { freshPglite, runOnPglite, CORPUS_DIR as CORPUS_FOLDER } from '../../support/pglite-oracle';

export const CORPUS = CORPUS_FOLDER;

export interface Baseline {
  file: string;
  schema: Schema;
  sql: string;
}

/**
 * A corpus file as PGlite builds it: statements Postgres rejects there (missing roles, PostGIS...)
 * are left out of the model, and views that read a table through `*` are left out too (Postgres
 * expands the `*` when the view is created; the printed target would expand it again over the
 * new columns: a known limit of the model, not of the patterns).
 */
export async function loadBaseline(file: string): Promise<Baseline> {
  const text = readFileSync(join(CORPUS, file), 'utf8');
  const oracle = await runOnPglite(text);
  const failed = new Set(oracle.failed.map((f) => f.index));
  const full = importSql(text, { exclude: (_s, i) => failed.has(i) }).schema;
  const star = /(^|[\s,.(])\*(\s|,|$)/m;
  const views = Object.fromEntries(Object.entries(full.views).filter(([, v]) => !star.test(v.query) && !v.dependsOn.some((d) => d.schema === v.schema && d.name === v.name)));
  const schema = { ...full, views };
  return { file, schema, sql: printSchema(schema) };
}

export interface Verification {
  ok: boolean;
  baselineFailures: string[];
  upFailures: string[];
  downFailures: string[];
  upDifferences: string[];
  downDifferences: string[];
}

const SKIPPED = /^\s*(copy\b[\s\S]*\bfrom\s+stdin)/i;

export async function runScript(db: Pick<PGlite, 'exec'> | { exec(sql: string): Promise<unknown> }, sql: string, stopOnError: boolean): Promise<string[]> {
  const failures: string[] = [];
  for (const statement of splitStatements(sql).statements) {
    if (SKIPPED.test(statement.text)) continue;
    try {
      await db.exec(statement.text);
    } catch (error) {
      failures.push(`${statement.text.slice(0, 200)}: ${(error as Error).message}`);
      if (stopOnError) {
        await db.exec('ROLLBACK').catch(() => undefined);
        break;
      }
    }
  }
  return failures;
}

export async function verifyOnPglite(input: { baselineSql: string; upSql: string; downSql: string; targetSql: string }): Promise<Verification> {
  const db = await freshPglite();
  const target = await freshPglite();
  try {
    const baselineFailures = await runScript(db, input.baselineSql, false);
    const before = await snapshotCatalog(db);
    const upFailures = await runScript(db, input.upSql, true);
    let upDifferences: string[] = [];
    let downFailures: string[] = [];
    let downDifferences: string[] = [];
    if (upFailures.length === 0) {
      await runScript(target, input.targetSql, false);
      upDifferences = compareCatalogs(await snapshotCatalog(db), await snapshotCatalog(target));
      downFailures = await runScript(db, input.downSql, true);
      if (downFailures.length === 0) downDifferences = compareCatalogs(await snapshotCatalog(db), before);
    }
    const ok = upFailures.length === 0 && downFailures.length === 0 && upDifferences.length === 0 && downDifferences.length === 0;
    return { ok, baselineFailures, upFailures, downFailures, upDifferences, downDifferences };
  } finally {
    await db.close();
    await target.close();
  }
}

/** The migration for a set of applications on a baseline, as the CLI plans it (for `pgVersion`, default the CLI's). */
export function migrationFor(baseline: Schema, applications: PatternApplication[], pgVersion?: number): { applied: AppliedPatterns; up: string; down: string; notes: string[] } {
  const applied = applyPatterns(baseline, applications);
  const plan = planMigration(baseline, applied.changes, { allowDestructive: allowsDestructive(applications), ...(pgVersion ? { pgVersion } : {}) });
  return { applied, up: planToSql(plan.up), down: planToSql(plan.down), notes: plan.notes };
}

export function targetsOf(schema: Schema, scope: 'table' | 'materialized-view' | 'schema'): (QualifiedName | undefined)[] {
  if (scope === 'schema') return [undefined];
  const objects: (Table | View)[] = scope === 'table' ? Object.values(schema.tables) : Object.values(schema.views).filter((v) => v.materialized);
  return objects.map((o) => ({ schema: o.schema, name: o.name })).sort((a, b) => `${a.schema}.${a.name}`.localeCompare(`${b.schema}.${b.name}`));
}

/** Tables and views the changes add or change: where the served rules must be quiet afterwards. */
export function touched(changes: SchemaChange[]): Set<string> {
  const out = new Set<string>();
  for (const c of changes) {
    if (c.kind === 'add-table') out.add(`${c.table.schema}.${c.table.name}`);
    else if (c.kind === 'add-view' || c.kind === 'replace-view') out.add(`${c.view.schema}.${c.view.name}`);
    else if ('table' in c && c.table && 'name' in c.table) out.add(`${c.table.schema}.${c.table.name}`);
  }
  return out;
}

/** Diagnostics of `rules` about the touched objects, as `rule: message`. */
export function servedDiagnostics(schema: Schema, rules: string[], on: Set<string>, options: Record<string, Record<string, unknown>> = {}): string[] {
  const config = { rules: Object.fromEntries(rules.map((r) => [r, 'warn' as const])), options };
  return lint(schema, { config, rules: RULES.filter((r) => rules.includes(r.meta.id)) })
    .filter((d) => rules.includes(d.ruleId) && d.target.table !== undefined && on.has(`${d.target.schema}.${d.target.table}`))
    .map((d) => `${d.ruleId}: ${d.message}`);
}

export { applyChanges };
