/**
 * RuleTester-style tables for one rule (DESIGN.md §7): valid SQL gives no diagnostic of the rule;
 * invalid SQL gives the expected count (at least one by default); and when a diagnostic carries a
 * `changes` fix, applying it with applyChanges yields a schema on which the rule no longer reports
 * that target.
 */
import { describe, expect, test } from 'vitest';
import { applyChanges } from '../../../src/core/changes';
import type { Schema } from '../../../src/core/model/types';
import { importSqlAsync } from '../../../src/core/parse';
import { lint } from '../../../src/core/rules/engine';
import type { Diagnostic, Rule, Target } from '../../../src/core/rules/types';

export interface InvalidCase {
  sql: string;
  /** Exact number of diagnostics of the rule; at least one when omitted. */
  messages?: number;
  /** Require a `changes` fix on every diagnostic (and check that applying it clears the target). */
  fixed?: true;
  /** Options for the rule (merged over its defaultOptions). */
  options?: Record<string, unknown>;
  /** A name for the test; the first line of the SQL when omitted. */
  name?: string;
}

export interface ValidCase {
  sql: string;
  options?: Record<string, unknown>;
  name?: string;
}

export interface RuleTesterCases {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

/** Imports SQL and fails on parse errors, so a test never silently lints half a schema. */
export async function importClean(sql: string): Promise<Schema> {
  const { schema, issues } = await importSqlAsync(sql);
  const errors = issues.filter((i) => i.severity === 'error');
  expect(errors.map((e) => e.message), 'the SQL must import without errors').toEqual([]);
  return schema;
}

/** Lints with only `rule` enabled, at 'warn'. */
export function lintWith(rule: Rule, schema: Schema, options?: Record<string, unknown>): Diagnostic[] {
  const config = { rules: { [rule.meta.id]: 'warn' as const }, ...(options ? { options: { [rule.meta.id]: options } } : {}) };
  return lint(schema, { config, rules: [rule] }).filter((d) => d.ruleId === rule.meta.id);
}

export function sameTarget(a: Target, b: Target): boolean {
  return a.schema === b.schema && a.table === b.table && a.column === b.column && a.name === b.name;
}

/**
 * Names that share a schema's relation namespace (tables, views, indexes, and the indexes behind
 * primary key, unique and exclusion constraints) and occur more than once: a fix must not create
 * an object Postgres would refuse with `relation ... already exists`.
 */
export function duplicateRelationNames(schema: Schema): string[] {
  const seen = new Map<string, number>();
  const add = (ns: string, name: string) => seen.set(`${ns}.${name}`, (seen.get(`${ns}.${name}`) ?? 0) + 1);
  for (const t of Object.values(schema.tables)) {
    add(t.schema, t.name);
    if (t.primaryKey) add(t.schema, t.primaryKey.name);
    for (const u of t.uniqueConstraints) add(t.schema, u.name);
    for (const x of t.exclusions) add(t.schema, x.name);
    for (const ix of t.indexes) add(t.schema, ix.name);
  }
  for (const v of Object.values(schema.views)) {
    add(v.schema, v.name);
    for (const ix of v.indexes) add(v.schema, ix.name);
  }
  return [...seen].filter(([, n]) => n > 1).map(([name]) => name);
}

function title(sql: string, name?: string): string {
  if (name) return name;
  const line = sql.trim().split('\n')[0]!.trim();
  return line.length > 90 ? `${line.slice(0, 87)}...` : line;
}

function describeDiagnostics(diagnostics: Diagnostic[]): string {
  return diagnostics.map((d) => `${d.message} [${JSON.stringify(d.target)}]`).join('\n') || '(none)';
}

export function ruleTester(rule: Rule, cases: RuleTesterCases): void {
  const id = rule.meta.id;
  describe(id, () => {
    describe('valid', () => {
      for (const entry of cases.valid) {
        const c = typeof entry === 'string' ? { sql: entry } : entry;
        test(title(c.sql, c.name), async () => {
          const diagnostics = lintWith(rule, await importClean(c.sql), c.options);
          expect(diagnostics, describeDiagnostics(diagnostics)).toHaveLength(0);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        test(title(c.sql, c.name), async () => {
          const schema = await importClean(c.sql);
          const diagnostics = lintWith(rule, schema, c.options);
          if (c.messages === undefined) expect(diagnostics.length, describeDiagnostics(diagnostics)).toBeGreaterThanOrEqual(1);
          else expect(diagnostics, describeDiagnostics(diagnostics)).toHaveLength(c.messages);
          for (const d of diagnostics) {
            if (c.fixed) expect(d.fix?.kind, `${d.message}: expected a changes fix`).toBe('changes');
            if (d.fix?.kind !== 'changes') continue;
            const fixed = applyChanges(schema, d.fix.changes);
            expect(duplicateRelationNames(fixed), `after "${d.fix.description}": names taken twice`).toEqual([]);
            const after = lintWith(rule, fixed, c.options);
            const still = after.filter((a) => sameTarget(a.target, d.target));
            expect(still, `after "${d.fix.description}": ${describeDiagnostics(still)}`).toHaveLength(0);
          }
        });
      }
    });
  });
}
