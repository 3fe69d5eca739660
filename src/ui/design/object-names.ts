/**
 * Generated names that carry their table's name (`orders_pkey`, `orders_user_id_fkey`,
 * `orders_created_at_idx`): when a designed table is renamed or copied, they follow the new name.
 */
import { makeObjectName } from '../../core/model/auto-names';
import { identifierBytes, MAX_IDENTIFIER_BYTES, type Table } from '../../core/model';
import { freeName } from './lookup';

export interface ObjectRename {
  kind: 'constraint' | 'index';
  from: string;
  to: string;
}

/** `oldTable_rest` -> `newTable_rest` (shortened as Postgres would); undefined when not prefixed. */
export function renamePrefixed(name: string, oldTable: string, newTable: string): string | undefined {
  if (!name.startsWith(`${oldTable}_`)) return undefined;
  const rest = name.slice(oldTable.length + 1);
  const plain = `${newTable}_${rest}`;
  return identifierBytes(plain) <= MAX_IDENTIFIER_BYTES ? plain : makeObjectName(newTable, undefined, rest);
}

/**
 * The renames of `table`'s prefixed constraints and indexes for `newName`. `taken` holds the
 * relation names in use (index-backed names must not collide); names given are added to it.
 * `copy`: the table is a new copy, so every index-backed name must become a free one, prefixed
 * or not (a rename may leave unprefixed names where they are).
 */
export function renamedObjects(table: Table, newName: string, taken: Set<string>, copy = false): ObjectRename[] {
  const out: ObjectRename[] = [];
  const pick = (kind: ObjectRename['kind'], from: string, relation: boolean) => {
    let to = renamePrefixed(from, table.name, newName);
    if (relation && copy) to = freeName(to ?? makeObjectName(newName, from, ''), (name) => taken.has(name));
    if (!to || to === from) return;
    if (relation) {
      if (taken.has(to)) return;
      taken.add(to);
    }
    out.push({ kind, from, to });
  };
  if (table.primaryKey) pick('constraint', table.primaryKey.name, true);
  for (const unique of table.uniqueConstraints) pick('constraint', unique.name, true);
  for (const exclusion of table.exclusions) pick('constraint', exclusion.name, true);
  for (const fk of table.foreignKeys) pick('constraint', fk.name, false);
  for (const check of table.checks) pick('constraint', check.name, false);
  for (const index of table.indexes) pick('index', index.name, true);
  return out;
}

/** `table` with its prefixed names renamed for `newName` (a copy; used when pasting). */
export function withRenamedObjects(table: Table, newName: string, taken: Set<string>): Table {
  const copy = structuredClone(table);
  const renames = new Map(renamedObjects(table, newName, taken, true).map((r) => [`${r.kind}:${r.from}`, r.to]));
  const constraint = (c: { name: string }) => (c.name = renames.get(`constraint:${c.name}`) ?? c.name);
  if (copy.primaryKey) constraint(copy.primaryKey);
  copy.uniqueConstraints.forEach(constraint);
  copy.exclusions.forEach(constraint);
  copy.foreignKeys.forEach(constraint);
  copy.checks.forEach(constraint);
  for (const index of copy.indexes) index.name = renames.get(`index:${index.name}`) ?? index.name;
  copy.name = newName;
  return copy;
}
