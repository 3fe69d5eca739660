/**
 * Hazards that no lock or scan shows, for the reviewer of a migration (pg-schema-diff's
 * INDEX_DROPPED and AUTHZ_UPDATE):
 * - `index-dropped`: an index (or the index of a key) of a table that stays is gone for good.
 *   Postgres drops it at once and in full; queries that used it plan again without it, and a
 *   lookup that took milliseconds can become a sequential scan. Nothing in the migration fails.
 * - `authz-change`: who may read or write changes on objects already in use: row-level security
 *   turned on or off, a policy added or dropped, privileges granted or revoked. A mistake locks
 *   users out, or shows them rows they must not see, and again nothing fails.
 * Objects the migration itself creates have no queries or users yet, and an object dropped and
 * created again around another change (`rebuilt`) comes back as it was: neither is marked.
 */
import type { SchemaChange } from '../changes/types';
import { tableConstraints } from '../diff/tables';
import { keyOf } from '../model/names';
import type { ObjectRef, QualifiedName, Schema, Table, View } from '../model/types';
import type { Hazard, PlannedStatement } from './plan-types';

export interface ReviewContext {
  /** The schema the migration starts from. */
  from: Schema;
  /** The schema it ends with. */
  target: Schema;
  /** The change drops or re-creates a dependant around another change (it comes back as the target has it). */
  rebuilt: boolean;
}

function mark(statements: PlannedStatement[], hazard: Hazard, only: (s: PlannedStatement) => boolean = () => true): PlannedStatement[] {
  return statements.map((s) => (only(s) && !s.hazards.includes(hazard) ? { ...s, hazards: [...s.hazards, hazard] } : s));
}

const relationIn = (schema: Schema, ref: QualifiedName) => schema.tables[keyOf(ref)] ?? schema.views[keyOf(ref)];

/** Whether `ref` names an object of `schema` (kinds not tracked here count as existing). */
function existedIn(schema: Schema, ref: ObjectRef): boolean {
  const qualified = { schema: ref.schema ?? 'public', name: ref.name };
  switch (ref.kind) {
    case 'schema':
      return Boolean(schema.namespaces[ref.name]);
    case 'table':
    case 'view':
    case 'materialized-view':
      return Boolean(relationIn(schema, qualified));
    case 'column':
      return Boolean(ref.table && relationIn(schema, { schema: qualified.schema, name: ref.table })?.columns?.some((c) => c.name === ref.name));
    case 'sequence':
      return Boolean(schema.sequences[keyOf(qualified)]);
    case 'type':
      return Boolean(schema.types[keyOf(qualified)]);
    case 'function':
    case 'procedure':
      // Routines are keyed by their identity signature (as plan-privileges looks them up).
      if (ref.signature !== undefined) return Boolean(schema.routines[`${keyOf(qualified)}(${ref.signature})`]);
      return Object.values(schema.routines).some((r) => r.schema === qualified.schema && r.name === ref.name);
    default:
      return true;
  }
}

/** A btree index's or key's searchable terms (columns, or expressions in parentheses), in order. */
interface Searchable {
  name: string;
  terms: string[];
  where?: string;
}

function searchables(relation: Table | View, table: Table | undefined): Searchable[] {
  const out: Searchable[] = relation.indexes.filter((ix) => ix.method === 'btree').map((ix) => ({ name: ix.name, terms: ix.elements.map((e) => e.column ?? `(${e.expression})`), ...(ix.where ? { where: ix.where } : {}) }));
  if (table?.primaryKey) out.push({ name: table.primaryKey.name, terms: table.primaryKey.columns });
  for (const u of table?.uniqueConstraints ?? []) out.push({ name: u.name, terms: u.columns });
  return out;
}

/**
 * The index or key `name` of `table` is in the target still (kept, or built again under its
 * name), or another btree index of the target starts with its terms under the same predicate
 * (a key replaced by a unique index over the same columns): lookups keep an index.
 */
function keptInTarget(from: Schema, target: Schema, ref: QualifiedName, name: string): boolean {
  const after = relationIn(target, ref);
  if (!after) return true; // the table goes too: deletes-data says more than this would
  const table = target.tables[keyOf(ref)];
  if (after.indexes.some((ix) => ix.name === name) || (table && tableConstraints(table)[name])) return true;
  const kept = searchables(after, table);
  const before = relationIn(from, ref);
  const dropped = before ? searchables(before, from.tables[keyOf(ref)]).find((k) => k.name === name) : undefined;
  return Boolean(dropped && kept.some((k) => k.where === dropped.where && dropped.terms.every((term, i) => k.terms[i] === term)));
}

export function withReviewHazards(change: SchemaChange, statements: PlannedStatement[], context: ReviewContext): PlannedStatement[] {
  if (context.rebuilt || statements.length === 0) return statements;
  const { from, target } = context;
  switch (change.kind) {
    case 'drop-index':
      return keptInTarget(from, target, change.table, change.name) ? statements : mark(statements, 'index-dropped', (s) => /^DROP INDEX\b/.test(s.sql));
    case 'drop-constraint': {
      const old = from.tables[keyOf(change.table)];
      const constraint = old ? tableConstraints(old)[change.name] : undefined;
      const indexed = constraint && (constraint.type === 'primary-key' || constraint.type === 'unique' || constraint.type === 'exclusion');
      return indexed && !keptInTarget(from, target, change.table, change.name) ? mark(statements, 'index-dropped', (s) => /\bDROP CONSTRAINT\b/.test(s.sql)) : statements;
    }
    case 'add-policy':
    case 'drop-policy':
      return from.tables[keyOf(change.table)] ? mark(statements, 'authz-change') : statements;
    case 'alter-table':
      return from.tables[keyOf(change.table)] ? mark(statements, 'authz-change', (s) => /\bROW LEVEL SECURITY;$/.test(s.sql)) : statements;
    case 'set-privileges':
      return existedIn(from, change.target) ? mark(statements, 'authz-change') : statements;
    default:
      return statements;
  }
}
