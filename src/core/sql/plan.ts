/**
 * The planner: a list of schema changes (from the differ, patterns or design edits) becomes the
 * statements of a migration, each with its hazards and its reverse, ordered so dependencies hold:
 * types and functions before the tables that use them, dependents dropped before what they
 * depend on, foreign keys after every table (cycles need nothing special), views after tables.
 */
import { applyChanges, ChangeSequence } from '../changes/apply';
import { assertNever, type SchemaChange, type TableConstraint } from '../changes/types';
import { keyOf, sameName } from '../model/names';
import { formatType } from '../model/format-type';
import type { QualifiedName, RoutineDef, Schema, Table, View } from '../model/types';
import { routineCallsRoutines, routineReadsRelations } from './dependencies';
import { expandDependants } from './expand';
import { orderChanges } from './order';
import { ownedSequences } from './sequences';
import { viewReplacement } from './views';
import { enumWithoutValueSql } from './enums';
import { DEFAULT_PG_VERSION } from './versions';
import { versionRefusal } from './refusals';
import { partitionRefusal } from './partition-refusals';
import { refusalNote } from './plan-sql';
import { addColumnStatements, addConstraintStatements, addIndexStatements, alterColumnStatements, constraintClause, dropIndexStatements, statement } from './plan-tables';
import { commentSql as comment, setCommentStatements } from './plan-comments';
import { createdObjectExtras, droppedObjectExtras } from './plan-created';
import { setDefaultPrivilegesStatements, setPrivilegesStatements } from './plan-privileges';
import { propertyStatements } from './plan-properties';
import { extensionSql } from './print-objects';
import { alterRoutineStatements } from './plan-routines';
import { alterSequenceStatements } from './plan-sequences';
import { clusterOnSql, columnSettingStatements, indexOptionsStatements, tableSettingStatements } from './plan-table-settings';
import { allConstraints, indexesAndKeys } from '../model/key-constraints';
import { type MigrationPlan, PHASES, type PlannedStatement } from './plan-types';
import { deferrabilitySql, indexSql, policySql, sequenceOptionsSql, triggerSql, viewColumnDefaultSql } from './print-parts';
import { createTableSql, placeholderViewSql, routineKindSql, routineSql, signatureSql, tableKeyword, typeSql, viewSql, withSearchPath } from './print-schema';
import { quoteIdent, quoteLiteral, quoteQualified } from './safe-text';
import { tableConstraints } from '../diff/tables';
import { appendAll } from '../lib/arrays';
import { inheritanceStatements } from './plan-inheritance';
import { attachPartitionStatements, DETACH_TO_DROP, detachBeforeDropSql, detachPartitionStatements, partitionedKeyStatements } from './plan-partitions';
import { attachedIndexes, attachIndexStatement, partitionedIndexStatements } from './plan-partition-indexes';
import { validatedCopyStatements } from './plan-not-valid-copies';
import { validateCopySql, validatedCopies } from './not-valid-checks';
import { attachNewPartitionStatement, createStandaloneStatement, keysSharingParentIndex, notValidCheckCopies, notValidCopyStatements } from './plan-new-partitions';
import { rebuildTableStatements } from './rebuild-table';
import { indexMarks, indexPromotions, promotionStatement, restoredIdentity, uniqueReplacements } from './plan-index-swaps';
import { mergeTableRewrites } from './plan-rewrites';
import { withReviewHazards } from './plan-review-hazards';
import { partitionTree } from '../changes/partitions';

export interface PlanOptions {
  /** Emit statements that lose data (dropped tables, columns...). Off by default. */
  allowDestructive?: boolean;
  /** The Postgres major version the migration runs on (13-18); default DEFAULT_PG_VERSION. */
  pgVersion?: number;
}


/**
 * Everything that makes up a new table: the table, its keys, indexes, triggers, policies.
 * `holdBack`: foreign keys left out here (the caller adds them later: they reference a key this
 * migration attaches over its index in the validate phase).
 */
function createTableStatements(table: Table, schema: Schema, holdBack: (fk: TableConstraint) => boolean = () => false, parentIsNew = false): PlannedStatement[] {
  const t = quoteQualified(table);
  // A new table is empty: its keys go inline; only foreign keys wait until every table exists.
  const parent = table.partitionOf ? schema.tables[keyOf(table.partitionOf.parent)] : undefined;
  // Keys the partition shares with a plain index of its parent: its own to make (see there).
  const sharedKeys = keysSharingParentIndex(table, parent);
  const standalone = parent !== undefined && !parentIsNew && !table.partitioning && (sharedKeys.length > 0 || notValidCheckCopies(table).length > 0);
  const inline = !table.partitionOf || standalone;
  // Going back, a partition of a referenced table is detached before it is dropped.
  const detach = detachBeforeDropSql(schema, table);
  const created = standalone ? createStandaloneStatement(table, parent) : statement({ sql: createTableSql(table, { inlineKeys: inline, parent }), description: `Create ${table.foreign ? 'foreign table' : 'table'} ${table.name}`, phase: 'tables', reverse: `DROP ${tableKeyword(table)} ${t};` });
  const out = [detach ? { ...created, reverse: `${detach}\n${created.reverse}` } : created];
  if (standalone) appendAll(out, notValidCopyStatements(table));
  // With a new parent, they are added before its index is built (which takes them over).
  for (const constraint of [...Object.values(tableConstraints(table)), ...(parentIsNew ? sharedKeys : [])]) {
    if (constraint.type === 'check' && !constraint.notValid) continue; // inside CREATE TABLE
    if (inline && (constraint.type === 'primary-key' || constraint.type === 'unique' || constraint.type === 'exclusion')) continue;
    if (holdBack(constraint)) continue;
    appendAll(out, addConstraintStatementsFor(table, constraint, false));
  }
  for (const index of table.indexes.filter((ix) => !ix.partitionOf)) appendAll(out, addIndexStatements(table, index, false, Boolean(table.partitioning)));
  // A partition of a parent created by this migration too: its share of the parent's indexes is
  // built now, under its own name, before the parent's (in the index phase), which attaches it.
  // Not on a partition that is partitioned itself: its partitions, created after it, would get
  // copies of such an index under names of Postgres's choosing. So too before a new partition
  // created on its own is attached.
  if ((parentIsNew || standalone) && !table.partitioning) {
    for (const index of table.indexes.filter((ix) => ix.partitionOf)) out.push(statement({ sql: `${indexSql({ ...index, only: false }, table)};`, description: `Index ${index.name} on ${table.name}, for ${index.partitionOf!.name} to attach`, phase: 'tables', reverse: '' }));
  }
  if (standalone) out.push(attachNewPartitionStatement(table, parent));
  // Triggers, row-level security and policies go with the table when the down migration drops it.
  // A partition's clones of its parent's row triggers come with it (or with the parent's trigger).
  for (const trigger of table.triggers.filter((x) => !x.partitionOf)) out.push(statement({ sql: `${triggerSql(trigger, table)};`, description: `Trigger ${trigger.name} on ${table.name}`, phase: 'triggers', reverse: '' }));
  if (table.rowLevelSecurity) out.push(statement({ sql: `ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY;`, description: `Row-level security on ${table.name}`, phase: 'triggers', reverse: '' }));
  if (table.forceRowLevelSecurity) out.push(statement({ sql: `ALTER TABLE ${t} FORCE ROW LEVEL SECURITY;`, description: `Forced row-level security on ${table.name}`, phase: 'triggers', reverse: '' }));
  for (const policy of table.policies) out.push(statement({ sql: `${policySql(policy, table)};`, description: `Policy ${policy.name} on ${table.name}`, phase: 'triggers', reverse: '' }));
  if (table.comment !== undefined) out.push(statement({ sql: comment(`${tableKeyword(table)} ${t}`, table.comment), description: `Comment on ${table.name}`, phase: 'comments' }));
  for (const column of table.columns.filter((c) => c.comment !== undefined)) {
    out.push(statement({ sql: comment(`COLUMN ${t}.${quoteIdent(column.name)}`, column.comment), description: `Comment on ${table.name}.${column.name}`, phase: 'comments' }));
  }
  return out;
}

function addConstraintStatementsFor(table: Table, constraint: Parameters<typeof addConstraintStatements>[1], existing: boolean): PlannedStatement[] {
  return addConstraintStatements(table, constraint, existing, Boolean(table.partitioning));
}

function createViewStatements(view: View): PlannedStatement[] {
  const kind = view.materialized ? 'MATERIALIZED VIEW' : 'VIEW';
  // A view that reads itself is created as a placeholder with its columns, then given its query.
  const placeholder = !view.materialized && view.dependsOn.some((d) => sameName(d, view)) ? placeholderViewSql(view) : undefined;
  const sql = placeholder ? `${placeholder}\n${withSearchPath(view.searchPath, viewSql(view, true))}` : withSearchPath(view.searchPath, viewSql(view));
  const out = [statement({ sql, description: `Create ${kind.toLowerCase()} ${view.name}`, phase: 'views', reverse: `DROP ${kind} ${quoteQualified(view)};` })];
  // The view is created by this migration: its index build reads only the view's own new rows.
  const fresh = { rules: ['require-concurrent-index-creation'], reason: `${kind.toLowerCase()} ${view.name} is created by this migration, so nothing else uses it yet` };
  for (const index of view.indexes) appendAll(out, addIndexStatements(view, index, false, false).map((s) => ({ ...s, phase: 'views' as const, squawkIgnore: fresh })));
  if (view.clusterOn) out.push(statement({ sql: `ALTER MATERIALIZED VIEW ${quoteQualified(view)} CLUSTER ON ${quoteIdent(view.clusterOn)};`, description: `Index ${view.name} is clustered on`, phase: 'views', reverse: '' }));
  for (const trigger of view.triggers) out.push(statement({ sql: `${triggerSql(trigger, view)};`, description: `Trigger ${trigger.name} on ${view.name}`, phase: 'triggers', reverse: '' }));
  // Dropped with the view in the down migration: no reverse of their own.
  for (const [column, value] of Object.entries(view.columnDefaults ?? {})) {
    out.push(statement({ sql: viewColumnDefaultSql(view, column, value), description: `Default of ${view.name}.${column}`, phase: 'views', reverse: '' }));
  }
  const name = quoteQualified(view);
  if (view.comment !== undefined) out.push(statement({ sql: comment(`${kind} ${name}`, view.comment), description: `Comment on ${view.name}`, phase: 'comments' }));
  for (const [column, text] of Object.entries(view.columnComments)) out.push(statement({ sql: comment(`COLUMN ${name}.${quoteIdent(column)}`, text), description: `Comment on ${view.name}.${column}`, phase: 'comments' }));
  return out;
}

/** The view as a whole again: its query, indexes, triggers and comments (a drop's reverse). */
function recreateViewSql(view: View): string {
  return createViewStatements(view).map((s) => s.sql).join('\n');
}

function dropViewStatement(view: View): PlannedStatement {
  const kind = view.materialized ? 'MATERIALIZED VIEW' : 'VIEW';
  return statement({ sql: `DROP ${kind} ${quoteQualified(view)};`, description: `Drop ${kind.toLowerCase()} ${view.name}`, phase: 'drop-views', reverse: recreateViewSql(view) });
}

/**
 * A sequence made OWNED BY a column of a table that already exists must have that table's owner
 * (Postgres refuses it otherwise, and whoever runs the migration need not be the owner): the
 * owner the schema records for the table, as pg_dump writes it. A table this migration creates
 * belongs to whoever runs it, as the sequence does.
 */
function sequenceOwnerSql(sequence: QualifiedName, existingTable: Table | undefined): string[] {
  return existingTable?.owner ? [`ALTER SEQUENCE ${quoteQualified(sequence)} OWNER TO ${quoteIdent(existingTable.owner)};`] : [];
}

/**
 * `sql` with the sequences owned by the table (or one column) created before it and owned after;
 * with `column`, the table exists (a column added back to it).
 */
function withOwnedSequences(schema: Schema, table: QualifiedName, column: string | undefined, sql: string): string {
  const owned = ownedSequences(schema, table, column);
  if (owned.length === 0) return sql;
  const existingTable = column === undefined ? undefined : schema.tables[keyOf(table)];
  const create = owned.flatMap((s) => [`CREATE SEQUENCE ${quoteQualified(s)}${sequenceOptionsSql(s.options) ? ` ${sequenceOptionsSql(s.options)}` : ''};`, ...sequenceOwnerSql(s, existingTable)]);
  const own = owned.map((s) => `ALTER SEQUENCE ${quoteQualified(s)} OWNED BY ${quoteQualified(s.ownedBy!.table)}.${quoteIdent(s.ownedBy!.column)};`);
  return [...create, sql, ...own].join('\n');
}

/**
 * Why a validated constraint stays validated where NOT VALID is asked for: Postgres has no way to
 * un-validate one short of dropping and adding it again, which would take a lock only to give up
 * a guarantee. The catalog then says validated (convalidated) where the target says NOT VALID.
 */
function keptValidatedNote(table: QualifiedName, name: string, where: string): string {
  return `Left validated: ${name} on ${table.name} is NOT VALID in the schema ${where} leads to, but Postgres cannot mark a validated constraint NOT VALID again (only drop and re-add it, taking a lock to give up a guarantee). Every row satisfies it and new rows are checked either way, so it holds more than asked; the database will show it validated where that schema says NOT VALID.`;
}

/** Partitions detached to be attached again (a new bound or parent): table key -> where they were. */
type Reattached = Map<string, { parent: QualifiedName; bound: string }>;

function reattachedPartitions(from: Schema, changes: readonly SchemaChange[]): Reattached {
  const out: Reattached = new Map();
  for (const change of changes) {
    if (change.kind !== 'detach-partition') continue;
    const old = from.tables[keyOf(change.table)]?.partitionOf;
    if (old && changes.some((c) => c.kind === 'attach-partition' && sameName(c.table, change.table))) out.set(keyOf(change.table), old);
  }
  return out;
}

/** The statements for one change, given the schema just before it. */
function statementsFor(change: SchemaChange, before: Schema, created: Set<string>, target: Schema, notes: string[], reattached: Reattached = new Map(), holdBack?: (fk: TableConstraint) => boolean, pgVersion?: number, rebuilt: ReadonlySet<string> = new Set()): PlannedStatement[] {
  const existing = (ref: QualifiedName) => Boolean(before.tables[keyOf(ref)]) && !created.has(keyOf(ref));
  const tableOf = (ref: QualifiedName) => before.tables[keyOf(ref)];
  switch (change.kind) {
    case 'add-schema':
      return [statement({ sql: `CREATE SCHEMA ${quoteIdent(change.namespace.name)};`, description: `Create schema ${change.namespace.name}`, phase: 'prepare', reverse: `DROP SCHEMA ${quoteIdent(change.namespace.name)};` })];
    case 'drop-schema':
      return [statement({ sql: `DROP SCHEMA ${quoteIdent(change.name)};`, description: `Drop schema ${change.name}`, phase: 'drop-objects', reverse: `CREATE SCHEMA ${quoteIdent(change.name)};` })];
    case 'add-extension': {
      const e = change.extension;
      return [statement({ sql: extensionSql(e), description: `Extension ${e.name}`, phase: 'prepare', reverse: `DROP EXTENSION ${quoteIdent(e.name)};` })];
    }
    case 'drop-extension': {
      // Going back creates it again, at the version it had; objects it owned that the up
      // migration's drops took with them come back with their own reverses.
      const old = before.extensions[change.name];
      const reverse = old ? [extensionSql(old), ...(old.comment !== undefined ? [comment(`EXTENSION ${quoteIdent(old.name)}`, old.comment)] : [])].join('\n') : undefined;
      return [statement({ sql: `DROP EXTENSION ${quoteIdent(change.name)};`, description: `Drop extension ${change.name}`, phase: 'drop-objects', destructive: true, ...(reverse ? { reverse } : {}) })];
    }
    case 'add-type': {
      const sql = typeSql(change.type);
      if (sql === undefined) {
        notes.push(`Not created: type ${change.type.name} (${change.type.kind}) is defined in C; create it with its extension or by hand`);
        return [];
      }
      return [statement({ sql, description: `Create type ${change.type.name}`, phase: 'types', reverse: `DROP ${change.type.kind === 'domain' ? 'DOMAIN' : 'TYPE'} ${quoteQualified(change.type)};` })];
    }
    case 'drop-type': {
      const type = before.types[keyOf(change.type)];
      const reverse = type ? typeSql(type) : undefined;
      return [statement({ sql: `DROP ${type?.kind === 'domain' ? 'DOMAIN' : 'TYPE'} ${quoteQualified(change.type)};`, description: `Drop type ${change.type.name}`, phase: 'drop-objects', ...(reverse ? { reverse } : {}) })];
    }
    case 'rename-type': {
      const type = before.types[keyOf(change.type)];
      const kind = type?.kind === 'domain' ? 'DOMAIN' : 'TYPE';
      return [statement({ sql: `ALTER ${kind} ${quoteQualified(change.type)} RENAME TO ${quoteIdent(change.newName)};`, description: `Rename type ${change.type.name} to ${change.newName} (its columns follow it)`, phase: 'prepare', reverse: `ALTER ${kind} ${quoteQualified({ schema: change.type.schema, name: change.newName })} RENAME TO ${quoteIdent(change.type.name)};` })];
    }
    case 'add-enum-value': {
      const position = change.before !== undefined ? ` BEFORE ${quoteLiteral(change.before)}` : change.after !== undefined ? ` AFTER ${quoteLiteral(change.after)}` : '';
      // A new label cannot be used in the transaction that adds it: run it on its own, committed.
      // Postgres cannot take a label away: going back creates the type anew without it.
      const type = before.types[keyOf(change.type)];
      const again = (c: SchemaChange, sql: string) => [sql, ...createdObjectExtras(c, before, pgVersion).map((e) => e.sql)].join('\n');
      const recreate = { view: (view: View) => again({ kind: 'add-view', view }, recreateViewSql(view)), routine: (routine: RoutineDef) => again({ kind: 'add-routine', routine }, routineSql(routine)) };
      const reverse = type?.kind === 'enum' ? enumWithoutValueSql(before, type, change.value, recreate) : undefined;
      return [statement({ sql: `ALTER TYPE ${quoteQualified(change.type)} ADD VALUE ${quoteLiteral(change.value)}${position};`, description: `Add '${change.value}' to enum ${change.type.name}${reverse ? '' : ' (Postgres cannot remove it again, and its columns have dependants a down script cannot carry)'}`, phase: 'types', transactional: false, ...(reverse ? { reverse } : {}) })];
    }
    case 'rename-enum-value':
      // With the other renames, before anything else touches the type: an enum created anew
      // (it loses a label too) first moves the old one aside under another name.
      return [statement({ sql: `ALTER TYPE ${quoteQualified(change.type)} RENAME VALUE ${quoteLiteral(change.value)} TO ${quoteLiteral(change.newValue)};`, description: `Rename enum label ${change.value}`, phase: 'prepare', reverse: `ALTER TYPE ${quoteQualified(change.type)} RENAME VALUE ${quoteLiteral(change.newValue)} TO ${quoteLiteral(change.value)};` })];
    case 'add-sequence': {
      const s = change.sequence;
      const options = sequenceOptionsSql(s.options);
      const out = [statement({ sql: `CREATE SEQUENCE ${quoteQualified(s)}${options ? ` ${options}` : ''};`, description: `Create sequence ${s.name}`, phase: 'types', reverse: `DROP SEQUENCE ${quoteQualified(s)};` })];
      if (s.ownedBy) {
        const owner = s.ownedBy;
        const ownerSql = sequenceOwnerSql(s, existing(owner.table) ? before.tables[keyOf(owner.table)] : undefined);
        if (ownerSql.length > 0) out.push(statement({ sql: ownerSql.join('\n'), description: `Sequence ${s.name} takes the owner of ${owner.table.name}, as OWNED BY requires`, phase: 'types', reverse: '' }));
        out.push(statement({ sql: `ALTER SEQUENCE ${quoteQualified(s)} OWNED BY ${quoteQualified(owner.table)}.${quoteIdent(owner.column)};`, description: `Sequence ${s.name} belongs to ${owner.table.name}.${owner.column}`, phase: 'constraints', reverse: `ALTER SEQUENCE ${quoteQualified(s)} OWNED BY NONE;` }));
        // A column of a table with rows that now takes its numbers from here: start past them.
        if (existing(owner.table) && before.tables[keyOf(owner.table)]?.columns.some((c) => c.name === owner.column)) {
          out.push(statement({ sql: `SELECT setval(${quoteLiteral(quoteQualified(s))}, coalesce(max(${quoteIdent(owner.column)}) + 1, ${s.options.start ?? 1}), false) FROM ${quoteQualified(owner.table)};`, description: `Continue ${s.name} after the existing values of ${owner.table.name}.${owner.column}`, phase: 'constraints', reverse: '' }));
        }
      }
      return out;
    }
    case 'drop-sequence': {
      const old = before.sequences[keyOf(change.sequence)];
      // Going back creates it anew: its current value is not restored.
      const reverse = old ? [`CREATE SEQUENCE ${quoteQualified(old)}${sequenceOptionsSql(old.options) ? ` ${sequenceOptionsSql(old.options)}` : ''};`, ...(old.ownedBy ? [`ALTER SEQUENCE ${quoteQualified(old)} OWNED BY ${quoteQualified(old.ownedBy.table)}.${quoteIdent(old.ownedBy.column)};`] : [])].join('\n') : undefined;
      return [statement({ sql: `DROP SEQUENCE ${quoteQualified(change.sequence)};`, description: `Drop sequence ${change.sequence.name}`, phase: 'drop-objects', destructive: true, ...(reverse ? { reverse } : {}) })];
    }
    case 'alter-sequence':
      return alterSequenceStatements(change, before.sequences[keyOf(change.sequence)]);
    case 'add-routine':
    case 'replace-routine': {
      const old = before.routines[`${keyOf(change.routine)}(${change.routine.signature})`];
      const altered = change.kind === 'replace-routine' ? alterRoutineStatements(old, change.routine) : undefined;
      if (altered) return altered;
      const drop = `DROP ${routineKindSql(change.routine)} ${quoteQualified(change.routine)}(${signatureSql(change.routine)});`;
      return [statement({ sql: routineSql(change.routine, change.kind === 'replace-routine'), description: `${change.kind === 'add-routine' ? 'Create' : 'Replace'} ${change.routine.kind} ${change.routine.name}`, phase: 'functions', reverse: old ? routineSql(old, true) : drop })];
    }
    case 'drop-routine': {
      const old = before.routines[`${keyOf(change.routine)}(${change.routine.signature})`];
      // A SQL body reading tables or views is checked when the down migration creates the
      // function again: dropped with the views, it comes back after them.
      const phase = old && readsRelations(before, old) ? 'drop-views' : 'drop-objects';
      return [statement({ sql: `DROP ${old?.kind === 'procedure' ? 'PROCEDURE' : 'FUNCTION'} ${quoteQualified(change.routine)}(${signatureSql(old ?? change.routine)});`, description: `Drop ${change.routine.name}`, phase, ...(old ? { reverse: routineSql(old) } : {}) })];
    }
    case 'add-table':
      created.add(keyOf(change.table));
      return [
        ...createTableStatements(change.table, before, holdBack, Boolean(change.table.partitionOf && created.has(keyOf(change.table.partitionOf.parent)))),
        ...change.table.checks.filter((c) => !c.inherited && c.notValid).flatMap((c) => validatedCopyStatements(target, change.table, c.name, existing)),
      ];
    case 'drop-table': {
      const old = tableOf(change.table);
      // Its serial sequences went with it: going back creates them first.
      const recreate = old ? withOwnedSequences(before, old, undefined, createTableStatements(old, before).map((s) => s.sql).join('\n')) : undefined;
      // A foreign table's rows live on its server: dropping it deletes none.
      if (old?.foreign) return [statement({ sql: `DROP FOREIGN TABLE ${quoteQualified(change.table)};`, description: `Drop foreign table ${change.table.name} (its rows stay on server ${old.foreign.server})`, phase: 'drop-tables', hazards: ['access-exclusive-lock'], ...(recreate ? { reverse: recreate } : {}) })];
      const detach = old && detachBeforeDropSql(before, old);
      const drop = statement({ sql: `DROP TABLE ${quoteQualified(change.table)};`, description: `Drop table ${change.table.name} and its rows`, phase: 'drop-tables', hazards: ['deletes-data', 'access-exclusive-lock'], destructive: true, ...(recreate ? { reverse: recreate } : {}) });
      // Created again as a partition by the drop's reverse.
      return detach ? [statement({ sql: detach, description: `Detach ${change.table.name} to drop it (foreign keys reference its parent; brief ACCESS EXCLUSIVE on the parent)`, phase: 'drop-tables', hazards: ['access-exclusive-lock'], destructive: true, squawkIgnore: DETACH_TO_DROP, reverse: '' }), drop] : [drop];
    }
    case 'rename-table':
      return [statement({ sql: `ALTER TABLE ${quoteQualified(change.table)} RENAME TO ${quoteIdent(change.newName)};`, description: `Rename table ${change.table.name} to ${change.newName}`, phase: 'prepare', hazards: ['access-exclusive-lock'], squawkIgnore: { rules: ['renaming-table'], reason: 'a rename keeps the rows (and views, keys, indexes follow it); clients using the old name must change with this migration' }, reverse: `ALTER TABLE ${quoteQualified({ schema: change.table.schema, name: change.newName })} RENAME TO ${quoteIdent(change.table.name)};` })];
    case 'alter-table': {
      const t = quoteQualified(change.table);
      const old = tableOf(change.table);
      const out: PlannedStatement[] = [];
      const { set } = change;
      if (set.rowLevelSecurity !== undefined) out.push(statement({ sql: `ALTER TABLE ${t} ${set.rowLevelSecurity ? 'ENABLE' : 'DISABLE'} ROW LEVEL SECURITY;`, description: `Row-level security ${set.rowLevelSecurity ? 'on' : 'off'} for ${change.table.name}`, phase: 'triggers', reverse: `ALTER TABLE ${t} ${set.rowLevelSecurity ? 'DISABLE' : 'ENABLE'} ROW LEVEL SECURITY;` }));
      if (set.forceRowLevelSecurity !== undefined) out.push(statement({ sql: `ALTER TABLE ${t} ${set.forceRowLevelSecurity ? '' : 'NO '}FORCE ROW LEVEL SECURITY;`, description: `Forced row-level security for ${change.table.name}`, phase: 'triggers', reverse: `ALTER TABLE ${t} ${set.forceRowLevelSecurity ? 'NO ' : ''}FORCE ROW LEVEL SECURITY;` }));
      if (set.unlogged !== undefined) out.push(statement({ sql: `ALTER TABLE ${t} SET ${set.unlogged ? 'UNLOGGED' : 'LOGGED'};`, description: `${change.table.name} ${set.unlogged ? 'unlogged' : 'logged'}`, phase: 'tables', hazards: ['table-rewrite', 'access-exclusive-lock'], reverse: `ALTER TABLE ${t} SET ${set.unlogged ? 'LOGGED' : 'UNLOGGED'};` }));
      appendAll(out, tableSettingStatements(change.table, old, set));
      if (set.comment !== undefined) out.push(statement({ sql: comment(`${tableKeyword(old)} ${t}`, set.comment), description: `Comment on ${change.table.name}`, phase: 'comments', reverse: comment(`${tableKeyword(old)} ${t}`, old?.comment) }));
      return out;
    }
    case 'attach-partition':
      return attachPartitionStatements(change, before, target, reattached.get(keyOf(change.table)));
    case 'detach-partition':
      // Detached by the attach that follows, in its transaction.
      return reattached.has(keyOf(change.table)) ? [] : detachPartitionStatements(change, before);
    case 'inherit-table':
    case 'disinherit-table':
      return inheritanceStatements(change, existing(change.table), notes);
    case 'rebuild-table':
      return rebuildTableStatements(change, before, target, rebuilt);
    case 'add-column': {
      // A column an inheritance child has from its parent, and keeps as its own when the parent
      // drops it: the parent's DROP COLUMN is made ONLY (below), which leaves it to the child.
      const inherited = tableOf(change.table)?.columns.find((c) => c.name === change.column.name && c.inherited);
      if (inherited && keptByChild(before, target, change.table, change.column.name)) return [];
      return addColumnStatements(change.table, change.column, existing(change.table));
    }
    case 'drop-column': {
      const old = tableOf(change.table)?.columns.find((c) => c.name === change.column);
      // All of the column's statements: a required column's guard comes before its ADD COLUMN.
      const reverse = old ? withOwnedSequences(before, change.table, change.column, addColumnStatements(change.table, old, true).map((s) => s.sql).join('\n')) : undefined;
      const keepers = Object.values(before.tables).filter((t) => t.inherits.some((p) => sameName(p, change.table)) && keptByChild(before, target, t, change.column));
      const only = keepers.length > 0 ? 'ONLY ' : '';
      const kept = keepers.length > 0 ? ` (${keepers.map((t) => t.name).join(', ')} keep${keepers.length === 1 ? 's' : ''} its own copy and values)` : '';
      return [statement({ sql: `ALTER TABLE ${only}${quoteQualified(change.table)} DROP COLUMN ${quoteIdent(change.column)};`, description: `Drop column ${change.table.name}.${change.column} and its data${kept}`, phase: 'columns', hazards: ['deletes-data', 'access-exclusive-lock'], destructive: true, ...(reverse ? { reverse } : {}) })];
    }
    case 'rename-column':
      return [statement({ sql: `ALTER TABLE ${quoteQualified(change.table)} RENAME COLUMN ${quoteIdent(change.column)} TO ${quoteIdent(change.newName)};`, description: `Rename ${change.table.name}.${change.column} to ${change.newName} (data kept)`, phase: 'prepare', hazards: ['access-exclusive-lock'], squawkIgnore: { rules: ['renaming-column'], reason: 'a rename keeps the data (and views, keys, indexes follow it); clients using the old name must change with this migration' }, reverse: `ALTER TABLE ${quoteQualified(change.table)} RENAME COLUMN ${quoteIdent(change.newName)} TO ${quoteIdent(change.column)};` })];
    case 'alter-column': {
      const old = tableOf(change.table)?.columns.find((c) => c.name === change.column);
      return old ? [...alterColumnStatements(change.table, old, change.set, existing(change.table), before), ...columnSettingStatements(change.table, old, change.set)] : [];
    }
    case 'add-constraint': {
      const table = tableOf(change.table);
      const referenced = change.constraint.type === 'foreign-key' ? (before.tables[keyOf(change.constraint.references)] ?? target.tables[keyOf(change.constraint.references)]) : undefined;
      if (table?.partitioning && existing(change.table) && (change.constraint.type === 'primary-key' || change.constraint.type === 'unique')) {
        const perPartition = partitionedKeyStatements(change.table, change.constraint, before, target);
        if (perPartition) return perPartition;
      }
      const added = addConstraintStatements(change.table, change.constraint, existing(change.table), Boolean(table?.partitioning), Boolean(referenced?.partitioning));
      const owner = target.tables[keyOf(change.table)];
      return change.constraint.type === 'check' && change.constraint.notValid && owner ? [...added, ...validatedCopyStatements(target, owner, change.constraint.name, existing)] : added;
    }
    case 'drop-constraint': {
      const owner = tableOf(change.table);
      // A partition's copy of its parent's foreign key that the parent's drop took along (the
      // partition moving to another parent keeps it only when detached first): nothing left.
      if (owner && !allConstraints(owner).some((c) => c.name === change.name)) return [];
      const old = owner ? tableConstraints(owner)[change.name] : undefined;
      // A key or check that was NOT VALID comes back NOT VALID: rows it never checked may break it.
      const notValid = old && (old.type === 'foreign-key' || old.type === 'check') && old.notValid ? ' NOT VALID' : '';
      // Its children's copies that were validated (made after it) are validated again.
      const copies = owner && old?.type === 'check' && old.notValid ? validatedCopies(before, owner, change.name).map((child) => `\n${validateCopySql(child, change.name)}`).join('') : '';
      return [statement({ sql: `ALTER TABLE ${quoteQualified(change.table)} DROP CONSTRAINT ${quoteIdent(change.name)};`, description: `Drop constraint ${change.name}`, phase: 'drop-dependents', ...(old ? { reverse: `ALTER TABLE ${quoteQualified(change.table)} ADD ${constraintClause(old)}${notValid};${copies}` } : {}) })];
    }
    case 'rename-constraint':
      return [statement({ sql: `ALTER TABLE ${quoteQualified(change.table)} RENAME CONSTRAINT ${quoteIdent(change.name)} TO ${quoteIdent(change.newName)};`, description: `Rename constraint ${change.name}`, phase: 'prepare', reverse: `ALTER TABLE ${quoteQualified(change.table)} RENAME CONSTRAINT ${quoteIdent(change.newName)} TO ${quoteIdent(change.name)};` })];
    case 'validate-constraint':
      notes.push(keptValidatedNote(change.table, change.name, 'the down migration'));
      return [statement({ sql: `ALTER TABLE ${quoteQualified(change.table)} VALIDATE CONSTRAINT ${quoteIdent(change.name)};`, description: `Validate ${change.name}`, phase: 'validate', hazards: ['validation-scan'], ownTransaction: true, reverse: '' })];
    case 'mark-constraint-not-valid':
      notes.push(keptValidatedNote(change.table, change.name, 'the migration'));
      return [];
    case 'set-constraint-deferrable': {
      const old = tableOf(change.table)?.foreignKeys.find((fk) => fk.name === change.name);
      const alter = (c: { deferrable: boolean; initiallyDeferred: boolean }) => `ALTER TABLE ${quoteQualified(change.table)} ALTER CONSTRAINT ${quoteIdent(change.name)} ${deferrabilitySql(c)};`;
      return [statement({ sql: alter(change), description: `Foreign key ${change.name} ${deferrabilitySql(change).toLowerCase()}`, phase: 'prepare', ...(old ? { reverse: alter(old) } : {}) })];
    }
    case 'add-index': {
      const table = tableOf(change.table);
      const isView = !table && Boolean(before.views[keyOf(change.table)]);
      if (table?.partitioning && existing(change.table)) {
        const perPartition = partitionedIndexStatements(change.table, change.index, before, target);
        if (perPartition) return perPartition;
      }
      const out = addIndexStatements(change.table, change.index, isView || existing(change.table), Boolean(table?.partitioning));
      return isView ? out.map((s) => ({ ...s, phase: 'views' as const })) : out;
    }
    case 'drop-index': {
      const owner = tableOf(change.table) ?? before.views[keyOf(change.table)];
      const index = owner?.indexes.find((ix) => ix.name === change.name);
      if (!index) return [];
      const out = dropIndexStatements(change.table, index, Boolean(tableOf(change.table)?.partitioning));
      // Going back, the partitions' indexes are built first under the names they had: the
      // parent's CREATE INDEX then attaches them instead of building copies under new names.
      const copies = attachedIndexes(before, change.table, index.name);
      if (copies.length > 0) out[0] = { ...out[0]!, reverse: [...copies.map(({ partition, index: copy }) => `${indexSql(copy, partition)};`), out[0]!.reverse].join('\n') };
      // The drop unclusters the table: going back, the index is created and clustered on again.
      if (owner?.clusterOn === index.name) out[0] = { ...out[0]!, reverse: `${out[0]!.reverse}\n${clusterOnSql(quoteQualified(change.table), index.name)}` };
      return out;
    }
    case 'attach-index':
      return [attachIndexStatement(change, before)];
    case 'set-index-options': {
      const owner = tableOf(change.table) ?? before.views[keyOf(change.table)];
      const old = owner ? indexesAndKeys(owner).find((x) => x.name === change.name) : undefined;
      return indexOptionsStatements(change.table, change.name, old?.options ?? [], change.options);
    }
    case 'rename-index':
      return [statement({ sql: `ALTER INDEX ${quoteQualified({ schema: change.table.schema, name: change.name })} RENAME TO ${quoteIdent(change.newName)};`, description: `Rename index ${change.name}`, phase: 'prepare', reverse: `ALTER INDEX ${quoteQualified({ schema: change.table.schema, name: change.newName })} RENAME TO ${quoteIdent(change.name)};` })];
    case 'add-view':
      return createViewStatements(change.view);
    case 'replace-view': {
      const old = before.views[keyOf(change.view)];
      // New columns at the end can only be taken away again by creating the view anew (the
      // planner replaces views that way only when nothing depends on them).
      const sql = withSearchPath(change.view.searchPath, viewSql(change.view, true));
      // Only what CREATE OR REPLACE keeps changed (its comments or column defaults, written by
      // plan-created.ts): the definition is the same, and replacing it would do nothing.
      if (old && sql === withSearchPath(old.searchPath, viewSql(old, true)) && viewReplacement(old, change.view) === 'same') return [];
      const reverse = old && (viewReplacement(old, change.view) === 'same' ? withSearchPath(old.searchPath, viewSql(old, true)) : `DROP VIEW ${quoteQualified(old)};\n${recreateViewSql(old)}`);
      return [statement({ sql, description: `Replace view ${change.view.name}`, phase: 'views', ...(reverse ? { reverse } : {}) })];
    }
    case 'drop-view': {
      const old = before.views[keyOf(change.view)];
      return old ? [dropViewStatement(old)] : [];
    }
    case 'rename-view': {
      const old = before.views[keyOf(change.view)];
      const kind = old?.materialized ? 'MATERIALIZED VIEW' : 'VIEW';
      return [statement({ sql: `ALTER ${kind} ${quoteQualified(change.view)} RENAME TO ${quoteIdent(change.newName)};`, description: `Rename view ${change.view.name}`, phase: 'prepare', reverse: `ALTER ${kind} ${quoteQualified({ schema: change.view.schema, name: change.newName })} RENAME TO ${quoteIdent(change.view.name)};` })];
    }
    case 'add-trigger':
      return [statement({ sql: `${triggerSql(change.trigger, change.table)};`, description: `Trigger ${change.trigger.name} on ${change.table.name}`, phase: 'triggers', reverse: `DROP TRIGGER ${quoteIdent(change.trigger.name)} ON ${quoteQualified(change.table)};` })];
    case 'drop-trigger': {
      const owner = tableOf(change.table) ?? before.views[keyOf(change.table)];
      const old = owner?.triggers.find((t) => t.name === change.name);
      return [statement({ sql: `DROP TRIGGER ${quoteIdent(change.name)} ON ${quoteQualified(change.table)};`, description: `Drop trigger ${change.name}`, phase: 'drop-dependents', ...(old ? { reverse: `${triggerSql(old, change.table)};` } : {}) })];
    }
    case 'add-policy':
      return [statement({ sql: `${policySql(change.policy, change.table)};`, description: `Policy ${change.policy.name} on ${change.table.name}`, phase: 'triggers', reverse: `DROP POLICY ${quoteIdent(change.policy.name)} ON ${quoteQualified(change.table)};` })];
    case 'drop-policy': {
      const old = tableOf(change.table)?.policies.find((p) => p.name === change.name);
      return [statement({ sql: `DROP POLICY ${quoteIdent(change.name)} ON ${quoteQualified(change.table)};`, description: `Drop policy ${change.name}`, phase: 'drop-dependents', ...(old ? { reverse: `${policySql(old, change.table)};` } : {}) })];
    }
    case 'set-comment':
      return setCommentStatements(change, before);
    case 'set-privileges':
      return setPrivilegesStatements(change, before, pgVersion);
    case 'set-default-privileges':
      return setDefaultPrivilegesStatements(change, before, pgVersion);
    case 'alter-extension':
    case 'add-collation':
    case 'drop-collation':
    case 'add-statistics':
    case 'drop-statistics':
    case 'alter-statistics':
    case 'alter-domain':
    case 'add-domain-check':
    case 'drop-domain-check':
    case 'alter-composite':
      return propertyStatements(change, before);
    case 'data-migration':
      // In a transaction of its own: the block before it may have taken locks (ADD FOREIGN KEY
      // locks the referenced table) that must not be held for the length of an UPDATE.
      return [statement({ sql: change.sql, description: change.description, phase: 'backfill', hazards: ['backfill'], ownTransaction: true, ...(change.reverseSql !== undefined ? { reverse: change.reverseSql } : {}) })];
    default:
      return assertNever(change);
  }
}

/**
 * Whether an inheritance child has `column` from a parent now and as its own, of the same type,
 * in the target (the parent drops it, the child keeps it with its data).
 */
function keptByChild(before: Schema, target: Schema, child: QualifiedName, column: string): boolean {
  const now = before.tables[keyOf(child)]?.columns.find((c) => c.name === column);
  const after = target.tables[keyOf(child)]?.columns.find((c) => c.name === column && !c.inherited);
  return Boolean(now?.inherited && after && formatType(now.type) === formatType(after.type));
}

/** The drop's reverse creates the object again with its privileges and comments. */
function withRestoredExtras(statements: PlannedStatement[], extras: PlannedStatement[]): PlannedStatement[] {
  if (extras.length === 0) return statements;
  const drop = statements.findIndex((s) => s.reverse && /^(DROP\b|ALTER TABLE .* DROP CONSTRAINT\b)/s.test(s.sql));
  if (drop < 0) return statements;
  return statements.map((s, i) => (i === drop ? { ...s, reverse: [s.reverse!, ...extras.map((e) => e.sql)].join('\n') } : s));
}

function isRoutineCreate(change: SchemaChange): change is Extract<SchemaChange, { kind: 'add-routine' | 'replace-routine' }> {
  return change.kind === 'add-routine' || change.kind === 'replace-routine';
}

/**
 * A SQL function whose body reads tables or views is created after them (its body is checked),
 * and so is one that calls such a function.
 */
function readsRelations(target: Schema, routine: RoutineDef, seen = new Set<RoutineDef>()): boolean {
  if (seen.has(routine)) return false;
  seen.add(routine);
  return routineReadsRelations(target, routine).length > 0 || routineCallsRoutines(target, routine).some((r) => readsRelations(target, r, seen));
}

/** A table's own names in its schema's relation namespace: its own, its keys' and its indexes'. */
function tableRelationNames(table: Table): string[] {
  return [table.name, ...(table.primaryKey ? [table.primaryKey.name] : []), ...table.uniqueConstraints.map((c) => c.name), ...table.exclusions.map((c) => c.name), ...table.indexes.map((ix) => ix.name)];
}

/**
 * The tables dropped by `changes` that hold a name (their own, or an index's or key's) that an
 * object the migration creates in the same schema takes: a table created, a key or index added.
 * Not a partitioned table whose partitions stay (they are detached or moved after the creations).
 */
function tablesFreeingNames(from: Schema, target: Schema, changes: readonly SchemaChange[]): Set<string> {
  const created = new Set<string>();
  const add = (schema: string, name: string) => created.add(`${schema}\u0000${name}`);
  for (const c of changes) {
    if (c.kind === 'add-table') for (const name of tableRelationNames(c.table)) add(c.table.schema, name);
    else if (c.kind === 'add-index') add(c.table.schema, c.index.name);
    else if (c.kind === 'add-constraint' && c.constraint.type !== 'check' && c.constraint.type !== 'foreign-key') add(c.table.schema, c.constraint.name);
    else if (c.kind === 'rebuild-table') {
      const table = target.tables[keyOf(c.table)];
      if (table) for (const name of tableRelationNames(table)) add(c.table.schema, name);
    }
  }
  const out = new Set<string>();
  for (const c of changes) {
    if (c.kind !== 'drop-table') continue;
    const table = from.tables[keyOf(c.table)];
    if (!table || partitionTree(Object.values(from.tables), table).some((p) => target.tables[keyOf(p)])) continue;
    const tree = [table, ...partitionTree(Object.values(from.tables), table)];
    // Its partitions go first with it (children are dropped before their parent).
    if (tree.some((t) => tableRelationNames(t).some((name) => created.has(`${t.schema}\u0000${name}`)))) for (const t of tree) out.add(keyOf(t));
  }
  return out;
}

export function planMigration(from: Schema, requested: readonly SchemaChange[], options: PlanOptions = {}): MigrationPlan {
  const notes: string[] = [];
  const pgVersion = options.pgVersion ?? DEFAULT_PG_VERSION;
  // What the target version cannot do is refused up front (and left out), never half-done.
  const partitioned = (t: QualifiedName) => Boolean(from.tables[keyOf(t)]?.partitioning);
  const kept = requested.filter((change) => {
    const refusal = versionRefusal(change, pgVersion, partitioned) ?? partitionRefusal(change, from);
    if (refusal) notes.push(refusalNote(refusal));
    return !refusal;
  });
  // An index refused its drop keeps its name: what would take the name waits with it.
  const keptNames = new Set(requested.flatMap((c) => (c.kind === 'drop-index' && !kept.includes(c) ? [`${c.table.schema}\u0000${c.name}`] : [])));
  const changes = kept.filter((change) => {
    const name = change.kind === 'add-index' ? change.index.name : change.kind === 'add-constraint' && change.constraint.type !== 'check' && change.constraint.type !== 'foreign-key' ? change.constraint.name : undefined;
    if (name === undefined || !('table' in change) || !keptNames.has(`${change.table.schema}\u0000${name}`)) return true;
    notes.push(refusalNote(`${name} on ${change.table.name}: the name stays with the index whose drop is refused above`));
    return false;
  });
  const created = new Set<string>();
  const planned: PlannedStatement[] = [];
  // The schema just before each change, kept up to date in one working copy.
  const sequence = new ChangeSequence(from);
  const expanded = expandDependants(from, changes, pgVersion);
  appendAll(notes, expanded.refusals.map(refusalNote));
  const target = applyChanges(from, changes);
  const ordered = orderChanges(from, target, expanded.changes);
  // A table a data migration fills: making its columns NOT NULL and dropping the columns it reads
  // wait until the backfill has run (they go to the validate phase, after the backfill's).
  const backfilled = new Set(changes.flatMap((c) => (c.kind === 'data-migration' ? [keyOf(c.table)] : [])));
  const promotions = indexPromotions(from, changes);
  const replacements = uniqueReplacements(from, changes, promotions);
  const marks = indexMarks(from, changes, replacements);
  // A key added to an existing table is attached over its index in the validate phase: foreign
  // keys that reference it are added after that, so they bind to the constraint and the down
  // migration can drop them before it.
  const renamed = applyChanges(from, ordered.filter((c) => c.kind.startsWith('rename-')));
  const keyedLate = new Set(ordered.flatMap((c) => (c.kind === 'add-constraint' && (c.constraint.type === 'primary-key' || c.constraint.type === 'unique') && renamed.tables[keyOf(c.table)] && !renamed.tables[keyOf(c.table)]!.partitioning ? [keyOf(c.table)] : [])));
  const deferred: PlannedStatement[] = [];
  const referencesLateKey = (c: TableConstraint) => c.type === 'foreign-key' && keyedLate.has(keyOf(c.references));
  const reattached = reattachedPartitions(from, ordered);
  const rebuilt = new Set(ordered.flatMap((c) => (c.kind === 'rebuild-table' ? [keyOf(c.table)] : [])));
  const reboundParents = [...reattached.keys()].flatMap((k) => (target.tables[k]?.partitionOf ? [target.tables[k]!.partitionOf!.parent] : []));
  const siblingRebound = (table: Table) => table.partitionOf !== undefined && reboundParents.some((p) => sameName(p, table.partitionOf!.parent));
  const freesNames = tablesFreeingNames(from, target, ordered);
  for (const change of ordered) {
    const current = sequence.schema;
    const split = marks.split.get(change);
    let statements = [...statementsFor(split?.rest ?? change, current, created, target, notes, reattached, referencesLateKey, pgVersion, rebuilt), ...(split?.marks ?? []), ...createdObjectExtras(change, current, pgVersion)];
    statements = withRestoredExtras(statements, [...droppedObjectExtras(change, current, pgVersion), ...restoredIdentity(from, change)]);
    // A new table's foreign keys to such a key wait for it too, like an added foreign key's.
    if (change.kind === 'add-table') {
      for (const fk of Object.values(tableConstraints(change.table)).filter(referencesLateKey)) appendAll(deferred, addConstraintStatementsFor(change.table, fk, false).map((s) => ({ ...s, phase: 'validate' as const })));
    }
    if (change.kind === 'drop-index' && promotions.kept.has(`${keyOf(change.table)}|${change.name}`)) {
      statements = []; // the index stays: a constraint takes it over (below)
    } else if (change.kind === 'add-constraint' && promotions.byConstraint.has(`${keyOf(change.table)}|${change.constraint.name}`)) {
      const promoted = promotionStatement(change.table, change.constraint, promotions.byConstraint.get(`${keyOf(change.table)}|${change.constraint.name}`)!);
      // A partition's key then attached to its parent's key cannot be dropped alone: the attach
      // says it is not reversible, and the key stays going back.
      const attached = ordered.some((c) => c.kind === 'attach-index' && sameName(c.table, change.table) && c.name === change.constraint.name);
      statements = [attached ? { ...promoted, reverse: '' } : promoted, ...createdObjectExtras(change, current, pgVersion)];
    } else if (replacements.size > 0 && (change.kind === 'drop-constraint' || change.kind === 'drop-index') && replacements.has(`${keyOf(change.table)}|${change.name}`)) {
      statements = statements.map((s) => ({ ...s, phase: 'validate' as const, description: `${s.description} (its replacement is built)` }));
    } else if (replacements.size > 0 && change.kind === 'add-constraint' && replacements.has(`${keyOf(change.table)}|${change.constraint.name}`)) {
      const temporary = replacements.get(`${keyOf(change.table)}|${change.constraint.name}`)!;
      statements = [...addConstraintStatements(change.table, change.constraint, true, false, false, temporary), ...createdObjectExtras(change, current, pgVersion), ...(marks.afterSwap.get(`${keyOf(change.table)}|${change.constraint.name}`) ?? [])];
    } else if (replacements.size > 0 && change.kind === 'add-index' && replacements.has(`${keyOf(change.table)}|${change.index.name}`)) {
      const temporary = replacements.get(`${keyOf(change.table)}|${change.index.name}`)!;
      const [build] = addIndexStatements(change.table, { ...change.index, name: temporary }, true, false);
      statements = [
        { ...build!, description: `Build the new ${change.index.name} as ${temporary} (the old one keeps enforcing uniqueness meanwhile)` },
        statement({
          sql: `ALTER INDEX ${quoteQualified({ schema: change.table.schema, name: temporary })} RENAME TO ${quoteIdent(change.index.name)};`,
          description: `The new index takes the name ${change.index.name}`,
          phase: 'validate',
          reverse: `ALTER INDEX ${quoteQualified({ schema: change.table.schema, name: change.index.name })} RENAME TO ${quoteIdent(temporary)};`,
        }),
        ...(marks.afterSwap.get(`${keyOf(change.table)}|${change.index.name}`) ?? []),
      ];
    }
    // A table dropped whose name, or an index's or key's, a new object takes: dropped before
    // the new objects are created (Postgres keeps one relation of a name per schema).
    if (change.kind === 'drop-table' && freesNames.has(keyOf(change.table))) statements = statements.map((s) => (s.phase === 'drop-tables' ? { ...s, phase: 'drop-replaced' as const, description: `${s.description} (first: a new object takes a name it holds)` } : s));
    const waits = backfilled.size > 0 && ((change.kind === 'alter-column' && change.set.notNull === true) || change.kind === 'drop-column') && backfilled.has(keyOf(change.table));
    if (waits) statements = statements.map((s) => (s.phase === 'columns' ? { ...s, phase: 'validate' as const } : s));
    const phase = expanded.phases.get(change) ?? (isRoutineCreate(change) && readsRelations(target, change.routine) ? 'views' : undefined);
    if (phase) statements = statements.map((s) => ({ ...s, phase, ...(phase === 'guards' ? { hazards: [] } : {}) }));
    // Dropped and added again around a change (a generated column): no data of its own is lost.
    if (expanded.destructive.has(change)) statements = statements.map((s) => ({ ...s, destructive: true, hazards: [...new Set([...s.hazards, 'deletes-data' as const])], description: `${s.description} (replacing the values it had)` }));
    if (expanded.rebuilt.has(change)) statements = statements.map((s) => ({ ...s, destructive: false, hazards: s.hazards.filter((h) => h !== 'deletes-data'), description: `${s.description} (rebuilt around a change it depends on)` }));
    statements = withReviewHazards(change, statements, { from, target, rebuilt: expanded.rebuilt.has(change) || expanded.around.has(change) });
    sequence.apply(change);
    if (change.kind === 'add-constraint' && referencesLateKey(change.constraint)) {
      appendAll(deferred, statements.map((s) => ({ ...s, phase: 'validate' as const })));
    } else if (change.kind === 'add-table' && siblingRebound(change.table)) {
      // A new partition of a parent whose partition changes its bound (detached and attached
      // again in the validate phase): its bound may overlap the sibling's old one, so it is made
      // after that, with what comes with it (an empty table: nothing waits on it).
      appendAll(deferred, statements.map((s) => (PHASES.indexOf(s.phase) <= PHASES.indexOf('validate') ? { ...s, phase: 'validate' as const } : s)));
    } else appendAll(planned, statements);
  }
  appendAll(planned, deferred);
  const phased: PlannedStatement[] = [];
  for (const phase of PHASES) {
    for (const s of planned.filter((p) => p.phase === phase)) {
      if (s.destructive && !options.allowDestructive) {
        notes.push(`Skipped (loses data; allow destructive changes to include it): ${s.description}`);
        continue;
      }
      phased.push(s);
    }
  }
  const up = mergeTableRewrites(phased);
  const down: PlannedStatement[] = [];
  for (const s of [...up].reverse()) {
    // An empty reverse: nothing to undo (a backfill of a column the down migration drops).
    if (s.reverse === '') continue;
    if (s.reverse === undefined) {
      if (!/^(COMMENT|ALTER TABLE (?:"(?:[^"]|"")*"|[^\s".]+)(?:\.(?:"(?:[^"]|"")*"|[^\s".]+))? (?:VALIDATE|DROP CONSTRAINT))/.test(s.sql)) notes.push(`Not reversible: ${s.description}`);
      continue;
    }
    down.push(statement({ sql: s.reverse, description: `Undo: ${s.description}`, phase: s.phase, transactional: !/\bCONCURRENTLY\b/.test(s.reverse), hazards: s.sql.startsWith('CREATE TABLE') ? ['deletes-data'] : [], destructive: s.sql.startsWith('CREATE TABLE') || /ADD COLUMN/.test(s.sql) }));
  }
  return { up, down, notes };
}
