/**
 * DROP of every modelled kind, with Postgres's dependency rules: without CASCADE a drop that
 * other objects depend on fails (and the model stays as it was); with CASCADE those objects go
 * too. Partitions always go with their parent; owned sequences with their column.
 */
import type { Node } from '@pgsql/types';
import { type Fields, listName, stringList, unwrap } from '../ast';
import { type ImportContext, type Relation, TEMP_SCHEMA } from '../context';
import { type DropTarget, dropWithDependents } from './drop-dependents';
import { findRoutineByObject } from './routines';
import { dropPartitionCopies } from '../../changes/partitions';
import { removeClones } from './partition-clones';

/** Drops a table and what goes with it, as CASCADE would (ON COMMIT DROP, DISCARD TEMP). */
export function dropTableByKey(ctx: ImportContext, key: string): void {
  const table = ctx.schema.tables[key];
  if (table) dropWithDependents(ctx, [{ kind: 'table', table }], true);
}

/** ON COMMIT DROP: at the end of the transaction, or at once outside one (autocommit). */
export function dropAtCommit(ctx: ImportContext, key: string): void {
  if (ctx.transactions.active) ctx.transactions.dropOnCommit.add(key);
  else dropTableByKey(ctx, key);
}

/** DISCARD TEMP: every temporary object goes. */
export function dropTemporaryObjects(ctx: ImportContext): void {
  const temporary = (o: { schema: string }) => o.schema === TEMP_SCHEMA;
  const targets: DropTarget[] = [
    ...Object.values(ctx.schema.tables).filter(temporary).map((table) => ({ kind: 'table', table }) as DropTarget),
    ...Object.values(ctx.schema.views).filter(temporary).map((view) => ({ kind: 'view', view }) as DropTarget),
    ...Object.values(ctx.schema.sequences).filter(temporary).map((sequence) => ({ kind: 'sequence', sequence }) as DropTarget),
    ...Object.entries(ctx.schema.routines).filter(([, r]) => temporary(r)).map(([key, routine]) => ({ kind: 'routine', key, routine }) as DropTarget),
  ];
  if (targets.length > 0) dropWithDependents(ctx, targets, true);
}

const RELATION_KINDS: Record<string, { kind: Relation['kind']; materialized?: boolean; word: string }> = {
  OBJECT_TABLE: { kind: 'table', word: 'table' },
  OBJECT_FOREIGN_TABLE: { kind: 'table', word: 'foreign table' },
  OBJECT_VIEW: { kind: 'view', materialized: false, word: 'view' },
  OBJECT_MATVIEW: { kind: 'view', materialized: true, word: 'materialized view' },
  OBJECT_SEQUENCE: { kind: 'sequence', word: 'sequence' },
};

/** The relation a DROP TABLE / VIEW / ... names, checked to be of that kind. */
function relationTarget(ctx: ImportContext, removeType: string, name: { schema?: string; name: string }, missingOk: boolean): DropTarget | 'missing' | 'wrong' {
  const expected = RELATION_KINDS[removeType]!;
  const relation = ctx.findRelation(name);
  if (!relation) {
    if (!missingOk) ctx.report('error', `${expected.word} "${name.name}" does not exist`);
    return 'missing';
  }
  const isForeign = relation.kind === 'table' && Boolean(relation.table.foreign);
  const matches =
    relation.kind === expected.kind &&
    (relation.kind !== 'view' || relation.view.materialized === expected.materialized) &&
    (relation.kind !== 'table' || isForeign === (removeType === 'OBJECT_FOREIGN_TABLE'));
  if (!matches) {
    ctx.report('error', `"${name.name}" is not a ${expected.word}`);
    return 'wrong';
  }
  if (relation.kind === 'table') return { kind: 'table', table: relation.table };
  if (relation.kind === 'view') return { kind: 'view', view: relation.view };
  return { kind: 'sequence', sequence: relation.sequence };
}

function dropIndex(ctx: ImportContext, name: { schema?: string; name: string }, missingOk: boolean): void {
  const found = ctx.findIndex(name);
  if (!found) {
    if (!missingOk) ctx.report('error', `index "${name.name}" does not exist`);
    return;
  }
  const { owner, index } = found;
  owner.indexes = owner.indexes.filter((ix) => ix !== index);
  // The table is clustered on nothing once its clustered index is gone.
  if (owner.clusterOn === index.name) delete owner.clusterOn;
  ctx.names.removeIndex(owner, index);
  // Dropping a partitioned index drops its partitions, at every level.
  dropPartitionCopies(ctx.schema.tables, (t) => t, { schema: owner.schema, name: owner.name }, { index: index.name }, (table, copy) => ctx.names.removeIndex(table, copy));
}

/** The type a DROP TYPE / DOMAIN names. */
function typeTarget(ctx: ImportContext, name: { schema?: string; name: string }, domain: boolean, missingOk: boolean): DropTarget | 'missing' | 'wrong' {
  const type = ctx.findType(name);
  if (!type) {
    if (!missingOk) ctx.report('error', `type "${name.name}" does not exist`);
    return 'missing';
  }
  if (domain && type.kind !== 'domain') {
    ctx.report('error', `"${name.name}" is not a domain`);
    return 'wrong';
  }
  return { kind: 'type', type };
}

function routineTarget(ctx: ImportContext, object: Fields, missingOk: boolean): DropTarget | 'missing' | 'wrong' {
  const found = findRoutineByObject(ctx, object);
  if (found.length === 0) {
    if (!missingOk) ctx.report('error', `function ${listName(object.objname).name} does not exist`);
    return 'missing';
  }
  if (found.length > 1) {
    ctx.report('error', `function name "${listName(object.objname).name}" is not unique`);
    return 'wrong';
  }
  return { kind: 'routine', key: found[0]!.key, routine: found[0]!.routine };
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
  if (kind === 'trigger') {
    const trigger = owner.triggers.find((t) => t.name === member)!;
    if (trigger.partitionOf) {
      ctx.report('error', `cannot drop trigger ${member} on table ${owner.name} because trigger ${member} on table ${trigger.partitionOf.name} requires it`);
      return;
    }
    owner.triggers = owner.triggers.filter((t) => t !== trigger);
    if (relation?.kind === 'table') removeClones(ctx, relation.table, { trigger });
  }
  else if (relation?.kind === 'table') relation.table.policies = relation.table.policies.filter((p) => p.name !== member);
}

/**
 * DROP SERVER / FOREIGN DATA WRAPPER: the object goes at once; the foreign tables on it (or on
 * the wrapper's servers) are its dependents, dropped with CASCADE.
 */
function foreignObjectTarget(ctx: ImportContext, kind: 'foreign-data-wrapper' | 'server', name: string, missingOk: boolean, cascade: boolean): DropTarget | 'missing' | 'wrong' {
  const object = ctx.schema.opaque[`${kind}:${name}`];
  if (!object) {
    if (!missingOk) ctx.report('error', `${kind === 'server' ? 'server' : 'foreign-data wrapper'} "${name}" does not exist`);
    return 'missing';
  }
  const servers = kind === 'server' ? [name] : Object.values(ctx.schema.opaque).filter((o) => o.kind === 'server' && new RegExp(`foreign\\s+data\\s+wrapper\\s+"?${name}"?\\b`, 'i').test(o.sql)).map((o) => o.name);
  const tables = Object.values(ctx.schema.tables).filter((t) => t.foreign && servers.includes(t.foreign.server));
  if ((tables.length > 0 || servers.length > (kind === 'server' ? 1 : 0)) && !cascade) {
    ctx.report('error', `cannot drop ${kind === 'server' ? 'server' : 'foreign-data wrapper'} ${name} because other objects depend on it (use CASCADE)`);
    return 'wrong';
  }
  delete ctx.schema.opaque[`${kind}:${name}`];
  for (const server of kind === 'server' ? [] : servers) delete ctx.schema.opaque[`server:${server}`];
  if (tables.length > 0) dropWithDependents(ctx, tables.map((table) => ({ kind: 'table', table })), true);
  return 'missing';
}

function schemaTarget(ctx: ImportContext, name: string, missingOk: boolean): DropTarget | 'missing' {
  if (!ctx.schema.namespaces[name]) {
    if (!missingOk) ctx.report('error', `schema "${name}" does not exist`);
    return 'missing';
  }
  return { kind: 'schema', name };
}

export function dropStatement(ctx: ImportContext, stmt: Fields): void {
  const cascade = stmt.behavior === 'DROP_CASCADE';
  const missingOk = Boolean(stmt.missing_ok);
  // The objects named are found first; one missing (without IF EXISTS) or of the wrong kind
  // fails the statement, and then nothing is dropped.
  const targets: DropTarget[] = [];
  let failed = false;
  const add = (found: DropTarget | 'missing' | 'wrong') => {
    if (found === 'wrong' || (found === 'missing' && !missingOk)) failed = true;
    else if (found !== 'missing') targets.push(found);
  };
  for (const object of (stmt.objects as Node[] | undefined) ?? []) {
    const parts = stringList(unwrap(object, 'List')?.items);
    const name = listName(unwrap(object, 'List')?.items);
    switch (stmt.removeType) {
      case 'OBJECT_TABLE':
      case 'OBJECT_VIEW':
      case 'OBJECT_MATVIEW':
      case 'OBJECT_SEQUENCE':
      case 'OBJECT_FOREIGN_TABLE':
        add(relationTarget(ctx, stmt.removeType, name, missingOk));
        break;
      case 'OBJECT_INDEX':
        dropIndex(ctx, name, missingOk);
        break;
      case 'OBJECT_TYPE':
      case 'OBJECT_DOMAIN': {
        const typeName = unwrap(object, 'TypeName');
        add(typeTarget(ctx, listName(typeName?.names ?? unwrap(object, 'List')?.items), stmt.removeType === 'OBJECT_DOMAIN', missingOk));
        break;
      }
      case 'OBJECT_FUNCTION':
      case 'OBJECT_PROCEDURE':
      case 'OBJECT_ROUTINE':
        add(routineTarget(ctx, unwrap(object, 'ObjectWithArgs') ?? {}, missingOk));
        break;
      case 'OBJECT_TRIGGER':
        dropMember(ctx, 'trigger', parts, missingOk);
        break;
      case 'OBJECT_POLICY':
        dropMember(ctx, 'policy', parts, missingOk);
        break;
      case 'OBJECT_SCHEMA':
        add(schemaTarget(ctx, unwrap(object, 'String')?.sval ?? parts[0] ?? '', missingOk));
        break;
      case 'OBJECT_FOREIGN_SERVER':
      case 'OBJECT_FDW':
        add(foreignObjectTarget(ctx, stmt.removeType === 'OBJECT_FDW' ? 'foreign-data-wrapper' : 'server', unwrap(object, 'String')?.sval ?? '', missingOk, cascade));
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
  if (failed || targets.length === 0) return;
  const outcome = dropWithDependents(ctx, targets, cascade);
  if (outcome.refusal) ctx.report('error', outcome.refusal);
}
