/**
 * Table and column settings that leave the rows alone: storage parameters (SET / RESET, each
 * option on its own so the reverse restores exactly the old ones), REPLICA IDENTITY, INHERIT /
 * NO INHERIT, and per column SET STORAGE, SET STATISTICS, SET COMPRESSION.
 */
import type { ColumnChanges, TableChanges } from '../changes/types';
import { dottedName, keywordFor, quoteIdent, quoteQualified, storageOption, upperKeywords } from './safe-text';
import type { Column, QualifiedName, Table } from '../model/types';
import { statement } from './plan-tables';
import type { PlannedStatement } from './plan-types';

function optionMap(options: string[]): Map<string, string> {
  return new Map(options.map((o) => [o.split('=')[0]!.trim(), o]));
}

/** `SET (a=1, b=2)` for options new or changed, `RESET (c)` for options gone. */
function optionsSql(t: string, from: string[], to: string[]): string | undefined {
  const before = optionMap(from);
  const after = optionMap(to);
  const set = [...after.entries()].filter(([k, v]) => before.get(k) !== v).map(([, v]) => storageOption(v));
  const reset = [...before.keys()].filter((k) => !after.has(k)).map(dottedName);
  const parts = [...(set.length > 0 ? [`SET (${set.join(', ')})`] : []), ...(reset.length > 0 ? [`RESET (${reset.join(', ')})`] : [])];
  return parts.length > 0 ? `ALTER TABLE ${t} ${parts.join(', ')};` : undefined;
}

function replicaIdentitySql(t: string, identity: Table['replicaIdentity'] | null | undefined): string {
  if (!identity) return `ALTER TABLE ${t} REPLICA IDENTITY DEFAULT;`;
  if (identity.kind === 'index') return `ALTER TABLE ${t} REPLICA IDENTITY USING INDEX ${quoteIdent(identity.index)};`;
  return `ALTER TABLE ${t} REPLICA IDENTITY ${identity.kind === 'full' ? 'FULL' : 'NOTHING'};`;
}

export function tableSettingStatements(ref: QualifiedName, old: Table | undefined, set: TableChanges): PlannedStatement[] {
  const t = quoteQualified(ref);
  const out: PlannedStatement[] = [];
  if (set.options !== undefined) {
    const sql = optionsSql(t, old?.options ?? [], set.options);
    const reverse = optionsSql(t, set.options, old?.options ?? []);
    if (sql) out.push(statement({ sql, description: `Storage parameters of ${ref.name}`, phase: 'tables', ...(old && reverse ? { reverse } : {}) }));
  }
  if (set.replicaIdentity !== undefined) {
    // After the indexes: USING INDEX needs its index.
    out.push(statement({ sql: replicaIdentitySql(t, set.replicaIdentity), description: `Replica identity of ${ref.name}`, phase: 'validate', ...(old ? { reverse: replicaIdentitySql(t, old.replicaIdentity) } : {}) }));
  }
  return out;
}

const STORAGE = upperKeywords(['plain', 'external', 'extended', 'main'] as const);

const settingSql = {
  storage: (value: Column['storage'] | null | undefined) => `SET STORAGE ${value ? keywordFor(value, STORAGE, 'a column storage') : 'DEFAULT'}`,
  statistics: (value: number | null | undefined) => `SET STATISTICS ${value ?? -1}`,
  compression: (value: string | null | undefined) => `SET COMPRESSION ${value ? quoteIdent(value) : 'DEFAULT'}`,
};

export function columnSettingStatements(ref: QualifiedName, before: Column, set: ColumnChanges): PlannedStatement[] {
  const prefix = `ALTER TABLE ${quoteQualified(ref)} ALTER COLUMN ${quoteIdent(before.name)}`;
  const out: PlannedStatement[] = [];
  for (const setting of ['storage', 'statistics', 'compression'] as const) {
    const value = set[setting];
    if (value === undefined) continue;
    const sql = (settingSql[setting] as (v: unknown) => string)(value);
    const reverse = (settingSql[setting] as (v: unknown) => string)(before[setting]);
    out.push(statement({ sql: `${prefix} ${sql};`, description: `${setting[0]!.toUpperCase()}${setting.slice(1)} of ${ref.name}.${before.name}`, phase: 'columns', reverse: `${prefix} ${reverse};` }));
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
