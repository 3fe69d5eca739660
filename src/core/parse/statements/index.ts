/**
 * Dispatch from a statement's node type to the handler that applies it to the model. Statements
 * that do not shape the schema are accepted silently; a kind that is neither is reported as a
 * warning so the user knows it was not read.
 */
import type { Fields } from '../ast';
import type { ImportContext } from '../context';
import { createTable } from './create-table';

type Handler = (ctx: ImportContext, stmt: Fields) => void;

const HANDLERS: Record<string, Handler> = {
  CreateStmt: createTable,
};

/** Statements that run but leave the schema as it was (data, session, transaction control...). */
const NO_SCHEMA_EFFECT = new Set([
  'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt', 'DoStmt', 'TransactionStmt', 'CopyStmt',
  'ExplainStmt', 'VacuumStmt', 'LockStmt', 'NotifyStmt', 'ListenStmt', 'UnlistenStmt', 'CallStmt',
  'TruncateStmt', 'CheckPointStmt', 'DiscardStmt', 'PrepareStmt', 'ExecuteStmt', 'DeallocateStmt',
  'DeclareCursorStmt', 'FetchStmt', 'ClosePortalStmt', 'ClusterStmt', 'ReindexStmt',
  'VariableShowStmt', 'ConstraintsSetStmt', 'LoadStmt', 'AlterSystemStmt', 'CreatedbStmt',
  'DropdbStmt', 'AlterDatabaseStmt', 'AlterDatabaseSetStmt', 'AlterDatabaseRefreshCollStmt',
  'AlterRoleSetStmt', 'AlterDefaultPrivilegesStmt', 'SecLabelStmt', 'AlterObjectDependsStmt',
  'CreateTableSpaceStmt', 'DropTableSpaceStmt', 'AlterTableSpaceOptionsStmt', 'ReassignOwnedStmt',
  'DropOwnedStmt', 'PLAssignStmt', 'ReturnStmt',
]);

export function applyStatement(ctx: ImportContext, kind: string, stmt: Fields): void {
  const handler = HANDLERS[kind];
  if (handler) {
    handler(ctx, stmt);
    return;
  }
  if (NO_SCHEMA_EFFECT.has(kind)) return;
  ctx.schema.other.other++;
  ctx.report('warning', `${kind} is not modelled yet; the statement was skipped.`);
}
