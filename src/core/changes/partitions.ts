/**
 * Partitions in the model as Postgres keeps them: an attached table's columns and the parent's
 * checks become the parent's (inherited), and its indexes and keys equal to the parent's become
 * the parent's copies; a detached one keeps them all as its own.
 */
import { chooseName, nameAddition } from '../model/auto-names';
import { keyOf, sameName } from '../model/names';
import type { Index, QualifiedName, Table } from '../model/types';

function sameIndexDefinition(a: Index, b: Index): boolean {
  return JSON.stringify([a.unique, a.method, a.elements, a.include, a.where ?? null, a.nullsNotDistinct]) === JSON.stringify([b.unique, b.method, b.elements, b.include, b.where ?? null, b.nullsNotDistinct]);
}

/**
 * `child` attached to `parent`: what Postgres's ATTACH does to the catalog. An index or key of the
 * parent's that the child has an equal one of is taken over; any other is built on the child,
 * named as Postgres names it (`<table>_pkey`, `<table>_<columns>_key`, `<table>_<columns>_idx`).
 * `taken`: relation names in use in the child's schema.
 */
export function attachInModel(child: Table, parent: Table, bound: string, taken: Set<string>): void {
  const parentRef = { schema: parent.schema, name: parent.name };
  child.partitionOf = { parent: parentRef, bound };
  for (const column of child.columns) if (parent.columns.some((c) => c.name === column.name)) column.inherited = true;
  for (const check of child.checks) if (parent.checks.some((c) => c.name === check.name && !c.noInherit)) check.inherited = true;
  const at = (name: string): QualifiedName => ({ schema: parent.schema, name });
  const newName = (columns: string[], label: string) => {
    const name = label === 'pkey' ? chooseName(child.name, undefined, label, (n) => taken.has(n)) : chooseName(child.name, nameAddition(columns), label, (n) => taken.has(n));
    taken.add(name);
    return name;
  };
  for (const index of parent.indexes.filter((ix) => !ix.partitionOf)) {
    const local = child.indexes.find((ix) => !ix.partitionOf && sameIndexDefinition(ix, index));
    if (local) local.partitionOf = at(index.name);
    else child.indexes.push({ ...structuredClone(index), name: newName(index.elements.map((e) => e.column ?? 'expr'), 'idx'), only: false, partitionOf: at(index.name) });
  }
  const sameColumns = (a: string[], b: string[]) => a.join('\u0000') === b.join('\u0000');
  if (parent.primaryKey) {
    if (child.primaryKey && !child.primaryKey.partitionOf && sameColumns(parent.primaryKey.columns, child.primaryKey.columns)) child.primaryKey.partitionOf = at(parent.primaryKey.name);
    else if (!child.primaryKey) child.primaryKey = { ...structuredClone(parent.primaryKey), name: newName([], 'pkey'), partitionOf: at(parent.primaryKey.name) };
  }
  for (const unique of parent.uniqueConstraints) {
    const local = child.uniqueConstraints.find((u) => !u.partitionOf && sameColumns(u.columns, unique.columns));
    if (local) local.partitionOf = at(unique.name);
    else child.uniqueConstraints.push({ ...structuredClone(unique), name: newName([...unique.columns, ...unique.include], 'key'), partitionOf: at(unique.name) });
  }
}

export function detachInModel(child: Table): void {
  delete child.partitionOf;
  for (const index of child.indexes) delete index.partitionOf;
  if (child.primaryKey) delete child.primaryKey.partitionOf;
  for (const unique of child.uniqueConstraints) delete unique.partitionOf;
  for (const exclusion of child.exclusions) delete exclusion.partitionOf;
  for (const column of child.columns) delete column.inherited;
  for (const check of child.checks) delete check.inherited;
}

/**
 * `child` starts inheriting from `parent` (ALTER TABLE ... INHERIT): Postgres requires the parent's
 * columns and CHECKs on the child already and leaves them the child's own (attislocal stays
 * true), so only the parent is added.
 */
export function inheritInModel(child: Table, parent: QualifiedName): void {
  if (!child.inherits.some((p) => sameName(p, parent))) child.inherits.push({ schema: parent.schema, name: parent.name });
}

/**
 * `child` stops inheriting from `parent` (NO INHERIT): columns and CHECKs it had only from that
 * parent become its own; `tables` looks its other parents up.
 */
export function disinheritInModel(child: Table, parent: QualifiedName, tables: Record<string, Table>): void {
  child.inherits = child.inherits.filter((p) => !sameName(p, parent));
  const others = child.inherits.map((p) => tables[keyOf(p)]).filter((t): t is Table => t !== undefined);
  for (const column of child.columns) {
    if (column.inherited && !others.some((t) => t.columns.some((c) => c.name === column.name))) delete column.inherited;
  }
  for (const check of child.checks) {
    if (check.inherited && !others.some((t) => t.checks.some((c) => c.name === check.name && !c.noInherit))) check.inherited = false;
  }
}

/** The partitions of `parent` in a list of tables, nested ones after their own parent. */
export function partitionTree(tables: readonly Table[], parent: QualifiedName): Table[] {
  const out: Table[] = [];
  const queue = [parent];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const table of tables) {
      if (table.partitionOf && sameName(table.partitionOf.parent, current) && !out.includes(table)) {
        out.push(table);
        queue.push(table);
      }
    }
  }
  return out;
}
