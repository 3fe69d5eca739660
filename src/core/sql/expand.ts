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
import type { QualifiedName, Schema, Table } from '../model/types';
import { dependantsOfRebuild } from './rebuild-dependants';
import { type Dependant, dependantId, dependantsOfColumn, dependantsOfComposite, objectsOnColumn, dependantsOfKey, dependantsOfRelation, columnsOfType, dependantsOfRoutine, routineReadsRelations, routinesOfType, withTransitiveDependants } from './dependencies';
import type { Phase } from './plan-types';
import { expressionsSurvive } from './type-casts';
import { viewReplacement } from './views';
import { refuseReplacedCollationsInUse } from './collation-refusals';
import { recreateEnums } from './enums';
import { domainCalls } from './order';
import { identityToSerial, sequencesDroppedWithOwner } from './sequences';
import { DEFAULT_PG_VERSION, supports } from './versions';

export interface ExpandedChanges {
  changes: SchemaChange[];
  /** Changes that lose data although their kind does not say so (a column dropped to be rebuilt). */
  destructive: Set<SchemaChange>;
  /** What cannot be done, with what the user must do (left out of the changes). */
  refusals: string[];
  /** Changes that run in another phase than their statements say. */
  phases: Map<SchemaChange, Phase>;
  /** Changes that drop and re-create something that holds no data of its own (a generated column). */
  rebuilt: Set<SchemaChange>;
  /**
   * Drops and re-creations of dependants around another change (a policy over a retyped column):
   * the object comes back as the target has it, so they change nothing of their own.
   */
  around: Set<SchemaChange>;
}

const RENAMES = new Set<SchemaChange['kind']>(['rename-table', 'rename-column', 'rename-constraint', 'rename-index', 'rename-view', 'rename-enum-value']);

/** The dependants a change would trip over, in the schema as it is before the change. */
function blockedBy(schema: Schema, change: SchemaChange, changes: readonly SchemaChange[]): Dependant[] {
  switch (change.kind) {
    case 'alter-column': {
      if (!change.set.type && change.set.collation === undefined) return [];
      const column = schema.tables[keyOf(change.table)]?.columns.find((c) => c.name === change.column);
      if (!column) return [];
      const survive = !change.set.type || expressionsSurvive(column.type, change.set.type, schema);
      return dependantsOfColumn(schema, change.table, change.column, 'retype', survive);
    }
    case 'drop-column': {
      const dependants = dependantsOfColumn(schema, change.table, change.column, 'drop');
      // A column dropped to be added again (rebuilt) needs its keys and indexes back too.
      const again = changes.some((c) => c.kind === 'add-column' && sameName(c.table, change.table) && c.column.name === change.column);
      return again ? [...objectsOnColumn(schema, change.table, change.column), ...dependants] : dependants;
    }
    case 'drop-view':
      return dependantsOfRelation(schema, change.view);
    case 'drop-table':
      // Another table's foreign key to it holds the drop back (a surviving table's is dropped
      // by the changes already). One on a table dropped too goes first on its own: dropped
      // tables that refer to each other, even in a cycle, then go in any order, and the down
      // migration creates them all before it adds the keys back.
      return [...dependantsOfRelation(schema, change.table), ...foreignKeysTo(schema, change.table)];
    case 'rebuild-table':
      return dependantsOfRebuild(schema, change.table);
    case 'drop-routine':
      return dependantsOfRoutine(schema, change.routine);
    case 'drop-type':
      // A type dropped to be created anew (a domain's new base type): the functions whose
      // arguments or result are of it go first and are created again after it.
      return routinesOfType(schema, change.type).map((r): Dependant => ({ kind: 'routine', routine: { schema: r.schema, name: r.name, signature: r.signature } }));
    case 'alter-composite':
      // Only a function the migration creates again has its body checked: one it replaces or
      // drops (the down migration creates it again) goes before the change and comes after it.
      return dependantsOfComposite(schema, change.type).filter((d) => d.kind === 'routine' && changes.some((c) => (c.kind === 'drop-routine' || c.kind === 'replace-routine') && sameName(c.routine, d.routine) && c.routine.signature === d.routine.signature));
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

/** Other tables' own foreign keys that reference this table (a partition's copy goes with its parent's). */
function foreignKeysTo(schema: Schema, table: QualifiedName): Dependant[] {
  return Object.values(schema.tables).flatMap((other) => (sameName(other, table) ? [] : other.foreignKeys
    .filter((fk) => !fk.partitionOf && sameName(fk.references, table))
    .map((fk): Dependant => ({ kind: 'constraint', table: { schema: other.schema, name: other.name }, name: fk.name }))));
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
      return { drop: { kind: 'drop-routine', routine: d.routine }, dropPhase: 'drop-views', ...(after ? { recreate: { kind: 'add-routine', routine: after }, recreatePhase: 'views' as const } : {}) };
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

/** Whether a change replaces this dependant in place (it must then be dropped and created instead). */
function replacedBy(change: SchemaChange, d: Dependant): boolean {
  if (d.kind === 'view') return change.kind === 'replace-view' && sameName(change.view, d.view);
  if (d.kind === 'routine') return change.kind === 'replace-routine' && sameName(change.routine, d.routine) && change.routine.signature === d.routine.signature;
  return false;
}

/**
 * Views changed in a way CREATE OR REPLACE cannot do (views.ts) become a drop and a create. So
 * do views that gain columns while something depends on them: the down migration would have
 * to take the columns away again, which only a re-creation can.
 */
function splitViewReplacements(base: Schema, changes: readonly SchemaChange[]): SchemaChange[] {
  return changes.flatMap((change): SchemaChange[] => {
    if (change.kind !== 'replace-view') return [change];
    const before = base.views[keyOf(change.view)];
    const mode = before ? viewReplacement(before, change.view) : false;
    // The same query expanding `*` to more columns: only a re-creation after the new columns,
    // and (down) after they are dropped again, gives each side its columns.
    const reExpanded = mode === 'appended' && before?.query === change.view.query;
    if (mode === 'same' || (mode === 'appended' && !reExpanded && dependantsOfRelation(base, change.view).length === 0)) return [change];
    return [{ kind: 'drop-view', view: { schema: change.view.schema, name: change.view.name } }, { kind: 'add-view', view: change.view }];
  });
}

/**
 * Columns that cannot change in place: a plain column becoming generated (SET EXPRESSION only
 * works on generated columns), a generated expression before Postgres 17, stored <-> virtual.
 * They are dropped and added again: a plain column's values are lost (and replaced by the
 * expression's), a generated column's are recomputed.
 */
function splitColumnRebuilds(base: Schema, to: Schema, changes: readonly SchemaChange[], pgVersion: number, rebuilt: Set<SchemaChange>, destructive: Set<SchemaChange>): SchemaChange[] {
  return changes.flatMap((change): SchemaChange[] => {
    if (change.kind !== 'alter-column' || !change.set.generated) return [change];
    const before = base.tables[keyOf(change.table)]?.columns.find((c) => c.name === change.column);
    const after = to.tables[keyOf(change.table)]?.columns.find((c) => c.name === change.column);
    if (!before || !after) return [change];
    const inPlace = before.generated && before.generated.stored === change.set.generated.stored && supports(pgVersion, 'setExpression');
    if (inPlace) return [change];
    const drop: SchemaChange = { kind: 'drop-column', table: change.table, column: change.column };
    const add: SchemaChange = { kind: 'add-column', table: change.table, column: after };
    if (before.generated) rebuilt.add(drop).add(add);
    else destructive.add(add);
    return [drop, add];
  });
}

/** The name a change gives a new relation or type. */
function createdName(change: SchemaChange): string | undefined {
  switch (change.kind) {
    case 'add-table': return keyOf(change.table);
    case 'add-view': return keyOf(change.view);
    case 'add-sequence': return keyOf(change.sequence);
    case 'add-type': return keyOf(change.type);
    // Collations have a namespace of their own (pg_collation).
    case 'add-collation': return `collation ${keyOf(change.collation)}`;
    default: return undefined;
  }
}

/** The name a dropped table, sequence, type or collation frees (a dropped view goes early already). */
function droppedName(change: SchemaChange): string | undefined {
  switch (change.kind) {
    case 'drop-table': return keyOf(change.table);
    case 'drop-sequence': return keyOf(change.sequence);
    case 'drop-type': return keyOf(change.type);
    case 'drop-collation': return `collation ${keyOf(change.collation)}`;
    default: return undefined;
  }
}

/**
 * A type that must be dropped and created anew (a domain given another base type, a composite
 * turned into a domain) while columns that stay are of it: DROP TYPE would take the columns'
 * data along (Postgres refuses it without CASCADE), and no ALTER can convert them through it.
 * The change is refused, saying what to do; both of its halves are left out.
 */
function refuseRetypedUnderColumns(base: Schema, changes: SchemaChange[], refusals: string[]): SchemaChange[] {
  const leftOut = new Set<SchemaChange>();
  for (const drop of changes) {
    if (drop.kind !== 'drop-type') continue;
    const add = changes.find((c) => c.kind === 'add-type' && sameName(c.type, drop.type));
    if (!add) continue;
    const kept = columnsOfType(base, drop.type).filter(({ table, column }) => !changes.some((c) =>
      (c.kind === 'drop-table' && sameName(c.table, table)) ||
      (c.kind === 'drop-column' && sameName(c.table, table) && c.column === column.name) ||
      (c.kind === 'alter-column' && sameName(c.table, table) && c.column === column.name && c.set.type !== undefined)));
    if (kept.length === 0) continue;
    const used = kept.map(({ table, column }) => `${table.name}.${column.name}`).join(', ');
    refusals.push(`type ${drop.type.schema}.${drop.type.name} changes in a way Postgres can only make by dropping it and creating it again, and ${used} ${kept.length === 1 ? 'is' : 'are'} of it: change ${kept.length === 1 ? 'that column' : 'those columns'} to another type first (or create a new type under another name and move the columns to it), then drop the old type`);
    leftOut.add(drop).add(add);
  }
  return leftOut.size === 0 ? changes : changes.filter((c) => !leftOut.has(c));
}

export function expandDependants(from: Schema, original: readonly SchemaChange[], pgVersion: number = DEFAULT_PG_VERSION): ExpandedChanges {
  const phases = new Map<SchemaChange, Phase>();
  const rebuilt = new Set<SchemaChange>();
  const around = new Set<SchemaChange>();
  const destructive = new Set<SchemaChange>();
  const renames = original.filter((c) => RENAMES.has(c.kind));
  const base = renames.length > 0 ? applyChanges(from, renames) : from;
  const to = applyChanges(from, original);
  const ownedGone = sequencesDroppedWithOwner(base, original);
  const refusals: string[] = [];
  const enumsRecreated = recreateEnums(base, to, splitViewReplacements(base, original), phases, refusals);
  const changes = identityToSerial(splitColumnRebuilds(base, to, refuseReplacedCollationsInUse(base, refuseRetypedUnderColumns(base, enumsRecreated, refusals), refusals), pgVersion, rebuilt, destructive).filter((c) => !ownedGone.has(c)), phases);

  // A function dropped to be created anew (its result type changed) goes before anything is
  // created; the new one is created where its body can be checked.
  for (const [i, change] of changes.entries()) {
    if (change.kind !== 'drop-routine') continue;
    const replacement = changes.slice(i + 1).find((c) => c.kind === 'add-routine' && sameName(c.routine, change.routine) && c.routine.signature === change.routine.signature);
    if (replacement && !phases.has(change)) phases.set(change, 'drop-replaced');
  }

  // A table, sequence or type whose name a new relation or type takes (a table replaced by a
  // view of its name) goes before anything is created: they share one namespace (pg_class, and
  // pg_type for every relation's row type). So does a collation created anew with other options.
  const takenNames = new Set(changes.flatMap((c) => { const made = createdName(c); return made ? [made] : []; }));
  for (const change of changes) {
    const gone = droppedName(change);
    if (gone && takenNames.has(gone) && !phases.has(change)) phases.set(change, 'drop-replaced');
  }

  // A partition dropped from a parent that gains a partition (attached, created, or attached
  // again with a new bound) goes first: the new bound may cover the dropped one's ("would overlap").
  const gainsPartition = (parent: QualifiedName) => changes.some((c) =>
    (c.kind === 'attach-partition' && sameName(c.parent, parent)) || (c.kind === 'add-table' && c.table.partitionOf !== undefined && sameName(c.table.partitionOf.parent, parent)));
  for (const change of changes) {
    const parent = change.kind === 'drop-table' ? base.tables[keyOf(change.table)]?.partitionOf?.parent : undefined;
    if (parent && gainsPartition(parent) && !phases.has(change)) phases.set(change, 'drop-replaced');
  }

  // A domain whose check or default calls a function the migration creates waits for it, with
  // the functions (order.ts puts it after the ones it calls, before those over it).
  const createdRoutines = new Set(changes.flatMap((c) => (c.kind === 'add-routine' ? [`routine ${keyOf(c.routine)}`] : [])));
  for (const change of changes) {
    if (change.kind === 'add-type' && !phases.has(change) && domainCalls(to, change.type).some((r) => createdRoutines.has(r))) phases.set(change, 'functions');
  }

  const found = new Map<string, Dependant>();
  for (const change of changes) for (const d of blockedBy(base, change, changes)) found.set(dependantId(d), d);

  const drops: SchemaChange[] = [];
  const recreates: SchemaChange[] = [];
  /** Changes superseded by a rebuild (an altered generated column that is dropped and added anew). */
  const superseded = new Set<SchemaChange>();
  for (const d of withTransitiveDependants(base, [...found.values()])) {
    const replacement = changes.find((c) => replacedBy(c, d));
    if (replacement) superseded.add(replacement);
    const existing = droppedBy(changes, d);
    if (existing) {
      // The changes drop it already (and add what the target has): it must only go early
      // enough, with the other dependants' drops.
      if (existing.kind === 'drop-routine' && !phases.has(existing)) phases.set(existing, 'drop-views');
      if (!drops.includes(existing)) drops.push(existing);
      // A generated column rebuilt for a change of its own (a new expression before Postgres 17,
      // split into drop and add) is added back after the change that needed it gone too (a
      // retyped column it reads): added before, it would block that change again.
      if (existing.kind === 'drop-column') {
        const add = changes.find((c) => c.kind === 'add-column' && sameName(c.table, existing.table) && c.column.name === existing.column);
        if (add && !recreates.includes(add)) recreates.push(add);
      }
      continue;
    }
    const plan = rebuildChanges(base, to, d);
    if (!plan) continue;
    drops.push(plan.drop);
    // Dropped for good (nothing in the target to build again) is a change of its own.
    if (plan.recreate) around.add(plan.drop).add(plan.recreate);
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
  const rest = [...drops, ...changes.filter((c) => !RENAMES.has(c.kind) && !superseded.has(c) && !drops.includes(c) && !recreates.includes(c))];
  // Views (and the functions that read them) are dropped before any rename, under the names
  // they had: in the down migration, which runs backwards, they are created again after the
  // renames are undone, so their old definitions find the old names.
  const early = (c: SchemaChange) => c.kind === 'drop-view' || (c.kind === 'drop-routine' && phases.get(c) === 'drop-views');
  const keptRenames = renames.filter((r) => !(r.kind === 'rename-view' && rest.some((c) => c.kind === 'drop-view' && sameName(c.view, { schema: r.view.schema, name: r.newName }))));
  const viewDrops = rest.filter(early).map((c): SchemaChange => {
    if (c.kind !== 'drop-view') return c;
    const rename = renames.find((r) => r.kind === 'rename-view' && sameName(c.view, { schema: r.view.schema, name: r.newName }));
    return rename?.kind === 'rename-view' ? { kind: 'drop-view', view: rename.view } : c;
  });
  for (const [i, c] of rest.filter(early).entries()) if (phases.has(c)) phases.set(viewDrops[i]!, phases.get(c)!);
  return { changes: [...viewDrops, ...keptRenames, ...rest.filter((c) => !early(c)), ...recreates], phases, rebuilt, around, destructive, refusals };
}
