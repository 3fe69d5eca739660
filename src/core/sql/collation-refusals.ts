/**
 * A collation whose options change is dropped and created again (Postgres has no ALTER COLLATION
 * for its locale or provider). DROP COLLATION fails while a column, domain or composite attribute
 * that stays uses it ("other objects depend on it"), and CASCADE would drop those columns: the
 * change is refused then, saying what to do; both of its halves are left out.
 */
import type { SchemaChange } from '../changes/types';
import { sameName } from '../model/names';
import type { QualifiedName, Schema } from '../model/types';

/** A collation as written on a column (`"C"`, `pg_catalog.C`, `app.fr`) names this one. */
function namesCollation(written: string | undefined, collation: QualifiedName): boolean {
  if (!written) return false;
  const parts = written.split('.');
  const name = parts.pop();
  const schema = parts.pop();
  return name === collation.name && (schema === undefined ? collation.schema === 'public' : schema === collation.schema);
}

/** What keeps using the collation: `table.column`, indexes, domains, composite attributes, range types. */
function usersOf(base: Schema, collation: QualifiedName, changes: readonly SchemaChange[]): string[] {
  const goes = (table: QualifiedName, column?: string) => changes.some((c) =>
    (c.kind === 'drop-table' && sameName(c.table, table)) ||
    (column !== undefined && c.kind === 'drop-column' && sameName(c.table, table) && c.column === column) ||
    (column !== undefined && c.kind === 'alter-column' && sameName(c.table, table) && c.column === column && (c.set.type !== undefined || c.set.collation !== undefined)));
  const typeGoes = (type: QualifiedName) => changes.some((c) => c.kind === 'drop-type' && sameName(c.type, type));
  const users: string[] = [];
  for (const table of Object.values(base.tables)) {
    for (const column of table.columns) if (namesCollation(column.collation, collation) && !goes(table, column.name)) users.push(`${table.name}.${column.name}`);
    for (const index of table.indexes) {
      const dropped = changes.some((c) => c.kind === 'drop-index' && sameName(c.table, table) && c.name === index.name);
      if (!goes(table) && !dropped && index.elements.some((e) => namesCollation(e.collation, collation))) users.push(`index ${index.name}`);
    }
  }
  for (const type of Object.values(base.types)) {
    if (typeGoes(type)) continue;
    if (type.kind === 'domain' && namesCollation(type.collation, collation)) users.push(`domain ${type.name}`);
    if (type.kind === 'composite') for (const a of type.attributes) if (namesCollation(a.collation, collation)) users.push(`${type.name}.${a.name}`);
    if (type.kind === 'range' && namesCollation(type.rangeOptions?.collation, collation)) users.push(`range type ${type.name}`);
  }
  return users;
}

export function refuseReplacedCollationsInUse(base: Schema, changes: SchemaChange[], refusals: string[]): SchemaChange[] {
  const leftOut = new Set<SchemaChange>();
  for (const drop of changes) {
    if (drop.kind !== 'drop-collation') continue;
    const add = changes.find((c) => c.kind === 'add-collation' && sameName(c.collation, drop.collation));
    if (!add) continue;
    const users = usersOf(base, drop.collation, changes);
    if (users.length === 0) continue;
    refusals.push(`collation ${drop.collation.schema}.${drop.collation.name} changes its options, which Postgres can only do by dropping it and creating it again, and ${users.join(', ')} ${users.length === 1 ? 'uses' : 'use'} it: create the new collation under another name and move ${users.length === 1 ? 'that user' : 'those users'} to it (ALTER COLUMN ... TYPE ... COLLATE), then drop the old one`);
    leftOut.add(drop).add(add);
  }
  return leftOut.size === 0 ? changes : changes.filter((c) => !leftOut.has(c));
}
