/** CREATE INDEX: on tables and materialized views, with the name Postgres picks if none. */
import type { Node } from '@pgsql/types';
import type { Index } from '../../model/types';
import { deparseNode, type Fields, figureColumnName, rangeVarName, unwrap } from '../ast';
import type { ImportContext } from '../context';
import { checkCoversPartitionKey, chooseIndexName } from './constraints';
import { readIndexElement } from './index-elements';
import { copyToPartitions } from './partition-copies';
import { readOptions } from './create-table';
import { emptyTable } from '../../model/empty';
import { skippedIndex } from './if-not-exists';

export function createIndex(ctx: ImportContext, stmt: Fields): void {
  const target = rangeVarName(stmt.relation ?? {});
  const relation = ctx.findRelation(target);
  if (!relation || relation.kind === 'sequence' || (relation.kind === 'view' && !relation.view.materialized)) {
    if (relation) ctx.report('error', `cannot create index on relation "${target.name}"`);
    else ctx.missingRelation(target, `the index "${stmt.idxname ?? ''}"`);
    return;
  }
  const owner = relation.kind === 'table' ? relation.table : relation.view;
  const elements = ((stmt.indexParams as Node[] | undefined) ?? []).map((p) => readIndexElement(ctx, unwrap(p, 'IndexElem') ?? {}));
  const include = ((stmt.indexIncludingParams as Node[] | undefined) ?? []).map((p) => unwrap(p, 'IndexElem')?.name ?? deparseNode(p));
  let name: string | undefined = stmt.idxname;
  const taken = Boolean(name && ctx.names.relationTaken(owner.schema, name));
  if (taken && !stmt.if_not_exists) {
    ctx.report('error', `relation "${name}" already exists`);
    return;
  }
  if (!name) {
    // Auto-naming only needs the owner's schema and name, which a view has too.
    const naming = relation.kind === 'table' ? relation.table : emptyTable(owner.schema, owner.name);
    const columnNames = ((stmt.indexParams as Node[] | undefined) ?? []).map((p) => {
      const e = unwrap(p, 'IndexElem') ?? {};
      return (e.indexcolname as string | undefined) ?? (e.name as string | undefined) ?? figureColumnName(e.expr);
    });
    name = chooseIndexName(ctx, naming, [...columnNames, ...include], 'idx', { chosen: new Set() });
  }
  const index: Index = {
    name,
    unique: Boolean(stmt.unique),
    method: stmt.accessMethod ?? 'btree',
    elements,
    include,
    nullsNotDistinct: Boolean(stmt.nulls_not_distinct),
    // `ON ONLY parent`: the parser leaves `inh` unset; such an index covers no partition yet.
    only: relation.kind === 'table' && Boolean(relation.table.partitioning) && !stmt.relation?.inh,
    source: ctx.source(),
  };
  if (stmt.whereClause) index.where = deparseNode(stmt.whereClause);
  if ((stmt.options as Node[] | undefined)?.length) index.options = readOptions(stmt.options);
  if (taken) {
    // Postgres skips with a NOTICE; the warning says when the index holding the name is another.
    skippedIndex(ctx, owner, index);
    return;
  }
  if (index.unique && relation.kind === 'table') checkCoversPartitionKey(relation.table, elements.map((e) => e.column), 'unique');
  owner.indexes.push(index);
  ctx.names.addIndex(owner, index);
  if (relation.kind === 'table' && !index.only) copyToPartitions(ctx, relation.table, { index });
}
