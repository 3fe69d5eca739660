/**
 * COMMENT ON for every kind of object the model keeps a comment on, with its reverse (the
 * comment before, or NULL). A comment belongs to the object's identity in Postgres, not to its
 * definition: CREATE OR REPLACE keeps it, and a dropped and re-created object loses it, so a
 * created object gets its comment from a statement of its own.
 */
import type { SchemaChange } from '../changes/types';
import { keyOf } from '../model/names';
import { indexBackedConstraints } from '../model/key-constraints';
import type { ObjectRef, RoutineDef, Schema } from '../model/types';
import { statement } from './plan-tables';
import type { PlannedStatement } from './plan-types';
import { routineKindSql, signatureSql, tableKeyword } from './print-schema';
import { quoteIdent, quoteLiteral, quoteQualified } from './safe-text';

export function commentSql(target: string, text: string | null | undefined): string {
  return `COMMENT ON ${target} IS ${text === null || text === undefined ? 'NULL' : quoteLiteral(text)};`;
}

/** A routine's arguments, when the schema has it: its signature is then written from them. */
function routineArguments(schema: Schema | undefined, target: ObjectRef): { arguments?: RoutineDef['arguments'] } {
  const routine = schema?.routines[`${keyOf({ schema: target.schema ?? 'public', name: target.name })}(${target.signature ?? ''})`];
  return routine ? { arguments: routine.arguments } : {};
}

/** The object part of COMMENT ON (`TABLE public.t`, `COLUMN public.t.c`, ...). */
export function commentTarget(target: ObjectRef, schema?: Schema): string | undefined {
  const qualified = quoteQualified({ schema: target.schema ?? 'public', name: target.name });
  const on = target.table ? quoteQualified({ schema: target.schema ?? 'public', name: target.table }) : '';
  switch (target.kind) {
    case 'table':
      return `${tableKeyword(schema?.tables[keyOf({ schema: target.schema ?? 'public', name: target.name })])} ${qualified}`;
    case 'view':
      return `VIEW ${qualified}`;
    case 'materialized-view':
      return `MATERIALIZED VIEW ${qualified}`;
    case 'column':
      return `COLUMN ${on}.${quoteIdent(target.name)}`;
    case 'constraint':
      return `CONSTRAINT ${quoteIdent(target.name)} ON ${on}`;
    case 'index':
      return `INDEX ${qualified}`;
    case 'trigger':
      return `TRIGGER ${quoteIdent(target.name)} ON ${on}`;
    case 'policy':
      return `POLICY ${quoteIdent(target.name)} ON ${on}`;
    case 'type':
      return `${schema?.types[keyOf({ schema: target.schema ?? 'public', name: target.name })]?.kind === 'domain' ? 'DOMAIN' : 'TYPE'} ${qualified}`;
    case 'sequence':
      return `SEQUENCE ${qualified}`;
    case 'function':
    case 'procedure':
      return target.signature !== undefined ? `${routineKindSql({ kind: target.kind, name: target.name })} ${qualified}(${signatureSql({ name: target.name, signature: target.signature, ...routineArguments(schema, target) })})` : undefined;
    case 'schema':
      return `SCHEMA ${quoteIdent(target.name)}`;
    case 'extension':
      return `EXTENSION ${quoteIdent(target.name)}`;
    case 'collation':
      return `COLLATION ${qualified}`;
    case 'statistics':
      return `STATISTICS ${qualified}`;
    default:
      return undefined;
  }
}

/** The comment an object has in `schema`, if any. */
export function commentOf(schema: Schema, target: ObjectRef): string | undefined {
  const key = keyOf({ schema: target.schema ?? 'public', name: target.table ?? target.name });
  const relation = schema.tables[key] ?? schema.views[key];
  const table = schema.tables[key];
  switch (target.kind) {
    case 'table':
    case 'view':
    case 'materialized-view':
      return relation?.comment;
    case 'column':
      return table ? table.columns.find((c) => c.name === target.name)?.comment : schema.views[key]?.columnComments[target.name];
    case 'constraint':
      return table && [table.primaryKey, ...table.uniqueConstraints, ...table.foreignKeys, ...table.checks, ...table.exclusions].find((c) => c?.name === target.name)?.comment;
    case 'index': {
      // An index is named in its schema; the reference may not say its table.
      const inSchema = [...Object.values(schema.tables), ...Object.values(schema.views)].filter((r) => r.schema === (target.schema ?? 'public'));
      const holders = target.table && relation ? [relation] : inSchema;
      const index = holders.flatMap((r) => r.indexes).find((ix) => ix.name === target.name);
      if (index) return index.comment;
      return holders.flatMap((r) => ('primaryKey' in r ? indexBackedConstraints(r) : [])).find((c) => c.name === target.name)?.indexComment;
    }
    case 'trigger':
      return relation?.triggers.find((t) => t.name === target.name)?.comment;
    case 'policy':
      return table?.policies.find((p) => p.name === target.name)?.comment;
    case 'type':
      return schema.types[key]?.comment;
    case 'sequence':
      return schema.sequences[key]?.comment;
    case 'function':
    case 'procedure':
      return schema.routines[`${key}(${target.signature ?? ''})`]?.comment;
    case 'schema':
      return schema.namespaces[target.name]?.comment;
    case 'extension':
      return schema.extensions[target.name]?.comment;
    case 'collation':
      return schema.collations[key]?.comment;
    case 'statistics':
      return schema.statistics[key]?.comment;
    default:
      return undefined;
  }
}

/**
 * The public schema that every database starts with has a comment of its own; a schema file that
 * says nothing about it (the model's "no comment") means that one, not none.
 */
const PUBLIC_SCHEMA_COMMENT = 'standard public schema';

function commentOrBuiltIn(target: ObjectRef, text: string | null | undefined): string | null | undefined {
  return (text === null || text === undefined) && target.kind === 'schema' && target.name === 'public' ? PUBLIC_SCHEMA_COMMENT : text;
}

export function setCommentStatements(change: Extract<SchemaChange, { kind: 'set-comment' }>, before: Schema): PlannedStatement[] {
  const target = commentTarget(change.target, before);
  if (!target) return [];
  return [statement({
    sql: commentSql(target, commentOrBuiltIn(change.target, change.comment)),
    description: `Comment on ${change.target.name}`,
    phase: 'comments',
    reverse: commentSql(target, commentOrBuiltIn(change.target, commentOf(before, change.target))),
  })];
}

/**
 * The comment of an object a change creates (none when it has none): dropping the object undoes
 * it. For an object replaced in place (CREATE OR REPLACE VIEW), `previous` is what to restore.
 */
export function createdComment(target: ObjectRef, text: string | undefined, schema?: Schema, previous?: { comment: string | undefined }): PlannedStatement[] {
  if (text === undefined && !previous) return [];
  const object = commentTarget(target, schema);
  if (!object) return [];
  return [statement({ sql: commentSql(object, text), description: `Comment on ${target.name}`, phase: 'comments', reverse: previous ? commentSql(object, previous.comment) : '' })];
}
