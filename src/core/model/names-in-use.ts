/**
 * Names already taken where Postgres wants them unique: a schema's relation namespace (pg_class
 * and pg_type share it) and a table's constraints. New objects (a pattern's, a design edit's) are
 * named around them.
 */
import type { Schema, Table } from './types';

/**
 * Names in a schema's relation namespace: tables, views, sequences, indexes (also those behind
 * primary keys, unique and exclusion constraints), and types (a table's row type takes its name).
 */
export function relationNames(schema: Schema, namespace: string): Set<string> {
  const names = new Set<string>();
  for (const t of Object.values(schema.tables)) {
    if (t.schema !== namespace) continue;
    names.add(t.name);
    if (t.primaryKey) names.add(t.primaryKey.name);
    for (const u of t.uniqueConstraints) names.add(u.name);
    for (const x of t.exclusions) names.add(x.name);
    for (const ix of t.indexes) names.add(ix.name);
  }
  for (const v of Object.values(schema.views)) {
    if (v.schema !== namespace) continue;
    names.add(v.name);
    for (const ix of v.indexes) names.add(ix.name);
  }
  for (const s of Object.values(schema.sequences)) if (s.schema === namespace) names.add(s.name);
  for (const ty of Object.values(schema.types)) if (ty.schema === namespace) names.add(ty.name);
  return names;
}

/** Names of a table's constraints (they must be unique per table). */
export function constraintNames(table: Table): Set<string> {
  return new Set([
    ...(table.primaryKey ? [table.primaryKey.name] : []),
    ...table.uniqueConstraints.map((c) => c.name),
    ...table.foreignKeys.map((c) => c.name),
    ...table.checks.map((c) => c.name),
    ...table.exclusions.map((c) => c.name),
  ]);
}
