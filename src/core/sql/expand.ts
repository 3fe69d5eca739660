/**
 * Dependants around a change: for every change Postgres would refuse while other objects depend
 * on what it drops or retypes (dependencies.ts), those objects are dropped first and created
 * again from the target schema afterwards, unless the changes already drop them. Renames need
 * nothing: Postgres follows objects by identity, so a renamed table keeps its views and keys.
 *
 * The result is the change list with the extra drops and adds, and the phase some changes must
 * run in instead of their usual one (a function dropped to be created anew goes before the
 * types and functions are created; a default dropped around a change goes with the other
 * dependants' drops).
 */
import { applyChanges } from '../changes/apply';
import type { SchemaChange, TableConstraint } from '../changes/types';
import { tableConstraints } from '../diff/tables';
import { keyOf, sameName } from '../model/names';
import type { Schema, Table } from '../model/types';
import { type Dependant, dependantId, dependantsOfColumn, dependantsOfKey, dependantsOfRelation, dependantsOfRoutine, routineReadsRelations, withTransitiveDependants } from './dependencies';
import type { Phase } from './plan-types';
import { expressionsSurvive } from './type-casts';

export interface ExpandedChanges {
  changes: SchemaChange[];
  /** Changes that run in another phase than their statements say. */
  phases: Map<SchemaChange, Phase>;
  /** Changes that drop and re-create something that holds no data of its own (a generated column). */
  rebuilt: Set<SchemaChange>;
}

const RENAMES = new Set<SchemaChange['kind']>(['rename-table', 'rename-column', 'rename-constraint', 'rename-index', 'rename-view', 'rename-enum-value']);

/** The dependants a change would trip over, in the schema as it is before the change. */
function blockedBy(schema: Schema, change: SchemaChange): Dependant[] {
  switch (change.kind) {
    case 'alter-column': {
      if (!change.set.type && change.set.collation === undefined) return [];
      const column = schema.tables[keyOf(change.table)]?.columns.find((c) => c.name === change.column);
      if (!column) return [];
      const survive = !change.set.type || expressionsSurvive(column.type, change.set.type, schema);
      return dependantsOfColumn(schema, change.table, change.column, 'retype', survive);
    }
    case 'drop-column':
      return dependantsOfColumn(schema, change.table, change.column, 'drop');
    case 'drop-view':
      return dependantsOfRelation(schema, change.view);
    case 'drop-routine':
      return dependantsOfRoutine(schema, change.routine);
    case 'drop-constraint': {
      const table = schema.tables[keyOf(change.table)];
      const key = table?.primaryKey?.name === change.name ? table.primaryKey : table?.uniqueConstraints.find((u) => u.name === change.name);
      return key ? dependantsOfKey(schema, change.table, key.columns) : [];
    }
    case 'drop-index': {
      const index = schema.tables[keyOf(change.table)]?.indexes.find((ix) => ix.name === change.name);
      if (!index?.unique || index.where || !index.elements.every((e) => e.column)) return [];
      return dependantsOfKey(schema, change.table, index.elements.map((e) => e.column!));
    }
    default:
      return [];
  }
}

/** The change in the list that already drops this dependant, if any. */
function droppedBy(changes: readonly SchemaChange[], d: Dependant): SchemaChange | undefined {
  return changes.find((c) => {
    switch (d.kind) {
      case 'view':
        return c.kind === 'drop-view' && sameName(c.view, d.view);
      case 'routine':
        return c.kind === 'drop-routine' && sameName(c.routine, d.routine) && c.routine.signature === d.routine.signature;
      case 'policy':
        return c.kind === 'drop-policy' && sameName(c.table, d.table) && c.name === d.name;
      case 'trigger':
        return c.kind === 'drop-trigger' && sameName(c.table, d.table) && c.name === d.name;
      case 'constraint':
        return c.kind === 'drop-constraint' && sameName(c.table, d.table) && c.name === d.name;
      case 'index':
        return c.kind === 'drop-index' && sameName(c.table, d.table) && c.name === d.name;
      case 'generated':
        return c.kind === 'drop-column' && sameName(c.table, d.table) && c.column === d.column;
      case 'default':
        return false;
    }
  });
}

/** Drop and re-create changes for a dependant; `recreate` is absent when the target lacks it. */
function rebuildChanges(from: Schema, to: Schema, d: Dependant): { drop: SchemaChange; dropPhase?: Phase; recreate?: SchemaChange; recreatePhase?: Phase; rebuilt?: boolean } | undefined {
  switch (d.kind) {
    case 'view': {
      const after = to.views[keyOf(d.view)];
      return { drop: { kind: 'drop-view', view: d.view }, ...(after ? { recreate: { kind: 'add-view', view: after } } : {}) };
    }
    case 'routine': {
      const key = `${keyOf(d.routine)}(${d.routine.signature})`;
      const after = to.routines[key];
      return { drop: { kind: 'drop-routine', routine: d.routine }, dropPhase: 'drop-dependents', ...(after ? { recreate: { kind: 'add-routine', routine: after }, recreatePhase: 'views' as const } : {}) };
    }
    case 'policy': {
      const after = to.tables[keyOf(d.table)]?.policies.find((p) => p.name === d.name);
      return { drop: { kind: 'drop-policy', table: d.table, name: d.name }, ...(after ? { recreate: { kind: 'add-policy', table: d.table, policy: after } } : {}) };
    }
    case 'trigger': {
      const owner = to.tables[keyOf(d.table)] ?? to.views[keyOf(d.table)];
      const after = owner?.triggers.find((t) => t.name === d.name);
      return { drop: { kind: 'drop-trigger', table: d.table, name: d.name }, ...(after ? { recreate: { kind: 'add-trigger', table: d.table, trigger: after } } : {}) };
    }
    case 'constraint': {
      const table = to.tables[keyOf(d.table)];
      const after = table ? constraintOf(table, d.name) : undefined;
      return { drop: { kind: 'drop-constraint', table: d.table, name: d.name }, ...(after ? { recreate: { kind: 'add-constraint', table: d.table, constraint: after } } : {}) };
    }
    case 'index': {
      const after = to.tables[keyOf(d.table)]?.indexes.find((ix) => ix.name === d.name);
      return { drop: { kind: 'drop-index', table: d.table, name: d.name }, ...(after ? { recreate: { kind: 'add-index', table: d.table, index: after } } : {}) };
    }
    case 'default': {
      const after = to.tables[keyOf(d.table)]?.columns.find((c) => c.name === d.column);
      const recreate: SchemaChange | undefined = after?.default !== undefined ? { kind: 'alter-column', table: d.table, column: d.column, set: { default: after.default } } : undefined;
      return { drop: { kind: 'alter-column', table: d.table, column: d.column, set: { default: null } }, dropPhase: 'drop-dependents', ...(recreate ? { recreate } : {}) };
    }
    case 'generated': {
      const before = from.tables[keyOf(d.table)]?.columns.find((c) => c.name === d.column);
      const after = to.tables[keyOf(d.table)]?.columns.find((c) => c.name === d.column);
      if (!before) return undefined;
      return { drop: { kind: 'drop-column', table: d.table, column: d.column }, rebuilt: true, ...(after ? { recreate: { kind: 'add-column', table: d.table, column: after } } : {}) };
    }
  }
}

function constraintOf(table: Table, name: string): TableConstraint | undefined {
  return tableConstraints(table)[name];
}

export function expandDependants(from: Schema, changes: readonly SchemaChange[]): ExpandedChanges {
  const phases = new Map<SchemaChange, Phase>();
  const rebuilt = new Set<SchemaChange>();
  const renames = changes.filter((c) => RENAMES.has(c.kind));
  const base = renames.length > 0 ? applyChanges(from, renames) : from;
  const to = applyChanges(from, changes);

  // A function dropped to be created anew (its result type changed) goes before anything is
  // created; the new one is created where its body can be checked.
  for (const [i, change] of changes.entries()) {
    if (change.kind !== 'drop-routine') continue;
    const replacement = changes.slice(i + 1).find((c) => c.kind === 'add-routine' && sameName(c.routine, change.routine) && c.routine.signature === change.routine.signature);
    if (replacement) phases.set(change, 'drop-replaced');
  }

  const found = new Map<string, Dependant>();
  for (const change of changes) for (const d of blockedBy(base, change)) found.set(dependantId(d), d);
  if (found.size === 0) return { changes: [...changes], phases, rebuilt };

  const drops: SchemaChange[] = [];
  const recreates: SchemaChange[] = [];
  /** Changes superseded by a rebuild (an altered generated column that is dropped and added anew). */
  const superseded = new Set<SchemaChange>();
  for (const d of withTransitiveDependants(base, [...found.values()])) {
    const existing = droppedBy(changes, d);
    if (existing) {
      // The changes drop it already (and add what the target has): it must only go early enough.
      if (existing.kind === 'drop-routine' && !phases.has(existing)) phases.set(existing, 'drop-dependents');
      continue;
    }
    const plan = rebuildChanges(base, to, d);
    if (!plan) continue;
    drops.push(plan.drop);
    if (d.kind === 'generated') for (const c of changes) if (c.kind === 'alter-column' && sameName(c.table, d.table) && c.column === d.column) superseded.add(c);
    if (plan.dropPhase) phases.set(plan.drop, plan.dropPhase);
    if (plan.rebuilt) rebuilt.add(plan.drop);
    if (plan.recreate) {
      recreates.push(plan.recreate);
      if (plan.recreatePhase) phases.set(plan.recreate, plan.recreatePhase);
      if (plan.rebuilt) rebuilt.add(plan.recreate);
    }
  }
  // A re-created function that reads no relation can go with the other functions.
  for (const change of recreates) {
    if (change.kind === 'add-routine' && routineReadsRelations(to, change.routine).length === 0 && !change.routine.sqlBody) phases.delete(change);
  }
  return { changes: [...renames, ...drops, ...changes.filter((c) => !RENAMES.has(c.kind) && !superseded.has(c)), ...recreates], phases, rebuilt };
}
