/**
 * Differences in the properties verify compares beyond shape, for the object kinds kept by both
 * schemas: table settings (replica identity, inheritance), column settings (storage, statistics,
 * compression) and privileges, namespaces, extensions, collations, statistics objects.
 */
import type { ColumnChanges, SchemaChange, TableChanges } from '../changes/types';
import type { Column, Schema, Table } from '../model/types';
import { keyOf, qualifiedKey } from '../model/names';
import { schemaPrivilegeKind } from '../model/privileges';
import { partition, same } from './compare';
import { privilegeChange } from './privileges';
import { appendAll } from '../lib/arrays';

export function columnSettingChanges(a: Column, b: Column): ColumnChanges {
  const set: ColumnChanges = {};
  if (a.storage !== b.storage) set.storage = b.storage ?? null;
  if (a.statistics !== b.statistics) set.statistics = b.statistics ?? null;
  if (a.compression !== b.compression) set.compression = b.compression ?? null;
  return set;
}

/** The index (or key constraint's index) of that name is the same in both tables: the diff keeps it. */
function sameIndexOrKey(from: Table, to: Table, name: string): boolean {
  const find = (t: Table) => t.indexes.find((ix) => ix.name === name) ?? [t.primaryKey, ...t.uniqueConstraints, ...t.exclusions].find((k) => k?.name === name);
  const [a, b] = [find(from), find(to)];
  return a !== undefined && b !== undefined && same(a, b, new Set(['source', 'comment']));
}

export function tableSettingChanges(from: Table, to: Table): TableChanges {
  const set: TableChanges = {};
  // Dropping the replica identity's index (also to build it anew) leaves the table identified by
  // no index (Postgres keeps relreplident 'i'): whatever the target says is written again.
  const identityIndexGone = from.replicaIdentity?.kind === 'index' && !sameIndexOrKey(from, to, from.replicaIdentity.index);
  if (identityIndexGone || !same(from.replicaIdentity, to.replicaIdentity)) set.replicaIdentity = to.replicaIdentity ?? null;
  // Dropping the clustered index (also to create it anew) unclusters the table: the drop's reverse clusters it again.
  const clustered = from.clusterOn !== undefined && sameIndexOrKey(from, to, from.clusterOn) ? from.clusterOn : undefined;
  if (clustered !== to.clusterOn) set.clusterOn = to.clusterOn ?? null;
  return set;
}

/** Privileges of a table kept by both schemas and of its columns kept by both. */
export function tablePrivilegeChanges(from: Table, to: Table): SchemaChange[] {
  const ref = { schema: to.schema, name: to.name };
  const changes = privilegeChange({ kind: 'table', ...ref }, 'table', from.privileges, to.privileges);
  for (const column of to.columns) {
    const before = from.columns.find((c) => c.name === column.name);
    if (before) appendAll(changes, privilegeChange({ kind: 'column', ...ref, table: to.name, name: column.name }, 'column', before.privileges, column.privileges));
  }
  return changes;
}

export function diffNamespaces(from: Schema, to: Schema): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const name of partition(from.namespaces, to.namespaces).kept) {
    const a = from.namespaces[name]!;
    const b = to.namespaces[name]!;
    if (a.comment !== b.comment) changes.push({ kind: 'set-comment', target: { kind: 'schema', name }, comment: b.comment ?? null });
    appendAll(changes, privilegeChange({ kind: 'schema', name }, schemaPrivilegeKind(name), a.privileges, b.privileges));
  }
  return changes;
}

export function diffExtensions(from: Schema, to: Schema): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const name of partition(from.extensions, to.extensions).kept) {
    const a = from.extensions[name]!;
    const b = to.extensions[name]!;
    // A version not written is whatever the server's default is: only written versions compare.
    const version = b.version !== undefined && a.version !== b.version ? b.version : undefined;
    const schema = b.schema !== undefined && a.schema !== b.schema ? b.schema : undefined;
    if (version !== undefined || schema !== undefined) changes.push({ kind: 'alter-extension', name, ...(version !== undefined ? { version } : {}), ...(schema !== undefined ? { schema } : {}) });
    if (a.comment !== b.comment) changes.push({ kind: 'set-comment', target: { kind: 'extension', name }, comment: b.comment ?? null });
  }
  return changes;
}

function unsourced<T extends { source?: unknown }>(value: T): T {
  const { source: _source, ...rest } = value;
  return rest as T;
}

/** Collations and statistics objects: created, dropped, or (changed) dropped and created again. */
export function diffCollationsAndStatistics(from: Schema, to: Schema): { early: SchemaChange[]; late: SchemaChange[]; drops: SchemaChange[] } {
  const early: SchemaChange[] = [];
  const late: SchemaChange[] = [];
  const drops: SchemaChange[] = [];
  const ignore = new Set(['source', 'comment', 'owner']);
  const collations = partition(from.collations, to.collations);
  for (const key of collations.kept) {
    const a = from.collations[key]!;
    const b = to.collations[key]!;
    if (!same(a, b, ignore)) early.push({ kind: 'drop-collation', collation: { schema: a.schema, name: a.name } }, { kind: 'add-collation', collation: unsourced(b) });
    else if (a.comment !== b.comment) late.push({ kind: 'set-comment', target: { kind: 'collation', schema: b.schema, name: b.name }, comment: b.comment ?? null });
  }
  for (const key of collations.added) early.push({ kind: 'add-collation', collation: unsourced(to.collations[key]!) });
  for (const key of collations.removed) drops.push({ kind: 'drop-collation', collation: { schema: from.collations[key]!.schema, name: from.collations[key]!.name } });

  const statistics = partition(from.statistics, to.statistics);
  for (const key of statistics.kept) {
    const a = from.statistics[key]!;
    const b = to.statistics[key]!;
    const ref = { schema: b.schema, name: b.name };
    if (!same(a, b, new Set([...ignore, 'target']))) {
      late.push({ kind: 'drop-statistics', statistics: ref }, { kind: 'add-statistics', statistics: unsourced(b) });
      continue;
    }
    if (a.target !== b.target) late.push({ kind: 'alter-statistics', statistics: ref, target: b.target ?? null });
    if (a.comment !== b.comment) late.push({ kind: 'set-comment', target: { kind: 'statistics', ...ref }, comment: b.comment ?? null });
  }
  for (const key of statistics.added) late.push({ kind: 'add-statistics', statistics: unsourced(to.statistics[key]!) });
  for (const key of statistics.removed) late.unshift({ kind: 'drop-statistics', statistics: { schema: from.statistics[key]!.schema, name: from.statistics[key]!.name } });
  return { early, late, drops };
}

/**
 * ALTER EXTENSION ... SET SCHEMA moves the extension's types, and the columns that use them keep
 * them: a column written `hstore` before and `ext.hstore` after has not changed type. (A type
 * the model does not define and whose name and modifiers are the same is taken to be such one.)
 */
export function withoutExtensionTypeMoves(changes: SchemaChange[], from: Schema, to: Schema): SchemaChange[] {
  const moved = Object.values(to.extensions).some((e) => from.extensions[e.name] && from.extensions[e.name]!.schema !== e.schema);
  if (!moved) return changes;
  const userType = (schema: string | undefined, name: string) => schema !== undefined && Boolean(from.types[qualifiedKey(schema, name)] ?? to.types[qualifiedKey(schema, name)]);
  return changes.flatMap((change): SchemaChange[] => {
    if (change.kind !== 'alter-column' || !change.set.type) return [change];
    const before = from.tables[keyOf(change.table)]?.columns.find((c) => c.name === change.column)?.type;
    const after = change.set.type;
    if (!before || before.name !== after.name || before.arrayDims !== after.arrayDims || !same(before.modifiers, after.modifiers)) return [change];
    if (userType(before.schema, before.name) || userType(after.schema, after.name)) return [change];
    const { type: _type, using: _using, ...rest } = change.set;
    return Object.keys(rest).length > 0 ? [{ ...change, set: rest }] : [];
  });
}
