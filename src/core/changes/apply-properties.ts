/**
 * applyChanges for the properties verify compares beyond shape: privileges and default
 * privileges, extension versions and schemas, collations, statistics objects, domains and
 * composite types altered in place, and comments on the objects apply.ts does not reach.
 * Objects are replaced by changed copies, never changed in place (structural sharing).
 */
import { defaultPrivilegesKey } from '../model/privileges';
import { keyOf, quoteIdent, sameName } from '../model/names';
import type { ObjectRef, Privilege, QualifiedName, Schema, Table } from '../model/types';
import { renameColumnInTableExpression } from './follow-rename';
import type { SchemaChange } from './types';

/** What apply.ts's Draft offers: the schema being built and writable copies of relations. */
export interface DraftAccess {
  schema: Schema;
  table(ref: { schema: string; name: string }): Schema['tables'][string];
  view(ref: { schema: string; name: string }): Schema['views'][string];
}

export class PropertyChangeError extends Error {}

type PropertyChange = Extract<SchemaChange, { kind:
  'set-privileges' | 'set-default-privileges' | 'alter-extension' | 'add-collation' | 'drop-collation' | 'add-statistics'
  | 'drop-statistics' | 'alter-statistics' | 'alter-domain' | 'add-domain-check' | 'drop-domain-check' | 'alter-composite' }>;

function withValue<T extends object, K extends keyof T>(object: T, key: K, value: T[K] | null | undefined): T {
  const copy = { ...object };
  if (value === null || value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

/** Replaces `record[key]` by `change(copy)`; a missing object is an error. */
function update<T>(record: Record<string, T>, key: string, what: string, change: (copy: T) => T): void {
  const current = record[key];
  if (!current) throw new PropertyChangeError(`${what} ${key} does not exist`);
  record[key] = change(current);
}

function routineKey(target: ObjectRef): string {
  return `${keyOf({ schema: target.schema ?? 'public', name: target.name })}(${target.signature ?? ''})`;
}

/** Sets a field (`privileges`, `comment`) on the object a reference names. */
export function setObjectField(draft: DraftAccess, target: ObjectRef, field: 'privileges' | 'comment', value: Privilege[] | string | null): void {
  const s = draft.schema;
  const key = keyOf({ schema: target.schema ?? 'public', name: target.table ?? target.name });
  const set = <T extends object>(object: T) => withValue(object as T & Record<string, unknown>, field, value as never);
  switch (target.kind) {
    case 'table':
    case 'view':
    case 'materialized-view': {
      const relation = s.tables[key] ? draft.table({ schema: target.schema ?? 'public', name: target.name }) : draft.view({ schema: target.schema ?? 'public', name: target.name });
      if (value === null) delete (relation as unknown as Record<string, unknown>)[field];
      else (relation as unknown as Record<string, unknown>)[field] = value;
      return;
    }
    case 'column': {
      const column = draft.table({ schema: target.schema ?? 'public', name: target.table ?? '' }).columns.find((c) => c.name === target.name);
      if (!column) throw new PropertyChangeError(`column ${target.name} does not exist`);
      if (value === null) delete (column as unknown as Record<string, unknown>)[field];
      else (column as unknown as Record<string, unknown>)[field] = value;
      return;
    }
    case 'sequence':
      return update(s.sequences, key, 'sequence', set);
    case 'function':
    case 'procedure':
      return update(s.routines, routineKey(target), 'routine', set);
    case 'type':
      return update(s.types, key, 'type', set);
    case 'schema':
      return update(s.namespaces, target.name, 'schema', set);
    case 'extension':
      return update(s.extensions, target.name, 'extension', set);
    case 'collation':
      return update(s.collations, key, 'collation', set);
    case 'statistics':
      return update(s.statistics, key, 'statistics object', set);
    default:
      throw new PropertyChangeError(`${field} on ${target.kind} are not supported by applyChanges`);
  }
}

export function applyPropertyChange(draft: DraftAccess, change: PropertyChange): void {
  const s = draft.schema;
  switch (change.kind) {
    case 'set-privileges':
      setObjectField(draft, change.target, 'privileges', change.privileges);
      return;
    case 'set-default-privileges': {
      const key = defaultPrivilegesKey(change.entry);
      if (change.privileges === null) delete s.defaultPrivileges[key];
      else s.defaultPrivileges[key] = { ...change.entry, privileges: change.privileges };
      return;
    }
    case 'alter-extension':
      return update(s.extensions, change.name, 'extension', ({ schemaFromSearchPath, ...e }) => ({
        ...e,
        ...(change.version !== undefined ? { version: change.version } : {}),
        ...(change.schema !== undefined ? { schema: change.schema } : schemaFromSearchPath ? { schemaFromSearchPath } : {}),
      }));
    case 'add-collation':
      s.collations[keyOf(change.collation)] = change.collation;
      return;
    case 'drop-collation':
      delete s.collations[keyOf(change.collation)];
      return;
    case 'add-statistics':
      s.statistics[keyOf(change.statistics)] = change.statistics;
      return;
    case 'drop-statistics':
      delete s.statistics[keyOf(change.statistics)];
      return;
    case 'alter-statistics':
      return update(s.statistics, keyOf(change.statistics), 'statistics object', (x) => withValue(x, 'target', change.target));
    case 'alter-domain':
      return update(s.types, keyOf(change.type), 'domain', (t) => {
        if (t.kind !== 'domain') throw new PropertyChangeError(`${keyOf(change.type)} is not a domain`);
        let next = { ...t, ...(change.set.notNull !== undefined ? { notNull: change.set.notNull } : {}) };
        if (change.set.default !== undefined) next = withValue(next, 'default', change.set.default);
        return next;
      });
    case 'add-domain-check':
      return update(s.types, keyOf(change.type), 'domain', (t) => (t.kind === 'domain' ? { ...t, checks: [...t.checks, change.check] } : t));
    case 'drop-domain-check':
      return update(s.types, keyOf(change.type), 'domain', (t) => (t.kind === 'domain' ? { ...t, checks: t.checks.filter((c) => c.name !== change.name) } : t));
    case 'alter-composite':
      return update(s.types, keyOf(change.type), 'composite type', (t) => {
        if (t.kind !== 'composite') throw new PropertyChangeError(`${keyOf(change.type)} is not a composite type`);
        const altered = new Map(change.alter.map((a) => [a.name, a]));
        const attributes = t.attributes.filter((a) => !change.drop.includes(a.name)).map((a) => altered.get(a.name) ?? a);
        return { ...t, attributes: [...attributes, ...change.add] };
      });
  }
}

/** Statistics objects follow their table's new name (Postgres keeps them by the table's oid). */
export function renameStatisticsTable(schema: Schema, from: QualifiedName, to: QualifiedName): void {
  for (const [key, statistics] of Object.entries(schema.statistics)) {
    if (sameName(statistics.table, from)) schema.statistics[key] = { ...statistics, table: { schema: to.schema, name: to.name } };
  }
}

/**
 * ... and their columns' new names: the quoted name, and expressions (kept in parentheses)
 * rewritten through the parser. `table` is the table as it is before the rename.
 */
export function renameStatisticsColumn(schema: Schema, table: Table, from: string, to: string): void {
  for (const [key, statistics] of Object.entries(schema.statistics)) {
    if (!sameName(statistics.table, table)) continue;
    // An expression element keeps its parentheses (the statement needs them; the rename's deparse drops them).
    const renamed = (e: string) => {
      const inner = e.slice(1, -1);
      const next = renameColumnInTableExpression(schema, table, inner, from, to);
      return next === inner ? e : `(${next})`;
    };
    const elements = statistics.elements.map((e) => (e === quoteIdent(from) ? quoteIdent(to) : e.startsWith('(') && e.endsWith(')') ? renamed(e) : e));
    schema.statistics[key] = { ...statistics, elements };
  }
}
