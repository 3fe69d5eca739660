/**
 * The order of changes within a phase (phases order the rest): views and the SQL functions that
 * read them are created after what they read and dropped before it; tables are created parents
 * first and dropped children first (a partition or an inheritance child after / before its parent). Only the positions these
 * changes already hold are reused, so every other change keeps its place.
 */
import type { SchemaChange } from '../changes/types';
import { keyOf } from '../model/names';
import type { Schema, TypeRef, UserType } from '../model/types';
import { routineCallsRoutines, routineReadsRelations } from './dependencies';
import { expressionReferences, namesObject, statementReferences } from './references';

type Create = Extract<SchemaChange, { kind: 'add-view' | 'replace-view' | 'add-routine' | 'replace-routine' | 'add-type' }>;
type Drop = Extract<SchemaChange, { kind: 'drop-view' | 'drop-table' | 'drop-routine' | 'drop-type' }>;
type AddTable = Extract<SchemaChange, { kind: 'add-table' }>;

/** Items after the items they depend on (by key); items that share a key keep their order. */
export function topological<T>(items: T[], key: (item: T) => string, deps: (item: T) => string[]): T[] {
  const byKey = new Map<string, T[]>();
  for (const item of items) byKey.set(key(item), [...(byKey.get(key(item)) ?? []), item]);
  const out: T[] = [];
  const seen = new Set<T>();
  const visit = (item: T) => {
    if (seen.has(item)) return;
    seen.add(item);
    for (const dep of deps(item)) for (const other of byKey.get(dep) ?? []) if (other !== item) visit(other);
    out.push(item);
  };
  items.forEach(visit);
  return out;
}

function createKey(c: Create): string {
  if (c.kind === 'add-type') return `type ${keyOf(c.type)}`;
  return c.kind === 'add-view' || c.kind === 'replace-view' ? `relation ${keyOf(c.view)}` : `routine ${keyOf(c.routine)}`;
}

/** What a created view or function needs first: the relations it reads, the functions it calls. */
function createDeps(target: Schema, c: Create): string[] {
  if (c.kind === 'add-type') return domainCalls(target, c.type);
  if (c.kind === 'add-view' || c.kind === 'replace-view') {
    const refs = statementReferences(c.view.query);
    const called = refs ? Object.values(target.routines).filter((r) => refs.functions.some((f) => namesObject(f, r))).map((r) => `routine ${keyOf(r)}`) : [];
    return [...c.view.dependsOn.map((d) => `relation ${keyOf(d)}`), ...called];
  }
  const signature = [c.routine.returnType, ...c.routine.arguments.map((a) => a.type)].flatMap((t) => (t?.schema ? [`type ${keyOf({ schema: t.schema, name: t.name })}`] : []));
  return [...routineReadsRelations(target, c.routine).map((r) => `relation ${keyOf(r)}`), ...routineCallsRoutines(target, c.routine).map((r) => `routine ${keyOf(r)}`), ...signature];
}

/** The functions a domain's default and checks call (`routine` keys): they must exist first. */
export function domainCalls(schema: Schema, type: UserType): string[] {
  if (type.kind !== 'domain') return [];
  const expressions = [type.default, ...type.checks.map((check) => check.expression)].filter((e): e is string => e !== undefined);
  const calls = expressions.flatMap((e) => expressionReferences(e)?.functions ?? []);
  return Object.values(schema.routines).filter((r) => calls.some((f) => namesObject(f, r))).map((r) => `routine ${keyOf(r)}`);
}

function dropKey(c: Drop): string {
  if (c.kind === 'drop-type') return `type ${keyOf(c.type)}`;
  return c.kind === 'drop-view' ? `relation ${keyOf(c.view)}` : c.kind === 'drop-table' ? `relation ${keyOf(c.table)}` : `routine ${keyOf(c.routine)}`;
}

/**
 * What a type needs while it exists: the types its attributes or its base are of (a composite
 * of a composite, a domain over a domain) and the functions its domain checks and default call.
 */
function typeDeps(from: Schema, c: Extract<Drop, { kind: 'drop-type' }>): string[] {
  const type = from.types[keyOf(c.type)];
  const named = (t: TypeRef) => (t.schema ? [`type ${keyOf({ schema: t.schema, name: t.name })}`] : []);
  if (type?.kind === 'composite') return type.attributes.flatMap((a) => named(a.type));
  if (type?.kind !== 'domain') return [];
  return [...named(type.baseType), ...domainCalls(from, type)];
}

/** What a dropped object needs until it is gone: it is dropped before those. */
function dropDeps(from: Schema, c: Drop): string[] {
  if (c.kind === 'drop-type') return typeDeps(from, c);
  if (c.kind === 'drop-routine') {
    const routine = from.routines[`${keyOf(c.routine)}(${c.routine.signature})`];
    return routine ? routineReadsRelations(from, routine).map((r) => `relation ${keyOf(r)}`) : [];
  }
  if (c.kind === 'drop-view') {
    const view = from.views[keyOf(c.view)];
    if (!view) return [];
    const refs = statementReferences(view.query);
    const called = refs ? Object.values(from.routines).filter((r) => refs.functions.some((f) => namesObject(f, r))).map((r) => `routine ${keyOf(r)}`) : [];
    return [...view.dependsOn.map((d) => `relation ${keyOf(d)}`), ...called];
  }
  const table = from.tables[keyOf(c.table)];
  if (!table) return [];
  return (table.partitionOf ? [table.partitionOf.parent] : table.inherits).map((t) => `relation ${keyOf(t)}`);
}

export function orderChanges(from: Schema, target: Schema, changes: SchemaChange[]): SchemaChange[] {
  const isCreate = (c: SchemaChange): c is Create => c.kind === 'add-view' || c.kind === 'replace-view' || c.kind === 'add-routine' || c.kind === 'replace-routine' || c.kind === 'add-type';
  const isDrop = (c: SchemaChange): c is Drop => c.kind === 'drop-view' || c.kind === 'drop-table' || c.kind === 'drop-routine' || c.kind === 'drop-type';
  const isAddTable = (c: SchemaChange): c is AddTable => c.kind === 'add-table';
  const creates = topological(changes.filter(isCreate), createKey, (c) => createDeps(target, c));
  // A partition or an inheritance child is created after its parent (PARTITION OF and INHERITS
  // need it), whatever their names' order.
  const tables = topological(changes.filter(isAddTable), (c) => keyOf(c.table), (c) => (c.table.partitionOf ? [c.table.partitionOf.parent] : c.table.inherits).map(keyOf));
  // A drop waits for the drops of what needs it (its dependants). Unrelated drops keep their
  // order: moved ahead, a table's drop could come before another change to that table (a
  // rename of one of its columns), which then finds no table.
  const dropList = changes.filter(isDrop);
  const neededBy = new Map<string, string[]>();
  for (const c of dropList) for (const dep of dropDeps(from, c)) neededBy.set(dep, [...(neededBy.get(dep) ?? []), dropKey(c)]);
  const drops = topological(dropList, dropKey, (c) => neededBy.get(dropKey(c)) ?? []);
  // Foreign keys are dropped before the keys and indexes they rely on: they move up to just
  // before the first such drop (whatever follows keeps its order, and its view of the schema).
  const isFkDrop = (c: SchemaChange) => c.kind === 'drop-constraint' && Boolean(from.tables[keyOf(c.table)]?.foreignKeys.some((fk) => fk.name === c.name));
  const isKeyDrop = (c: SchemaChange) => c.kind === 'drop-index' || (c.kind === 'drop-constraint' && !isFkDrop(c));
  let createIndex = 0;
  let dropIndex = 0;
  let tableIndex = 0;
  const ordered = changes.map((c) => (isCreate(c) ? creates[createIndex++]! : isDrop(c) ? drops[dropIndex++]! : isAddTable(c) ? tables[tableIndex++]! : c));
  // They only ever move up: a foreign key's drop stays before its own re-creation.
  const first = ordered.findIndex((c) => isKeyDrop(c) || isFkDrop(c));
  const fkDrops = ordered.filter(isFkDrop);
  if (first < 0 || fkDrops.length === 0) return ordered;
  return [...ordered.slice(0, first).filter((c) => !isFkDrop(c)), ...fkDrops, ...ordered.slice(first).filter((c) => !isFkDrop(c))];
}
