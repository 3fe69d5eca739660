/** ALTER TABLE subcommands that change columns. */
import { keyOf, sameName } from '../../model/names';
import type { Column, Table } from '../../model/types';
import { deparseNode, type Fields, unwrap } from '../ast';
import { type ImportContext, StatementError } from '../context';
import { type DropTarget, dropWithDependents } from './drop-dependents';
import { cloneToPartitions } from './partition-clones';
import { copyToPartitions } from './partition-copies';
import type { AlterTarget } from './alter-table';
import { defaultText, placeColumn, readColumnDef, readSequenceOptions, writtenCollation } from './columns';
import { expressionUsesColumn } from './expressions';
import { columnNamed } from '../column-index';
import { skippedColumn } from './if-not-exists';

const COLUMN_COMMANDS = new Set([
  'AT_AddColumn', 'AT_ColumnDefault', 'AT_DropNotNull', 'AT_SetNotNull', 'AT_DropColumn',
  'AT_AlterColumnType', 'AT_AddIdentity', 'AT_SetIdentity', 'AT_DropIdentity',
  'AT_DropExpression', 'AT_SetExpression', 'AT_SetAttNotNull',
]);

export function isColumnCommand(subtype: string | undefined): boolean {
  return subtype !== undefined && COLUMN_COMMANDS.has(subtype);
}

/** The table and, unless ONLY, every partition and inheritance child below it. */
function withChildren(ctx: ImportContext, target: AlterTarget): Table[] {
  return target.recurse ? [target.table, ...ctx.descendants(target.table)] : [target.table];
}

export function alterColumn(ctx: ImportContext, target: AlterTarget, cmd: Fields): void {
  const { table } = target;
  if (cmd.subtype === 'AT_AddColumn') {
    addColumn(ctx, target, unwrap(cmd.def, 'ColumnDef') ?? {}, Boolean(cmd.missing_ok));
    return;
  }
  if (cmd.subtype === 'AT_DropColumn') {
    dropColumn(ctx, target, cmd.name, Boolean(cmd.missing_ok), cmd.behavior === 'DROP_CASCADE');
    return;
  }
  if (!columnNamed(table, cmd.name)) {
    ctx.report('error', `column "${cmd.name}" of relation "${table.name}" does not exist`);
    return;
  }
  if (cmd.subtype === 'AT_AlterColumnType' && inheritanceCount(ctx, table, cmd.name) > 0) {
    throw new StatementError(`cannot alter inherited column "${cmd.name}"`);
  }
  if (cmd.subtype === 'AT_DropNotNull' && table.primaryKey?.columns.includes(cmd.name)) {
    throw new StatementError(`column "${cmd.name}" is in a primary key`);
  }
  // A partition's NOT NULL follows its parent's (Postgres 18 keeps it as a constraint).
  if (cmd.subtype === 'AT_SetNotNull' && !target.recurse && table.partitioning && ctx.descendants(table).length > 0) {
    throw new StatementError('constraint must be added to child tables too');
  }
  // ONLY cannot leave the children's copies of a column with another type.
  if (cmd.subtype === 'AT_AlterColumnType' && !target.recurse && ctx.descendants(table).length > 0) {
    throw new StatementError(`type of inherited column "${cmd.name}" must be changed in child tables too`);
  }
  for (const t of withChildren(ctx, target)) {
    const column = columnNamed(t, cmd.name);
    if (column) applyToColumn(ctx, t, column, cmd);
  }
}

function applyToColumn(ctx: ImportContext, table: Table, column: Column, cmd: Fields): void {
  switch (cmd.subtype) {
    case 'AT_ColumnDefault':
      if (cmd.def) column.default = defaultText(ctx, cmd.def, column.type);
      else delete column.default;
      return;
    case 'AT_SetNotNull':
    case 'AT_SetAttNotNull':
      column.notNull = true;
      return;
    case 'AT_DropNotNull':
      column.notNull = false;
      return;
    case 'AT_AlterColumnType': {
      if (table.ofType) throw new StatementError('cannot alter column type of typed table');
      if (readByView(ctx, table, column.name)) {
        throw new StatementError(`cannot alter type of a column used by a view or rule`);
      }
      const def = unwrap(cmd.def, 'ColumnDef') ?? {};
      const type = ctx.typeRef(def.typeName);
      column.type = type;
      // SET DATA TYPE ... COLLATE c gives the column that collation; without COLLATE the column
      // takes the new type's default one (Postgres does not keep the old collation).
      const collation = writtenCollation(def);
      if (collation) column.collation = collation;
      else delete column.collation;
      return;
    }
    case 'AT_AddIdentity': {
      const c = unwrap(cmd.def, 'Constraint') ?? {};
      column.identity = { kind: c.generated_when === 'd' ? 'by-default' : 'always' };
      if (c.options?.length) column.identity.sequenceOptions = readSequenceOptions(ctx, c.options);
      column.notNull = true;
      return;
    }
    case 'AT_SetIdentity': {
      if (!column.identity) return;
      for (const node of (cmd.def?.List?.items ?? cmd.def ?? []) as Fields[]) {
        const d = unwrap(node as never, 'DefElem');
        if (d?.defname === 'generated') column.identity.kind = (d.arg?.Integer?.ival ?? 0) === 0x64 ? 'by-default' : 'always';
      }
      column.identity.sequenceOptions = readSequenceOptions(ctx, cmd.def?.List?.items ?? cmd.def, column.identity.sequenceOptions ?? {});
      return;
    }
    case 'AT_DropIdentity':
      delete column.identity;
      return;
    case 'AT_DropExpression':
      delete column.generated;
      return;
    case 'AT_SetExpression':
      if (column.generated) column.generated.expression = deparseNode(cmd.def);
      return;
    default:
      return;
  }
}

function addColumn(ctx: ImportContext, target: AlterTarget, def: Fields, ifNotExists: boolean): void {
  const { table } = target;
  if (table.ofType) throw new StatementError('cannot add column to typed table');
  if (table.partitionOf) throw new StatementError('cannot add column to a partition');
  // Every child must have the parent's columns: ONLY is refused when there are children (even
  // with IF NOT EXISTS: Postgres checks this first).
  if (!target.recurse && ctx.descendants(table).length > 0) throw new StatementError('column must be added to child tables too');
  const existing = columnNamed(table, def.colname);
  if (existing) {
    if (ifNotExists) skippedColumn(ctx, table, existing, def);
    else ctx.report('error', `column "${def.colname}" of relation "${table.name}" already exists`);
    return;
  }
  const definition = readColumnDef(ctx, def);
  definition.column.source = ctx.sourceAt(def.location);
  table.columns.push(definition.column);
  // Children get the column too (Postgres refuses ONLY here for partitioned tables).
  for (const child of ctx.descendants(table)) {
    const existing = columnNamed(child, definition.column.name);
    if (existing) continue;
    const { source: _source, comment: _comment, ...copy } = definition.column;
    child.columns.push({ ...copy, inherited: true });
  }
  const before = { fks: table.foreignKeys.length, uniques: table.uniqueConstraints.length, pk: table.primaryKey };
  placeColumn(ctx, table, definition, { chosen: new Set() });
  if (!table.partitioning) return;
  // Keys written on the new column reach the partitions as a table constraint's would.
  for (const fk of table.foreignKeys.slice(before.fks)) cloneToPartitions(ctx, table, { fk });
  if (table.primaryKey && table.primaryKey !== before.pk) copyToPartitions(ctx, table, { kind: 'primary-key', constraint: table.primaryKey });
  for (const unique of table.uniqueConstraints.slice(before.uniques)) copyToPartitions(ctx, table, { kind: 'unique', constraint: unique });
}

/** A view of the model reads this column (Postgres then refuses to change its type). */
function readByView(ctx: ImportContext, table: Table, column: string): boolean {
  return Object.values(ctx.schema.views).some((v) => v.readsColumns?.some((r) => sameName(r.relation, table) && r.columns.includes(column)));
}

/** How many parents give `table` a column of this name (Postgres's attinhcount). */
export function inheritanceCount(ctx: ImportContext, table: Table, column: string): number {
  const parents = table.partitionOf ? [table.partitionOf.parent] : table.inherits;
  return parents.filter((p) => ctx.schema.tables[keyOf(p)]?.columns.some((c) => c.name === column)).length;
}

/**
 * ALTER TABLE [ONLY] t DROP COLUMN c [CASCADE]. Postgres refuses to drop a column a parent
 * gives the table, a column of a typed table or of the partition key, and (ONLY) a column of a
 * partitioned table that has partitions. Without ONLY the children's copies that were only
 * inherited go too (a child that declared the column itself keeps it); with ONLY they become
 * the children's own. The column's indexes and constraints go with it; views, generated
 * columns, policies, triggers and other tables' foreign keys that use it need CASCADE
 * (drop-dependents.ts).
 */
function dropColumn(ctx: ImportContext, target: AlterTarget, name: string, ifExists: boolean, cascade: boolean): void {
  const { table } = target;
  if (!columnNamed(table, name)) {
    if (!ifExists) ctx.report('error', `column "${name}" of relation "${table.name}" does not exist`);
    return;
  }
  if (inheritanceCount(ctx, table, name) > 0) throw new StatementError(`cannot drop inherited column "${name}"`);
  if (table.ofType) throw new StatementError('cannot drop column from typed table');
  if (table.partitioning?.keys.some((k) => k.column === name || (k.expression !== undefined && expressionUsesColumn(k.expression, name)))) {
    throw new StatementError(`cannot drop column "${name}" because it is part of the partition key of relation "${table.name}"`);
  }
  if (!target.recurse && table.partitioning && ctx.names.childrenOf(table).length > 0) {
    throw new StatementError('cannot drop column from only the partitioned table when partitions exist');
  }
  const targets: DropTarget[] = [{ kind: 'column', table, column: name }];
  const becomeOwn: Column[] = [];
  const visit = (parent: Table): void => {
    for (const child of ctx.names.childrenOf(parent)) {
      const column = child.columns.find((c) => c.name === name);
      if (!column) continue;
      // Only inherited, and from no other parent that keeps it: it goes (and its children's).
      const otherParents = inheritanceCount(ctx, child, name) - 1;
      if (target.recurse && column.inherited && otherParents === 0) {
        targets.push({ kind: 'column', table: child, column: name });
        visit(child);
      } else if (!target.recurse || otherParents === 0) {
        becomeOwn.push(column);
      }
    }
  };
  visit(table);
  const outcome = dropWithDependents(ctx, targets, cascade);
  if (outcome.refusal) throw new StatementError(outcome.refusal);
  for (const column of becomeOwn) delete column.inherited;
}

export function removeColumnAndDependents(ctx: ImportContext, table: Table, name: string): void {
  table.columns = table.columns.filter((c) => c.name !== name);
  const uses = (columns: (string | undefined)[], expressions: (string | undefined)[]) =>
    columns.includes(name) || expressions.some((e) => e !== undefined && expressionUsesColumn(e, name));
  if (table.primaryKey && uses([...table.primaryKey.columns, ...table.primaryKey.include], [])) delete table.primaryKey;
  table.uniqueConstraints = table.uniqueConstraints.filter((u) => !uses([...u.columns, ...u.include], []));
  table.foreignKeys = table.foreignKeys.filter((fk) => !fk.columns.includes(name));
  table.checks = table.checks.filter((c) => !expressionUsesColumn(c.expression, name));
  table.exclusions = table.exclusions.filter(
    (x) => !uses([...x.elements.map((e) => e.column), ...x.include], [...x.elements.map((e) => e.expression), x.where]),
  );
  table.indexes = table.indexes.filter(
    (ix) => !uses([...ix.elements.map((e) => e.column), ...ix.include], [...ix.elements.map((e) => e.expression), ix.where]),
  );
  for (const [key, sequence] of Object.entries(ctx.schema.sequences)) {
    const owner = sequence.ownedBy;
    if (owner && owner.column === name && owner.table.schema === table.schema && owner.table.name === table.name) {
      delete ctx.schema.sequences[key];
    }
  }
}
