/**
 * applyPatterns: the target schema from a baseline and the document's pattern applications, each
 * planned on the schema the previous ones produced and applied with applyChanges. An application
 * that does not apply (wrong target, bad parameter, a pattern's own reason) is reported in its
 * result, not thrown, and leaves the schema as it was.
 */
import { applyChanges, ChangeError } from '../changes/apply';
import type { SchemaChange } from '../changes/types';
import type { QualifiedName, Schema } from '../model/types';
import { PATTERNS_BY_ID } from './registry';
import { isPatternId, type PatternApplication, PatternError } from './types';
import { appendAll } from '../lib/arrays';

export interface ApplicationResult {
  application: PatternApplication;
  ok: boolean;
  /** Why it was not applied. */
  reason?: string;
  /** What it changed (empty when declined, or when the pattern was already in place). */
  changes: SchemaChange[];
}

export interface AppliedPatterns {
  /** The schema with every application that applies. */
  schema: Schema;
  /** All the changes, in order: plan them for the migration (they carry the backfills). */
  changes: SchemaChange[];
  results: ApplicationResult[];
}

/**
 * The order patterns are applied in, whatever the order they were turned on: patterns that add
 * columns first, then history-table (its history table mirrors the columns they added), then the
 * ones that only add triggers, views' indexes, or tables of their own.
 */
const ORDER: readonly string[] = [
  'audit-columns', 'soft-delete', 'polymorphic-arc', 'effective-dating', 'adjacency-list', 'ltree-path',
  'history-table', 'outbox', 'outbox-publisher', 'mv-concurrent-refresh', 'event-store', 'idempotency-keys',
];

function rank(application: PatternApplication): number {
  const at = ORDER.indexOf(application.pattern);
  return at === -1 ? ORDER.length : at;
}

/**
 * Applies every application to `schema`, in ORDER by pattern and in the given order within a
 * pattern. `results` are in the order of `applications`.
 */
export function applyPatterns(schema: Schema, applications: readonly PatternApplication[]): AppliedPatterns {
  let current = schema;
  const all: SchemaChange[] = [];
  const results: ApplicationResult[] = new Array(applications.length);
  const order = applications.map((application, index) => ({ application, index })).sort((a, b) => rank(a.application) - rank(b.application) || a.index - b.index);
  for (const { application, index } of order) {
    const push = (result: ApplicationResult) => {
      results[index] = result;
    };
    if (!isPatternId(application.pattern)) {
      push({ application, ok: false, reason: `unknown pattern ${String(application.pattern)}`, changes: [] });
      continue;
    }
    const pattern = PATTERNS_BY_ID[application.pattern];
    const target = application.target as QualifiedName | undefined;
    let changes: SchemaChange[];
    try {
      // plan() declines exactly when appliesTo() says no, with the same reason.
      changes = pattern.plan(current, target, application.params);
      current = applyChanges(current, changes);
    } catch (error) {
      if (error instanceof PatternError) push({ application, ok: false, reason: error.message.replace(`${application.pattern}: `, ''), changes: [] });
      else if (error instanceof ChangeError) push({ application, ok: false, reason: `its changes do not apply: ${error.message}`, changes: [] });
      else throw error;
      continue;
    }
    appendAll(all, changes);
    push({ application, ok: true, changes });
  }
  return { schema: current, changes: all, results };
}

/**
 * Whether an application sets a parameter that loses data (dropTypeTag, replacePeriodColumns):
 * the user asked for those steps, so the migration includes them.
 */
export function allowsDestructive(applications: readonly PatternApplication[]): boolean {
  return applications.some((a) => isPatternId(a.pattern) && PATTERNS_BY_ID[a.pattern].params.some((p) => p.destructive && a.params?.[p.name] === true));
}

/** The data migrations of applied patterns (to add to a diff-based plan: the diff cannot know them). */
export function dataMigrations(applied: AppliedPatterns): SchemaChange[] {
  return applied.changes.filter((c) => c.kind === 'data-migration');
}
