/**
 * Partitions in the model as Postgres keeps them: an attached table's columns and the parent's
 * checks become the parent's (inherited), and its indexes and keys equal to the parent's become
 * the parent's copies; a detached one keeps them all as its own.
 */
import { chooseName, nameAddition } from '../model/auto-names';
import { keyOf, sameName } from '../model/names';
import type { ForeignKey, Index, IndexElement, PrimaryKey, QualifiedName, Table, UniqueConstraint } from '../model/types';

/** Two indexes that Postgres would take for one another (ATTACH takes over an equal one): the same definition, whatever the names. */
export function sameIndexDefinition(a: Index, b: Index): boolean {
  const shape = (ix: Index) => JSON.stringify([ix.unique, ix.method, ix.elements.map(elementShape), ix.include, ix.where ?? null, ix.nullsNotDistinct]);
  return shape(a) === shape(b);
}

/** An index element's definition in a fixed order (elements are built in more than one place). */
function elementShape(e: IndexElement): unknown[] {
  return [e.column ?? null, e.expression ?? null, e.opclass ?? null, e.opclassOptions ?? [], e.collation ?? null, e.descending, e.nulls ?? null];
}

/**
 * A partition's own primary or unique key whose index equals `index`, a plain index of its
 * parent. Postgres matches a parent's index against every index of the partition, those behind
 * keys too (CompareIndexInfo in DefineIndex and in ATTACH PARTITION): a unique index on the
 * parent takes over a partition's key over the same columns instead of building a copy. (A
 * parent's key only takes keys.) A key WITHOUT OVERLAPS is GiST, never equal to a unique index.
 */
export function keyEqualToIndex(child: Table, index: Index): PrimaryKey | UniqueConstraint | undefined {
  const keys: (PrimaryKey | UniqueConstraint)[] = [...(child.primaryKey ? [child.primaryKey] : []), ...child.uniqueConstraints];
  return keys.find((key) => !key.partitionOf && !key.withoutOverlaps && sameIndexDefinition(keyBackingIndex(key), index));
}

/** The unique btree index behind a primary or unique key. */
function keyBackingIndex(key: PrimaryKey | UniqueConstraint): Index {
  return {
    name: key.name,
    unique: true,
    method: 'btree',
    elements: key.columns.map((column) => ({ column, descending: false })),
    include: key.include,
    nullsNotDistinct: 'nullsNotDistinct' in key ? key.nullsNotDistinct : false,
    only: false,
  };
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
  // After the keys: a parent's key takes only a key, a plain index an index or a key left over.
  for (const index of parent.indexes.filter((ix) => !ix.partitionOf)) {
    const local = child.indexes.find((ix) => !ix.partitionOf && sameIndexDefinition(ix, index)) ?? keyEqualToIndex(child, index);
    if (local) local.partitionOf = at(index.name);
    else child.indexes.push({ ...structuredClone(index), name: newName(index.elements.map((e) => e.column ?? 'expr'), 'idx'), only: false, partitionOf: at(index.name) });
  }
}

/**
 * What DETACH does: the table keeps its rows, indexes and keys as its own, and the clones of the
 * parent's foreign keys too (their names and definitions unchanged); the clones of the parent's
 * row triggers are dropped (Postgres 14+).
 */
export function detachInModel(child: Table): void {
  for (const fk of child.foreignKeys) delete fk.partitionOf;
  child.triggers = child.triggers.filter((t) => !t.partitionOf);
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

export type PartitionedObject = { key: string } | { index: string } | { foreignKey: ForeignKey } | { trigger: string };

/** The same foreign key in substance (a partition's clone of the parent's, whatever its name). */
export function sameForeignKey(a: ForeignKey, b: ForeignKey): boolean {
  return (
    sameName(a.references, b.references) &&
    a.columns.join('\u0000') === b.columns.join('\u0000') &&
    a.referencedColumns.join('\u0000') === b.referencedColumns.join('\u0000') &&
    a.onDelete === b.onDelete &&
    a.onUpdate === b.onUpdate &&
    a.match === b.match
  );
}

/**
 * What Postgres drops together with a partitioned table's key, index, foreign key or row
 * trigger: its copies on every partition below, at any depth (keys and indexes attached to it
 * carry `partitionOf` = the parent's object; foreign keys and triggers cloned from it carry
 * `partitionOf` = the parent table). `writable` gives the table to change (a draft's copy, or the
 * table itself); `removedIndexes` hears of each index copy removed.
 */
export function dropPartitionCopies(
  tables: Record<string, Table>,
  writable: (table: Table) => Table,
  parent: QualifiedName,
  dropped: PartitionedObject,
  removedIndexes?: (table: Table, index: Index) => void,
): void {
  // Only a partitioned table has partitions (a scan per dropped object of every table would make
  // a DROP ... CASCADE over thousands of foreign keys quadratic).
  if (!tables[keyOf(parent)]?.partitioning) return;
  const copyOf = (c: { partitionOf?: QualifiedName } | undefined, name: string) => c?.partitionOf !== undefined && sameName(c.partitionOf, { schema: parent.schema, name });
  const cloneOf = (c: { partitionOf?: QualifiedName }) => c.partitionOf !== undefined && sameName(c.partitionOf, parent);
  for (const found of Object.values(tables)) {
    if (!found.partitionOf || !sameName(found.partitionOf.parent, parent)) continue;
    const ref = { schema: found.schema, name: found.name };
    if ('key' in dropped) {
      const copy = [found.primaryKey, ...found.uniqueConstraints, ...found.exclusions].find((c) => copyOf(c, dropped.key));
      if (!copy) continue;
      const child = writable(found);
      if (child.primaryKey && copyOf(child.primaryKey, dropped.key)) delete child.primaryKey;
      child.uniqueConstraints = child.uniqueConstraints.filter((c) => !copyOf(c, dropped.key));
      child.exclusions = child.exclusions.filter((c) => !copyOf(c, dropped.key));
      dropPartitionCopies(tables, writable, ref, { key: copy.name }, removedIndexes);
    } else if ('index' in dropped) {
      const copy = found.indexes.find((ix) => copyOf(ix, dropped.index));
      if (!copy) continue;
      const child = writable(found);
      child.indexes = child.indexes.filter((ix) => !copyOf(ix, dropped.index));
      removedIndexes?.(child, copy);
      dropPartitionCopies(tables, writable, ref, { index: copy.name }, removedIndexes);
    } else if ('foreignKey' in dropped) {
      const clone = found.foreignKeys.find((fk) => cloneOf(fk) && sameForeignKey(fk, dropped.foreignKey));
      if (!clone) continue;
      const child = writable(found);
      child.foreignKeys = child.foreignKeys.filter((fk) => fk.name !== clone.name);
      dropPartitionCopies(tables, writable, ref, { foreignKey: clone }, removedIndexes);
    } else {
      if (!found.triggers.some((t) => cloneOf(t) && t.name === dropped.trigger)) continue;
      const child = writable(found);
      child.triggers = child.triggers.filter((t) => !(cloneOf(t) && t.name === dropped.trigger));
      dropPartitionCopies(tables, writable, ref, dropped, removedIndexes);
    }
  }
}

/**
 * An index made ON ONLY a partitioned table is invalid until every partition has its share
 * attached; with the last one Postgres marks it valid, like any other.
 */
export function markParentIndexValid(tables: Record<string, Table>, writable: (table: Table) => Table, parent: QualifiedName | undefined, parentIndex: QualifiedName): void {
  const table = parent ? tables[keyOf(parent)] : undefined;
  if (!table?.indexes.some((ix) => ix.name === parentIndex.name && ix.only)) return;
  const shares = (t: Table) => [...t.indexes, ...(t.primaryKey ? [t.primaryKey] : []), ...t.uniqueConstraints];
  const partitions = Object.values(tables).filter((t) => t.partitionOf && sameName(t.partitionOf.parent, table));
  if (!partitions.every((p) => shares(p).some((x) => x.partitionOf && sameName(x.partitionOf, parentIndex)))) return;
  const index = writable(table).indexes.find((ix) => ix.name === parentIndex.name);
  if (index) index.only = false;
}
