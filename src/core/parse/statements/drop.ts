/**
 * DROP of every modelled kind, with Postgres's dependency rules: without CASCADE a drop that
 * other objects depend on fails (and the model stays as it was); with CASCADE those objects go
 * too. Partitions always go with their parent; owned sequences with their column.
 */
import type { Node } from '@pgsql/types';
import { keyOf, sameName } from '../../model/names';
import type { QualifiedName, Schema } from '../../model/types';
import { type Fields, listName, stringList, unwrap } from '../ast';
import type { ImportContext } from '../context';
import { removeColumnAndDependents } from './alter-column';
import { findRoutineByObject } from './routines';

function isSame(a: QualifiedName, schema: string, name: string): boolean {
  return a.schema === schema && a.name === name;
}

/** Views that read `refs`, directly or through other views: one walk over a reader index. */
function dependentViews(schema: Schema, refs: QualifiedName[]): string[] {
  const readers = new Map<string, string[]>();
  for (const [key, view] of Object.entries(schema.views)) {
    for (const dependency of view.dependsOn) {
      const list = readers.get(keyOf(dependency)) ?? [];
      list.push(key);
      readers.set(keyOf(dependency), list);
    }
  }
  const result = new Set<string>();
  const queue = refs.map(keyOf);
  while (queue.length > 0) {
    for (const reader of readers.get(queue.pop()!) ?? []) {
      if (result.has(reader)) continue;
      result.add(reader);
      queue.push(reader);
    }
  }
  return [...result];
}

/** Everything that goes when a table goes: its partitions (always) and, with CASCADE, the rest. */
function dropTable(ctx: ImportContext, key: string, cascade: boolean): void {
  const table = ctx.schema.tables[key];
  if (!table) return;
  const partitions = Object.entries(ctx.schema.tables).filter(([, t]) => t.partitionOf && sameName(t.partitionOf.parent, table));
  const children = Object.values(ctx.schema.tables).filter((t) => t.inherits.some((p) => sameName(p, table)));
  const views = dependentViews(ctx.schema, [table, ...partitions.map(([, t]) => t)]);
  const foreignKeys = Object.values(ctx.schema.tables).filter(
    (t) => t !== table && t.foreignKeys.some((fk) => sameName(fk.references, table)),
  );
  if (!cascade && (children.length > 0 || views.length > 0 || foreignKeys.length > 0)) {
    ctx.report('error', `cannot drop table ${table.name} because other objects depend on it (use CASCADE)`);
    return;
  }
  for (const [partitionKey] of partitions) dropTable(ctx, partitionKey, cascade);
  for (const view of views) delete ctx.schema.views[view];
  // Inheritance children depend on their parent: CASCADE drops them too.
  for (const child of children) dropTable(ctx, keyOf(child), cascade);
  for (const other of foreignKeys) other.foreignKeys = other.foreignKeys.filter((fk) => !sameName(fk.references, table));
  for (const [seqKey, sequence] of Object.entries(ctx.schema.sequences)) {
    if (sequence.ownedBy && sameName(sequence.ownedBy.table, table)) delete ctx.schema.sequences[seqKey];
  }
  delete ctx.schema.tables[key];
}

function dropView(ctx: ImportContext, key: string, cascade: boolean): void {
  const view = ctx.schema.views[key];
  if (!view) return;
  const dependents = dependentViews(ctx.schema, [view]);
  if (dependents.length > 0 && !cascade) {
    ctx.report('error', `cannot drop view ${view.name} because other objects depend on it (use CASCADE)`);
    return;
  }
  for (const droppedKey of [...dependents, key]) {
    const dropped = ctx.schema.views[droppedKey];
    if (!dropped) continue;
    delete ctx.schema.views[droppedKey];
    // A materialized view's indexes go with it and free their names.
    if (dropped.indexes.length > 0) ctx.names.invalidateNames();
    else ctx.names.removeRelation(dropped.schema, dropped.name);
  }
}

function dropIndex(ctx: ImportContext, name: { schema?: string; name: string }, missingOk: boolean): void {
  const found = ctx.findIndex(name);
  if (!found) {
    if (!missingOk) ctx.report('error', `index "${name.name}" does not exist`);
    return;
  }
  const { owner, index } = found;
  owner.indexes = owner.indexes.filter((ix) => ix !== index);
  ctx.names.removeIndex(owner, index);
  // Dropping a partitioned index drops its partitions.
  const parentRef = { schema: owner.schema, name: index.name };
  for (const table of Object.values(ctx.schema.tables)) {
    const partitions = table.indexes.filter((ix) => ix.partitionOf && sameName(ix.partitionOf, parentRef));
    if (partitions.length === 0) continue;
    table.indexes = table.indexes.filter((ix) => !partitions.includes(ix));
    for (const partition of partitions) ctx.names.removeIndex(table, partition);
  }
}

/** DROP TYPE / DOMAIN: with CASCADE, columns of that type are dropped with it (as Postgres does). */
function dropType(ctx: ImportContext, name: { schema?: string; name: string }, cascade: boolean, missingOk: boolean): void {
  const type = ctx.findType(name);
  if (!type) {
    if (!missingOk) ctx.report('error', `type "${name.name}" does not exist`);
    return;
  }
  const uses = (t: { schema?: string; name: string }) => t.schema !== undefined && isSame({ schema: t.schema, name: t.name }, type.schema, type.name);
  const users = Object.values(ctx.schema.tables).filter((t) => t.columns.some((c) => uses(c.type)));
  if (users.length > 0 && !cascade) {
    ctx.report('error', `cannot drop type ${type.name} because other objects depend on it (use CASCADE)`);
    return;
  }
  for (const table of users) {
    for (const column of table.columns.filter((c) => uses(c.type))) removeColumnAndDependents(ctx, table, column.name);
  }
  delete ctx.schema.types[keyOf(type)];
  // Domains over the type go with it, and so (recursively) does what uses them.
  for (const other of Object.values(ctx.schema.types)) {
    if (other.kind === 'domain' && uses(other.baseType)) dropType(ctx, { schema: other.schema, name: other.name }, cascade, true);
  }
}

function dropRoutines(ctx: ImportContext, object: Fields, cascade: boolean, missingOk: boolean): void {
  const found = findRoutineByObject(ctx, object);
  if (found.length === 0) {
    if (!missingOk) ctx.report('error', `function ${listName(object.objname).name} does not exist`);
    return;
  }
  if (found.length > 1) {
    ctx.report('error', `function name "${listName(object.objname).name}" is not unique`);
    return;
  }
  const { key, routine } = found[0]!;
  const owners = [...Object.values(ctx.schema.tables), ...Object.values(ctx.schema.views)];
  const usedBy = owners.filter((o) => o.triggers.some((t) => isSame(t.function, routine.schema, routine.name)));
  if (usedBy.length > 0 && !cascade) {
    ctx.report('error', `cannot drop function ${routine.name} because triggers depend on it (use CASCADE)`);
    return;
  }
  for (const owner of usedBy) owner.triggers = owner.triggers.filter((t) => !isSame(t.function, routine.schema, routine.name));
  delete ctx.schema.routines[key];
}

/** `[schema.]table.name` lists for triggers, policies and rules. */
function dropMember(ctx: ImportContext, kind: 'trigger' | 'policy', parts: string[], missingOk: boolean): void {
  const member = parts[parts.length - 1] ?? '';
  const tableName = listName(parts.slice(0, -1).map((sval) => ({ String: { sval } }) as Node));
  const relation = ctx.findRelation(tableName);
  const owner = relation?.kind === 'table' ? relation.table : relation?.kind === 'view' ? relation.view : undefined;
  const list = kind === 'trigger' ? owner?.triggers : relation?.kind === 'table' ? relation.table.policies : undefined;
  if (!owner || !list || !list.some((x) => x.name === member)) {
    if (!missingOk) ctx.report('error', `${kind} "${member}" for table "${tableName.name}" does not exist`);
    return;
  }
  if (kind === 'trigger') owner.triggers = owner.triggers.filter((t) => t.name !== member);
  else if (relation?.kind === 'table') relation.table.policies = relation.table.policies.filter((p) => p.name !== member);
}

function dropSchema(ctx: ImportContext, name: string, cascade: boolean, missingOk: boolean): void {
  if (!ctx.schema.namespaces[name]) {
    if (!missingOk) ctx.report('error', `schema "${name}" does not exist`);
    return;
  }
  const inSchema = <T extends { schema?: string }>(record: Record<string, T>) => Object.keys(record).filter((k) => record[k]!.schema === name);
  const hasObjects = [ctx.schema.tables, ctx.schema.views, ctx.schema.types, ctx.schema.sequences, ctx.schema.routines].some((r) => inSchema(r as Record<string, { schema?: string }>).length > 0);
  if (hasObjects && !cascade) {
    ctx.report('error', `cannot drop schema ${name} because other objects depend on it (use CASCADE)`);
    return;
  }
  for (const key of inSchema(ctx.schema.tables)) dropTable(ctx, key, true);
  for (const key of inSchema(ctx.schema.views)) delete ctx.schema.views[key];
  for (const key of inSchema(ctx.schema.types)) delete ctx.schema.types[key];
  for (const key of inSchema(ctx.schema.sequences)) delete ctx.schema.sequences[key];
  for (const key of inSchema(ctx.schema.routines)) delete ctx.schema.routines[key];
  delete ctx.schema.namespaces[name];
}

export function dropStatement(ctx: ImportContext, stmt: Fields): void {
  const cascade = stmt.behavior === 'DROP_CASCADE';
  const missingOk = Boolean(stmt.missing_ok);
  for (const object of (stmt.objects as Node[] | undefined) ?? []) {
    const parts = stringList(unwrap(object, 'List')?.items);
    const name = listName(unwrap(object, 'List')?.items);
    switch (stmt.removeType) {
      case 'OBJECT_TABLE':
      case 'OBJECT_VIEW':
      case 'OBJECT_MATVIEW':
      case 'OBJECT_SEQUENCE':
      case 'OBJECT_FOREIGN_TABLE': {
        const relation = ctx.findRelation(name);
        const expected = { OBJECT_TABLE: 'table', OBJECT_VIEW: 'view', OBJECT_MATVIEW: 'view', OBJECT_SEQUENCE: 'sequence' }[stmt.removeType as string];
        if (!relation || relation.kind !== expected) {
          const temporary = !name.schema && ctx.temporaryRelations.delete(name.name);
          if (!missingOk && !temporary && stmt.removeType !== 'OBJECT_FOREIGN_TABLE') ctx.report('error', `${String(stmt.removeType).replace('OBJECT_', '').toLowerCase()} "${name.name}" does not exist`);
          break;
        }
        if (relation.kind === 'view' && relation.view.materialized !== (stmt.removeType === 'OBJECT_MATVIEW')) {
          ctx.report('error', `"${name.name}" is not a ${stmt.removeType === 'OBJECT_MATVIEW' ? 'materialized view' : 'view'}`);
          break;
        }
        if (relation.kind === 'table') {
          dropTable(ctx, relation.key, cascade);
          ctx.names.invalidate();
        } else if (relation.kind === 'view') {
          dropView(ctx, relation.key, cascade);
        } else {
          delete ctx.schema.sequences[relation.key];
          ctx.names.removeRelation(relation.sequence.schema, relation.sequence.name);
        }
        break;
      }
      case 'OBJECT_INDEX':
        dropIndex(ctx, name, missingOk);
        break;
      case 'OBJECT_TYPE':
      case 'OBJECT_DOMAIN': {
        const typeName = unwrap(object, 'TypeName');
        // Columns of the type (and what uses them) go; tables stay.
        dropType(ctx, listName(typeName?.names ?? unwrap(object, 'List')?.items), cascade, missingOk);
        ctx.names.invalidateNames();
        break;
      }
      case 'OBJECT_FUNCTION':
      case 'OBJECT_PROCEDURE':
      case 'OBJECT_ROUTINE':
        dropRoutines(ctx, unwrap(object, 'ObjectWithArgs') ?? {}, cascade, missingOk);
        break;
      case 'OBJECT_TRIGGER':
        dropMember(ctx, 'trigger', parts, missingOk);
        break;
      case 'OBJECT_POLICY':
        dropMember(ctx, 'policy', parts, missingOk);
        break;
      case 'OBJECT_SCHEMA':
        dropSchema(ctx, unwrap(object, 'String')?.sval ?? parts[0] ?? '', cascade, missingOk);
        ctx.names.invalidate();
        break;
      case 'OBJECT_EXTENSION':
        delete ctx.schema.extensions[unwrap(object, 'String')?.sval ?? parts[0] ?? ''];
        break;
      case 'OBJECT_AGGREGATE': {
        const aggregate = listName(unwrap(object, 'ObjectWithArgs')?.objname);
        const schemaName = aggregate.schema ?? ctx.searchPath.find((s) => Object.values(ctx.schema.opaque).some((o) => o.schema === s && o.name === aggregate.name));
        for (const [key, o] of Object.entries(ctx.schema.opaque)) {
          if (o.kind === 'aggregate' && o.name === aggregate.name && o.schema === schemaName) delete ctx.schema.opaque[key];
        }
        break;
      }
      default:
        // Rules, operators, casts, roles...: not modelled.
        break;
    }
  }
}
