/** COMMENT ON ... IS '...' (NULL removes the comment). */
import type { Node } from '@pgsql/types';
import { type Fields, listName, stringList, stringValue, unwrap } from '../ast';
import type { ImportContext } from '../context';
import { commentableObject } from './objects';
import { findRoutineByObject } from './routines';
import { columnNamed } from '../column-index';
import { indexBackedConstraints } from '../../model/key-constraints';

interface Commentable {
  comment?: string;
}

type SetComment = (value: string | undefined) => void;

function setterFor(object: Commentable | undefined): SetComment | undefined {
  if (!object) return undefined;
  return (value) => {
    if (value === undefined) delete object.comment;
    else object.comment = value;
  };
}

/** `[schema.]table.member` name lists (columns, constraints, triggers, policies). */
function splitMember(parts: string[]): { table: { schema?: string; name: string }; member: string } {
  const member = parts[parts.length - 1] ?? '';
  const rest = parts.slice(0, -1);
  return { table: listName(rest.map((sval) => ({ String: { sval } }) as Node)), member };
}

/** The index behind a primary key, unique or exclusion constraint: its comment is the constraint's indexComment. */
function keyConstraintIndex(ctx: ImportContext, name: { schema?: string; name: string }): SetComment | undefined {
  for (const schema of name.schema ? [name.schema] : ctx.searchPath) {
    for (const table of ctx.names.tablesWithKey(schema, name.name)) {
      const key = indexBackedConstraints(table).find((c) => c.name === name.name);
      if (key) return (value) => {
        if (value === undefined) delete key.indexComment;
        else key.indexComment = value;
      };
    }
  }
  return undefined;
}

function findObject(ctx: ImportContext, objtype: string, object: Node | undefined): Commentable | SetComment | undefined {
  const names = stringList(unwrap(object, 'List')?.items);
  switch (objtype) {
    case 'OBJECT_TABLE':
    case 'OBJECT_FOREIGN_TABLE':
      return ctx.findTable(listName(unwrap(object, 'List')?.items));
    case 'OBJECT_VIEW':
    case 'OBJECT_MATVIEW':
      return ctx.findView(listName(unwrap(object, 'List')?.items));
    case 'OBJECT_SEQUENCE':
      return ctx.findSequence(listName(unwrap(object, 'List')?.items));
    case 'OBJECT_INDEX': {
      const name = listName(unwrap(object, 'List')?.items);
      return ctx.findIndex(name)?.index ?? keyConstraintIndex(ctx, name);
    }
    case 'OBJECT_COLUMN': {
      const { table, member } = splitMember(names);
      const relation = ctx.findRelation(table);
      if (relation?.kind === 'table') return columnNamed(relation.table, member);
      if (relation?.kind === 'view') {
        const comments = relation.view.columnComments;
        return (value: string | undefined) => {
          if (value === undefined) delete comments[member];
          else comments[member] = value;
        };
      }
      return undefined;
    }
    case 'OBJECT_TABCONSTRAINT': {
      const { table: tableName, member } = splitMember(names);
      const table = ctx.findTable(tableName);
      if (!table) return undefined;
      return [table.primaryKey, ...table.uniqueConstraints, ...table.foreignKeys, ...table.checks, ...table.exclusions].find(
        (c) => c?.name === member,
      );
    }
    case 'OBJECT_TRIGGER': {
      const { table, member } = splitMember(names);
      const relation = ctx.findRelation(table);
      const owner = relation?.kind === 'table' ? relation.table : relation?.kind === 'view' ? relation.view : undefined;
      return owner?.triggers.find((t) => t.name === member);
    }
    case 'OBJECT_POLICY': {
      const { table, member } = splitMember(names);
      return ctx.findTable(table)?.policies.find((p) => p.name === member);
    }
    case 'OBJECT_TYPE':
    case 'OBJECT_DOMAIN': {
      const typeName = unwrap(object, 'TypeName');
      return ctx.findType(listName(typeName?.names ?? unwrap(object, 'List')?.items));
    }
    case 'OBJECT_FUNCTION':
    case 'OBJECT_PROCEDURE':
    case 'OBJECT_ROUTINE': {
      const found = findRoutineByObject(ctx, unwrap(object, 'ObjectWithArgs') ?? {});
      return found.length === 1 ? found[0]!.routine : undefined;
    }
    case 'OBJECT_SCHEMA':
      return ctx.schema.namespaces[stringValue(object) ?? ''];
    case 'OBJECT_EXTENSION':
      return ctx.schema.extensions[stringValue(object) ?? ''];
    case 'OBJECT_COLLATION':
    case 'OBJECT_STATISTIC_EXT':
      return commentableObject(ctx, objtype, object);
    default:
      return undefined;
  }
}

const NOT_MODELLED = new Set(['OBJECT_DATABASE', 'OBJECT_ROLE', 'OBJECT_EVENT_TRIGGER', 'OBJECT_RULE', 'OBJECT_AGGREGATE',
  'OBJECT_OPERATOR', 'OBJECT_CAST', 'OBJECT_LANGUAGE', 'OBJECT_TSCONFIGURATION', 'OBJECT_TSDICTIONARY',
  'OBJECT_PUBLICATION', 'OBJECT_SUBSCRIPTION', 'OBJECT_FOREIGN_SERVER', 'OBJECT_FDW', 'OBJECT_TABLESPACE',
  'OBJECT_OPCLASS', 'OBJECT_OPFAMILY', 'OBJECT_CONVERSION', 'OBJECT_DOMCONSTRAINT', 'OBJECT_LARGEOBJECT',
  'OBJECT_ACCESS_METHOD', 'OBJECT_TRANSFORM', 'OBJECT_TSPARSER', 'OBJECT_TSTEMPLATE']);

export function commentOn(ctx: ImportContext, stmt: Fields): void {
  if (NOT_MODELLED.has(stmt.objtype)) return;
  const found = findObject(ctx, stmt.objtype, stmt.object);
  const setComment = typeof found === 'function' ? found : setterFor(found);
  if (!setComment) {
    ctx.report('warning', `COMMENT ON ${String(stmt.objtype).replace('OBJECT_', '').toLowerCase()}: the object is not in the model`);
    return;
  }
  setComment(stmt.comment ?? undefined);
}
