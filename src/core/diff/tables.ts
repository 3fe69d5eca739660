/**
 * The differences inside one table: columns (each aspect separately, so a default change is not
 * a column rewrite), constraints, indexes, triggers, policies and table settings. Objects that
 * Postgres manages itself (partition copies of the parent's keys and indexes, columns and checks
 * inherited from a parent) are not diffed on the child: they follow the parent.
 */
import type { ColumnChanges, SchemaChange, TableChanges, TableConstraint } from '../changes/types';
import type { Column, QualifiedName, Table } from '../model/types';
import { byName, partition, same } from './compare';

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
  return Object.keys(set).length > 0 ? set : undefined;
}

export function tableConstraints(table: Table): Record<string, TableConstraint> {
  const list: TableConstraint[] = [
    ...(table.primaryKey && !table.primaryKey.partitionOf ? [{ type: 'primary-key' as const, ...table.primaryKey }] : []),
    ...table.uniqueConstraints.filter((c) => !c.partitionOf).map((c) => ({ type: 'unique' as const, ...c })),
    ...table.foreignKeys.map((c) => ({ type: 'foreign-key' as const, ...c })),
    ...table.checks.filter((c) => !c.inherited).map((c) => ({ type: 'check' as const, ...c })),
    ...table.exclusions.filter((c) => !c.partitionOf).map((c) => ({ type: 'exclusion' as const, ...c })),
  ];
  return byName(list);
}

/** Comment and validity are changed in place; anything else about a constraint means drop + add. */
const CONSTRAINT_IN_PLACE = new Set(['source', 'comment', 'notValid']);

export function diffTable(from: Table, to: Table): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const table = ref(to);

  const settings: TableChanges = {};
  if (from.unlogged !== to.unlogged) settings.unlogged = to.unlogged;
  if (from.rowLevelSecurity !== to.rowLevelSecurity) settings.rowLevelSecurity = to.rowLevelSecurity;
  if (from.forceRowLevelSecurity !== to.forceRowLevelSecurity) settings.forceRowLevelSecurity = to.forceRowLevelSecurity;
  if (!same(from.options, to.options)) settings.options = to.options;
  if (from.comment !== to.comment) settings.comment = to.comment ?? null;
  if (Object.keys(settings).length > 0) changes.push({ kind: 'alter-table', table, set: settings });

  const ownColumns = (t: Table) => byName(t.columns.filter((c) => !c.inherited || !t.partitionOf));
  const columns = partition(ownColumns(from), ownColumns(to));
  const fromColumns = ownColumns(from);
  const toColumns = ownColumns(to);
  for (const name of columns.removed) changes.push({ kind: 'drop-column', table, column: name });
  // New columns in the target's order.
  for (const column of to.columns.filter((c) => columns.added.includes(c.name))) {
    const { source: _source, ...plain } = column;
    changes.push({ kind: 'add-column', table, column: plain });
  }
  for (const name of columns.kept) {
    const set = columnChanges(fromColumns[name]!, toColumns[name]!);
    if (set) changes.push({ kind: 'alter-column', table, column: name, set });
  }

  const constraints = partition(tableConstraints(from), tableConstraints(to));
  const fromConstraints = tableConstraints(from);
  const toConstraints = tableConstraints(to);
  for (const name of [...constraints.removed, ...constraints.kept.filter((n) => !same(fromConstraints[n], toConstraints[n], CONSTRAINT_IN_PLACE))]) {
    changes.push({ kind: 'drop-constraint', table, name });
  }
  for (const name of [...constraints.added, ...constraints.kept.filter((n) => !same(fromConstraints[n], toConstraints[n], CONSTRAINT_IN_PLACE))]) {
    const { source: _source, ...constraint } = toConstraints[name]!;
    changes.push({ kind: 'add-constraint', table, constraint: constraint as TableConstraint });
  }
  for (const name of constraints.kept) {
    const a = fromConstraints[name]!;
    const b = toConstraints[name]!;
    if (!same(a, b, CONSTRAINT_IN_PLACE)) continue;
    if ('notValid' in a && 'notValid' in b && a.notValid && !b.notValid) changes.push({ kind: 'validate-constraint', table, name });
    if (a.comment !== b.comment) changes.push({ kind: 'set-comment', target: { kind: 'constraint', schema: to.schema, table: to.name, name }, comment: b.comment ?? null });
  }

  const ownIndexes = (t: Table) => byName(t.indexes.filter((ix) => !ix.partitionOf));
  const indexes = partition(ownIndexes(from), ownIndexes(to));
  const changedIndexes = indexes.kept.filter((n) => !same(ownIndexes(from)[n], ownIndexes(to)[n], new Set(['source', 'comment'])));
  for (const name of [...indexes.removed, ...changedIndexes]) changes.push({ kind: 'drop-index', table, name });
  for (const name of [...indexes.added, ...changedIndexes]) {
    const { source: _source, ...index } = ownIndexes(to)[name]!;
    changes.push({ kind: 'add-index', table, index });
  }
  for (const name of indexes.kept.filter((n) => !changedIndexes.includes(n))) {
    const a = ownIndexes(from)[name]!;
    const b = ownIndexes(to)[name]!;
    if (a.comment !== b.comment) changes.push({ kind: 'set-comment', target: { kind: 'index', schema: to.schema, table: to.name, name }, comment: b.comment ?? null });
  }

  changes.push(...diffNamed(from.triggers, to.triggers, (name) => ({ kind: 'drop-trigger', table, name }), (trigger) => ({ kind: 'add-trigger', table, trigger })));
  changes.push(...diffNamed(from.policies, to.policies, (name) => ({ kind: 'drop-policy', table, name }), (policy) => ({ kind: 'add-policy', table, policy })));
  return changes;
}

/** Named things replaced whole when they differ: drop the old, add the new. */
export function diffNamed<T extends { name: string; source?: unknown }>(
  from: T[],
  to: T[],
  drop: (name: string) => SchemaChange,
  add: (item: T) => SchemaChange,
): SchemaChange[] {
  const a = byName(from);
  const b = byName(to);
  const split = partition(a, b);
  const changed = split.kept.filter((n) => !same(a[n], b[n]));
  return [
    ...[...split.removed, ...changed].map(drop),
    ...[...split.added, ...changed].map((n) => {
      const { source: _source, ...item } = b[n]!;
      return add(item as T);
    }),
  ];
}
