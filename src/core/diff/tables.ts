/**
 * The differences inside one table: columns (each aspect separately, so a default change is not
 * a column rewrite), constraints, indexes, triggers, policies and table settings. Objects that
 * Postgres manages itself (partition copies of the parent's keys, indexes, foreign keys and row
 * triggers, columns and checks inherited from a parent) are not diffed on the child: they
 * follow the parent.
 */
import type { ColumnChanges, SchemaChange, TableChanges, TableConstraint } from '../changes/types';
import type { Column, Index, ObjectRef, PrimaryKey, QualifiedName, Schema, Table, UniqueConstraint } from '../model/types';
import { mapByName, partitionMaps, same } from './compare';
import { columnSettingChanges, tablePrivilegeChanges, tableSettingChanges } from './properties';
import { appendAll } from '../lib/arrays';
import { keyOf, sameName } from '../model/names';
import { indexesAndKeys, indexServesAsKey } from '../model/key-constraints';

function ref(table: Table): QualifiedName {
  return { schema: table.schema, name: table.name };
}

function columnChanges(a: Column, b: Column): ColumnChanges | undefined {
  const set: ColumnChanges = {};
  if (!same(a.type, b.type)) set.type = b.type;
  if (a.notNull !== b.notNull) set.notNull = b.notNull;
  if (a.default !== b.default) set.default = b.default ?? null;
  if (!same(a.identity, b.identity)) set.identity = b.identity ?? null;
  if (!same(a.generated, b.generated)) set.generated = b.generated ?? null;
  if (a.collation !== b.collation) set.collation = b.collation ?? null;
  if (a.comment !== b.comment) set.comment = b.comment ?? null;
  Object.assign(set, columnSettingChanges(a, b));
  return Object.keys(set).length > 0 ? set : undefined;
}

export function tableConstraints(table: Table): Record<string, TableConstraint> {
  const record: Record<string, TableConstraint> = {};
  for (const [name, { type, constraint }] of ownConstraints(table)) record[name] = { type, ...constraint } as TableConstraint;
  return record;
}

type ConstraintOf<K extends TableConstraint['type']> = Omit<Extract<TableConstraint, { type: K }>, 'type'>;
type OwnConstraint = { [K in TableConstraint['type']]: { type: K; constraint: ConstraintOf<K> } }[TableConstraint['type']];

/** A table's own constraints by name (a later one of the same name wins), without copying them. */
/** `allChecks`: inherited CHECKs too, compared as the table's own (it gains or loses a parent). */
function ownConstraints(table: Table, allChecks = false): Map<string, OwnConstraint> {
  const map = new Map<string, OwnConstraint>();
  if (table.primaryKey && !table.primaryKey.partitionOf) map.set(table.primaryKey.name, { type: 'primary-key', constraint: table.primaryKey });
  for (const c of table.uniqueConstraints) if (!c.partitionOf) map.set(c.name, { type: 'unique', constraint: c });
  for (const c of table.foreignKeys) if (!c.partitionOf) map.set(c.name, { type: 'foreign-key', constraint: c });
  for (const c of table.checks) {
    if (allChecks) {
      const { inherited: _inherited, ...own } = c;
      map.set(c.name, { type: 'check', constraint: own });
    }
    else if (!c.inherited) map.set(c.name, { type: 'check', constraint: c });
  }
  for (const c of table.exclusions) if (!c.partitionOf) map.set(c.name, { type: 'exclusion', constraint: c });
  return map;
}

/** Two constraints are the same when their kind and their content (less `ignore`) are. */
function sameConstraint(a: OwnConstraint, b: OwnConstraint, ignore: ReadonlySet<string>): boolean {
  return a.type === b.type && same(a.constraint, b.constraint, ignore);
}

/** Comments (the constraint's and its index's) and validity are changed in place; anything else about a constraint means drop + add. */
const CONSTRAINT_IN_PLACE = new Set(['source', 'comment', 'indexComment', 'notValid']);
/** A foreign key's deferrability is changed in place too (ALTER CONSTRAINT; other constraints cannot). */
const FOREIGN_KEY_IN_PLACE = new Set([...CONSTRAINT_IN_PLACE, 'deferrable', 'initiallyDeferred']);
/** A trigger's or a policy's comment is changed in place. */
const COMMENT_IN_PLACE = new Set(['source', 'comment']);
/** What two constraints (or indexes) may differ in and still be one object renamed. */
const RENAMED_CONSTRAINT = new Set([...CONSTRAINT_IN_PLACE, 'name']);
const RENAMED_INDEX = new Set(['source', 'comment', 'name']);

/**
 * Removed and added names that are the same object under a new name, paired in order; the
 * pairs are taken out of `split.removed` and `split.added`.
 */
function renamedPairs(split: { removed: string[]; added: string[] }, alike: (oldName: string, newName: string) => boolean): [string, string][] {
  const pairs: [string, string][] = [];
  for (const oldName of [...split.removed]) {
    const newName = split.added.find((n) => alike(oldName, n));
    if (newName === undefined) continue;
    pairs.push([oldName, newName]);
    split.removed.splice(split.removed.indexOf(oldName), 1);
    split.added.splice(split.added.indexOf(newName), 1);
  }
  return pairs;
}

/** An index's comment is changed in place. */
const INDEX_IN_PLACE = new Set(['source', 'comment']);
/** ...and its storage parameters (ALTER INDEX ... SET), as those of the index behind a key, where the table is not partitioned. */
const INDEX_OPTIONS_IN_PLACE = new Set([...INDEX_IN_PLACE, 'options']);
const KEY_IN_PLACE = new Set([...CONSTRAINT_IN_PLACE, 'options']);

function optionsOf(x: object): string[] {
  return 'options' in x ? ((x.options as string[] | undefined) ?? []) : [];
}
const COMPLETED_IN_PLACE = new Set([...INDEX_IN_PLACE, 'only']);

export interface DiffTableOptions {
  /**
   * Compare every column and CHECK, inherited or not: the table is attached or detached (or gains
   * or loses an inheritance parent), so what was its own becomes the parent's (or the other way
   * round) without changing.
   */
  allColumns?: boolean;
  /**
   * Whether a parent makes a column NOT NULL, before (`from`) and after (`to`): a child's own NOT
   * NULL on a column it inherits (a partition's, under a primary key of its own) is diffed only
   * where no parent imposes it.
   */
  parentNotNull?: (side: 'from' | 'to', column: string) => boolean;
  /**
   * Whether a parent of the table (in `to`) has its check `name` NOT VALID: the table's copy of
   * it, validated on its own (VALIDATE on the child), is diffed; under a validated parent's check,
   * the parent's validation or re-adding reaches the copy.
   */
  parentCheckNotValid?: (name: string) => boolean;
  /** Whether the partition's parent keeps its index or key of that name, unchanged (see keptParentIndex). */
  keptParentIndex?: (name: string) => boolean;
}

/**
 * For a partition that stays with its parent: whether the parent has the index or key `name` in
 * both schemas with the same definition (kept, not built again), so that a partition's index
 * becoming its share is attached in place rather than by the parent's new index.
 */
export function keptParentIndex(fromSchema: Schema, toSchema: Schema, from: Table, to: Table): ((name: string) => boolean) | undefined {
  if (!from.partitionOf || !to.partitionOf || !sameName(from.partitionOf.parent, to.partitionOf.parent)) return undefined;
  const a = fromSchema.tables[keyOf(from.partitionOf.parent)];
  const b = toSchema.tables[keyOf(to.partitionOf.parent)];
  if (!a || !b) return undefined;
  return (name) => {
    const [x, y] = [indexesAndKeys(a).find((i) => i.name === name), indexesAndKeys(b).find((i) => i.name === name)];
    return x !== undefined && y !== undefined && same(x, y, AS_COPY);
  };
}

/** The table's primary or unique key of that name. */
function keyOver(table: Table, name: string): { type: 'primary-key' | 'unique'; constraint: PrimaryKey | UniqueConstraint } | undefined {
  if (table.primaryKey?.name === name) return { type: 'primary-key', constraint: table.primaryKey };
  const unique = table.uniqueConstraints.find((c) => c.name === name);
  return unique ? { type: 'unique', constraint: unique } : undefined;
}

/** What an index or key may differ in and still be the same object, attached to a parent's or detached from it. */
const AS_COPY = new Set(['source', 'comment', 'partitionOf', 'only']);

/**
 * Objects of `a` (own) whose namesake in `b` is a partition copy with the same definition, or the
 * other way round: attaching or detaching the table turns one into the other (the same index),
 * so they are neither dropped nor built.
 */
function dropSameCopies<T extends { name: string; partitionOf?: unknown }>(own: Map<string, T>, other: readonly T[]): void {
  for (const item of other) if (item.partitionOf && own.has(item.name) && same(own.get(item.name), item, AS_COPY)) own.delete(item.name);
}

/** `dropSameCopies` for primary, unique and exclusion keys (each backed by its index). */
function dropSameKeyCopies(own: Map<string, OwnConstraint>, other: Table): void {
  const keys: OwnConstraint[] = [
    ...(other.primaryKey ? [{ type: 'primary-key' as const, constraint: other.primaryKey }] : []),
    ...other.uniqueConstraints.map((constraint) => ({ type: 'unique' as const, constraint })),
    ...other.exclusions.map((constraint) => ({ type: 'exclusion' as const, constraint })),
  ];
  for (const key of keys) {
    const name = key.constraint.name;
    if ('partitionOf' in key.constraint && key.constraint.partitionOf && own.has(name) && sameConstraint(own.get(name)!, key, AS_COPY)) own.delete(name);
  }
}

export function diffTable(from: Table, to: Table, options: DiffTableOptions = {}): SchemaChange[] {
  // The same object (an unchanged table kept by reference) has no differences.
  if (from === to) return [];
  const changes: SchemaChange[] = [];
  const table = ref(to);

  const settings: TableChanges = {};
  if (from.unlogged !== to.unlogged) settings.unlogged = to.unlogged;
  if (from.rowLevelSecurity !== to.rowLevelSecurity) settings.rowLevelSecurity = to.rowLevelSecurity;
  if (from.forceRowLevelSecurity !== to.forceRowLevelSecurity) settings.forceRowLevelSecurity = to.forceRowLevelSecurity;
  if (!same(from.options, to.options)) settings.options = to.options;
  if (from.comment !== to.comment) settings.comment = to.comment ?? null;
  if (from.foreign && to.foreign && !same(from.foreign.options, to.foreign.options)) settings.foreign = to.foreign;
  Object.assign(settings, tableSettingChanges(from, to));
  if (Object.keys(settings).length > 0) changes.push({ kind: 'alter-table', table, set: settings });

  // Columns a child gets from its parent (partition or INHERITS) come and go with the parent's.
  const ownColumns = (t: Table) => mapByName(options.allColumns ? t.columns.map(({ inherited: _inherited, ...c }) => c) : t.columns.filter((c) => !c.inherited));
  const fromColumns = ownColumns(from);
  const toColumns = ownColumns(to);
  const columns = partitionMaps(fromColumns, toColumns);
  // Dropped last column first: a down migration undoes them in reverse, adding them back in
  // their original order (a `SELECT *` view and the table's layout come back as they were).
  const removedColumns = new Set(columns.removed);
  for (const column of from.columns.filter((c) => removedColumns.has(c.name)).reverse()) changes.push({ kind: 'drop-column', table, column: column.name });
  // New columns in the target's order.
  const addedColumns = new Set(columns.added);
  for (const column of to.columns.filter((c) => addedColumns.has(c.name))) {
    const { source: _source, ...plain } = column;
    changes.push({ kind: 'add-column', table, column: plain });
  }
  for (const name of columns.kept) {
    const set = columnChanges(fromColumns.get(name)!, toColumns.get(name)!);
    if (set) changes.push({ kind: 'alter-column', table, column: name, set });
  }
  const parentNotNull = options.parentNotNull;
  if (!options.allColumns && parentNotNull) {
    for (const b of to.columns) {
      const a = b.inherited ? from.columns.find((c) => c.name === b.name && c.inherited) : undefined;
      if (!a || a.notNull === b.notNull || parentNotNull('from', b.name) || parentNotNull('to', b.name)) continue;
      changes.push({ kind: 'alter-column', table, column: b.name, set: { notNull: b.notNull } });
    }
  }

  // A partition detached (or moved to another parent) keeps its clones of the old parent's
  // foreign keys as its own: compared as such, they stay, or are dropped after the detach.
  const detached = from.partitionOf && !(to.partitionOf && sameName(to.partitionOf.parent, from.partitionOf.parent));
  const fromConstraints = ownConstraints(detached ? { ...from, foreignKeys: from.foreignKeys.map(({ partitionOf: _clone, ...fk }) => fk) } : from, options.allColumns);
  const toConstraints = ownConstraints(to, options.allColumns);
  // A copy becomes the table's own only by a detach; one that goes with its parent's index or
  // key (the table staying a partition) is gone, and an own one of the target is built anew.
  dropSameKeyCopies(fromConstraints, to);
  if (detached) dropSameKeyCopies(toConstraints, from);
  const constraints = partitionMaps(fromConstraints, toConstraints);
  // A constraint that only changed its name (a table renamed, its key given the new default
  // name) is renamed: dropping and adding it would rebuild its index and re-check every row.
  for (const [oldName, newName] of renamedPairs(constraints, (o, n) => sameConstraint(fromConstraints.get(o)!, toConstraints.get(n)!, RENAMED_CONSTRAINT))) {
    changes.push({ kind: 'rename-constraint', table, name: oldName, newName });
    constraints.kept.push(newName);
    // Compared under its new name from here on (the rename takes care of the name).
    const renamed = fromConstraints.get(oldName)!;
    fromConstraints.set(newName, { ...renamed, constraint: { ...renamed.constraint, name: newName } } as OwnConstraint);
  }
  // ALTER INDEX ... SET changes an index's storage parameters in place, but not a partitioned one's.
  const indexOptionsInPlace = !from.partitioning && !to.partitioning;
  const inPlace = (name: string) => {
    const [a, b] = [fromConstraints.get(name)!, toConstraints.get(name)!];
    if (a.type === 'foreign-key') return sameConstraint(a, b, FOREIGN_KEY_IN_PLACE);
    return sameConstraint(a, b, indexOptionsInPlace && a.type !== 'check' ? KEY_IN_PLACE : CONSTRAINT_IN_PLACE);
  };
  const changedConstraints = constraints.kept.filter((n) => !inPlace(n));
  for (const name of [...constraints.removed, ...changedConstraints]) {
    changes.push({ kind: 'drop-constraint', table, name });
  }
  // Dropped indexes go before the added keys (spliced in below): a key on a partitioned table
  // names its partitions' shares after the names a dropped index (and its partitions') frees.
  const constraintAddsAt = changes.length;
  for (const name of [...constraints.added, ...changedConstraints]) {
    const { type, constraint } = toConstraints.get(name)!;
    const { source: _source, ...fields } = constraint;
    changes.push({ kind: 'add-constraint', table, constraint: { type, ...fields } as TableConstraint });
  }
  const changedConstraintSet = new Set(changedConstraints);
  for (const name of constraints.kept) {
    if (changedConstraintSet.has(name)) continue;
    const a = fromConstraints.get(name)!.constraint;
    const b = toConstraints.get(name)!.constraint;
    if ('notValid' in a && 'notValid' in b && a.notValid && !b.notValid) changes.push({ kind: 'validate-constraint', table, name });
    // Never a drop and re-add for validity alone: the planner explains why it stays validated.
    if ('notValid' in a && 'notValid' in b && !a.notValid && b.notValid) changes.push({ kind: 'mark-constraint-not-valid', table, name });
    if ('deferrable' in a && 'deferrable' in b && (a.deferrable !== b.deferrable || a.initiallyDeferred !== b.initiallyDeferred)) {
      changes.push({ kind: 'set-constraint-deferrable', table, name, deferrable: b.deferrable, initiallyDeferred: b.initiallyDeferred });
    }
    if (!same(optionsOf(a), optionsOf(b))) changes.push({ kind: 'set-index-options', table, name, options: optionsOf(b) });
    if (a.comment !== b.comment) changes.push({ kind: 'set-comment', target: { kind: 'constraint', schema: to.schema, table: to.name, name }, comment: b.comment ?? null });
    const indexComment = (c: object) => ('indexComment' in c ? (c.indexComment as string | undefined) : undefined);
    if (indexComment(a) !== indexComment(b)) changes.push({ kind: 'set-comment', target: { kind: 'index', schema: to.schema, table: to.name, name }, comment: indexComment(b) ?? null });
  }
  if (!options.allColumns && options.parentCheckNotValid) {
    for (const b of to.checks.filter((c) => c.inherited && !c.notValid)) {
      const a = from.checks.find((c) => c.name === b.name && c.inherited);
      if (a?.notValid && a.expression === b.expression && options.parentCheckNotValid(b.name)) changes.push({ kind: 'validate-constraint', table, name: b.name });
    }
  }

  const ownIndexes = (t: Table) => mapByName(t.indexes.filter((ix) => !ix.partitionOf));
  const fromIndexes = ownIndexes(from);
  const toIndexes = ownIndexes(to);
  dropSameCopies(fromIndexes, to.indexes);
  if (detached) dropSameCopies(toIndexes, from.indexes);
  const indexes = partitionMaps(fromIndexes, toIndexes);
  for (const [oldName, newName] of renamedPairs(indexes, (o, n) => same(fromIndexes.get(o), toIndexes.get(n), RENAMED_INDEX))) {
    changes.push({ kind: 'rename-index', table, name: oldName, newName });
    indexes.kept.push(newName);
    fromIndexes.set(newName, { ...fromIndexes.get(oldName)!, name: newName });
  }
  // An index ON ONLY a partitioned table becomes valid by the partitions' shares attached to it
  // (attach-index on the partitions), not by being built again.
  const completed = (n: string) => fromIndexes.get(n)!.only && !toIndexes.get(n)!.only;
  const indexInPlace = (n: string) => (completed(n) ? COMPLETED_IN_PLACE : indexOptionsInPlace ? INDEX_OPTIONS_IN_PLACE : INDEX_IN_PLACE);
  const changedIndexes = indexes.kept.filter((n) => !same(fromIndexes.get(n), toIndexes.get(n), indexInPlace(n)));
  changes.splice(constraintAddsAt, 0, ...[...indexes.removed, ...changedIndexes].map((name): SchemaChange => ({ kind: 'drop-index', table, name }))); // bounded: one table's indexes
  for (const name of [...indexes.added, ...changedIndexes]) {
    const { source: _source, ...index } = toIndexes.get(name)!;
    changes.push({ kind: 'add-index', table, index });
  }
  // A partition's own index (or key) that becomes its share of an index its parent keeps: attached in place.
  if (options.keptParentIndex && !detached) {
    for (const share of indexesAndKeys(to)) {
      if (!share.partitionOf || !options.keptParentIndex(share.partitionOf.name)) continue;
      const was = indexesAndKeys(from).find((x) => x.name === share.name);
      if (was && !was.partitionOf && same(was, share, AS_COPY)) changes.push({ kind: 'attach-index', table, name: share.name, parent: share.partitionOf });
      // Its own unique index that becomes the key attached to the parent's (USING INDEX, then
      // ATTACH): the index is dropped above, the key added over it (the planner keeps the index).
      const key = keyOver(to, share.name);
      if (was && 'elements' in was && key && indexServesAsKey(was, key.constraint)) {
        const { partitionOf: _share, source: _source, ...fields } = key.constraint;
        changes.push({ kind: 'add-constraint', table, constraint: { type: key.type, ...fields } as TableConstraint }, { kind: 'attach-index', table, name: share.name, parent: share.partitionOf });
      }
    }
  }
  const changedIndexSet = new Set(changedIndexes);
  for (const name of indexes.kept.filter((n) => !changedIndexSet.has(n))) {
    const a = fromIndexes.get(name)!;
    const b = toIndexes.get(name)!;
    if (!same(optionsOf(a), optionsOf(b))) changes.push({ kind: 'set-index-options', table, name, options: optionsOf(b) });
    if (a.comment !== b.comment) changes.push({ kind: 'set-comment', target: { kind: 'index', schema: to.schema, table: to.name, name }, comment: b.comment ?? null });
  }

  const on = (kind: 'trigger' | 'policy') => (name: string) => ({ kind, schema: to.schema, table: to.name, name });
  // A partition's copies of the parent's row triggers follow the parent's.
  const ownTriggers = (t: Table) => t.triggers.filter((trigger) => !trigger.partitionOf);
  appendAll(changes, diffNamed(ownTriggers(from), ownTriggers(to), (name) => ({ kind: 'drop-trigger', table, name }), (trigger) => ({ kind: 'add-trigger', table, trigger }), on('trigger')));
  appendAll(changes, diffNamed(from.policies, to.policies, (name) => ({ kind: 'drop-policy', table, name }), (policy) => ({ kind: 'add-policy', table, policy }), on('policy')));
  appendAll(changes, tablePrivilegeChanges(from, to));
  return changes;
}

/**
 * A materialized view's indexes: a comment or storage parameters that changed are changed in
 * place (COMMENT ON INDEX, ALTER INDEX ... SET); anything else builds the index again.
 */
export function diffViewIndexes(view: QualifiedName, from: Index[], to: Index[]): SchemaChange[] {
  const before = mapByName(from);
  const inPlace = to.filter((ix) => before.has(ix.name) && !same(before.get(ix.name), ix) && same(before.get(ix.name), ix, INDEX_OPTIONS_IN_PLACE));
  const settled = new Map(inPlace.map((ix) => [ix.name, ix]));
  const changes = diffNamed(from.map((ix) => settled.get(ix.name) ?? ix), to, (name) => ({ kind: 'drop-index', table: view, name }), (index) => ({ kind: 'add-index', table: view, index }));
  for (const ix of inPlace) {
    const was = before.get(ix.name)!;
    if (!same(optionsOf(was), optionsOf(ix))) changes.push({ kind: 'set-index-options', table: view, name: ix.name, options: optionsOf(ix) });
    if (was.comment !== ix.comment) changes.push({ kind: 'set-comment', target: { kind: 'index', schema: view.schema, table: view.name, name: ix.name }, comment: ix.comment ?? null });
  }
  return changes;
}

/**
 * Named things replaced whole when they differ: drop the old, add the new. With `commentOn`, a
 * thing whose comment alone differs keeps its identity and gets a COMMENT ON.
 */
export function diffNamed<T extends { name: string; source?: unknown; comment?: string }>(
  from: T[],
  to: T[],
  drop: (name: string) => SchemaChange,
  add: (item: T) => SchemaChange,
  commentOn?: (name: string) => ObjectRef,
): SchemaChange[] {
  if (from.length === 0 && to.length === 0) return [];
  const a = mapByName(from);
  const b = mapByName(to);
  const split = partitionMaps(a, b);
  const commentOnly = commentOn ? split.kept.filter((n) => !same(a.get(n), b.get(n)) && same(a.get(n), b.get(n), COMMENT_IN_PLACE)) : [];
  const changed = split.kept.filter((n) => !same(a.get(n), b.get(n)) && !commentOnly.includes(n));
  return [
    ...commentOnly.map((n): SchemaChange => ({ kind: 'set-comment', target: commentOn!(n), comment: b.get(n)!.comment ?? null })),
    ...[...split.removed, ...changed].map(drop),
    ...[...split.added, ...changed].map((n) => {
      const { source: _source, ...item } = b.get(n)!;
      return add(item as T);
    }),
  ];
}
