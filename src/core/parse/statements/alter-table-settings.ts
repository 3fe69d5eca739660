/**
 * ALTER TABLE subcommands that set how a table is stored and replicated rather than its shape:
 * REPLICA IDENTITY, and per column SET STORAGE, SET STATISTICS, SET COMPRESSION (which reach
 * partitions and inheritance children too, unless ONLY).
 */
import type { ColumnStorage, Table } from '../../model/types';
import { deparseNode, type Fields, stringValue, unwrap } from '../ast';
import type { ImportContext } from '../context';

interface Target {
  table: Table;
  recurse: boolean;
}

const STORAGE = new Set(['plain', 'external', 'extended', 'main']);

function columnsNamed(ctx: ImportContext, target: Target, name: string) {
  const tables = target.recurse ? [target.table, ...ctx.descendants(target.table)] : [target.table];
  return tables.flatMap((t) => t.columns.filter((c) => c.name === name));
}

/** Applies the subcommand if it is one of these; false otherwise. */
export function applySettingCommand(ctx: ImportContext, target: Target, cmd: Fields): boolean {
  switch (cmd.subtype) {
    case 'AT_ReplicaIdentity': {
      const identity = unwrap(cmd.def, 'ReplicaIdentityStmt') ?? cmd.def ?? {};
      const table = target.table;
      if (identity.identity_type === 'f') table.replicaIdentity = { kind: 'full' };
      else if (identity.identity_type === 'n') table.replicaIdentity = { kind: 'nothing' };
      else if (identity.identity_type === 'i') table.replicaIdentity = { kind: 'index', index: identity.name };
      else delete table.replicaIdentity;
      return true;
    }
    case 'AT_ClusterOn':
      target.table.clusterOn = cmd.name;
      return true;
    case 'AT_DropCluster':
      delete target.table.clusterOn;
      return true;
    case 'AT_SetStorage': {
      const storage = (stringValue(cmd.def) ?? '').toLowerCase();
      for (const column of columnsNamed(ctx, target, cmd.name)) {
        if (STORAGE.has(storage)) column.storage = storage as ColumnStorage;
        else delete column.storage; // DEFAULT
      }
      return true;
    }
    case 'AT_SetStatistics': {
      const value = Number(stringValue(cmd.def) ?? deparseNode(cmd.def));
      for (const column of columnsNamed(ctx, target, cmd.name)) {
        if (Number.isFinite(value) && value >= 0) column.statistics = value;
        else delete column.statistics;
      }
      return true;
    }
    case 'AT_SetCompression': {
      const method = (stringValue(cmd.def) ?? '').toLowerCase();
      for (const column of columnsNamed(ctx, target, cmd.name)) {
        if (method && method !== 'default') column.compression = method;
        else delete column.compression;
      }
      return true;
    }
    default:
      return false;
  }
}
