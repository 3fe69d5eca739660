/**
 * A partition bound as the CHECK constraint Postgres derives from it (its "partition
 * constraint"), for a single plain key column: a validated check of this shape lets ATTACH
 * PARTITION skip its scan (Postgres proves the bound from the check). Multi-column ranges, hash
 * partitions, expression keys and DEFAULT have no check here: ATTACH scans, as the plan says.
 */
import { parseSync } from 'libpg-query';
import type { Node } from '@pgsql/types';
import type { Table } from '../model/types';
import { deparseNode, type Fields } from '../parse/ast';
import { quoteIdent, sqlFragment } from './safe-text';

function datum(node: Fields): { bound: 'min' | 'max' | 'null' } | { value: string } {
  const ref = node.ColumnRef as Fields | undefined;
  if (ref) {
    const word = ((ref.fields as Fields[])[0]?.String?.sval as string | undefined)?.toLowerCase();
    return { bound: word === 'minvalue' ? 'min' : 'max' };
  }
  if (node.A_Const?.isnull) return { bound: 'null' };
  return { value: deparseNode(node as Node) };
}

export function boundCheck(parent: Table, bound: string): string | undefined {
  const keys = parent.partitioning?.keys ?? [];
  const key = keys[0];
  if (keys.length !== 1 || !key?.column || key.collation || key.opclass) return undefined;
  let spec: Fields | undefined;
  try {
    spec = (parseSync(`CREATE TABLE x PARTITION OF y ${bound}`).stmts?.[0]?.stmt as Fields | undefined)?.CreateStmt?.partbound as Fields | undefined;
  } catch {
    return undefined;
  }
  if (!spec || spec.is_default) return undefined;
  const column = quoteIdent(key.column);
  let check: string | undefined;
  if (spec.strategy === 'r') {
    const [lower] = ((spec.lowerdatums as Fields[] | undefined) ?? []).map(datum);
    const [upper] = ((spec.upperdatums as Fields[] | undefined) ?? []).map(datum);
    if (!lower || !upper) return undefined;
    const parts = [`${column} IS NOT NULL`];
    if ('value' in lower) parts.push(`${column} >= ${lower.value}`);
    if ('value' in upper) parts.push(`${column} < ${upper.value}`);
    check = parts.join(' AND ');
  } else if (spec.strategy === 'l') {
    const values = ((spec.listdatums as Fields[] | undefined) ?? []).map(datum);
    const listed = values.flatMap((v) => ('value' in v ? [v.value] : []));
    const withNull = values.some((v) => 'bound' in v && v.bound === 'null');
    if (listed.length === 0) check = withNull ? `${column} IS NULL` : undefined;
    else check = withNull ? `(${column} IS NULL OR ${column} IN (${listed.join(', ')}))` : `${column} IS NOT NULL AND ${column} IN (${listed.join(', ')})`;
  }
  return check === undefined ? undefined : sqlFragment(check, `the bound of a partition of ${parent.name}`);
}
