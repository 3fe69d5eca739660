/**
 * The planner: a list of schema changes (from the differ, patterns or design edits) becomes the
 * statements of a migration, each with its hazards and its reverse, ordered so dependencies hold:
 * types and functions before the tables that use them, dependents dropped before what they
 * depend on, foreign keys after every table (cycles need nothing special), views after tables.
 */
import { applyChanges, ChangeSequence } from '../changes/apply';
import { assertNever, type SchemaChange, type TableConstraint } from '../changes/types';
import { keyOf, sameName } from '../model/names';
import type { QualifiedName, RoutineDef, Schema, Table, View } from '../model/types';
import { expandDependants } from './expand';
import { orderChanges } from './order';
import { viewReplacement } from './views';
import { enumWithoutValueSql } from './enums';
import { DEFAULT_PG_VERSION } from './versions';
import { versionRefusal } from './refusals';
import { partitionRefusal } from './partition-refusals';
import { refusalNote } from './plan-sql';
import { addColumnStatements, addConstraintStatements, addIndexStatements, alterColumnStatements, constraintClause, dropIndexStatements, statement } from './plan-tables';
import { commentSql as comment, setCommentStatements } from './plan-comments';
import { createdObjectExtras, droppedObjectExtras, withRestoredExtras } from './plan-created';
import { setDefaultPrivilegesStatements, setPrivilegesStatements } from './plan-privileges';
import { propertyStatements } from './plan-properties';
import { extensionSql } from './print-objects';
import { alterRoutineStatements, isRoutineCreate, readsRelations } from './plan-routines';
import { alterSequenceStatements } from './plan-sequences';
import { clusterOnSql, columnSettingStatements, indexOptionsStatements, tableSettingStatements } from './plan-table-settings';
import { allConstraints, indexesAndKeys } from '../model/key-constraints';
import { type MigrationPlan, PHASES, type PlannedStatement } from './plan-types';
import { deferrabilitySql, indexSql, policySql, sequenceOptionsSql, triggerSql } from './print-parts';
import { routineKindSql, routineSql, signatureSql, tableKeyword, typeSql, viewSql, withSearchPath } from './print-schema';
import { quoteIdent, quoteLiteral, quoteQualified } from './safe-text';
import { tableConstraints } from '../diff/tables';
import { appendAll } from '../lib/arrays';
import { inheritanceStatements, keptByChild } from './plan-inheritance';
import { attachPartitionStatements, DETACH_TO_DROP, detachBeforeDropSql, detachPartitionStatements, partitionedKeyStatements } from './plan-partitions';
import { attachedIndexes, attachIndexStatement, partitionedIndexStatements } from './plan-partition-indexes';
import { validatedCopyStatements } from './plan-not-valid-copies';
import { validateCopySql, validatedCopies } from './not-valid-checks';
import { rebuildTableStatements } from './rebuild-table';
import { addConstraintStatementsFor, createTableStatements } from './plan-create-table';
import { createViewStatements, dropViewStatement, recreateViewSql } from './plan-views';
import { sequenceOwnerSql, withOwnedSequences } from './plan-owned-sequences';
import { tablesFreeingNames } from './plan-freed-names';
import { planIndexSwaps, restoredIdentity, swappedStatements, waitsForKeys } from './plan-index-swaps';
import { upAndDown } from './plan-up-down';
import { withReviewHazards } from './plan-review-hazards';
import { restoreConstraint } from './plan-undo';

export interface PlanOptions {
  /** Emit statements that lose data (dropped tables, columns...). Off by default. */
  allowDestructive?: boolean;
  /** The Postgres major version the migration runs on (13-18); default DEFAULT_PG_VERSION. */
  pgVersion?: number;
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
      if (set.unlogged !== undefined) out.push(statement({ sql: `ALTER TABLE ${t} SET ${set.unlogged ? 'UNLOGGED' : 'LOGGED'};`, description: `${change.table.name} ${set.unlogged ? 'unlogged' : 'logged'}`, phase: 'tables', hazards: ['table-rewrite', 'access-exclusive-lock'], reverse: `ALTER TABLE ${t} SET ${set.unlogged ? 'LOGGED' : 'UNLOGGED'};`, reverseHazards: ['table-rewrite', 'access-exclusive-lock'] }));
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
      const added = old ? addColumnStatements(change.table, old, true) : [];
      const reverse = old ? withOwnedSequences(before, change.table, change.column, added.map((s) => s.sql).join('\n')) : undefined;
      const reverseHazards = [...new Set(added.flatMap((s) => s.hazards))];
      const keepers = Object.values(before.tables).filter((t) => t.inherits.some((p) => sameName(p, change.table)) && keptByChild(before, target, t, change.column));
      const only = keepers.length > 0 ? 'ONLY ' : '';
      const kept = keepers.length > 0 ? ` (${keepers.map((t) => t.name).join(', ')} keep${keepers.length === 1 ? 's' : ''} its own copy and values)` : '';
      return [statement({ sql: `ALTER TABLE ${only}${quoteQualified(change.table)} DROP COLUMN ${quoteIdent(change.column)};`, description: `Drop column ${change.table.name}.${change.column} and its data${kept}`, phase: 'columns', hazards: ['deletes-data', 'access-exclusive-lock'], destructive: true, ...(reverse ? { reverse, ...(reverseHazards.length > 0 ? { reverseHazards } : {}) } : {}) })];
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
      // Going back, it is added again as the up path adds one to a live table (plan-undo.ts).
      const referenced = old?.type === 'foreign-key' ? before.tables[keyOf(old.references)] : undefined;
      const restore = owner && old ? restoreConstraint(change.table, old, Boolean(owner.partitioning), Boolean(referenced?.partitioning)) : {};
      return [statement({ sql: `ALTER TABLE ${quoteQualified(change.table)} DROP CONSTRAINT ${quoteIdent(change.name)};`, description: `Drop constraint ${change.name}`, phase: 'drop-dependents', ...(old ? { reverse: `ALTER TABLE ${quoteQualified(change.table)} ADD ${constraintClause(old)}${notValid};${copies}`, ...restore } : {}) })];
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
  const swaps = planIndexSwaps(from, changes);
  // Drops that wait for the keys taking their place: after every key is attached (validate phase),
  // before the foreign keys that wait for those keys (one must not bind to an index on its way out).
  const afterKeys: PlannedStatement[] = [];
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
    const split = swaps.marks.split.get(change);
    let statements = [...statementsFor(split?.rest ?? change, current, created, target, notes, reattached, referencesLateKey, pgVersion, rebuilt), ...(split?.marks ?? []), ...createdObjectExtras(change, current, pgVersion)];
    statements = withRestoredExtras(statements, [...droppedObjectExtras(change, current, pgVersion), ...restoredIdentity(from, change)]);
    // A new table's foreign keys to such a key wait for it too, like an added foreign key's.
    if (change.kind === 'add-table') {
      for (const fk of Object.values(tableConstraints(change.table)).filter(referencesLateKey)) appendAll(deferred, addConstraintStatementsFor(change.table, fk, false).map((s) => ({ ...s, phase: 'validate' as const })));
    }
    statements = swappedStatements(swaps, change, statements, () => createdObjectExtras(change, current, pgVersion));
    // A partition's key then attached to its parent's key cannot be dropped alone: the attach
    // says it is not reversible, and the key stays going back.
    if (change.kind === 'add-constraint' && ordered.some((c) => c.kind === 'attach-index' && sameName(c.table, change.table) && c.name === change.constraint.name)) statements = statements.map((s) => ({ ...s, reverse: '' }));
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
    } else if (waitsForKeys(swaps, change)) {
      appendAll(afterKeys, statements);
    } else appendAll(planned, statements);
  }
  appendAll(planned, afterKeys);
  appendAll(planned, deferred);
  return upAndDown(planned, Boolean(options.allowDestructive), notes);
}
