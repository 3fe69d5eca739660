/** ALTER ... OWNER TO and ALTER ... SET SCHEMA for objects outside ALTER TABLE's grammar. */
import { keyOf, sameName } from '../../model/names';
import type { QualifiedName } from '../../model/types';
import { type Fields, listName, rangeVarName, stringValue, unwrap } from '../ast';
import type { ImportContext } from '../context';
import { findRoutineByObject } from './routines';
import { moveSequenceInDefaults } from './sequence-defaults';

function objectName(stmt: Fields): { schema?: string; name: string } {
  return listName(unwrap(stmt.object, 'List')?.items ?? unwrap(stmt.object, 'TypeName')?.names);
}

export function alterOwner(ctx: ImportContext, stmt: Fields): void {
  const owner: string | undefined = stmt.newowner?.rolename;
  switch (stmt.objectType) {
    case 'OBJECT_SCHEMA': {
      const namespace = ctx.schema.namespaces[stringValue(stmt.object) ?? ''];
      if (namespace) namespace.owner = owner;
      return;
    }
    case 'OBJECT_TYPE':
    case 'OBJECT_DOMAIN': {
      const type = ctx.findType(objectName(stmt));
      if (type) type.owner = owner;
      return;
    }
    case 'OBJECT_FUNCTION':
    case 'OBJECT_PROCEDURE':
    case 'OBJECT_ROUTINE': {
      const found = findRoutineByObject(ctx, unwrap(stmt.object, 'ObjectWithArgs') ?? {});
      if (found.length === 1) found[0]!.routine.owner = owner;
      return;
    }
    default:
      return;
  }
}

/** Moves a relation, type or routine to another schema, updating what refers to it. */
export function alterObjectSchema(ctx: ImportContext, stmt: Fields): void {
  const target: string = stmt.newschema;
  if (!ctx.schema.namespaces[target]) {
    ctx.report('error', `schema "${target}" does not exist`);
    return;
  }
  switch (stmt.objectType) {
    case 'OBJECT_TABLE':
    case 'OBJECT_VIEW':
    case 'OBJECT_MATVIEW':
    case 'OBJECT_SEQUENCE': {
      const relation = ctx.findRelation(rangeVarName(stmt.relation ?? {}));
      if (!relation) {
        if (!stmt.missing_ok) ctx.report('error', `relation "${stmt.relation?.relname}" does not exist`);
        return;
      }
      const object = relation.kind === 'table' ? relation.table : relation.kind === 'view' ? relation.view : relation.sequence;
      const from: QualifiedName = { schema: object.schema, name: object.name };
      const record = (relation.kind === 'table' ? ctx.schema.tables : relation.kind === 'view' ? ctx.schema.views : ctx.schema.sequences) as Record<string, unknown>;
      if (relation.kind === 'sequence') moveSequenceInDefaults(ctx.schema, from, { schema: target, name: object.name });
      delete record[relation.key];
      object.schema = target;
      record[keyOf(object)] = object;
      const fix = (ref: QualifiedName) => {
        if (sameName(ref, from)) ref.schema = target;
      };
      for (const table of Object.values(ctx.schema.tables)) {
        table.foreignKeys.forEach((fk) => fix(fk.references));
        if (table.partitionOf) fix(table.partitionOf.parent);
        table.inherits.forEach(fix);
      }
      for (const view of Object.values(ctx.schema.views)) {
        view.dependsOn.forEach(fix);
        for (const reads of view.readsColumns ?? []) fix(reads.relation);
      }
      for (const sequence of Object.values(ctx.schema.sequences)) {
        if (sequence.ownedBy) fix(sequence.ownedBy.table);
        // A table's owned sequences move with it.
        if (relation.kind === 'table' && sequence.ownedBy && sameName(sequence.ownedBy.table, object) && sequence.schema === from.schema) {
          delete ctx.schema.sequences[keyOf(sequence)];
          moveSequenceInDefaults(ctx.schema, sequence, { schema: target, name: sequence.name });
          sequence.schema = target;
          ctx.schema.sequences[keyOf(sequence)] = sequence;
        }
      }
      break;
    }
    case 'OBJECT_TYPE':
    case 'OBJECT_DOMAIN': {
      const type = ctx.findType(objectName(stmt));
      if (!type) return;
      const from = { schema: type.schema, name: type.name };
      delete ctx.schema.types[keyOf(type)];
      type.schema = target;
      ctx.schema.types[keyOf(type)] = type;
      for (const table of Object.values(ctx.schema.tables)) {
        for (const column of table.columns) {
          if (column.type.schema === from.schema && column.type.name === from.name) column.type.schema = target;
        }
      }
      break;
    }
    case 'OBJECT_FUNCTION':
    case 'OBJECT_PROCEDURE': {
      const found = findRoutineByObject(ctx, unwrap(stmt.object, 'ObjectWithArgs') ?? {});
      if (found.length !== 1) return;
      const { key, routine } = found[0]!;
      delete ctx.schema.routines[key];
      const owners = [...Object.values(ctx.schema.tables), ...Object.values(ctx.schema.views)];
      for (const trigger of owners.flatMap((o) => o.triggers)) {
        if (sameName(trigger.function, routine)) trigger.function.schema = target;
      }
      routine.schema = target;
      ctx.schema.routines[`${keyOf(routine)}(${routine.signature})`] = routine;
      break;
    }
    case 'OBJECT_EXTENSION': {
      // ALTER EXTENSION x SET SCHEMA y (only relocatable extensions; Postgres refuses others).
      const extension = ctx.schema.extensions[stringValue(stmt.object) ?? ''];
      if (extension) extension.schema = target;
      break;
    }
    default:
      return;
  }
  ctx.names.invalidate();
}
