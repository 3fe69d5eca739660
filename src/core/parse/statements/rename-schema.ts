/**
 * ALTER SCHEMA s RENAME TO t. Postgres refers to objects by OID, so everything in the schema is
 * in t at once and every reference follows: foreign keys, partitions and inheritance, views'
 * dependencies, owned sequences, column and attribute types, domains, functions' argument and
 * result types, triggers' functions, sequence defaults (`nextval('s.x')`). The model refers by
 * name, so each is rewritten. What Postgres keeps as text keeps the old name, in Postgres too:
 * function bodies and the search_path. A view's query text is the exception (Postgres stores
 * it as a tree); the model says so when a view names the schema.
 */
import { keyOf, quoteIdent } from '../../model/names';
import { identitySignature } from './routines';
import type { QualifiedName, Schema, TypeRef } from '../../model/types';
import { type ImportContext, StatementError } from '../context';
import { moveSequenceInDefaults } from './sequence-defaults';

/** Re-keys every object of `from` under `to`, keeping the records' order. */
function moveRecord<T extends { schema: string; name: string }>(record: Record<string, T>, from: string, to: string, key: (o: T, oldKey: string) => string): void {
  const entries = Object.entries(record);
  for (const k of Object.keys(record)) delete record[k];
  for (const [k, object] of entries) {
    if (object.schema === from) {
      object.schema = to;
      record[key(object, k)] = object;
    } else {
      record[k] = object;
    }
  }
}

function fixReferences(schema: Schema, from: string, to: string): void {
  const ref = (r: QualifiedName | undefined) => {
    if (r && r.schema === from) r.schema = to;
  };
  const type = (t: TypeRef | undefined) => {
    if (t?.schema === from) t.schema = to;
  };
  for (const table of Object.values(schema.tables)) {
    table.foreignKeys.forEach((fk) => {
      ref(fk.references);
      ref(fk.partitionOf);
    });
    ref(table.partitionOf?.parent);
    table.inherits.forEach(ref);
    ref(table.ofType);
    for (const column of table.columns) type(column.type);
    for (const c of [table.primaryKey, ...table.uniqueConstraints, ...table.exclusions, ...table.indexes]) ref(c?.partitionOf);
    for (const trigger of table.triggers) {
      ref(trigger.function);
      ref(trigger.partitionOf);
    }
  }
  for (const view of Object.values(schema.views)) {
    view.dependsOn.forEach(ref);
    for (const reads of view.readsColumns ?? []) ref(reads.relation);
    for (const column of view.columns ?? []) type(column.type);
    for (const trigger of view.triggers) ref(trigger.function);
  }
  for (const sequence of Object.values(schema.sequences)) ref(sequence.ownedBy?.table);
  for (const t of Object.values(schema.types)) {
    if (t.kind === 'domain') type(t.baseType);
    if (t.kind === 'composite') t.attributes.forEach((a) => type(a.type));
    if (t.kind === 'range') type(t.subtype);
  }
  for (const routine of Object.values(schema.routines)) {
    routine.arguments.forEach((a) => type(a.type));
    type(routine.returnType);
  }
  for (const extension of Object.values(schema.extensions)) if (extension.schema === from) extension.schema = to;
}

export function renameSchema(ctx: ImportContext, from: string, to: string): void {
  const { schema } = ctx;
  const namespace = schema.namespaces[from];
  if (!namespace) throw new StatementError(`schema "${from}" does not exist`);
  if (schema.namespaces[to]) throw new StatementError(`schema "${to}" already exists`);
  if (to.startsWith('pg_')) throw new StatementError(`unacceptable schema name "${to}"`);
  const sequences = Object.values(schema.sequences).filter((s) => s.schema === from).map((s) => ({ schema: s.schema, name: s.name }));
  moveRecord(schema.tables, from, to, keyOf);
  moveRecord(schema.views, from, to, keyOf);
  moveRecord(schema.sequences, from, to, keyOf);
  moveRecord(schema.types, from, to, keyOf);
  // A routine's identity names its argument types, which may live in the schema too.
  for (const routine of Object.values(schema.routines)) routine.arguments.forEach((a) => {
    if (a.type.schema === from) a.type.schema = to;
  });
  const prefix = `${quoteIdent(from)}.`;
  const rekeyed = Object.entries(schema.routines);
  for (const k of Object.keys(schema.routines)) delete schema.routines[k];
  for (const [, routine] of rekeyed) {
    if (routine.schema === from) routine.schema = to;
    routine.signature = identitySignature(routine.arguments);
    if (routine.returns) routine.returns = routine.returns.split(prefix).join(`${quoteIdent(to)}.`);
    schema.routines[`${keyOf(routine)}(${routine.signature})`] = routine;
  }
  // Opaque objects are keyed `kind:schema.name:arguments`.
  moveRecord(schema.opaque, from, to, (o, oldKey) => oldKey.replace(`${o.kind}:${keyOf({ schema: from, name: o.name })}:`, `${o.kind}:${keyOf(o)}:`));
  fixReferences(schema, from, to);
  for (const sequence of sequences) moveSequenceInDefaults(schema, sequence, { schema: to, name: sequence.name });
  const entries = Object.entries(schema.namespaces);
  for (const k of Object.keys(schema.namespaces)) delete schema.namespaces[k];
  for (const [k, n] of entries) schema.namespaces[k === from ? to : k] = n;
  namespace.name = to;
  ctx.names.invalidate();
  const stale = Object.values(schema.views).filter((v) => v.dependsOn.some((d) => d.schema === to)).map((v) => v.name);
  if (stale.length > 0) {
    ctx.report('info', `ALTER SCHEMA ${from} RENAME: the query text of ${stale.map((n) => `"${n}"`).join(', ')} may still name "${from}" (Postgres keeps views as trees and follows the rename).`);
  }
}
