/**
 * The planner: a list of schema changes (from the differ, patterns or design edits) becomes the
 * statements of a migration, each with its hazards and its reverse, ordered so dependencies hold:
 * types and functions before the tables that use them, dependents dropped before what they
 * depend on, foreign keys after every table (cycles need nothing special), views after tables.
 */
import { applyChanges } from '../changes/apply';
import { assertNever, type SchemaChange } from '../changes/types';
import { makeObjectName } from '../model/auto-names';
import { relationNames } from '../model/names-in-use';
import { keyOf } from '../model/names';
import type { QualifiedName, Schema, Table, View } from '../model/types';
import { addColumnStatements, addConstraintStatements, addIndexStatements, alterColumnStatements, constraintClause, dropIndexStatements, statement } from './plan-tables';
import { type MigrationPlan, PHASES, type PlannedStatement } from './plan-types';
import { policySql, sequenceOptionsSql, triggerSql } from './print-parts';
import { createTableSql, routineKindSql, routineSql, signatureSql, typeSql, viewSql, withSearchPath } from './print-schema';
import { dottedName, quoteIdent, quoteLiteral, quoteQualified, storageOption } from './safe-text';
import { tableConstraints } from '../diff/tables';

export interface PlanOptions {
  /** Emit statements that lose data (dropped tables, columns...). Off by default. */
  allowDestructive?: boolean;
}

function comment(target: string, text: string | null | undefined): string {
  return `COMMENT ON ${target} IS ${text === null || text === undefined ? 'NULL' : quoteLiteral(text)};`;
}

/** Everything that makes up a new table: the table, its keys, indexes, triggers, policies. */
function createTableStatements(table: Table): PlannedStatement[] {
  const t = quoteQualified(table);
  // A new table is empty: its keys go inline; only foreign keys wait until every table exists.
  const inline = !table.partitionOf;
  const out = [statement({ sql: createTableSql(table, { inlineKeys: inline }), description: `Create table ${table.name}`, phase: 'tables', reverse: `DROP TABLE ${t};` })];
  for (const constraint of Object.values(tableConstraints(table))) {
    if (constraint.type === 'check' && !constraint.notValid) continue; // inside CREATE TABLE
    if (inline && (constraint.type === 'primary-key' || constraint.type === 'unique' || constraint.type === 'exclusion')) continue;
    out.push(...addConstraintStatementsFor(table, constraint, false));
  }
  for (const index of table.indexes.filter((ix) => !ix.partitionOf)) out.push(...addIndexStatements(table, index, false, Boolean(table.partitioning)));
  for (const trigger of table.triggers) out.push(statement({ sql: `${triggerSql(trigger, table)};`, description: `Trigger ${trigger.name} on ${table.name}`, phase: 'triggers' }));
  if (table.rowLevelSecurity) out.push(statement({ sql: `ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY;`, description: `Row-level security on ${table.name}`, phase: 'triggers' }));
  for (const policy of table.policies) out.push(statement({ sql: `${policySql(policy, table)};`, description: `Policy ${policy.name} on ${table.name}`, phase: 'triggers' }));
  if (table.comment !== undefined) out.push(statement({ sql: comment(`TABLE ${t}`, table.comment), description: `Comment on ${table.name}`, phase: 'comments' }));
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
  const out = [statement({ sql: withSearchPath(view.searchPath, viewSql(view)), description: `Create ${kind.toLowerCase()} ${view.name}`, phase: 'views', reverse: `DROP ${kind} ${quoteQualified(view)};` })];
  for (const index of view.indexes) out.push(...addIndexStatements(view, index, false, false).map((s) => ({ ...s, phase: 'views' as const })));
  for (const trigger of view.triggers) out.push(statement({ sql: `${triggerSql(trigger, view)};`, description: `Trigger ${trigger.name} on ${view.name}`, phase: 'triggers' }));
  return out;
}

function dropViewStatement(view: View): PlannedStatement {
  const kind = view.materialized ? 'MATERIALIZED VIEW' : 'VIEW';
  return statement({ sql: `DROP ${kind} ${quoteQualified(view)};`, description: `Drop ${kind.toLowerCase()} ${view.name}`, phase: 'drop-views', reverse: withSearchPath(view.searchPath, viewSql(view)) });
}

/** The statements for one change, given the schema just before it. */
function statementsFor(change: SchemaChange, before: Schema, created: Set<string>, notes: string[]): PlannedStatement[] {
  const existing = (ref: QualifiedName) => Boolean(before.tables[keyOf(ref)]) && !created.has(keyOf(ref));
  const tableOf = (ref: QualifiedName) => before.tables[keyOf(ref)];
  switch (change.kind) {
    case 'add-schema':
      return [statement({ sql: `CREATE SCHEMA ${quoteIdent(change.namespace.name)};`, description: `Create schema ${change.namespace.name}`, phase: 'prepare', reverse: `DROP SCHEMA ${quoteIdent(change.namespace.name)};` })];
    case 'drop-schema':
      return [statement({ sql: `DROP SCHEMA ${quoteIdent(change.name)};`, description: `Drop schema ${change.name}`, phase: 'drop-objects', reverse: `CREATE SCHEMA ${quoteIdent(change.name)};` })];
    case 'add-extension': {
      const e = change.extension;
      return [statement({ sql: `CREATE EXTENSION IF NOT EXISTS ${quoteIdent(e.name)}${e.schema ? ` WITH SCHEMA ${quoteIdent(e.schema)}` : ''};`, description: `Extension ${e.name}`, phase: 'prepare', reverse: `DROP EXTENSION ${quoteIdent(e.name)};` })];
    }
    case 'drop-extension':
      return [statement({ sql: `DROP EXTENSION ${quoteIdent(change.name)};`, description: `Drop extension ${change.name}`, phase: 'drop-objects', destructive: true })];
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
    case 'add-enum-value': {
      const position = change.before !== undefined ? ` BEFORE ${quoteLiteral(change.before)}` : change.after !== undefined ? ` AFTER ${quoteLiteral(change.after)}` : '';
      // A new label cannot be used in the transaction that adds it: run it on its own, committed.
      return [statement({ sql: `ALTER TYPE ${quoteQualified(change.type)} ADD VALUE ${quoteLiteral(change.value)}${position};`, description: `Add '${change.value}' to enum ${change.type.name} (Postgres cannot remove it again)`, phase: 'types', transactional: false })];
    }
    case 'rename-enum-value':
      return [statement({ sql: `ALTER TYPE ${quoteQualified(change.type)} RENAME VALUE ${quoteLiteral(change.value)} TO ${quoteLiteral(change.newValue)};`, description: `Rename enum label ${change.value}`, phase: 'types', reverse: `ALTER TYPE ${quoteQualified(change.type)} RENAME VALUE ${quoteLiteral(change.newValue)} TO ${quoteLiteral(change.value)};` })];
    case 'add-sequence': {
      const s = change.sequence;
      const options = sequenceOptionsSql(s.options);
      const out = [statement({ sql: `CREATE SEQUENCE ${quoteQualified(s)}${options ? ` ${options}` : ''};`, description: `Create sequence ${s.name}`, phase: 'types', reverse: `DROP SEQUENCE ${quoteQualified(s)};` })];
      if (s.ownedBy) out.push(statement({ sql: `ALTER SEQUENCE ${quoteQualified(s)} OWNED BY ${quoteQualified(s.ownedBy.table)}.${quoteIdent(s.ownedBy.column)};`, description: `Sequence ${s.name} belongs to ${s.ownedBy.table.name}.${s.ownedBy.column}`, phase: 'constraints' }));
      return out;
    }
    case 'drop-sequence':
      return [statement({ sql: `DROP SEQUENCE ${quoteQualified(change.sequence)};`, description: `Drop sequence ${change.sequence.name}`, phase: 'drop-objects', destructive: true })];
    case 'alter-sequence': {
      const old = before.sequences[keyOf(change.sequence)];
      const options = sequenceOptionsSql(change.set);
      const owned = change.ownedBy === null ? ' OWNED BY NONE' : change.ownedBy ? ` OWNED BY ${quoteQualified(change.ownedBy.table)}.${quoteIdent(change.ownedBy.column)}` : '';
      const oldOwned = old?.ownedBy ? ` OWNED BY ${quoteQualified(old.ownedBy.table)}.${quoteIdent(old.ownedBy.column)}` : ' OWNED BY NONE';
      return [statement({ sql: `ALTER SEQUENCE ${quoteQualified(change.sequence)}${options ? ` ${options}` : ''}${owned};`, description: `Change sequence ${change.sequence.name}`, phase: 'constraints', ...(old ? { reverse: `ALTER SEQUENCE ${quoteQualified(change.sequence)} ${sequenceOptionsSql(old.options)}${oldOwned};` } : {}) })];
    }
    case 'add-routine':
    case 'replace-routine': {
      const old = before.routines[`${keyOf(change.routine)}(${change.routine.signature})`];
      const drop = `DROP ${routineKindSql(change.routine)} ${quoteQualified(change.routine)}(${signatureSql(change.routine)});`;
      return [statement({ sql: routineSql(change.routine, change.kind === 'replace-routine'), description: `${change.kind === 'add-routine' ? 'Create' : 'Replace'} ${change.routine.kind} ${change.routine.name}`, phase: 'functions', reverse: old ? routineSql(old, true) : drop })];
    }
    case 'drop-routine': {
      const old = before.routines[`${keyOf(change.routine)}(${change.routine.signature})`];
      return [statement({ sql: `DROP ${old?.kind === 'procedure' ? 'PROCEDURE' : 'FUNCTION'} ${quoteQualified(change.routine)}(${signatureSql(old ?? change.routine)});`, description: `Drop ${change.routine.name}`, phase: 'drop-objects', ...(old ? { reverse: routineSql(old) } : {}) })];
    }
    case 'add-table':
      created.add(keyOf(change.table));
      return createTableStatements(change.table);
    case 'drop-table': {
      const old = tableOf(change.table);
      const recreate = old ? createTableStatements(old).map((s) => s.sql).join('\n') : undefined;
      return [statement({ sql: `DROP TABLE ${quoteQualified(change.table)};`, description: `Drop table ${change.table.name} and its rows`, phase: 'drop-tables', hazards: ['deletes-data', 'access-exclusive-lock'], destructive: true, ...(recreate ? { reverse: recreate } : {}) })];
    }
    case 'rename-table':
      return [statement({ sql: `ALTER TABLE ${quoteQualified(change.table)} RENAME TO ${quoteIdent(change.newName)};`, description: `Rename table ${change.table.name} to ${change.newName}`, phase: 'prepare', hazards: ['access-exclusive-lock'], reverse: `ALTER TABLE ${quoteQualified({ schema: change.table.schema, name: change.newName })} RENAME TO ${quoteIdent(change.table.name)};` })];
    case 'alter-table': {
      const t = quoteQualified(change.table);
      const old = tableOf(change.table);
      const out: PlannedStatement[] = [];
      const { set } = change;
      if (set.rowLevelSecurity !== undefined) out.push(statement({ sql: `ALTER TABLE ${t} ${set.rowLevelSecurity ? 'ENABLE' : 'DISABLE'} ROW LEVEL SECURITY;`, description: `Row-level security ${set.rowLevelSecurity ? 'on' : 'off'} for ${change.table.name}`, phase: 'triggers', reverse: `ALTER TABLE ${t} ${set.rowLevelSecurity ? 'DISABLE' : 'ENABLE'} ROW LEVEL SECURITY;` }));
      if (set.forceRowLevelSecurity !== undefined) out.push(statement({ sql: `ALTER TABLE ${t} ${set.forceRowLevelSecurity ? '' : 'NO '}FORCE ROW LEVEL SECURITY;`, description: `Forced row-level security for ${change.table.name}`, phase: 'triggers', reverse: `ALTER TABLE ${t} ${set.forceRowLevelSecurity ? 'NO ' : ''}FORCE ROW LEVEL SECURITY;` }));
      if (set.unlogged !== undefined) out.push(statement({ sql: `ALTER TABLE ${t} SET ${set.unlogged ? 'UNLOGGED' : 'LOGGED'};`, description: `${change.table.name} ${set.unlogged ? 'unlogged' : 'logged'}`, phase: 'tables', hazards: ['table-rewrite', 'access-exclusive-lock'], reverse: `ALTER TABLE ${t} SET ${set.unlogged ? 'LOGGED' : 'UNLOGGED'};` }));
      if (set.options !== undefined) out.push(statement({ sql: set.options.length > 0 ? `ALTER TABLE ${t} SET (${set.options.map(storageOption).join(', ')});` : `ALTER TABLE ${t} RESET (${(old?.options ?? []).map((o) => dottedName(o.split('=')[0]!)).join(', ')});`, description: `Storage options of ${change.table.name}`, phase: 'tables' }));
      if (set.comment !== undefined) out.push(statement({ sql: comment(`TABLE ${t}`, set.comment), description: `Comment on ${change.table.name}`, phase: 'comments', reverse: comment(`TABLE ${t}`, old?.comment) }));
      return out;
    }
    case 'add-column':
      return addColumnStatements(change.table, change.column, existing(change.table));
    case 'drop-column': {
      const old = tableOf(change.table)?.columns.find((c) => c.name === change.column);
      return [statement({ sql: `ALTER TABLE ${quoteQualified(change.table)} DROP COLUMN ${quoteIdent(change.column)};`, description: `Drop column ${change.table.name}.${change.column} and its data`, phase: 'columns', hazards: ['deletes-data', 'access-exclusive-lock'], destructive: true, ...(old ? { reverse: addColumnStatements(change.table, old, true)[0]!.sql } : {}) })];
    }
    case 'rename-column':
      return [statement({ sql: `ALTER TABLE ${quoteQualified(change.table)} RENAME COLUMN ${quoteIdent(change.column)} TO ${quoteIdent(change.newName)};`, description: `Rename ${change.table.name}.${change.column} to ${change.newName} (data kept)`, phase: 'prepare', hazards: ['access-exclusive-lock'], reverse: `ALTER TABLE ${quoteQualified(change.table)} RENAME COLUMN ${quoteIdent(change.newName)} TO ${quoteIdent(change.column)};` })];
    case 'alter-column': {
      const old = tableOf(change.table)?.columns.find((c) => c.name === change.column);
      return old ? alterColumnStatements(change.table, old, change.set, existing(change.table)) : [];
    }
    case 'add-constraint': {
      const table = tableOf(change.table);
      return addConstraintStatements(change.table, change.constraint, existing(change.table), Boolean(table?.partitioning));
    }
    case 'drop-constraint': {
      const old = tableOf(change.table) ? tableConstraints(tableOf(change.table)!)[change.name] : undefined;
      return [statement({ sql: `ALTER TABLE ${quoteQualified(change.table)} DROP CONSTRAINT ${quoteIdent(change.name)};`, description: `Drop constraint ${change.name}`, phase: 'drop-dependents', ...(old ? { reverse: `ALTER TABLE ${quoteQualified(change.table)} ADD ${constraintClause(old)};` } : {}) })];
    }
    case 'rename-constraint':
      return [statement({ sql: `ALTER TABLE ${quoteQualified(change.table)} RENAME CONSTRAINT ${quoteIdent(change.name)} TO ${quoteIdent(change.newName)};`, description: `Rename constraint ${change.name}`, phase: 'prepare', reverse: `ALTER TABLE ${quoteQualified(change.table)} RENAME CONSTRAINT ${quoteIdent(change.newName)} TO ${quoteIdent(change.name)};` })];
    case 'validate-constraint':
      return [statement({ sql: `ALTER TABLE ${quoteQualified(change.table)} VALIDATE CONSTRAINT ${quoteIdent(change.name)};`, description: `Validate ${change.name}`, phase: 'validate', hazards: ['validation-scan'], ownTransaction: true })];
    case 'add-index': {
      const table = tableOf(change.table);
      const isView = !table && Boolean(before.views[keyOf(change.table)]);
      const out = addIndexStatements(change.table, change.index, isView || existing(change.table), Boolean(table?.partitioning));
      return isView ? out.map((s) => ({ ...s, phase: 'views' as const })) : out;
    }
    case 'drop-index': {
      const owner = tableOf(change.table) ?? before.views[keyOf(change.table)];
      const index = owner?.indexes.find((ix) => ix.name === change.name);
      return index ? dropIndexStatements(change.table, index, Boolean(tableOf(change.table)?.partitioning)) : [];
    }
    case 'rename-index':
      return [statement({ sql: `ALTER INDEX ${quoteQualified({ schema: change.table.schema, name: change.name })} RENAME TO ${quoteIdent(change.newName)};`, description: `Rename index ${change.name}`, phase: 'prepare', reverse: `ALTER INDEX ${quoteQualified({ schema: change.table.schema, name: change.newName })} RENAME TO ${quoteIdent(change.name)};` })];
    case 'add-view':
      return createViewStatements(change.view);
    case 'replace-view': {
      const old = before.views[keyOf(change.view)];
      return [statement({ sql: withSearchPath(change.view.searchPath, viewSql(change.view, true)), description: `Replace view ${change.view.name}`, phase: 'views', ...(old ? { reverse: withSearchPath(old.searchPath, viewSql(old, true)) } : {}) })];
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
    case 'set-comment': {
      const target = change.target;
      const on = target.table ? quoteQualified({ schema: target.schema ?? 'public', name: target.table }) : '';
      const what: Record<string, string> = {
        table: `TABLE ${quoteQualified({ schema: target.schema ?? 'public', name: target.name })}`,
        view: `VIEW ${quoteQualified({ schema: target.schema ?? 'public', name: target.name })}`,
        'materialized-view': `MATERIALIZED VIEW ${quoteQualified({ schema: target.schema ?? 'public', name: target.name })}`,
        column: `COLUMN ${on}.${quoteIdent(target.name)}`,
        constraint: `CONSTRAINT ${quoteIdent(target.name)} ON ${on}`,
        index: `INDEX ${quoteQualified({ schema: target.schema ?? 'public', name: target.name })}`,
        trigger: `TRIGGER ${quoteIdent(target.name)} ON ${on}`,
        policy: `POLICY ${quoteIdent(target.name)} ON ${on}`,
        type: `TYPE ${quoteQualified({ schema: target.schema ?? 'public', name: target.name })}`,
        schema: `SCHEMA ${quoteIdent(target.name)}`,
      };
      const object = what[target.kind];
      return object ? [statement({ sql: comment(object, change.comment), description: `Comment on ${target.name}`, phase: 'comments' })] : [];
    }
    case 'data-migration':
      // In a transaction of its own: the block before it may have taken locks (ADD FOREIGN KEY
      // locks the referenced table) that must not be held for the length of an UPDATE.
      return [statement({ sql: change.sql, description: change.description, phase: 'backfill', hazards: ['backfill'], ownTransaction: true, ...(change.reverseSql !== undefined ? { reverse: change.reverseSql } : {}) })];
    default:
      return assertNever(change);
  }
}

/**
 * Postgres refuses to change the type of (or drop) a column a view reads. The views that read a
 * table whose columns change that way, directly or through other views, are dropped first and
 * created again from the target afterwards, unless the changes already drop or replace them.
 */
function rebuildDependentViews(from: Schema, changes: readonly SchemaChange[]): SchemaChange[] {
  const touched = new Set(changes.flatMap((c) =>
    (c.kind === 'alter-column' && (c.set.type || c.set.collation !== undefined)) || c.kind === 'drop-column' ? [keyOf(c.table)] : []));
  if (touched.size === 0) return [];
  const handled = new Set(changes.flatMap((c) => (c.kind === 'drop-view' || c.kind === 'replace-view' ? [keyOf('view' in c ? c.view : c)] : [])));
  const dependents = new Set<string>();
  let frontier = [...touched];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const [key, view] of Object.entries(from.views)) {
      if (dependents.has(key) || !view.dependsOn.some((d) => frontier.includes(keyOf(d)))) continue;
      dependents.add(key);
      next.push(key);
    }
    frontier = next;
  }
  const target = applyChanges(from, changes);
  const extra: SchemaChange[] = [];
  for (const key of dependents) {
    if (handled.has(key)) continue;
    const view = from.views[key]!;
    extra.push({ kind: 'drop-view', view: { schema: view.schema, name: view.name } });
    const after = target.views[key];
    if (after) extra.push({ kind: 'add-view', view: after });
  }
  return extra;
}

/**
 * Views are created after the views they read and dropped before them: the view changes are put
 * in that order (the other changes keep theirs; phases do the rest).
 */
function orderViewChanges(from: Schema, changes: SchemaChange[]): SchemaChange[] {
  const creates = changes.filter((c): c is Extract<SchemaChange, { kind: 'add-view' | 'replace-view' }> => c.kind === 'add-view' || c.kind === 'replace-view');
  const drops = changes.filter((c): c is Extract<SchemaChange, { kind: 'drop-view' }> => c.kind === 'drop-view');
  const topological = <T>(items: T[], key: (item: T) => string, deps: (item: T) => string[]): T[] => {
    const byKey = new Map(items.map((item) => [key(item), item]));
    const out: T[] = [];
    const seen = new Set<string>();
    const visit = (item: T) => {
      const k = key(item);
      if (seen.has(k)) return;
      seen.add(k);
      for (const dep of deps(item)) {
        const other = byKey.get(dep);
        if (other) visit(other);
      }
      out.push(item);
    };
    items.forEach(visit);
    return out;
  };
  const sortedCreates = topological(creates, (c) => keyOf(c.view), (c) => c.view.dependsOn.map(keyOf));
  const sortedDrops = topological(drops, (c) => keyOf(c.view), (c) => (from.views[keyOf(c.view)]?.dependsOn ?? []).map(keyOf)).reverse();
  let createIndex = 0;
  let dropIndex = 0;
  return changes.map((c) => (c.kind === 'add-view' || c.kind === 'replace-view' ? sortedCreates[createIndex++]! : c.kind === 'drop-view' ? sortedDrops[dropIndex++]! : c));
}

/**
 * Unique keys replaced by a unique index of the same name on the same table (a key made partial,
 * as soft delete does): `table|name` -> a temporary name. The new index is built under it first,
 * then the old key is dropped and the new index renamed, so uniqueness holds throughout instead
 * of lapsing for the length of the concurrent build.
 */
function uniqueReplacements(from: Schema, changes: readonly SchemaChange[]): Map<string, string> {
  const out = new Map<string, string>();
  const dropped = new Set<string>();
  for (const change of changes) {
    if (change.kind === 'drop-constraint' || change.kind === 'drop-index') {
      const table = from.tables[keyOf(change.table)];
      const unique = change.kind === 'drop-constraint' ? table?.uniqueConstraints.some((u) => u.name === change.name) : table?.indexes.some((ix) => ix.name === change.name && ix.unique);
      if (table && !table.partitioning && unique) dropped.add(`${keyOf(change.table)}|${change.name}`);
    } else if (change.kind === 'add-index' && change.index.unique && dropped.has(`${keyOf(change.table)}|${change.index.name}`)) {
      const taken = relationNames(from, change.table.schema);
      let name = makeObjectName(change.index.name, undefined, 'new');
      for (let i = 1; taken.has(name); i++) name = makeObjectName(change.index.name, undefined, `new${i}`);
      out.set(`${keyOf(change.table)}|${change.index.name}`, name);
    }
  }
  return out;
}

export function planMigration(from: Schema, changes: readonly SchemaChange[], options: PlanOptions = {}): MigrationPlan {
  const notes: string[] = [];
  const created = new Set<string>();
  const planned: PlannedStatement[] = [];
  let current = from;
  const rebuilt = rebuildDependentViews(from, changes);
  const ordered = orderViewChanges(from, [...rebuilt.filter((c) => c.kind === 'drop-view'), ...changes, ...rebuilt.filter((c) => c.kind !== 'drop-view')]);
  // A table a data migration fills: making its columns NOT NULL and dropping the columns it reads
  // wait until the backfill has run (they go to the validate phase, after the backfill's).
  const backfilled = new Set(changes.flatMap((c) => (c.kind === 'data-migration' ? [keyOf(c.table)] : [])));
  const replacements = uniqueReplacements(from, changes);
  for (const change of ordered) {
    let statements = statementsFor(change, current, created, notes);
    if (replacements.size > 0 && (change.kind === 'drop-constraint' || change.kind === 'drop-index') && replacements.has(`${keyOf(change.table)}|${change.name}`)) {
      statements = statements.map((s) => ({ ...s, phase: 'validate' as const, description: `${s.description} (its replacement is built)` }));
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
      ];
    }
    const waits = backfilled.size > 0 && ((change.kind === 'alter-column' && change.set.notNull === true) || change.kind === 'drop-column') && backfilled.has(keyOf(change.table));
    planned.push(...(waits ? statements.map((s) => (s.phase === 'columns' ? { ...s, phase: 'validate' as const } : s)) : statements));
    current = applyChanges(current, [change]);
  }
  const up: PlannedStatement[] = [];
  for (const phase of PHASES) {
    for (const s of planned.filter((p) => p.phase === phase)) {
      if (s.destructive && !options.allowDestructive) {
        notes.push(`Skipped (loses data; allow destructive changes to include it): ${s.description}`);
        continue;
      }
      up.push(s);
    }
  }
  const down: PlannedStatement[] = [];
  for (const s of [...up].reverse()) {
    // An empty reverse: nothing to undo (a backfill of a column the down migration drops).
    if (s.reverse === '') continue;
    if (s.reverse === undefined) {
      if (!/^(COMMENT|ALTER TABLE \S+ VALIDATE|ALTER TABLE \S+ DROP CONSTRAINT)/.test(s.sql)) notes.push(`Not reversible: ${s.description}`);
      continue;
    }
    down.push(statement({ sql: s.reverse, description: `Undo: ${s.description}`, phase: s.phase, transactional: !/\bCONCURRENTLY\b/.test(s.reverse), hazards: s.sql.startsWith('CREATE TABLE') ? ['deletes-data'] : [], destructive: s.sql.startsWith('CREATE TABLE') || /ADD COLUMN/.test(s.sql) }));
  }
  return { up, down, notes };
}
