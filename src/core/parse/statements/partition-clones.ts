/**
 * A partitioned table's foreign keys and row triggers exist on every partition too: Postgres
 * clones them when a partition is created or attached, and when the parent gains one (an
 * equivalent foreign key the partition already has is taken over instead; a trigger of the
 * same name is an error). The clones carry `partitionOf` (the parent table), are not counted or
 * printed, and go with the parent's. DETACH PARTITION turns foreign-key clones into the table's
 * own and drops trigger clones (alter-partition.ts).
 */
import { dropPartitionCopies, sameForeignKey } from '../../changes/partitions';
import { chooseName, nameAddition } from '../../model/auto-names';
import { sameName } from '../../model/names';
import type { ForeignKey, QualifiedName, Table, Trigger } from '../../model/types';
import { StatementError, type ImportContext } from '../context';

function parentRef(parent: Table): QualifiedName {
  return { schema: parent.schema, name: parent.name };
}

function constraintNameTaken(table: Table, name: string): boolean {
  return [table.primaryKey, ...table.uniqueConstraints, ...table.foreignKeys, ...table.checks, ...table.exclusions].some((c) => c?.name === name);
}

function partitionsOf(ctx: ImportContext, parent: Table): Table[] {
  return ctx.names.childrenOf(parent).filter((t) => t.partitionOf && sameName(t.partitionOf.parent, parent));
}

export function cloneForeignKey(ctx: ImportContext, parent: Table, fk: ForeignKey, child: Table): void {
  let clone = child.foreignKeys.find((c) => !c.partitionOf && sameForeignKey(c, fk));
  if (clone) {
    clone.partitionOf = parentRef(parent);
  } else {
    const { source: _source, comment: _comment, ...rest } = fk;
    const name = constraintNameTaken(child, fk.name)
      ? chooseName(child.name, nameAddition(fk.columns), 'fkey', (n) => ctx.names.constraintTaken(child.schema, n) || constraintNameTaken(child, n))
      : fk.name;
    clone = { ...structuredClone(rest), name, partitionOf: parentRef(parent) };
    child.foreignKeys.push(clone);
    ctx.names.addConstraint(child.schema, name);
  }
  if (child.partitioning) for (const grandchild of partitionsOf(ctx, child)) cloneForeignKey(ctx, child, clone, grandchild);
}

/** Row triggers are cloned; statement triggers fire on the parent only. */
export function cloneTrigger(ctx: ImportContext, parent: Table, trigger: Trigger, child: Table): void {
  if (trigger.level !== 'row') return;
  if (child.triggers.some((t) => t.name === trigger.name)) {
    throw new StatementError(`trigger "${trigger.name}" for relation "${child.name}" already exists`);
  }
  const { source: _source, comment: _comment, ...rest } = trigger;
  const clone: Trigger = { ...structuredClone(rest), partitionOf: parentRef(parent) };
  child.triggers.push(clone);
  if (child.partitioning) for (const grandchild of partitionsOf(ctx, child)) cloneTrigger(ctx, child, clone, grandchild);
}

/** Everything of the parent's foreign keys and row triggers a new or newly attached partition gets. */
export function copyParentForeignKeysAndTriggers(ctx: ImportContext, parent: Table, child: Table): void {
  for (const trigger of parent.triggers) {
    if (trigger.level === 'row' && child.triggers.some((t) => t.name === trigger.name)) {
      throw new StatementError(`trigger "${trigger.name}" for relation "${child.name}" already exists`);
    }
  }
  for (const fk of parent.foreignKeys) cloneForeignKey(ctx, parent, fk, child);
  for (const trigger of parent.triggers) cloneTrigger(ctx, parent, trigger, child);
}

/** A foreign key or trigger just added to a partitioned table reaches every partition. */
export function cloneToPartitions(ctx: ImportContext, parent: Table, added: { fk?: ForeignKey; trigger?: Trigger }): void {
  if (!parent.partitioning) return;
  for (const child of partitionsOf(ctx, parent)) {
    if (added.fk) cloneForeignKey(ctx, parent, added.fk, child);
    if (added.trigger) cloneTrigger(ctx, parent, added.trigger, child);
  }
}

/** Drops the clones of a parent's foreign key or trigger, everywhere below it. */
export function removeClones(ctx: ImportContext, parent: Table, removed: { fk?: ForeignKey; trigger?: Trigger }): void {
  const dropped = removed.fk ? { foreignKey: removed.fk } : removed.trigger ? { trigger: removed.trigger.name } : undefined;
  if (dropped) dropPartitionCopies(ctx.schema.tables, (t) => t, parentRef(parent), dropped);
}
