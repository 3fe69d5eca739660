/**
 * What an object the migration creates needs beyond its CREATE statement: its comment (and its
 * parts' comments), its privileges, its columns' storage settings, its replica identity. The
 * down migration drops the object, which takes all of these with it, so they need no reverse.
 */
import type { SchemaChange } from '../changes/types';
import { keyOf } from '../model/names';
import { tableConstraints } from '../diff/tables';
import { indexBackedConstraints } from '../model/key-constraints';
import { quoteQualified } from './safe-text';
import type { ObjectRef, QualifiedName, Schema, Table } from '../model/types';
import { createdComment } from './plan-comments';
import { createdPrivilegeStatements } from './plan-privileges';
import { addedColumnSettingStatements, tableSettingStatements } from './plan-table-settings';
import { statement } from './plan-tables';
import { viewColumnDefaultSql } from './print-parts';
import { inheritedDefaultStatements } from './inherited-defaults';
import type { PlannedStatement } from './plan-types';
import { appendAll } from '../lib/arrays';

const noReverse = (statements: PlannedStatement[]) => statements.map((s) => ({ ...s, reverse: '' }));

function at(table: QualifiedName, kind: ObjectRef['kind'], name: string): ObjectRef {
  return { kind, schema: table.schema, table: table.name, name };
}

/** A new table's parts: the table and column comments are in createTableStatements already. */
function tableExtras(table: Table, before: Schema, pgVersion?: number): PlannedStatement[] {
  const ref = { schema: table.schema, name: table.name };
  const out: PlannedStatement[] = [];
  for (const c of [table.primaryKey, ...table.uniqueConstraints, ...table.foreignKeys, ...table.checks, ...table.exclusions]) {
    if (c && !('inherited' in c && c.inherited)) appendAll(out, createdComment(at(ref, 'constraint', c.name), c.comment));
  }
  for (const key of indexBackedConstraints(table)) appendAll(out, createdComment(at(ref, 'index', key.name), key.indexComment));
  for (const ix of table.indexes) if (!ix.partitionOf) appendAll(out, createdComment({ kind: 'index', schema: table.schema, name: ix.name }, ix.comment));
  for (const t of table.triggers) appendAll(out, createdComment(at(ref, 'trigger', t.name), t.comment));
  for (const p of table.policies) appendAll(out, createdComment(at(ref, 'policy', p.name), p.comment));
  // `before` has the parents: they are created before their children.
  for (const sql of inheritedDefaultStatements(table, before)) out.push(statement({ sql, description: `Default of a column ${table.name} inherits`, phase: 'tables', reverse: '' }));
  for (const column of table.columns) {
    if (column.inherited) continue;
    appendAll(out, addedColumnSettingStatements(ref, column));
    appendAll(out, createdPrivilegeStatements(at(ref, 'column', column.name), column.privileges, before, pgVersion));
  }
  if (table.replicaIdentity) appendAll(out, noReverse(tableSettingStatements(ref, undefined, { replicaIdentity: table.replicaIdentity })));
  if (table.clusterOn) appendAll(out, noReverse(tableSettingStatements(ref, undefined, { clusterOn: table.clusterOn })));
  appendAll(out, createdPrivilegeStatements({ kind: 'table', ...ref }, table.privileges, before, pgVersion));
  return out;
}

export function createdObjectExtras(change: SchemaChange, before: Schema, pgVersion?: number): PlannedStatement[] {
  // The objects are created first: the privilege statements name them.
  switch (change.kind) {
    case 'add-table':
      return tableExtras(change.table, before, pgVersion);
    case 'add-column': {
      const ref = at(change.table, 'column', change.column.name);
      return [...createdComment(ref, change.column.comment), ...addedColumnSettingStatements(change.table, change.column), ...createdPrivilegeStatements(ref, change.column.privileges, before, pgVersion)];
    }
    case 'add-constraint': {
      const { constraint } = change;
      const indexComment = 'indexComment' in constraint ? constraint.indexComment : undefined;
      return [...createdComment(at(change.table, 'constraint', constraint.name), constraint.comment), ...createdComment(at(change.table, 'index', constraint.name), indexComment)];
    }
    case 'add-index':
      return createdComment({ kind: 'index', schema: change.table.schema, name: change.index.name }, change.index.comment);
    case 'add-trigger':
      return createdComment(at(change.table, 'trigger', change.trigger.name), change.trigger.comment);
    case 'add-policy':
      return createdComment(at(change.table, 'policy', change.policy.name), change.policy.comment);
    case 'add-view':
    case 'replace-view': {
      const view = change.view;
      const old = change.kind === 'replace-view' ? before.views[keyOf(view)] : undefined;
      const ref = { schema: view.schema, name: view.name };
      const out: PlannedStatement[] = [];
      const previous = (comment: string | undefined) => (old ? { comment } : undefined);
      // A view created anew gets its comments with its CREATE (plan.ts, createViewStatements);
      // CREATE OR REPLACE keeps the old ones, so only what changed is written here.
      if (change.kind === 'add-view') {
        for (const ix of view.indexes) appendAll(out, createdComment({ kind: 'index', schema: view.schema, name: ix.name }, ix.comment));
        for (const t of view.triggers) appendAll(out, createdComment(at(ref, 'trigger', t.name), t.comment));
        appendAll(out, createdPrivilegeStatements({ kind: view.materialized ? 'materialized-view' : 'view', ...ref }, view.privileges, before, pgVersion));
        return out;
      }
      if (view.comment !== old?.comment) appendAll(out, createdComment({ kind: view.materialized ? 'materialized-view' : 'view', ...ref }, view.comment, before, previous(old?.comment)));
      // CREATE OR REPLACE keeps the column defaults too.
      const defaults = { before: old?.columnDefaults ?? {}, after: view.columnDefaults ?? {} };
      for (const column of new Set([...Object.keys(defaults.before), ...Object.keys(defaults.after)])) {
        const [was, now] = [defaults.before[column], defaults.after[column]];
        if (was !== now) out.push(statement({ sql: viewColumnDefaultSql(ref, column, now), description: `Default of ${view.name}.${column}`, phase: 'views', reverse: viewColumnDefaultSql(ref, column, was) }));
      }
      const columns = new Set([...Object.keys(view.columnComments), ...Object.keys(old?.columnComments ?? {})]);
      for (const column of columns) {
        const text = view.columnComments[column];
        if (old?.columnComments[column] !== text) appendAll(out, createdComment(at(ref, 'column', column), text, before, previous(old?.columnComments[column])));
      }
      return out;
    }
    case 'add-sequence': {
      const s = change.sequence;
      const ref: ObjectRef = { kind: 'sequence', schema: s.schema, name: s.name };
      const unlogged = s.unlogged ? [statement({ sql: `ALTER SEQUENCE ${quoteQualified(s)} SET UNLOGGED;`, description: `Sequence ${s.name} unlogged`, phase: 'types', reverse: '' })] : [];
      return [...unlogged, ...createdComment(ref, s.comment), ...createdPrivilegeStatements(ref, s.privileges, before, pgVersion)];
    }
    case 'add-routine': {
      const r = change.routine;
      const ref: ObjectRef = { kind: r.kind, schema: r.schema, name: r.name, signature: r.signature };
      return [...createdComment(ref, r.comment), ...createdPrivilegeStatements(ref, r.privileges, before, pgVersion)];
    }
    case 'add-type': {
      const ref: ObjectRef = { kind: 'type', schema: change.type.schema, name: change.type.name };
      const after = { ...before, types: { ...before.types, [keyOf(change.type)]: change.type } };
      return [...createdComment(ref, change.type.comment, after), ...createdPrivilegeStatements(ref, change.type.privileges, after, pgVersion)];
    }
    case 'add-schema': {
      const ref: ObjectRef = { kind: 'schema', name: change.namespace.name };
      return [...createdComment(ref, change.namespace.comment), ...createdPrivilegeStatements(ref, change.namespace.privileges, before, pgVersion)];
    }
    case 'add-extension':
      return createdComment({ kind: 'extension', name: change.extension.name }, change.extension.comment);
    case 'add-collation':
      return createdComment({ kind: 'collation', schema: change.collation.schema, name: change.collation.name }, change.collation.comment);
    case 'add-statistics':
      return createdComment({ kind: 'statistics', schema: change.statistics.schema, name: change.statistics.name }, change.statistics.comment);
    default:
      return [];
  }
}

/**
 * What the down migration gives a dropped object back beyond its CREATE: its privileges, its
 * comment when the CREATE does not carry it, its parts' comments and settings (as if created).
 */
export function droppedObjectExtras(change: SchemaChange, before: Schema, pgVersion?: number): PlannedStatement[] {
  const again = ((): SchemaChange | undefined => {
    switch (change.kind) {
      case 'drop-table': {
        const table = before.tables[keyOf(change.table)];
        return table && { kind: 'add-table', table };
      }
      case 'drop-view': {
        const view = before.views[keyOf(change.view)];
        return view && { kind: 'add-view', view };
      }
      case 'drop-sequence': {
        const sequence = before.sequences[keyOf(change.sequence)];
        return sequence && { kind: 'add-sequence', sequence };
      }
      case 'drop-routine': {
        const routine = before.routines[`${keyOf(change.routine)}(${change.routine.signature})`];
        return routine && { kind: 'add-routine', routine };
      }
      case 'drop-type': {
        const type = before.types[keyOf(change.type)];
        return type && { kind: 'add-type', type };
      }
      case 'drop-schema': {
        const namespace = before.namespaces[change.name];
        return namespace && { kind: 'add-schema', namespace };
      }
      case 'drop-collation': {
        const collation = before.collations[keyOf(change.collation)];
        return collation && { kind: 'add-collation', collation };
      }
      // A table's parts: their comments (COMMENT ON CONSTRAINT / INDEX / TRIGGER / POLICY).
      case 'drop-constraint': {
        const table = before.tables[keyOf(change.table)];
        const constraint = table && tableConstraints(table)[change.name];
        return constraint && { kind: 'add-constraint', table: change.table, constraint };
      }
      case 'drop-index': {
        const index = before.tables[keyOf(change.table)]?.indexes.find((ix) => ix.name === change.name);
        return index && { kind: 'add-index', table: change.table, index };
      }
      case 'drop-trigger': {
        const trigger = before.tables[keyOf(change.table)]?.triggers.find((t) => t.name === change.name);
        return trigger && { kind: 'add-trigger', table: change.table, trigger };
      }
      case 'drop-policy': {
        const policy = before.tables[keyOf(change.table)]?.policies.find((p) => p.name === change.name);
        return policy && { kind: 'add-policy', table: change.table, policy };
      }
      default:
        return undefined;
    }
  })();
  return again ? createdObjectExtras(again, before, pgVersion) : [];
}

/** The drop's reverse creates the object again with its privileges and comments. */
export function withRestoredExtras(statements: PlannedStatement[], extras: PlannedStatement[]): PlannedStatement[] {
  if (extras.length === 0) return statements;
  const drop = statements.findIndex((s) => s.reverse && /^(DROP\b|ALTER TABLE .* DROP CONSTRAINT\b)/s.test(s.sql));
  if (drop < 0) return statements;
  // A safe undo (plan-undo.ts) runs instead of the reverse: the extras follow it there too.
  return statements.map((s, i) => (i === drop ? { ...s, reverse: [s.reverse!, ...extras.map((e) => e.sql)].join('\n'), ...(s.undo ? { undo: [...s.undo, ...extras] } : {}) } : s));
}
