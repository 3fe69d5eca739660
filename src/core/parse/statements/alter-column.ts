/** ALTER TABLE subcommands that change columns. */
import type { Column, Table } from '../../model/types';
import { deparseNode, type Fields, unwrap } from '../ast';
import type { ImportContext } from '../context';
import type { AlterTarget } from './alter-table';
import { defaultText, placeColumn, readColumnDef, readSequenceOptions } from './columns';
import { expressionUsesColumn } from './expressions';
import { columnNamed } from '../column-index';

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
  for (const t of withChildren(ctx, target)) {
    const column = columnNamed(t, cmd.name);
    if (column) applyToColumn(ctx, column, cmd);
  }
}

function applyToColumn(ctx: ImportContext, column: Column, cmd: Fields): void {
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
      const def = unwrap(cmd.def, 'ColumnDef') ?? {};
      const type = ctx.typeRef(def.typeName);
      column.type = type;
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
  if (columnNamed(table, def.colname)) {
    if (!ifNotExists) ctx.report('error', `column "${def.colname}" of relation "${table.name}" already exists`);
    return;
  }
  const definition = readColumnDef(ctx, def);
  definition.column.source = ctx.sourceAt(def.location);
  table.columns.push(definition.column);
  placeColumn(ctx, table, definition, { chosen: new Set() });
  // Children get the column too (Postgres refuses ONLY here for partitioned tables).
  for (const child of ctx.descendants(table)) {
    const existing = columnNamed(child, definition.column.name);
    if (existing) continue;
    const { source: _source, comment: _comment, ...copy } = definition.column;
    child.columns.push({ ...copy, inherited: true });
  }
}

/**
 * DROP COLUMN also drops, as Postgres does, the indexes and constraints of this table that use
 * the column and the sequence it owns; with CASCADE, other tables' foreign keys to it as well.
 */
function dropColumn(ctx: ImportContext, target: AlterTarget, name: string, ifExists: boolean, cascade: boolean): void {
  const { table } = target;
  if (!columnNamed(table, name)) {
    if (!ifExists) ctx.report('error', `column "${name}" of relation "${table.name}" does not exist`);
    return;
  }
  const referencedBy = Object.values(ctx.schema.tables).filter((other) => other !== table &&
    other.foreignKeys.some((fk) => fk.references.schema === table.schema && fk.references.name === table.name && fk.referencedColumns.includes(name)));
  if (referencedBy.length > 0 && !cascade) {
    ctx.report('error', `cannot drop column ${name} of table ${table.name} because other objects depend on it (foreign keys of ${referencedBy.map((t) => t.name).join(', ')})`);
    return;
  }
  for (const t of [table, ...ctx.descendants(table)]) {
    const column = columnNamed(t, name);
    if (!column) continue;
    if (t !== table && !column.inherited) continue;
    removeColumnAndDependents(ctx, t, name);
  }
  if (cascade) {
    for (const other of Object.values(ctx.schema.tables)) {
      other.foreignKeys = other.foreignKeys.filter(
        (fk) => !(fk.references.schema === table.schema && fk.references.name === table.name && fk.referencedColumns.includes(name)),
      );
    }
  }
  // Columns, keys and indexes went; no table and no parent did.
  ctx.names.invalidateNames();
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
