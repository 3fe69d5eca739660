/** ALTER TABLE ... ADD / DROP / VALIDATE / ALTER CONSTRAINT. */
import type { Table } from '../../model/types';
import type { Fields } from '../ast';
import type { ImportContext } from '../context';
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
  addConstraint(ctx, table, c, { chosen: new Set() }, undefined, target.recurse);
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
 * Drops a constraint. A CHECK goes from the children that only inherited it; PK/unique
 * constraints that other tables' foreign keys rely on need CASCADE in Postgres, which drops those
 * keys too.
 */
export function dropConstraint(ctx: ImportContext, target: AlterTarget, name: string, ifExists: boolean): void {
  const { table } = target;
  if (!constraintNames(table).includes(name)) {
    if (!ifExists) ctx.report('error', `constraint "${name}" of relation "${table.name}" does not exist`);
    return;
  }
  const keyColumns = table.primaryKey?.name === name ? table.primaryKey.columns : table.uniqueConstraints.find((u) => u.name === name)?.columns;
  if (table.primaryKey?.name === name) delete table.primaryKey;
  table.uniqueConstraints = table.uniqueConstraints.filter((x) => x.name !== name);
  table.foreignKeys = table.foreignKeys.filter((x) => x.name !== name);
  table.exclusions = table.exclusions.filter((x) => x.name !== name);
  table.checks = table.checks.filter((x) => x.name !== name);
  for (const child of ctx.descendants(table)) {
    child.checks = child.checks.filter((x) => !(x.name === name && x.inherited));
  }
  if (keyColumns) {
    for (const other of Object.values(ctx.schema.tables)) {
      other.foreignKeys = other.foreignKeys.filter(
        (fk) =>
          !(fk.references.schema === table.schema && fk.references.name === table.name &&
            fk.referencedColumns.join(',') === keyColumns.join(',')),
      );
    }
  }
  ctx.names.invalidateNames();
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
