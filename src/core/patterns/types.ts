/**
 * Shapes of the design patterns (DESIGN.md §4): a pattern is a pure transform
 * `plan(schema, target, params) -> SchemaChange[]` with `appliesTo` saying why it does not apply
 * when it does not. The document keeps only `PatternApplication`s; the target schema is always
 * recomputed from them, so turning a pattern off is removing its application.
 */
import type { SchemaChange } from '../changes/types';
import type { QualifiedName, Schema } from '../model/types';

/** Pattern ids are fixed: the CLI, saved documents, rule fixes and docs use them. */
export type PatternId =
  | 'audit-columns'
  | 'history-table'
  | 'soft-delete'
  | 'polymorphic-arc'
  | 'effective-dating'
  | 'adjacency-list'
  | 'ltree-path'
  | 'outbox-publisher'
  | 'mv-concurrent-refresh'
  | 'event-store'
  | 'outbox'
  | 'idempotency-keys';

export const PATTERN_IDS: readonly PatternId[] = [
  'audit-columns',
  'history-table',
  'soft-delete',
  'polymorphic-arc',
  'effective-dating',
  'adjacency-list',
  'ltree-path',
  'outbox-publisher',
  'mv-concurrent-refresh',
  'event-store',
  'outbox',
  'idempotency-keys',
];

export function isPatternId(value: unknown): value is PatternId {
  return typeof value === 'string' && (PATTERN_IDS as readonly string[]).includes(value);
}

/** One pattern turned on: for a table or materialized view, or (no target) for the schema. */
export interface PatternApplication {
  pattern: PatternId;
  /**
   * The table or materialized view. Schema-level patterns take none, or the table to create or
   * complete (a rule fix names the existing outbox / event store / idempotency table).
   */
  target?: QualifiedName;
  params?: Record<string, unknown>;
}

/** What a pattern applies to. */
export type PatternScope = 'table' | 'materialized-view' | 'schema';

/**
 * Kinds of parameter values, for the UI's form and for validation:
 * - string: text; boolean: true / false; choice: one of `choices`;
 * - columns: string[] of column names of the target;
 * - table: `schema.name` or `name` (a table);
 * - mapping: Record<string, string>, e.g. a type-tag value -> its parent table.
 */
export type ParamKind = 'string' | 'boolean' | 'choice' | 'columns' | 'table' | 'mapping';

export interface ParamSpec {
  name: string;
  label: string;
  kind: ParamKind;
  choices?: readonly string[];
  /** One sentence for the form: what it does, what the default means. */
  help: string;
  /** Setting it makes the migration lose data (the UI asks first; the CLI allows the step). */
  destructive?: boolean;
}

export type Applicability = { ok: true } | { ok: false; reason: string };

export interface Pattern<P extends object = Record<string, unknown>> {
  id: PatternId;
  title: string;
  /** One paragraph, user-facing. */
  description: string;
  scope: PatternScope;
  defaultParams: P;
  params: ParamSpec[];
  /** Ids of the rules the pattern satisfies on its target (the contract test lints for them). */
  serves: string[];
  /** Whether the pattern can be applied, and why not. Parameter errors are reasons too. */
  appliesTo(schema: Schema, target?: QualifiedName, params?: Record<string, unknown>): Applicability;
  /**
   * The changes that apply the pattern: a pure function of its arguments. Planning again on the
   * result gives `[]`. Throws PatternError when `appliesTo` says no.
   */
  plan(schema: Schema, target?: QualifiedName, params?: Record<string, unknown>): SchemaChange[];
}

/** A pattern asked to do what it cannot (`appliesTo` gives the same reason). */
export class PatternError extends Error {
  override name = 'PatternError';
}
