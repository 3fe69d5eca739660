/**
 * Table and column settings that leave the rows alone: storage parameters (SET / RESET, each
 * option on its own so the reverse restores exactly the old ones), REPLICA IDENTITY, INHERIT /
 * NO INHERIT, and per column SET STORAGE, SET STATISTICS, SET COMPRESSION.
 */
import type { ColumnChanges, TableChanges } from '../changes/types';
import { dollarQuote, keywordFor, quoteIdent, quoteLiteral, quoteQualified, storageOption, storageOptionName, upperKeywords } from './safe-text';
import type { Column, QualifiedName, Table } from '../model/types';
import { statement } from './plan-tables';
import type { PlannedStatement } from './plan-types';
import { genericOptionSql } from './print-schema';

function optionMap(options: string[]): Map<string, string> {
  return new Map(options.map((o) => [o.split('=')[0]!.trim(), o]));
}

/** `SET (a=1, b=2)` for options new or changed, `RESET (c)` for options gone. */
function optionsSql(t: string, from: string[], to: string[], relation: 'TABLE' | 'INDEX' = 'TABLE'): string | undefined {
  const before = optionMap(from);
  const after = optionMap(to);
  const set = [...after.entries()].filter(([k, v]) => before.get(k) !== v).map(([, v]) => storageOption(v));
  const reset = [...before.keys()].filter((k) => !after.has(k)).map(storageOptionName);
  const parts = [...(set.length > 0 ? [`SET (${set.join(', ')})`] : []), ...(reset.length > 0 ? [`RESET (${reset.join(', ')})`] : [])];
  if (parts.length === 0) return undefined;
  // Postgres takes `ALTER INDEX i SET (...), RESET (...)`, but Squawk's parser does not: one each.
  return relation === 'INDEX' ? parts.map((p) => `ALTER INDEX ${t} ${p};`).join('\n') : `ALTER TABLE ${t} ${parts.join(', ')};`;
}

/**
 * ALTER INDEX ... SET / RESET: takes SHARE UPDATE EXCLUSIVE (reads and writes go on) and only
 * records the parameters; pages already written keep their old fill until the index is rebuilt
 * (REINDEX INDEX CONCURRENTLY), which the migration does not do unasked.
 */
export function indexOptionsStatements(table: QualifiedName, name: string, from: string[], to: string[]): PlannedStatement[] {
  const index = quoteQualified({ schema: table.schema, name });
  const sql = optionsSql(index, from, to, 'INDEX');
  if (!sql) return [];
  const description = `Storage parameters of index ${name} (for pages written from now on; REINDEX INDEX CONCURRENTLY rewrites the others)`;
  return [statement({ sql, description, phase: 'indexes', reverse: optionsSql(index, to, from, 'INDEX')! })];
}

/** ALTER FOREIGN TABLE ... OPTIONS (ADD / SET / DROP ...): only the options that differ. */
function foreignOptionsSql(t: string, from: string[], to: string[]): string | undefined {
  const [before, after] = [optionMap(from), optionMap(to)];
  const parts = [
    ...[...after.entries()].filter(([k, v]) => before.get(k) !== v).map(([k, v]) => `${before.has(k) ? 'SET' : 'ADD'} ${genericOptionSql(v)}`),
    ...[...before.keys()].filter((k) => !after.has(k)).map((k) => `DROP ${quoteIdent(k)}`),
  ];
  return parts.length > 0 ? `ALTER FOREIGN TABLE ${t} OPTIONS (${parts.join(', ')});` : undefined;
}

export function replicaIdentitySql(t: string, identity: Table['replicaIdentity'] | null | undefined): string {
  if (!identity) return `ALTER TABLE ${t} REPLICA IDENTITY DEFAULT;`;
  if (identity.kind === 'index') return `ALTER TABLE ${t} REPLICA IDENTITY USING INDEX ${quoteIdent(identity.index)};`;
  return `ALTER TABLE ${t} REPLICA IDENTITY ${identity.kind === 'full' ? 'FULL' : 'NOTHING'};`;
}

/** CLUSTER ON only marks the index (pg_index.indisclustered): nothing is rewritten or locked for long. */
export function clusterOnSql(t: string, index: string | null | undefined): string {
  return index ? `ALTER TABLE ${t} CLUSTER ON ${quoteIdent(index)};` : `ALTER TABLE ${t} SET WITHOUT CLUSTER;`;
}

export function tableSettingStatements(ref: QualifiedName, old: Table | undefined, set: TableChanges): PlannedStatement[] {
  const t = quoteQualified(ref);
  const out: PlannedStatement[] = [];
  if (set.options !== undefined) {
    const sql = optionsSql(t, old?.options ?? [], set.options);
    const reverse = optionsSql(t, set.options, old?.options ?? []);
    if (sql) out.push(statement({ sql, description: `Storage parameters of ${ref.name}`, phase: 'tables', ...(old && reverse ? { reverse } : {}) }));
  }
  if (set.foreign !== undefined) {
    const sql = foreignOptionsSql(t, old?.foreign?.options ?? [], set.foreign.options);
    const reverse = foreignOptionsSql(t, set.foreign.options, old?.foreign?.options ?? []);
    if (sql) out.push(statement({ sql, description: `Options of foreign table ${ref.name}`, phase: 'tables', ...(old && reverse ? { reverse } : {}) }));
  }
  if (set.replicaIdentity !== undefined) {
    // After the indexes: USING INDEX needs its index.
    out.push(statement({ sql: replicaIdentitySql(t, set.replicaIdentity), description: `Replica identity of ${ref.name}`, phase: 'validate', ...(old ? { reverse: replicaIdentitySql(t, old.replicaIdentity) } : {}) }));
  }
  if (set.clusterOn !== undefined) {
    // After the indexes too: CLUSTER ON needs its index.
    out.push(statement({ sql: clusterOnSql(t, set.clusterOn), description: `Index ${ref.name} is clustered on`, phase: 'validate', ...(old ? { reverse: clusterOnSql(t, old.clusterOn) } : {}) }));
  }
  return out;
}

const STORAGE = upperKeywords(['plain', 'external', 'extended', 'main'] as const);

/**
 * The storage each built-in type has by default (pg_type.typstorage). `SET STORAGE DEFAULT` is
 * Postgres 16's: going back to the default is written as the type's own storage, so the statement
 * runs on every version.
 */
const DEFAULT_STORAGE: Record<string, NonNullable<Column['storage']>> = {
  ...Object.fromEntries(['text', 'varchar', 'character varying', 'bpchar', 'character', 'char', 'bytea', 'json', 'jsonb', 'xml', 'tsvector', 'tsquery', 'citext', 'hstore', 'ltree'].map((t) => [t, 'extended' as const])),
  ...Object.fromEntries(['numeric', 'decimal', 'inet', 'cidr'].map((t) => [t, 'main' as const])),
  ...Object.fromEntries(['smallint', 'integer', 'int', 'int2', 'int4', 'int8', 'bigint', 'boolean', 'bool', 'real', 'float4', 'double precision', 'float8', 'date', 'time', 'timetz', 'timestamp', 'timestamptz', 'timestamp without time zone', 'timestamp with time zone', 'time without time zone', 'time with time zone', 'uuid', 'money', 'oid', 'interval', 'macaddr', 'point'].map((t) => [t, 'plain' as const])),
};

/** The column's type's default storage: arrays are extended; a type not listed is unknown here. */
function defaultStorage(column: Column): Column['storage'] {
  if (column.type.arrayDims > 0) return 'extended';
  return column.type.schema && column.type.schema !== 'pg_catalog' ? undefined : DEFAULT_STORAGE[column.type.name];
}

function storageSql(prefix: string, column: Column, value: Column['storage'] | null | undefined, table: QualifiedName): string {
  const storage = value ?? defaultStorage(column);
  if (storage) return `${prefix} SET STORAGE ${keywordFor(storage, STORAGE, 'a column storage')};`;
  // A type this module does not know (a domain, an extension's type): its default is read from
  // the catalog where the migration runs (SET STORAGE DEFAULT is only Postgres 16's).
  const lookup = `SELECT upper(CASE t.typstorage WHEN 'p' THEN 'plain' WHEN 'e' THEN 'external' WHEN 'm' THEN 'main' ELSE 'extended' END) FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid WHERE a.attrelid = ${quoteLiteral(quoteQualified(table))}::regclass AND a.attname = ${quoteLiteral(column.name)}`;
  const body = `BEGIN\n  EXECUTE ${quoteLiteral(`${prefix} SET STORAGE `)} || (${lookup});\nEND`;
  return `DO ${dollarQuote(body, 'storage')};`;
}

const SETTING_TITLES = { storage: 'Storage', statistics: 'Statistics', compression: 'Compression' } as const;

const settingSql = {
  statistics: (value: number | null | undefined) => `SET STATISTICS ${value ?? -1}`,
  compression: (value: string | null | undefined) => `SET COMPRESSION ${value ? quoteIdent(value) : 'DEFAULT'}`,
};

export function columnSettingStatements(ref: QualifiedName, before: Column, set: ColumnChanges): PlannedStatement[] {
  const prefix = `ALTER TABLE ${quoteQualified(ref)} ALTER COLUMN ${quoteIdent(before.name)}`;
  const out: PlannedStatement[] = [];
  const description = (setting: 'storage' | 'statistics' | 'compression') => `${SETTING_TITLES[setting]} of ${ref.name}.${before.name}`;
  if (set.storage !== undefined) {
    // Back to the default of the type the column has after this change.
    const after = set.type ? { ...before, type: set.type } : before;
    out.push(statement({ sql: storageSql(prefix, after, set.storage, ref), description: description('storage'), phase: 'columns', reverse: storageSql(prefix, before, before.storage, ref) }));
  }
  for (const setting of ['statistics', 'compression'] as const) {
    const value = set[setting];
    if (value === undefined) continue;
    const sql = (settingSql[setting] as (v: unknown) => string)(value);
    const reverse = (settingSql[setting] as (v: unknown) => string)(before[setting]);
    out.push(statement({ sql: `${prefix} ${sql};`, description: description(setting), phase: 'columns', reverse: `${prefix} ${reverse};` }));
  }
  return out;
}

/** The settings of a column the migration adds (ADD COLUMN cannot say them all). */
export function addedColumnSettingStatements(ref: QualifiedName, column: Column): PlannedStatement[] {
  const set: ColumnChanges = {
    ...(column.storage ? { storage: column.storage } : {}),
    ...(column.statistics !== undefined ? { statistics: column.statistics } : {}),
    ...(column.compression ? { compression: column.compression } : {}),
  };
  return columnSettingStatements(ref, { ...column, storage: undefined, statistics: undefined, compression: undefined } as Column, set).map((s) => ({ ...s, reverse: '' }));
}
