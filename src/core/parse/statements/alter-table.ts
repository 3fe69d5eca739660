/**
 * ALTER TABLE (and ALTER VIEW / MATERIALIZED VIEW / INDEX / SEQUENCE, which share its grammar):
 * each subcommand applied in order, recursing to partitions and inheritance children where
 * Postgres does (everything but `ALTER TABLE ONLY`).
 */
import type { Node } from '@pgsql/types';
import type { Table, View } from '../../model/types';
import { formatType } from '../../model/format-type';
import { deparseNode, type Fields, listName, rangeVarName, stringValue, unwrap } from '../ast';
import { type ImportContext, type Relation, StatementError } from '../context';
import { alterColumn, isColumnCommand } from './alter-column';
import { defaultText } from './columns';
import { applySettingCommand } from './alter-table-settings';
import { addConstraintCommand, alterConstraint, dropConstraint, validateConstraint } from './alter-constraint';
import { addInherit, attachIndexPartition, attachPartition, detachPartition, dropInherit } from './alter-partition';
import { readOptions } from './create-table';

export interface AlterTarget {
  table: Table;
  /** False for `ALTER TABLE ONLY`: the change does not recurse to children. */
  recurse: boolean;
}

export function alterTable(ctx: ImportContext, stmt: Fields): void {
  const written = rangeVarName(stmt.relation ?? {});
  const commands = ((stmt.cmds as Node[] | undefined) ?? []).map((c) => unwrap(c, 'AlterTableCmd') ?? {});
  if (stmt.objtype === 'OBJECT_INDEX') {
    for (const cmd of commands) {
      if (cmd.subtype === 'AT_AttachPartition') attachIndexPartition(ctx, written, unwrap(cmd.def, 'PartitionCmd') ?? {});
      // ALTER INDEX ... SET / RESET (storage parameters).
      const index = cmd.subtype === 'AT_SetRelOptions' || cmd.subtype === 'AT_ResetRelOptions' ? ctx.findIndex(written)?.index : undefined;
      if (index) {
        const given = readOptions(cmd.def?.List?.items ?? cmd.def);
        const keys = new Set(given.map((o) => o.split('=')[0]));
        const kept = (index.options ?? []).filter((o) => !keys.has(o.split('=')[0]));
        const options = cmd.subtype === 'AT_SetRelOptions' ? [...kept, ...given] : kept;
        if (options.length > 0) index.options = options;
        else delete index.options;
      }
    }
    return;
  }
  const relation = ctx.findRelation(written);
  if (!relation) {
    if (!stmt.missing_ok) ctx.missingRelation(written, 'this ALTER');
    return;
  }
  if (relation.kind !== 'table') {
    alterOtherRelation(ctx, relation, commands);
    return;
  }
  const target: AlterTarget = { table: relation.table, recurse: Boolean(stmt.relation?.inh) };
  for (const cmd of commands) applyCommand(ctx, target, cmd);
}

function applyCommand(ctx: ImportContext, target: AlterTarget, cmd: Fields): void {
  const { table } = target;
  if (isColumnCommand(cmd.subtype)) {
    alterColumn(ctx, target, cmd);
    return;
  }
  switch (cmd.subtype) {
    case 'AT_AddConstraint':
      addConstraintCommand(ctx, target, unwrap(cmd.def, 'Constraint') ?? {});
      return;
    case 'AT_DropConstraint':
      dropConstraint(ctx, target, cmd.name, Boolean(cmd.missing_ok), cmd.behavior === 'DROP_CASCADE');
      return;
    case 'AT_ValidateConstraint':
      validateConstraint(ctx, table, cmd.name);
      return;
    case 'AT_AlterConstraint':
      alterConstraint(ctx, table, unwrap(cmd.def, 'ATAlterConstraint') ?? {});
      return;
    case 'AT_AttachPartition':
      attachPartition(ctx, table, unwrap(cmd.def, 'PartitionCmd') ?? {});
      return;
    case 'AT_DetachPartition':
      detachPartition(ctx, table, unwrap(cmd.def, 'PartitionCmd') ?? {});
      return;
    case 'AT_AddOf':
      addOf(ctx, table, cmd);
      return;
    case 'AT_DropOf':
      if (!table.ofType) throw new StatementError(`table "${table.name}" is not a typed table`);
      delete table.ofType;
      return;
    case 'AT_GenericOptions':
      if (table.foreign) table.foreign.options = genericOptions(table.foreign.options, cmd.def);
      return;
    case 'AT_AddInherit':
      addInherit(ctx, table, unwrap(cmd.def, 'RangeVar') ?? {});
      return;
    case 'AT_DropInherit':
      dropInherit(ctx, table, unwrap(cmd.def, 'RangeVar') ?? {});
      return;
    case 'AT_ChangeOwner':
      table.owner = cmd.newowner?.rolename ?? table.owner;
      return;
    case 'AT_EnableRowSecurity':
      table.rowLevelSecurity = true;
      return;
    case 'AT_DisableRowSecurity':
      table.rowLevelSecurity = false;
      return;
    case 'AT_ForceRowSecurity':
      table.forceRowLevelSecurity = true;
      return;
    case 'AT_NoForceRowSecurity':
      table.forceRowLevelSecurity = false;
      return;
    case 'AT_SetLogged':
      table.unlogged = false;
      return;
    case 'AT_SetUnLogged':
      table.unlogged = true;
      return;
    case 'AT_SetRelOptions':
      table.options = mergeOptions(table.options, readOptions(cmd.def?.List?.items ?? cmd.def));
      return;
    case 'AT_ResetRelOptions': {
      const keys = new Set(readOptions(cmd.def?.List?.items ?? cmd.def).map((o) => o.split('=')[0]));
      table.options = table.options.filter((o) => !keys.has(o.split('=')[0]));
      return;
    }
    case 'AT_SetTableSpace':
      table.tablespace = cmd.name;
      return;
    case 'AT_EnableTrig':
    case 'AT_EnableAlwaysTrig':
    case 'AT_EnableReplicaTrig':
    case 'AT_DisableTrig': {
      const trigger = table.triggers.find((t) => t.name === cmd.name);
      if (trigger) trigger.enabled = cmd.subtype !== 'AT_DisableTrig';
      return;
    }
    case 'AT_EnableTrigAll':
    case 'AT_DisableTrigAll':
    case 'AT_EnableTrigUser':
    case 'AT_DisableTrigUser':
      for (const trigger of table.triggers) trigger.enabled = !cmd.subtype.startsWith('AT_Disable');
      return;
    default:
      // Replica identity, storage, statistics, compression; clustering and rules are not modelled.
      applySettingCommand(ctx, target, cmd);
      return;
  }
}

/** ALTER TABLE t OF type: the table's columns must be the type's attributes, in order. */
function addOf(ctx: ImportContext, table: Table, cmd: Fields): void {
  const name = listName(unwrap(cmd.def, 'TypeName')?.names);
  const type = ctx.findType(name);
  if (!type || type.kind !== 'composite') throw new StatementError(`type ${name.name} is not a composite type`);
  if (table.inherits.length > 0 || table.partitionOf) throw new StatementError('typed tables cannot inherit');
  const columns = table.columns;
  if (columns.length !== type.attributes.length) throw new StatementError(columns.length > type.attributes.length ? `table has extra column "${columns[type.attributes.length]!.name}"` : `table is missing column "${type.attributes[columns.length]!.name}"`);
  type.attributes.forEach((attribute, i) => {
    const column = columns[i]!;
    if (column.name !== attribute.name) throw new StatementError(`table has column "${column.name}" where type requires "${attribute.name}"`);
    if (formatType(column.type) !== formatType(attribute.type)) throw new StatementError(`table "${table.name}" has different type for column "${column.name}"`);
  });
  table.ofType = { schema: type.schema, name: type.name };
}

/** ALTER FOREIGN TABLE ... OPTIONS (ADD k 'v', SET k 'v', DROP k). */
function genericOptions(current: string[], def: unknown): string[] {
  const result = new Map(current.map((o) => [o.split('=')[0]!, o]));
  for (const node of ((def as Fields | undefined)?.List?.items ?? def ?? []) as Node[]) {
    const d = unwrap(node, 'DefElem');
    if (!d) continue;
    if (d.defaction === 'DEFELEM_DROP') result.delete(d.defname);
    else result.set(d.defname, `${d.defname}=${stringValue(d.arg) ?? ''}`);
  }
  return [...result.values()];
}

/**
 * ALTER VIEW v ALTER COLUMN c SET / DROP DEFAULT: Postgres keeps it for INSERT and UPDATE through
 * the view (a materialized view has no defaults: "is not a table, view, or foreign table").
 */
function viewColumnDefault(ctx: ImportContext, view: View, cmd: Fields): void {
  const name = cmd.name as string;
  if (view.materialized) throw new StatementError(`ALTER action ALTER COLUMN ... SET DEFAULT cannot be performed on relation "${view.name}"`);
  const column = view.columns?.find((c) => c.name === name);
  const defaults = { ...view.columnDefaults };
  if (cmd.def) defaults[name] = column ? defaultText(ctx, cmd.def, column.type) : deparseNode(cmd.def);
  else delete defaults[name];
  if (Object.keys(defaults).length > 0) view.columnDefaults = defaults;
  else delete view.columnDefaults;
}

function mergeOptions(current: string[], added: string[]): string[] {
  const result = new Map(current.map((o) => [o.split('=')[0], o]));
  for (const option of added) result.set(option.split('=')[0], option);
  return [...result.values()];
}

/** ALTER VIEW / MATERIALIZED VIEW / SEQUENCE through ALTER TABLE's grammar: owner, options, a view column's default. */
function alterOtherRelation(ctx: ImportContext, relation: Relation, commands: Fields[]): void {
  for (const cmd of commands) {
    if (cmd.subtype === 'AT_ColumnDefault' && relation.kind === 'view') {
      viewColumnDefault(ctx, relation.view, cmd);
      continue;
    }
    if (cmd.subtype === 'AT_ChangeOwner') {
      const owner = cmd.newowner?.rolename;
      if (relation.kind === 'view') relation.view.owner = owner;
      if (relation.kind === 'sequence') relation.sequence.owner = owner;
    } else if (cmd.subtype === 'AT_ClusterOn' && relation.kind === 'view') {
      relation.view.clusterOn = cmd.name;
    } else if (cmd.subtype === 'AT_DropCluster' && relation.kind === 'view') {
      delete relation.view.clusterOn;
    } else if (cmd.subtype === 'AT_SetRelOptions' && relation.kind === 'view') {
      relation.view.options = mergeOptions(relation.view.options, readOptions(cmd.def?.List?.items ?? cmd.def));
    }
  }
}
