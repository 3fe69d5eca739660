/**
 * Dispatch from a statement's node type to the handler that applies it to the model. Statements
 * that do not shape the schema are accepted silently; a kind that is neither is reported as a
 * warning so the user knows it was not read.
 */
import { type Fields, rangeVarName } from '../ast';
import type { ImportContext } from '../context';
import type { OtherObjectCounts } from '../../model/types';
import { alterTable } from './alter-table';
import { commentOn } from './comment';
import { createIndex } from './create-index';
import { createForeignObject, createForeignTable, createTable } from './create-table';
import { grantDefaultPrivileges, keysBefore } from './default-privileges';
import { doBlock, followCall, followSelectCalls } from './dynamic-sql';
import { dropStatement } from './drop';
import { dropOwned } from './owned';
import { alterObjectSchema, alterOwner } from './ownership';
import { alterDefaultPrivileges, grantStatement } from './privileges';
import { alterExtension, alterStatistics, createCollation, createStatistics, dropObjects, forgetStatisticsOfDroppedTables, setExtensionSchema } from './objects';
import { renameStatement } from './rename';
import { alterFunction, createFunction } from './routines';
import { createExtension, createSchema } from './schemas';
import { alterSequence, createSequence } from './sequences';
import { discardStatement, selectStatement, variableSet } from './session';
import { transactionStatement } from './transaction';
import { alterPolicy, createPolicy, createTrigger } from './triggers';
import {
  alterCompositeType,
  alterDomain,
  alterEnum,
  createComposite,
  createDomain,
  createEnum,
  createRange,
  defineStatement,
} from './types';
import { createTableAs, createView, deallocateStatement, prepareStatement, refreshMaterializedView } from './views';

type Handler = (ctx: ImportContext, stmt: Fields) => void;

const HANDLERS: Record<string, Handler> = {
  CreateStmt: (ctx, stmt) => createTable(ctx, stmt),
  CreateForeignTableStmt: createForeignTable,
  CreateFdwStmt: (ctx, stmt) => createForeignObject(ctx, 'foreign-data-wrapper', stmt.fdwname ?? '', false),
  CreateForeignServerStmt: (ctx, stmt) => createForeignObject(ctx, 'server', stmt.servername ?? '', Boolean(stmt.if_not_exists)),
  IndexStmt: createIndex,
  AlterTableStmt: (ctx, stmt) => {
    if (!alterCompositeType(ctx, stmt)) alterTable(ctx, stmt);
  },
  ViewStmt: createView,
  CreateTableAsStmt: createTableAs,
  RefreshMatViewStmt: refreshMaterializedView,
  DropStmt: (ctx, stmt) => {
    if (dropObjects(ctx, stmt)) return;
    dropStatement(ctx, stmt);
    if (stmt.removeType === 'OBJECT_TABLE' || stmt.removeType === 'OBJECT_SCHEMA') forgetStatisticsOfDroppedTables(ctx);
  },
  DropOwnedStmt: dropOwned,
  RenameStmt: renameStatement,
  CommentStmt: commentOn,
  // CLUSTER t USING ix marks ix as the table's clustered index (a bare CLUSTER reuses it).
  ClusterStmt: (ctx, stmt) => {
    const relation = stmt.relation && stmt.indexname ? ctx.findRelation(rangeVarName(stmt.relation)) : undefined;
    if (relation?.kind === 'table') relation.table.clusterOn = stmt.indexname;
    if (relation?.kind === 'view' && relation.view.materialized) relation.view.clusterOn = stmt.indexname;
  },
  CreateSchemaStmt: (ctx, stmt) => createSchema(ctx, stmt, applyStatement),
  DoStmt: (ctx, stmt) => doBlock(ctx, stmt, applyStatement),
  CreateExtensionStmt: createExtension,
  CreateEnumStmt: createEnum,
  AlterEnumStmt: alterEnum,
  CompositeTypeStmt: createComposite,
  CreateDomainStmt: createDomain,
  AlterDomainStmt: alterDomain,
  CreateRangeStmt: createRange,
  DefineStmt: (ctx, stmt) => (stmt.kind === 'OBJECT_COLLATION' ? createCollation(ctx, stmt) : defineStatement(ctx, stmt)),
  CreateStatsStmt: createStatistics,
  AlterStatsStmt: alterStatistics,
  AlterExtensionStmt: alterExtension,
  CreateSeqStmt: createSequence,
  AlterSeqStmt: alterSequence,
  CreateFunctionStmt: createFunction,
  AlterFunctionStmt: alterFunction,
  CreateTrigStmt: createTrigger,
  CreatePolicyStmt: createPolicy,
  AlterPolicyStmt: alterPolicy,
  VariableSetStmt: variableSet,
  TransactionStmt: transactionStatement,
  PrepareStmt: prepareStatement,
  DeallocateStmt: deallocateStatement,
  CallStmt: (ctx, stmt) => followCall(ctx, stmt.funccall ?? {}, applyStatement),
  DiscardStmt: discardStatement,
  SelectStmt: (ctx, stmt) => {
    if (stmt.intoClause) {
      const { intoClause, ...query } = stmt;
      createTableAs(ctx, { query: { SelectStmt: query }, into: intoClause, objtype: 'OBJECT_TABLE' });
    } else {
      selectStatement(ctx, stmt);
      followSelectCalls(ctx, stmt, applyStatement);
    }
  },
  AlterOwnerStmt: alterOwner,
  AlterObjectSchemaStmt: (ctx, stmt) => (stmt.objectType === 'OBJECT_EXTENSION' ? setExtensionSchema(ctx, stmt) : alterObjectSchema(ctx, stmt)),
  GrantStmt: grantStatement,
  AlterDefaultPrivilegesStmt: alterDefaultPrivileges,
};

/** Objects the model counts without modelling them in detail. */
const COUNTED: Record<string, keyof OtherObjectCounts> = {
  GrantRoleStmt: 'grants',
  CreateRoleStmt: 'roles',
  AlterRoleStmt: 'roles',
  CreateEventTrigStmt: 'eventTriggers',
  RuleStmt: 'rules',
  CreateCastStmt: 'casts',
  CreatePublicationStmt: 'publications',
  AlterPublicationStmt: 'publications',
};

/** Statements that run but leave the schema as it was (data, session, transaction control...). */
const NO_SCHEMA_EFFECT = new Set([
  'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt', 'CopyStmt',
  'ExplainStmt', 'VacuumStmt', 'LockStmt', 'NotifyStmt', 'ListenStmt', 'UnlistenStmt',
  'TruncateStmt', 'CheckPointStmt', 'ExecuteStmt',
  'DeclareCursorStmt', 'FetchStmt', 'ClosePortalStmt', 'ReindexStmt',
  'VariableShowStmt', 'ConstraintsSetStmt', 'LoadStmt', 'AlterSystemStmt', 'CreatedbStmt',
  'DropdbStmt', 'AlterDatabaseStmt', 'AlterDatabaseSetStmt', 'AlterDatabaseRefreshCollStmt',
  'AlterRoleSetStmt', 'SecLabelStmt', 'AlterObjectDependsStmt',
  'CreateTableSpaceStmt', 'DropTableSpaceStmt', 'AlterTableSpaceOptionsStmt', 'ReassignOwnedStmt',
  'DropRoleStmt', 'PLAssignStmt', 'ReturnStmt', 'AlterEventTrigStmt',
  'AlterExtensionContentsStmt', 'CreatePLangStmt', 'AlterTSConfigurationStmt',
  'AlterTSDictionaryStmt', 'CreateOpClassStmt',
  'CreateOpFamilyStmt', 'AlterOpFamilyStmt', 'CreateConversionStmt', 'CreateTransformStmt',
  'AlterFdwStmt', 'AlterForeignServerStmt',
  'CreateUserMappingStmt', 'AlterUserMappingStmt', 'DropUserMappingStmt', 'CreateSubscriptionStmt',
  'AlterSubscriptionStmt', 'DropSubscriptionStmt', 'CreateAmStmt', 'AlterOperatorStmt',
  'AlterTypeStmt', 'AlterCollationStmt', 'AlterTableMoveAllStmt',
]);

/** Handlers for statements the model cannot follow, with what it says instead. */
const UNFOLLOWED: Record<string, string> = {
  // The foreign tables come from the remote server's catalog, which the script does not show.
  ImportForeignSchemaStmt: 'IMPORT FOREIGN SCHEMA creates foreign tables from the remote server, which this script does not describe: they are not in the model.',
};

export function applyStatement(ctx: ImportContext, kind: string, stmt: Fields): void {
  const before = keysBefore(ctx.schema);
  applyHandler(ctx, kind, stmt);
  if (before) grantDefaultPrivileges(ctx.schema, before);
}

function applyHandler(ctx: ImportContext, kind: string, stmt: Fields): void {
  const handler = HANDLERS[kind];
  if (handler) {
    handler(ctx, stmt);
    return;
  }
  const counter = COUNTED[kind];
  if (counter) {
    ctx.schema.other[counter]++;
    return;
  }
  if (NO_SCHEMA_EFFECT.has(kind)) return;
  const unfollowed = UNFOLLOWED[kind];
  if (unfollowed) {
    ctx.report('warning', unfollowed);
    return;
  }
  ctx.schema.other.other++;
  ctx.report('warning', `${kind} is not modelled yet; the statement was skipped.`);
}
