/**
 * The parts of the printed schema beyond shapes: collations, column storage settings, extended
 * statistics, replica identities, privileges (as pg_dump prints them: what differs from the
 * built-in default) and default privileges (last, so they do not reach the objects above).
 */
import { builtInPrivileges, defaultPrivilegesBase, defaultPrivilegesKind, type PrivilegeKind, schemaPrivilegeKind } from '../model/privileges';
import { keywordFor, quoteIdent, quoteQualified, upperKeywords } from './safe-text';
import type { ObjectRef, Privilege, Schema, Table, View } from '../model/types';
import { privilegeSteps, type PrivilegeTarget } from './privilege-sql';
import { collationSql, statisticsSql, statisticsTargetSql } from './print-objects';
import { defaultPrivilegesTarget, privilegeTarget } from './plan-privileges';
import { appendAll } from '../lib/arrays';

export function collationStatements(schema: Schema): string[] {
  return Object.values(schema.collations).map(collationSql);
}

const STORAGE = upperKeywords(['plain', 'external', 'extended', 'main'] as const);

export function columnSettingStatements(tables: Table[]): string[] {
  const out: string[] = [];
  for (const table of tables) {
    for (const column of table.columns) {
      if (column.inherited) continue;
      const prefix = `ALTER TABLE ONLY ${quoteQualified(table)} ALTER COLUMN ${quoteIdent(column.name)}`;
      if (column.storage) out.push(`${prefix} SET STORAGE ${keywordFor(column.storage, STORAGE, `the storage of ${column.name}`)};`);
      if (column.statistics !== undefined) out.push(`${prefix} SET STATISTICS ${column.statistics};`);
      if (column.compression) out.push(`${prefix} SET COMPRESSION ${quoteIdent(column.compression)};`);
    }
  }
  return out;
}

export function statisticsStatements(schema: Schema): string[] {
  return Object.values(schema.statistics).flatMap((s) => [statisticsSql(s), ...(s.target !== undefined ? [statisticsTargetSql(s, s.target)] : [])]);
}

/** ALTER TABLE ... CLUSTER ON, as pg_dump writes it. */
export function clusterStatements(tables: Table[]): string[] {
  return tables.filter((t) => t.clusterOn).map((t) => `ALTER TABLE ${quoteQualified(t)} CLUSTER ON ${quoteIdent(t.clusterOn!)};`);
}

export function replicaIdentityStatements(tables: Table[]): string[] {
  return tables.flatMap((t) => {
    const identity = t.replicaIdentity;
    if (!identity) return [];
    const how = identity.kind === 'index' ? `USING INDEX ${quoteIdent(identity.index)}` : identity.kind === 'full' ? 'FULL' : 'NOTHING';
    return [`ALTER TABLE ONLY ${quoteQualified(t)} REPLICA IDENTITY ${how};`];
  });
}

function steps(ref: ObjectRef, schema: Schema, privileges: Privilege[] | undefined, kind: PrivilegeKind): string[] {
  if (!privileges) return [];
  const target = privilegeTarget(ref, schema);
  if (!target) return [];
  return privilegeSteps(target, kind === 'column' ? [] : builtInPrivileges(kind), privileges).map((s) => s.sql);
}

export function privilegeStatements(schema: Schema, tables: Table[], views: View[]): string[] {
  const out: string[] = [];
  for (const n of Object.values(schema.namespaces)) appendAll(out, steps({ kind: 'schema', name: n.name }, schema, n.privileges, schemaPrivilegeKind(n.name)));
  for (const t of Object.values(schema.types)) appendAll(out, steps({ kind: 'type', schema: t.schema, name: t.name }, schema, t.privileges, 'type'));
  for (const s of Object.values(schema.sequences)) appendAll(out, steps({ kind: 'sequence', schema: s.schema, name: s.name }, schema, s.privileges, 'sequence'));
  for (const r of Object.values(schema.routines)) appendAll(out, steps({ kind: r.kind, schema: r.schema, name: r.name, signature: r.signature }, schema, r.privileges, 'function'));
  for (const t of tables) {
    appendAll(out, steps({ kind: 'table', schema: t.schema, name: t.name }, schema, t.privileges, 'table'));
    for (const c of t.columns) appendAll(out, steps({ kind: 'column', schema: t.schema, table: t.name, name: c.name }, schema, c.privileges, 'column'));
  }
  for (const v of views) appendAll(out, steps({ kind: v.materialized ? 'materialized-view' : 'view', schema: v.schema, name: v.name }, schema, v.privileges, 'table'));
  return out;
}

export function defaultPrivilegeStatements(schema: Schema): string[] {
  return Object.values(schema.defaultPrivileges).flatMap((entry) => {
    return privilegeSteps(defaultPrivilegesTarget(entry), defaultPrivilegesBase(entry), entry.privileges).map((s) => s.sql);
  });
}
