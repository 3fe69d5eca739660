/**
 * definePattern: each pattern module writes one `analyze` that either declines with a reason or
 * returns the changes; `appliesTo` and `plan` are derived from it, after the parameters and the
 * target have been checked the same way for every pattern.
 */
import type { SchemaChange } from '../changes/types';
import type { QualifiedName, Schema, Table, View } from '../model/types';
import { findTable, findView, hierarchyReason } from './build';
import { validateParams } from './params';
import { type Applicability, type ParamSpec, type Pattern, PatternError, type PatternId, type PatternScope } from './types';

export type Analysis = { ok: true; changes: SchemaChange[] } | { ok: false; reason: string };

export const decline = (reason: string): Analysis => ({ ok: false, reason });
export const changes = (list: SchemaChange[]): Analysis => ({ ok: true, changes: list });

interface Common<P extends object> {
  id: PatternId;
  title: string;
  description: string;
  defaultParams: P;
  params: ParamSpec[];
  serves: string[];
}

export interface TablePatternDefinition<P extends object> extends Common<P> {
  /** The pattern's changes are right on a partitioned table too (see hierarchyReason). */
  partitionedTables?: boolean;
  analyze(schema: Schema, table: Table, params: P): Analysis;
}

export interface ViewPatternDefinition<P extends object> extends Common<P> {
  analyze(schema: Schema, view: View, params: P): Analysis;
}

export interface SchemaPatternDefinition<P extends object> extends Common<P> {
  /** `target`: the table named by the application, when it names one. */
  analyze(schema: Schema, target: QualifiedName | undefined, params: P): Analysis;
}

function build<P extends object>(definition: Common<P>, scope: PatternScope, run: (schema: Schema, target: QualifiedName | undefined, params: P) => Analysis): Pattern<P> {
  const analyze = (schema: Schema, target: QualifiedName | undefined, params: Record<string, unknown> | undefined): Analysis => {
    const checked = validateParams(definition.id, definition.params, definition.defaultParams, params);
    if (!checked.ok) return decline(checked.errors.join('; '));
    return run(schema, target, checked.params);
  };
  return {
    id: definition.id,
    title: definition.title,
    description: definition.description,
    scope,
    defaultParams: definition.defaultParams,
    params: definition.params,
    serves: definition.serves,
    appliesTo(schema, target, params): Applicability {
      const result = analyze(schema, target, params);
      return result.ok ? { ok: true } : result;
    },
    plan(schema, target, params) {
      const result = analyze(schema, target, params);
      if (!result.ok) throw new PatternError(`${definition.id}: ${result.reason}`);
      return result.changes;
    },
  };
}

export function defineTablePattern<P extends object>(definition: TablePatternDefinition<P>): Pattern<P> {
  return build(definition, 'table', (schema, target, params) => {
    if (!target) return decline(`${definition.id} applies to a table: name one`);
    const table = findTable(schema, target);
    if (!table) return decline(findView(schema, target) ? `${target.schema}.${target.name} is a view, not a table` : `there is no table ${target.schema}.${target.name}`);
    const hierarchy = hierarchyReason(schema, table, definition.partitionedTables);
    if (hierarchy) return decline(hierarchy);
    return definition.analyze(schema, table, params);
  });
}

export function defineViewPattern<P extends object>(definition: ViewPatternDefinition<P>): Pattern<P> {
  return build(definition, 'materialized-view', (schema, target, params) => {
    if (!target) return decline(`${definition.id} applies to a materialized view: name one`);
    const view = findView(schema, target);
    if (!view) return decline(findTable(schema, target) ? `${target.schema}.${target.name} is a table, not a materialized view` : `there is no materialized view ${target.schema}.${target.name}`);
    if (!view.materialized) return decline(`${view.name} is a plain view: only materialized views are refreshed`);
    return definition.analyze(schema, view, params);
  });
}

export function defineSchemaPattern<P extends object>(definition: SchemaPatternDefinition<P>): Pattern<P> {
  return build(definition, 'schema', (schema, target, params) => definition.analyze(schema, target, params));
}
