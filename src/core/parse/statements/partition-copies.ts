/**
 * A partitioned table's primary key, unique and exclusion constraints and indexes exist on every
 * partition too: when a partition is created or attached, or the parent gains one, Postgres
 * attaches an equivalent index the partition already has, or builds a copy named after the
 * partition (`ev_2024_pkey`, `ev_2024_kind_idx`). The copies carry `partitionOf`, so counts
 * (which leave them out, as catalog-counts.sql does) stay those of the declared objects.
 */
import { parseSync } from 'libpg-query';
import { keyEqualToIndex, sameIndexDefinition } from '../../changes/partitions';
import type { Node } from '@pgsql/types';
import type { ExclusionConstraint, Index, PrimaryKey, QualifiedName, Table, UniqueConstraint } from '../../model/types';
import { type Fields, figureColumnName } from '../ast';
import type { ImportContext } from '../context';
import { checkCoversPartitionKey, chooseIndexName, type NamingScope } from './constraints';

type KeyConstraint = PrimaryKey | UniqueConstraint | ExclusionConstraint;

function withoutSource<T extends { source?: unknown; comment?: unknown }>(object: T): Omit<T, 'source' | 'comment'> {
  const { source: _source, comment: _comment, ...rest } = object;
  return rest;
}

/** The name Postgres derives an index column's part of the name from (FigureColname). */
export function elementName(element: { column?: string; expression?: string }): string | undefined {
  if (element.column) return element.column;
  try {
    const stmt = parseSync(`SELECT ${element.expression}`).stmts?.[0]?.stmt as Fields | undefined;
    return figureColumnName(stmt?.SelectStmt?.targetList?.[0]?.ResTarget?.val as Node | undefined);
  } catch {
    return undefined;
  }
}

function partitions(ctx: ImportContext, parent: Table): Table[] {
  return Object.values(ctx.schema.tables).filter((t) => t.partitionOf?.parent.schema === parent.schema && t.partitionOf.parent.name === parent.name);
}

function parentRef(parent: Table, name: string): QualifiedName {
  return { schema: parent.schema, name };
}

export function copyIndexToPartition(ctx: ImportContext, parent: Table, index: Index, child: Table): void {
  const isShare = (x: { partitionOf?: QualifiedName }) => x.partitionOf?.name === index.name && x.partitionOf.schema === parent.schema;
  // A key of the partition's attached to it already is its share too.
  if ([child.primaryKey, ...child.uniqueConstraints].some((k) => k && isShare(k))) return;
  const attached = child.indexes.find(isShare);
  let copy = attached ?? child.indexes.find((ix) => !ix.partitionOf && sameIndexDefinition(ix, index));
  const key = copy ? undefined : keyEqualToIndex(child, index);
  if (key) {
    // The partition's key is the parent index's share (its grandchildren's shares are the keys'
    // copies, made when the key was): nothing is built.
    key.partitionOf = parentRef(parent, index.name);
    return;
  }
  if (copy) {
    copy.partitionOf = parentRef(parent, index.name);
  } else {
    const scope: NamingScope = { chosen: new Set() };
    const name = chooseIndexName(ctx, child, [...index.elements.map(elementName), ...index.include], 'idx', scope);
    copy = { ...withoutSource(index), name, only: false, partitionOf: parentRef(parent, index.name) };
    child.indexes.push(copy);
    ctx.names.addIndex(child, copy);
  }
  if (child.partitioning) for (const grandchild of partitions(ctx, child)) copyIndexToPartition(ctx, child, copy, grandchild);
}

export function copyConstraintToPartition(
  ctx: ImportContext,
  parent: Table,
  kind: 'primary-key' | 'unique' | 'exclusion',
  constraint: KeyConstraint,
  child: Table,
): void {
  const columns = 'columns' in constraint ? constraint.columns : constraint.elements.map((e) => e.column);
  const existing: KeyConstraint[] =
    kind === 'primary-key' ? (child.primaryKey ? [child.primaryKey] : []) : kind === 'unique' ? child.uniqueConstraints : child.exclusions;
  const match = existing.find((c) =>
    (c.partitionOf?.name === constraint.name && c.partitionOf.schema === parent.schema) ||
    (!c.partitionOf && JSON.stringify('columns' in c ? c.columns : c.elements) === JSON.stringify('columns' in constraint ? constraint.columns : constraint.elements)),
  );
  if (child.partitioning && kind !== 'exclusion') checkCoversPartitionKey(child, columns, 'unique');
  let copy = match;
  if (copy) {
    copy.partitionOf = parentRef(parent, constraint.name);
  } else {
    const label = kind === 'primary-key' ? 'pkey' : kind === 'unique' ? 'key' : 'excl';
    const name = chooseIndexName(ctx, child, kind === 'primary-key' ? [] : [...columns, ...constraint.include], label, { chosen: new Set() });
    copy = { ...withoutSource(constraint), name, partitionOf: parentRef(parent, constraint.name) } as KeyConstraint;
    if (kind === 'primary-key') child.primaryKey = copy as PrimaryKey;
    else if (kind === 'unique') child.uniqueConstraints.push(copy as UniqueConstraint);
    else child.exclusions.push(copy as ExclusionConstraint);
    ctx.names.addKeyConstraint(child, name);
  }
  if (child.partitioning) for (const grandchild of partitions(ctx, child)) copyConstraintToPartition(ctx, child, kind, copy, grandchild);
}

/** Everything of the parent's a new or newly attached partition must have. */
export function copyParentKeysAndIndexes(ctx: ImportContext, parent: Table, child: Table): void {
  if (parent.primaryKey) copyConstraintToPartition(ctx, parent, 'primary-key', parent.primaryKey, child);
  for (const unique of parent.uniqueConstraints) copyConstraintToPartition(ctx, parent, 'unique', unique, child);
  for (const exclusion of parent.exclusions) copyConstraintToPartition(ctx, parent, 'exclusion', exclusion, child);
  for (const index of parent.indexes) copyIndexToPartition(ctx, parent, index, child);
}

/** A key or index just added to a partitioned table (not ONLY) reaches every partition. */
export function copyToPartitions(ctx: ImportContext, parent: Table, added: { index?: Index; kind?: 'primary-key' | 'unique' | 'exclusion'; constraint?: KeyConstraint }): void {
  if (!parent.partitioning) return;
  for (const child of partitions(ctx, parent)) {
    if (added.index) copyIndexToPartition(ctx, parent, added.index, child);
    else if (added.kind && added.constraint) copyConstraintToPartition(ctx, parent, added.kind, added.constraint, child);
  }
}
