/** Index elements (`col`, `(expr)`, opclass, collation, order, nulls) and partition bounds. */
import type { Node } from '@pgsql/types';
import type { IndexElement, PartitionKeyElement } from '../../model/types';
import { deparseNode, type Fields, listName, stringList, unwrap } from '../ast';
import type { ImportContext } from '../context';
import { readOptions } from './create-table';

function qualifiedText(nodes: Node[] | undefined): string | undefined {
  const parts = stringList(nodes);
  return parts.length > 0 ? parts.join('.') : undefined;
}

export function readIndexElement(_ctx: ImportContext, e: Fields): IndexElement {
  const element: IndexElement = { descending: e.ordering === 'SORTBY_DESC' };
  if (e.name) element.column = e.name;
  else element.expression = deparseNode(e.expr);
  const opclass = qualifiedText(e.opclass);
  if (opclass) element.opclass = opclass;
  const opclassOptions = readOptions(e.opclassopts as Node[] | undefined);
  if (opclassOptions.length > 0) element.opclassOptions = opclassOptions;
  const collation = qualifiedText(e.collation);
  if (collation) element.collation = collation;
  if (e.nulls_ordering === 'SORTBY_NULLS_FIRST') element.nulls = 'first';
  if (e.nulls_ordering === 'SORTBY_NULLS_LAST') element.nulls = 'last';
  return element;
}

export function readPartitionElement(e: Fields): PartitionKeyElement {
  const element: PartitionKeyElement = {};
  if (e.name) element.column = e.name;
  else element.expression = deparseNode(e.expr);
  const opclass = qualifiedText(e.opclass);
  if (opclass) element.opclass = opclass;
  const collation = qualifiedText(e.collation);
  if (collation) element.collation = collation;
  return element;
}

/** A PartitionBoundSpec as the text Postgres prints for it (pg_get_expr of relpartbound). */
export function partitionBoundText(bound: Fields): string {
  if (bound.is_default) return 'DEFAULT';
  const list = (nodes: Node[] | undefined) => (nodes ?? []).map((n) => {
    const ref = unwrap(n, 'ColumnRef');
    if (ref) return listName(ref.fields).name.toUpperCase();
    // Postgres stores bounds as constants of the key's type and prints them without a cast.
    const cast = unwrap(n, 'TypeCast');
    if (cast && unwrap(cast.arg, 'A_Const')) return deparseNode(cast.arg);
    return deparseNode(n);
  }).join(', ');
  switch (bound.strategy) {
    case 'r':
      return `FOR VALUES FROM (${list(bound.lowerdatums)}) TO (${list(bound.upperdatums)})`;
    case 'l':
      return `FOR VALUES IN (${list(bound.listdatums)})`;
    case 'h':
      return `FOR VALUES WITH (modulus ${bound.modulus ?? 0}, remainder ${bound.remainder ?? 0})`;
    default:
      return 'DEFAULT';
  }
}
