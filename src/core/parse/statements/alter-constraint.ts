/** ALTER TABLE ... ADD / DROP / VALIDATE / ALTER CONSTRAINT. */
import { keyOf, sameName } from '../../model/names';
import type { Table } from '../../model/types';
import { type Fields, stringList } from '../ast';
import { type ImportContext, StatementError } from '../context';
import { dropWithDependents } from './drop-dependents';
import { dropPartitionCopies } from '../../changes/partitions';
import { cloneToPartitions, removeClones } from './partition-clones';
import type { AlterTarget } from './alter-table';
import { addConstraint } from './constraints';
import { copyToPartitions } from './partition-copies';
import { columnNamed } from '../column-index';

export function addConstraintCommand(ctx: ImportContext, target: AlterTarget, c: Fields): void {
  const { table } = target;
  if (c.indexname) {
    constraintFromIndex(ctx, table, c);
    return;
  }
  if (c.conname && ctx.names.constraintTaken(table.schema, c.conname) && constraintNames(table).includes(c.conname)) {
    ctx.report('error', `constraint "${c.conname}" for relation "${table.name}" already exists`);
    return;
  }
  if (c.contype === 'CONSTR_NOTNULL') {
    for (const key of (c.keys ?? []) as Fields[]) {
      const column = columnNamed(table, key.String?.sval ?? '');
      if (column) column.notNull = true;
    }
    return;
  }
  if (c.contype === 'CONSTR_CHECK' && !target.recurse && !c.is_no_inherit && ctx.descendants(table).length > 0) {
    ctx.report('error', 'constraint must be added to child tables too');
    return;
  }
  if (c.contype === 'CONSTR_CHECK' && c.is_no_inherit && table.partitioning) {
    throw new StatementError(`cannot add NO INHERIT constraint to partitioned table "${table.name}"`);
  }
  // A primary key needs its columns NOT NULL in every child; ONLY does not add that for them.
  if (c.contype === 'CONSTR_PRIMARY' && !target.recurse) {
    for (const child of ctx.names.childrenOf(table)) {
      for (const key of stringList(c.keys)) {
        if (child.columns.some((x) => x.name === key && !x.notNull)) throw new StatementError(`column "${key}" of table "${child.name}" is not marked NOT NULL`);
      }
    }
  }
  addConstraint(ctx, table, c, { chosen: new Set() }, undefined, target.recurse);
  if (c.contype === 'CONSTR_FOREIGN' && table.partitioning) cloneToPartitions(ctx, table, { fk: table.foreignKeys[table.foreignKeys.length - 1]! });
  if (target.recurse && table.partitioning) {
    if (c.contype === 'CONSTR_PRIMARY' && table.primaryKey) copyToPartitions(ctx, table, { kind: 'primary-key', constraint: table.primaryKey });
    if (c.contype === 'CONSTR_UNIQUE') copyToPartitions(ctx, table, { kind: 'unique', constraint: table.uniqueConstraints[table.uniqueConstraints.length - 1]! });
    if (c.contype === 'CONSTR_EXCLUSION') copyToPartitions(ctx, table, { kind: 'exclusion', constraint: table.exclusions[table.exclusions.length - 1]! });
  }
}

/** `ADD CONSTRAINT name PRIMARY KEY | UNIQUE USING INDEX idx`: the index becomes the constraint's. */
function constraintFromIndex(ctx: ImportContext, table: Table, c: Fields): void {
  const index = table.indexes.find((ix) => ix.name === c.indexname);
  if (!index) {
    ctx.report('error', `index "${c.indexname}" does not exist`);
    return;
  }
  table.indexes = table.indexes.filter((ix) => ix !== index);
  const name: string = c.conname ?? index.name;
  const columns = index.elements.map((e) => e.column ?? '');
  const base = {
    name,
    columns,
    include: index.include,
    deferrable: Boolean(c.deferrable),
    initiallyDeferred: Boolean(c.initdeferred),
    // An index attached to the parent's stays attached as the key's (Postgres keeps the link).
    ...(index.partitionOf ? { partitionOf: index.partitionOf } : {}),
    source: ctx.source(),
  };
  if (c.contype === 'CONSTR_PRIMARY') {
    table.primaryKey = base;
    for (const column of table.columns) if (columns.includes(column.name)) column.notNull = true;
  } else {
    table.uniqueConstraints.push({ ...base, nullsNotDistinct: index.nullsNotDistinct });
  }
  ctx.names.invalidateNames();
}

function constraintNames(table: Table): string[] {
  return [
    ...(table.primaryKey ? [table.primaryKey.name] : []),
    ...table.uniqueConstraints.map((x) => x.name),
    ...table.foreignKeys.map((x) => x.name),
    ...table.checks.map((x) => x.name),
    ...table.exclusions.map((x) => x.name),
  ];
}

/**
 * ALTER TABLE [ONLY] t DROP CONSTRAINT c [CASCADE]. A constraint the table has from a parent (an
 * inherited CHECK, a partition's copy of a key or foreign key) cannot be dropped on its own. A
 * CHECK goes from the children that only inherited it (without ONLY), or becomes theirs (ONLY);
 * a key's copies on partitions go with it, and other tables' foreign keys that rely on it need
 * CASCADE; a foreign key's clones on partitions go with it.
 */
export function dropConstraint(ctx: ImportContext, target: AlterTarget, name: string, ifExists: boolean, cascade: boolean): void {
  const { table } = target;
  if (!constraintNames(table).includes(name)) {
    if (!ifExists) ctx.report('error', `constraint "${name}" of relation "${table.name}" does not exist`);
    return;
  }
  const check = table.checks.find((x) => x.name === name);
  const key = [table.primaryKey, ...table.uniqueConstraints, ...table.exclusions].find((x) => x?.name === name);
  const fk = table.foreignKeys.find((x) => x.name === name);
  if (check?.inherited || key?.partitionOf || fk?.partitionOf) {
    throw new StatementError(`cannot drop inherited constraint "${name}" of relation "${table.name}"`);
  }
  if (check) {
    table.checks = table.checks.filter((x) => x !== check);
    dropInheritedCheck(ctx, table, name, target.recurse);
  } else if (fk) {
    table.foreignKeys = table.foreignKeys.filter((x) => x !== fk);
    removeClones(ctx, table, { fk });
  } else {
    const outcome = dropWithDependents(ctx, [{ kind: 'constraint', table, name }], cascade);
    if (outcome.refusal) throw new StatementError(outcome.refusal);
    dropPartitionCopies(ctx.schema.tables, (t) => t, { schema: table.schema, name: table.name }, { key: name });
    if (table.clusterOn === name) delete table.clusterOn;
  }
  ctx.names.invalidateNames();
}

/** The children's copies of a dropped CHECK: gone where only inherited (and from no other parent), else their own. */
function dropInheritedCheck(ctx: ImportContext, parent: Table, name: string, recurse: boolean): void {
  for (const child of ctx.names.childrenOf(parent)) {
    const copy = child.checks.find((x) => x.name === name);
    if (!copy) continue;
    const parents = child.partitionOf ? [child.partitionOf.parent] : child.inherits;
    const fromOthers = parents.some((p) => !sameName(p, parent) && ctx.schema.tables[keyOf(p)]?.checks.some((x) => x.name === name && !x.noInherit));
    if (fromOthers) continue;
    if (recurse && copy.inherited) {
      child.checks = child.checks.filter((x) => x !== copy);
      dropInheritedCheck(ctx, child, name, recurse);
    } else {
      copy.inherited = false;
    }
  }
}


export function validateConstraint(ctx: ImportContext, table: Table, name: string): void {
  const constraint = [...table.foreignKeys, ...table.checks].find((x) => x.name === name);
  if (!constraint) {
    ctx.report('error', `constraint "${name}" of relation "${table.name}" does not exist`);
    return;
  }
  constraint.notValid = false;
}

export function alterConstraint(ctx: ImportContext, table: Table, def: Fields): void {
  const constraint = table.foreignKeys.find((x) => x.name === def.conname);
  if (!constraint) {
    ctx.report('error', `constraint "${def.conname}" of relation "${table.name}" does not exist`);
    return;
  }
  if (def.alterDeferrability) {
    constraint.deferrable = Boolean(def.deferrable);
    constraint.initiallyDeferred = Boolean(def.initdeferred);
  }
}
