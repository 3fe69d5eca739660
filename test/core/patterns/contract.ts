/**
 * The contract every pattern keeps (DESIGN.md §4), on real schemas: for every table (or
 * materialized view, or the schema) of a corpus file where `appliesTo` says yes, with default
 * parameters, planning is pure (the schema is not touched), idempotent (planning again on the
 * result gives []), and the rules the pattern serves are quiet about what it touched. Then all
 * those applications together make one migration, planned for Postgres 15, that must run on
 * PGlite and on a real Postgres 15 server: baseline + up has the target's catalog, + down returns
 * to the baseline. Squawk reads every migration.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { keyOf, type QualifiedName, type Schema } from '../../../src/core/model';
import { initParser } from '../../../src/core/parse';
import { applyPatterns, PATTERNS, PATTERNS_BY_ID, type Pattern, type PatternApplication, type PatternId } from '../../../src/core/patterns';
import { printSchema } from '../../../src/core/sql';
import { applyChanges, type Baseline, loadBaseline, migrationFor, servedDiagnostics, targetsOf, touched, verifyOnPglite } from './harness';
import { CONTRACT_PG_VERSION, verifyOnPostgres } from './postgres';

/**
 * Squawk rules left out, with why:
 * - prefer-bigint-over-int: integer columns the patterns add hold small counts (outbox attempts,
 *   event version, HTTP status); the corpus's own integer keys are the user's design.
 * - prefer-robust-stmts: asks for IF NOT EXISTS / IF EXISTS everywhere; the migration runs once,
 *   in order, and its transaction blocks make a failed step roll back rather than half-apply.
 */
export const SQUAWK_EXCLUDED = ['prefer-bigint-over-int', 'prefer-bigint-over-smallint', 'prefer-robust-stmts'];

/**
 * Squawk findings allowed on some patterns' migrations, each with its reason.
 */
const COPIED_TYPES = 'the column copies the type of a column of the user\'s schema (a history snapshot, a key referencing it) and must match it; the lint rules prefer-text and prefer-timestamptz speak to the original';
export const SQUAWK_ALLOWED: Record<string, Record<string, string>> = {
  'history-table': { 'ban-char-field': COPIED_TYPES, 'prefer-timestamp-tz': COPIED_TYPES },
  'adjacency-list': { 'ban-char-field': COPIED_TYPES },
  'polymorphic-arc': {
    'ban-char-field': COPIED_TYPES,
    'ban-drop-column': 'dropTypeTag asks for it (a destructive parameter): the backfill has read the pair first, and the down migration adds it back and refills it from the arc',
    'ban-drop-not-null': 'the pair is made nullable just before it is dropped, so that the down migration can add it back empty and refill it before restoring NOT NULL',
  },
  'audit-columns': { 'ban-char-field': COPIED_TYPES },
  'effective-dating': {
    'ban-char-field': COPIED_TYPES,
    'ban-drop-column': 'replacePeriodColumns asks for it (a destructive parameter): the backfill has read the columns first, and the down migration restores them from the range',
    'ban-drop-not-null': 'the period columns are made nullable just before they are dropped, so that the down migration can add them back empty and refill them',
    'adding-field-with-default': 'the new period defaults to tstzrange(now(), NULL), which is stable, not volatile: Postgres 11+ evaluates it once and keeps it as the missing value, without rewriting the table (squawk knows only a fixed list of safe functions)',
    'constraint-missing-not-valid': 'an EXCLUDE constraint cannot be added NOT VALID (Postgres allows that only for CHECK and FOREIGN KEY); the plan marks the statement with its hazards (access-exclusive-lock, index-build)',
  },
};

export interface MatrixRow {
  file: string;
  pattern: string;
  candidates: number;
  applicable: number;
  verified: number;
  declined: Record<string, number>;
}

export function runSquawk(paths: string[]): { file: string; rule: string; line: number; message: string }[] {
  if (paths.length === 0) return [];
  const squawk = join(process.cwd(), 'node_modules', '.bin', 'squawk');
  let output = '';
  try {
    output = execFileSync(squawk, ['--reporter', 'json', `--exclude=${SQUAWK_EXCLUDED.join(',')}`, ...paths], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    output = (error as { stdout?: string }).stdout ?? '';
  }
  return (JSON.parse(output || '[]') as { file: string; rule_name: string; line: number; message: string }[]).map((v) => ({ file: v.file, rule: v.rule_name, line: v.line, message: v.message }));
}

/** At most `limit` targets, spread over the list (every n-th), so big files stay within budget. */
export function sample<T>(items: T[], limit: number): T[] {
  if (items.length <= limit) return items;
  const step = items.length / limit;
  return Array.from({ length: limit }, (_, i) => items[Math.floor(i * step)]!);
}

/** A pattern with parameters chosen per target, where the defaults decline (or say too little). */
export interface Variant {
  pattern: PatternId;
  label: string;
  params(schema: Schema, target: QualifiedName): Record<string, unknown> | undefined;
}

/**
 * effective-dating with the entity named: on a table without a period, the pattern adds one
 * (valid from now on) and the EXCLUDE constraint over the entity's foreign key column, which puts
 * btree_gist to work on real key types.
 */
export const VARIANTS: Variant[] = [
  {
    pattern: 'effective-dating',
    label: 'effective-dating +entityColumns',
    params(schema, target) {
      const table = schema.tables[keyOf(target)];
      const fk = table?.foreignKeys.find((f) => f.columns.length === 1 && !(table.primaryKey?.columns.length === 1 && table.primaryKey.columns[0] === f.columns[0]));
      return fk ? { entityColumns: fk.columns } : undefined;
    },
  },
];

/**
 * Checks one set of applications of a pattern on a baseline (the contract), and proves their
 * migration on PGlite. Returns the number of applications verified.
 */
export async function checkApplications(baseline: Baseline, pattern: Pattern<object>, applications: PatternApplication[], written: string[], dir: string, label: string = pattern.id): Promise<number> {
  const { schema } = baseline;
  const frozen = JSON.stringify(schema);
  for (const application of applications) {
    const { target, params } = application;
    const where = target ? `${target.schema}.${target.name}` : 'schema';
    const changes = pattern.plan(schema, target, params);
    const after = applyChanges(schema, changes);
    expect(pattern.plan(after, target, params), `${where}: planning again gives []`).toEqual([]);
    const on = touched(changes);
    if (target) on.add(`${target.schema}.${target.name}`);
    expect(servedDiagnostics(after, pattern.serves, on), `${where}: rules served`).toEqual([]);
  }
  expect(JSON.stringify(schema), 'plan() does not touch its input').toBe(frozen);
  // Planned for Postgres 15 and proven on PGlite (18) and on a real Postgres 15 server.
  const { applied, up, down } = migrationFor(schema, applications, CONTRACT_PG_VERSION);
  expect(applied.results.filter((r) => !r.ok).map((r) => r.reason)).toEqual([]);
  expect(applyPatterns(applied.schema, applications).changes, 'all applications again: []').toEqual([]);
  if (applied.changes.length === 0) return applications.length; // already in place: nothing to migrate
  const path = join(dir, `${baseline.file.replace(/\.sql$/, '')}--${pattern.id}--${label.replace(/[^a-z0-9-]+/gi, '_')}.sql`);
  writeFileSync(path, up);
  written.push(path);
  const result = await verifyOnPglite({ baselineSql: baseline.sql, upSql: up, downSql: down, targetSql: printSchema(applied.schema) });
  expect(result.upFailures, 'up runs').toEqual([]);
  expect(result.upDifferences, 'catalog after up = target').toEqual([]);
  expect(result.downFailures, 'down runs').toEqual([]);
  expect(result.downDifferences, 'catalog after down = baseline').toEqual([]);
  const server = await verifyOnPostgres(baseline, { upSql: up, downSql: down, targetSql: printSchema(applied.schema) });
  if (!server) return applications.length; // the baseline needs a newer Postgres (said once per file)
  expect(server.upFailures, `Postgres ${CONTRACT_PG_VERSION}: up runs`).toEqual([]);
  expect(server.upDifferences, `Postgres ${CONTRACT_PG_VERSION}: catalog after up = target`).toEqual([]);
  expect(server.downFailures, `Postgres ${CONTRACT_PG_VERSION}: down runs`).toEqual([]);
  expect(server.downDifferences, `Postgres ${CONTRACT_PG_VERSION}: catalog after down = baseline`).toEqual([]);
  return applications.length;
}

function summarize(reason: string): string {
  return reason.replace(/\b(table|of|on|column|view|key) [\w."]+/g, '$1 X').replace(/^[\w"]+ /, 'X ').replace(/'[^']*'/g, "'…'").slice(0, 90);
}

export function squawkTest(written: string[]): void {
  test('squawk finds nothing in the generated migrations (or only the allowances, with reasons)', () => {
    const findings = runSquawk(written).map((v) => {
      const name = v.file.split('/').pop()!.replace(/\.sql$/, '');
      const pattern = name.split('--')[1]!;
      return { ...v, name, pattern };
    });
    const unexplained = findings.filter((v) => !SQUAWK_ALLOWED[v.pattern]?.[v.rule]).map((v) => `${v.name}:${v.line} ${v.rule}: ${v.message}`);
    expect(unexplained).toEqual([]);
  }, 120_000);
}

export function printMatrix(matrix: MatrixRow[]): void {
  const lines = matrix.map((r) => `${r.file.padEnd(28)} ${r.pattern.padEnd(32)} ${String(r.verified).padStart(4)} verified / ${String(r.applicable).padStart(4)} applicable / ${String(r.candidates).padStart(4)} candidates${Object.keys(r.declined).length ? `  declined: ${Object.entries(r.declined).map(([k, v]) => `${v}× ${k}`).join('; ')}` : ''}`);
  console.log(`pattern matrix\n${lines.join('\n')}`);
  if (process.env.PATTERN_MATRIX) writeFileSync(process.env.PATTERN_MATRIX, `${JSON.stringify(matrix)}\n`, { flag: 'a' });
}

/** `patterns`: only these (all by default); `variants`: also the parameter variants (default true). */
export function describeContract(files: string[], options: { limit?: number; patterns?: PatternId[]; variants?: boolean } = {}): void {
  const limit = options.limit ?? Infinity;
  const patterns = options.patterns ? PATTERNS.filter((p) => options.patterns!.includes(p.id)) : PATTERNS;
  const variants = options.variants === false ? [] : VARIANTS;
  const matrix: MatrixRow[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'schemawise-patterns-'));
  const written: string[] = [];

  beforeAll(async () => {
    await initParser();
  });

  afterAll(() => printMatrix(matrix));

  for (const file of files) {
    describe(file, () => {
      let baseline: Baseline;
      beforeAll(async () => {
        baseline = await loadBaseline(file);
      }, 120_000);

      for (const pattern of patterns) {
        test(pattern.id, async () => {
          const candidates = targetsOf(baseline.schema, pattern.scope);
          const declined: Record<string, number> = {};
          const applicable: (QualifiedName | undefined)[] = [];
          for (const target of candidates) {
            const verdict = pattern.appliesTo(baseline.schema, target);
            if (verdict.ok) applicable.push(target);
            else declined[summarize(verdict.reason)] = (declined[summarize(verdict.reason)] ?? 0) + 1;
          }
          const applications: PatternApplication[] = sample(applicable, limit).map((target) => ({ pattern: pattern.id, ...(target ? { target } : {}) }));
          const verified = await checkApplications(baseline, pattern, applications, written, dir);
          matrix.push({ file, pattern: pattern.id, candidates: candidates.length, applicable: applicable.length, verified, declined });
        }, 180_000);
      }

      for (const variant of variants) {
        test(variant.label, async () => {
          const pattern = PATTERNS_BY_ID[variant.pattern];
          const candidates = targetsOf(baseline.schema, pattern.scope) as QualifiedName[];
          const applications: PatternApplication[] = [];
          for (const target of candidates) {
            if (pattern.appliesTo(baseline.schema, target).ok) continue; // the defaults already cover it
            const params = variant.params(baseline.schema, target);
            if (params && pattern.appliesTo(baseline.schema, target, params).ok) applications.push({ pattern: pattern.id, target, params });
          }
          const chosen = sample(applications, limit);
          const verified = await checkApplications(baseline, pattern, chosen, written, dir, variant.label);
          matrix.push({ file, pattern: variant.label, candidates: candidates.length, applicable: applications.length, verified, declined: {} });
        }, 180_000);
      }
    });
  }

  squawkTest(written);
}
