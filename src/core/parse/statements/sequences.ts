/** CREATE SEQUENCE and ALTER SEQUENCE (options, OWNED BY). */
import type { Node } from '@pgsql/types';
import type { Sequence } from '../../model/types';
import { type Fields, rangeVarName, stringList, unwrap } from '../ast';
import type { ImportContext } from '../context';
import { readSequenceOptions } from './columns';
import { skippedSequence } from './if-not-exists';

function applyOwnedBy(ctx: ImportContext, sequence: Sequence, options: Node[] | undefined): void {
  for (const node of options ?? []) {
    const d = unwrap(node, 'DefElem');
    if (d?.defname !== 'owned_by') continue;
    const parts = stringList(unwrap(d.arg, 'List')?.items ?? d.arg);
    if (parts.length === 1 && parts[0] === 'none') {
      delete sequence.ownedBy;
      continue;
    }
    const column = parts[parts.length - 1] ?? '';
    const tableName = parts.length >= 3 ? { schema: parts[parts.length - 3], name: parts[parts.length - 2] ?? '' } : { name: parts[0] ?? '' };
    const table = ctx.findTable(tableName);
    if (!table) {
      ctx.report('error', `relation "${tableName.name}" does not exist`);
      continue;
    }
    sequence.ownedBy = { table: { schema: table.schema, name: table.name }, column };
  }
}

export function createSequence(ctx: ImportContext, stmt: Fields): void {
  const name = ctx.newRelationName(stmt.sequence ?? {});
  if (ctx.names.relationTaken(name.schema, name.name)) {
    if (stmt.if_not_exists) skippedSequence(ctx, name);
    else ctx.report('error', `relation "${name.name}" already exists`);
    return;
  }
  const sequence: Sequence = {
    ...name,
    options: readSequenceOptions(ctx, stmt.options),
    unlogged: stmt.sequence?.relpersistence === 'u',
    source: ctx.source(),
  };
  applyOwnedBy(ctx, sequence, stmt.options);
  ctx.schema.sequences[ctx.tableKey(sequence)] = sequence;
  ctx.names.addRelation(sequence.schema, sequence.name);
}

export function alterSequence(ctx: ImportContext, stmt: Fields): void {
  const sequence = ctx.findSequence(rangeVarName(stmt.sequence ?? {}));
  if (!sequence) {
    // Identity columns' sequences are internal; ALTER SEQUENCE on them is accepted.
    if (!stmt.missing_ok && !stmt.for_identity) ctx.report('warning', `sequence "${stmt.sequence?.relname}" is not in the model`);
    return;
  }
  readSequenceOptions(ctx, stmt.options, sequence.options);
  applyOwnedBy(ctx, sequence, stmt.options);
}
